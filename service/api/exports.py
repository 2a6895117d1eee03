"""Streaming exports: pairs are read in keyset pages and written chunk by chunk, never held whole."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

from fastapi.responses import StreamingResponse

from service.corpus import PairFilters
from service.corpus.exporting import export_pairs
from service.export import EXPORTERS
from service.runtime import Runtime

ExportFormat = Literal["tmx", "tsv", "jsonl", "xliff"]

EXPORT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The export file (a download)",
        "content": {e.media_type.split(";")[0]: {"schema": {"type": "string"}} for e in EXPORTERS.values()},
    }
}


def stream_export(
    runtime: Runtime,
    fmt: str,
    *,
    filename: str,
    srclang: str,
    filters: PairFilters,
) -> StreamingResponse:
    """Stream the pairs ``filters`` select (a document, a language, a search, a review state) as ``fmt``."""
    exporter = EXPORTERS[fmt]

    def chunks() -> Iterator[bytes]:
        # The session lives as long as the stream: opened when the body starts, closed when it ends.
        with runtime.sessions() as session:
            for chunk in export_pairs(session, fmt, filters, srclang=srclang):
                yield chunk.encode("utf-8")

    return StreamingResponse(
        chunks(),
        media_type=exporter.media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}.{exporter.extension}"'},
    )
