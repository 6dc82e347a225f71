"""API variants (Apple Business Manager, Apple School Manager) from one source: the view of the
model one variant sees, which objects depend on the variant, and the views every target writes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from axm_schema.model import (
    ArrayType,
    ConditionalRule,
    Model,
    ObjectDef,
    Property,
    Rule,
    ScalarType,
    TypeExpr,
    Variant,
)
from axm_schema.rules import derive_rules


@dataclass(frozen=True)
class View:
    """What one target writes for one variant: the variant (``None``: shared output), the model
    as that variant sees it, and the objects written for it."""

    variant: Variant | None
    model: Model
    names: tuple[str, ...]

    @property
    def name(self) -> str | None:
        """The variant's name, or ``None`` for shared output."""
        return self.variant.name if self.variant else None


def _restricted(expr: TypeExpr) -> bool:
    if isinstance(expr, ArrayType):
        return _restricted(expr.items)
    return isinstance(expr, ScalarType) and any(v.variants for v in expr.enum)


def dependent(model: Model) -> frozenset[str]:
    """The objects whose contract differs between variants: those that contain, directly or
    not, an enum value that only some variants have."""
    own = {o.name for o in model.objects if any(_restricted(p.type) for p in o.properties)}
    return frozenset(o.name for o in model.objects if any(n in own for n in model.closure(o.name)))


def _type_for(expr: TypeExpr, variant: str) -> TypeExpr:
    if isinstance(expr, ArrayType):
        return replace(expr, items=_type_for(expr.items, variant))
    if isinstance(expr, ScalarType) and expr.enum:
        return replace(expr, enum=tuple(v for v in expr.enum if v.in_variant(variant)))
    return expr


def _values_in(model: Model, owner: str, rule: ConditionalRule, variant: str) -> tuple[str, ...]:
    expr = model.resolve(owner, rule.condition.path).type
    if not isinstance(expr, ScalarType):
        return rule.condition.values
    known = {v.value for v in expr.enum}
    kept = {v.value for v in expr.enum if v.in_variant(variant)}
    return tuple(v for v in rule.condition.values if v not in known or v in kept)


def _object_for(model: Model, obj: ObjectDef, variant: str) -> ObjectDef:
    props = tuple(replace(p, type=_type_for(p.type, variant)) for p in obj.properties)
    rules = []
    for rule in obj.conditional_rules:
        values = _values_in(model, obj.name, rule, variant)
        if values:  # a rule whose condition no value of this variant meets cannot apply
            rules.append(replace(rule, condition=replace(rule.condition, values=values)))
    return replace(obj, properties=props, conditional_rules=tuple(rules))


def for_variant(model: Model, variant: str) -> Model:
    """The model as ``variant`` sees it: enum values of other variants removed, rule texts and
    conditional rules adjusted, examples of other variants left out."""
    if variant not in {v.name for v in model.variants}:
        known = ", ".join(v.name for v in model.variants) or "none are declared"
        raise KeyError(f"unknown variant {variant!r}; choose one of: {known}")
    objects = tuple(_object_for(model, o, variant) for o in model.objects)
    rules: list[Rule] = [r for o in objects for r in derive_rules(o)]
    examples = tuple(e for e in model.examples if not e.variants or variant in e.variants)
    return replace(
        model,
        objects=objects,
        rules=tuple(sorted(rules, key=lambda r: r.id)),
        examples=examples,
        variant=variant,
    )


def views(model: Model) -> Iterator[View]:
    """Shared output for the objects no variant changes, then per-variant output for the others."""
    changed = dependent(model)
    yield View(None, model, tuple(n for n in model.names() if n not in changed))
    for variant in model.variants:
        names = tuple(n for n in model.names() if n in changed)
        if names:
            yield View(variant, for_variant(model, variant.name), names)


def variant_words(prop: Property, variants: tuple[Variant, ...]) -> dict[str, str]:
    """For each enum value that only some variants have: ``"Apple Business Manager only"``."""
    expr = prop.type.items if isinstance(prop.type, ArrayType) else prop.type
    if not isinstance(expr, ScalarType):
        return {}
    titles = {v.name: v.title for v in variants}
    return {
        v.value: " and ".join(titles.get(n, n) for n in v.variants) + " only"
        for v in expr.enum
        if v.variants
    }
