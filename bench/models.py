"""Benchmark: validation throughput of the generated strict model against a minimal hand-written
pydantic model of the same object (no conditional rule, plain AwareDatetime), side by side.

    .venv/bin/python bench/models.py [--payloads 100000] [--rounds 7]

Rounds alternate which model goes first; the reported ratio is the median of the per-round ratios
(generated throughput / hand-written throughput), so the shared machine's noise mostly cancels.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from pydantic import AwareDatetime, BaseModel

from axm_models.strict import OrgDeviceActivityAttributes


class Status(StrEnum):
    """Hand-written copy of the status values."""

    COMPLETED = "COMPLETED"
    IN_PROGRESS = "IN_PROGRESS"
    STOPPED = "STOPPED"
    FAILED = "FAILED"


class SubStatus(StrEnum):
    """Hand-written copy of the subStatus values."""

    SUBMITTED = "SUBMITTED"
    PRE_PROCESSING = "PRE_PROCESSING"
    PENDING = "PENDING"
    PROCESSING = "PROCESSING"
    POST_PROCESSING = "POST_PROCESSING"
    STOPPING = "STOPPING"
    COMPLETED_WITH_SUCCESS = "COMPLETED_WITH_SUCCESS"
    COMPLETED_WITH_ERROR = "COMPLETED_WITH_ERROR"
    COMPLETED_WITH_FAILURE = "COMPLETED_WITH_FAILURE"
    COMPLETED_POST_PROCESSING_FAILED = "COMPLETED_POST_PROCESSING_FAILED"


class HandWritten(BaseModel):
    """What a client team writes by hand today."""

    createdDateTime: AwareDatetime
    status: Status
    subStatus: SubStatus
    completedDateTime: AwareDatetime | None = None
    downloadUrl: str | None = None


def payloads(count: int) -> list[dict[str, Any]]:
    """Attribute payloads shaped like Apple's two examples, half completed, half in progress."""
    found = []
    for i in range(count):
        stamp = (
            f"2025-05-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d}.{i % 1000:03d}Z"
        )
        if i % 2:
            found.append(
                {
                    "status": "COMPLETED",
                    "subStatus": "COMPLETED_WITH_SUCCESS",
                    "createdDateTime": stamp,
                    "completedDateTime": stamp,
                    "downloadUrl": f"https://store.blobstore.apple.com/{i}/log.csv?Expires={i}&Signature=a%3D",
                }
            )
        else:
            found.append(
                {"status": "IN_PROGRESS", "subStatus": "SUBMITTED", "createdDateTime": stamp}
            )
    return found


def _time(run: Callable[[], None]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def measure(
    items: list[Any], rounds: int, generated: Callable[[Any], Any], baseline: Callable[[Any], Any]
) -> dict[str, float]:
    """Median and best per-round throughput ratio (generated / baseline) and payloads a second."""
    ratios, gen_rates, base_rates = [], [], []
    for round_number in range(rounds):
        order = [("g", generated), ("b", baseline)]
        if round_number % 2:
            order.reverse()
        times = {}
        for key, validate in order:
            times[key] = _time(lambda validate=validate: [validate(item) for item in items])  # type: ignore[misc]
        ratios.append(times["b"] / times["g"])
        gen_rates.append(len(items) / times["g"])
        base_rates.append(len(items) / times["b"])
    return {
        "ratio_median": round(statistics.median(ratios), 3),
        "ratio_best": round(max(ratios), 3),
        "generated_per_s": round(statistics.median(gen_rates)),
        "handwritten_per_s": round(statistics.median(base_rates)),
    }


def main() -> None:
    """Run the benchmark and print its figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--payloads", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    items = payloads(args.payloads)
    for item in items[:1000]:  # same verdicts before timing anything
        assert (
            OrgDeviceActivityAttributes.model_validate(item).model_dump(
                mode="json", by_alias=True, exclude_unset=True
            )
            == item
        )
        HandWritten.model_validate(item)
    lines = [json.dumps(item).encode() for item in items]
    result = {
        "payloads": args.payloads,
        "rounds": args.rounds,
        "model_validate": measure(
            items,
            args.rounds,
            OrgDeviceActivityAttributes.model_validate,
            HandWritten.model_validate,
        ),
        "model_validate_json": measure(
            lines,
            args.rounds,
            OrgDeviceActivityAttributes.model_validate_json,
            HandWritten.model_validate_json,
        ),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
