"""A bounded memory: a dict that starts afresh when full. The same few keys recur in a run (one
mistake in many payloads), so little is lost, and memory stays bounded on any input."""

from __future__ import annotations

from typing import TypeVar

MOST = 4096
"""The most entries one memory holds."""

K = TypeVar("K")
V = TypeVar("V")


def remember(memory: dict[K, V], key: K, value: V) -> V:
    """Store ``value`` under ``key`` in ``memory`` (emptied first when it is full); return it."""
    if len(memory) >= MOST:
        memory.clear()
    memory[key] = value
    return value
