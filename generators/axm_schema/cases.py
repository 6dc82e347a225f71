"""Labelled test cases derived from the model: valid payloads that cover every value and optional
property, and invalid payloads that each break exactly one rule, for both profiles."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from axm_schema.examples import json_path
from axm_schema.model import (
    ArrayType,
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
from axm_schema.samples import (
    delete_at,
    embed,
    instance,
    paths_from,
    sample,
    set_at,
    steps_path,
    with_property,
)

Path = tuple[str | int, ...]

VALID_VALUES: dict[str, tuple[tuple[str, str], ...]] = {
    "date-time": (
        ("a date-time with milliseconds and Z", "2025-05-01T18:22:27.106Z"),
        ("a date-time without fractional seconds, with Z", "2025-05-01T18:22:27Z"),
        ("a date-time with a positive numeric offset", "2025-05-01T20:22:27+02:00"),
        ("a date-time with a fraction and a negative offset", "2025-05-01T10:52:27.5-07:30"),
        ("a date-time with microseconds and +00:00", "2025-05-01T18:22:27.106123+00:00"),
        (
            "a date-time with lower-case t and z (RFC 3339 section 5.6 allows them)",
            "2025-05-01t18:22:27z",
        ),
    ),
    "uri": (
        (
            "a presigned URL with a percent-encoded query",
            "https://store.example.com/a1/b2?response-content-disposition=attachment%3Bfilename"
            "%3D%22log.csv%22&Expires=1746123820&Signature=wrYW2gn7UZDM9aO3%3D",
        ),
        ("a URL with a port", "https://example.com:8443/files/log.csv"),
    ),
    "uri-reference": (
        ("an absolute URL", "https://api-business.apple.com/v1/orgDeviceActivities/1"),
        ("a relative reference", "/v1/orgDeviceActivities/1"),
        ("a relative reference with a query", "orgDeviceActivities?limit=10"),
    ),
}

INVALID_VALUES: dict[str, tuple[tuple[str, str], ...]] = {
    "date-time": (
        ("a date-time without a time zone", "2025-05-01T18:22:27"),
        ("a date-time with a space instead of T", "2025-05-01 18:22:27Z"),
        ("February 30, a day that does not exist", "2025-02-30T18:22:27Z"),
        ("seconds since the epoch, not a date-time", "1741944413"),
        ("a date-time whose offset has no colon", "2025-05-01T18:22:27+0200"),
        ("a date without a time", "2025-05-01"),
        ("a date-time at hour 25", "2025-05-01T25:22:27Z"),
        ("a date-time whose offset has minute 70", "2025-05-01T18:22:27+01:70"),
        ("a date-time whose offset has hour 24", "2025-05-01T18:22:27-24:00"),
        ("a date-time whose month has no leading zero", "2025-5-01T18:22:27Z"),
        ("a date-time with a decimal point but no fraction digits", "2025-05-01T18:22:27.Z"),
        ("a date-time followed by a newline", "2025-05-01T18:22:27Z\n"),
    ),
    "uri": (
        ("a URL with a space", "https://example.com/activity log.csv"),
        ("a URL with a non-ASCII host", "https://bücher.example/log.csv"),
        ("a relative reference where an absolute URI is required", "/files/log.csv"),
        ("a host without a scheme", "example.com/log.csv"),
        ("an empty string", ""),
        ("a URL followed by a newline", "https://example.com/log.csv\n"),
    ),
    "uri-reference": (
        ("a reference with a space", "/v1/org Device Activities"),
        ("a reference with a non-ASCII character", "/v1/bücher"),
        ("a malformed percent-encoding", "/v1/%zz"),
    ),
}

_WRONG_TYPE: dict[str, Any] = {
    "string": 42,
    "integer": "1",
    "number": "1.5",
    "boolean": "true",
    "array": "not an array",
    "object": ["not", "an", "object"],
}


@dataclass(frozen=True)
class Case:
    """One labelled payload of a root object: what it shows, and which rule it breaks, if any."""

    description: str
    data_json: str
    rule: str | None
    path: str | None
    strict_only: bool
    source: str | None = None

    def data(self) -> Any:
        """A fresh copy of the payload."""
        return json.loads(self.data_json)

    def valid(self, profile: Profile) -> bool:
        """Whether the payload is valid under ``profile``."""
        return self.rule is None or (profile is Profile.LENIENT and self.strict_only)

    def comment(self, profile: Profile) -> str | None:
        """The rule broken and where; or where an example comes from."""
        if self.rule is None:
            return f"from {self.source}" if self.source else None
        text = f"breaks rule {self.rule} at {self.path}"
        if self.valid(profile):
            text += "; a strict-only rule, so the lenient profile accepts it"
        return text


@dataclass(frozen=True)
class _Local:
    """A case relative to one object, before it is placed inside its root."""

    description: str
    data: Any
    rule: str | None
    path: Path


def cases_for(model: Model, root: str) -> tuple[Case, ...]:
    """Every case of ``root``: its own, those of every object nested in it, and its examples."""
    found: list[Case] = []
    seen: set[str] = set()
    for example_case in _example_cases(model, root):
        seen.add(example_case.data_json)
        found.append(example_case)
    for name, steps in paths_from(model, root).items():
        prefix = steps_path(steps)
        where = f"in {json_path(prefix)}: " if steps else ""
        for local in _local_cases(model, model.object(name)):
            placed = embed(model, root, steps, local.data, local.rule)
            data_json = json.dumps(placed, ensure_ascii=False)
            if data_json in seen:
                continue
            seen.add(data_json)
            rule = model.rule(local.rule) if local.rule else None
            found.append(
                Case(
                    where + local.description,
                    data_json,
                    local.rule,
                    json_path((*prefix, *local.path)) if rule else None,
                    rule.strict_only() if rule else False,
                )
            )
    return tuple(found)


def _example_cases(model: Model, root: str) -> Iterator[Case]:
    """Documented examples of ``root``, and the parts of other objects' examples that are ``root``s."""
    for example in model.examples:
        for part, at in _parts(model, example.object, example.data(), ()):
            if part != root:
                continue
            value = _get(example.data(), at)
            where = f" at {json_path(at)}" if at else ""
            yield Case(
                f"Apple's documented example {example.name}{where}",
                json.dumps(value, ensure_ascii=False),
                None,
                None,
                False,
                example.source + (f" ({json_path(at)})" if at else ""),
            )


