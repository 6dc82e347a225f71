"""Golden tests of the loader's diagnostics: broken schemas and the exact messages they produce.

Each directory under loader_cases/ holds a schema/ folder and expected.txt, one diagnostic a line.
Run with UPDATE_GOLDEN=1 to rewrite expected.txt after an intended change, then review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from axm_schema.diagnostics import SchemaError
from axm_schema.loader import load

CASES = Path(__file__).parent / "loader_cases"
CASE_NAMES = sorted(p.name for p in CASES.iterdir() if p.is_dir())


def _diagnostics(case: Path) -> str:
    with pytest.raises(SchemaError) as caught:
        load(case / "schema", display="schema")
    return "".join(f"{d}\n" for d in caught.value.diagnostics)


@pytest.mark.parametrize("name", CASE_NAMES)
def test_broken_schema_reports_expected_diagnostics(name: str) -> None:
    case = CASES / name
    actual = _diagnostics(case)
    expected_file = case / "expected.txt"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        expected_file.write_text(actual, encoding="utf-8")
    assert actual == expected_file.read_text(encoding="utf-8")


def test_every_case_has_a_golden_file() -> None:
    assert len(CASE_NAMES) >= 10
    missing = [n for n in CASE_NAMES if not (CASES / n / "expected.txt").is_file()]
    assert missing == []


@pytest.mark.parametrize("name", CASE_NAMES)
def test_every_diagnostic_names_file_line_and_column(name: str) -> None:
    for line in _diagnostics(CASES / name).splitlines():
        file, row, column, message = line.split(":", 3)
        assert file.startswith("schema")
        assert int(row) >= 1 and int(column) >= 1
        assert message.strip()


def test_all_problems_of_several_files_are_reported_in_one_run(tmp_path: Path) -> None:
    schema = tmp_path / "schema"
    schema.mkdir()
    for name in ("unknown-keywords", "enum-descriptions", "dangling-ref"):
        for source in (CASES / name / "schema").glob("*.yaml"):
            (schema / f"{name}-{source.name}").write_text(
                source.read_text(encoding="utf-8").replace("Thing", name.title().replace("-", "")),
                encoding="utf-8",
            )
    with pytest.raises(SchemaError) as caught:
        load(schema)
    files = {d.file for d in caught.value.diagnostics}
    assert files == {
        "schema/unknown-keywords-thing.yaml",
        "schema/enum-descriptions-thing.yaml",
        "schema/dangling-ref-thing.yaml",
    }
    assert len(caught.value.diagnostics) >= 12
