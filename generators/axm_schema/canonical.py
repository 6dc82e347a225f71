"""Canonical JSON text: the one way every JSON output is written (sorted keys, 2-space indent, UTF-8)."""

from __future__ import annotations

import json
from typing import Any


def dumps(data: Any) -> str:
    """``data`` as canonical JSON text ending in a newline."""
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n"
