"""Large JSON Lines inputs: cut into blocks of whole lines, validated in worker processes and
reported exactly as one process reports them."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_validate import ATTRS, CASES, TEXT_LINE, VALID_LINE, run

from axm_schema import inputs, jsonl, parallel, validate_cmd

PAYLOADS = [json.dumps(test["data"]) for profile, _, name, test in CASES if name == ATTRS]


def _stream_text() -> bytes:
    """Every attributes fixture, then each kind of bad line, a CRLF line and a line too large
    (for a limit of 2,000 bytes), repeated; the last line has no newline."""
    bad = [b'{"status": "IN_PROGRESS",}', b"", b'{"status": "IN_\xff"}', b"[1, 2]"]
    lines = [p.encode() for p in PAYLOADS] + bad
    lines += [VALID_LINE.encode() + b"\r", b'{"status": "' + b"x" * 5_000 + b'"}']
    return b"\n".join(lines * 3) + b"\n" + VALID_LINE.encode()


def test_blocks_hold_every_line_once_in_order_for_any_chunk_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(inputs, "MAX_BYTES", 2_000)
    text = _stream_text()
    expected = text.split(b"\n")
    for chunk in (1, 7, 64, 1_000, 4_096, len(text) + 1):
        seen: list[tuple[int, bytes]] = []
        for item in jsonl.blocks("f", io.BytesIO(text), chunk):
            if isinstance(item, inputs.Record):
                seen.append((item.line, item.raw if not item.too_large else b"<too large>"))
            else:
                first = item.first
                seen += [(first + i, line) for i, line in enumerate(item.data.split(b"\n"), 1)]
        numbers = [number for number, _ in seen]
        assert numbers == list(range(1, len(expected) + 1)), chunk
        for (_, got), want in zip(seen, expected, strict=True):
            # Over the limit: always cut while chunks are smaller than the limit; within: never.
            if len(want) > 2_000 and chunk < 2_000:
                assert got == b"<too large>"
            elif len(want) <= 2_000:
                assert got.rstrip(b"\r") == want.rstrip(b"\r")
            else:
                assert got in (b"<too large>", want)


def test_a_too_large_record_counts_its_bytes_and_its_newline() -> None:
    text = b"{}\n" + b"x" * (inputs.MAX_BYTES + 10) + b"\n{}\n"
    items = list(jsonl.blocks("f", io.BytesIO(text)))
    large = [i for i in items if isinstance(i, inputs.Record)]
    assert [(r.line, r.too_large) for r in large] == [(2, inputs.MAX_BYTES + 11)]


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
@pytest.mark.parametrize("schema", [ATTRS, None])
def test_workers_report_exactly_what_one_process_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, schema: str | None
) -> None:
    monkeypatch.setattr(inputs, "MAX_BYTES", 2_000)
    monkeypatch.setattr(jsonl, "CHUNK", 4_096)  # many blocks, and the workers start early
    monkeypatch.setattr(parallel, "MIN_BYTES", 4_096)
    started: list[int] = []
    workers = parallel.run

    def counted(main: validate_cmd._Run, items: Iterator[jsonl.Block | inputs.Record]) -> None:
        started.append(main.jobs)
        workers(main, items)

    monkeypatch.setattr(parallel, "run", counted)
    data = tmp_path / "many.jsonl"
    data.write_bytes(_stream_text())
    options = ["--format", fmt, *(["--schema", schema] if schema else [])]
    alone = run(*options, "--jobs", "1", str(data))
    assert alone[0] == 1 and len(alone[1].splitlines()) > 100 and started == []
    assert run(*options, "--jobs", "3", str(data)) == alone
    # Standard input takes the same path.
    piped = run(*options, "--jobs", "2", "--jsonl", "-", stdin=data.read_bytes())
    assert piped == (alone[0], alone[1].replace(str(data), "<stdin>"), alone[2])
    assert started == [3, 2]  # the workers did run


def test_workers_start_only_for_large_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file known to be large goes to the workers from its first block; a stream of unknown
    size (standard input) once the main process has validated ``MIN_BYTES`` of it."""
    started: list[tuple[int, int]] = []  # (jobs, blocks the main process had validated)
    validated: list[int] = []
    lines = validate_cmd._Run.lines

    def counted(self: validate_cmd._Run, block: jsonl.Block) -> None:
        validated.append(len(block.data))
        lines(self, block)

    monkeypatch.setattr(validate_cmd._Run, "lines", counted)
    monkeypatch.setattr(
        parallel, "run", lambda main, items: started.append((main.jobs, len(validated)))
    )
    small = tmp_path / "small.jsonl"
    small.write_text(VALID_LINE + "\n")
    assert run("--schema", ATTRS, "--jobs", "2", str(small))[0] == 0
    assert started == []
    big = tmp_path / "big.jsonl"
    big.write_text((VALID_LINE + "\n") * (2 * jsonl.CHUNK // len(VALID_LINE)))
    validated.clear()
    run("--schema", ATTRS, "--jobs", "2", str(big))
    assert started == [(2, 0)]
    run("--schema", ATTRS, "--jobs", "1", str(big))
    assert started == [(2, 0)]
    validated.clear()
    run("--schema", ATTRS, "--jobs", "2", "--jsonl", "-", stdin=big.read_bytes())
    assert started[1][0] == 2 and started[1][1] >= 1
    assert sum(validated) >= parallel.MIN_BYTES - len(VALID_LINE) - 1


def test_file_size_is_known_only_for_regular_files(tmp_path: Path) -> None:
    data = tmp_path / "a.jsonl"
    data.write_bytes(b"x" * 1234)
    with open(data, "rb") as stream:
        assert validate_cmd._file_size(stream) == 1234
    assert validate_cmd._file_size(io.BytesIO(b"x" * 1234)) == 0
    read, write = os.pipe()
    with os.fdopen(read, "rb") as stream, os.fdopen(write, "wb"):
        assert validate_cmd._file_size(stream) == 0


def test_the_command_line_with_workers_on_a_large_file(tmp_path: Path) -> None:
    """The real command (workers forked from a fresh process), against ``--jobs 1``."""
    data = tmp_path / "big.jsonl"
    lines = [VALID_LINE, VALID_LINE.replace("IN_PROGRESS", "PAUSED")] * 8_000
    data.write_text("\n".join(lines) + "\n")
    outputs = []
    for jobs in ("1", "2"):
        command = [sys.executable, "-m", "axm_schema", "validate", "--schema", ATTRS]
        done = subprocess.run([*command, "--jobs", jobs, str(data)], capture_output=True)
        assert done.returncode == 1 and done.stderr == b""
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    text = outputs[1].decode().splitlines()
    assert text[-1] == "8000 valid, 8000 invalid, 0 warnings"
    first = TEXT_LINE.match(text[0])
    last = TEXT_LINE.match(text[-2])
    assert first and first["line"] == "2" and last and last["line"] == "16000"


def test_jobs_default_to_the_usable_cpus() -> None:
    assert parallel.jobs(3) == 3
    assert 1 <= parallel.jobs(None) <= 8


def test_a_worker_that_dies_ends_the_run_with_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jsonl, "CHUNK", 4_096)
    monkeypatch.setattr(parallel, "MIN_BYTES", 4_096)
    main, lines = os.getpid(), validate_cmd._Run.lines

    def die_in_a_worker(run: validate_cmd._Run, block: jsonl.Block) -> None:
        if os.getpid() != main:
            os._exit(9)
        lines(run, block)

    monkeypatch.setattr(validate_cmd._Run, "lines", die_in_a_worker)
    data = tmp_path / "many.jsonl"
    data.write_text((VALID_LINE + "\n") * 1_000)
    code, out, err = run("--schema", ATTRS, "--jobs", "2", str(data))
    assert code == 2 and "Traceback" not in out + err
    assert err.startswith("axm-schema: error: a worker process stopped"), err
    assert "rerun with --jobs 1" in err
