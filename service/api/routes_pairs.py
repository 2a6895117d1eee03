"""/v1/pairs and /v1/export: the parallel text across the corpus."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from service import corpus
from service.api.deps import PairId, ReadSession, RuntimeDep, WriteSession
from service.api.exports import EXPORT_RESPONSES, ExportFormat, stream_export
from service.api.problems import problem_responses
from service.api.schemas import Origin, PairList, PairOut, PairPatch, TranslatableLang, pair_out
from service.db import repository
from service.errors import NotFoundError

router = APIRouter(tags=["pairs"])


@router.get("/v1/pairs", response_model=PairList, responses=problem_responses(422))
def search_pairs(
    session: ReadSession,
    source_lang: TranslatableLang | None = None,
    q: Annotated[str | None, Query(max_length=500, description="Full-text query on source and target")] = None,
    document_id: Annotated[int | None, Query(ge=1, le=2**62)] = None,
    origin: Origin | None = None,
    flag: Annotated[str | None, Query(pattern=r"^[a-z_]{1,40}$", description="A quality flag")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> PairList:
    """Search the current pairs of the whole corpus."""
    records, next_cursor = repository.search_pairs(
        session, source_lang=source_lang, q=q, document_id=document_id, origin=origin, flag=flag, limit=limit,
        cursor=cursor,
    )
    return PairList(items=[pair_out(r) for r in records], next_cursor=next_cursor)


@router.get("/v1/pairs/{pair_id}", response_model=PairOut, responses=problem_responses(404, 422))
def get_pair(pair_id: PairId, session: ReadSession) -> PairOut:
    """One pair revision."""
    return pair_out(corpus.require_pair(session, pair_id))


@router.get("/v1/pairs/{pair_id}/revisions", response_model=list[PairOut], responses=problem_responses(404, 422))
def pair_revisions(pair_id: PairId, session: ReadSession) -> list[PairOut]:
    """Every revision of the pair's segment, oldest first (machine translation, then human corrections)."""
    records = repository.revisions_of(session, pair_id)
    if not records:
        raise NotFoundError(f"pair {pair_id} does not exist")
    return [pair_out(r) for r in records]


@router.patch("/v1/pairs/{pair_id}", response_model=PairOut, responses=problem_responses(404, 422))
def correct_pair(pair_id: PairId, patch: PairPatch, session: WriteSession) -> PairOut:
    """Store a human correction as the segment's new current revision (origin human); earlier ones are kept."""
    record = corpus.correct_pair(session, pair_id, patch.target)
    session.commit()
    return pair_out(record)


@router.get(
    "/v1/export",
    response_class=StreamingResponse,
    responses={**EXPORT_RESPONSES, **problem_responses(422)},
)
def export_corpus(
    runtime: RuntimeDep, format: ExportFormat = "tmx", source_lang: TranslatableLang | None = None
) -> StreamingResponse:
    """Download the whole corpus (or one source language) as TMX, TSV or JSONL, streamed."""
    return stream_export(runtime, format, source_lang=source_lang, srclang=source_lang or "*all*",
                         filename=f"transnorm-corpus{'-' + source_lang if source_lang else ''}")
