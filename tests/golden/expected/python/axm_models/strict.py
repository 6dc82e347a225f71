# generated from schema/ by axm-schema; do not edit
"""The strict models: the documented contract exactly."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import ConfigDict, Field, StrictBool, StrictFloat, StrictStr

from axm_models._runtime import AxmModel, DateTime, NotNull, OnlyWhen, Uri, UriReference
from axm_models.enums import WidgetState, WidgetTags
from axm_models.rules import RULE_IDS

__all__ = [
    "GadgetBox",
    "Widget",
    "WidgetPart",
]


class _Model(AxmModel):
    """Base of this module's models."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    __axm_rule_ids__: ClassVar[frozenset[str]] = RULE_IDS


_FINISHEDAT_ONLY_WHEN_READY = OnlyWhen(
    condition="state",
    values=("READY",),
    rule="Widget.finishedAt.only-when-ready",
    message="`finishedAt` is present only when `state` is `READY`.",
)


class GadgetBox(_Model):
    """A box."""

    __axm_object__: ClassVar[str] = "Gadget.Box"
    __axm_optional__: ClassVar[tuple[str, ...]] = ("label", "lid")
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {}

    lid: Annotated[StrictStr | None, NotNull(StrictStr)] = None
    """The lid."""
    label: Annotated[StrictStr | None, NotNull(StrictStr)] = None
    """The label."""


class WidgetPart(_Model):
    """One part of a widget."""

    __axm_object__: ClassVar[str] = "Widget.Part"
    __axm_optional__: ClassVar[tuple[str, ...]] = ("link",)
    __axm_formats__: ClassVar[tuple[str, ...]] = ("link",)
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {}

    id: StrictStr
    """The part's id."""
    link: Annotated[UriReference | None, NotNull(UriReference)] = None
    """Where the part is described."""


class Widget(_Model):
    """A widget. <script>alert('x')</script> & `code`."""

    __axm_object__: ClassVar[str] = "Widget"
    __axm_optional__: ClassVar[tuple[str, ...]] = (
        "finishedAt",
        "home",
        "meta",
        "shiny",
        "tags",
        "version",
        "weight",
    )
    __axm_formats__: ClassVar[tuple[str, ...]] = ("finishedAt", "home")
    __axm_arrays__: ClassVar[tuple[str, ...]] = ("parts", "tags")
    __axm_nested__: ClassVar[dict[str, str]] = {"parts": "WidgetPart"}

    kind: Literal["widgets"]
    """Always `widgets`."""
    version: Annotated[Literal[2] | None, NotNull(Literal[2])] = None
    """Always 2."""
    parts: Annotated[list[WidgetPart], Field(min_length=1)]
    """The widget's parts."""
    tags: Annotated[list[WidgetTags] | None, NotNull(list[WidgetTags])] = None
    """Colour tags."""
    state: WidgetState
    """Where the widget is."""
    finishedAt: Annotated[DateTime | None, NotNull(DateTime), _FINISHEDAT_ONLY_WHEN_READY] = None
    """When the widget became ready."""
    meta: Annotated[dict[str, Any] | None, NotNull(dict[str, Any])] = None
    """Anything else."""
    home: Annotated[Uri | None, NotNull(Uri)] = None
    """Where it lives."""
    weight: Annotated[StrictFloat | None, NotNull(StrictFloat)] = None
    """How heavy."""
    shiny: Annotated[StrictBool | None, NotNull(StrictBool)] = None
    """Whether it shines."""
