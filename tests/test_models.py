"""The generated pydantic models: behaviour against every fixture, round trips, rule ids in
errors, both profiles, code quality, and installation from the wheel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from axm_models import enums, lenient, rules, strict
from conftest import GENERATED, ROOT, apple_examples

FIXTURES = GENERATED / "fixtures"
PACKAGE = GENERATED / "python" / "axm_models"
GOLDEN_PYTHON = Path(__file__).parent / "golden" / "expected" / "python"
GOLDEN_FIXTURES = Path(__file__).parent / "golden" / "expected" / "fixtures"


def _rules(exc: ValidationError) -> set[str]:
    return {e["ctx"]["rule"] for e in exc.errors() if e.get("ctx")}


DIFFERENTIAL = """
import importlib, json, sys
from pathlib import Path
from pydantic import ValidationError
problems = []
for profile in ("strict", "lenient"):
    root = Path(sys.argv[1], profile)
    for path in sorted([*root.glob("*.json"), *root.glob("*/*.json")]):
        variant = path.parent.name if path.parent != root else None
        module = importlib.import_module(f"axm_models.{variant + '.' if variant else ''}{profile}")
        model = getattr(module, path.stem.replace(".", ""))
        for test in json.loads(path.read_text(encoding="utf-8"))[0]["tests"]:
            label = f"{profile} {path.stem}: {test['description']}"
            try:
                for parsed in (model.model_validate(test["data"]), model.model_validate_json(json.dumps(test["data"]))):
                    dumped = parsed.model_dump(mode="json", by_alias=True, exclude_unset=True)
                    if dumped != test["data"]:
                        problems.append(f"round trip: {label}: {dumped!r}")
                verdict = True
            except ValidationError as exc:
                verdict = False
                comment = test.get("comment", "")
                rules = {e["ctx"]["rule"] for e in exc.errors() if e.get("ctx")}
                if comment.startswith("breaks rule ") and comment.split()[2] not in rules:
                    problems.append(f"rule: {label}: {sorted(rules)}")
                if any(r is None for r in rules) or "[rule None]" in str(exc) or "[rule " not in str(exc):
                    problems.append(f"unmapped error: {label}: {exc}")
            if verdict is not test["valid"]:
                problems.append(f"verdict: {label}: model says {verdict}")
