# generated from schema/ by axm-schema; do not edit
"""The strict models: the documented contract exactly. The objects whose contract differs in Apple School Manager, as it documents them; the others are in the shared module."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import ConfigDict, model_validator

from axm_models._runtime import AxmModel, Conditional, NotNull, check_conditional
from axm_models.school.enums import OrgDeviceActivityCreateRequestDataAttributesActivityType
from axm_models.school.rules import RULE_IDS
from axm_models.strict import ActivityTypeMetadata, OrgDeviceActivityCreateRequestDataRelationships

__all__ = [
    "OrgDeviceActivityCreateRequest",
    "OrgDeviceActivityCreateRequestData",
    "OrgDeviceActivityCreateRequestDataAttributes",
]


class _Model(AxmModel):
    """Base of this module's models."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    __axm_rule_ids__: ClassVar[frozenset[str]] = RULE_IDS


_ACTIVITYTYPEMETADATA_REQUIRED_FOR_DEADLINE = Conditional(
    path=("activityTypeMetadata",),
    condition=("activityType",),
    values=("ASSIGN_DEVICES_WITH_MDM_MIGRATION_DEADLINE", "UPDATE_MDM_MIGRATION_DEADLINE"),
    required=True,
    rule="OrgDeviceActivityCreateRequest.Data.Attributes.activityTypeMetadata.required-for-deadline",
    message="`activityTypeMetadata` is present when `activityType` is `ASSIGN_DEVICES_WITH_MDM_MIGRATION_DEADLINE` or `UPDATE_MDM_MIGRATION_DEADLINE`.",
)


_MDMSERVER_REQUIRED_TO_ASSIGN = Conditional(
    path=("relationships", "mdmServer"),
    condition=("attributes", "activityType"),
    values=("ASSIGN_DEVICES", "ASSIGN_DEVICES_WITH_MDM_MIGRATION_DEADLINE"),
    required=True,
    rule="OrgDeviceActivityCreateRequest.Data.relationships.mdmServer.required-to-assign",
    message="`relationships.mdmServer` is present when `attributes.activityType` is `ASSIGN_DEVICES` or `ASSIGN_DEVICES_WITH_MDM_MIGRATION_DEADLINE`.",
)


class OrgDeviceActivityCreateRequestDataAttributes(_Model):
    """What the activity does, and its settings."""

    __axm_object__: ClassVar[str] = "OrgDeviceActivityCreateRequest.Data.Attributes"
    __axm_optional__: ClassVar[tuple[str, ...]] = ("activityTypeMetadata",)
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {"activityTypeMetadata": "ActivityTypeMetadata"}

    activityType: OrgDeviceActivityCreateRequestDataAttributesActivityType
    """The kind of activity to start."""
    activityTypeMetadata: Annotated[
        ActivityTypeMetadata | None,
        NotNull(ActivityTypeMetadata),
    ] = None
    """Settings that some activity types need, such as a migration deadline."""

    __axm_conditional__: ClassVar[tuple[Conditional, ...]] = (
        _ACTIVITYTYPEMETADATA_REQUIRED_FOR_DEADLINE,
    )
    _check_rules = model_validator(mode="after")(check_conditional)


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

    __axm_conditional__: ClassVar[tuple[Conditional, ...]] = (_MDMSERVER_REQUIRED_TO_ASSIGN,)
    _check_rules = model_validator(mode="after")(check_conditional)


class OrgDeviceActivityCreateRequest(_Model):
    """The body of `POST /v1/orgDeviceActivities`: assign devices to a device management service or unassign them, manage a migration between services, or release devices."""

    __axm_object__: ClassVar[str] = "OrgDeviceActivityCreateRequest"
    __axm_optional__: ClassVar[tuple[str, ...]] = ()
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[dict[str, str]] = {"data": "OrgDeviceActivityCreateRequestData"}

    data: OrgDeviceActivityCreateRequestData
    """The activity to create."""
