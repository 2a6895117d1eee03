"""Request and response schemas of API v1 (they are the OpenAPI contract)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from models.registry import served_languages, source_languages
from service.db.tables import Segment
from service.records import DocumentRecord, PairRecord
from service.vocabulary import DocumentStatus, PairOrigin, PairState, Severity

# The API's language enums come from the registry (models/registry.py), so a new pair needs no edit here.
if TYPE_CHECKING:
    SourceLang = str
    TranslatableLang = str
else:
    SourceLang = StrEnum("SourceLang", {code: code for code in served_languages()})
    TranslatableLang = StrEnum("TranslatableLang", {code: code for code in source_languages()})
Status = DocumentStatus
Origin = PairOrigin


class DocumentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The release as plain text.")
    source_lang: SourceLang | None = Field(default=None, description="Omit to detect.")
    title: str | None = Field(default=None, max_length=1000)
    source: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    published: dt.date | None = None
    external_id: str | None = Field(default=None, max_length=256)


class DatelineOut(BaseModel):
    raw: str
    place: str | None
    date: str | None
    agency: str | None


class ParagraphOut(BaseModel):
    index: int
    role: str
    language: str
    language_confidence: float
    text: str


class SegmentOut(BaseModel):
    paragraph: int
    sentence: int
    role: str
    text: str
    start: int
    end: int
    flags: list[str]


class StructureOut(BaseModel):
    headline: str | None
    lead: str | None
    kicker: str | None
    attribution: str | None
    dateline: DatelineOut | None
    published_in_text: dt.date | None = Field(default=None, description="A date printed in the release.")
    paragraphs: list[ParagraphOut]


class CountsOut(BaseModel):
    paragraphs: int
    segments: int
    pairs: int


class DocumentSummary(BaseModel):
    id: int
    status: Status
    source_lang: str
    language_confidence: float
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    external_id: str | None
    content_hash: str
    error: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    translated_at: dt.datetime | None


class DocumentOut(DocumentSummary):
    structure: StructureOut
    counts: CountsOut
    segments: list[SegmentOut]


class DocumentList(BaseModel):
    items: list[DocumentSummary]
    next_cursor: str | None


class CheckOut(BaseModel):
    check: str
    severity: Severity
    message: str


class PairOut(BaseModel):
    id: int
    document_id: int
    paragraph: int
    sentence: int
    role: str
    source_lang: str
    source: str
    target_lang: str
    target: str
    origin: Origin
    model: str | None
    model_revision: str | None
    score: float | None
    flags: list[str]
    revision: int
    created_at: dt.datetime
    state: PairState = Field(description="Review state: unreviewed (new MT), edited (human), approved.")
    reviewed_by: str | None = None
    reviewed_at: dt.datetime | None = None
    checks: list[CheckOut] = Field(default_factory=list, description="Quality findings with their severity.")
    provenance: str | None = None


class PairList(BaseModel):
    items: list[PairOut]
    next_cursor: str | None


class PairPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    target: str = Field(min_length=1, max_length=20_000, description="The corrected English sentence.")


class TranslateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str | list[str] = Field(description="Text (segmented into sentences) or a list of sentences.")
    source_lang: TranslatableLang | None = None


class TranslationOut(BaseModel):
    source: str
    target: str
    score: float | None
    flags: list[str]


class TranslateOut(BaseModel):
    source_lang: str
    target_lang: str
    model: str
    model_revision: str
    translations: list[TranslationOut]


class DetectIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(max_length=100_000)


class DetectOut(BaseModel):
    language: str
    confidence: float


class LanguageOut(BaseModel):
    pair: str
    source_lang: str
    target_lang: str
    model: str
    revision: str | None
    backend: str | None
    loaded: bool
    error: str | None


class HealthOut(BaseModel):
    status: Literal["ok"]


class ReadyOut(BaseModel):
    ready: bool
    database: bool
    models: list[LanguageOut]
    missing_models: list[str]
    queue: dict[str, int]


# --- conversions --------------------------------------------------------------------------------------------
def pair_out(record: PairRecord) -> PairOut:
    return PairOut(**{**record.__dict__, "flags": list(record.flags), "checks": list(record.checks)})


def document_summary(document: DocumentRecord) -> DocumentSummary:
    return DocumentSummary.model_validate(_document_fields(document))


def document_out(document: DocumentRecord, segments: list[Segment], pair_count: int) -> DocumentOut:
    structure = document.structure
    paragraphs = [
        ParagraphOut(index=p.index, role=p.role, language=p.language, language_confidence=p.language_confidence,
                     text=document.text[p.start : p.end])
        for p in structure.paragraphs
    ]
    return DocumentOut(
        **_document_fields(document),
        structure=StructureOut(
            headline=structure.headline,
            lead=structure.lead,
            kicker=structure.kicker,
            attribution=structure.attribution,
            dateline=None if structure.dateline is None else DatelineOut(**structure.dateline.__dict__),
            published_in_text=structure.published_in_text,
            paragraphs=paragraphs,
        ),
        counts=CountsOut(paragraphs=len(paragraphs), segments=len(segments), pairs=pair_count),
        segments=[
            SegmentOut(paragraph=s.paragraph, sentence=s.sentence, role=s.role, text=s.text, start=s.start,
                       end=s.end, flags=list(s.flags or ()))
            for s in segments
        ],
    )


def _document_fields(document: DocumentRecord) -> dict[str, Any]:
    return {name: getattr(document, name) for name in DocumentSummary.model_fields if hasattr(document, name)}


# --- review -------------------------------------------------------------------------------------------------
class PairSearchIn(BaseModel):
    """The filters of ``GET /v1/pairs``, as a body: which current pairs a bulk review changes."""

    model_config = ConfigDict(extra="forbid")

    q: str | None = Field(default=None, max_length=500, description="Full-text query on source and target")
    source_lang: TranslatableLang | None = None
    document_id: int | None = Field(default=None, ge=1, le=2**62)
    origin: Origin | None = None
    flag: str | None = Field(default=None, pattern=r"^[a-z_]{1,40}$")
    state: PairState | None = None


class ChangedOut(BaseModel):
    changed: int = Field(description="How many current pairs changed state.")
