"""Group many small pieces of an export into chunks of a useful size for streaming.

One ASGI message per row would make a million-row export a million tiny socket writes; one string for the
whole corpus would hold it all in memory. Chunks of roughly ``CHUNK_SIZE`` characters sit in between.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator

CHUNK_SIZE = 64 * 1024


def coalesce(pieces: Iterable[str], size: int = CHUNK_SIZE) -> Iterator[str]:
    """Yield the pieces joined into chunks of at least ``size`` characters (the last one may be shorter)."""
    pending: list[str] = []
    length = 0
    for piece in pieces:
        pending.append(piece)
        length += len(piece)
        if length >= size:
            yield "".join(pending)
            pending, length = [], 0
    if pending:
        yield "".join(pending)


class ByteSink(io.BytesIO):
    """The target of lxml's incremental writer, emptied chunk by chunk as the export streams."""

    def drain(self) -> str:
        # Drained only after a complete element, so the bytes never end inside a UTF-8 sequence.
        text = self.getvalue().decode("utf-8")
        self.seek(0)
        self.truncate()
        return text
