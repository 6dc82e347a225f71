"""Writing validation results: text (``FILE:LINE:COL: severity: PATH: message [rule]``), a JSON
array, or GitHub Actions workflow commands; streamed, so memory does not grow with the input.
Each reporter renders a diagnostic to a string (which a worker process can do) and writes
rendered diagnostics in order (which only the main process does)."""

from __future__ import annotations

from collections.abc import Hashable
from typing import NamedTuple, Protocol, TextIO

import orjson

from axm_schema.memory import remember

_BATCH = 256


class Diagnostic(NamedTuple):
    """One finding, located in a file. (A named tuple: immutable, and cheap to make.)"""

    file: str
    line: int
    column: int
    severity: str
    path: str
    message: str
    rule: str | None


class Saying(Protocol):
    """What a diagnostic says, apart from where: a checker's finding has these."""

    def __hash__(self) -> int: ...
    @property
    def severity(self) -> str: ...
    @property
    def json_path(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def rule(self) -> str | None: ...


class Reporter:
    """Writes diagnostics as they come, and a summary at the end. A format renders a diagnostic
    as its place (file, line, column) followed by what it says; what it says is remembered, as
    the same finding recurs in many payloads."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out, self.err = out, err
        self._held: list[str] = []  # written in batches: one write a line costs as much again
        self._said: dict[Hashable, str] = {}  # what a diagnostic says, rendered, by what it is
        self._files: dict[str, str] = {}  # file names as written: one file at a time

    def render(self, diagnostic: Diagnostic) -> str:
        """One diagnostic as this format writes it."""
        file, line, column, severity, path, message, rule = diagnostic
        said = self._said.get(diagnostic[3:])
        if said is None:
            said = remember(self._said, diagnostic[3:], self._saying(severity, path, message, rule))
        return self.place(file, line, column, severity) + said

    def said(self, finding: Saying) -> str:
        """What a finding says, as ``emit_said`` takes it (remembered by the finding)."""
        said = self._said.get(finding)
        if said is None:
            parts = (finding.severity, finding.json_path, finding.message, finding.rule)
            said = remember(self._said, finding, self._saying(*parts))
        return said

    def place(self, file: str, line: int, column: int, severity: str) -> str:
        """Where a diagnostic is, as this format writes it before what it says."""
        return f"{file}:{line}:{column}: "

    def _shown(self, file: str) -> str:
        """``file`` as this format writes it (``_show``), remembered."""
        shown = self._files.get(file)
        if shown is None:
            self._files.clear()
            shown = self._files[file] = self._show(file)
        return shown

    def _show(self, file: str) -> str:
        return file

    def _saying(self, severity: str, path: str, message: str, rule: str | None) -> str:
        shown = f" [{rule}]" if rule else ""
        return f"{severity}: {path}: {message}{shown}\n"

    def write(self, rendered: list[str]) -> None:
        """Write diagnostics rendered by ``render``, in order."""
        self._held += rendered
        self._flush_when_full()

    def _flush_when_full(self) -> None:
        if len(self._held) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        """Write what is held back."""
        self.out.write("".join(self._held))
        self._held.clear()

    def emit(self, diagnostic: Diagnostic) -> None:
        """Write one diagnostic."""
        self._held.append(self.render(diagnostic))
        self._flush_when_full()

    def emit_said(self, file: str, line: int, column: int, severity: str, said: str) -> None:
        """Write one diagnostic: its place, and what it says as ``said`` gave it."""
        self._held.append(self.place(file, line, column, severity) + said)
        self._flush_when_full()

    def finish(self, valid: int, invalid: int, warnings: int) -> None:
        """Write the summary."""
        self.flush()
        self.out.write(f"{valid} valid, {invalid} invalid, {warnings} warnings\n")


class JsonReporter(Reporter):
    """A JSON array of ``{file, line, column, severity, path, message, rule}``: what orjson
    writes for the whole object, made of its place and what it says (its last four keys)."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        super().__init__(out, err)
        self.count = 0
        out.write("[")

    def place(self, file: str, line: int, column: int, severity: str) -> str:
        return f'{{"file":{self._shown(file)},"line":{line},"column":{column},'

    def _show(self, file: str) -> str:
        return _json(file)

    def _saying(self, severity: str, path: str, message: str, rule: str | None) -> str:
        return _json({"severity": severity, "path": path, "message": message, "rule": rule})[1:]

    def flush(self) -> None:
        if self._held:
            self.out.write((",\n  " if self.count else "\n  ") + ",\n  ".join(self._held))
            self.count += len(self._held)
            self._held.clear()

    def finish(self, valid: int, invalid: int, warnings: int) -> None:
        self.flush()
        self.out.write("\n]\n" if self.count else "]\n")
        self.err.write(f"{valid} valid, {invalid} invalid, {warnings} warnings\n")


def _json(value: object) -> str:
    return orjson.dumps(value).decode("utf-8")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    """GitHub Actions workflow commands (``::error file=…,line=…,col=…,title=…::message``)."""

    def place(self, file: str, line: int, column: int, severity: str) -> str:
        return f"::{severity} file={self._shown(file)},line={line},col={column},"

    def _show(self, file: str) -> str:
        return _escape_property(file)

    def _saying(self, severity: str, path: str, message: str, rule: str | None) -> str:
        title = _escape_property(rule or "axm-schema")
        return f"title={title}::{_escape_data(path + ': ' + message)}\n"


REPORTERS: dict[str, type[Reporter]] = {
    "text": Reporter,
    "json": JsonReporter,
    "github": GithubReporter,
}
