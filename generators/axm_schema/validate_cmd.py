"""``axm-schema validate``: stream payloads from files, JSON Lines, directories or stdin through
the checker, and report every finding located in its file."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from typing import Any, BinaryIO, TextIO

import orjson

from axm_schema import checker, inputs, jsontext, parallel
from axm_schema.jsonl import Block, blocks
from axm_schema.report import REPORTERS, Diagnostic, Reporter

_UNPARSED = object()
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
        """Validate a JSON Lines stream, block by block; large streams in worker processes."""
        items, seen = blocks(name, stream), 0
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
        number = block.first
        for raw in block.data.split(b"\n"):
            number += 1
            if raw.endswith(b"\r"):
                raw = raw[:-1]
            try:
                value = loads(raw)
            except decode_error:
                self.record(inputs.Record(name, number, raw, True))
                continue
            if verdict(value) and not doubt(raw, value):
                self.valid += 1
            else:
                self.record(inputs.Record(name, number, raw, True), value)

    def problem(
        self, record: inputs.Record, line: int, column: int, message: str, rule: str
    ) -> None:
        self.invalid += 1
        self.reporter.emit(Diagnostic(record.file, line, column, "error", "$", message, rule))

    def record(self, record: inputs.Record, parsed: object = _UNPARSED) -> None:
        """Validate one record and report its findings; ``parsed`` is its value, if known."""
        if record.too_large:
            what = "line" if record.jsonl else "document"
            message = f"{what} of {record.too_large} bytes is larger than the {inputs.MAX_BYTES}-byte limit"
            self.problem(record, record.line, 1, message, "json.too-large")
            return
        if record.jsonl and not record.raw.strip():
            message = "empty line; JSON Lines holds one JSON document on every line"
            self.problem(record, record.line, 1, message, "json.empty")
            return
        if parsed is _UNPARSED:
            value, trouble = jsontext.parse(record.raw, "line" if record.jsonl else "document")
        else:
            value, trouble = parsed, jsontext.duplicate_key(record.raw, parsed)
        if trouble is not None:
            self.problem(
                record,
                record.line + trouble.line - 1,
                trouble.column,
                trouble.message,
                trouble.rule,
            )
            return
        if self.fixed is not None:
            findings = self.fixed.check(value, known_invalid=parsed is not _UNPARSED)
        else:
            findings = checker.validate(
                value, None, self.args.profile, self.fields, self.args.engine, self.args.variant
            )
        if not findings:
            self.valid += 1
            return
        text = record.raw.decode("utf-8")
        located = []
        for finding in findings:
            rule = finding.rule
            key = rule is not None and rule.endswith(("unknown-property", "not-requested"))
            # Findings are at values the payload has (a missing member: at its object).
            line, column = jsontext.locate(text, finding.path, key=key, exists=True)
            located.append((line, column, finding))
        if len(located) > 1:
            located.sort(key=lambda item: (item[0], item[1]))
        errors = False
        for line, column, finding in located:
            errors = errors or finding.severity == checker.SEVERITY_ERROR
            self.warnings += finding.severity == checker.SEVERITY_WARNING
            self.reporter.emit(
                Diagnostic(
                    record.file,
                    record.line + line - 1,
                    column,
                    finding.severity,
                    finding.json_path,
                    finding.message,
                    finding.rule,
                )
            )
        if errors:
            self.invalid += 1
        else:
            self.valid += 1


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
