"""Queries of the quality commands: pages of current pairs to re-check, the machine translations a terminology
change affects, and their re-translation stored as a new machine revision."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from service.db.repository.pairs import _pair_records, add_revision
from service.db.tables import Pair, Segment
from service.records import PairRecord
from service.vocabulary import PairOrigin, PairState

MACHINE_ORIGINS = (PairOrigin.MT, PairOrigin.TM)
# Beyond this many terms the LIKE prefilter costs more than reading the sources: the caller matches in Python.
PREFILTER_TERMS = 200


def _current(source_lang: str | None, document_id: int | None) -> list[Any]:
    filters: list[Any] = [Pair.is_current]
    if source_lang:
        filters.append(Pair.source_lang == source_lang)
    if document_id is not None:
        filters.append(Pair.document_id == document_id)
    return filters


def count_current_pairs(session: Session, *, source_lang: str | None = None, document_id: int | None = None) -> int:
    return session.scalar(select(func.count()).select_from(Pair).where(*_current(source_lang, document_id))) or 0


def current_pairs_after(
    session: Session, after_id: int, *, limit: int, source_lang: str | None = None, document_id: int | None = None
) -> list[PairRecord]:
    """The next ``limit`` current pairs by id after ``after_id`` (a keyset page: stable while pages are written)."""
    stmt = (
        select(Pair, Segment).join(Segment, Segment.id == Pair.segment_id)
        .where(*_current(source_lang, document_id), Pair.id > after_id)
        .order_by(Pair.id).limit(limit)
    )
    return _pair_records(session, stmt)


def unreviewed_machine_sources(
    session: Session, source_lang: str, contains: Sequence[str], *, after_id: int = 0, limit: int = 1000
) -> list[tuple[int, str]]:
    """(id, source) of current machine pairs (mt or tm, unreviewed) of ``source_lang`` after ``after_id``, whose
    source contains one of ``contains`` (a substring prefilter; every pair when there are too many to OR)."""
    stmt = (
        select(Pair.id, Pair.source)
        .where(Pair.is_current, Pair.source_lang == source_lang, Pair.state == PairState.UNREVIEWED,
               Pair.origin.in_([str(o) for o in MACHINE_ORIGINS]), Pair.id > after_id)
        .order_by(Pair.id).limit(limit)
    )
    if contains and len(contains) <= PREFILTER_TERMS:
        stmt = stmt.where(or_(*(Pair.source.contains(text, autoescape=True) for text in contains)))
    return [(row.id, row.source) for row in session.execute(stmt)]


def pairs_by_ids(session: Session, pair_ids: Sequence[int]) -> list[PairRecord]:
    stmt = (
        select(Pair, Segment).join(Segment, Segment.id == Pair.segment_id)
        .where(Pair.id.in_(list(pair_ids))).order_by(Pair.id)
    )
    return _pair_records(session, stmt)


def add_machine_revision(
    session: Session, pair_id: int, target: str, *, model: str | None, model_revision: str | None,
    score: float | None, flags: Sequence[str], checks: Sequence[dict], provenance: str | None = None,
) -> PairRecord | None:
    """A re-translation becomes the segment's new current revision (origin mt, unreviewed), history kept; only
    while ``pair_id`` is still the current, unreviewed machine pair (a person may have edited it meanwhile):
    otherwise nothing is written and None is returned."""
    base = session.get(Pair, pair_id)
    if base is None or not base.is_current or base.state != PairState.UNREVIEWED \
            or base.origin not in MACHINE_ORIGINS:
        return None
    return add_revision(session, base, target=target, origin=PairOrigin.MT, state=PairState.UNREVIEWED,
                        model=model, model_revision=model_revision, score=score, flags=list(flags),
                        checks=list(checks), provenance=provenance)
