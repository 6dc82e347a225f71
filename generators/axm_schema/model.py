"""The resolved schema: immutable objects, properties, types and rules that every target reads."""

from __future__ import annotations

import builtins
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Profile(StrEnum):
    """A contract derived from the one source: the documented one, or what a robust consumer accepts."""

    STRICT = "strict"
    LENIENT = "lenient"


class RuleKind(StrEnum):
    """What kind of constraint a rule is."""

    OBJECT_TYPE = "object-type"
    UNKNOWN_PROPERTY = "unknown-property"
    REQUIRED = "required"
    TYPE = "type"
    NOT_NULL = "not-null"
    ENUM = "enum"
    CONST = "const"
    FORMAT = "format"
    MIN_ITEMS = "min-items"
    PRESENT_ONLY_WHEN = "present-only-when"
    REQUIRED_WHEN = "required-when"


CONDITIONAL_KINDS = (RuleKind.PRESENT_ONLY_WHEN, RuleKind.REQUIRED_WHEN)


@dataclass(frozen=True)
class Location:
    """Where a definition stands in the source (display path, 1-based line and column)."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class EnumValue:
    """One documented value of an enumeration, with what it means."""

    value: str
    description: str
    variants: tuple[str, ...] = ()  # the API variants that have it; empty: every variant

    def in_variant(self, variant: str | None) -> bool:
        """Whether the value exists in ``variant`` (``None``: in any variant)."""
        return variant is None or not self.variants or variant in self.variants


@dataclass(frozen=True)
class ScalarType:
    """A JSON string, integer, number or boolean, with its optional format, enum or constant."""

    json_type: str
    format: str | None = None
    enum: tuple[EnumValue, ...] = ()
    const: str | int | float | bool | None = None


@dataclass(frozen=True)
class RefType:
    """A reference to another named object."""

    target: str


@dataclass(frozen=True)
class ArrayType:
    """A JSON array whose items all have one type."""

    items: TypeExpr
    min_items: int | None = None


@dataclass(frozen=True)
class FreeObjectType:
    """A free-form JSON object whose members are not described."""


TypeExpr = ScalarType | RefType | ArrayType | FreeObjectType


@dataclass(frozen=True)
class Property:
    """One member of an object."""

    name: str
    description: str
    required: bool
    type: TypeExpr
    location: Location
    comment: str | None = None


def split_path(dotted: str) -> tuple[str, ...]:
    """``"relationships.mdmServer"`` -> ``("relationships", "mdmServer")``."""
    return tuple(dotted.split("."))


@dataclass(frozen=True)
class Condition:
    """The property at ``property`` (a dotted path from the rule's object) holds one of ``values``."""

    property: str
    values: tuple[str, ...]

    @builtins.property  # the field `property` shadows the builtin here
    def path(self) -> tuple[str, ...]:
        """The condition property's path as keys."""
        return split_path(self.property)


@dataclass(frozen=True)
class ConditionalRule:
    """A documented rule JSON Schema expresses only as if/then: the property at ``property`` (a
    dotted path from this object) is present only when, or required when, ``condition`` holds."""

    id: str
    description: str
    property: str
    condition: Condition
    location: Location
    comment: str | None = None
    kind: RuleKind = RuleKind.PRESENT_ONLY_WHEN

    @builtins.property  # the field `property` shadows the builtin here
    def path(self) -> tuple[str, ...]:
        """The governed property's path as keys."""
        return split_path(self.property)


@dataclass(frozen=True)
class ObjectDef:
    """A named JSON object of the API."""

    name: str
    description: str
    properties: tuple[Property, ...]
    conditional_rules: tuple[ConditionalRule, ...]
    source_file: str  # "schema/<file name>", the same wherever the source directory lies
    location: Location
    comment: str | None = None

    def property(self, name: str) -> Property:
        """The property called ``name`` (KeyError if there is none)."""
        for prop in self.properties:
            if prop.name == name:
                return prop
        raise KeyError(name)


@dataclass(frozen=True)
class Rule:
    """A constraint with a stable id, the plain-words requirement and the profiles that enforce it."""

    id: str
    kind: RuleKind
    object: str
    property: str | None
    requirement: str
    profiles: tuple[Profile, ...]

    def strict_only(self) -> bool:
        """True when the lenient profile does not enforce this rule."""
        return Profile.LENIENT not in self.profiles


@dataclass(frozen=True)
class Example:
    """A documented example payload of one object, kept as canonical JSON text so it stays immutable."""

    object: str
    name: str
    source: str
    json_text: str
    variants: tuple[str, ...] = ()  # the API variants it is valid in; empty: every variant

    def data(self) -> Any:
        """A fresh copy of the example's data."""
        return json.loads(self.json_text)


@dataclass(frozen=True)
class Variant:
    """One API variant served from the same source (Apple Business Manager, Apple School Manager)."""

    name: str
    title: str
    host: str
    description: str


@dataclass(frozen=True)
class Parameter:
    """A query or path parameter an endpoint accepts."""

    name: str
    description: str


@dataclass(frozen=True)
class Response:
    """What an endpoint answers with one status code: the body's object."""

    status: str
    object: str
    description: str


@dataclass(frozen=True)
class Endpoint:
    """One operation of the API: method, path, request body and responses by status code."""

    method: str
    path: str
    description: str
    request: str | None
    parameters: tuple[Parameter, ...]
    responses: tuple[Response, ...]
    source_file: str
    location: Location


@dataclass(frozen=True)
class Model:
    """The whole resolved source: objects sorted by name, every rule sorted by id, examples, the
    API variants and endpoints. ``variant`` names the variant this model is a view of (``None``:
    every variant's values together)."""

    objects: tuple[ObjectDef, ...]
    rules: tuple[Rule, ...]
    examples: tuple[Example, ...] = ()
    variants: tuple[Variant, ...] = ()
    endpoints: tuple[Endpoint, ...] = ()
    variant: str | None = None
    _by_name: dict[str, ObjectDef] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {o.name: o for o in self.objects})

    def object(self, name: str) -> ObjectDef:
        """The object called ``name`` (KeyError if there is none)."""
        return self._by_name[name]

    def names(self) -> tuple[str, ...]:
        """Every object name, sorted."""
        return tuple(o.name for o in self.objects)

    def rules_of(self, name: str) -> tuple[Rule, ...]:
        """The rules that belong to object ``name``."""
        return tuple(r for r in self.rules if r.object == name)

    def examples_of(self, name: str) -> tuple[Example, ...]:
        """The examples written for object ``name``, sorted by name."""
        return tuple(e for e in self.examples if e.object == name)

    def rule(self, rule_id: str) -> Rule:
        """The rule with id ``rule_id`` (KeyError if there is none)."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def target(self, owner: str, path: tuple[str, ...]) -> str:
        """The object reached from ``owner`` through the object-valued properties on ``path``."""
        current = owner
        for key in path:
            expr = self.object(current).property(key).type
            if not isinstance(expr, RefType):
                raise KeyError(f"{current}.{key} is not an object")
            current = expr.target
        return current

    def resolve(self, owner: str, path: tuple[str, ...]) -> Property:
        """The property at ``path`` from object ``owner`` (KeyError if the path leads nowhere)."""
        return self.object(self.target(owner, path[:-1])).property(path[-1])

    def closure(self, name: str) -> tuple[str, ...]:
        """``name`` and every object it references, directly or not, sorted."""
        seen: set[str] = set()
        pending = [name]
        while pending:
            current = pending.pop()
            if current in seen:
                continue
            seen.add(current)
            for prop in self.object(current).properties:
                pending.extend(referenced_objects(prop.type))
        return tuple(sorted(seen))

    def referrers(self, name: str) -> tuple[str, ...]:
        """The objects that reference ``name`` directly, sorted."""
        return tuple(
            o.name
            for o in self.objects
            if any(name in referenced_objects(p.type) for p in o.properties)
        )


def referenced_objects(expr: TypeExpr) -> tuple[str, ...]:
    """The object names a type expression refers to."""
    if isinstance(expr, RefType):
        return (expr.target,)
    if isinstance(expr, ArrayType):
        return referenced_objects(expr.items)
    return ()
