"""Imported translation memory (``memory_units``, filled from TMX files): batch insert and exact look-up.

Units are keyed by ``source_hash`` of the source after ``normalize_inline``, the same text the pipeline gives a
segment, so an exact match at ingest is a hash look-up. A unit is unique per (languages, source hash, target
hash): inserts skip what is there already (ON CONFLICT DO NOTHING), so importing a file again adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from service.db.repository.common import source_hash
from service.db.tables import MemoryUnit, utcnow
from service.pipeline.normalize import normalize_inline

LOOKUP_CHUNK = 500  # hashes per IN (...) list


@dataclass(frozen=True)
class MemoryMatch:
    """A human translation from an imported memory for one source sentence."""

    source: str
    target: str
    provenance: str | None


def memory_key(text: str) -> str:
    return source_hash(normalize_inline(text))


def insert_memory_units(session: Session, rows: Sequence[dict[str, Any]]) -> int:
    """Insert units (source_lang, target_lang, source, target, provenance); returns how many were new."""
    if not rows:
        return 0
    now = utcnow()
    values = [
        {**row, "source_hash": memory_key(row["source"]), "target_hash": source_hash(row["target"]),
         "created_at": now}
        for row in rows
    ]
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(MemoryUnit).values(values).on_conflict_do_nothing(
        index_elements=["source_lang", "target_lang", "source_hash", "target_hash"]
    )
    # Counted from RETURNING: rowcount is -1 for a multi-row insert under psycopg.
    return len(session.execute(stmt.returning(MemoryUnit.id)).all())


def memory_matches(
    session: Session, source_lang: str, target_lang: str, sentences: Iterable[str]
) -> dict[str, MemoryMatch]:
    """Exact matches for ``sentences`` (by normalized text), keyed by the sentence as given.

    Where a source has several imported translations, the most recently imported one wins.
    """
    keys: dict[str, list[str]] = {}
    for sentence in dict.fromkeys(sentences):
        keys.setdefault(memory_key(sentence), []).append(sentence)
    found: dict[str, MemoryMatch] = {}
    hashes = list(keys)
    for start in range(0, len(hashes), LOOKUP_CHUNK):
        rows = session.execute(
            select(MemoryUnit.source_hash, MemoryUnit.source, MemoryUnit.target, MemoryUnit.provenance)
            .where(MemoryUnit.source_lang == source_lang, MemoryUnit.target_lang == target_lang,
                   MemoryUnit.source_hash.in_(hashes[start : start + LOOKUP_CHUNK]))
            .order_by(MemoryUnit.id)
        )
        for key, source, target, provenance in rows:
            for sentence in keys[key]:
                found[sentence] = MemoryMatch(source, target, provenance)
    return found


def count_memory_units(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(MemoryUnit)) or 0)
