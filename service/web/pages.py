"""The workspace's pages (GET): documents, one document, search, a pair's history, the edit form, exports.

Reads go through the same repository functions and use cases as /v1; a page is a template over their records.
"""

from __future__ import annotations

import math
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, StreamingResponse
from sqlalchemy.orm import Session

from models.registry import served_languages, source_languages
from service import corpus
from service.api.deps import PairId, ReadSession, RuntimeDep
from service.api.exports import stream_export
from service.db import repository
from service.errors import InputError
from service.export import EXPORTERS
from service.records import PairRecord
from service.vocabulary import DocumentStatus, PairOrigin, PairState
from service.web import views
from service.web.access import User
from service.web.templating import render

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 100  # sentences per page of a document: a 2,000-sentence release renders 20 light pages
SEARCH_PAGE = 50
DocumentParam = Annotated[int, Query(ge=1, le=2**62)]


def _choice(value: str | None, allowed: Any) -> str | None:
    """A filter value from a query string, or None when it is empty or not one of ``allowed``."""
    return value if value and value in {str(a) for a in allowed} else None


def pair_filters(params: dict[str, str | None]) -> corpus.PairFilters:
    document = params.get("document_id") or ""
    flag = params.get("flag") or ""
    return corpus.PairFilters(
        q=(params.get("q") or "").strip()[:500] or None,
        source_lang=_choice(params.get("source_lang"), source_languages()),
        state=_choice(params.get("state"), PairState),
        origin=_choice(params.get("origin"), PairOrigin),
        flag=flag if flag.isidentifier() and flag.islower() and len(flag) <= 40 else None,
        document_id=int(document) if document.isdigit() and 0 < int(document) < 2**62 else None,
    )


def safe_back(back: str | None, default: str = "/") -> str:
    """A same-site path to return to (never another host: ``//evil`` and ``/\\evil`` are refused)."""
    return back if back and back.startswith("/") and not back.startswith(("//", "/\\")) else default


def edit_diff(session: Session, record: PairRecord) -> Any:
    """The word diff of the first (machine) revision against this human one, or None."""
    if record.revision <= 1:
        return None
    revisions = repository.revisions_of(session, record.id)
    return views.word_diff(revisions[0].target, record.target) if revisions and revisions[0].id != record.id else None


@router.get("/", response_class=HTMLResponse)
def documents_page(
    request: Request, user: User, session: ReadSession, q: str | None = None, source_lang: str | None = None,
    status: str | None = None, cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> HTMLResponse:
    params = {"q": (q or "").strip()[:500] or None, "source_lang": _choice(source_lang, served_languages()),
              "status": _choice(status, DocumentStatus)}
    documents, next_cursor = repository.list_documents(
        session, q=params["q"], source_lang=params["source_lang"], status=params["status"], cursor=cursor)
    summaries = repository.document_summaries(session, [d.id for d in documents])
    return render(request, user, "documents.html", nav="documents", documents=documents, summaries=summaries,
                  next_cursor=next_cursor, params={k: v for k, v in params.items() if v},
                  languages=served_languages(), statuses=list(DocumentStatus))


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(
    request: Request, user: User, session: ReadSession, document_id: int, page: Annotated[int, Query(ge=1)] = 1
) -> HTMLResponse:
    document = repository.document_record(corpus.require_document(session, document_id))
    total = repository.count_segments(session, document_id)
    pages = max(1, math.ceil(total / PAGE_SIZE))
    page = min(page, pages)
    page_rows = repository.document_rows(session, document_id, offset=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    diffs = {r.pair.id: edit_diff(session, r.pair) for r in page_rows if r.pair is not None and r.pair.revision > 1}
    return render(request, user, "document.html", document=document, structure=document.structure,
                  total=total, page=page, pages=pages, page_rows=page_rows, diffs=diffs,
                  here=f"/documents/{document_id}?page={page}", translated=_translated(session, document))


def _translated(session: Session, document: Any) -> int:
    return repository.count_pairs(session, document.id)


@router.get("/documents/{document_id}/progress", response_class=HTMLResponse)
def document_progress(request: Request, user: User, session: ReadSession, document_id: int) -> HTMLResponse:
    document = corpus.require_document(session, document_id)
    return render(request, user, "_progress.html", document=document, reload=True,
                  translated=_translated(session, document))


@router.get("/pairs/{pair_id}", response_class=RedirectResponse)
def goto_pair(pair_id: PairId, session: ReadSession) -> RedirectResponse:
    """The document page that shows this pair, scrolled to it."""
    p = corpus.require_pair(session, pair_id)
    index = repository.segment_index(session, p.document_id, p.paragraph, p.sentence)
    return RedirectResponse(f"/documents/{p.document_id}?page={index // PAGE_SIZE + 1}#pair-{p.id}", status_code=303)


@router.get("/pairs/{pair_id}/row", response_class=HTMLResponse)
def pair_row(request: Request, user: User, session: ReadSession, pair_id: PairId, back: str | None = None
             ) -> HTMLResponse:
    record = corpus.require_pair(session, pair_id)
    return render(request, user, "pair_row.html", pair=record, back=safe_back(back), diff=edit_diff(session, record))


@router.get("/pairs/{pair_id}/edit", response_class=HTMLResponse)
def pair_edit(request: Request, user: User, session: ReadSession, pair_id: PairId, back: str | None = None
              ) -> HTMLResponse:
    record = corpus.require_pair(session, pair_id)
    back = safe_back(back, f"/pairs/{pair_id}")
    if request.headers.get("hx-request") == "true":
        return render(request, user, "pair_row.html", pair=record, back=back, editing=True)
    return render(request, user, "pair_edit.html", pair=record, back=back)


@router.get("/pairs/{pair_id}/history", response_class=HTMLResponse)
def pair_history(request: Request, user: User, session: ReadSession, pair_id: PairId) -> HTMLResponse:
    revisions = corpus.revisions(session, pair_id)
    current = max(revisions, key=lambda r: r.revision)
    return render(request, user, "history.html", revisions=revisions, current=current)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, user: User, session: ReadSession,
                cursor: Annotated[str | None, Query(max_length=200)] = None) -> HTMLResponse:
    filters = pair_filters(dict(request.query_params))
    params = {k: v for k, v in filters.as_kwargs().items() if v is not None}
    searched = bool(params)
    results, next_cursor = (
        corpus.search_pairs(session, filters, limit=SEARCH_PAGE, cursor=cursor)
        if searched else ([], None)
    )
    total = len(repository.matching_pair_ids(session, **filters.as_kwargs())) if searched else 0
    here = str(request.url.path) + (f"?{request.url.query}" if request.url.query else "")
    return render(request, user, "search.html", nav="search", params=params, searched=searched, results=results,
                  next_cursor=next_cursor, total=total, terms=views.query_terms(filters.q), here=here,
                  languages=source_languages())


@router.get("/export")
def export(request: Request, user: User, runtime: RuntimeDep, format: str = "tmx") -> StreamingResponse:
    """A document's or a search result's pairs in any registered format (the workspace's own cookie-guarded link)."""
    if format not in EXPORTERS:
        raise InputError(f"unknown export format {format!r}; choose one of: {', '.join(sorted(EXPORTERS))}")
    filters = pair_filters(dict(request.query_params))
    srclang = filters.source_lang or "*all*"
    if filters.document_id:
        with runtime.sessions() as session:
            srclang = corpus.require_document(session, filters.document_id).source_lang
    name = f"transnorm-document-{filters.document_id}" if filters.document_id else "transnorm-search"
    return stream_export(runtime, format, filters=filters, srclang=srclang, filename=name)
