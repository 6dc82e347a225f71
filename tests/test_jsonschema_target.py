"""The JSON Schema target: golden output, meta-schema validity, and behaviour of both profiles."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from axm_schema.loader import load
from axm_schema.model import Model
from axm_schema.targets import json_schema
from conftest import GENERATED, apple_examples

GOLDEN = Path(__file__).parent / "golden"
FORMAT_CHECKER = Draft202012Validator.FORMAT_CHECKER


def _bundle(name: str, profile: str) -> dict[str, Any]:
    path = GENERATED / "jsonschema" / profile / f"{name}.schema.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _errors(name: str, profile: str, payload: Any) -> list[str]:
    validator = Draft202012Validator(_bundle(name, profile), format_checker=FORMAT_CHECKER)
    return sorted(e.message for e in validator.iter_errors(payload))


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


VARIANT_OBJECTS = (
    "OrgDeviceActivityCreateRequest",
    "OrgDeviceActivityCreateRequest.Data",
    "OrgDeviceActivityCreateRequest.Data.Attributes",
)


def test_a_bundle_per_object_and_profile_and_per_variant_where_it_matters(model: Model) -> None:
    plan = json_schema.build(model)
    shared = [n for n in model.names() if n not in VARIANT_OBJECTS]
    assert sorted(plan) == sorted(
        [f"jsonschema/{p}/{n}.schema.json" for n in shared for p in ("strict", "lenient")]
        + [
            f"jsonschema/{p}/{v}/{n}.schema.json"
            for n in VARIANT_OBJECTS
            for p in ("strict", "lenient")
            for v in ("business", "school")
        ]
    )


def test_variant_bundles_differ_only_in_the_variant_values() -> None:
    name = "OrgDeviceActivityCreateRequest.Data.Attributes"
    business = _bundle(f"business/{name}", "strict")["$defs"][name]["properties"]["activityType"]
    school = _bundle(f"school/{name}", "strict")["$defs"][name]["properties"]["activityType"]
    assert business["enum"] == [*school["enum"], "RELEASE_DEVICES"]
    request = "OrgDeviceActivityCreateRequest"
    release = {
        "data": {
            "type": "orgDeviceActivities",
            "attributes": {"activityType": "RELEASE_DEVICES"},
            "relationships": {"devices": {"data": [{"type": "orgDevices", "id": "X1"}]}},
        }
    }
    assert _errors(f"business/{request}", "strict", release) == []
    assert _errors(f"school/{request}", "strict", release) != []
    assert _errors(f"school/{request}", "lenient", release) == []


def test_cross_object_rule_is_an_if_then_with_its_rule_id() -> None:
    request = "OrgDeviceActivityCreateRequest"
    assign = copy.deepcopy(apple_examples_request())
    assert _errors(f"business/{request}", "strict", assign) == []
    del assign["data"]["relationships"]["mdmServer"]
    (message,) = _errors(f"business/{request}", "strict", assign)
    assert "'mdmServer' is a required property" in message
    assign["data"]["attributes"]["activityType"] = "UNASSIGN_DEVICES"
    assert _errors(f"business/{request}", "strict", assign) == []  # the tolerant reading
    data = _bundle(f"business/{request}", "strict")["$defs"][f"{request}.Data"]
    (rule,) = data["allOf"]
    assert rule["x-rule-id"] == f"{request}.Data.relationships.mdmServer.required-to-assign"
    assert rule["then"] == {"properties": {"relationships": {"required": ["mdmServer"]}}}


def apple_examples_request() -> dict[str, Any]:
    path = GENERATED.parent / "schema" / "examples" / "OrgDeviceActivityCreateRequest"
    data: dict[str, Any] = json.loads(
        (path / "apple-post-assign-devices.json").read_text(encoding="utf-8")
    )
    return data


BUNDLES = sorted(
    [*GENERATED.glob("jsonschema/*/*.schema.json"), *GENERATED.glob("jsonschema/*/*/*.schema.json")]
)


@pytest.mark.parametrize("path", BUNDLES, ids=str)
def test_bundles_are_valid_self_contained_2020_12_schemas(path: Path) -> None:
    bundle = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(bundle)
    assert bundle["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    scope = ":".join(path.relative_to(GENERATED / "jsonschema").parent.parts)
    assert bundle["$id"] == f"urn:axm-schema:{scope}:{path.name[: -len('.schema.json')]}"
    for ref in _refs(bundle):
        assert ref.startswith("#/$defs/"), ref
        assert ref[len("#/$defs/") :] in bundle["$defs"], ref
    assert "do not edit" in bundle["$comment"]


def test_format_checking_is_really_on() -> None:
    # The format extras must be installed, or jsonschema silently skips these formats.
    for fmt in ("date-time", "uri", "uri-reference"):
        assert fmt in FORMAT_CHECKER.checkers, (
            f"{fmt} is not checked: install jsonschema[format-nongpl]"
        )
    attrs = {
        "createdDateTime": "2025-05-01 18:22:27",
        "status": "COMPLETED",
        "subStatus": "PENDING",
    }
    assert _errors("OrgDeviceActivity.Attributes", "strict", attrs) == [
        "'2025-05-01 18:22:27' is not a 'date-time'"
    ]


@pytest.mark.parametrize("profile", ["strict", "lenient"])
@pytest.mark.parametrize("example", sorted(apple_examples()))
def test_apple_examples_are_valid_under_both_profiles(example: str, profile: str) -> None:
    payload = apple_examples()[example]
    assert _errors("OrgDeviceActivityResponse", profile, payload) == []
    assert _errors("OrgDeviceActivity", profile, payload["data"]) == []
    assert _errors("OrgDeviceActivity.Attributes", profile, payload["data"]["attributes"]) == []


def _attrs(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = copy.deepcopy(
        apple_examples()["apple-post-201-in-progress.json"]["data"]["attributes"]
    )
    for key, value in changes.items():
        if value is ...:
            base.pop(key, None)
        else:
            base[key] = value
    return base


STRICT_ONLY = {
    "unknown property": _attrs(activityType="ASSIGN_DEVICES"),
    "unknown status value": _attrs(status="PAUSED"),
    "unknown subStatus value": _attrs(subStatus="QUEUED"),
    "null optional property": _attrs(completedDateTime=None),
    "downloadUrl while in progress": _attrs(downloadUrl="https://example.com/log.csv"),
    "completedDateTime while failed": _attrs(
        status="FAILED", completedDateTime="2025-05-05T04:20:00Z"
    ),
}

BOTH = {
    "missing required status": _attrs(status=...),
    "null required status": _attrs(status=None),
    "date-time without time zone": _attrs(createdDateTime="2025-05-05T04:15:43"),
    "February 30": _attrs(createdDateTime="2025-02-30T04:15:43Z"),
    "uri with a space": _attrs(status="COMPLETED", downloadUrl="https://example.com/a log.csv"),
    "wrong type": _attrs(status=3),
}


@pytest.mark.parametrize("case", sorted(STRICT_ONLY))
def test_strict_rejects_what_lenient_accepts(case: str) -> None:
    payload = STRICT_ONLY[case]
    assert _errors("OrgDeviceActivity.Attributes", "strict", payload) != []
    assert _errors("OrgDeviceActivity.Attributes", "lenient", payload) == []


@pytest.mark.parametrize("case", sorted(BOTH))
def test_both_profiles_reject_malformed_values(case: str) -> None:
    payload = BOTH[case]
    assert _errors("OrgDeviceActivity.Attributes", "strict", payload) != []
    assert _errors("OrgDeviceActivity.Attributes", "lenient", payload) != []


def test_conditional_rule_carries_its_rule_id_and_allows_completed() -> None:
    bundle = _bundle("OrgDeviceActivity.Attributes", "strict")
    rules = bundle["$defs"]["OrgDeviceActivity.Attributes"]["allOf"]
    assert [r["x-rule-id"] for r in rules] == [
        "OrgDeviceActivity.Attributes.completedDateTime.only-when-completed",
        "OrgDeviceActivity.Attributes.downloadUrl.only-when-completed",
    ]
    done = _attrs(status="COMPLETED", downloadUrl="https://example.com/x.csv")
    assert _errors("OrgDeviceActivity.Attributes", "strict", done) == []
    # Without `status` (a sparse fieldset) the rule cannot be judged and is not applied.
    sparse = {"downloadUrl": "https://example.com/x.csv"}
    assert _errors("OrgDeviceActivity.Attributes", "strict", sparse) == [
        "'createdDateTime' is a required property",
        "'status' is a required property",
        "'subStatus' is a required property",
    ]


def test_lenient_is_derived_not_written_twice(model: Model) -> None:
    strict = _bundle("OrgDeviceActivity.Attributes", "strict")["$defs"]
    lenient = _bundle("OrgDeviceActivity.Attributes", "lenient")["$defs"]
    s, n = strict["OrgDeviceActivity.Attributes"], lenient["OrgDeviceActivity.Attributes"]
    assert s["additionalProperties"] is False and "additionalProperties" not in n
    assert "allOf" in s and "allOf" not in n
    assert "enum" in s["properties"]["status"] and "enum" not in n["properties"]["status"]
    assert n["properties"]["downloadUrl"] == {
        **s["properties"]["downloadUrl"],
        "type": ["string", "null"],
    }
    assert n["properties"]["createdDateTime"] == s["properties"]["createdDateTime"]


def test_lenient_accepts_null_for_an_optional_constant() -> None:
    model = load(GOLDEN / "schema")
    plan = json_schema.build(model)
    lenient = json.loads(plan["jsonschema/lenient/Widget.schema.json"])
    strict = json.loads(plan["jsonschema/strict/Widget.schema.json"])
    widget = {"kind": "widgets", "parts": [{"id": "p1"}], "state": "BUSY", "version": None}
    checker = {"format_checker": FORMAT_CHECKER}
    assert list(Draft202012Validator(lenient, **checker).iter_errors(widget)) == []
    assert list(Draft202012Validator(strict, **checker).iter_errors(widget)) != []
    widget["version"] = 3
    assert list(Draft202012Validator(lenient, **checker).iter_errors(widget)) != []
