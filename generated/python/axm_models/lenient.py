# generated from schema/ by axm-schema; do not edit
"""The lenient models: what a robust consumer accepts; unknown properties and enum values are kept."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import ConfigDict, Field, StrictStr

from axm_models._runtime import AxmModel, DateTime, OpenEnum, Uri, UriReference
from axm_models.enums import OrgDeviceActivityAttributesStatus, OrgDeviceActivityAttributesSubStatus
from axm_models.rules import RULE_IDS

__all__ = [
    "DocumentLinks",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorSource",
    "OrgDeviceActivity",
    "OrgDeviceActivityAttributes",
    "OrgDeviceActivityResponse",
    "ResourceLinks",
]


class _Model(AxmModel):
    """Base of this module's models."""

    model_config = ConfigDict(extra="allow", frozen=True, populate_by_name=True)
    __axm_rule_ids__: ClassVar[frozenset[str]] = RULE_IDS


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
