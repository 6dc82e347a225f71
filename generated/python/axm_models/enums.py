# generated from schema/ by axm-schema; do not edit
"""The documented values of every enumerated property; each member has a ``description``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from axm_models._runtime import DescribedEnum

__all__ = [
    "OrgDeviceActivityAttributesStatus",
    "OrgDeviceActivityAttributesSubStatus",
]


class OrgDeviceActivityAttributesStatus(DescribedEnum):
    """Where the activity stands overall."""

    COMPLETED = "COMPLETED"
    """Processing has finished."""
    IN_PROGRESS = "IN_PROGRESS"
    """The activity is still being processed."""
    STOPPED = "STOPPED"
    """The activity was stopped before it finished."""
    FAILED = "FAILED"
    """Processing did not succeed; the downloadable activity log explains why."""

    __axm_descriptions__: ClassVar[Mapping[str, str]] = {
        "COMPLETED": "Processing has finished.",
        "IN_PROGRESS": "The activity is still being processed.",
        "STOPPED": "The activity was stopped before it finished.",
        "FAILED": "Processing did not succeed; the downloadable activity log explains why.",
    }


class OrgDeviceActivityAttributesSubStatus(DescribedEnum):
    """A finer-grained stage of processing. No source maps these values to `status` values, so no combination of the two is ruled out."""

    SUBMITTED = "SUBMITTED"
    """The activity is new and waits to be processed."""
    PRE_PROCESSING = "PRE_PROCESSING"
    """The activity is being prepared for processing."""
    PENDING = "PENDING"
    """The activity waits for its turn to be processed."""
    PROCESSING = "PROCESSING"
    """The activity's items are being processed."""
    POST_PROCESSING = "POST_PROCESSING"
    """Processing is done and the downloadable CSV log is being produced."""
    STOPPING = "STOPPING"
    """The activity is being stopped."""
    COMPLETED_WITH_SUCCESS = "COMPLETED_WITH_SUCCESS"
    """Every item was processed successfully."""
    COMPLETED_WITH_ERROR = "COMPLETED_WITH_ERROR"
    """An error happened while the activity was processed."""
    COMPLETED_WITH_FAILURE = "COMPLETED_WITH_FAILURE"
    """Some items failed; the activity log lists them."""
    COMPLETED_POST_PROCESSING_FAILED = "COMPLETED_POST_PROCESSING_FAILED"
    """Items were processed, but producing the log failed; see the activity log."""

    __axm_descriptions__: ClassVar[Mapping[str, str]] = {
        "SUBMITTED": "The activity is new and waits to be processed.",
        "PRE_PROCESSING": "The activity is being prepared for processing.",
        "PENDING": "The activity waits for its turn to be processed.",
        "PROCESSING": "The activity's items are being processed.",
        "POST_PROCESSING": "Processing is done and the downloadable CSV log is being produced.",
        "STOPPING": "The activity is being stopped.",
        "COMPLETED_WITH_SUCCESS": "Every item was processed successfully.",
        "COMPLETED_WITH_ERROR": "An error happened while the activity was processed.",
        "COMPLETED_WITH_FAILURE": "Some items failed; the activity log lists them.",
        "COMPLETED_POST_PROCESSING_FAILED": "Items were processed, but producing the log failed; see the activity log.",
    }
