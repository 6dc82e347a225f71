"""Golden output of every target for a small source that uses every feature of the vocabulary.

Run with UPDATE_GOLDEN=1 to rewrite tests/golden/expected after an intended change; review the diff.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from axm_schema.loader import load
from axm_schema.plan import existing_files
from axm_schema.targets import build_all

GOLDEN = Path(__file__).parent / "golden"
EXPECTED = GOLDEN / "expected"


def test_every_target_matches_its_golden_files() -> None:
    plan = build_all(load(GOLDEN / "schema"))
    if os.environ.get("UPDATE_GOLDEN") == "1":
        shutil.rmtree(EXPECTED, ignore_errors=True)
        for rel, text in plan.items():
            (EXPECTED / rel).parent.mkdir(parents=True, exist_ok=True)
            (EXPECTED / rel).write_text(text, encoding="utf-8")
    on_disk = {rel: data.decode("utf-8") for rel, data in existing_files(EXPECTED).items()}
    assert sorted(plan) == sorted(on_disk)
    for rel, text in plan.items():
        assert text == on_disk[rel], f"{rel} differs from its golden file"
