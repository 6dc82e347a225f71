# generated from schema/ by axm-schema; do not edit
"""Every rule of the source as Alpha edition has it (the shared table plus the rules of the
objects that depend on the variant): its id, what it requires, and the profiles that enforce it."""

from __future__ import annotations

from collections.abc import Mapping

from axm_models import rules as _shared

__all__ = ["RULES", "RULE_IDS", "STRICT_ONLY"]

RULES: Mapping[str, str] = {
    **_shared.RULES,
    "Gadget.box.label.only-when-slow": "`box.label` is present only when `mode` is `SLOW`.",
    "Gadget.box.lid.required-when-fast": "`box.lid` is present when `mode` is `FAST` or `TURBO`.",
    "Gadget.box.required": "`box` is present",
    "Gadget.mode.enum": "`mode` is one of the documented values: `SLOW`, `FAST`",
    "Gadget.mode.required": "`mode` is present",
    "Gadget.mode.type": "`mode` is a string",
    "Gadget.type": "is a JSON object",
    "Gadget.unknown-property": "has no properties other than the documented ones",
}
"""Rule id -> what the rule requires, in plain words."""

RULE_IDS: frozenset[str] = frozenset(RULES)

STRICT_ONLY: frozenset[str] = _shared.STRICT_ONLY | frozenset(
    {
        "Gadget.box.label.only-when-slow",
        "Gadget.box.lid.required-when-fast",
        "Gadget.mode.enum",
        "Gadget.unknown-property",
    }
)
"""The rules only the strict profile enforces."""