print("\\n".join(problems))
sys.exit(1 if problems else 0)
"""


@pytest.mark.parametrize(
    ("package", "fixtures"),
    [(GENERATED / "python", FIXTURES), (GOLDEN_PYTHON, GOLDEN_FIXTURES)],
    ids=["schema", "golden"],
)
def test_model_verdicts_rules_and_round_trips_match_every_fixture(
    package: Path, fixtures: Path
) -> None:
    # In a subprocess, so the golden package (also called axm_models) can be imported too.
    result = subprocess.run(
        [sys.executable, "-c", DIFFERENTIAL, str(fixtures)],
        env={**os.environ, "PYTHONPATH": str(package)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_apple_examples_parse_into_typed_values() -> None:
    for payload in apple_examples().values():
        response = strict.OrgDeviceActivityResponse.model_validate(payload)
        attrs = response.data.attributes
        assert attrs is not None
        assert isinstance(attrs.createdDateTime, datetime)
        assert attrs.createdDateTime.utcoffset() == timedelta(0)
        assert isinstance(attrs.status, enums.OrgDeviceActivityAttributesStatus)
        assert attrs.status.description
        assert response.links.self_ == payload["links"]["self"]
        dumped = response.model_dump(mode="json", by_alias=True, exclude_unset=True)
        assert dumped == payload
    completed = apple_examples()["apple-get-200-completed.json"]
    attrs = strict.OrgDeviceActivityResponse.model_validate(completed).data.attributes
    assert attrs is not None and attrs.completedDateTime == datetime(
        2025, 5, 1, 18, 22, 38, 894000, tzinfo=UTC
    )


def test_enums_are_str_enums_with_descriptions() -> None:
    status = enums.OrgDeviceActivityAttributesStatus
    assert issubclass(status, StrEnum)
    assert [m.value for m in status] == ["COMPLETED", "IN_PROGRESS", "STOPPED", "FAILED"]
    assert status.FAILED.description.startswith("Processing did not succeed")
    assert status("COMPLETED") is status.COMPLETED
    assert len(enums.OrgDeviceActivityAttributesSubStatus) == 10


def _attrs(**changes: Any) -> dict[str, Any]:
    base = {
        "createdDateTime": "2025-05-05T04:15:43.282Z",
        "status": "IN_PROGRESS",
        "subStatus": "SUBMITTED",
    }
    return {**base, **changes}


@pytest.mark.parametrize("text", ["1741944413", "2025-05-05 04:15:43Z", "2025-05-05T04:15:43+0200"])
@pytest.mark.parametrize("module", [strict, lenient], ids=["strict", "lenient"])
def test_date_times_pydantic_alone_would_accept_are_rejected(module: Any, text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        module.OrgDeviceActivityAttributes.model_validate(_attrs(createdDateTime=text))
    assert _rules(caught.value) == {"OrgDeviceActivity.Attributes.createdDateTime.format"}


def test_lenient_keeps_what_apple_may_add_and_strict_rejects_it() -> None:
    payload = _attrs(status="PAUSED", newAttribute={"x": 1}, completedDateTime=None)
    parsed = lenient.OrgDeviceActivityAttributes.model_validate(payload)
    assert parsed.status == "PAUSED" and not isinstance(
        parsed.status, enums.OrgDeviceActivityAttributesStatus
    )
    assert parsed.model_extra == {"newAttribute": {"x": 1}}
    assert parsed.model_dump(mode="json", by_alias=True, exclude_unset=True) == payload
    known = lenient.OrgDeviceActivityAttributes.model_validate(_attrs())
    assert known.status is enums.OrgDeviceActivityAttributesStatus.IN_PROGRESS
    with pytest.raises(ValidationError) as caught:
        strict.OrgDeviceActivityAttributes.model_validate(payload)
    assert _rules(caught.value) == {
        "OrgDeviceActivity.Attributes.status.enum",
        "OrgDeviceActivity.Attributes.unknown-property",
        "OrgDeviceActivity.Attributes.completedDateTime.not-null",
    }


def test_conditional_rule_error_names_its_rule_and_location() -> None:
    with pytest.raises(ValidationError) as caught:
        strict.OrgDeviceActivityAttributes.model_validate(
            _attrs(downloadUrl="https://example.com/log.csv")
        )
    (error,) = caught.value.errors()
    assert error["loc"] == ("downloadUrl",)
    assert error["ctx"]["rule"] == "OrgDeviceActivity.Attributes.downloadUrl.only-when-completed"
    assert "present only when `status` is `COMPLETED`" in error["msg"]
    # Lenient does not enforce it.
    lenient.OrgDeviceActivityAttributes.model_validate(
        _attrs(downloadUrl="https://example.com/log.csv")
    )


def test_nested_errors_carry_the_nested_objects_rules() -> None:
    payload = json.loads(json.dumps(apple_examples()["apple-post-201-in-progress.json"]))
    payload["data"]["attributes"]["subStatus"] = 7
    payload["links"]["extra"] = True
    with pytest.raises(ValidationError) as caught:
        strict.OrgDeviceActivityResponse.model_validate_json(json.dumps(payload))
    assert {(tuple(e["loc"]), e["ctx"]["rule"]) for e in caught.value.errors()} == {
        (("data", "attributes", "subStatus"), "OrgDeviceActivity.Attributes.subStatus.type"),
        (("links", "extra"), "DocumentLinks.unknown-property"),
    }


def test_models_are_immutable_and_built_from_python_values() -> None:
    created = datetime(2025, 5, 5, 6, 15, 43, 282000, tzinfo=timezone(timedelta(hours=2)))
    attrs = strict.OrgDeviceActivityAttributes(
        createdDateTime=created,
        status=enums.OrgDeviceActivityAttributesStatus.COMPLETED,
        subStatus=enums.OrgDeviceActivityAttributesSubStatus.COMPLETED_WITH_SUCCESS,
    )
    assert attrs.model_dump(mode="json", by_alias=True, exclude_unset=True) == {
        "createdDateTime": "2025-05-05T06:15:43.282+02:00",
        "status": "COMPLETED",
        "subStatus": "COMPLETED_WITH_SUCCESS",
    }
    with pytest.raises(ValidationError):
        attrs.status = enums.OrgDeviceActivityAttributesStatus.FAILED  # type: ignore[misc]
    with pytest.raises(ValidationError) as caught:
        strict.OrgDeviceActivityAttributes(
            createdDateTime=datetime(2025, 5, 5), status="COMPLETED", subStatus="SUBMITTED"
        )
    assert _rules(caught.value) == {"OrgDeviceActivity.Attributes.createdDateTime.format"}


def test_rules_module_lists_every_rule_with_its_requirement() -> None:
    from axm_models.school import rules as school_rules
    from axm_schema.loader import load
    from axm_schema.variants import dependent, for_variant

    model = load(ROOT / "schema")
    changed = dependent(model)
    shared = {r.id for r in model.rules if r.object not in changed}
    assert set(rules.RULES) == shared
    assert {r.id for r in model.rules if r.strict_only() and r.id in shared} == rules.STRICT_ONLY
    # A variant's table is complete, with its own wording where the variant differs.
    school = for_variant(model, "school")
    assert dict(school_rules.RULES) == {r.id: r.requirement for r in school.rules}
    enum = "OrgDeviceActivityCreateRequest.Data.Attributes.activityType.enum"
    assert "RELEASE_DEVICES" not in school_rules.RULES[enum]


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", str(PACKAGE)],
        ["ruff", "format", "--check", str(PACKAGE)],
        ["mypy", "--strict", str(PACKAGE)],
    ],
    ids=["ruff-check", "ruff-format", "mypy-strict"],
)
def test_generated_code_passes_ruff_and_mypy(command: list[str]) -> None:
    tool = Path(sys.executable).parent / command[0]
    result = subprocess.run(
        [str(tool), *command[1:]], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pip_install_in_a_fresh_virtualenv_then_import(tmp_path: Path, built_wheel: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            str(built_wheel),
        ],
        check=True,
    )
    script = (
        "import axm_models, json, sys\n"
        "from axm_models.strict import OrgDeviceActivityResponse\n"
        "payload = json.load(open(sys.argv[1]))\n"
        "r = OrgDeviceActivityResponse.model_validate(payload)\n"
        "print(axm_models.__file__, r.data.attributes.status.description)\n"
    )
    example = ROOT / "schema/examples/OrgDeviceActivityResponse/apple-get-200-completed.json"
    result = subprocess.run(
        [str(python), "-c", script, str(example)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert str(env_dir) in result.stdout and "Processing has finished." in result.stdout
    assert (Path(result.stdout.split()[0]).parent / "py.typed").is_file()
    cli = env_dir / "bin" / "axm-schema"
    checked = subprocess.run(
        [str(cli), "validate", str(example.parent)], capture_output=True, text=True, cwd=tmp_path
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout == "2 valid, 0 invalid, 0 warnings\n"


REQUEST = json.loads(
    (
        ROOT
        / "schema"
        / "examples"
        / "OrgDeviceActivityCreateRequest"
        / "apple-post-assign-devices.json"
    ).read_text(encoding="utf-8")
)


def test_create_request_models_per_variant_share_the_unchanged_objects() -> None:
    from axm_models import business, school

    for variant in (business, school):
        request = variant.strict.OrgDeviceActivityCreateRequest.model_validate(REQUEST)
        assert request.data.attributes.activityType == "ASSIGN_DEVICES"
        assert isinstance(
            request.data.relationships, strict.OrgDeviceActivityCreateRequestDataRelationships
        )
        dumped = request.model_dump(mode="json", by_alias=True, exclude_unset=True)
        assert dumped == REQUEST
    assert (
        "RELEASE_DEVICES"
        in business.enums.OrgDeviceActivityCreateRequestDataAttributesActivityType.__members__
    )
    assert (
        "RELEASE_DEVICES"
        not in school.enums.OrgDeviceActivityCreateRequestDataAttributesActivityType.__members__
    )
    assert not hasattr(strict, "OrgDeviceActivityCreateRequest")  # it depends on the variant


def test_variant_models_accept_only_their_activity_types() -> None:
    from axm_models import business, school

    release = json.loads(json.dumps(REQUEST))
    release["data"]["attributes"]["activityType"] = "RELEASE_DEVICES"
    del release["data"]["relationships"]["mdmServer"]
    business.strict.OrgDeviceActivityCreateRequest.model_validate(release)
    with pytest.raises(ValidationError) as caught:
        school.strict.OrgDeviceActivityCreateRequest.model_validate(release)
    assert _rules(caught.value) == {
        "OrgDeviceActivityCreateRequest.Data.Attributes.activityType.enum"
    }
    kept = school.lenient.OrgDeviceActivityCreateRequest.model_validate(release)
    assert kept.data.attributes.activityType == "RELEASE_DEVICES"


def test_cross_object_rule_errors_name_the_rule_and_the_missing_member() -> None:
    from axm_models import business

    model = business.strict.OrgDeviceActivityCreateRequest
    missing = json.loads(json.dumps(REQUEST))
    del missing["data"]["relationships"]["mdmServer"]
    with pytest.raises(ValidationError) as caught:
        model.model_validate(missing)
    (error,) = caught.value.errors()
    rule = "OrgDeviceActivityCreateRequest.Data.relationships.mdmServer.required-to-assign"
    assert error["loc"] == ("data", "relationships", "mdmServer")
    assert error["ctx"]["rule"] == rule and f"[rule {rule}]" in str(caught.value)
    with pytest.raises(ValidationError):
        model.model_validate_json(json.dumps(missing))
    missing["data"]["attributes"]["activityType"] = "UNASSIGN_DEVICES"
    model.model_validate(missing)  # undocumented combinations stay allowed
    business.lenient.OrgDeviceActivityCreateRequest.model_validate(missing)
    deadline = json.loads(json.dumps(REQUEST))
    deadline["data"]["attributes"]["activityType"] = "UPDATE_MDM_MIGRATION_DEADLINE"
    with pytest.raises(ValidationError) as caught:
        model.model_validate(deadline)
    assert _rules(caught.value) == {
        "OrgDeviceActivityCreateRequest.Data.Attributes.activityTypeMetadata.required-for-deadline"
    }
    deadline["data"]["attributes"]["activityTypeMetadata"] = {
        "mdmMigrationDeadlineDateTime": "2025-06-01T00:00:00Z"
    }
    parsed = model.model_validate(deadline)
    metadata = parsed.data.attributes.activityTypeMetadata
    assert metadata is not None
    assert metadata.mdmMigrationDeadlineDateTime == datetime(2025, 6, 1, tzinfo=UTC)
