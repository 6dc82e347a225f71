"""The fixture suites: format, coverage, labels checked by two independent validators, and the
pytest plugin used the way a user would."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from jsonschema import Draft202012Validator

from axm_schema.loader import load
from axm_schema.model import Model, Profile, ScalarType
from axm_schema.targets import build_all
from axm_schema.targets.fixtures import suite_path as fixture_path
from axm_schema.variants import views
from conftest import GENERATED, ROOT, apple_examples

FIXTURES = GENERATED / "fixtures"
GOLDEN_FIXTURES = Path(__file__).parent / "golden" / "expected" / "fixtures"
# strict/<Object>.json, and strict/<variant>/<Object>.json for objects that depend on the variant.
SUITES = sorted(
    p
    for root in (FIXTURES, GOLDEN_FIXTURES)
    for p in [*root.glob("*/*.json"), *root.glob("*/*/*.json")]
)
BREAKS = re.compile(r"^breaks rule (?P<rule>\S+) at (?P<path>\$\S*)")

# python-jsonschema's format checkers (rfc3339-validator, rfc3986-validator) match with a regex
# ending in `$`, which also matches before a trailing newline: they accept "...Z\n". RFC 3339 and
# RFC 3986 do not allow a newline, and jsonschema-rs rejects it. Known wrong verdicts of
# python-jsonschema, by the description of the case:
PYTHON_JSONSCHEMA_WRONG = ("followed by a newline",)


def _suite(path: Path) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _tests(path: Path) -> Iterator[dict[str, Any]]:
    for group in _suite(path):
        yield from group["tests"]


def _id(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", SUITES, ids=_id)
def test_suites_follow_the_test_suite_format(path: Path) -> None:
    format_schema = json.loads((FIXTURES / "test-suite.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(format_schema)
    Draft202012Validator(format_schema).validate(_suite(path))
    for group in _suite(path):
        assert set(group) <= {"description", "comment", "schema", "tests"}
        for test in group["tests"]:
            assert set(test) <= {"description", "comment", "data", "valid"}


def test_each_suite_schema_is_the_matching_bundle() -> None:
    suites = [p for p in SUITES if p.is_relative_to(FIXTURES)]
    assert any(len(p.relative_to(FIXTURES).parts) == 3 for p in suites)  # variant suites too
    for path in suites:
        where = path.relative_to(FIXTURES).with_suffix(".schema.json")
        bundle = GENERATED / "jsonschema" / where
        assert _suite(path)[0]["schema"] == json.loads(bundle.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", SUITES, ids=_id)
def test_python_jsonschema_and_jsonschema_rs_agree_with_every_label(path: Path) -> None:
    for group in _suite(path):
        python = Draft202012Validator(
            group["schema"], format_checker=Draft202012Validator.FORMAT_CHECKER
        )
        rust = jsonschema_rs.validator_for(group["schema"], validate_formats=True)
        for test in group["tests"]:
            label = f"{path.name}: {test['description']}"
            assert rust.is_valid(test["data"]) is test["valid"], label
            known_wrong = any(k in test["description"] for k in PYTHON_JSONSCHEMA_WRONG)
            assert python.is_valid(test["data"]) is (test["valid"] != known_wrong), label


def test_python_jsonschema_known_wrong_verdicts_are_still_wrong() -> None:
    # If python-jsonschema fixes its trailing-newline bug, this fails: drop PYTHON_JSONSCHEMA_WRONG.
    checker = Draft202012Validator.FORMAT_CHECKER
    assert checker.conforms("2025-05-01T18:22:27Z\n", "date-time")
    assert checker.conforms("https://example.com/log.csv\n", "uri")


@pytest.mark.parametrize("path", SUITES, ids=_id)
def test_each_invalid_case_breaks_only_its_rule(path: Path) -> None:
    for group in _suite(path):
        validator = Draft202012Validator(
            group["schema"], format_checker=Draft202012Validator.FORMAT_CHECKER
        )
        for test in group["tests"]:
            match = BREAKS.match(test.get("comment", ""))
            if test["valid"] or any(k in test["description"] for k in PYTHON_JSONSCHEMA_WRONG):
                continue
            assert match, f"invalid case without 'breaks rule … at …': {test['description']}"
            errors = list(validator.iter_errors(test["data"]))
            assert errors, test["description"]
            for error in errors:
                # Every error is at the offending value, or at the object that holds it.
                assert match["path"].startswith(error.json_path), (test["description"], error)


@pytest.mark.parametrize("source", ["schema", "tests/golden/schema"])
def test_every_rule_id_has_an_invalid_fixture_in_its_own_suite(source: str) -> None:
    model = load(ROOT / source)
    plan = build_all(model)
    checked = 0
    for view in views(model):
        for rule in view.model.rules:
            if rule.object not in view.names:
                continue
            suite = json.loads(plan[fixture_path(rule.object, Profile.STRICT, view.name)])
            hits = [
                t
                for t in suite[0]["tests"]
                if not t["valid"]
                and (m := BREAKS.match(t.get("comment", "")))
                and m["rule"] == rule.id
            ]
            assert hits, f"no invalid fixture breaks {rule.id} ({view.name or 'shared'})"
            checked += 1
            for hit in hits:
                assert hit["description"].strip()
    assert checked >= len(model.rules)


def test_lenient_suites_hold_the_same_data_with_strict_only_violations_valid(
    model: Model,
) -> None:
    for view in views(model):
        for name in view.names:
            path = fixture_path(name, Profile.STRICT, view.name).removeprefix("fixtures/")
            strict = _suite(FIXTURES / path)[0]["tests"]
            lenient = _suite(FIXTURES / path.replace("strict/", "lenient/", 1))[0]["tests"]
            assert [t["data"] for t in strict] == [t["data"] for t in lenient]
            assert [t["description"] for t in strict] == [t["description"] for t in lenient]
            for s, n in zip(strict, lenient, strict=True):
                match = BREAKS.match(s.get("comment", ""))
                strict_only = bool(match) and model.rule(match["rule"]).strict_only()
                assert n["valid"] is (s["valid"] or strict_only), s["description"]


def _variant_tests(variant: str, name: str) -> list[dict[str, Any]]:
    return list(_tests(FIXTURES / "strict" / variant / f"{name}.json"))


def test_variant_suites_differ_exactly_where_the_variants_do() -> None:
    attrs = "OrgDeviceActivityCreateRequest.Data.Attributes"
    business = {
        t["data"].get("activityType"): t
        for t in _variant_tests("business", attrs)
        if isinstance(t["data"], dict) and t["valid"]
    }
    school = {
        t["data"].get("activityType"): t
        for t in _variant_tests("school", attrs)
        if isinstance(t["data"], dict) and t["valid"]
    }
    assert business["RELEASE_DEVICES"]["valid"] is True
    assert "RELEASE_DEVICES" not in school  # School has no such value, so no valid case shows it
    school_enum = [
        t for t in _variant_tests("school", attrs) if "activityType.enum" in t.get("comment", "")
    ]
    assert school_enum and all(not t["valid"] for t in school_enum)
    # The request's own objects that no variant changes have one shared suite.
    assert (FIXTURES / "strict" / "ActivityTypeMetadata.json").is_file()
    assert not (FIXTURES / "strict" / "business" / "ActivityTypeMetadata.json").exists()
    assert not (FIXTURES / "strict" / f"{attrs}.json").exists()


def test_conditional_rules_of_the_create_request_are_covered_both_ways() -> None:
    request = "OrgDeviceActivityCreateRequest"
    for variant in ("business", "school"):
        tests = _variant_tests(variant, request)
        mdm = "OrgDeviceActivityCreateRequest.Data.relationships.mdmServer.required-to-assign"
        broken = {
            t["data"]["data"]["attributes"]["activityType"]
            for t in tests
            if mdm in t.get("comment", "") and not t["valid"]
        }
        assert broken == {"ASSIGN_DEVICES", "ASSIGN_DEVICES_WITH_MDM_MIGRATION_DEADLINE"}
        allowed = {
            t["data"]["data"]["attributes"]["activityType"]
            for t in tests
            if t["valid"] and "mdmServer" not in t["data"]["data"]["relationships"]
        }
        undocumented = {"UNASSIGN_DEVICES", "UPDATE_MDM_MIGRATION_DEADLINE", "CANCEL_MDM_MIGRATION"}
        expected = undocumented | ({"RELEASE_DEVICES"} if variant == "business" else set())
        assert allowed == expected, variant
        metadata = (
            "OrgDeviceActivityCreateRequest.Data.Attributes.activityTypeMetadata"
            ".required-for-deadline"
        )
        assert any(metadata in t.get("comment", "") and not t["valid"] for t in tests)


def _valid_attributes(model: Model) -> list[dict[str, Any]]:
    return [
        t["data"]
        for t in _tests(FIXTURES / "strict" / "OrgDeviceActivity.Attributes.json")
        if t["valid"]
    ]


def test_valid_cases_cover_every_enum_value_and_every_optional_property(model: Model) -> None:
    valid = _valid_attributes(model)
    attrs = model.object("OrgDeviceActivity.Attributes")
    for prop in attrs.properties:
        if isinstance(prop.type, ScalarType) and prop.type.enum:
            assert {v.value for v in prop.type.enum} == {d[prop.name] for d in valid}
        if not prop.required:
            assert any(prop.name in d for d in valid) and any(prop.name not in d for d in valid)


def test_valid_date_times_cover_fractions_and_offsets(model: Model) -> None:
    values = {d["createdDateTime"] for d in _valid_attributes(model)}
    assert any(re.search(r"\.\d+Z$", v) for v in values)
    assert any(re.search(r":\d\dZ$", v) for v in values)
    assert any(re.search(r"[+-]\d\d:\d\d$", v) for v in values)
    assert any(re.search(r"\.\d+[+-]\d\d:\d\d$", v) for v in values)


def test_apple_examples_are_valid_cases() -> None:
    valid = [
        t["data"]
        for t in _tests(FIXTURES / "strict" / "OrgDeviceActivityResponse.json")
        if t["valid"]
    ]
    attrs = _valid_attributes_from_suite()
    for example in apple_examples().values():
        assert example in valid
        assert example["data"]["attributes"] in attrs


def _valid_attributes_from_suite() -> list[Any]:
    path = FIXTURES / "strict" / "OrgDeviceActivity.Attributes.json"
    return [t["data"] for t in _tests(path) if t["valid"]]


def test_tricky_invalid_formats_and_conditional_rule_per_status_are_present() -> None:
    tests = list(_tests(FIXTURES / "strict" / "OrgDeviceActivity.Attributes.json"))
    invalid = {json.dumps(t["data"], ensure_ascii=False) for t in tests if not t["valid"]}
    blob = "\n".join(invalid)
    for needle in (
        '"2025-05-01T18:22:27"',  # no time zone
        '"2025-05-01 18:22:27Z"',  # space instead of T
        '"2025-02-30T18:22:27Z"',  # February 30
        '"https://example.com/activity log.csv"',  # space in a URI
        '"https://bücher.example/log.csv"',  # non-ASCII host
        '"status": null',
        '"status": 42',
        '"unexpectedProperty": "surprise"',
        '"status": "NOT_A_DOCUMENTED_VALUE"',
    ):
        assert needle in blob, needle
    broken = {
        (m["rule"], t["data"]["status"])
        for t in tests
        if not t["valid"] and (m := BREAKS.match(t.get("comment", ""))) and "only-when" in m["rule"]
    }
    for field in ("completedDateTime", "downloadUrl"):
        rule = f"OrgDeviceActivity.Attributes.{field}.only-when-completed"
        assert {s for r, s in broken if r == rule} == {"IN_PROGRESS", "STOPPED", "FAILED"}


def test_the_plugin_imports_from_generated_in_a_checkout() -> None:
    import axm_fixtures

    assert Path(axm_fixtures.__file__).is_relative_to(GENERATED)
    cases = axm_fixtures.cases("OrgDeviceActivity.Attributes", "strict", valid=False)
    assert cases and all(c.rule and c.path and not c.valid for c in cases)
    with pytest.raises(KeyError, match="objects: ActivityTypeMetadata, DocumentLinks"):
        axm_fixtures.suite_path("Nope", "strict")
    request = "OrgDeviceActivityCreateRequest"
    with pytest.raises(KeyError, match="depends on the API variant; pass variant= one of"):
        axm_fixtures.cases(request, "strict")
    school = axm_fixtures.cases(request, "strict", variant="school")
    assert school and all(c.variant == "school" for c in school)
    assert axm_fixtures.cases("ErrorResponse", "strict", variant="school")[0].variant is None


USER_CONFTEST = 'pytest_plugins = ["axm_fixtures"]\n'
USER_TEST = """
import axm_fixtures


