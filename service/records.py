"""Read models shared by the store, the API and the exporters (plain data, no ORM objects leak out)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from service.pipeline.document import NormalizedDocument


@dataclass(frozen=True)
class PairRecord:
    """One aligned bilingual unit: a source sentence and its current English revision."""

    id: int
    document_id: int
    paragraph: int
    sentence: int
    role: str
    source_lang: str
    source: str
    target_lang: str
    target: str
    origin: str  # service.vocabulary.PairOrigin
    model: str | None
    model_revision: str | None
    score: float | None
    flags: tuple[str, ...]
    revision: int
    created_at: dt.datetime
    state: str = "unreviewed"                      # service.vocabulary.PairState
    reviewed_by: str | None = None
    reviewed_at: dt.datetime | None = None
    checks: tuple[dict, ...] = ()                  # {"check", "severity", "message"}
    provenance: str | None = None


@dataclass(frozen=True)
class DatelineInfo:
    raw: str
    place: str | None = None
    date: str | None = None
    agency: str | None = None


@dataclass(frozen=True)
class ParagraphInfo:
    index: int
    role: str               # service.vocabulary.SegmentRole
    start: int              # character offsets into the stored text
    end: int
    language: str
    language_confidence: float


@dataclass(frozen=True)
class DocumentStructure:
    """A release's structure as the pipeline found it: stored with the document (its JSON form), shown by the
    API and the workspace, printed by the CLI. One type from the pipeline to every reader."""

    headline: str | None = None
    lead: str | None = None
    kicker: str | None = None
    attribution: str | None = None
    dateline: DatelineInfo | None = None
    published_in_text: dt.date | None = None
    paragraphs: tuple[ParagraphInfo, ...] = ()

    @classmethod
    def from_normalized(cls, normalized: NormalizedDocument) -> DocumentStructure:
        md = normalized.metadata
        return cls(
            headline=md.headline, lead=md.lead, kicker=md.kicker, attribution=md.attribution,
            dateline=None if md.dateline is None else DatelineInfo(
                md.dateline.raw, md.dateline.place, md.dateline.date, md.dateline.agency
            ),
            published_in_text=md.published,
            paragraphs=tuple(
                ParagraphInfo(p.index, p.role, p.start, p.end, p.language, round(p.language_confidence, 4))
                for p in normalized.paragraphs
            ),
        )

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["published_in_text"] = self.published_in_text.isoformat() if self.published_in_text else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> DocumentStructure:
        data = data or {}
        dateline = data.get("dateline")
        published = data.get("published_in_text")
        return cls(
            headline=data.get("headline"), lead=data.get("lead"), kicker=data.get("kicker"),
            attribution=data.get("attribution"),
            dateline=DatelineInfo(**dateline) if dateline else None,
            published_in_text=dt.date.fromisoformat(published) if published else None,
            paragraphs=tuple(ParagraphInfo(**p) for p in data.get("paragraphs") or ()),
        )


@dataclass(frozen=True)
class DocumentRecord:
    """A stored document without its ORM row: what the API and the workspace read."""

    id: int
    content_hash: str
    status: str             # service.vocabulary.DocumentStatus
    source_lang: str
    language_confidence: float
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    external_id: str | None
    text: str
    structure: DocumentStructure
    error: str | None
    segment_count: int
    created_at: dt.datetime
    updated_at: dt.datetime
    translated_at: dt.datetime | None
