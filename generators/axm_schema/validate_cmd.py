"""``axm-schema validate``: stream payloads from files, JSON Lines, directories or stdin through
the checker, and report every finding located in its file."""

from __future__ import annotations

import argparse
import io
import os
import re
import stat
from collections.abc import Callable
from typing import Any, BinaryIO, TextIO

import orjson

from axm_schema import checker, inputs, jsontext, parallel
from axm_schema.jsonl import Block, blocks
from axm_schema.report import REPORTERS, Diagnostic, Reporter

_FIELDS = re.compile(r"^fields\[(?P<type>[A-Za-z]+)\]=(?P<list>.*)$")


class _UsageError(Exception):
    """A command line that cannot be run as given."""


def parse_fields(text: str | None) -> tuple[str, ...] | None:
    """``status,subStatus`` or ``fields[orgDeviceActivities]=status,subStatus`` -> the names."""
    if text is None:
        return None
    match = _FIELDS.match(text.strip())
    names = tuple(n.strip() for n in (match["list"] if match else text).split(",") if n.strip())
    if not names:
        raise _UsageError(f"--fields {text!r} lists no attribute; write e.g. status,subStatus")
    return names


class _Run:
    """One validate run: counts and the reporter."""

    def __init__(self, args: argparse.Namespace, reporter: Reporter) -> None:
        self.args, self.reporter = args, reporter
        self.valid = self.invalid = self.warnings = 0
        self.fields = parse_fields(args.fields)
        if self.fields is not None and args.schema is None:
            checker.check_fields(self.fields)
        self.fixed: checker.Checker | None = None
        if args.schema is not None:
            self.fixed = checker.Checker(
                args.schema, args.profile, self.fields, args.engine, args.variant
            )
        else:
            checker.check_variant(args.variant)
        self.native = args.engine == "native"
        self._detected: dict[str, checker.Checker] = {}  # the checker of each detected object
        self.jobs = parallel.jobs(args.jobs)

    def _fast_path(self) -> tuple[Callable[[Any], bool], Callable[[bytes, Any], bool]]:
        """The fast path as two calls a line: the verdict, then the doubt a passed payload may
        still raise (a duplicate key). A payload that fails or is doubted takes ``record``."""
        if not self.native:
            return _anything, _always
        if self.fixed is not None:
            return self.fixed.fast_valid, self.fixed.maybe_duplicates
        return _anything, self._detected_doubt

    def _detected_doubt(self, raw: bytes, value: Any) -> bool:
        """False only when the payload's detected object certainly accepts it (no warning)."""
        name, _ = checker.detect_fast(value)
        if name is None:
            return True
        checked = self._detected.get(name)
        if checked is None:
            args = self.args
            checked = checker.cached(name, args.profile, self.fields, args.variant)
            self._detected[name] = checked
        return not checked.fast_valid(value) or checked.maybe_duplicates(raw, value)

    def jsonl(self, name: str, stream: BinaryIO) -> None:
        """Validate a JSON Lines stream, block by block; large streams in worker processes (from
        the start for a file known to be large, else once ``parallel.MIN_BYTES`` are done)."""
        items, seen = blocks(name, stream), 0
        if self.jobs > 1 and _file_size(stream) > parallel.MIN_BYTES:
            parallel.run(self, items)
            return
        for item in items:
            if isinstance(item, inputs.Record):
                self.record(item)
                continue
            self.lines(item)
            seen += len(item.data)
            if self.jobs > 1 and seen >= parallel.MIN_BYTES:
                parallel.run(self, items)  # the rest of the stream, in order
                return

    def lines(self, block: Block) -> None:
        """Validate a block of JSON Lines: a tight loop for valid lines, the full path otherwise."""
        loads, decode_error, name = orjson.loads, orjson.JSONDecodeError, block.file
        verdict, doubt = self._fast_path()
        rows = block.data.split(b"\n")
        if b"\r" in block.data:
            rows = [raw[:-1] if raw.endswith(b"\r") else raw for raw in rows]
        passed = 0
        for number, raw in enumerate(rows, block.first + 1):
            try:
                value = loads(raw)
            except decode_error as error:
                self.unreadable(name, number, raw, error)
                continue
            if verdict(value) and not doubt(raw, value):
                passed += 1
            else:
                self.parsed(name, number, raw, value)
        self.valid += passed

    def problem(self, file: str, line: int, column: int, message: str, rule: str) -> None:
        """Report a payload that could not be read at all."""
        self.invalid += 1
        self.reporter.emit(Diagnostic(file, line, column, "error", "$", message, rule))

    def record(self, record: inputs.Record) -> None:
        """Validate one record: a document, a JSON Lines line too large to hold, or the last line
        of a stream that has no newline."""
        if record.too_large:
            what = "line" if record.jsonl else "document"
            message = f"{what} of {record.too_large} bytes is larger than the {inputs.MAX_BYTES}-byte limit"
            self.problem(record.file, record.line, 1, message, "json.too-large")
            return
        if record.jsonl:
            self.lines(Block(record.file, record.line - 1, record.raw))
            return
        value, trouble = jsontext.parse(record.raw, "document")
        if trouble is not None:
            line = record.line + trouble.line - 1
            self.problem(record.file, line, trouble.column, trouble.message, trouble.rule)
            return
        self.report(record.file, record.line, record.raw, self.check(value, known_invalid=False))

    def unreadable(self, file: str, line: int, raw: bytes, error: orjson.JSONDecodeError) -> None:
        """Report a JSON Lines line that orjson could not read (``error``), located."""
        if not raw.strip():
            message = "empty line; JSON Lines holds one JSON document on every line"
            self.problem(file, line, 1, message, "json.empty")
            return
        trouble = jsontext.explain(raw, error, "line")
        line += trouble.line - 1
        self.problem(file, line, trouble.column, trouble.message, trouble.rule)

    def parsed(self, file: str, line: int, raw: bytes, value: Any) -> None:
        """Validate a JSON Lines line that parsed (as ``value``) but did not pass the fast path."""
        trouble = jsontext.duplicate_key(raw, value)
        if trouble is not None:
            line += trouble.line - 1
            self.problem(file, line, trouble.column, trouble.message, trouble.rule)
            return
        self.report(file, line, raw, self.check(value, known_invalid=True))

    def check(self, value: Any, *, known_invalid: bool) -> list[checker.Finding]:
        """Every finding of a parsed payload (``known_invalid``: the fast verdict failed it)."""
        if self.fixed is not None:
            return self.fixed.check(value, known_invalid=known_invalid)
        args = self.args
        return checker.validate(value, None, args.profile, self.fields, args.engine, args.variant)

    def report(self, file: str, first: int, raw: bytes, findings: list[checker.Finding]) -> None:
        """Count a payload (its text ``raw`` starts on line ``first``) and report its findings,
        each located at its value in the text, in the order of the text."""
        if not findings:
            self.valid += 1
            return
        text = raw.decode("utf-8")
        located = [
            (*jsontext.locate(text, finding.path, key=_at_key(finding), exists=True), finding)
            for finding in findings  # at values the payload has (a missing member: its object)
        ]
        if len(located) > 1:
            located.sort(key=lambda item: (item[0], item[1]))
        errors = False
        reporter = self.reporter
        for line, column, finding in located:
            severity = finding.severity
            errors = errors or severity == checker.SEVERITY_ERROR
            self.warnings += severity == checker.SEVERITY_WARNING
            reporter.emit_said(file, first + line - 1, column, severity, reporter.said(finding))
        if errors:
            self.invalid += 1
        else:
            self.valid += 1