def _parts(model: Model, name: str, data: Any, at: Path) -> Iterator[tuple[str, Path]]:
    yield name, at
    if not isinstance(data, dict):
        return
    for prop in model.object(name).properties:
        if prop.name not in data:
            continue
        expr = prop.type
        if isinstance(expr, RefType):
            yield from _parts(model, expr.target, data[prop.name], (*at, prop.name))
        elif isinstance(expr, ArrayType) and isinstance(expr.items, RefType):
            for i, item in enumerate(data[prop.name]):
                yield from _parts(model, expr.items.target, item, (*at, prop.name, i))


def _get(data: Any, at: Path) -> Any:
    for part in at:
        data = data[part]
    return data


def _local_cases(model: Model, obj: ObjectDef) -> Iterator[_Local]:
    base = instance(model, obj.name)
    yield _Local("only the required properties", base, None, ())
    optional = [p for p in obj.properties if not p.required]
    if optional:
        full = instance(model, obj.name, full=True)
        yield _Local("every optional property present", full, None, ())
        for prop in optional:
            value = sample(model, prop.type)
            data = with_property(model, obj, base, prop.name, value)
            yield _Local(f"`{prop.name}` present, other optional properties absent", data, None, ())
    for prop in obj.properties:
        for words, value in _valid_values(prop.type):
            data = with_property(model, obj, base, prop.name, value)
            yield _Local(f"`{prop.name}` {words}", data, None, ())
    yield from _object_violations(obj, base)
    for prop in obj.properties:
        yield from _property_violations(model, obj, base, prop)
    yield from _conditional_violations(model, obj, base)


def _valid_values(expr: TypeExpr) -> Iterator[tuple[str, Any]]:
    if isinstance(expr, ArrayType):
        for words, value in _valid_values(expr.items):
            yield f"holding an item {words}", [value]
        return
    if not isinstance(expr, ScalarType):
        return
    for value in expr.enum:
        yield f"is `{value.value}`", value.value
    for words, text in VALID_VALUES.get(expr.format or "", ()):
        yield f"is {words}: {text!r}", text


