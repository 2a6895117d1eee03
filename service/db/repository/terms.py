"""Queries on the terminology list (``terms``): one entry per source language and source term."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from service.db.tables import Term as TermRow
from service.db.tables import utcnow


def list_terms(session: Session, source_lang: str | None = None) -> list[TermRow]:
    stmt = select(TermRow).order_by(TermRow.source_lang, TermRow.source_term)
    if source_lang:
        stmt = stmt.where(TermRow.source_lang == source_lang)
    return list(session.scalars(stmt))


def upsert_terms(session: Session, rows: Iterable[dict]) -> int:
    """Insert or replace entries (keyed by source language and source term); returns how many were written."""
    values = [{**row, "created_at": utcnow()} for row in rows]
    if not values:
        return 0
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = insert(TermRow).values(values)
    stmt = stmt.on_conflict_do_update(
        index_elements=["source_lang", "source_term"],
        set_={"target_term": stmt.excluded.target_term, "dnt": stmt.excluded.dnt, "note": stmt.excluded.note},
    )
    session.execute(stmt)
    return len(values)


def delete_term(session: Session, term_id: int) -> bool:
    return bool(getattr(session.execute(delete(TermRow).where(TermRow.id == term_id)), "rowcount", 0))
