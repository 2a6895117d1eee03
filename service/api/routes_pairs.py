"""/v1/pairs and /v1/export: the parallel text across the corpus, its corrections and its review states."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from service import corpus
from service.api.deps import PairId, ReadSession, RuntimeDep, WriteSession
from service.api.exports import EXPORT_RESPONSES, ExportFormat, stream_export
from service.api.problems import problem_responses
from service.api.schemas import (
    ChangedOut,
    Origin,
    PairList,
    PairOut,
    PairPatch,
    PairSearchIn,
    TranslatableLang,
    pair_out,
)
from service.api.security import Guard, Principal
from service.errors import InputError
from service.vocabulary import PairState

router = APIRouter(tags=["pairs"])

Flag = Annotated[str | None, Query(pattern=r"^[a-z_]{1,40}$", description="A quality flag or check")]
TextQuery = Annotated[str | None, Query(max_length=500, description="Full-text query on source and target")]
DocumentFilter = Annotated[int | None, Query(ge=1, le=2**62)]
LOCAL_REVIEWER = "local"  # who approved, when the API is open (no keys configured)


def pair_filters(
    source_lang: TranslatableLang | None = None,
    q: TextQuery = None,
    document_id: DocumentFilter = None,
    origin: Origin | None = None,
    flag: Flag = None,
    state: PairState | None = None,
) -> corpus.PairFilters:
    """The search filters of the query string, shared by the pair search and the corpus export."""
    return corpus.PairFilters(source_lang=source_lang, q=q, document_id=document_id, origin=origin, flag=flag,
                              state=state)


PairFiltersDep = Annotated[corpus.PairFilters, Depends(pair_filters)]


def reviewer(principal: Principal) -> str:
    return principal.key_name or LOCAL_REVIEWER


@router.get("/v1/pairs", response_model=PairList, responses=problem_responses(422))
def search_pairs(
    session: ReadSession,
    filters: PairFiltersDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> PairList:
    """Search the current pairs of the whole corpus."""
    records, next_cursor = corpus.search_pairs(session, filters, limit=limit, cursor=cursor)
    return PairList(items=[pair_out(r) for r in records], next_cursor=next_cursor)


@router.post("/v1/pairs/approve", response_model=ChangedOut, responses=problem_responses(422))
def approve_search(search: PairSearchIn, session: WriteSession, principal: Guard) -> ChangedOut:
    """Approve every current pair the search matches (at least one filter); the key's name is the reviewer."""
    changed = corpus.set_state_by_search(session, _filters(search), PairState.APPROVED, reviewer=reviewer(principal))
    session.commit()
    return ChangedOut(changed=changed)


@router.post("/v1/pairs/reopen", response_model=ChangedOut, responses=problem_responses(422))
def reopen_search(search: PairSearchIn, session: WriteSession) -> ChangedOut:
    """Reopen (back to unreviewed) every current pair the search matches (at least one filter)."""
    changed = corpus.set_state_by_search(session, _filters(search), PairState.UNREVIEWED)
    session.commit()
    return ChangedOut(changed=changed)


def _filters(search: PairSearchIn) -> corpus.PairFilters:
    # An empty body would change the whole corpus: a client that means that can say state=unreviewed.
    if not search.model_dump(exclude_none=True):
        raise InputError("a bulk review needs at least one filter (q, source_lang, document_id, origin, flag, state)")
    return corpus.PairFilters(**search.model_dump())


@router.get("/v1/pairs/{pair_id}", response_model=PairOut, responses=problem_responses(404, 422))
def get_pair(pair_id: PairId, session: ReadSession) -> PairOut:
    """One pair revision."""
    return pair_out(corpus.require_pair(session, pair_id))


@router.get("/v1/pairs/{pair_id}/revisions", response_model=list[PairOut], responses=problem_responses(404, 422))
def pair_revisions(pair_id: PairId, session: ReadSession) -> list[PairOut]:
    """Every revision of the pair's segment, oldest first (machine translation, then human corrections)."""
    return [pair_out(r) for r in corpus.revisions(session, pair_id)]


@router.patch("/v1/pairs/{pair_id}", response_model=PairOut, responses=problem_responses(404, 422))
def correct_pair(pair_id: PairId, patch: PairPatch, session: WriteSession) -> PairOut:
    """Store a human correction as the segment's new current revision (origin human); earlier ones are kept."""
    record = corpus.correct_pair(session, pair_id, patch.target)
    session.commit()
    return pair_out(record)


@router.post("/v1/pairs/{pair_id}/approve", response_model=PairOut, responses=problem_responses(404, 409, 422))
def approve_pair(pair_id: PairId, session: WriteSession, principal: Guard) -> PairOut:
    """Approve the current pair: state approved, with the key's name (or "local") and the time."""
    record = corpus.approve_pair(session, pair_id, reviewer=reviewer(principal))
    session.commit()
    return pair_out(record)


@router.post("/v1/pairs/{pair_id}/reopen", response_model=PairOut, responses=problem_responses(404, 409, 422))
def reopen_pair(pair_id: PairId, session: WriteSession) -> PairOut:
    """Reopen the current pair: back to unreviewed (MT) or edited (a human revision); reviewer cleared."""
    record = corpus.reopen_pair(session, pair_id)
    session.commit()
    return pair_out(record)


@router.get(
    "/v1/export",
    response_class=StreamingResponse,
    responses={**EXPORT_RESPONSES, **problem_responses(422)},
)
def export_corpus(runtime: RuntimeDep, filters: PairFiltersDep, format: ExportFormat = "tmx") -> StreamingResponse:
    """Download the corpus, or the pairs a search selects (e.g. state=approved), as TMX, TSV, JSONL or XLIFF."""
    return stream_export(runtime, format, filters=filters, srclang=filters.source_lang or "*all*",
                         filename=f"transnorm-corpus{'-' + filters.source_lang if filters.source_lang else ''}")
