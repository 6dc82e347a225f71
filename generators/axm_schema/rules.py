"""Deriving the stable rule ids of every constraint in the source (DESIGN.md section 4)."""

from __future__ import annotations

from collections.abc import Iterator

from axm_schema.model import (
    ArrayType,
    FreeObjectType,
    ObjectDef,
    Profile,
    Property,
    RefType,
    Rule,
    RuleKind,
    ScalarType,
    TypeExpr,
)

BOTH = (Profile.STRICT, Profile.LENIENT)
STRICT_ONLY = (Profile.STRICT,)

FORMAT_WORDS = {
    "date-time": "an RFC 3339 date-time with a time zone, such as 2025-05-01T18:22:27.106Z",
    "uri": "an absolute URI (RFC 3986), such as https://example.com/path",
    "uri-reference": "a URI reference (RFC 3986): an absolute URI or a relative one",
}

_ARTICLE = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "object": "a JSON object",
    "array": "an array",
}


def type_words(expr: TypeExpr) -> str:
    """The JSON type of a type expression in plain words."""
    if isinstance(expr, ScalarType):
        return _ARTICLE[expr.json_type]
    if isinstance(expr, ArrayType):
        return "an array"
    if isinstance(expr, RefType):
        return f"a `{expr.target}` object"
    return "a JSON object"


def derive_rules(obj: ObjectDef) -> Iterator[Rule]:
    """Every rule of one object: its own, its properties' and its conditional rules."""
    name = obj.name
    yield Rule(f"{name}.type", RuleKind.OBJECT_TYPE, name, None, "is a JSON object", BOTH)
    yield Rule(
        f"{name}.unknown-property",
        RuleKind.UNKNOWN_PROPERTY,
        name,
        None,
        "has no properties other than the documented ones",
        STRICT_ONLY,
    )
    for prop in obj.properties:
        yield from _property_rules(name, prop)
    for cond in obj.conditional_rules:
        yield Rule(cond.id, cond.kind, name, cond.property, cond.description, STRICT_ONLY)


def _property_rules(obj: str, prop: Property) -> Iterator[Rule]:
    prefix = f"{obj}.{prop.name}"
    label = f"`{prop.name}`"
    if prop.required:
        yield Rule(
            f"{prefix}.required", RuleKind.REQUIRED, obj, prop.name, f"{label} is present", BOTH
        )
    else:
        yield Rule(
            f"{prefix}.not-null",
            RuleKind.NOT_NULL,
            obj,
            prop.name,
            f"{label} is omitted when it has no value, never `null`",
            STRICT_ONLY,
        )
    yield from _type_rules(obj, prop.name, prefix, label, prop.type)


def _type_rules(obj: str, prop: str, prefix: str, label: str, expr: TypeExpr) -> Iterator[Rule]:
    if isinstance(expr, RefType):
        return
    yield Rule(f"{prefix}.type", RuleKind.TYPE, obj, prop, f"{label} is {type_words(expr)}", BOTH)
    if isinstance(expr, ArrayType):
        if expr.min_items is not None:
            yield Rule(
                f"{prefix}.min-items",
                RuleKind.MIN_ITEMS,
                obj,
                prop,
                f"{label} has at least {expr.min_items} item(s)",
                BOTH,
            )
        yield from _type_rules(obj, prop, f"{prefix}.items", f"each item of {label}", expr.items)
    if isinstance(expr, FreeObjectType) or not isinstance(expr, ScalarType):
        return
    if expr.enum:
        values = ", ".join(f"`{v.value}`" for v in expr.enum)
        yield Rule(
            f"{prefix}.enum",
            RuleKind.ENUM,
            obj,
            prop,
            f"{label} is one of the documented values: {values}",
            STRICT_ONLY,
        )
    if expr.const is not None:
        yield Rule(f"{prefix}.const", RuleKind.CONST, obj, prop, f"{label} is `{expr.const}`", BOTH)
    if expr.format is not None:
        yield Rule(
            f"{prefix}.format",
            RuleKind.FORMAT,
            obj,
            prop,
            f"{label} is {FORMAT_WORDS[expr.format]}",
            BOTH,
        )
