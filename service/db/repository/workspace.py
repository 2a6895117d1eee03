"""Reads the web workspace needs beyond the API's: a page of a document's rows, per-document review summaries."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import String, and_, cast, func, select
from sqlalchemy.orm import Session

from service.db.repository.pairs import _to_record
from service.db.tables import Pair, Segment
from service.records import PairRecord


@dataclass(frozen=True)
class SegmentRow:
    """One sentence of a document as the workspace shows it: the segment and its current pair, if translated."""

    paragraph: int
    sentence: int
    role: str
    text: str
    flags: tuple[str, ...]
    pair: PairRecord | None


@dataclass
class DocumentSummary:
    pairs: int = 0
    states: Counter[str] = field(default_factory=Counter)
    severities: Counter[str] = field(default_factory=Counter)


def count_segments(session: Session, document_id: int) -> int:
    return session.scalar(select(func.count()).select_from(Segment).where(Segment.document_id == document_id)) or 0


def document_rows(session: Session, document_id: int, *, offset: int, limit: int) -> list[SegmentRow]:
    """A page of the document's segments in reading order, each with its current pair (outer join)."""
    stmt = (
        select(Segment, Pair)
        .outerjoin(Pair, and_(Pair.segment_id == Segment.id, Pair.is_current))
        .where(Segment.document_id == document_id)
        .order_by(Segment.paragraph, Segment.sentence)
        .offset(offset)
        .limit(limit)
    )
    return [
        SegmentRow(s.paragraph, s.sentence, s.role, s.text, tuple(s.flags or ()),
                   _to_record(p, s) if p is not None else None)
        for s, p in session.execute(stmt)
    ]


def document_summaries(session: Session, document_ids: list[int]) -> dict[int, DocumentSummary]:
    """Per document: current pairs, how many are in each review state, and quality findings by severity."""
    summaries = {doc_id: DocumentSummary() for doc_id in document_ids}
    if not document_ids:
        return summaries
    states = session.execute(
        select(Pair.document_id, Pair.state, func.count())
        .where(Pair.document_id.in_(document_ids), Pair.is_current)
        .group_by(Pair.document_id, Pair.state)
    )
    for doc_id, state, count in states:
        summaries[doc_id].states[state] += count
        summaries[doc_id].pairs += count
    for doc_id, severities in qa_counts(session, document_ids).items():
        summaries[doc_id].severities.update(severities)
    return summaries


def qa_counts(session: Session, document_ids: list[int]) -> dict[int, Counter[str]]:
    """Per document, the findings of its current pairs by severity (the workspace's summary and the API's ``qa``).

    Findings are a JSON list per pair, counted here rather than in SQL (json_each and jsonb_array_elements differ
    by database); only pairs that have some are read: an empty list serializes as "[]".
    """
    counts: dict[int, Counter[str]] = {doc_id: Counter() for doc_id in document_ids}
    if not document_ids:
        return counts
    findings = session.execute(
        select(Pair.document_id, Pair.checks).where(
            Pair.document_id.in_(document_ids), Pair.is_current, func.length(cast(Pair.checks, String)) > 2
        )
    )
    for doc_id, checks in findings:
        for check in checks or ():
            counts[doc_id][str(check.get("severity", "info"))] += 1
    return counts


def segment_index(session: Session, document_id: int, paragraph: int, sentence: int) -> int:
    """How many of the document's segments come before this position (to find the page it is on)."""
    before = (Segment.paragraph < paragraph) | ((Segment.paragraph == paragraph) & (Segment.sentence < sentence))
    return session.scalar(
        select(func.count()).select_from(Segment).where(Segment.document_id == document_id, before)
    ) or 0
