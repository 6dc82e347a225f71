"""Sample payloads built from the model: the smallest valid instance of an object, the fullest one,
and a payload placed at the path where an object nests inside another."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from axm_schema.model import (
    ArrayType,
    FreeObjectType,
    Model,
    ObjectDef,
    RefType,
    ScalarType,
    TypeExpr,
)

FORMAT_SAMPLES = {
    "date-time": "2025-05-01T18:22:27.106Z",
    "uri": "https://example.com/files/log.csv",
    "uri-reference": "https://example.com/v1/resources/1",
}
_PLAIN_SAMPLES: dict[str, Any] = {"string": "example", "integer": 1, "number": 1.5, "boolean": True}


@dataclass(frozen=True)
class Step:
    """One step from an object into a nested one: the property, whether it is an array, the target."""

    property: str
    array: bool
    target: str


def sample(model: Model, expr: TypeExpr, *, full: bool = False) -> Any:
    """A valid value of a type expression (objects minimal, or with ``full`` every property)."""
    if isinstance(expr, RefType):
        return instance(model, expr.target, full=full)
    if isinstance(expr, ArrayType):
        return [sample(model, expr.items, full=full)]
    if isinstance(expr, FreeObjectType):
        return {}
    return scalar_sample(expr)


def scalar_sample(expr: ScalarType) -> Any:
    """A valid value of a scalar type."""
    if expr.const is not None:
        return expr.const
    if expr.enum:
        return expr.enum[0].value
    if expr.format is not None:
        return FORMAT_SAMPLES[expr.format]
    return _PLAIN_SAMPLES[expr.json_type]


def instance(model: Model, name: str, *, full: bool = False) -> dict[str, Any]:
    """A valid instance of object ``name``: its required properties, or with ``full`` all of them."""
    obj = model.object(name)
    data = {p.name: sample(model, p.type, full=full) for p in obj.properties if p.required or full}
    if full:
        for prop in obj.properties:
            if not prop.required and prop.name in data:
                data = with_property(model, obj, data, prop.name, data[prop.name])
    return data


def with_property(
    model: Model, obj: ObjectDef, data: dict[str, Any], name: str, value: Any
) -> dict[str, Any]:
    """A copy of ``data`` with ``name`` set to ``value``, and the conditions under which that
    property may be present made true (or the property left out if they cannot be)."""
    result = copy.deepcopy(data)
    result[name] = value
    for rule in obj.conditional_rules:
        if rule.property != name:
            continue
        current = result.get(rule.condition.property)
        if current in rule.condition.values:
            continue
        if _forced_elsewhere(obj, result, rule.condition.property, name):
            result.pop(name)
            return result
        result[rule.condition.property] = rule.condition.values[0]
    return result


def _forced_elsewhere(obj: ObjectDef, data: dict[str, Any], condition: str, subject: str) -> bool:
    """True when another present property needs ``condition`` to keep its current value."""
    return any(
        r.property in data and r.property != subject and r.condition.property == condition
        for r in obj.conditional_rules
    )


def paths_from(model: Model, root: str) -> dict[str, tuple[Step, ...]]:
    """The shortest path from ``root`` to every object it contains (breadth first, source order)."""
    paths: dict[str, tuple[Step, ...]] = {root: ()}
    queue = [root]
    while queue:
        current = queue.pop(0)
        for prop in model.object(current).properties:
            expr, array = prop.type, False
            if isinstance(expr, ArrayType):
                expr, array = expr.items, True
            if isinstance(expr, RefType) and expr.target not in paths:
                paths[expr.target] = (*paths[current], Step(prop.name, array, expr.target))
                queue.append(expr.target)
    return paths


def embed(model: Model, root: str, steps: tuple[Step, ...], payload: Any) -> Any:
    """The smallest valid ``root`` instance with ``payload`` placed at the end of ``steps``."""
    if not steps:
        return payload
    first = steps[0]
    inner = embed(model, first.target, steps[1:], payload)
    obj = model.object(root)
    return with_property(
        model, obj, instance(model, root), first.property, [inner] if first.array else inner
    )


def steps_path(steps: tuple[Step, ...]) -> tuple[str | int, ...]:
    """The JSON keys and indexes that ``steps`` walk through."""
    parts: list[str | int] = []
    for step in steps:
        parts.append(step.property)
        if step.array:
            parts.append(0)
    return tuple(parts)
