"""Plain data classes that flow between the pipeline stages.

Offsets (``start``/``end``) are character offsets into ``NormalizedDocument.text``, the stored normalized text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from service.vocabulary import TRANSLATED_ROLES as TRANSLATED_ROLES
from service.vocabulary import SegmentRole

# Roles live in service.vocabulary (SegmentRole); TRANSLATED_ROLES says which get a pair.
ROLES = tuple(SegmentRole)


@dataclass(frozen=True)
class Dateline:
    raw: str                      # exactly as in the text: "BAKU, September 27. /TASS/."
    place: str | None = None      # "BAKU"
    date: str | None = None       # "September 27" (as written; releases often omit the year)
    agency: str | None = None     # "TASS"


@dataclass(frozen=True)
class ReleaseMetadata:
    headline: str | None = None
    lead: str | None = None
    kicker: str | None = None
    attribution: str | None = None
    dateline: Dateline | None = None
    published: dt.date | None = None   # from a leading date field (" date 2023-09-20 …")


@dataclass(frozen=True)
class Paragraph:
    index: int
    role: str
    text: str
    start: int
    end: int
    language: str
    language_confidence: float


@dataclass(frozen=True)
class Segment:
    paragraph: int
    sentence: int
    role: str
    text: str
    start: int
    end: int
    flags: tuple[str, ...] = ()   # e.g. ("split_long",) when a long sentence was cut at a clause boundary


@dataclass(frozen=True)
class LanguageGuess:
    language: str        # ISO 639-1 code; may be outside the served set
    confidence: float    # 0..1


@dataclass(frozen=True)
class NormalizedDocument:
    text: str                          # stored normalized text; paragraphs joined by "\n\n"
    language: str                      # one of de, nl, en
    language_confidence: float
    paragraphs: tuple[Paragraph, ...]
    segments: tuple[Segment, ...]
    metadata: ReleaseMetadata = field(default_factory=ReleaseMetadata)
    content_hash: str = ""             # sha256 hex of ``text``: the deduplication key
