"""JSON Lines streams cut into blocks of whole lines, with bounded memory: the unit that
``validate`` checks in one loop, or hands to a worker process."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from axm_schema import inputs

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Block:
    """Whole lines of a JSON Lines stream (without the last newline); ``first`` is the number of
    the line before them, so the first line is ``first + 1``."""

    file: str
    first: int
    data: bytes


def blocks(
    name: str, stream: BinaryIO, chunk: int | None = None
) -> Iterator[Block | inputs.Record]:
    """The stream as blocks of about ``chunk`` bytes (default ``CHUNK``) of whole lines, in order.
    A line longer than ``inputs.MAX_BYTES`` that spans chunks (every such line, as long as the
    chunk is smaller than the limit) comes as a too-large record, its bytes skipped rather than
    kept; a last line without a newline comes as a record of its own."""
    size, number = chunk or CHUNK, 0
    pending: list[bytes] = []  # the start of a line that no chunk so far has finished
    held = 0
    oversized = 0  # the bytes so far of a line too large to keep
    while data := stream.read(size):
        start = 0
        if oversized or held:  # a line goes on from earlier chunks
            first_end = data.find(b"\n")
            if first_end < 0:
                if oversized:
                    oversized += len(data)
                else:
                    pending.append(data)
                    held += len(data)
                    if held > inputs.MAX_BYTES:
                        oversized, pending, held = held, [], 0
                continue
            length = oversized + held + first_end  # the line, without its newline
            if length > inputs.MAX_BYTES:
                number += 1
                yield inputs.Record(name, number, b"", True, length + 1)
                pending, held, oversized, start = [], 0, 0, first_end + 1
        end = data.rfind(b"\n")
        if end >= start:
            whole = b"".join([*pending, data[start:end]]) if pending else data[start:end]
            pending, held = [data[end + 1 :]], len(data) - end - 1
            yield Block(name, number, whole)
            number += whole.count(b"\n") + 1
        else:
            pending.append(data[start:])
            held += len(data) - start
        if held > inputs.MAX_BYTES:
            oversized, pending, held = held, [], 0
    if oversized:
        yield inputs.Record(name, number + 1, b"", True, oversized)
    elif held:
        yield inputs.Record(name, number + 1, b"".join(pending).rstrip(b"\r"), True)
