"""Export use case: the current pairs a filter selects, written in one of the export formats, chunk by chunk."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy.orm import Session

from service.corpus.review import PairFilters
from service.db import repository
from service.export import export_records


def export_pairs(session: Session, fmt: str, filters: PairFilters, *, srclang: str) -> Iterator[str]:
    """Text chunks of the export; pairs are read in keyset pages, so a corpus export never sits in memory."""
    records = repository.iter_pairs(session, **filters.as_kwargs())
    return export_records(fmt, records, srclang=srclang)
