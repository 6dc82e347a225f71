# generated from schema/ by axm-schema; do not edit
"""The lenient models: what a robust consumer accepts; unknown properties and enum values are kept. The objects whose contract differs in Apple Business Manager, as it documents them; the others are in the shared module."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import ConfigDict

from axm_models._runtime import AxmModel, OpenEnum
from axm_models.business.enums import OrgDeviceActivityCreateRequestDataAttributesActivityType
from axm_models.business.rules import RULE_IDS
from axm_models.lenient import ActivityTypeMetadata, OrgDeviceActivityCreateRequestDataRelationships

__all__ = [
    "OrgDeviceActivityCreateRequest",
    "OrgDeviceActivityCreateRequestData",
    "OrgDeviceActivityCreateRequestDataAttributes",
]


class _Model(AxmModel):
    """Base of this module's models."""

    model_config = ConfigDict(extra="allow", frozen=True, populate_by_name=True)
    __axm_rule_ids__: ClassVar[frozenset[str]] = RULE_IDS


class OrgDeviceActivityCreateRequestDataAttributes(_Model):
    """What the activity does, and its settings."""

    __axm_object__: ClassVar[str] = "OrgDeviceActivityCreateRequest.Data.Attributes"
    __axm_optional__: ClassVar[tuple[str, ...]] = ("activityTypeMetadata",)
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {"activityTypeMetadata": "ActivityTypeMetadata"}

    activityType: Annotated[
        OrgDeviceActivityCreateRequestDataAttributesActivityType | str,
        OpenEnum(OrgDeviceActivityCreateRequestDataAttributesActivityType),
    ]
    """The kind of activity to start."""
    activityTypeMetadata: ActivityTypeMetadata | None = None
    """Settings that some activity types need, such as a migration deadline."""


class OrgDeviceActivityCreateRequestData(_Model):
    """The activity to create, as a JSON:API resource without an id."""

    __axm_object__: ClassVar[str] = "OrgDeviceActivityCreateRequest.Data"
    __axm_optional__: ClassVar[tuple[str, ...]] = ()
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {
        "attributes": "OrgDeviceActivityCreateRequestDataAttributes",
        "relationships": "OrgDeviceActivityCreateRequestDataRelationships",
    }

    type: Literal["orgDeviceActivities"]
    """The resource type; always `orgDeviceActivities`."""
    attributes: OrgDeviceActivityCreateRequestDataAttributes
    """What the activity does."""
    relationships: OrgDeviceActivityCreateRequestDataRelationships
    """The devices the activity acts on and the device management service involved."""


class OrgDeviceActivityCreateRequest(_Model):
    """The body of `POST /v1/orgDeviceActivities`: assign devices to a device management service or unassign them, manage a migration between services, or release devices."""

    __axm_object__: ClassVar[str] = "OrgDeviceActivityCreateRequest"
    __axm_optional__: ClassVar[tuple[str, ...]] = ()
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {"data": "OrgDeviceActivityCreateRequestData"}

    data: OrgDeviceActivityCreateRequestData
    """The activity to create."""
