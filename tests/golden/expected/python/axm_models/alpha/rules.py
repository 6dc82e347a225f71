# generated from schema/ by axm-schema; do not edit
"""Every rule of the source: its id, what it requires, and the profiles that enforce it."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["RULES", "RULE_IDS", "STRICT_ONLY"]

RULES: Mapping[str, str] = {
    "Gadget.Box.label.not-null": "`label` is omitted when it has no value, never `null`",
    "Gadget.Box.label.type": "`label` is a string",
    "Gadget.Box.lid.not-null": "`lid` is omitted when it has no value, never `null`",
    "Gadget.Box.lid.type": "`lid` is a string",
    "Gadget.Box.type": "is a JSON object",
    "Gadget.Box.unknown-property": "has no properties other than the documented ones",
    "Gadget.box.label.only-when-slow": "`box.label` is present only when `mode` is `SLOW`.",
    "Gadget.box.lid.required-when-fast": "`box.lid` is present when `mode` is `FAST` or `TURBO`.",
    "Gadget.box.required": "`box` is present",
    "Gadget.mode.enum": "`mode` is one of the documented values: `SLOW`, `FAST`",
    "Gadget.mode.required": "`mode` is present",
    "Gadget.mode.type": "`mode` is a string",
    "Gadget.type": "is a JSON object",
    "Gadget.unknown-property": "has no properties other than the documented ones",
    "Widget.Part.id.required": "`id` is present",
    "Widget.Part.id.type": "`id` is a string",
    "Widget.Part.link.format": "`link` is a URI reference (RFC 3986): an absolute URI or a relative one",
    "Widget.Part.link.not-null": "`link` is omitted when it has no value, never `null`",
    "Widget.Part.link.type": "`link` is a string",
    "Widget.Part.type": "is a JSON object",
    "Widget.Part.unknown-property": "has no properties other than the documented ones",
    "Widget.finishedAt.format": "`finishedAt` is an RFC 3339 date-time with a time zone, such as 2025-05-01T18:22:27.106Z",
    "Widget.finishedAt.not-null": "`finishedAt` is omitted when it has no value, never `null`",
    "Widget.finishedAt.only-when-ready": "`finishedAt` is present only when `state` is `READY`.",
    "Widget.finishedAt.type": "`finishedAt` is a string",
    "Widget.home.format": "`home` is an absolute URI (RFC 3986), such as https://example.com/path",
    "Widget.home.not-null": "`home` is omitted when it has no value, never `null`",
    "Widget.home.type": "`home` is a string",
    "Widget.kind.const": "`kind` is `widgets`",
    "Widget.kind.required": "`kind` is present",
    "Widget.kind.type": "`kind` is a string",
    "Widget.meta.not-null": "`meta` is omitted when it has no value, never `null`",
    "Widget.meta.type": "`meta` is a JSON object",
    "Widget.parts.min-items": "`parts` has at least 1 item(s)",
    "Widget.parts.required": "`parts` is present",
    "Widget.parts.type": "`parts` is an array",
    "Widget.shiny.not-null": "`shiny` is omitted when it has no value, never `null`",
    "Widget.shiny.type": "`shiny` is a boolean",
    "Widget.state.enum": "`state` is one of the documented values: `READY`, `BUSY`",
    "Widget.state.required": "`state` is present",
    "Widget.state.type": "`state` is a string",
    "Widget.tags.items.enum": "each item of `tags` is one of the documented values: `RED`, `BLUE`",
    "Widget.tags.items.type": "each item of `tags` is a string",
    "Widget.tags.not-null": "`tags` is omitted when it has no value, never `null`",
    "Widget.tags.type": "`tags` is an array",
    "Widget.type": "is a JSON object",
    "Widget.unknown-property": "has no properties other than the documented ones",
    "Widget.version.const": "`version` is `2`",
    "Widget.version.not-null": "`version` is omitted when it has no value, never `null`",
    "Widget.version.type": "`version` is an integer",
    "Widget.weight.not-null": "`weight` is omitted when it has no value, never `null`",
    "Widget.weight.type": "`weight` is a number",
}
"""Rule id -> what the rule requires, in plain words."""

RULE_IDS: frozenset[str] = frozenset(RULES)

STRICT_ONLY: frozenset[str] = frozenset(
    {
        "Gadget.Box.label.not-null",
        "Gadget.Box.lid.not-null",
        "Gadget.Box.unknown-property",
        "Gadget.box.label.only-when-slow",
        "Gadget.box.lid.required-when-fast",
        "Gadget.mode.enum",
        "Gadget.unknown-property",
        "Widget.Part.link.not-null",
        "Widget.Part.unknown-property",
        "Widget.finishedAt.not-null",
        "Widget.finishedAt.only-when-ready",
        "Widget.home.not-null",
        "Widget.meta.not-null",
        "Widget.shiny.not-null",
        "Widget.state.enum",
        "Widget.tags.items.enum",
        "Widget.tags.not-null",
        "Widget.unknown-property",
        "Widget.version.not-null",
        "Widget.weight.not-null",
    }
)
"""The rules only the strict profile enforces."""
