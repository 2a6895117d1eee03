"""The web workspace at ``/``: server-rendered pages over the same use cases as /v1, for the people who read and
correct the corpus.

Jinja2 templates (``templates/``), htmx for in-place edits and progress (``static/htmx.min.js``: htmx.org 2.0.11
from npm, vendored as is, BSD Zero Clause licence), a small stylesheet and a small keyboard script. No build step,
no CDN; reading works without JavaScript.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles

from service.web import actions, pages
from service.web.access import SignInRequired
from service.web.templating import HERE


def install(app: FastAPI) -> None:
    """Mount the workspace's routes and static files on the app (the API stays under /v1)."""
    app.include_router(actions.login_router)
    app.include_router(actions.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.exception_handler(SignInRequired)
    async def sign_in(request: Request, exc: SignInRequired) -> RedirectResponse:
        return RedirectResponse("/login", status_code=303)
