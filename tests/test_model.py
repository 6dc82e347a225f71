"""The resolved model of the real source of truth."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from axm_schema.model import Model, Profile, RefType, RuleKind, ScalarType
from conftest import ROOT


def test_objects_and_their_properties(model: Model) -> None:
    assert model.names() == (
        "ActivityTypeMetadata",
        "DocumentLinks",
        "ErrorResponse",
        "ErrorResponse.Error",
        "ErrorResponse.Error.Source",
        "OrgDeviceActivity",
        "OrgDeviceActivity.Attributes",
        "OrgDeviceActivityCreateRequest",
        "OrgDeviceActivityCreateRequest.Data",
        "OrgDeviceActivityCreateRequest.Data.Attributes",
        "OrgDeviceActivityCreateRequest.Data.Relationships",
        "OrgDeviceActivityCreateRequest.Data.Relationships.Devices",
        "OrgDeviceActivityCreateRequest.Data.Relationships.Devices.Data",
        "OrgDeviceActivityCreateRequest.Data.Relationships.MdmServer",
        "OrgDeviceActivityCreateRequest.Data.Relationships.MdmServer.Data",
        "OrgDeviceActivityResponse",
        "ResourceLinks",
    )
    attrs = model.object("OrgDeviceActivity.Attributes")
    assert [p.name for p in attrs.properties] == [
        "createdDateTime",
        "status",
        "subStatus",
        "completedDateTime",
        "downloadUrl",
    ]
    assert {p.name for p in attrs.properties if p.required} == {
        "createdDateTime",
        "status",
        "subStatus",
    }
    assert attrs.property("downloadUrl").type == ScalarType("string", "uri")
    assert attrs.property("completedDateTime").type == ScalarType("string", "date-time")
    assert model.object("OrgDeviceActivity").property("attributes").type == RefType(
        "OrgDeviceActivity.Attributes"
    )


def test_every_enum_value_has_a_description(model: Model) -> None:
    attrs = model.object("OrgDeviceActivity.Attributes")
    status = attrs.property("status").type
    sub = attrs.property("subStatus").type
    assert isinstance(status, ScalarType) and isinstance(sub, ScalarType)
    assert [v.value for v in status.enum] == ["COMPLETED", "IN_PROGRESS", "STOPPED", "FAILED"]
    assert len(sub.enum) == 10
    assert all(v.description.strip() for v in (*status.enum, *sub.enum))


def test_links_use_uri_reference(model: Model) -> None:
    for name in ("ResourceLinks", "DocumentLinks"):
        assert model.object(name).property("self").type == ScalarType("string", "uri-reference")
    assert model.object("DocumentLinks").property("self").required
    assert not model.object("ResourceLinks").property("self").required


def test_rule_ids_are_unique_sorted_and_cover_every_constraint(model: Model) -> None:
    ids = [r.id for r in model.rules]
    assert ids == sorted(set(ids))
    expected = {
        "OrgDeviceActivity.Attributes.downloadUrl.only-when-completed",
        "OrgDeviceActivity.Attributes.completedDateTime.only-when-completed",
        "OrgDeviceActivity.Attributes.status.enum",
        "OrgDeviceActivity.Attributes.status.required",
        "OrgDeviceActivity.Attributes.createdDateTime.format",
        "OrgDeviceActivity.Attributes.downloadUrl.not-null",
        "OrgDeviceActivity.Attributes.unknown-property",
        "OrgDeviceActivity.type.const",
        "OrgDeviceActivityResponse.links.required",
        "DocumentLinks.self.format",
    }
    assert expected <= set(ids)


def test_conditional_rules_are_strict_only(model: Model) -> None:
    rule = model.rule("OrgDeviceActivity.Attributes.downloadUrl.only-when-completed")
    assert rule.kind is RuleKind.PRESENT_ONLY_WHEN
    assert rule.profiles == (Profile.STRICT,)
    assert rule.strict_only()
    assert not model.rule("OrgDeviceActivity.Attributes.createdDateTime.format").strict_only()
    attrs = model.object("OrgDeviceActivity.Attributes")
    (first, second) = attrs.conditional_rules
    assert first.condition.property == "status" and first.condition.values == ("COMPLETED",)
    assert second.property == "downloadUrl"


def test_closure_and_referrers(model: Model) -> None:
    assert model.closure("OrgDeviceActivityResponse") == (
        "DocumentLinks",
        "OrgDeviceActivity",
        "OrgDeviceActivity.Attributes",
        "OrgDeviceActivityResponse",
        "ResourceLinks",
    )
    assert model.referrers("OrgDeviceActivity") == ("OrgDeviceActivityResponse",)


def test_model_is_immutable(model: Model) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        model.objects[0].name = "Other"  # type: ignore[misc]


def test_locations_point_into_the_source(model: Model) -> None:
    attrs = model.object("OrgDeviceActivity.Attributes")
    assert attrs.source_file == "schema/org-device-activity.yaml"
    loc = attrs.property("downloadUrl").location
    line = (
        (ROOT / "schema/org-device-activity.yaml")
        .read_text(encoding="utf-8")
        .splitlines()[loc.line - 1]
    )
    assert line[loc.column - 1 :].startswith("downloadUrl:")


def test_examples_are_apples_own_payloads(model: Model) -> None:
    shared = ROOT.parent / "shared" / "examples"
    ours = ROOT / "schema" / "examples" / "OrgDeviceActivityResponse"
    names = sorted(p.name for p in shared.glob("*.json"))
    assert names and names == sorted(p.name for p in ours.glob("*.json"))
    for name in names:
        assert (ours / name).read_bytes() == (shared / name).read_bytes()
    assert [e.name for e in model.examples_of("OrgDeviceActivityResponse")] == names


def test_variants_come_from_one_source(model: Model) -> None:
    from axm_schema.variants import dependent, for_variant, views

    assert [(v.name, v.host) for v in model.variants] == [
        ("business", "api-business.apple.com"),
        ("school", "api-school.apple.com"),
    ]
    attrs = "OrgDeviceActivityCreateRequest.Data.Attributes"
    kind = model.object(attrs).property("activityType").type
    assert isinstance(kind, ScalarType)
    (release,) = [v for v in kind.enum if v.variants]
    assert (release.value, release.variants) == ("RELEASE_DEVICES", ("business",))
    assert dependent(model) == {
        "OrgDeviceActivityCreateRequest",
        "OrgDeviceActivityCreateRequest.Data",
        attrs,
    }
    school = for_variant(model, "school")
    school_kind = school.object(attrs).property("activityType").type
    assert isinstance(school_kind, ScalarType) and "RELEASE_DEVICES" not in {
        v.value for v in school_kind.enum
    }
    assert school.variant == "school" and len(school.objects) == len(model.objects)
    assert "RELEASE_DEVICES" not in school.rule(f"{attrs}.activityType.enum").requirement
    assert "RELEASE_DEVICES" in model.rule(f"{attrs}.activityType.enum").requirement
    assert [(v.name, len(v.names)) for v in views(model)] == [
        (None, len(model.objects) - 3),
        ("business", 3),
        ("school", 3),
    ]
    with pytest.raises(KeyError, match="unknown variant 'college'"):
        for_variant(model, "college")


def test_cross_object_rule_resolves_through_objects(model: Model) -> None:
    data = model.object("OrgDeviceActivityCreateRequest.Data")
    (rule,) = data.conditional_rules
    assert rule.kind is RuleKind.REQUIRED_WHEN
    assert rule.path == ("relationships", "mdmServer")
    assert rule.condition.path == ("attributes", "activityType")
    assert model.resolve(data.name, rule.path).name == "mdmServer"
    assert model.target(data.name, ("relationships",)) == (
        "OrgDeviceActivityCreateRequest.Data.Relationships"
    )
    assert model.rule(rule.id).strict_only()
    (post,) = model.endpoints[:1]
    assert (post.method, post.path, post.request) == (
        "POST",
        "/v1/orgDeviceActivities",
        "OrgDeviceActivityCreateRequest",
    )
    assert {r.object for r in post.responses} == {"OrgDeviceActivityResponse", "ErrorResponse"}


def test_examples_are_marked_with_the_variants_they_are_valid_in(tmp_path: Path) -> None:
    import shutil

    from axm_schema.loader import load
    from axm_schema.variants import for_variant

    case = ROOT / "tests" / "loader_cases" / "example-variants" / "schema"
    shutil.copytree(case, tmp_path / "schema")
    (tmp_path / "schema" / "examples" / "Thing" / "mixed.json").unlink()
    model = load(tmp_path / "schema")
    (example,) = model.examples
    assert example.variants == ("alpha",)
    assert for_variant(model, "alpha").examples == (example,)
    assert for_variant(model, "beta").examples == ()
