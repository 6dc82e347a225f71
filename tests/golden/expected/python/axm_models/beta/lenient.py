# generated from schema/ by axm-schema; do not edit
"""The lenient models: what a robust consumer accepts; unknown properties and enum values are kept. The objects whose contract differs in Beta edition, as it documents them; the others are in the shared module."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import ConfigDict

from axm_models._runtime import AxmModel, OpenEnum
from axm_models.beta.enums import GadgetMode
from axm_models.beta.rules import RULE_IDS
from axm_models.lenient import GadgetBox

__all__ = [
    "Gadget",
]


class _Model(AxmModel):
    """Base of this module's models."""

    model_config = ConfigDict(extra="allow", frozen=True, populate_by_name=True)
    __axm_rule_ids__: ClassVar[frozenset[str]] = RULE_IDS


class Gadget(_Model):
    """A gadget, whose modes differ between editions."""

    __axm_object__: ClassVar[str] = "Gadget"
    __axm_optional__: ClassVar[tuple[str, ...]] = ()
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {"box": "GadgetBox"}

    mode: Annotated[GadgetMode | str, OpenEnum(GadgetMode)]
    """How fast the gadget runs."""
    box: GadgetBox
    """The gadget's box."""
