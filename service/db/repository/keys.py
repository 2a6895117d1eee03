"""API keys in the database: create, list, revoke, look up by digest.

Only the SHA-256 digest of a key is stored; the key itself is shown once, when it is created. Functions take
the session first and never commit.
"""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.db.tables import API_KEY_SCOPES, ApiKey, utcnow
from service.errors import InputError, NotFoundError

KEY_PREFIX = "tn_"


def hash_key(key: str) -> str:
    """The stored form of a key: SHA-256 hex digest (keys are random, so no salt or slow hash is needed)."""
    return hashlib.sha256(key.encode("utf-8", errors="surrogatepass")).hexdigest()


def generate_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


def create_key(session: Session, name: str, scope: str) -> tuple[ApiKey, str]:
    """Store a new key; returns the row and the key itself (which is not kept anywhere)."""
    name = name.strip()
    if not name or len(name) > 100 or ":" in name or "," in name:
        raise InputError("a key name needs 1-100 characters, without ':' or ','")
    if scope not in API_KEY_SCOPES:
        raise InputError(f"scope must be one of {', '.join(API_KEY_SCOPES)}")
    if session.scalar(select(ApiKey.id).where(ApiKey.name == name)) is not None:
        raise InputError(f"a key named {name!r} exists already (names stay taken after revocation)")
    key = generate_key()
    row = ApiKey(name=name, scope=scope, key_hash=hash_key(key), created_at=utcnow(), revoked_at=None)
    session.add(row)
    session.flush()
    return row, key


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).order_by(ApiKey.id)))


def revoke_key(session: Session, name: str) -> ApiKey:
    """Revoke the key named ``name`` (idempotent: a revoked key keeps its first revocation time)."""
    row = session.scalar(select(ApiKey).where(ApiKey.name == name))
    if row is None:
        raise NotFoundError(f"no key named {name!r}")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        session.flush()
    return row


def find_active(session: Session, key_hash: str) -> ApiKey | None:
    return session.scalar(select(ApiKey).where(ApiKey.key_hash == key_hash, ApiKey.revoked_at.is_(None)))


def any_key(session: Session) -> bool:
    """Whether any key was ever created: once one was, the API stays closed even after every key is revoked."""
    return session.scalar(select(ApiKey.id).limit(1)) is not None
