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
    RuleKind,
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


def sample(model: Model, expr: TypeExpr, *, full: bool = False, quiet: Any = None) -> Any:
    """A valid value of a type expression (objects minimal, or with ``full`` every property);
    ``quiet`` is the enum value to prefer, if any."""
    if isinstance(expr, RefType):
        return instance(model, expr.target, full=full)
    if isinstance(expr, ArrayType):
        return [sample(model, expr.items, full=full)]
    if isinstance(expr, FreeObjectType):
        return {}
    return quiet if quiet is not None else scalar_sample(expr)


def scalar_sample(expr: ScalarType) -> Any:
    """A valid value of a scalar type."""
    if expr.const is not None:
        return expr.const
    if expr.enum:
        return expr.enum[0].value
    if expr.format is not None:
        return FORMAT_SAMPLES[expr.format]
    return _PLAIN_SAMPLES[expr.json_type]


# The last model's quiet values: every sample of one model asks for them (one slot, so the
# cache never holds more than the model in use).
_QUIET: list[tuple[Model, dict[tuple[str, str], str]]] = []


def quiet_values(model: Model) -> dict[tuple[str, str], str]:
    """For each enum property that a "required when" rule reads: the first value that makes no
    such rule require anything, so that minimal instances stay minimal."""
    if _QUIET and _QUIET[0][0] is model:
        return _QUIET[0][1]
    triggers: dict[tuple[str, str], set[str]] = {}
    for obj in model.objects:
        for rule in obj.conditional_rules:
            if rule.kind is RuleKind.REQUIRED_WHEN:
                where = (model.target(obj.name, rule.condition.path[:-1]), rule.condition.path[-1])
                triggers.setdefault(where, set()).update(rule.condition.values)
    found = {}
    for (name, prop), values in triggers.items():
        expr = model.object(name).property(prop).type
        if isinstance(expr, ScalarType):
            calm = [v.value for v in expr.enum if v.value not in values]
            if calm:
                found[(name, prop)] = calm[0]
    _QUIET[:] = [(model, found)]
    return found


def instance(model: Model, name: str, *, full: bool = False) -> dict[str, Any]:
    """A valid instance of object ``name``: its required properties, or with ``full`` all of them."""
    obj = model.object(name)
    quiet = quiet_values(model)
    data = {
        p.name: sample(model, p.type, full=full, quiet=quiet.get((name, p.name)))
        for p in obj.properties
        if p.required or full
    }
    if full:
        for prop in obj.properties:
            if not prop.required and prop.name in data:
                data = with_property(model, obj, data, prop.name, data[prop.name])
    repair(model, name, data)
    return data


def with_property(
    model: Model,
    obj: ObjectDef,
    data: dict[str, Any],
    name: str,
    value: Any,
    skip: str | None = None,
) -> dict[str, Any]:
    """A copy of ``data`` with ``name`` set to ``value`` and every conditional rule but ``skip``
    kept (see ``repair``)."""
    result = copy.deepcopy(data)
    result[name] = value
    repair(model, obj.name, result, skip)
    return result


def _forced_elsewhere(obj: ObjectDef, data: dict[str, Any], condition: str, subject: str) -> bool:
    """True when another present property needs ``condition`` to keep its current value."""
    return any(
        r.kind is RuleKind.PRESENT_ONLY_WHEN
        and has_at(data, r.path)
        and r.property != subject
        and r.condition.property == condition
        for r in obj.conditional_rules
    )


def repair(model: Model, name: str, data: Any, skip: str | None = None) -> Any:
    """``data`` (an instance of ``name``, changed in place) with every conditional rule but
    ``skip`` kept, here and in nested objects: a property a rule requires is added, and a
    property present against its condition gets the condition changed to allow it."""
    for _ in range(2):  # a rule fixed here can set a value that a nested rule reads
        _repair(model, name, data, skip)
    return data


def _repair(model: Model, name: str, data: Any, skip: str | None) -> None:
    if not isinstance(data, dict):
        return
    obj = model.object(name)
    for rule in obj.conditional_rules:
        if rule.id == skip or not isinstance(get_at(data, rule.path[:-1]), dict):
            continue
        if not has_at(data, rule.condition.path):
            continue
        met = get_at(data, rule.condition.path) in rule.condition.values
        present = has_at(data, rule.path)
        if rule.kind is RuleKind.REQUIRED_WHEN and met and not present:
            prop = model.resolve(name, rule.path)
            set_at(model, name, data, rule.path, sample(model, prop.type))
        elif rule.kind is RuleKind.PRESENT_ONLY_WHEN and present and not met:
            if _forced_elsewhere(obj, data, rule.condition.property, rule.property):
                delete_at(data, rule.path)
            else:
                set_at(model, name, data, rule.condition.path, rule.condition.values[0])
    for prop in obj.properties:
        expr, value = prop.type, data.get(prop.name)
        if isinstance(expr, RefType):
            _repair(model, expr.target, value, skip)
        elif isinstance(expr, ArrayType) and isinstance(expr.items, RefType):
            for item in value if isinstance(value, list) else ():
                _repair(model, expr.items.target, item, skip)


def get_at(data: Any, path: tuple[str, ...]) -> Any:
    """The value at ``path`` in nested objects, or None."""
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def has_at(data: Any, path: tuple[str, ...]) -> bool:
    """Whether every key on ``path`` is present."""
    holder = get_at(data, path[:-1])
    return isinstance(holder, dict) and path[-1] in holder


def set_at(
    model: Model, name: str, data: dict[str, Any], path: tuple[str, ...], value: Any
) -> None:
    """Set the value at ``path`` (from object ``name``), adding minimal objects on the way."""
    current, holder = name, data
    for key in path[:-1]:
        target = model.target(current, (key,))
        if not isinstance(holder.get(key), dict):
            holder[key] = instance(model, target)
        holder, current = holder[key], target
    holder[path[-1]] = value


def delete_at(data: dict[str, Any], path: tuple[str, ...]) -> None:
    """Remove the value at ``path``, if it is there."""
    holder = get_at(data, path[:-1])
    if isinstance(holder, dict):
        holder.pop(path[-1], None)


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


def embed(
    model: Model, root: str, steps: tuple[Step, ...], payload: Any, skip: str | None = None
) -> Any:
    """The smallest valid ``root`` instance with ``payload`` placed at the end of ``steps``;
    every conditional rule but ``skip`` is kept (``payload`` may be changed in place)."""
    if not steps:
        return repair(model, root, payload, skip)
    first = steps[0]
    inner = embed(model, first.target, steps[1:], payload, skip)
    obj = model.object(root)
    value = [inner] if first.array else inner
    return with_property(model, obj, instance(model, root), first.property, value, skip)


def steps_path(steps: tuple[Step, ...]) -> tuple[str | int, ...]:
    """The JSON keys and indexes that ``steps`` walk through."""
    parts: list[str | int] = []
    for step in steps:
        parts.append(step.property)
        if step.array:
            parts.append(0)
    return tuple(parts)
