"""Worker processes for large JSON Lines streams: blocks of lines are validated in parallel
and reported in their order, exactly as one process would report them."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from axm_schema import inputs, jsonl
from axm_schema.report import Diagnostic, Reporter, Saying

if TYPE_CHECKING:
    from axm_schema.validate_cmd import _Run

MIN_BYTES = jsonl.CHUNK
"""Inputs larger than this go to workers (so a small input never pays for starting them): a file
known to be larger from its start, a stream once this much of it is validated."""

_MOST = 8


class WorkerDied(RuntimeError):
    """A worker process ended without its results."""


Outcome = tuple[int, int, int, list[str]]


def jobs(requested: int | None) -> int:
    """How many processes validate: ``requested``, or by default the usable CPUs (at most
    eight); always 1 where processes cannot be forked."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if requested is not None:
        return requested
    usable = (
        os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else range(os.cpu_count() or 1)
    )
    return max(1, min(len(usable), _MOST))


class _Collect(Reporter):
    """A worker's reporter: renders its block's diagnostics for the main process to write."""

    def __init__(self, final: Reporter) -> None:
        self.items: list[str] = []
        self.final = final

    def emit(self, diagnostic: Diagnostic) -> None:
        self.items.append(self.final.render(diagnostic))

    def said(self, finding: Saying) -> str:
        return self.final.said(finding)

    def emit_said(self, file: str, line: int, column: int, severity: str, said: str) -> None:
        self.items.append(self.final.place(file, line, column, severity) + said)


_WORKER: list[_Run] = []


def _start(run: _Run) -> None:
    """Make this (forked) process a worker: the run's settings, a collecting reporter."""
    run.reporter, run.jobs = _Collect(run.reporter), 1
    _WORKER.append(run)


def _work(block: jsonl.Block) -> Outcome:
    run = _WORKER[0]
    collect = run.reporter
    assert isinstance(collect, _Collect)
    collect.items, run.valid, run.invalid, run.warnings = [], 0, 0, 0
    run.lines(block)
    return run.valid, run.invalid, run.warnings, collect.items


def _merge(run: _Run, outcome: Outcome) -> None:
    valid, invalid, warnings, items = outcome
    run.valid, run.invalid, run.warnings = (
        run.valid + valid,
        run.invalid + invalid,
        run.warnings + warnings,
    )
    run.reporter.write(items)


def run(main: _Run, items: Iterator[jsonl.Block | inputs.Record]) -> None:
    """Validate the rest of a stream in ``main.jobs`` worker processes; report in order. At most
    two blocks per worker are in flight, so memory stays bounded. A worker that dies ends the
    run with an error (``BrokenProcessPool``) instead of a wait."""
    for stream in (main.reporter.out, sys.stdout, sys.stderr):
        stream.flush()  # a forked worker flushes what it inherited: nothing, then
    pending: deque[Future[Outcome]] = deque()
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(main.jobs, context, _start, (main,))
    try:
        for item in items:
            if isinstance(item, inputs.Record):
                while pending:
                    _merge(main, pending.popleft().result())
                main.record(item)
                continue
            pending.append(pool.submit(_work, item))
            while len(pending) > 2 * main.jobs:
                _merge(main, pending.popleft().result())
        while pending:
            _merge(main, pending.popleft().result())
    except BrokenProcessPool as exc:
        raise WorkerDied(
            "a worker process stopped before it finished (killed, or out of memory?); "
            "the output so far is incomplete; rerun with --jobs 1 to validate in one process"
        ) from exc
    finally:
        pool.shutdown(wait=not pending, cancel_futures=True)
