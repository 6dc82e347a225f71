"""A plan, ``{relative path: text}``, and how it is compared with, and written to, an output tree."""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

Plan = Mapping[str, str]

# Files that tools create next to generated code; never ours, never orphans.
_IGNORED_PARTS = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"}
_IGNORED_SUFFIXES = {".pyc", ".pyo"}


@dataclass(frozen=True)
class Changes:
    """How an output tree differs from a plan."""

    created: tuple[str, ...]
    updated: tuple[str, ...]
    removed: tuple[str, ...]
    diffs: tuple[str, ...]

    @property
    def stale(self) -> bool:
        """True when anything differs."""
        return bool(self.created or self.updated or self.removed)


def _ignored(rel: Path) -> bool:
    return bool(_IGNORED_PARTS.intersection(rel.parts)) or rel.suffix in _IGNORED_SUFFIXES


def existing_files(root: Path) -> dict[str, bytes]:
    """Every file of ours under ``root`` (relative POSIX path -> bytes)."""
    if not root.is_dir():
        return {}
    found: dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and not _ignored(rel):
            found[rel.as_posix()] = path.read_bytes()
    return found


def compare(plan: Plan, root: Path, label: str) -> Changes:
    """What writing ``plan`` to ``root`` would change, with unified diffs labelled under ``label``."""
    current = existing_files(root)
    created, updated, diffs = [], [], []
    for rel in sorted(plan):
        want = plan[rel].encode("utf-8")
        if rel not in current:
            created.append(rel)
        elif current[rel] != want:
            updated.append(rel)
            old = current[rel].decode("utf-8", errors="replace").splitlines(keepends=True)
            new = plan[rel].splitlines(keepends=True)
            diffs.append(
                "".join(
                    difflib.unified_diff(old, new, f"{label}/{rel}", f"{label}/{rel} (expected)")
                )
            )
    removed = sorted(set(current) - set(plan))
    return Changes(tuple(created), tuple(updated), tuple(removed), tuple(diffs))


def write_atomically(plan: Plan, root: Path) -> None:
    """Replace ``root`` by exactly ``plan``: build the new tree aside, then swap it in by rename.

    A failure before the swap leaves ``root`` as it was.
    """
    root = root.absolute()
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{root.name}.new-", dir=root.parent))
    try:
        for rel, text in sorted(plan.items()):
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap(staging, root)


def _swap(staging: Path, root: Path) -> None:
    if not root.exists():
        os.replace(staging, root)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{root.name}.old-", dir=root.parent))
    retired.rmdir()
    os.replace(root, retired)
    try:
        os.replace(staging, root)
    except BaseException:
        os.replace(retired, root)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)
