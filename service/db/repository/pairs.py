"""Queries on pairs: per document, corpus search, keyset iteration for exports, human revisions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import String, and_, case, cast, func, or_, select, update
from sqlalchemy.orm import Session

from service.db.repository.common import decode_cursor, encode_cursor, fts_match, stored_utc
from service.db.tables import Pair, Segment, utcnow
from service.records import PairRecord


# --- pairs --------------------------------------------------------------------------------------------------
def _pair_records(session: Session, stmt: Any) -> list[PairRecord]:
    return [_to_record(pair, segment) for pair, segment in session.execute(stmt)]


def _to_record(pair: Pair, segment: Segment) -> PairRecord:
    created = stored_utc(pair.created_at)
    assert created is not None
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
        state=pair.state,
        reviewed_by=pair.reviewed_by,
        reviewed_at=stored_utc(pair.reviewed_at),
        checks=tuple(pair.checks or ()),
        provenance=pair.provenance,
    )


def _current_pairs() -> Any:
    return select(Pair, Segment).join(Segment, Segment.id == Pair.segment_id).where(Pair.is_current)


def pairs_of_document(session: Session, document_id: int) -> list[PairRecord]:
    stmt = _current_pairs().where(Pair.document_id == document_id).order_by(Segment.paragraph, Segment.sentence)
    return _pair_records(session, stmt)


# A position in document order as one integer cursor: a document has at most a few thousand sentences.
_POSITION = 1_000_000


def page_of_document(
    session: Session, document_id: int, *, limit: int, cursor: str | None = None
) -> tuple[list[PairRecord], str | None]:
    """A page of the document's current pairs in document order, with the cursor of the next page."""
    stmt = _current_pairs().where(Pair.document_id == document_id)
    after = decode_cursor(cursor)
    if after is not None:
        paragraph, sentence = divmod(after, _POSITION)
        stmt = stmt.where(or_(Segment.paragraph > paragraph,
                              and_(Segment.paragraph == paragraph, Segment.sentence > sentence)))
    records = _pair_records(session, stmt.order_by(Segment.paragraph, Segment.sentence).limit(limit + 1))
    if len(records) <= limit:
        return records, None
    last = records[limit - 1]
    return records[:limit], encode_cursor(last.paragraph * _POSITION + last.sentence)


def _pair_filters(
    session: Session,
    *,
    source_lang: str | None = None,
    q: str | None = None,
    document_id: int | None = None,
    origin: str | None = None,
    flag: str | None = None,
    state: str | None = None,
) -> list[Any]:
    filters: list[Any] = []
    if source_lang:
        filters.append(Pair.source_lang == source_lang)
    if document_id is not None:
        filters.append(Pair.document_id == document_id)
    if origin:
        filters.append(Pair.origin == origin)
    if state:
        filters.append(Pair.state == state)
    if flag:
        # flags and check names are identifiers ([a-z_]+, checked by the API), so a match on the JSON text is
        # exact; a quality check's finding counts as its flag.
        filters.append(or_(cast(Pair.flags, String).like(f'%"{flag}"%'),
                           cast(Pair.checks, String).like(f'%"check": "{flag}"%')))
    if q:
        filters.append(fts_match(session, Pair, q))
    return filters


def search_pairs(
    session: Session,
    *,
    source_lang: str | None = None,
    q: str | None = None,
    document_id: int | None = None,
    origin: str | None = None,
    flag: str | None = None,
    state: str | None = None,
    limit: int = 50,
    cursor: str | None = None,
) -> tuple[list[PairRecord], str | None]:
    filters = _pair_filters(session, source_lang=source_lang, q=q, document_id=document_id, origin=origin, flag=flag,
                            state=state)
    after = decode_cursor(cursor)
    if after is not None:
        filters.append(Pair.id > after)
    stmt = _current_pairs().where(*filters).order_by(Pair.id).limit(limit + 1)
    records = _pair_records(session, stmt)
    next_cursor = encode_cursor(records[limit - 1].id) if len(records) > limit else None
    return records[:limit], next_cursor


def iter_pairs(
    session: Session,
    *,
    source_lang: str | None = None,
    document_id: int | None = None,
    q: str | None = None,
    origin: str | None = None,
    flag: str | None = None,
    state: str | None = None,
    chunk: int = 1000,
) -> Iterator[PairRecord]:
    """All current pairs matching the filters in document order, fetched in keyset pages so a corpus export
    never sits in memory."""
    filters = _pair_filters(session, source_lang=source_lang, q=q, document_id=document_id, origin=origin,
                            flag=flag, state=state)
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


def add_human_revision(
    session: Session, pair_id: int, target: str, *, checks: list[dict] | None = None, provenance: str | None = None
) -> PairRecord | None:
    """A correction becomes the segment's new current revision (state edited); every earlier revision is kept."""
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
        state="edited",
        checks=checks or [],
        provenance=provenance,
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


def set_review_state(session: Session, pair_ids: list[int], state: str, *, reviewer: str | None) -> int:
    """Set the review state of current pairs (approve: who and when; reopen: cleared). Returns rows changed."""
    if not pair_ids:
        return 0
    approved = state == "approved"
    result = session.execute(
        update(Pair)
        .where(Pair.id.in_(pair_ids), Pair.is_current)
        .values(state=state, reviewed_by=reviewer if approved else None, reviewed_at=utcnow() if approved else None)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def reopen_pairs(session: Session, pair_ids: list[int]) -> int:
    """Take current pairs out of review: a human revision goes back to edited, machine output to unreviewed."""
    if not pair_ids:
        return 0
    result = session.execute(
        update(Pair)
        .where(Pair.id.in_(pair_ids), Pair.is_current)
        .values(state=case((Pair.origin == "human", "edited"), else_="unreviewed"), reviewed_by=None,
                reviewed_at=None)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def matching_pair_ids(session: Session, **filters: Any) -> list[int]:
    """Ids of the current pairs a search (the filters of ``search_pairs``) matches, for bulk review."""
    stmt = _current_pairs().with_only_columns(Pair.id).where(*_pair_filters(session, **filters)).order_by(Pair.id)
    return list(session.scalars(stmt))


def set_checks(session: Session, pair_id: int, checks: list[dict]) -> None:
    session.execute(update(Pair).where(Pair.id == pair_id).values(checks=checks))
