# generated from schema/ by axm-schema; do not edit
"""The documented values of every enumerated property; each member has a ``description``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from axm_models._runtime import DescribedEnum

__all__ = [
    "OrgDeviceActivityCreateRequestDataAttributesActivityType",
]


class OrgDeviceActivityCreateRequestDataAttributesActivityType(DescribedEnum):
    """The kind of activity to start."""

    ASSIGN_DEVICES = "ASSIGN_DEVICES"
    """Assign the devices to a device management service."""
    UNASSIGN_DEVICES = "UNASSIGN_DEVICES"
    """Unassign the devices from their device management service."""
    ASSIGN_DEVICES_WITH_MDM_MIGRATION_DEADLINE = "ASSIGN_DEVICES_WITH_MDM_MIGRATION_DEADLINE"
    """Assign the devices to a device management service, and set a deadline by which they must have migrated to it."""
    UPDATE_MDM_MIGRATION_DEADLINE = "UPDATE_MDM_MIGRATION_DEADLINE"
    """Change the deadline of a migration that is under way."""
    CANCEL_MDM_MIGRATION = "CANCEL_MDM_MIGRATION"
    """Cancel a migration that is under way."""
    RELEASE_DEVICES = "RELEASE_DEVICES"
    """Release the devices from the organization."""

    __axm_descriptions__: ClassVar[Mapping[str, str]] = {
        "ASSIGN_DEVICES": "Assign the devices to a device management service.",
        "UNASSIGN_DEVICES": "Unassign the devices from their device management service.",
        "ASSIGN_DEVICES_WITH_MDM_MIGRATION_DEADLINE": "Assign the devices to a device management service, and set a deadline by which they must have migrated to it.",
        "UPDATE_MDM_MIGRATION_DEADLINE": "Change the deadline of a migration that is under way.",
        "CANCEL_MDM_MIGRATION": "Cancel a migration that is under way.",
        "RELEASE_DEVICES": "Release the devices from the organization.",
    }