def _object_violations(obj: ObjectDef, base: dict[str, Any]) -> Iterator[_Local]:
    rule = f"{obj.name}.type"
    yield _Local("a string instead of an object", "not an object", rule, ())
    yield _Local("an array instead of an object", [base], rule, ())
    unknown = "unexpectedProperty"
    while any(p.name == unknown for p in obj.properties):
        unknown += "X"
    yield _Local(
        f"an undocumented property `{unknown}`",
        {**base, unknown: "surprise"},
        f"{obj.name}.unknown-property",
        (unknown,),
    )


def _property_violations(
    model: Model, obj: ObjectDef, base: dict[str, Any], prop: Property
) -> Iterator[_Local]:
    prefix = f"{obj.name}.{prop.name}"
    label = f"`{prop.name}`"
    if prop.required:
        missing = {k: v for k, v in base.items() if k != prop.name}
        yield _Local(f"{label} is missing", missing, f"{prefix}.required", ())
        null_rule = (
            f"{prop.type.target}.type" if isinstance(prop.type, RefType) else f"{prefix}.type"
        )
        yield _Local(f"{label} is null", {**base, prop.name: None}, null_rule, (prop.name,))
    else:
        data = with_property(model, obj, base, prop.name, None)
        yield _Local(
            f"{label} is null instead of left out", data, f"{prefix}.not-null", (prop.name,)
        )
    for suffix, words, value, sub in _bad_values(prop.type):
        data = with_property(model, obj, base, prop.name, value)
        yield _Local(f"{label} {words}", data, f"{prefix}{suffix}", (prop.name, *sub))


def _bad_values(expr: TypeExpr) -> Iterator[tuple[str, str, Any, Path]]:
    """(rule suffix, words, value, path inside the value) for every way a value can be wrong."""
    if isinstance(expr, RefType):
        return
    if isinstance(expr, ArrayType):
        yield ".type", "is a string instead of an array", _WRONG_TYPE["array"], ()
        if expr.min_items:
            yield ".min-items", f"has fewer than {expr.min_items} item(s)", [], ()
        for suffix, words, value, sub in _bad_values(expr.items):
            yield f".items{suffix}", f"holds an item that {words}", [value], (0, *sub)
        return
    if isinstance(expr, FreeObjectType):
        yield ".type", "is an array instead of an object", _WRONG_TYPE["object"], ()
        return
    yield (
        ".type",
        f"has the wrong type ({_WRONG_TYPE[expr.json_type]!r})",
        _WRONG_TYPE[expr.json_type],
        (),
    )
    if expr.enum:
        yield ".enum", "is an undocumented value", "NOT_A_DOCUMENTED_VALUE", ()
        first = expr.enum[0].value
        if first.lower() != first:
            yield (
                ".enum",
                f"is a documented value in the wrong case ({first.lower()!r})",
                first.lower(),
                (),
            )
    if expr.const is not None:
        other: Any = f"not-{expr.const}" if isinstance(expr.const, str) else not expr.const
        if isinstance(expr.const, int | float) and not isinstance(expr.const, bool):
            other = expr.const + 1
        yield ".const", f"is {other!r} instead of {expr.const!r}", other, ()
    for words, text in INVALID_VALUES.get(expr.format or "", ()):
        yield ".format", f"is {words}: {text!r}", text, ()


def _conditional_violations(model: Model, obj: ObjectDef, base: dict[str, Any]) -> Iterator[_Local]:
    """For each conditional rule: a case that breaks it for every value that does, and a valid
    case for every value that allows what the rule is about (undocumented combinations)."""
    for rule in obj.conditional_rules:
        expr = model.resolve(obj.name, rule.condition.path).type
        known = [v.value for v in expr.enum] if isinstance(expr, ScalarType) else []
        subject, condition = f"`{rule.property}`", f"`{rule.condition.property}`"
        sample_value = sample(model, model.resolve(obj.name, rule.path).type)
        for value in known or [*rule.condition.values, f"not-{rule.condition.values[0]}"]:
            data = copy.deepcopy(base)
            set_at(model, obj.name, data, rule.condition.path, value)
            met = value in rule.condition.values
            if rule.kind is RuleKind.REQUIRED_WHEN:
                delete_at(data, rule.path)
                words = f"{subject} missing while {condition} is `{value}`"
                broken, at = met, rule.path[:-1]
            else:
                set_at(model, obj.name, data, rule.path, sample_value)
                words = f"{subject} present while {condition} is `{value}`"
                broken, at = not met, rule.path
            yield _Local(words, data, rule.id if broken else None, at if broken else ())
