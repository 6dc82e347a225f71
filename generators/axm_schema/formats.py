"""Exact RFC 3339 ``date-time`` and RFC 3986 ``uri`` / ``uri-reference`` checks, as regular
expressions that both Python's ``re`` and Rust's ``regex`` crate accept (no look-around), plus
Python predicates. Used by the validator and copied into the generated models."""

from __future__ import annotations

import re
from datetime import datetime

# -- RFC 3339 section 5.6 --------------------------------------------------------------------
# Field ranges (month 1-12, day of month, hour 0-23, ...) are checked by parsing, not here;
# except the offset's (hour 00-23, minute 00-59), which Python's parser does not check.
_DIGIT = "[0-9]"
_OFFSET = "[+-](?:[01][0-9]|2[0-3]):[0-5][0-9]"
DATE_TIME = (
    f"{_DIGIT}{{4}}-{_DIGIT}{{2}}-{_DIGIT}{{2}}[Tt]{_DIGIT}{{2}}:{_DIGIT}{{2}}:{_DIGIT}{{2}}"
    f"(?:\\.{_DIGIT}+)?(?:[Zz]|{_OFFSET})"
)

# The one spelling of each instant that the generated models' ``format_date_time`` writes: upper-case T and Z,
# no fraction, or 3 digits (not 000), or 6 digits (not ending in 000), and Z for a zero offset.
_NZ3 = "(?:00[1-9]|0[1-9][0-9]|[1-9][0-9]{2})"
DATE_TIME_CANONICAL = (
    f"{_DIGIT}{{4}}-{_DIGIT}{{2}}-{_DIGIT}{{2}}T{_DIGIT}{{2}}:{_DIGIT}{{2}}:{_DIGIT}{{2}}"
    f"(?:\\.{_NZ3}|\\.{_DIGIT}{{3}}{_NZ3})?"
    "(?:Z|[+-](?:0[1-9]|1[0-9]|2[0-3]):[0-5][0-9]|[+-]00:(?:0[1-9]|[1-5][0-9]))"
)

# -- RFC 3986 appendix A -----------------------------------------------------------------------
_UNRESERVED = "A-Za-z0-9._~\\-"
_SUB_DELIMS = "!$&'()*+,;="
_PCT = "%[0-9A-Fa-f]{2}"
_PCHAR = f"(?:[{_UNRESERVED}{_SUB_DELIMS}:@]|{_PCT})"
_SEGMENT = f"{_PCHAR}*"
_SEGMENT_NZ = f"{_PCHAR}+"
_SEGMENT_NZ_NC = f"(?:[{_UNRESERVED}{_SUB_DELIMS}@]|{_PCT})+"
_SCHEME = "[A-Za-z][A-Za-z0-9+.-]*"
_USERINFO = f"(?:[{_UNRESERVED}{_SUB_DELIMS}:]|{_PCT})*"
_DEC_OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])"
_IPV4 = f"{_DEC_OCTET}\\.{_DEC_OCTET}\\.{_DEC_OCTET}\\.{_DEC_OCTET}"
_H16 = "[0-9A-Fa-f]{1,4}"
_LS32 = f"(?:{_H16}:{_H16}|{_IPV4})"


def _ipv6() -> str:
    """The nine alternatives of RFC 3986's IPv6address."""
    forms = [f"(?:{_H16}:){{6}}{_LS32}", f"::(?:{_H16}:){{5}}{_LS32}"]
    tails = [f"(?:{_H16}:){{{n}}}{_LS32}" for n in (4, 3, 2)]
    tails += [f"{_H16}:{_LS32}", _LS32, _H16, ""]
    for before, tail in enumerate(tails):
        head = f"(?:(?:{_H16}:){{0,{before}}}{_H16})?" if before else f"(?:{_H16})?"
        forms.append(f"{head}::{tail}")
    return "(?:" + "|".join(forms) + ")"


