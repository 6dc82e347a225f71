# generated from schema/ by axm-schema; do not edit
"""Every rule of the source as Apple Business Manager has it (the shared table plus the rules of the
objects that depend on the variant): its id, what it requires, and the profiles that enforce it."""

from __future__ import annotations

from collections.abc import Mapping

from axm_models import rules as _shared

__all__ = ["RULES", "RULE_IDS", "STRICT_ONLY"]

RULES: Mapping[str, str] = {
    **_shared.RULES,
    "OrgDeviceActivityCreateRequest.Data.Attributes.activityType.enum": "`activityType` is one of the documented values: `ASSIGN_DEVICES`, `UNASSIGN_DEVICES`, `ASSIGN_DEVICES_WITH_MDM_MIGRATION_DEADLINE`, `UPDATE_MDM_MIGRATION_DEADLINE`, `CANCEL_MDM_MIGRATION`, `RELEASE_DEVICES`",
    "OrgDeviceActivityCreateRequest.Data.Attributes.activityType.required": "`activityType` is present",
    "OrgDeviceActivityCreateRequest.Data.Attributes.activityType.type": "`activityType` is a string",
    "OrgDeviceActivityCreateRequest.Data.Attributes.activityTypeMetadata.not-null": "`activityTypeMetadata` is omitted when it has no value, never `null`",
    "OrgDeviceActivityCreateRequest.Data.Attributes.activityTypeMetadata.required-for-deadline": "`activityTypeMetadata` is present when `activityType` is `ASSIGN_DEVICES_WITH_MDM_MIGRATION_DEADLINE` or `UPDATE_MDM_MIGRATION_DEADLINE`.",
    "OrgDeviceActivityCreateRequest.Data.Attributes.type": "is a JSON object",
    "OrgDeviceActivityCreateRequest.Data.Attributes.unknown-property": "has no properties other than the documented ones",
    "OrgDeviceActivityCreateRequest.Data.attributes.required": "`attributes` is present",
    "OrgDeviceActivityCreateRequest.Data.relationships.mdmServer.required-to-assign": "`relationships.mdmServer` is present when `attributes.activityType` is `ASSIGN_DEVICES` or `ASSIGN_DEVICES_WITH_MDM_MIGRATION_DEADLINE`.",
    "OrgDeviceActivityCreateRequest.Data.relationships.required": "`relationships` is present",
    "OrgDeviceActivityCreateRequest.Data.type": "is a JSON object",
    "OrgDeviceActivityCreateRequest.Data.type.const": "`type` is `orgDeviceActivities`",
    "OrgDeviceActivityCreateRequest.Data.type.required": "`type` is present",
    "OrgDeviceActivityCreateRequest.Data.type.type": "`type` is a string",
    "OrgDeviceActivityCreateRequest.Data.unknown-property": "has no properties other than the documented ones",
    "OrgDeviceActivityCreateRequest.data.required": "`data` is present",
    "OrgDeviceActivityCreateRequest.type": "is a JSON object",
    "OrgDeviceActivityCreateRequest.unknown-property": "has no properties other than the documented ones",
}
"""Rule id -> what the rule requires, in plain words."""

RULE_IDS: frozenset[str] = frozenset(RULES)

STRICT_ONLY: frozenset[str] = _shared.STRICT_ONLY | frozenset(
    {
        "OrgDeviceActivityCreateRequest.Data.Attributes.activityType.enum",
        "OrgDeviceActivityCreateRequest.Data.Attributes.activityTypeMetadata.not-null",
        "OrgDeviceActivityCreateRequest.Data.Attributes.activityTypeMetadata.required-for-deadline",
        "OrgDeviceActivityCreateRequest.Data.Attributes.unknown-property",
        "OrgDeviceActivityCreateRequest.Data.relationships.mdmServer.required-to-assign",
        "OrgDeviceActivityCreateRequest.Data.unknown-property",
        "OrgDeviceActivityCreateRequest.unknown-property",
    }
)
"""The rules only the strict profile enforces."""
