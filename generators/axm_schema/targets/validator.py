"""The validator target: one JSON file with what ``axm-schema validate`` needs at run time
(strict bundles, the shape of every object, rules, and how to detect a payload's object), so the
validator starts without reading YAML or importing python-jsonschema."""

from __future__ import annotations

from typing import Any

from axm_schema.bundles import bundle
from axm_schema.canonical import dumps
from axm_schema.model import (
    ArrayType,
    FreeObjectType,
    Model,
    Profile,
    RefType,
    ScalarType,
    TypeExpr,
)
from axm_schema.plan import Plan
from axm_schema.rules import FORMAT_WORDS

DATA_PATH = "validator/axm-validator.json"


def _shape(expr: TypeExpr) -> dict[str, Any]:
    if isinstance(expr, RefType):
        return {"kind": "ref", "target": expr.target}
    if isinstance(expr, ArrayType):
        return {"kind": "array", "items": _shape(expr.items), "minItems": expr.min_items}
    if isinstance(expr, FreeObjectType):
        return {"kind": "object"}
    shape: dict[str, Any] = {"kind": "scalar", "type": expr.json_type}
    if expr.format:
        shape["format"] = expr.format
        shape["formatWords"] = FORMAT_WORDS[expr.format]
    if expr.enum:
        shape["enum"] = [v.value for v in expr.enum]
    if expr.const is not None:
        shape["const"] = expr.const
    return shape


def _detection(model: Model) -> list[dict[str, Any]]:
    """How to recognise each object in a payload: a constant ``type``, ``data.type``, or (for a
    document no other object contains) the members it requires, such as ``errors``."""
    found: list[dict[str, Any]] = []
    for obj in model.objects:
        required = sorted(p.name for p in obj.properties if p.required)
        if required and not model.referrers(obj.name):
            found.append({"object": obj.name, "key": "members", "value": required})
    for obj in model.objects:
        for prop in obj.properties:
            shape = prop.type
            if prop.name == "type" and isinstance(shape, ScalarType) and shape.const is not None:
                found.append({"object": obj.name, "key": "type", "value": shape.const})
            if prop.name == "data" and prop.required and isinstance(shape, RefType):
                target = model.object(shape.target)
                for inner in target.properties:
                    if (
                        inner.name == "type"
                        and isinstance(inner.type, ScalarType)
                        and inner.type.const
                    ):
                        found.append(
                            {"object": obj.name, "key": "data.type", "value": inner.type.const}
                        )
    return sorted(found, key=lambda d: (d["key"], str(d["value"]), d["object"]))


def data(model: Model) -> dict[str, Any]:
    """The validator's run-time data."""
    objects = {}
    for obj in model.objects:
        objects[obj.name] = {
            "properties": {
                p.name: {"required": p.required, **_shape(p.type)} for p in obj.properties
            },
            "conditional": [
                {
                    "id": r.id,
                    "property": r.property,
                    "condition": r.condition.property,
                    "values": list(r.condition.values),
                    "description": r.description,
                }
                for r in obj.conditional_rules
            ],
            "strict": bundle(model, obj.name, Profile.STRICT),
        }
    return {
        "$comment": "generated from schema/; do not edit",
        "objects": objects,
        "rules": {
            r.id: {"requirement": r.requirement, "strictOnly": r.strict_only()} for r in model.rules
        },
        "detect": _detection(model),
        "attributes": _attribute_objects(model),
    }


def _attribute_objects(model: Model) -> list[str]:
    """The objects that are a JSON:API resource's ``attributes`` (what ``--fields`` selects in)."""
    found = set()
    for obj in model.objects:
        names = {p.name: p.type for p in obj.properties}
        kind, attributes = names.get("type"), names.get("attributes")
        if (
            isinstance(kind, ScalarType)
            and kind.const is not None
            and isinstance(attributes, RefType)
        ):
            found.add(attributes.target)
    return sorted(found)


def build(model: Model) -> Plan:
    """The validator data file."""
    return {DATA_PATH: dumps(data(model))}
