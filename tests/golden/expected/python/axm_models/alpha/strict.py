# generated from schema/ by axm-schema; do not edit
"""The strict models: the documented contract exactly. The objects whose contract differs in Alpha edition, as it documents them; the others are in the shared module."""

from __future__ import annotations

from typing import ClassVar

from pydantic import ConfigDict, model_validator

from axm_models._runtime import AxmModel, Conditional, check_conditional
from axm_models.alpha.enums import GadgetMode
from axm_models.alpha.rules import RULE_IDS
from axm_models.strict import GadgetBox

__all__ = [
    "Gadget",
]


class _Model(AxmModel):
    """Base of this module's models."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    __axm_rule_ids__: ClassVar[frozenset[str]] = RULE_IDS


_LID_REQUIRED_WHEN_FAST = Conditional(
    path=("box", "lid"),
    condition=("mode",),
    values=("FAST",),
    required=True,
    rule="Gadget.box.lid.required-when-fast",
    message="`box.lid` is present when `mode` is `FAST` or `TURBO`.",
)


_LABEL_ONLY_WHEN_SLOW = Conditional(
    path=("box", "label"),
    condition=("mode",),
    values=("SLOW",),
    required=False,
    rule="Gadget.box.label.only-when-slow",
    message="`box.label` is present only when `mode` is `SLOW`.",
)


class Gadget(_Model):
    """A gadget, whose modes differ between editions."""

    __axm_object__: ClassVar[str] = "Gadget"
    __axm_optional__: ClassVar[tuple[str, ...]] = ()
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {"box": "GadgetBox"}

    mode: GadgetMode
    """How fast the gadget runs."""
    box: GadgetBox
    """The gadget's box."""

    __axm_conditional__: ClassVar[tuple[Conditional, ...]] = (
        _LID_REQUIRED_WHEN_FAST,
        _LABEL_ONLY_WHEN_SLOW,
    )
    _check_rules = model_validator(mode="after")(check_conditional)
