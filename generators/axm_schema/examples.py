"""Loading documented example payloads (schema/examples/<Object>/*.json), each checked against the
strict contract so that every example we show or test with is valid."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from jsonschema import Draft202012Validator, ValidationError

from axm_schema.bundles import bundle
from axm_schema.diagnostics import Diagnostic
from axm_schema.model import Example, Model, Profile
from axm_schema.source import parse_yaml


def json_path(parts: Iterable[str | int]) -> str:
    """A JSONPath such as ``$.data.attributes.status`` for a sequence of keys and indexes."""
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def load_examples(
    model: Model, examples_dir: Path, display: str
) -> tuple[tuple[Example, ...], list[Diagnostic]]:
    """Every example under ``examples_dir`` and every problem with them."""
    if not examples_dir.is_dir():
        return (), []
    found: list[Example] = []
    problems: list[Diagnostic] = []
    for folder in sorted(examples_dir.iterdir()):
        shown = f"{display}/{folder.name}"
        if not folder.is_dir():
            problems.append(
                Diagnostic(shown, 1, 1, "examples go in a folder named after their object; move it")
            )
            continue
        if folder.name not in model.names():
            close = difflib.get_close_matches(folder.name, model.names(), n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            problems.append(
                Diagnostic(
                    shown,
                    1,
                    1,
                    f"folder {folder.name!r} is not named after an object; {hint}"
                    "rename it to the object its examples show",
                )
            )
            continue
        for path in sorted(folder.glob("*.json")):
            example, issues = _example(model, folder.name, path, f"{shown}/{path.name}")
            problems.extend(issues)
            if example is not None:
                found.append(example)
    return tuple(found), problems


def _strict_errors(model: Model, name: str, data: object) -> list[ValidationError]:
    validator = Draft202012Validator(
        bundle(model, name, Profile.STRICT), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    return sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))


def with_variants(
    model: Model, examples: tuple[Example, ...]
) -> tuple[tuple[Example, ...], list[Diagnostic]]:
    """The examples, each marked with the API variants whose strict contract it meets (left
    unmarked when it meets every variant's); a problem for one that meets none."""
    from axm_schema.variants import for_variant  # variants imports rules, which is heavier

    if not model.variants:
        return examples, []
    views = [(v.name, for_variant(model, v.name)) for v in model.variants]
    marked, problems = [], []
    for example in examples:
        names = tuple(
            name for name, view in views if not _strict_errors(view, example.object, example.data())
        )
        if not names:
            problems.append(
                Diagnostic(
                    example.source,
                    1,
                    1,
                    "example mixes values of different API variants, so no variant's contract "
                    f"accepts it ({', '.join(n for n, _ in views)}); split it",
                )
            )
        marked.append(replace(example, variants=() if len(names) == len(views) else names))
    return tuple(marked), problems


def _example(
    model: Model, name: str, path: Path, shown: str
) -> tuple[Example | None, list[Diagnostic]]:
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Diagnostic(shown, 1, 1, f"cannot read example: {exc}")]
    except json.JSONDecodeError as exc:
        return None, [Diagnostic(shown, exc.lineno, exc.colno, f"invalid JSON: {exc.msg}")]
    errors = _strict_errors(model, name, data)
    if errors:
        doc, _ = parse_yaml(text, shown)
        problems = []
        for error in errors:
            where = tuple(error.absolute_path)
            mark = doc.value_mark(where) if doc is not None else None
            if error.validator == "additionalProperties" and isinstance(error.instance, dict):
                declared = (
                    error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
                )
                extra = sorted(set(error.instance) - set(declared))
                if extra and doc is not None:
                    mark = doc.key_mark((*where, extra[0]))
            line, column = (mark.line, mark.column) if mark else (1, 1)
            problems.append(
                Diagnostic(
                    shown,
                    line,
                    column,
                    f"example breaks the strict contract of {name} at {json_path(where)}: "
                    f"{error.message}; fix the example (or the schema, if Apple's docs say so)",
                )
            )
        return None, problems
    return Example(name, path.name, f"schema/examples/{name}/{path.name}", text), []
