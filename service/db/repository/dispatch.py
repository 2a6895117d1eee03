"""Work dispatch: claims with leases, translation memory, completing, failing and releasing documents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from service.db.repository.common import MAX_ATTEMPTS, source_hash
from service.db.tables import Document, Pair, Segment, utcnow


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
    model: str | None            # None for a human translation from the imported memory
    model_revision: str | None
    score: float | None
    flags: Sequence[str]
    provenance: str | None = None


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
            provenance=p.provenance,
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
