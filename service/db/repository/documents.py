"""Queries on documents and their segments."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from service.db.repository.common import decode_cursor, encode_cursor, fts_match, stored_utc
from service.db.tables import Document, Pair, Segment
from service.records import DocumentRecord, DocumentStructure


# --- documents ----------------------------------------------------------------------------------------------
def find_document_by_hash(session: Session, content_hash: str) -> Document | None:
    return session.scalars(select(Document).where(Document.content_hash == content_hash)).first()


def get_document(session: Session, document_id: int) -> Document | None:
    return session.get(Document, document_id)


def document_record(document: Document) -> DocumentRecord:
    """The ORM row as a plain record, its structure typed."""
    created, updated = stored_utc(document.created_at), stored_utc(document.updated_at)
    assert created is not None and updated is not None
    return DocumentRecord(
        id=document.id, content_hash=document.content_hash, status=document.status,
        source_lang=document.source_lang, language_confidence=round(document.language_confidence, 4),
        title=document.title, source=document.source, url=document.url, published=document.published,
        external_id=document.external_id, text=document.text,
        structure=DocumentStructure.from_json(document.structure), error=document.error,
        segment_count=document.segment_count or 0, created_at=created, updated_at=updated,
        translated_at=stored_utc(document.translated_at),
    )


def add_document(session: Session, document: Document, segments: Iterable[Segment]) -> Document:
    session.add(document)
    session.flush()
    rows = list(segments)
    for segment in rows:
        segment.document_id = document.id
    session.add_all(rows)
    session.flush()
    return document


def list_documents(
    session: Session,
    *,
    source_lang: str | None = None,
    status: str | None = None,
    q: str | None = None,
    limit: int = 50,
    cursor: str | None = None,
) -> tuple[list[Document], str | None]:
    stmt = select(Document).order_by(Document.id.desc()).limit(limit + 1)
    if source_lang:
        stmt = stmt.where(Document.source_lang == source_lang)
    if status:
        stmt = stmt.where(Document.status == status)
    if q:
        stmt = stmt.where(fts_match(session, Document, q))
    after = decode_cursor(cursor)
    if after is not None:
        stmt = stmt.where(Document.id < after)
    rows = list(session.scalars(stmt))
    next_cursor = encode_cursor(rows[limit - 1].id) if len(rows) > limit else None
    return rows[:limit], next_cursor


def delete_document(session: Session, document_id: int) -> bool:
    # Explicit child deletes: PostgreSQL cascades anyway, and SQLite only when the pragma is on.
    session.execute(delete(Pair).where(Pair.document_id == document_id))
    session.execute(delete(Segment).where(Segment.document_id == document_id))
    result = session.execute(delete(Document).where(Document.id == document_id))
    return bool(result.rowcount)  # type: ignore[attr-defined]


def segments_of(session: Session, document_id: int) -> list[Segment]:
    return list(
        session.scalars(
            select(Segment).where(Segment.document_id == document_id).order_by(Segment.paragraph, Segment.sentence)
        )
    )


def count_pairs(session: Session, document_id: int) -> int:
    return (
        session.scalar(select(func.count()).select_from(Pair).where(Pair.document_id == document_id, Pair.is_current))
        or 0
    )


def status_counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(Document.status, func.count()).group_by(Document.status))
    return {status: count for status, count in rows}
