"""Payload sources for ``validate``: JSON files, JSON Lines files, directories and standard input,
read as a stream of records with bounded memory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple

MAX_BYTES = 16 * 1024 * 1024  # one document or one JSON Lines record
_CHUNK = 1024 * 1024
SUFFIXES = (".json", ".jsonl", ".ndjson")


class Record(NamedTuple):
    """One payload's raw bytes, where it came from, and whether it was cut for being too large.
    (A named tuple: immutable, and cheap to make for every invalid line.)"""

    file: str
    line: int
    raw: bytes
    jsonl: bool
    too_large: int = 0  # the size in bytes when over MAX_BYTES (raw is then empty)


class Unreadable(Exception):
    """A path that cannot be read at all."""


def expand(paths: list[str]) -> Iterator[tuple[str, bool]]:
    """Each file to read and whether it is JSON Lines; directories are searched recursively."""
    for name in paths:
        if name == "-":
            yield name, False
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
            for file in found:
                yield str(file), file.suffix != ".json"
        elif path.exists():
            yield name, path.suffix in (".jsonl", ".ndjson")
        else:
            raise Unreadable(f"{name}: no such file or directory")


def records(name: str, stream: BinaryIO) -> Iterator[Record]:
    """The one record of a JSON document file (JSON Lines streams are read by ``validate_cmd``)."""
    raw = stream.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        size = len(raw) + _drain(stream, until_newline=False)
        yield Record(name, 1, b"", False, size)
    else:
        yield Record(name, 1, raw, False)


def _drain(stream: BinaryIO, *, until_newline: bool) -> int:
    """Skip to the end of the line (or file) without keeping it; return how many bytes."""
    skipped = 0
    while True:
        chunk = stream.readline(_CHUNK) if until_newline else stream.read(_CHUNK)
        skipped += len(chunk)
        if not chunk or (until_newline and chunk.endswith(b"\n")):
            return skipped
