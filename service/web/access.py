"""Who is using the workspace, and the CSRF check on what they submit.

With API keys configured (``TRANSNORM_API_KEYS`` or ``transnorm keys create``), the workspace asks for a key once
and keeps it in an HttpOnly, SameSite=Strict cookie; every request checks it the way ``/v1`` does (same key
ring), and a read key gets pages without edit controls. Without keys, it opens as the local user.

State-changing requests carry a CSRF token (a form field, or the ``X-CSRF-Token`` header htmx sends) that must
equal the token cookie: a double submit. SameSite=Strict alone already keeps other sites' forms from carrying
the cookies; the token also covers browsers that ignore SameSite.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request, Response

from service.api.security import security_of
from service.errors import ForbiddenError

KEY_COOKIE = "transnorm_key"
CSRF_COOKIE = "transnorm_csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf"
LOCAL_USER = "local"


@dataclass(frozen=True)
class WebUser:
    name: str
    can_write: bool
    signed_in: bool  # a key was presented (and a sign-out makes sense)
    keys_enabled: bool
    csrf: str
    new_csrf: bool = False  # the token cookie is to be set on the response (see templating.render)


class SignInRequired(Exception):
    """Raised when keys are configured, reads need one, and the browser has none: the app redirects to /login."""


def csrf_token(request: Request) -> str:
    token = request.cookies.get(CSRF_COOKIE, "")
    return token if 20 <= len(token) <= 100 else secrets.token_urlsafe(32)


def identify(request: Request, key: str) -> tuple[str, bool] | None:
    """The key's name and whether it may write, or None when it is unknown or revoked."""
    security = security_of(request)
    found = security.keys.identify_from_environment(key) or security.keys.identify_from_database(
        request.app.state.runtime.sessions, key
    )
    return None if found is None else (found[0], found[1] == "write")


def current_user(request: Request) -> WebUser:
    """Resolve the browser's user; sync, so FastAPI runs it (and a database key look-up) in the thread pool."""
    security = security_of(request)
    csrf = csrf_token(request)
    new = request.cookies.get(CSRF_COOKIE) != csrf
    if not security.keys.enabled(request.app.state.runtime.sessions):
        return WebUser(LOCAL_USER, can_write=True, signed_in=False, keys_enabled=False, csrf=csrf, new_csrf=new)
    key = request.cookies.get(KEY_COOKIE, "")
    found = identify(request, key) if key else None
    if found is None:
        if security.read_requires_key or key:
            raise SignInRequired
        return WebUser("guest", can_write=False, signed_in=False, keys_enabled=True, csrf=csrf, new_csrf=new)
    name, can_write = found
    return WebUser(name, can_write=can_write, signed_in=True, keys_enabled=True, csrf=csrf, new_csrf=new)


User = Annotated[WebUser, Depends(current_user)]


async def check_csrf(request: Request) -> None:
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        sent = str((await request.form()).get(CSRF_FIELD) or "")
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not cookie or not sent or not hmac.compare_digest(cookie.encode(), sent.encode()):
        raise ForbiddenError("the form's CSRF token is missing or stale: reload the page and try again")


def writer(request: Request, user: User) -> WebUser:
    """The user, when allowed to change the corpus (a write key, or no keys configured)."""
    if not user.can_write:
        raise ForbiddenError(f"{user.name!r} has a read key; changing the corpus needs a write key")
    return user


Writer = Annotated[WebUser, Depends(writer)]


def set_cookie(response: Response, name: str, value: str) -> None:
    # Strict: the cookie never rides along on another site's request. Secure is left to the deployment (a local
    # http://127.0.0.1 workspace must work); behind TLS the proxy should add it.
    response.set_cookie(name, value, httponly=True, samesite="strict", path="/", max_age=30 * 24 * 3600)
