"""/v1/terms: the deployment's terminology list (source term → English term, or do not translate).

Writes need a write key (the guard of every /v1 router). A list change affects new translations and checks only;
stored pairs change through ``transnorm terms retranslate`` and ``transnorm qa recheck``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Body, Path, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from service.api.deps import ReadSession, WriteSession
from service.api.problems import problem_responses
from service.api.routes_bridges import _upload
from service.api.schemas import TranslatableLang
from service.corpus import terminology
from service.corpus.term_files import MAX_NOTE_CHARS, MAX_TERM_CHARS
from service.db.tables import Term as TermRow
from service.errors import EmptyInputError

router = APIRouter(prefix="/v1/terms", tags=["terms"])

TermId = Annotated[int, Path(ge=1, le=2**62, description="Term id")]


class TermIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source_lang: TranslatableLang
    source_term: str = Field(min_length=1, max_length=MAX_TERM_CHARS)
    target_term: str | None = Field(default=None, max_length=MAX_TERM_CHARS,
                                    description="The English term; none (or dnt) keeps the source term as it is.")
    dnt: bool = False
    note: str | None = Field(default=None, max_length=MAX_NOTE_CHARS)


class TermOut(BaseModel):
    id: int
    source_lang: str
    source_term: str
    target_term: str | None
    dnt: bool
    note: str | None
    created_at: dt.datetime


class TermList(BaseModel):
    items: list[TermOut]


class TermImportOut(BaseModel):
    read: int
    written: int
    languages: list[str]


def _out(row: TermRow) -> TermOut:
    created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=dt.UTC)
    return TermOut(id=row.id, source_lang=row.source_lang, source_term=row.source_term, target_term=row.target_term,
                   dnt=row.dnt, note=row.note, created_at=created)


@router.get("", response_model=TermList, responses=problem_responses(422))
def list_terms(session: ReadSession, source_lang: TranslatableLang | None = None) -> TermList:
    """Every entry, or one source language's, ordered by language and source term."""
    return TermList(items=[_out(row) for row in terminology.list_terms(session, source_lang)])


@router.post("", response_model=TermList, responses=problem_responses(422))
def add_terms(entries: Annotated[TermIn | list[TermIn], Body()], session: WriteSession) -> TermList:
    """Add or replace one entry or many (keyed by source language and source term); all or nothing."""
    batch = entries if isinstance(entries, list) else [entries]
    rows = terminology.add_terms(session, [entry.model_dump(mode="json") for entry in batch])
    session.commit()
    return TermList(items=[_out(row) for row in rows])


@router.post("/import", response_model=TermImportOut, responses=problem_responses(422))
async def import_terms(
    request: Request, session: WriteSession, format: Literal["csv", "tsv", "tbx"] | None = None,
    source_lang: TranslatableLang | None = None,
) -> TermImportOut:
    """Import a CSV/TSV (header source,target[,dnt][,note][,lang]) or TBX file, as a multipart ``file`` field or
    the raw body; the whole file is checked first, and a bad one stores nothing."""
    data, name = await _upload(request)
    if not data:
        raise EmptyInputError("no terminology file was sent")
    report = terminology.import_terms(session, data, filename=name, kind=format,
                                      source_lang=str(source_lang) if source_lang else None)
    session.commit()
    return TermImportOut(**report.as_dict())  # type: ignore[arg-type]


@router.delete("/{term_id}", status_code=204, responses=problem_responses(404, 422))
def delete_term(term_id: TermId, session: WriteSession) -> Response:
    """Delete one entry."""
    terminology.delete_term(session, term_id)
    session.commit()
    return Response(status_code=204)
