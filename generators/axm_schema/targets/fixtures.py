"""The fixtures target: JSON-Schema-Test-Suite files of labelled payloads for every object and
profile, the schema of that format, and a pytest plugin that serves them as fixtures."""

from __future__ import annotations

import re
from typing import Any

from axm_schema.bundles import DIALECT, bundle
from axm_schema.canonical import dumps
from axm_schema.cases import Case, cases_for
from axm_schema.model import Model, Profile
from axm_schema.plan import Plan
from axm_schema.render import render
from axm_schema.targets.python import literal, tuple_assignment, wrap
from axm_schema.variants import views

SUITE_FORMAT_PATH = "fixtures/test-suite.schema.json"
PLUGIN_PATH = "fixtures/axm_fixtures/__init__.py"


def suite_path(name: str, profile: Profile, variant: str | None = None) -> str:
    """Where the suite of ``name`` under ``profile`` (and a variant) is written, relative to
    generated/."""
    return f"fixtures/{profile}/{variant + '/' if variant else ''}{name}.json"


def snake(name: str) -> str:
    """``OrgDeviceActivity.Attributes`` -> ``org_device_activity_attributes``."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name.replace(".", "_"))
    return words.lower()


def suite_format() -> dict[str, Any]:
    """The JSON Schema of a suite file: the JSON-Schema-Test-Suite format, with no other keys."""
    test = {
        "type": "object",
        "description": "One payload and whether it is valid under the suite's schema.",
        "required": ["description", "data", "valid"],
        "properties": {
            "description": {"type": "string", "description": "What the payload shows."},
            "comment": {
                "type": "string",
                "description": "For an invalid payload: 'breaks rule <id> at <JSONPath>'.",
            },
            "data": {"description": "The payload to validate."},
            "valid": {"type": "boolean", "description": "The expected verdict."},
        },
        "additionalProperties": False,
    }
    return {
        "$schema": DIALECT,
        "$id": "urn:axm-schema:fixtures:test-suite",
        "$comment": "generated from schema/; do not edit",
        "description": "A fixture file: the JSON-Schema-Test-Suite format.",
        "type": "array",
        "minItems": 1,
        "items": {
            "type": "object",
            "required": ["description", "schema", "tests"],
            "properties": {
                "description": {"type": "string"},
                "comment": {"type": "string"},
                "schema": {"description": "The Draft 2020-12 schema the tests run against."},
                "tests": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/test"}},
            },
            "additionalProperties": False,
        },
        "$defs": {"test": test},
    }


def _test(case: Case, profile: Profile) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "description": case.description,
        "data": case.data(),
        "valid": case.valid(profile),
    }
    comment = case.comment(profile)
    if comment is not None:
        entry["comment"] = comment
    return entry


def _suite(model: Model, name: str, profile: Profile, cases: tuple[Case, ...]) -> list[Any]:
    files = sorted({model.object(n).source_file for n in model.closure(name)})
    return [
        {
            "description": f"{name} payloads under the {profile} profile"
            + (f" ({model.variant})" if model.variant else ""),
            "comment": f"generated from {', '.join(files)}; do not edit",
            "schema": bundle(model, name, profile),
            "tests": [_test(case, profile) for case in cases],
        }
    ]


def _plugin(model: Model) -> str:
    fixtures = []
    dependent: list[str] = []
    for view in views(model):
        if view.variant:
            dependent.extend(n for n in view.names if n not in dependent)
        for name in view.names:
            for profile in Profile:
                for valid in (True, False):
                    verdict = "valid" if valid else "invalid"
                    where = f"{view.name}_" if view.name else ""
                    scope = f" ({view.variant.title})" if view.variant else ""
                    arguments = [f'"{name}"', f'"{profile}"', f"valid={valid}"]
                    if view.name:
                        arguments.append(f'variant="{view.name}"')
                    fixtures.append(
                        {
                            "name": f"axm_{profile}_{verdict}_{where}{snake(name)}",
                            "params": wrap("params=cases", arguments, ",", collection=False),
                            "doc": f"Each {verdict} {name} payload of the {profile} suite{scope}.",
                        }
                    )
    names = [f["name"] for f in fixtures]
    return render(
        "fixtures_plugin.py.jinja",
        header="# generated from schema/ by axm-schema; do not edit",
        objects=model.names(),
        variants=tuple_assignment(
            "VARIANTS: tuple[str, ...]", [literal(v.name) for v in model.variants], indent=0
        ),
        variant_note=(
            f"Objects whose contract depends on the API variant ({', '.join(sorted(dependent))}) "
            "have one suite per variant; ask for them with ``variant=`` (one of "
            f"{', '.join(v.name for v in model.variants)}); other objects ignore it.\n\n"
            if dependent
            else ""
        ),
        variant_objects=tuple_assignment(
            "VARIANT_OBJECTS: tuple[str, ...]", [literal(n) for n in sorted(dependent)], indent=0
        ),
        fixtures=fixtures,
        exports=[
            "OBJECTS",
            "PROFILES",
            "VARIANTS",
            "VARIANT_OBJECTS",
            "FixtureCase",
            *sorted([*names, "cases", "suite_path"]),
        ],
    )


def build(model: Model) -> Plan:
    """Every suite (per API variant where the object depends on it), the suite format's schema,
    and the pytest plugin."""
    plan: dict[str, str] = {SUITE_FORMAT_PATH: dumps(suite_format()), PLUGIN_PATH: _plugin(model)}
    for view in views(model):
        for name in view.names:
            cases = cases_for(view.model, name)
            for profile in Profile:
                plan[suite_path(name, profile, view.name)] = dumps(
                    _suite(view.model, name, profile, cases)
                )
    return plan
