"""The validator target: one JSON file with what ``axm-schema validate`` needs at run time
(strict bundles, the shape of every object, rules, and how to detect a payload's object), so the
validator starts without reading YAML or importing python-jsonschema."""

from __future__ import annotations

from typing import Any

from axm_schema.bundles import bundle
from axm_schema.canonical import dumps
from axm_schema.model import (
    ArrayType,
    ConditionalRule,
    FreeObjectType,
    Model,
    Profile,
    RefType,
    ScalarType,
    TypeExpr,
)
from axm_schema.plan import Plan
from axm_schema.rules import FORMAT_WORDS
from axm_schema.variants import views

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
    document no other object contains) the members it requires, such as ``errors``. Objects that
    share a key and value (a request and a response with the same ``data.type``) also list the
    ``distinct`` members only they require, which tell them apart."""
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
    for entry in found:
        rivals = [
            e["object"]
            for e in found
            if e is not entry and (e["key"], e["value"]) == (entry["key"], entry["value"])
        ]
        if rivals and entry["key"] != "members":
            entry["distinct"] = _distinct(model, entry["object"], rivals)
    return sorted(found, key=lambda d: (d["key"], str(d["value"]), d["object"]))


def _members(model: Model, name: str, *, required: bool) -> set[tuple[str, ...]]:
    """The members of ``name`` and of its ``data`` object, as paths (only required ones, or all)."""
    obj = model.object(name)
    found: set[tuple[str, ...]] = {(p.name,) for p in obj.properties if p.required or not required}
    data = next((p for p in obj.properties if p.name == "data"), None)
    if data is not None and isinstance(data.type, RefType):
        inner = model.object(data.type.target).properties
        found |= {("data", p.name) for p in inner if p.required or not required}
    return found


def _distinct(model: Model, name: str, rivals: list[str]) -> list[list[str]]:
    """The members ``name`` requires that no rival declares."""
    declared = set().union(*(_members(model, r, required=False) for r in rivals))
    return [list(p) for p in sorted(_members(model, name, required=True) - declared)]


def _conditional(rule: ConditionalRule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "kind": str(rule.kind),
        "property": list(rule.path),
        "condition": list(rule.condition.path),
        "values": list(rule.condition.values),
        "description": rule.description,
    }


def _objects(model: Model, names: tuple[str, ...]) -> dict[str, Any]:
    objects = {}
    for name in names:
        obj = model.object(name)
        objects[name] = {
            "properties": {
                p.name: {"required": p.required, **_shape(p.type)} for p in obj.properties
            },
            "conditional": [_conditional(r) for r in obj.conditional_rules],
            "strict": bundle(model, name, Profile.STRICT),
        }
    return objects


def _rules(model: Model, names: tuple[str, ...]) -> dict[str, Any]:
    return {
        r.id: {"requirement": r.requirement, "strictOnly": r.strict_only()}
        for r in model.rules
        if r.object in names
    }


def data(model: Model) -> dict[str, Any]:
    """The validator's run-time data: every object as all variants together see it (what
    ``validate`` uses without ``--variant``), and each variant's own view of the objects that
    depend on the variant."""
    per_variant = {}
    for view in views(model):
        if view.variant is not None:
            per_variant[view.variant.name] = {
                "objects": _objects(view.model, view.names),
                "rules": _rules(view.model, view.names),
            }
    for variant in model.variants:
        per_variant.setdefault(variant.name, {"objects": {}, "rules": {}})
    return {
        "$comment": "generated from schema/; do not edit",
        "objects": _objects(model, model.names()),
        "rules": _rules(model, model.names()),
        "variants": per_variant,
        "detect": _detection(model),
        "attributes": _attribute_objects(model),
    }


def _attribute_objects(model: Model) -> list[str]:
    """The objects that are the ``attributes`` of a JSON:API resource identified by its ``type``
    and ``id`` (what ``--fields`` selects in). A create request's resource has no id yet, and no
    sparse fieldset applies to a request."""
    found = set()
    for obj in model.objects:
        names = {p.name: p for p in obj.properties}
        kind, ident, attributes = names.get("type"), names.get("id"), names.get("attributes")
        if (
            kind is not None
            and isinstance(kind.type, ScalarType)
            and kind.type.const is not None
            and ident is not None
            and ident.required
            and attributes is not None
            and isinstance(attributes.type, RefType)
        ):
            found.add(attributes.type.target)
    return sorted(found)


def build(model: Model) -> Plan:
    """The validator data file."""
    return {DATA_PATH: dumps(data(model))}
