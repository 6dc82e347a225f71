"""Applying the source meta-schema to a parsed file and turning its errors into located diagnostics."""

from __future__ import annotations

import difflib
from functools import cache
from importlib import resources
from typing import Any

import yaml
from jsonschema import Draft202012Validator, ValidationError

from axm_schema.diagnostics import Diagnostic
from axm_schema.source import JsonPath, SourceDoc

_JSON_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "array": list,
    "object": dict,
    "null": type(None),
}


@cache
def meta_schema() -> dict[str, Any]:
    """The meta-schema every source file must satisfy."""
    text = resources.files("axm_schema").joinpath("metaschema.yaml").read_text(encoding="utf-8")
    loaded: dict[str, Any] = yaml.safe_load(text)
    return loaded


@cache
def _validator() -> Draft202012Validator:
    schema = meta_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def check_meta(doc: SourceDoc) -> list[Diagnostic]:
    """Every way ``doc`` breaks the meta-schema, each at its file:line:col."""
    found: list[Diagnostic] = []
    for error in _validator().iter_errors(doc.data):
        found.extend(_translate(doc, error))
    return found


def _where(path: JsonPath) -> str:
    if not path:
        return "the file"
    last = path[-1]
    if isinstance(last, int):
        return f"item {last + 1} of {_where(path[:-1])}"
    return f"{last!r}"


def _describe(value: Any) -> str:
    for name, kind in _JSON_TYPES.items():
        if name in ("integer", "number") and isinstance(value, bool):
            continue
        if isinstance(value, kind):
            return f"{value!r} ({name})" if name not in ("object", "array") else name
    return repr(value)


def _suggest(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}? " if close else ""


def _translate(doc: SourceDoc, error: ValidationError) -> list[Diagnostic]:
    path: JsonPath = tuple(error.absolute_path)
    kind = str(error.validator)
    schema = error.schema if isinstance(error.schema, dict) else {}
    if "propertyNames" in error.absolute_schema_path and path[-1:] == ("responses",):
        return [
            doc.at(
                (*path, str(error.instance)),
                f"status code {str(error.instance)!r} is not valid here: write a quoted "
                'three-digit HTTP status, such as "200"',
                key=True,
            )
        ]
    if "propertyNames" in error.absolute_schema_path:
        name = str(error.instance)
        return [
            doc.at(
                (*path, name),
                f"name {name!r} is not valid here: it must match {error.validator_value!r} "
                "(objects are PascalCase, optionally dotted like 'Outer.Inner'; properties are "
                "identifiers); rename it",
                key=True,
            )
        ]
    if kind == "additionalProperties" and isinstance(error.instance, dict):
        allowed = sorted(schema.get("properties", {}))
        extras = sorted(set(error.instance) - set(allowed))
        return [
            doc.at(
                (*path, extra),
                f"unknown keyword {extra!r} in {_where(path)}; {_suggest(extra, allowed)}"
                f"allowed here: {', '.join(allowed)}",
                key=True,
            )
            for extra in extras
        ]
    if kind == "required":
        missing = str(error.message).split("'")[1] if "'" in error.message else error.message
        present: Any = error.instance
        unknown = set(present) - set(schema.get("properties", {}))
        if difflib.get_close_matches(missing, sorted(unknown), n=1, cutoff=0.6):
            return []  # the misspelt keyword is reported as unknown, with this suggestion
        return [
            doc.at(
                path,
                f"{_where(path)} is missing the required keyword {missing!r}; add it",
                key=True,
            )
        ]
    if kind == "type":
        expected = error.validator_value
        wanted = " or ".join(expected) if isinstance(expected, list) else str(expected)
        text = doc.scalar_texts.get(path)
        if text is not None and not isinstance(error.instance, str) and "string" in wanted:
            return [
                doc.at(
                    path,
                    f"{_where(path)} must be a string, but YAML reads {text} as "
                    f"{_describe(error.instance)}; quote it: '{text}'",
                )
            ]
        return [
            doc.at(
                path,
                f"{_where(path)} must be of type {wanted}, got {_describe(error.instance)}; "
                f"write a value of type {wanted}",
            )
        ]
    if kind == "enum":
        enum_values: Any = error.validator_value
        choices = [str(c) for c in enum_values]
        hint = _suggest(str(error.instance), choices)
        return [
            doc.at(
                path,
                f"{_where(path)} has the value {error.instance!r}, which is not allowed; "
                f"{hint}use one of: {', '.join(choices)}",
            )
        ]
    if kind == "const":
        return [
            doc.at(
                path,
                f"{_where(path)} must be {error.validator_value!r}, got {error.instance!r}; "
                f"write {error.validator_value!r}",
            )
        ]
    if kind == "pattern" and path[-1:] == ("id",):
        return [
            doc.at(
                path,
                f"rule id {error.instance!r} is malformed; write it as "
                "'Object.property.rule-name' with a kebab-case last part, "
                "e.g. 'OrgDeviceActivity.Attributes.downloadUrl.only-when-completed'",
            )
        ]
    if kind == "pattern":
        return [
            doc.at(
                path,
                f"{_where(path)} has the value {error.instance!r}, which does not match "
                f"{error.validator_value!r}; fix its spelling",
            )
        ]
    return [doc.at(path, f"{_where(path)}: {error.message}; fix this value")]
