"""Read models shared by the store, the API and the exporters (plain data, no ORM objects leak out)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


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
