"""Helpers shared by the repository modules: cursors, full-text matching, hashing."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from service.db.tables import Document, Pair
from service.errors import InputError
from service.pipeline.normalize import normalize_inline

MAX_ATTEMPTS = 5


def source_hash(sentence: str) -> str:
    return hashlib.sha256(sentence.encode("utf-8")).hexdigest()


# --- cursors ------------------------------------------------------------------------------------------------
def encode_cursor(last_id: int) -> str:
    return base64.urlsafe_b64encode(f"id:{last_id}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int | None:
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        prefix, _, value = raw.partition(":")
        if prefix != "id":
            raise ValueError(raw)
        return int(value)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError("cursor is not one this server issued") from exc


# --- full text ----------------------------------------------------------------------------------------------
def fts_match(session: Session, table: type[Document] | type[Pair], query: str) -> Any:
    """A WHERE clause matching ``query`` as plain words (all of them), never as the engine's query syntax."""
    # Control characters (NUL above all) are invalid in both engines' query strings; the text never has them.
    words = [w for w in normalize_inline(query).split() if w]
    if not words:
        raise InputError("q must contain at least one word")
    query = " ".join(words)
    if session.get_bind().dialect.name == "sqlite":
        # Each word quoted: FTS5 operators and punctuation in user input become literal text.
        fts_query = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        name = table.__tablename__
        return table.id.in_(text(f"SELECT rowid FROM {name}_fts WHERE {name}_fts MATCH :fts").bindparams(fts=fts_query))
    # transnorm_fold (migration 0003) strips diacritics as the indexed column's expression does.
    match = f"{table.__tablename__}.search @@ plainto_tsquery('simple', transnorm_fold(:fts))"
    return text(match).bindparams(fts=query)


def stored_utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands datetimes back naive; they were written in UTC."""
    return value.replace(tzinfo=dt.UTC) if value is not None and value.tzinfo is None else value