def _at_key(finding: checker.Finding) -> bool:
    """Whether a finding is located at its member's key (a member that should not be there)."""
    rule = finding.rule
    return rule is not None and rule.endswith(("unknown-property", "not-requested"))


def _file_size(stream: BinaryIO) -> int:
    """The size of a regular file; 0 for a pipe, a terminal or a stream without a file."""
    try:
        status = os.fstat(stream.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        return 0
    return status.st_size if stat.S_ISREG(status.st_mode) else 0


def _anything(value: Any) -> bool:
    """A verdict that leaves the decision to the doubt."""
    return True


def _always(raw: bytes, value: Any) -> bool:
    """A doubt that sends every payload to ``record`` (the reference engines)."""
    return True


def run_validate(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: BinaryIO) -> int:
    """Run ``validate``; exit 0 all valid, 1 any invalid, 2 usage error or unreadable path."""
    try:
        reporter = REPORTERS[args.format](out, err)
        run = _Run(args, reporter)
    except (_UsageError, checker.UsageError) as exc:
        print(f"axm-schema validate: error: {exc}", file=err)
        return 2
    unreadable = False
    for name in args.paths:
        try:
            files = list(inputs.expand([name]))
        except inputs.Unreadable as exc:
            print(f"axm-schema validate: error: {exc}", file=err)
            unreadable = True
            continue
        for file, is_jsonl in files:
            try:
                if file == "-" and args.jsonl:
                    run.jsonl("<stdin>", stdin)
                elif file == "-":
                    for record in inputs.records("<stdin>", stdin):
                        run.record(record)
                else:
                    with open(file, "rb") as stream:
                        if is_jsonl:
                            run.jsonl(file, stream)
                        else:
                            for record in inputs.records(file, stream):
                                run.record(record)
            except BrokenPipeError:
                raise  # the reader of our output went away; not a problem with the input
            except OSError as exc:
                print(
                    f"axm-schema validate: error: cannot read {file}: {exc.strerror or exc}",
                    file=err,
                )
                unreadable = True
    reporter.finish(run.valid, run.invalid, run.warnings)
    if unreadable:
        return 2
    return 1 if run.invalid else 0
