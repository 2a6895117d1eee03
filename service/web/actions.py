"""The workspace's changes (POST): upload, correct, approve and reopen, by one pair or by search; sign in and out.

Each calls the same use case as /v1 and commits once. htmx requests get the changed row back; plain form posts
(no JavaScript) are redirected to the page they came from (``back``), so everything also works without scripts.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from service import corpus
from service.api.deps import PairId, RuntimeDep, WriteSession
from service.db.engine import begin_write
from service.errors import InputError
from service.records import PairRecord
from service.vocabulary import PairState
from service.web.access import (
    CSRF_COOKIE,
    KEY_COOKIE,
    User,
    WebUser,
    Writer,
    check_csrf,
    csrf_token,
    identify,
    set_cookie,
)
from service.web.pages import edit_diff, pair_filters, safe_back
from service.web.templating import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])
login_router = APIRouter(include_in_schema=False)

Back = Annotated[str | None, Form()]


def _answer(request: Request, user: User, session: WriteSession, record: PairRecord, back: str | None) -> Response:
    if request.headers.get("hx-request") == "true":
        return render(request, user, "pair_row.html", pair=record, back=safe_back(back),
                      diff=edit_diff(session, record))
    return RedirectResponse(f"{safe_back(back, f'/pairs/{record.id}')}#pair-{record.id}", status_code=303)


@router.post("/documents")
async def upload(
    request: Request,
    runtime: RuntimeDep,
    user: Writer,
    text: Annotated[str, Form()] = "",
    source_lang: Annotated[str, Form()] = "",
    file: UploadFile | None = None,
) -> RedirectResponse:
    """Ingest a pasted text or an uploaded file (any format POST /v1/documents takes) and show its progress."""
    data = await file.read() if file is not None and file.filename else None
    if data is None and not text.strip():
        raise InputError("paste a text or choose a file")
    lang = source_lang or None

    submission = corpus.Submission(text=text, data=data, content_type=file.content_type if file else None,
                                   filename=file.filename if file else None, source_lang=lang)

    def work() -> int:
        return corpus.ingest(runtime.sessions, runtime.settings, submission, on_queued=runtime.work_arrived).document.id

    document_id = await run_in_threadpool(work)
    return RedirectResponse(f"/documents/{document_id}", status_code=303)


@router.post("/pairs/{pair_id}")
def correct(request: Request, user: Writer, session: WriteSession, pair_id: PairId,
            target: Annotated[str, Form(max_length=20_000)], back: Back = None) -> Response:
    record = corpus.correct_pair(session, pair_id, target)
    session.commit()
    return _answer(request, user, session, record, back)


@router.post("/pairs/{pair_id}/approve")
def approve(request: Request, user: Writer, session: WriteSession, pair_id: PairId, back: Back = None) -> Response:
    record = corpus.approve_pair(session, pair_id, reviewer=user.name)
    session.commit()
    return _answer(request, user, session, record, back)


@router.post("/pairs/{pair_id}/reopen")
def reopen(request: Request, user: Writer, session: WriteSession, pair_id: PairId, back: Back = None) -> Response:
    record = corpus.reopen_pair(session, pair_id)
    session.commit()
    return _answer(request, user, session, record, back)


@router.post("/search/{action}")
async def review_search(request: Request, user: Writer, runtime: RuntimeDep, action: str) -> RedirectResponse:
    """Approve or reopen every pair of a search result (the filters come as form fields)."""
    if action not in ("approve", "reopen"):
        raise InputError("action must be approve or reopen")
    form = await request.form()
    filters = pair_filters({k: str(v) for k, v in form.items() if isinstance(v, str)})
    if not any(v is not None for v in filters.as_kwargs().values()):
        raise InputError("a bulk review needs at least one filter")
    state = PairState.APPROVED if action == "approve" else PairState.UNREVIEWED

    def work() -> None:
        with runtime.sessions() as session:
            begin_write(session)
            corpus.set_state_by_search(session, filters, state, reviewer=user.name)
            session.commit()

    await run_in_threadpool(work)
    return RedirectResponse(safe_back(str(form.get("back") or ""), "/search"), status_code=303)


@login_router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> HTMLResponse:
    return _login(request)


def _login(request: Request, error: str | None = None) -> HTMLResponse:
    csrf = csrf_token(request)
    guest = WebUser("guest", False, False, True, csrf, new_csrf=request.cookies.get(CSRF_COOKIE) != csrf)
    return render(request, guest, "login.html", status_code=401 if error else 200, error=error)


@login_router.post("/login", dependencies=[Depends(check_csrf)])
def login(request: Request, key: Annotated[str, Form(max_length=500)]) -> Response:
    """Check the key once and keep it in an HttpOnly, SameSite=Strict cookie."""
    if identify(request, key.strip()) is None:
        return _login(request, "That key is unknown or revoked.")
    response = RedirectResponse("/", status_code=303)
    set_cookie(response, KEY_COOKIE, key.strip())
    return response


@router.post("/logout")
def logout() -> RedirectResponse:
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(KEY_COOKIE, path="/")
    return response

