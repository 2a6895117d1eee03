"""Every query Transnorm runs. Functions take the session first and never commit: the caller (a request or a
job) commits once, or rolls back."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, and_, cast, delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from service.db.tables import Document, Pair, Segment, utcnow
from service.errors import InputError
from service.pipeline.normalize import normalize_inline
from service.records import PairRecord

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
def _fts_match(session: Session, table: type[Document] | type[Pair], query: str) -> Any:
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
    return text(f"{table.__tablename__}.search @@ plainto_tsquery('simple', :fts)").bindparams(fts=query)


# --- documents ----------------------------------------------------------------------------------------------
def find_document_by_hash(session: Session, content_hash: str) -> Document | None:
    return session.scalars(select(Document).where(Document.content_hash == content_hash)).first()


def get_document(session: Session, document_id: int) -> Document | None:
    return session.get(Document, document_id)


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
        stmt = stmt.where(_fts_match(session, Document, q))
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


# --- pairs --------------------------------------------------------------------------------------------------
def _pair_records(session: Session, stmt: Any) -> list[PairRecord]:
    return [_to_record(pair, segment) for pair, segment in session.execute(stmt)]


def _to_record(pair: Pair, segment: Segment) -> PairRecord:
    created = pair.created_at if pair.created_at.tzinfo else pair.created_at.replace(tzinfo=dt.UTC)
    return PairRecord(
        id=pair.id,
        document_id=pair.document_id,
        paragraph=segment.paragraph,
        sentence=segment.sentence,
        role=segment.role,
        source_lang=pair.source_lang,
        source=pair.source,
        target_lang=pair.target_lang,
        target=pair.target,
        origin=pair.origin,
        model=pair.model,
        model_revision=pair.model_revision,
        score=pair.score,
        flags=tuple(pair.flags or ()),
        revision=pair.revision,
        created_at=created,
    )


def _current_pairs() -> Any:
    return select(Pair, Segment).join(Segment, Segment.id == Pair.segment_id).where(Pair.is_current)


def pairs_of_document(session: Session, document_id: int) -> list[PairRecord]:
    stmt = _current_pairs().where(Pair.document_id == document_id).order_by(Segment.paragraph, Segment.sentence)
    return _pair_records(session, stmt)


def _pair_filters(
    session: Session,
    *,
    source_lang: str | None,
    q: str | None,
    document_id: int | None,
    origin: str | None,
    flag: str | None,
) -> list[Any]:
    filters: list[Any] = []
    if source_lang:
        filters.append(Pair.source_lang == source_lang)
    if document_id is not None:
        filters.append(Pair.document_id == document_id)
    if origin:
        filters.append(Pair.origin == origin)
    if flag:
        # flags are identifiers ([a-z_]+, checked by the API), so a match on the JSON text is exact.
        filters.append(cast(Pair.flags, String).like(f'%"{flag}"%'))
    if q:
        filters.append(_fts_match(session, Pair, q))
    return filters


def search_pairs(
    session: Session,
    *,
    source_lang: str | None = None,
    q: str | None = None,
    document_id: int | None = None,
    origin: str | None = None,
    flag: str | None = None,
    limit: int = 50,
    cursor: str | None = None,
) -> tuple[list[PairRecord], str | None]:
    filters = _pair_filters(session, source_lang=source_lang, q=q, document_id=document_id, origin=origin, flag=flag)
    after = decode_cursor(cursor)
    if after is not None:
        filters.append(Pair.id > after)
    stmt = _current_pairs().where(*filters).order_by(Pair.id).limit(limit + 1)
    records = _pair_records(session, stmt)
    next_cursor = encode_cursor(records[limit - 1].id) if len(records) > limit else None
    return records[:limit], next_cursor


def iter_pairs(
    session: Session, *, source_lang: str | None = None, document_id: int | None = None, chunk: int = 1000
) -> Iterator[PairRecord]:
    """All current pairs in document order, fetched in keyset pages so a corpus export never sits in memory."""
    filters = _pair_filters(session, source_lang=source_lang, q=None, document_id=document_id, origin=None, flag=None)
    last = (-1, -1, -1)
    while True:
        doc_id, para, sent = last
        stmt = (
            _current_pairs()
            .where(*filters)
            .where(
                or_(
                    Pair.document_id > doc_id,
                    and_(Pair.document_id == doc_id, Segment.paragraph > para),
                    and_(Pair.document_id == doc_id, Segment.paragraph == para, Segment.sentence > sent),
                )
            )
            .order_by(Pair.document_id, Segment.paragraph, Segment.sentence)
            .limit(chunk)
        )
        records = _pair_records(session, stmt)
        yield from records
        if len(records) < chunk:
            return
        tail = records[-1]
        last = (tail.document_id, tail.paragraph, tail.sentence)


def get_pair(session: Session, pair_id: int) -> PairRecord | None:
    row = session.execute(
        select(Pair, Segment).join(Segment, Segment.id == Pair.segment_id).where(Pair.id == pair_id)
    ).first()
    return _to_record(row[0], row[1]) if row else None


def add_human_revision(session: Session, pair_id: int, target: str) -> PairRecord | None:
    """A correction becomes the segment's new current revision; every earlier revision is kept."""
    base = session.get(Pair, pair_id)
    if base is None:
        return None
    latest = session.scalar(select(func.max(Pair.revision)).where(Pair.segment_id == base.segment_id)) or 0
    session.execute(update(Pair).where(Pair.segment_id == base.segment_id).values(is_current=False))
    session.flush()
    revision = Pair(
        segment_id=base.segment_id,
        document_id=base.document_id,
        revision=latest + 1,
        is_current=True,
        source_lang=base.source_lang,
        target_lang=base.target_lang,
        source=base.source,
        source_hash=base.source_hash,
        target=target,
        origin="human",
        model=None,
        model_revision=None,
        score=None,
        flags=[],
        created_at=utcnow(),
    )
    session.add(revision)
    session.flush()
    return get_pair(session, revision.id)


