"""Read use cases: a document with what is shown beside it, the document list, the pair search, revisions,
and deleting a document. Plain data out (records, never ORM rows), so the API and the workspace render the same."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy.orm import Session

from service.corpus.ingesting import require_document
from service.corpus.review import PairFilters
from service.db import repository
from service.db.tables import Segment
from service.errors import NotFoundError
from service.records import DocumentRecord, PairRecord


@dataclass(frozen=True)
class DocumentView:
    document: DocumentRecord
    segments: list[Segment]
    pair_count: int
    qa: Counter[str]            # findings of its current pairs by severity


def document_view(session: Session, document_id: int) -> DocumentView:
    document = repository.document_record(require_document(session, document_id))
    return DocumentView(document, repository.segments_of(session, document_id),
                        repository.count_pairs(session, document_id),
                        repository.qa_counts(session, [document_id])[document_id])


@dataclass(frozen=True)
class DocumentPage:
    documents: list[DocumentRecord]
    qa: dict[int, Counter[str]]
    next_cursor: str | None


def list_documents(
    session: Session, *, source_lang: str | None = None, status: str | None = None, q: str | None = None,
    limit: int = 50, cursor: str | None = None,
) -> DocumentPage:
    """Newest first, filtered, a page at a time."""
    rows, next_cursor = repository.list_documents(session, source_lang=source_lang, status=status, q=q, limit=limit,
                                                  cursor=cursor)
    return DocumentPage([repository.document_record(row) for row in rows],
                        repository.qa_counts(session, [row.id for row in rows]), next_cursor)


def delete_document(session: Session, document_id: int) -> None:
    require_document(session, document_id)
    repository.delete_document(session, document_id)


def search_pairs(
    session: Session, filters: PairFilters, *, limit: int = 50, cursor: str | None = None
) -> tuple[list[PairRecord], str | None]:
    return repository.search_pairs(session, limit=limit, cursor=cursor, **filters.as_kwargs())


def revisions(session: Session, pair_id: int) -> list[PairRecord]:
    """Every revision of the pair's segment, oldest first."""
    records = repository.revisions_of(session, pair_id)
    if not records:
        raise NotFoundError(f"pair {pair_id} does not exist")
    return records
