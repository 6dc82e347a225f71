# generated from schema/ by axm-schema; do not edit
"""The lenient models: what a robust consumer accepts; unknown properties and enum values are kept."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import ConfigDict, Field, StrictBool, StrictFloat, StrictStr

from axm_models._runtime import AxmModel, DateTime, OpenEnum, Uri, UriReference
from axm_models.enums import WidgetState, WidgetTags
from axm_models.rules import RULE_IDS

__all__ = [
    "GadgetBox",
    "Widget",
    "WidgetPart",
]


class _Model(AxmModel):
    """Base of this module's models."""

    model_config = ConfigDict(extra="allow", frozen=True, populate_by_name=True)
    __axm_rule_ids__: ClassVar[frozenset[str]] = RULE_IDS


class GadgetBox(_Model):
    """A box."""

    __axm_object__: ClassVar[str] = "Gadget.Box"
    __axm_optional__: ClassVar[tuple[str, ...]] = ("label", "lid")
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {}

    lid: StrictStr | None = None
    """The lid."""
    label: StrictStr | None = None
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
    link: UriReference | None = None
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
    version: Literal[2] | None = None
    """Always 2."""
    parts: Annotated[list[WidgetPart], Field(min_length=1)]
    """The widget's parts."""
    tags: list[Annotated[WidgetTags | str, OpenEnum(WidgetTags)]] | None = None
    """Colour tags."""
    state: Annotated[WidgetState | str, OpenEnum(WidgetState)]
    """Where the widget is."""
    finishedAt: DateTime | None = None
    """When the widget became ready."""
    meta: dict[str, Any] | None = None
    """Anything else."""
    home: Uri | None = None
    """Where it lives."""
    weight: StrictFloat | None = None
    """How heavy."""
    shiny: StrictBool | None = None
    """Whether it shines."""
