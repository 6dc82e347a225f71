"""Building self-contained Draft 2020-12 bundles of one object, for either profile, as data.

The lenient profile is derived from the strict one here, by code: unknown properties accepted,
enums opened, ``null`` accepted for optional properties, conditional rules dropped, formats kept.
"""

from __future__ import annotations

from typing import Any

from axm_schema.model import (
    ArrayType,
    ConditionalRule,
    FreeObjectType,
    Model,
    ObjectDef,
    Profile,
    Property,
    RefType,
    RuleKind,
    ScalarType,
    TypeExpr,
)

DIALECT = "https://json-schema.org/draft/2020-12/schema"
RULE_KEYWORD = "x-rule-id"
ENUM_KEYWORD = "x-enum-descriptions"


def bundle_id(name: str, profile: Profile, variant: str | None = None) -> str:
    """The ``$id`` of the bundle of ``name`` under ``profile`` (and an API variant)."""
    return f"urn:axm-schema:{profile}:{variant + ':' if variant else ''}{name}"


def def_ref(name: str) -> str:
    """The in-bundle reference to object ``name``."""
    return f"#/$defs/{name}"


def bundle(model: Model, name: str, profile: Profile) -> dict[str, Any]:
    """The self-contained schema of object ``name``: a root ``$ref`` plus every object it needs."""
    obj = model.object(name)
    files = sorted({model.object(n).source_file for n in model.closure(name)})
    scope = f"{profile}, {model.variant}" if model.variant else str(profile)
    return {
        "$schema": DIALECT,
        "$id": bundle_id(name, profile, model.variant),
        "$comment": f"generated from {', '.join(files)}; do not edit ({scope} profile)",
        "title": f"{name} ({scope})",
        "description": obj.description,
        "$ref": def_ref(name),
        "$defs": {n: object_schema(model.object(n), profile) for n in model.closure(name)},
    }


def object_schema(obj: ObjectDef, profile: Profile) -> dict[str, Any]:
    """The schema of one object under ``profile``."""
    schema: dict[str, Any] = {
        "type": "object",
        "description": obj.description,
        "properties": {p.name: property_schema(p, profile) for p in obj.properties},
    }
    required = [p.name for p in obj.properties if p.required]
    if required:
        schema["required"] = required
    if profile is Profile.STRICT:
        schema["additionalProperties"] = False
        if obj.conditional_rules:
            schema["allOf"] = [conditional_schema(rule) for rule in obj.conditional_rules]
    return schema


def property_schema(prop: Property, profile: Profile) -> dict[str, Any]:
    """The schema of one property; under lenient, ``null`` is accepted when it is optional."""
    nullable = profile is Profile.LENIENT and not prop.required
    schema = type_schema(prop.type, profile, nullable=nullable)
    schema["description"] = prop.description
    return schema


def type_schema(expr: TypeExpr, profile: Profile, *, nullable: bool = False) -> dict[str, Any]:
    """The schema of a type expression."""
    if isinstance(expr, RefType):
        ref = {"$ref": def_ref(expr.target)}
        # Not anyOf: validators report errors inside the object in full, not "not any of".
        return {"if": {"type": "null"}, "else": ref} if nullable else ref
    if isinstance(expr, ArrayType):
        schema: dict[str, Any] = {
            "type": _json_type("array", nullable),
            "items": type_schema(expr.items, profile),
        }
        if expr.min_items is not None:
            schema["minItems"] = expr.min_items
        return schema
    if isinstance(expr, FreeObjectType):
        return {"type": _json_type("object", nullable)}
    return _scalar_schema(expr, profile, nullable)


def _scalar_schema(expr: ScalarType, profile: Profile, nullable: bool) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": _json_type(expr.json_type, nullable)}
    if expr.format is not None:
        schema["format"] = expr.format
    if expr.const is not None:
        # "const" would also reject the null that an optional lenient property accepts.
        if nullable:
            schema["enum"] = [expr.const, None]
        else:
            schema["const"] = expr.const
    if expr.enum:
        schema[ENUM_KEYWORD] = {v.value: v.description for v in expr.enum}
        if profile is Profile.STRICT:
            schema["enum"] = [v.value for v in expr.enum]
        else:
            schema["examples"] = [v.value for v in expr.enum]
    return schema


def _json_type(name: str, nullable: bool) -> str | list[str]:
    return [name, "null"] if nullable else name


def _nested(path: tuple[str, ...], leaf: dict[str, Any], *, present: bool) -> dict[str, Any]:
    """``leaf`` applied to the object at ``path`` (the keys leading to it); with ``present``
    each key on the way must be there and hold an object, else the schema holds vacuously."""
    schema = leaf
    for key in reversed(path):
        if present:
            schema = {"type": "object", **schema}
        schema = {"properties": {key: schema}}
        if present:
            schema = {"required": [key], **schema}
    return schema


def conditional_schema(rule: ConditionalRule) -> dict[str, Any]:
    """If/then of a conditional rule. "Present only when": when the condition property holds
    another value, the property is absent. "Required when": when it holds one of the values, the
    property is present (if the object around it is). Paths become nested ``properties``."""
    cond = rule.condition
    *outer, last = cond.path
    values = {"enum": list(cond.values)}
    test = values if rule.kind is RuleKind.REQUIRED_WHEN else {"not": values}
    *around, subject = rule.path
    then = (
        {"required": [subject]}
        if rule.kind is RuleKind.REQUIRED_WHEN
        else {"properties": {subject: False}}
    )
    return {
        RULE_KEYWORD: rule.id,
        "description": rule.description,
        "if": _nested(tuple(outer), {"required": [last], "properties": {last: test}}, present=True),
        "then": _nested(tuple(around), then, present=False),
    }
