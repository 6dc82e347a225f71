"""Writing validation results: text (``FILE:LINE:COL: severity: PATH: message [rule]``), a JSON
array, or GitHub Actions workflow commands; streamed, so memory does not grow with the input.
Each reporter renders a diagnostic to a string (which a worker process can do) and writes
rendered diagnostics in order (which only the main process does)."""

from __future__ import annotations

from typing import NamedTuple, TextIO

import orjson

_BATCH = 256
_REMEMBER_MOST = 4096  # rendered texts kept: the same finding in many payloads renders once


class Diagnostic(NamedTuple):
    """One finding, located in a file. (A named tuple: immutable, and cheap to make.)"""

    file: str
    line: int
    column: int
    severity: str
    path: str
    message: str
    rule: str | None


class Reporter:
    """Writes diagnostics as they come, and a summary at the end."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out, self.err = out, err
        self._held: list[str] = []  # written in batches: one write a line costs as much again
        # Rendered parts of diagnostics (a file name, what a finding says), by what they render.
        self._rendered: dict[object, str] = {}

    def _remember(self, key: object, text: str) -> str:
        """Keep ``text`` as the rendering of ``key`` (in a bounded memory); return it."""
        if len(self._rendered) >= _REMEMBER_MOST:
            self._rendered.clear()
        self._rendered[key] = text
        return text

    def render(self, diagnostic: Diagnostic) -> str:
        """One diagnostic as this format writes it."""
        rule = f" [{diagnostic.rule}]" if diagnostic.rule else ""
        return (
            f"{diagnostic.file}:{diagnostic.line}:{diagnostic.column}: {diagnostic.severity}: "
            f"{diagnostic.path}: {diagnostic.message}{rule}\n"
        )

    def write(self, rendered: list[str]) -> None:
        """Write diagnostics rendered by ``render``, in order."""
        self._held += rendered
        if len(self._held) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        """Write what is held back."""
        self.out.write("".join(self._held))
        self._held.clear()

    def emit(self, diagnostic: Diagnostic) -> None:
        """Write one diagnostic."""
        self._held.append(self.render(diagnostic))
        if len(self._held) >= _BATCH:
            self.flush()

    def finish(self, valid: int, invalid: int, warnings: int) -> None:
        """Write the summary."""
        self.flush()
        self.out.write(f"{valid} valid, {invalid} invalid, {warnings} warnings\n")


class JsonReporter(Reporter):
    """A JSON array of ``{file, line, column, severity, path, message, rule}``."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        super().__init__(out, err)
        self.count = 0
        out.write("[")

    def render(self, diagnostic: Diagnostic) -> str:
        # What orjson writes for the whole diagnostic, from two remembered parts: the file, and
        # what the diagnostic says (everything after its place).
        file, said = self._rendered.get(diagnostic.file), self._rendered.get(diagnostic[3:])
        if file is None:
            file = self._remember(diagnostic.file, _json(diagnostic.file))
        if said is None:
            said = self._remember(diagnostic[3:], _json(_said(diagnostic))[1:])
        return f'{{"file":{file},"line":{diagnostic.line},"column":{diagnostic.column},{said}'

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


def _said(diagnostic: Diagnostic) -> dict[str, str | None]:
    """What a diagnostic says, as the JSON format names it."""
    return {
        "severity": diagnostic.severity,
        "path": diagnostic.path,
        "message": diagnostic.message,
        "rule": diagnostic.rule,
    }


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    """GitHub Actions workflow commands (``::error file=…,line=…,col=…,title=…::message``)."""

    def render(self, diagnostic: Diagnostic) -> str:
        file, said = self._rendered.get(diagnostic.file), self._rendered.get(diagnostic[3:])
        if file is None:
            file = self._remember(diagnostic.file, _escape_property(diagnostic.file))
        if said is None:
            said = self._remember(diagnostic[3:], _github_saying(diagnostic))
        return f"::{diagnostic.severity} file={file},line={diagnostic.line},col={diagnostic.column},{said}"


def _github_saying(diagnostic: Diagnostic) -> str:
    """A workflow command's title and message: what a diagnostic says, escaped."""
    title = _escape_property(diagnostic.rule or "axm-schema")
    return f"title={title}::{_escape_data(diagnostic.path + ': ' + diagnostic.message)}\n"


REPORTERS: dict[str, type[Reporter]] = {
    "text": Reporter,
    "json": JsonReporter,
    "github": GithubReporter,
}
