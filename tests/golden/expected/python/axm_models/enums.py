# generated from schema/ by axm-schema; do not edit
"""The documented values of every enumerated property; each member has a ``description``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from axm_models._runtime import DescribedEnum

__all__ = [
    "WidgetState",
    "WidgetTags",
]


class WidgetState(DescribedEnum):
    """Where the widget is."""

    READY = "READY"
    """Ready to use <b>now</b>."""
    BUSY = "BUSY"
    """In use."""

    __axm_descriptions__: ClassVar[Mapping[str, str]] = {
        "READY": "Ready to use <b>now</b>.",
        "BUSY": "In use.",
    }


class WidgetTags(DescribedEnum):
    """Colour tags."""

    RED = "RED"
    """Painted red."""
    BLUE = "BLUE"
    """Painted blue."""

    __axm_descriptions__: ClassVar[Mapping[str, str]] = {
        "RED": "Painted red.",
        "BLUE": "Painted blue.",
    }
