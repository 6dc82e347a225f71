"""Writing validation results: text (``FILE:LINE:COL: severity: PATH: message [rule]``), a JSON
array, or GitHub Actions workflow commands; streamed, so memory does not grow with the input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO

import orjson


@dataclass(frozen=True)
class Diagnostic:
    """One finding, located in a file."""

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

    def emit(self, diagnostic: Diagnostic) -> None:
        """Write one diagnostic."""
        rule = f" [{diagnostic.rule}]" if diagnostic.rule else ""
        self.out.write(
            f"{diagnostic.file}:{diagnostic.line}:{diagnostic.column}: {diagnostic.severity}: "
            f"{diagnostic.path}: {diagnostic.message}{rule}\n"
        )

    def finish(self, valid: int, invalid: int, warnings: int) -> None:
        """Write the summary."""
        self.out.write(f"{valid} valid, {invalid} invalid, {warnings} warnings\n")


class JsonReporter(Reporter):
    """A JSON array of ``{file, line, column, severity, path, message, rule}``."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        super().__init__(out, err)
        self.count = 0
        out.write("[")

    def emit(self, diagnostic: Diagnostic) -> None:
        self.out.write(",\n  " if self.count else "\n  ")
        self.count += 1
        self.out.write(orjson.dumps(diagnostic.__dict__).decode("utf-8"))

    def finish(self, valid: int, invalid: int, warnings: int) -> None:
        self.out.write("\n]\n" if self.count else "]\n")
        self.err.write(f"{valid} valid, {invalid} invalid, {warnings} warnings\n")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    """GitHub Actions workflow commands (``::error file=…,line=…,col=…,title=…::message``)."""

    def emit(self, diagnostic: Diagnostic) -> None:
        title = _escape_property(diagnostic.rule or "axm-schema")
        self.out.write(
            f"::{diagnostic.severity} file={_escape_property(diagnostic.file)},"
            f"line={diagnostic.line},col={diagnostic.column},title={title}::"
            f"{_escape_data(diagnostic.path + ': ' + diagnostic.message)}\n"
        )


REPORTERS: dict[str, type[Reporter]] = {
    "text": Reporter,
    "json": JsonReporter,
    "github": GithubReporter,
}
