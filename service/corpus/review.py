"""Review use cases: correct a pair (a new human revision), approve or reopen pairs, one by one or by search.

The API, the CLI, the workspace and the XLIFF import call these; they take the session first and never commit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from service.db import repository
from service.errors import InputError, NotFoundError
from service.pipeline.normalize import normalize_inline
from service.records import PairRecord
from service.vocabulary import PairState


@dataclass(frozen=True)
class PairFilters:
    """What a pair search (and a bulk review or an export of its result) selects."""

    source_lang: str | None = None
    q: str | None = None
    document_id: int | None = None
    origin: str | None = None
    flag: str | None = None
    state: str | None = None

    def as_kwargs(self) -> dict[str, Any]:
        return dict(self.__dict__)


def require_pair(session: Session, pair_id: int) -> PairRecord:
    record = repository.get_pair(session, pair_id)
    if record is None:
        raise NotFoundError(f"pair {pair_id} does not exist")
    return record


def correct_pair(session: Session, pair_id: int, target: str) -> PairRecord:
    """Store a human correction as the segment's new current revision (origin human, state edited)."""
    cleaned = normalize_inline(target)
    if not cleaned:
        raise InputError("target must not be blank")
    record = repository.add_human_revision(session, pair_id, cleaned)
    if record is None:
        raise NotFoundError(f"pair {pair_id} does not exist")
    return record


def set_state(session: Session, pair_ids: Iterable[int], state: PairState, *, reviewer: str | None = None) -> int:
    """Approve (with who) or reopen the given current pairs; returns how many changed."""
    return repository.set_review_state(session, list(pair_ids), str(state), reviewer=reviewer)


def set_state_by_search(
    session: Session, filters: PairFilters, state: PairState, *, reviewer: str | None = None
) -> int:
    """Approve or reopen every current pair a search matches."""
    ids = repository.matching_pair_ids(session, **filters.as_kwargs())
    return set_state(session, ids, state, reviewer=reviewer)
