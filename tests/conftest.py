"""Shared paths and helpers for the test suite."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from axm_schema.loader import load
from axm_schema.model import Model

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "schema"
GENERATED = ROOT / "generated"
EXAMPLES_DIR = ROOT.parent / "shared" / "examples"


def apple_examples() -> dict[str, Any]:
    """Apple's documented example payloads, by file name (the test fails if they are missing)."""
    files = sorted(EXAMPLES_DIR.glob("*.json"))
    assert files, f"Apple's examples not found in {EXAMPLES_DIR}"
    return {f.name: json.loads(f.read_text(encoding="utf-8")) for f in files}


@pytest.fixture(scope="session")
def model() -> Model:
    """The resolved model of the real source of truth."""
    return load(SCHEMA_DIR)


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built once per test session."""
    import subprocess
    import sys

    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist), str(ROOT)],
        check=True,
    )
    (wheel,) = dist.glob("axm_schema-*.whl")
    return wheel