_IPVFUTURE = f"[vV][0-9A-Fa-f]+\\.[{_UNRESERVED}{_SUB_DELIMS}:]+"
_IP_LITERAL = f"\\[(?:{_ipv6()}|{_IPVFUTURE})\\]"
_REG_NAME = f"(?:[{_UNRESERVED}{_SUB_DELIMS}]|{_PCT})*"
_HOST = f"(?:{_IP_LITERAL}|{_IPV4}|{_REG_NAME})"
_AUTHORITY = f"(?:{_USERINFO}@)?{_HOST}(?::[0-9]*)?"
_PATH_ABEMPTY = f"(?:/{_SEGMENT})*"
_PATH_ABSOLUTE = f"/(?:{_SEGMENT_NZ}(?:/{_SEGMENT})*)?"
_PATH_ROOTLESS = f"{_SEGMENT_NZ}(?:/{_SEGMENT})*"
_PATH_NOSCHEME = f"{_SEGMENT_NZ_NC}(?:/{_SEGMENT})*"
_QUERY = f"(?:{_PCHAR}|[/?])*"
_TAIL = f"(?:\\?{_QUERY})?(?:#{_QUERY})?"

URI = f"{_SCHEME}:(?://{_AUTHORITY}{_PATH_ABEMPTY}|{_PATH_ABSOLUTE}|{_PATH_ROOTLESS}|){_TAIL}"
RELATIVE_REF = f"(?://{_AUTHORITY}{_PATH_ABEMPTY}|{_PATH_ABSOLUTE}|{_PATH_NOSCHEME}|){_TAIL}"
URI_REFERENCE = f"(?:{URI}|{RELATIVE_REF})"

PATTERNS = {"date-time": DATE_TIME, "uri": URI, "uri-reference": URI_REFERENCE}

_COMPILED = {name: re.compile(pattern) for name, pattern in PATTERNS.items()}
_DATE_TIME_PARTS = re.compile(
    f"([0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}})[Tt]([0-9]{{2}}:[0-9]{{2}}:[0-9]{{2}})(\\.[0-9]+)?([Zz]|{_OFFSET})"
)


def parse_date_time(text: str) -> datetime | None:
    """The instant an RFC 3339 date-time names, or None if ``text`` is not one."""
    parts = _DATE_TIME_PARTS.fullmatch(text)
    if parts is None:
        return None
    date, clock, fraction, zone = parts.groups()
    if text[10] == "T" and zone != "z" and (fraction is None or len(fraction) <= 7):
        try:  # the usual spelling, which fromisoformat reads as it is
            return datetime.fromisoformat(text)
        except ValueError:
            return None
    zone = "+00:00" if zone in ("Z", "z") else zone
    try:
        # Python keeps microseconds: further digits are dropped, as RFC 3339 allows.
        return datetime.fromisoformat(f"{date}T{clock}{(fraction or '')[:7]}{zone}")
    except ValueError:
        return None


# A small part of the URI grammar that most real URLs fall in (http(s), a registered name, a
# path, a query, a fragment), checked first because the full expression is slow in Python's re.
# Possessive quantifiers (Python 3.11+): runs of characters match at once, with no backtracking.
_SIMPLE_CHARS = f"(?:[{_UNRESERVED}{_SUB_DELIMS}:@]++|{_PCT})*+"
_SIMPLE_URI = re.compile(
    f"[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9.\\-]++(?::[0-9]++)?(?:/{_SIMPLE_CHARS})*+"
    f"(?:\\?(?:{_SIMPLE_CHARS}|[/?]++)*+)?(?:#(?:{_SIMPLE_CHARS}|[/?]++)*+)?"
)


def conforms(text: str, fmt: str) -> bool:
    """True when ``text`` is a valid value of format ``fmt`` (date-time, uri, uri-reference)."""
    if fmt == "date-time":
        return parse_date_time(text) is not None
    if _SIMPLE_URI.fullmatch(text) is not None:
        return True
    return _COMPILED[fmt].fullmatch(text) is not None
