"""The workspace's Jinja2 environment and its one render helper."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from service.export import EXPORTERS
from service.web import views
from service.web.access import CSRF_COOKIE, WebUser, set_cookie

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals.update(
    confidence=views.confidence,
    flag_meaning=views.flag_meaning,
    is_translated=views.is_translated,
    word_diff=views.word_diff,
    highlight=views.highlight,
    state_labels=views.STATE_LABELS,
    origin_labels=views.ORIGIN_LABELS,
    export_formats=lambda: sorted(EXPORTERS),
)


def query(params: dict[str, Any], **changes: Any) -> str:
    """A query string from ``params`` with ``changes`` applied; empty values are left out."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


templates.env.globals["query"] = query


def render(request: Request, user: WebUser, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    response = templates.TemplateResponse(
        request, template, {"user": user, "htmx": request.headers.get("hx-request") == "true", **context},
        status_code=status_code,
    )
    if user.new_csrf:
        set_cookie(response, CSRF_COOKIE, user.csrf)
    return response
