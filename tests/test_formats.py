"""The exact RFC 3339 / RFC 3986 checks shared by the validator and the generated models."""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta, timezone

import pytest

from axm_schema import formats


@pytest.mark.parametrize(
    ("fmt", "text", "valid"),
    [
        ("date-time", "2025-05-01T18:22:27.106Z", True),
        ("date-time", "2025-05-01t18:22:27z", True),
        ("date-time", "2025-05-01T18:22:27.1234567891+05:30", True),
        ("date-time", "2025-05-01T18:22:27Z\n", False),
        ("date-time", "2025-05-01 18:22:27Z", False),
        ("date-time", "2025-02-30T18:22:27Z", False),
        ("date-time", "2025-05-01T18:22:27+24:00", False),
        ("date-time", "2016-12-31T23:59:60Z", False),  # a leap second: Python cannot hold it
        ("uri", "https://store.example.com/a?x=%3B#f", True),
        ("uri", "mailto:someone@example.com", True),
        ("uri", "http://[::ffff:1.2.3.4]:8080/", True),
        ("uri", "http://[1:2:3:4:5:6:7:8:9]/", False),
        ("uri", "https://bücher.example/", False),
        ("uri", "https://example.com/a b", False),
        ("uri", "https://example.com/%zz", False),
        ("uri", "/relative", False),
        ("uri-reference", "/relative?q#f", True),
        ("uri-reference", "", True),
        ("uri-reference", "/a b", False),
    ],
)
def test_known_values(fmt: str, text: str, valid: bool) -> None:
    assert formats.conforms(text, fmt) is valid


def test_the_quick_http_check_never_accepts_what_the_grammar_rejects() -> None:
    rng = random.Random(7)
    alphabet = "hts:/p?#%aZ09.-_~[]@!$&'()*+,;= \nü|{}\\\"<>^`"
    for _ in range(20_000):
        head = rng.choice(["https://", "http://", "HTTP://", "https:/"])
        text = head + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        if formats._SIMPLE_URI.fullmatch(text):
            assert re.fullmatch(formats.URI, text), text
            assert re.fullmatch(formats.URI_REFERENCE, text), text


def test_the_models_canonical_spelling_is_what_the_canonical_pattern_accepts() -> None:
    """The generated runtime writes date-times; the pattern decides which ones Rust may parse
    without keeping their text. They must agree, or a round trip would change the text."""
    from axm_models._runtime import format_date_time

    rng = random.Random(3)
    for _ in range(2_000):
        micro = rng.choice([0, 0, 106_000, 500_000, 1_000, 500, 123_456])
        offset = timedelta(minutes=rng.choice([0, 0, 120, -450, 1, -1439]))
        value = datetime(
            2025, 5, rng.randint(1, 28), rng.randint(0, 23), 7, 9, micro, timezone(offset)
        )
        text = format_date_time(value)
        assert re.fullmatch(formats.DATE_TIME_CANONICAL, text), text
        assert formats.parse_date_time(text) == value
    for text in ("2025-05-01T18:22:27.000Z", "2025-05-01T18:22:27+00:00", "2025-05-01t18:22:27Z"):
        assert not re.fullmatch(formats.DATE_TIME_CANONICAL, text)  # kept as text by the models
