# generated from schema/ by axm-schema; do not edit
"""Every rule of the source: its id, what it requires, and the profiles that enforce it."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["RULES", "RULE_IDS", "STRICT_ONLY"]

RULES: Mapping[str, str] = {
    "DocumentLinks.self.format": "`self` is a URI reference (RFC 3986): an absolute URI or a relative one",
    "DocumentLinks.self.required": "`self` is present",
    "DocumentLinks.self.type": "`self` is a string",
    "DocumentLinks.type": "is a JSON object",
    "DocumentLinks.unknown-property": "has no properties other than the documented ones",
    "OrgDeviceActivity.Attributes.completedDateTime.format": "`completedDateTime` is an RFC 3339 date-time with a time zone, such as 2025-05-01T18:22:27.106Z",
    "OrgDeviceActivity.Attributes.completedDateTime.not-null": "`completedDateTime` is omitted when it has no value, never `null`",
    "OrgDeviceActivity.Attributes.completedDateTime.only-when-completed": "`completedDateTime` is present only when `status` is `COMPLETED`.",
    "OrgDeviceActivity.Attributes.completedDateTime.type": "`completedDateTime` is a string",
    "OrgDeviceActivity.Attributes.createdDateTime.format": "`createdDateTime` is an RFC 3339 date-time with a time zone, such as 2025-05-01T18:22:27.106Z",
    "OrgDeviceActivity.Attributes.createdDateTime.required": "`createdDateTime` is present",
    "OrgDeviceActivity.Attributes.createdDateTime.type": "`createdDateTime` is a string",
    "OrgDeviceActivity.Attributes.downloadUrl.format": "`downloadUrl` is an absolute URI (RFC 3986), such as https://example.com/path",
    "OrgDeviceActivity.Attributes.downloadUrl.not-null": "`downloadUrl` is omitted when it has no value, never `null`",
    "OrgDeviceActivity.Attributes.downloadUrl.only-when-completed": "`downloadUrl` is present only when `status` is `COMPLETED`.",
    "OrgDeviceActivity.Attributes.downloadUrl.type": "`downloadUrl` is a string",
    "OrgDeviceActivity.Attributes.status.enum": "`status` is one of the documented values: `COMPLETED`, `IN_PROGRESS`, `STOPPED`, `FAILED`",
    "OrgDeviceActivity.Attributes.status.required": "`status` is present",
    "OrgDeviceActivity.Attributes.status.type": "`status` is a string",
    "OrgDeviceActivity.Attributes.subStatus.enum": "`subStatus` is one of the documented values: `SUBMITTED`, `PRE_PROCESSING`, `PENDING`, `PROCESSING`, `POST_PROCESSING`, `STOPPING`, `COMPLETED_WITH_SUCCESS`, `COMPLETED_WITH_ERROR`, `COMPLETED_WITH_FAILURE`, `COMPLETED_POST_PROCESSING_FAILED`",
    "OrgDeviceActivity.Attributes.subStatus.required": "`subStatus` is present",
    "OrgDeviceActivity.Attributes.subStatus.type": "`subStatus` is a string",
    "OrgDeviceActivity.Attributes.type": "is a JSON object",
    "OrgDeviceActivity.Attributes.unknown-property": "has no properties other than the documented ones",
    "OrgDeviceActivity.attributes.not-null": "`attributes` is omitted when it has no value, never `null`",
    "OrgDeviceActivity.id.required": "`id` is present",
    "OrgDeviceActivity.id.type": "`id` is a string",
    "OrgDeviceActivity.links.not-null": "`links` is omitted when it has no value, never `null`",
    "OrgDeviceActivity.type": "is a JSON object",
    "OrgDeviceActivity.type.const": "`type` is `orgDeviceActivities`",
    "OrgDeviceActivity.type.required": "`type` is present",
    "OrgDeviceActivity.type.type": "`type` is a string",
    "OrgDeviceActivity.unknown-property": "has no properties other than the documented ones",
    "OrgDeviceActivityResponse.data.required": "`data` is present",
    "OrgDeviceActivityResponse.links.required": "`links` is present",
    "OrgDeviceActivityResponse.type": "is a JSON object",
    "OrgDeviceActivityResponse.unknown-property": "has no properties other than the documented ones",
    "ResourceLinks.self.format": "`self` is a URI reference (RFC 3986): an absolute URI or a relative one",
    "ResourceLinks.self.not-null": "`self` is omitted when it has no value, never `null`",
    "ResourceLinks.self.type": "`self` is a string",
    "ResourceLinks.type": "is a JSON object",
    "ResourceLinks.unknown-property": "has no properties other than the documented ones",
}
"""Rule id -> what the rule requires, in plain words."""

RULE_IDS: frozenset[str] = frozenset(RULES)

STRICT_ONLY: frozenset[str] = frozenset(
    {
        "DocumentLinks.unknown-property",
        "OrgDeviceActivity.Attributes.completedDateTime.not-null",
        "OrgDeviceActivity.Attributes.completedDateTime.only-when-completed",
        "OrgDeviceActivity.Attributes.downloadUrl.not-null",
        "OrgDeviceActivity.Attributes.downloadUrl.only-when-completed",
        "OrgDeviceActivity.Attributes.status.enum",
        "OrgDeviceActivity.Attributes.subStatus.enum",
        "OrgDeviceActivity.Attributes.unknown-property",
        "OrgDeviceActivity.attributes.not-null",
        "OrgDeviceActivity.links.not-null",
        "OrgDeviceActivity.unknown-property",
        "OrgDeviceActivityResponse.unknown-property",
        "ResourceLinks.self.not-null",
        "ResourceLinks.unknown-property",
    }
)
"""The rules only the strict profile enforces."""