def revisions_of(session: Session, pair_id: int) -> list[PairRecord]:
    base = session.get(Pair, pair_id)
    if base is None:
        return []
    stmt = (
        select(Pair, Segment)
        .join(Segment, Segment.id == Pair.segment_id)
        .where(Pair.segment_id == base.segment_id)
        .order_by(Pair.revision)
    )
    return _pair_records(session, stmt)


# --- work dispatch ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class WorkItem:
    segment_id: int
    document_id: int
    source_lang: str
    text: str


@dataclass(frozen=True)
class NewPair:
    segment_id: int
    source: str
    target: str
    origin: str
    model: str
    model_revision: str
    score: float | None
    flags: Sequence[str]


def claim_documents(
    session: Session, *, owner: str, langs: Sequence[str], limit: int, lease_seconds: float
) -> list[int]:
    """Claim queued documents (and ones whose lease expired) for ``owner``; atomic on both databases."""
    if not langs:
        return []
    now = utcnow()
    expired = and_(Document.status == "translating", Document.lease_expires_at < now)
    # A document that has crashed its workers again and again is given up, not retried forever.
    session.execute(
        update(Document)
        .where(expired, Document.attempts >= MAX_ATTEMPTS)
        .values(status="failed", error=f"gave up after {MAX_ATTEMPTS} attempts", lease_owner=None, updated_at=now)
    )
    candidates = (
        select(Document.id)
        .where(Document.source_lang.in_(list(langs)), or_(Document.status == "queued", expired))
        .order_by(Document.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    claimed = session.scalars(
        update(Document)
        .where(Document.id.in_(candidates.scalar_subquery()))
        .values(
            status="translating",
            lease_owner=owner,
            lease_expires_at=now + dt.timedelta(seconds=lease_seconds),
            attempts=Document.attempts + 1,
            updated_at=now,
        )
        .returning(Document.id)
    )
    return sorted(claimed)


def renew_lease(session: Session, document_ids: Sequence[int], *, owner: str, lease_seconds: float) -> None:
    session.execute(
        update(Document)
        .where(Document.id.in_(list(document_ids)), Document.lease_owner == owner)
        .values(lease_expires_at=utcnow() + dt.timedelta(seconds=lease_seconds))
    )


def work_items(session: Session, document_ids: Sequence[int], roles: Iterable[str]) -> list[WorkItem]:
    rows = session.execute(
        select(Segment.id, Segment.document_id, Document.source_lang, Segment.text)
        .join(Document, Document.id == Segment.document_id)
        .where(Segment.document_id.in_(list(document_ids)), Segment.role.in_(list(roles)))
        .order_by(Segment.document_id, Segment.paragraph, Segment.sentence)
    )
    return [WorkItem(*row) for row in rows]


def translation_memory(
    session: Session, sources: Iterable[str], *, model: str, model_revision: str
) -> dict[str, tuple[str, float | None, list[str]]]:
    """Exact matches of source sentences already machine-translated by the same model and revision."""
    by_hash = {source_hash(s): s for s in sources}
    found: dict[str, tuple[str, float | None, list[str]]] = {}
    hashes = list(by_hash)
    for start in range(0, len(hashes), 500):
        rows = session.execute(
            select(Pair.source_hash, Pair.source, Pair.target, Pair.score, Pair.flags).where(
                Pair.source_hash.in_(hashes[start : start + 500]),
                Pair.model == model,
                Pair.model_revision == model_revision,
                Pair.origin.in_(("mt", "tm")),
            )
        )
        for digest, source, target, score, flags in rows:
            if source == by_hash[digest]:
                found[source] = (target, score, list(flags or ()))
    return found


def complete_document(
    session: Session, document_id: int, *, owner: str, target_lang: str, pairs: Sequence[NewPair]
) -> bool:
    """Write a document's pairs and mark it done, only if ``owner`` still holds its lease.

    Returns False (and writes nothing) when the lease was lost: another worker owns the document now.
    """
    now = utcnow()
    held = session.execute(
        update(Document)
        .where(Document.id == document_id, Document.lease_owner == owner, Document.status == "translating")
        .values(status="done", error=None, lease_owner=None, lease_expires_at=None, updated_at=now, translated_at=now)
    )
    if held.rowcount != 1:  # type: ignore[attr-defined]
        return False
    source_lang = session.scalar(select(Document.source_lang).where(Document.id == document_id)) or ""
    session.add_all(
        Pair(
            segment_id=p.segment_id,
            document_id=document_id,
            revision=1,
            is_current=True,
            source_lang=source_lang,
            target_lang=target_lang,
            source=p.source,
            source_hash=source_hash(p.source),
            target=p.target,
            origin=p.origin,
            model=p.model,
            model_revision=p.model_revision,
            score=p.score,
            flags=list(p.flags),
            created_at=now,
        )
        for p in pairs
    )
    session.flush()
    return True


def fail_document(session: Session, document_id: int, *, owner: str, error: str) -> None:
    session.execute(
        update(Document)
        .where(Document.id == document_id, Document.lease_owner == owner)
        .values(status="failed", error=error[:2000], lease_owner=None, lease_expires_at=None, updated_at=utcnow())
    )


def release_documents(session: Session, document_ids: Sequence[int], *, owner: str) -> None:
    """Hand claimed documents back to the queue (graceful shutdown), keeping nothing half-done."""
    session.execute(
        update(Document)
        .where(Document.id.in_(list(document_ids)), Document.lease_owner == owner, Document.status == "translating")
        .values(
            status="queued",
            lease_owner=None,
            lease_expires_at=None,
            attempts=Document.attempts - 1,
            updated_at=utcnow(),
        )
    )


def park_documents(session: Session, *, missing_langs: Sequence[str], ready_langs: Sequence[str]) -> None:
    """Documents whose model is missing wait (status waiting_for_model); they queue again once it is there."""
    now = utcnow()
    if missing_langs:
        session.execute(
            update(Document)
            .where(Document.status == "queued", Document.source_lang.in_(list(missing_langs)))
            .values(status="waiting_for_model", updated_at=now)
        )
    if ready_langs:
        session.execute(
            update(Document)
            .where(Document.status == "waiting_for_model", Document.source_lang.in_(list(ready_langs)))
            .values(status="queued", updated_at=now)
        )
