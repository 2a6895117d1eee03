"""Corpus exporters: pure functions from PairRecords to streamed text, one registry entry per format.

Every writer is lazy: it pulls records one at a time and yields text chunks, so the API can stream a whole
corpus (``StreamingResponse(export_records(...), media_type=...)``) without holding it in memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from service.errors import InputError
from service.export.jsonl import write_jsonl
from service.export.tmx import write_tmx
from service.export.tsv import write_tsv
from service.export.xliff import write_xliff
from service.records import PairRecord


class WriteRecords(Protocol):
    def __call__(self, records: Iterable[PairRecord], /, *, srclang: str) -> Iterator[str]: ...


@dataclass(frozen=True)
class Exporter:
    media_type: str  # the Content-Type to send
    extension: str  # file name extension, without the dot
    write: WriteRecords


EXPORTERS: dict[str, Exporter] = {
    # No registered type exists for TMX; x-tmx+xml is the conventional one, and +xml tells generic
    # clients it is XML.
    "tmx": Exporter("application/x-tmx+xml", "tmx", write_tmx),
    # IANA-registered; charset stated because a text/* type without one defaults to US-ASCII.
    "tsv": Exporter("text/tab-separated-values; charset=utf-8", "tsv", write_tsv),
    # Neither ndjson nor jsonl is registered; x-ndjson is the type HTTP streaming clients and servers
    # (Elasticsearch, most ndjson readers) recognise. The bytes are JSON Lines as well, hence ".jsonl".
    "jsonl": Exporter("application/x-ndjson", "jsonl", write_jsonl),
    # XLIFF 1.2 has its own registered type.
    "xliff": Exporter("application/xliff+xml", "xlf", write_xliff),
}


def export_records(fmt: str, records: Iterable[PairRecord], *, srclang: str) -> Iterator[str]:
    """The chunks of ``records`` in format ``fmt``.

    Not a generator itself, so an unknown format raises here, before a response has started streaming.
    """
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        formats = ", ".join(sorted(EXPORTERS))
        raise InputError(f"unknown export format {fmt!r}; choose one of: {formats}", extra={"formats": formats})
    return exporter.write(records, srclang=srclang)
