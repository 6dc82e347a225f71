# generated from schema/ by axm-schema; do not edit
"""The lenient models: what a robust consumer accepts; unknown properties and enum values are kept."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import ConfigDict, Field, StrictStr

from axm_models._runtime import AxmModel, DateTime, OpenEnum, Uri, UriReference
from axm_models.enums import OrgDeviceActivityAttributesStatus, OrgDeviceActivityAttributesSubStatus
from axm_models.rules import RULE_IDS

__all__ = [
    "ActivityTypeMetadata",
    "DocumentLinks",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorSource",
    "OrgDeviceActivity",
    "OrgDeviceActivityAttributes",
    "OrgDeviceActivityCreateRequestDataRelationships",
    "OrgDeviceActivityCreateRequestDataRelationshipsDevices",
    "OrgDeviceActivityCreateRequestDataRelationshipsDevicesData",
    "OrgDeviceActivityCreateRequestDataRelationshipsMdmServer",
    "OrgDeviceActivityCreateRequestDataRelationshipsMdmServerData",
    "OrgDeviceActivityResponse",
    "ResourceLinks",
]


class _Model(AxmModel):
    """Base of this module's models."""

    model_config = ConfigDict(extra="allow", frozen=True, populate_by_name=True)
    __axm_rule_ids__: ClassVar[frozenset[str]] = RULE_IDS


class ActivityTypeMetadata(_Model):
    """Settings of an activity that only some activity types use."""

    __axm_object__: ClassVar[str] = "ActivityTypeMetadata"
    __axm_optional__: ClassVar[tuple[str, ...]] = ()
    __axm_formats__: ClassVar[tuple[str, ...]] = ("mdmMigrationDeadlineDateTime",)
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {}

    mdmMigrationDeadlineDateTime: DateTime
    """When the devices must have finished migrating to the new device management service. Apple allows at most 90 days ahead; a later deadline is answered with 409. That limit depends on when the request is sent, so it is not checked here."""


class DocumentLinks(_Model):
    """Links that belong to a whole response document."""

    __axm_object__: ClassVar[str] = "DocumentLinks"
    __axm_optional__: ClassVar[tuple[str, ...]] = ()
    __axm_formats__: ClassVar[tuple[str, ...]] = ("self",)
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {}

    self_: UriReference = Field(alias="self")
    """The address of the request that produced this document."""


class ErrorResponseErrorSource(_Model):
    """Where in the request the problem lies."""

    __axm_object__: ClassVar[str] = "ErrorResponse.Error.Source"
    __axm_optional__: ClassVar[tuple[str, ...]] = ("parameter", "pointer")
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {}

    pointer: StrictStr | None = None
    """A JSON Pointer (RFC 6901) to the value in the request document that caused the problem."""
    parameter: StrictStr | None = None
    """The name of the query parameter that caused the problem."""


class ErrorResponseError(_Model):
    """One problem with the request or its processing."""

    __axm_object__: ClassVar[str] = "ErrorResponse.Error"
    __axm_optional__: ClassVar[tuple[str, ...]] = ("id", "links", "meta", "source")
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {"source": "ErrorResponseErrorSource"}

    status: StrictStr
    """The HTTP status code, as a string (for example "409")."""
    code: StrictStr
    """A machine-readable code; a dot-separated hierarchy from general to specific, such as `ENTITY_ERROR.ATTRIBUTE.INVALID`."""
    title: StrictStr
    """A short summary of the problem, the same for every occurrence of this code."""
    detail: StrictStr
    """An explanation of this occurrence of the problem."""
    id: StrictStr | None = None
    """An identifier of this occurrence of the problem."""
    source: ErrorResponseErrorSource | None = None
    """The part of the request that caused the problem."""
    links: dict[str, Any] | None = None
    """Links that tell more about the problem."""
    meta: dict[str, Any] | None = None
    """Further information about the problem, free-form."""


class ErrorResponse(_Model):
    """The body Apple sends with an unsuccessful status code (4xx, 5xx)."""

    __axm_object__: ClassVar[str] = "ErrorResponse"
    __axm_optional__: ClassVar[tuple[str, ...]] = ()
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ("errors",)
    __axm_nested__: ClassVar[dict[str, str]] = {"errors": "ErrorResponseError"}

    errors: list[ErrorResponseError]
    """What went wrong; usually one error."""


class OrgDeviceActivityAttributes(_Model):
    """What is known about one device activity and its progress."""

    __axm_object__: ClassVar[str] = "OrgDeviceActivity.Attributes"
    __axm_optional__: ClassVar[tuple[str, ...]] = ("completedDateTime", "downloadUrl")
    __axm_formats__: ClassVar[tuple[str, ...]] = (
        "completedDateTime",
        "createdDateTime",
        "downloadUrl",
    )
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {}

    createdDateTime: DateTime
    """When the activity was created."""
    status: Annotated[
        OrgDeviceActivityAttributesStatus | str, OpenEnum(OrgDeviceActivityAttributesStatus)
    ]
    """Where the activity stands overall."""
    subStatus: Annotated[
        OrgDeviceActivityAttributesSubStatus | str, OpenEnum(OrgDeviceActivityAttributesSubStatus)
    ]
    """A finer-grained stage of processing. No source maps these values to `status` values, so no combination of the two is ruled out."""
    completedDateTime: DateTime | None = None
    """When the activity finished. Present only once `status` is `COMPLETED`."""
    downloadUrl: Uri | None = None
    """A presigned address of the activity log as a CSV file. Present only once `status` is `COMPLETED`. The address expires a few minutes after it is issued."""


