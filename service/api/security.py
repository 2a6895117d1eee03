"""Access control and rate limits for /v1, as one FastAPI dependency applied to each router.

Keys come from ``TRANSNORM_API_KEYS`` (held in memory as SHA-256 digests only) and from the ``api_keys`` table
(``transnorm keys create``). With no key in either place the API is open. Once a key exists:

- writes (POST, PATCH, DELETE; ``POST /v1/translate`` included, since it spends model time) need a write key;
- reads (GET, and ``POST /v1/detect``, which stores nothing and is cheap) are open unless
  ``TRANSNORM_READ_REQUIRES_KEY`` is set; a key that is sent must be valid even where none is needed;
- no key where one is needed, or an unknown or revoked one: 401; a read key on a write endpoint: 403.

Keys are sent as ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``. The presented key is hashed and the
digest compared in constant time (``hmac.compare_digest``) with every environment key; database keys are found
by their digest, so the key itself is never compared byte by byte. ``/health``, ``/ready`` and ``/metrics`` are
outside the routers this guards and stay open.
"""

from __future__ import annotations

import hmac
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Literal

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session, sessionmaker

from service.api.ratelimit import RateLimiter, retry_after_header, submitted_chars
from service.config import Settings
from service.db.repository import keys
from service.errors import AuthenticationError, ForbiddenError, RateLimitedError

Scope = Literal["read", "write"]

READ_ONLY_POSTS = frozenset({"/v1/detect", "/detect"})  # /detect: the LibreTranslate route
DB_RECHECK_SECONDS = 1.0  # a key created with the CLI closes an open API within this time
INLINE_COUNT_BYTES = 64 * 1024  # bodies up to this size are counted on the event loop

_bearer = HTTPBearer(auto_error=False, description="An API key as a bearer token.")
_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="An API key.")


@dataclass(frozen=True)
class EnvKey:
    name: str
    scope: Scope
    digest: str


@dataclass(frozen=True)
class Principal:
    """Who is calling: a key's name and scope, or an anonymous client; ``client`` keys the rate limit."""

    client: str
    key_name: str | None = None
    scope: Scope | None = None


def parse_env_keys(raw: str) -> list[EnvKey]:
    """``name:scope:secret`` entries (already checked by Settings); a secret is kept only as its digest."""
    parsed = []
    for entry in filter(None, (e.strip() for e in raw.split(","))):
        name, scope, secret = entry.split(":", 2)
        digest = secret.removeprefix("sha256:").lower() if secret.startswith("sha256:") else keys.hash_key(secret)
        parsed.append(EnvKey(name, "write" if scope == "write" else "read", digest))
    return parsed


@dataclass
class KeyRing:
    env_keys: list[EnvKey]
    clock: Callable[[], float] = time.monotonic
    _db_has_keys: bool = False
    _db_checked: float = float("-inf")
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def enabled_without_database(self) -> bool | None:
        """Whether keys are required, when that is known without asking the database (None: ask it)."""
        if self.env_keys or self._db_has_keys:
            return True
        return False if self.clock() - self._db_checked < DB_RECHECK_SECONDS else None

    def enabled(self, sessions: sessionmaker[Session]) -> bool:
        """Whether keys are required at all: any environment key, or any key ever stored in the database."""
        known = self.enabled_without_database()
        if known is not None:
            return known
        now = self.clock()
        with sessions() as session:
            found = keys.any_key(session)
        with self._lock:
            self._db_has_keys = self._db_has_keys or found
            self._db_checked = now
        return self._db_has_keys

    def identify_from_environment(self, presented: str) -> tuple[str, Scope] | None:
        digest = keys.hash_key(presented)
        match: EnvKey | None = None
        for entry in self.env_keys:  # every entry is compared: the time taken does not depend on which matched
            if hmac.compare_digest(digest, entry.digest):
                match = entry
        return (match.name, match.scope) if match is not None else None

    def identify_from_database(self, sessions: sessionmaker[Session], presented: str) -> tuple[str, Scope] | None:
        digest = keys.hash_key(presented)
        with sessions() as session:
            row = keys.find_active(session, digest)
            if row is not None and hmac.compare_digest(digest, row.key_hash):
                return row.name, "write" if row.scope == "write" else "read"
        return None


@dataclass
class Security:
    """The app's access state: its key ring and rate limiter (owned by the app, one per process)."""

    keys: KeyRing
    limiter: RateLimiter
    read_requires_key: bool

    @classmethod
    def from_settings(cls, settings: Settings) -> Security:
        return cls(
            KeyRing(parse_env_keys(settings.api_keys.get_secret_value())),
            RateLimiter(settings.rate_limit_requests, settings.rate_limit_chars),
            settings.read_requires_key,
        )


def required_scope(request: Request) -> Scope:
    if request.method in ("GET", "HEAD"):
        return "read"
    path = getattr(request.scope.get("route"), "path", "")
    return "read" if path in READ_ONLY_POSTS else "write"


async def authorize(
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    api_key: Annotated[str | None, Depends(_api_key_header)],
) -> Principal:
    """Check the caller's key against the scope the operation needs.

    Async, so that refusals and environment keys never wait for a thread; only database look-ups go to the
    thread pool (which may be busy with inference under load).
    """
    security = security_of(request)
    sessions = request.app.state.runtime.sessions
    address = request.client.host if request.client else "unknown"
    enabled = security.keys.enabled_without_database()
    if enabled is None:
        enabled = await run_in_threadpool(security.keys.enabled, sessions)
    if not enabled:
        return Principal(client=f"ip:{address}")
    presented = (bearer.credentials.strip() if bearer else "") or (api_key or "").strip()
    needed = required_scope(request)
    if not presented:
        if needed == "read" and not security.read_requires_key:
            return Principal(client=f"ip:{address}")
        raise AuthenticationError(
            f"this operation needs a {needed} key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'"
        )
    found = security.keys.identify_from_environment(presented)
    if found is None:
        found = await run_in_threadpool(security.keys.identify_from_database, sessions, presented)
    if found is None:
        raise AuthenticationError("the API key is unknown or revoked")
    name, scope = found
    if needed == "write" and scope != "write":
        raise ForbiddenError(f"key {name!r} has scope {scope}; this operation needs a write key")
    return Principal(client=f"key:{name}", key_name=name, scope=scope)


async def guard(request: Request, principal: Annotated[Principal, Depends(authorize)]) -> Principal:
    """Authorize, then charge the caller's rate limit (requests, and characters of the text it submits)."""
    limiter = security_of(request).limiter
    if not limiter.enabled:
        return principal
    chars = 0
    if limiter.counts_chars and request.method not in ("GET", "HEAD"):
        body = await request.body()
        content_type = request.headers.get("content-type", "")
        if len(body) <= INLINE_COUNT_BYTES:
            chars = submitted_chars(content_type, body)
        else:  # parsing megabytes of JSON would stall the event loop
            chars = await run_in_threadpool(submitted_chars, content_type, body)
    wait = limiter.take(principal.client, chars)
    if wait is not None:
        seconds = retry_after_header(wait)
        raise RateLimitedError(
            f"rate limit reached ({limiter.requests_per_minute or 'unlimited'} requests and "
            f"{limiter.chars_per_minute or 'unlimited'} characters per minute); retry in {seconds} s",
            retry_after=seconds,
        )
    return principal


Guard = Annotated[Principal, Depends(guard)]


def security_of(request: Request) -> Security:
    """The app's access and limit state, typed (built once per app from the settings)."""
    security: Security = request.app.state.security
    return security
