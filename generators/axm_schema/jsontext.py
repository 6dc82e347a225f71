"""Reading JSON payload text: strict parsing with located problems (syntax, encoding, byte-order
mark, empty input, nesting, duplicate keys) and finding where a JSON path's value stands."""

from __future__ import annotations

import json.decoder
import json.scanner
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson

MAX_DEPTH = 1024  # orjson's own limit; deeper documents are reported, not parsed
_WS = " \t\r\n"
_WS_COLON = re.compile(rb'"[ \t\r\n]+:')
# The C scanners of the json module: whole values are skipped at C speed when locating a path.
_make_scanner: Any = json.scanner.make_scanner
_scan_value: Callable[[str, int], tuple[Any, int]] = _make_scanner(json.decoder.JSONDecoder())
scanstring: Callable[[str, int], tuple[str, int]] = getattr(json.decoder, "scanstring")  # noqa: B009
PathPart = str | int


@dataclass(frozen=True)
class Problem:
    """Why a payload could not be read, with the 1-based line and column of the cause."""

    line: int
    column: int
    message: str
    rule: str


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset`` in ``text``."""
    start = text.rfind("\n", 0, offset) + 1
    if not start:  # on the first line (every JSON Lines record): no count needed
        return 1, offset + 1
    line = text.count("\n", 0, offset) + 1
    return line, offset - start + 1


def parse(raw: bytes, what: str = "document") -> tuple[Any, Problem | None]:
    """The value of one JSON payload, or the problem that stops it being read."""
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        return None, explain(raw, exc, what)
    duplicate = duplicate_key(raw, value)
    return (None, duplicate) if duplicate is not None else (value, None)


def duplicate_key(raw: bytes, value: Any) -> Problem | None:
    """The first duplicate key of parsed JSON ``raw`` (whose value is ``value``), or None."""
    if not maybe_duplicates(raw, value):
        return None
    return find_duplicate(raw.decode("utf-8"))


def explain(raw: bytes, exc: orjson.JSONDecodeError, what: str) -> Problem:
    """Why orjson could not read ``raw`` (a ``what``: document or line), located."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return Problem(
            1,
            1,
            "starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM",
            "json.encoding",
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as bad:
        prefix = raw[: bad.start].decode("utf-8", "replace")
        line, column = position(prefix, len(prefix))
        byte = raw[bad.start : bad.start + 1].hex()
        return Problem(
            line, column, f"invalid UTF-8 (byte 0x{byte}); save it as UTF-8", "json.encoding"
        )
    if not text.strip(_WS):
        return Problem(1, 1, f"empty {what}; write one JSON object", "json.empty")
    if "depth limit" in exc.msg:
        line, column = position(text, min(exc.pos, len(text)))
        return Problem(line, column, f"nesting deeper than {MAX_DEPTH} levels", "json.too-deep")
    line, column = position(text, min(exc.pos, len(text)))
    rest = text[exc.pos : exc.pos + 9]
    for token in ("NaN", "Infinity", "-Infinity"):
        if rest.startswith(token):
            return Problem(
                line, column, f"{token} is not valid JSON; write null or a number", "json.syntax"
            )
    shown = rest[:12]
    near = f" near {shown!r}" if shown else " at the end"
    return Problem(line, column, f"invalid JSON: {exc.msg}{near}", "json.syntax")


def strings_object_maybe_duplicates(raw: bytes, value: dict[str, Any]) -> bool:
    """False only when ``raw`` certainly has no duplicate key, for a ``value`` known to be one
    object of string members only: then its text holds four quotes a member, and a duplicate
    (or an escaped quote) would add more."""
    return raw.count(b'"') != 4 * len(value)


def maybe_duplicates(raw: bytes, value: Any) -> bool:
    """False only when ``raw`` certainly has no duplicate key (cheap: counts, no parsing)."""
    if isinstance(value, dict) and raw.count(b"{") == 1:  # one object, nothing nested
        return raw.count(b'":') != len(value) or _WS_COLON.search(raw) is not None
    if raw.find(b"\\") < 0:
        # Without a backslash no string holds a quote, so the text has two quotes a string,
        # and orjson's writing of the value has as many unless a duplicate key was dropped.
        try:
            return raw.count(b'"') != orjson.dumps(value).count(b'"')
        except orjson.JSONEncodeError:  # nesting deeper than orjson writes: count keys
            pass
    return _WS_COLON.search(raw) is not None or raw.count(b'":') != _count_keys(value)