class ResourceLinks(_Model):
    """Links that belong to one resource object."""

    __axm_object__: ClassVar[str] = "ResourceLinks"
    __axm_optional__: ClassVar[tuple[str, ...]] = ("self",)
    __axm_formats__: ClassVar[tuple[str, ...]] = ("self",)
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {}

    self_: UriReference | None = Field(default=None, alias="self")
    """Where this resource can be fetched."""


class OrgDeviceActivity(_Model):
    """One device activity resource, as JSON:API represents it."""

    __axm_object__: ClassVar[str] = "OrgDeviceActivity"
    __axm_optional__: ClassVar[tuple[str, ...]] = ("attributes", "links")
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {
        "attributes": "OrgDeviceActivityAttributes",
        "links": "ResourceLinks",
    }

    type: Literal["orgDeviceActivities"]
    """The resource type; always `orgDeviceActivities`."""
    id: StrictStr
    """The activity's opaque identifier. Apple's examples use UUIDs, but no format is documented, so any string is accepted."""
    attributes: OrgDeviceActivityAttributes | None = None
    """What is known about the activity."""
    links: ResourceLinks | None = None
    """Links to this activity."""


class OrgDeviceActivityCreateRequestDataRelationshipsDevicesData(_Model):
    """The type and id of one device."""

    __axm_object__: ClassVar[str] = "OrgDeviceActivityCreateRequest.Data.Relationships.Devices.Data"
    __axm_optional__: ClassVar[tuple[str, ...]] = ()
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {}

    type: Literal["orgDevices"]
    """The resource type; always `orgDevices`."""
    id: StrictStr
    """The device's identifier (its serial number in Apple's examples)."""


class OrgDeviceActivityCreateRequestDataRelationshipsDevices(_Model):
    """The relationship to the devices."""

    __axm_object__: ClassVar[str] = "OrgDeviceActivityCreateRequest.Data.Relationships.Devices"
    __axm_optional__: ClassVar[tuple[str, ...]] = ()
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ("data",)
    __axm_nested__: ClassVar[dict[str, str]] = {
        "data": "OrgDeviceActivityCreateRequestDataRelationshipsDevicesData",
    }

    data: list[OrgDeviceActivityCreateRequestDataRelationshipsDevicesData]
    """The type and id of each device."""


class OrgDeviceActivityCreateRequestDataRelationshipsMdmServerData(_Model):
    """The type and id of one device management service."""

    __axm_object__: ClassVar[str] = (
        "OrgDeviceActivityCreateRequest.Data.Relationships.MdmServer.Data"
    )
    __axm_optional__: ClassVar[tuple[str, ...]] = ()
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {}

    type: Literal["mdmServers"]
    """The resource type; always `mdmServers`."""
    id: StrictStr
    """The device management service's opaque identifier."""


class OrgDeviceActivityCreateRequestDataRelationshipsMdmServer(_Model):
    """The relationship to the device management service."""

    __axm_object__: ClassVar[str] = "OrgDeviceActivityCreateRequest.Data.Relationships.MdmServer"
    __axm_optional__: ClassVar[tuple[str, ...]] = ()
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {
        "data": "OrgDeviceActivityCreateRequestDataRelationshipsMdmServerData",
    }

    data: OrgDeviceActivityCreateRequestDataRelationshipsMdmServerData
    """The type and id of the device management service."""


class OrgDeviceActivityCreateRequestDataRelationships(_Model):
    """The devices the activity acts on, and the device management service involved."""

    __axm_object__: ClassVar[str] = "OrgDeviceActivityCreateRequest.Data.Relationships"
    __axm_optional__: ClassVar[tuple[str, ...]] = ("mdmServer",)
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {
        "devices": "OrgDeviceActivityCreateRequestDataRelationshipsDevices",
        "mdmServer": "OrgDeviceActivityCreateRequestDataRelationshipsMdmServer",
    }

    devices: OrgDeviceActivityCreateRequestDataRelationshipsDevices
    """The devices the activity acts on."""
    mdmServer: OrgDeviceActivityCreateRequestDataRelationshipsMdmServer | None = None
    """The device management service to assign the devices to. Which activity types need it is a rule of `OrgDeviceActivityCreateRequest.Data`."""


class OrgDeviceActivityResponse(_Model):
    """The body of a response that carries one device activity: `POST /v1/orgDeviceActivities` (201) and `GET /v1/orgDeviceActivities/{id}` (200)."""

    __axm_object__: ClassVar[str] = "OrgDeviceActivityResponse"
    __axm_optional__: ClassVar[tuple[str, ...]] = ()
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {
        "data": "OrgDeviceActivity",
        "links": "DocumentLinks",
    }

    data: OrgDeviceActivity
    """The activity."""
    links: DocumentLinks
    """Links to this response document."""
