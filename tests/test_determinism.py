"""Output is byte-identical across runs and PYTHONHASHSEED values, with no absolute paths."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from axm_schema.plan import existing_files
from conftest import ROOT, SCHEMA_DIR


def _generate(out: Path, seed: str) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "axm_schema",
            "generate",
            "--schema-dir",
            str(SCHEMA_DIR),
            "--out",
            str(out),
        ],
        check=True,
        env=env,
        capture_output=True,
        cwd=ROOT,
    )
    return existing_files(out)


def test_same_bytes_under_different_hash_seeds(tmp_path: Path) -> None:
    first = _generate(tmp_path / "a", "0")
    second = _generate(tmp_path / "b", "4242")
    assert first and first == second


def test_no_absolute_paths_or_timestamps(tmp_path: Path) -> None:
    files = _generate(tmp_path / "out", "1")
    for rel, data in files.items():
        text = data.decode("utf-8")
        assert str(ROOT) not in text and str(tmp_path) not in text, rel
        assert "2026-" not in text, rel