def _count_keys(value: Any) -> int:
    count, pending = 0, [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            count += len(item)
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return count


_WS_RUN = re.compile(r"[ \t\r\n]*")
_WS_CHARS = frozenset(" \t\r\n")


def _skip_ws(text: str, i: int) -> int:
    if text[i : i + 1] not in _WS_CHARS:  # the common cases: no whitespace at all,
        return i
    if text[i + 1 : i + 2] not in _WS_CHARS:  # or one space (as after ": ")
        return i + 1
    match = _WS_RUN.match(text, i)
    return match.end() if match else i


def find_duplicate(text: str) -> Problem | None:
    """The first duplicate key in valid JSON ``text``, located, or None."""
    stack: list[set[str] | None] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "{":
            stack.append(set())
            i += 1
        elif char == "[":
            stack.append(None)
            i += 1
        elif char in "}]":
            stack.pop()
            i += 1
        elif char == '"':
            start = i
            string, i = scanstring(text, i + 1)
            keys = stack[-1] if stack else None
            after = _skip_ws(text, i)
            if keys is not None and after < len(text) and text[after] == ":":
                if string in keys:
                    line, column = position(text, start)
                    return Problem(
                        line,
                        column,
                        f"duplicate key {string!r}; JSON object keys must be unique",
                        "json.duplicate-key",
                    )
                keys.add(string)
                i = after + 1
        else:
            i += 1
    return None


# A backslash before the end of a string that ':' follows: every key with an escape (and, rarely,
# a value with an escaped quote, which only costs the shortcut).
_ESCAPE_IN_KEY = re.compile(r'\\[^"]*"[ \t\r\n]*:')


def _escaped_key(text: str) -> bool:
    return "\\" in text and _ESCAPE_IN_KEY.search(text) is not None


def locate(
    text: str, path: tuple[PathPart, ...], *, key: bool = False, exists: bool = False
) -> tuple[int, int]:
    """Line and column of the value at ``path`` in valid JSON ``text`` (of its key, with ``key``);
    the nearest enclosing value when the path does not exist. ``exists`` promises that it does,
    which allows a shortcut: a key written once is that key, in a text whose keys have no
    escapes (then the member at ``path`` is spelled as its name, and the occurrence is no
    escaped quote inside a string: its quote has no backslash before it)."""
    if exists and path and type(path[-1]) is str and not _escaped_key(text):
        needle = f'"{path[-1]}"'
        at = text.find(needle)
        if at >= 0 and text.find(needle, at + 1) < 0 and text[at - 1 : at] != "\\":
            colon = at + len(needle)
            if not text.startswith(":", colon):
                colon = _skip_ws(text, colon)
            if text.startswith(":", colon):  # a string before ':' is a key
                if key:
                    return position(text, at)
                return position(text, _skip_ws(text, colon + 1))
    i = _skip_ws(text, 0)
    found = i
    for depth, part in enumerate(path):
        last = depth == len(path) - 1
        if i >= len(text):
            break
        if text[i] == "{" and isinstance(part, str):
            nxt = _find_member(text, i, part, want_key=key and last)
        elif text[i] == "[" and isinstance(part, int):
            nxt = _find_item(text, i, part)
        else:
            nxt = None
        if nxt is None:
            break
        i = found = nxt
    return position(text, found)


def _find_member(text: str, i: int, name: str, *, want_key: bool) -> int | None:
    i = _skip_ws(text, i + 1)
    while i < len(text) and text[i] == '"':
        key_start = i
        key, i = scanstring(text, i + 1)
        i = _skip_ws(text, _skip_ws(text, i) + 1)  # past ':'
        if key == name:
            return key_start if want_key else i
        _, i = _scan_value(text, i)
        i = _skip_ws(text, i)
        if i < len(text) and text[i] == ",":
            i = _skip_ws(text, i + 1)
    return None


def _find_item(text: str, i: int, index: int) -> int | None:
    i = _skip_ws(text, i + 1)
    for _ in range(index):
        if i >= len(text) or text[i] == "]":
            return None
        _, i = _scan_value(text, i)
        i = _skip_ws(text, i)
        if i < len(text) and text[i] == ",":
            i = _skip_ws(text, i + 1)
    return i if i < len(text) and text[i] != "]" else None
