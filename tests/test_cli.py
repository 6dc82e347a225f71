"""The command line, called in-process: every exit code, --check, atomic writes, orphans."""

from __future__ import annotations

import builtins
import io
import shutil
from pathlib import Path
from typing import Any

import pytest

from axm_schema.cli import main
from axm_schema.plan import existing_files
from conftest import GENERATED, SCHEMA_DIR


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the source in a temporary working directory, not yet generated."""
    shutil.copytree(SCHEMA_DIR, tmp_path / "schema")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_committed_generated_tree_matches_the_source() -> None:
    code, out, err = run(
        "generate", "--check", "--schema-dir", str(SCHEMA_DIR), "--out", str(GENERATED)
    )
    assert code == 0, out + err
    assert "up to date" in out


def test_generate_writes_everything_then_has_nothing_to_do(project: Path) -> None:
    code, out, _ = run("generate")
    assert code == 0
    assert "created: generated/jsonschema/strict/OrgDeviceActivityResponse.schema.json" in out
    assert existing_files(project / "generated") == existing_files(GENERATED)
    code, out, _ = run("generate")
    assert code == 0 and "nothing written" in out
    assert run("generate", "--check")[0] == 0


def test_check_reports_changed_missing_and_orphaned_files_with_a_diff(project: Path) -> None:
    assert run("generate")[0] == 0
    out_dir = project / "generated" / "jsonschema" / "strict"
    changed = out_dir / "ResourceLinks.schema.json"
    changed.write_text(changed.read_text().replace("uri-reference", "uri"))
    (out_dir / "DocumentLinks.schema.json").unlink()
    (out_dir / "Stale.schema.json").write_text("{}\n")
    (project / "generated" / "__pycache__").mkdir()
    (project / "generated" / "__pycache__" / "x.pyc").write_bytes(b"\0")
    before = existing_files(project / "generated")
    code, out, err = run("generate", "--check")
    assert code == 1
    assert "changed: generated/jsonschema/strict/ResourceLinks.schema.json" in out
    assert "missing: generated/jsonschema/strict/DocumentLinks.schema.json" in out
    assert "orphaned: generated/jsonschema/strict/Stale.schema.json" in out
    assert "__pycache__" not in out
    assert '-          "format": "uri",\n+          "format": "uri-reference",' in out
    assert "--- generated/jsonschema/strict/ResourceLinks.schema.json" in out
    assert "run 'axm-schema generate'" in err
    assert existing_files(project / "generated") == before  # --check writes nothing


def test_generate_repairs_and_removes_orphans(project: Path) -> None:
    assert run("generate")[0] == 0
    orphan = project / "generated" / "jsonschema" / "Old.schema.json"
    orphan.write_text("{}\n")
    code, out, _ = run("generate")
    assert code == 0
    assert "removed: generated/jsonschema/Old.schema.json" in out
    assert not orphan.exists()
    assert existing_files(project / "generated") == existing_files(GENERATED)


def test_schema_error_exits_2_without_traceback_and_leaves_generated_untouched(
    project: Path,
) -> None:
    assert run("generate")[0] == 0
    before = existing_files(project / "generated")
    source = project / "schema" / "links.yaml"
    source.write_text(
        source.read_text().replace("description: Links that", "descripton: Links that")
    )
    for argv in (("generate",), ("generate", "--check")):
        code, out, err = run(*argv)
        assert code == 2
        assert "schema/links.yaml:" in err and "unknown keyword 'descripton'" in err
        assert "Traceback" not in err + out
    assert existing_files(project / "generated") == before


def test_usage_errors_exit_2(project: Path) -> None:
    assert run()[0] == 2
    assert run("frobnicate")[0] == 2
    assert run("generate", "--no-such-flag")[0] == 2
    code, _, err = run("generate", "--schema-dir", "missing")
    assert code == 2 and "missing:1:1: schema directory 'missing' not found" in err


def test_version_and_help_exit_0() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("axm-schema ")
    assert run("generate", "--help")[0] == 0


def test_a_failure_midway_leaves_the_old_tree(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("generate")[0] == 0
    source = project / "schema" / "links.yaml"
    source.write_text(source.read_text().replace("Where this resource", "Where the resource"))
    before = existing_files(project / "generated")
    real_open = builtins.open
    calls = {"n": 0}

    def failing_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "w" in mode and ".generated.new-" in str(file):
            calls["n"] += 1
            if calls["n"] == 3:
                raise OSError(28, "No space left on device")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", failing_open)
    code, _, err = run("generate")
    assert code == 2
    assert "No space left on device" in err and "left as it was" in err
    assert existing_files(project / "generated") == before
    assert [p.name for p in project.iterdir() if p.name.startswith(".generated")] == []
    monkeypatch.setattr(builtins, "open", real_open)
    code, out, _ = run("generate")
    assert code == 0 and "updated: generated/jsonschema/strict/ResourceLinks.schema.json" in out


def test_unexpected_errors_are_reported_without_traceback(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import axm_schema.targets as targets

    def broken(_: object) -> dict[str, str]:
        raise RuntimeError("target exploded")

    monkeypatch.setattr(targets, "build_all", broken)
    code, _, err = run("generate")
    assert code == 2 and "target exploded" in err and "--debug" in err
    assert "Traceback" not in err
    with pytest.raises(RuntimeError):
        run("--debug", "generate")