def test_installed_from_the_wheel():
    assert "site" in axm_fixtures.__file__


def test_accepts_valid(axm_strict_valid_org_device_activity_response):
    case = axm_strict_valid_org_device_activity_response
    assert case.valid and case.rule is None
    assert case.data["data"]["type"] == "orgDeviceActivities"


def test_rejects_invalid(axm_strict_invalid_org_device_activity_attributes):
    case = axm_strict_invalid_org_device_activity_attributes
    assert not case.valid and case.rule.startswith("OrgDeviceActivity.")
    assert case.path.startswith("$")
    if isinstance(case.data, dict):
        case.data.clear()  # each test gets its own copy of the payload


def test_lenient_strict_only(axm_lenient_valid_org_device_activity_attributes):
    case = axm_lenient_valid_org_device_activity_attributes
    assert case.valid and case.data  # not emptied by test_rejects_invalid


def test_school_request(axm_strict_invalid_school_org_device_activity_create_request):
    case = axm_strict_invalid_school_org_device_activity_create_request
    assert case.variant == "school" and not case.valid
"""


def test_plugin_works_from_an_installed_wheel(tmp_path: Path, built_wheel: Path) -> None:
    site, project = tmp_path / "site", tmp_path / "project"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "install", "--no-deps", "--target", str(site), str(built_wheel)], check=True
    )
    assert (site / "axm_fixtures" / "strict" / "OrgDeviceActivityResponse.json").is_file()
    assert (
        site / "axm_fixtures" / "strict" / "school" / "OrgDeviceActivityCreateRequest.json"
    ).is_file()
    project.mkdir()
    (project / "conftest.py").write_text(USER_CONFTEST)
    (project / "test_user.py").write_text(USER_TEST)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(project)],
        cwd=project,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    import axm_fixtures

    expected = (
        1
        + len(axm_fixtures.cases("OrgDeviceActivityResponse", "strict", valid=True))
        + len(axm_fixtures.cases("OrgDeviceActivity.Attributes", "strict", valid=False))
        + len(axm_fixtures.cases("OrgDeviceActivity.Attributes", "lenient", valid=True))
        + len(
            axm_fixtures.cases(
                "OrgDeviceActivityCreateRequest", "strict", valid=False, variant="school"
            )
        )
    )
    assert f"{expected} passed" in result.stdout
