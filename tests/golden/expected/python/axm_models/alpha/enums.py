# generated from schema/ by axm-schema; do not edit
"""The documented values of every enumerated property; each member has a ``description``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from axm_models._runtime import DescribedEnum

__all__ = [
    "GadgetMode",
]


class GadgetMode(DescribedEnum):
    """How fast the gadget runs."""

    SLOW = "SLOW"
    """Slowly."""
    FAST = "FAST"
    """Fast."""

    __axm_descriptions__: ClassVar[Mapping[str, str]] = {
        "SLOW": "Slowly.",
        "FAST": "Fast.",
    }
