"""The one settings object. Every field is read from the environment with the prefix ``TRANSNORM_``.

Each field is documented in the README's configuration table; ``tests/test_config.py`` fails when one is not.
A wrong value fails at start-up with the variable's name (pydantic's validation error names the field).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from models.registry import DEFAULT_MODELS


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TRANSNORM_", extra="ignore", protected_namespaces=())

    # --- storage ---------------------------------------------------------------------------------------------
    database_url: str = Field(
        default="sqlite:///./data/transnorm.db",
        description="SQLAlchemy URL: sqlite:///path (default) or postgresql+psycopg://user@host/db.",
    )
    auto_migrate: bool = Field(default=True, description="Run database migrations when the server starts.")

    # --- models ----------------------------------------------------------------------------------------------
    models_dir: Path = Field(
        default=Path("./data/models"), description="Local model store that `transnorm models pull` fills."
    )
    model_overrides: dict[str, str] = Field(
        default_factory=dict,
        description="Per-pair model overrides, one variable per registered pair: TRANSNORM_MODEL_<SRC>_<TGT> "
        "(TRANSNORM_MODEL_DE_EN, TRANSNORM_MODEL_NL_EN …), a hub id or a local model directory.",
    )
    offline: bool = Field(
        default=False,
        description="Never download: `transnorm serve` then only reports missing models (and how to get them) "
        "instead of pulling them at start-up. The container image sets it; its models are baked in.",
    )
    backend: Literal["auto", "transformers", "ctranslate2"] = Field(
        default="auto",
        description="Inference backend; auto = CTranslate2 when a converted model is present, else transformers.",
    )
    device: Literal["cpu", "cuda", "auto"] = Field(
        default="cpu",
        description="Where inference runs: cpu, cuda (fails at start-up without a GPU), auto (cuda when one is seen).",
    )
    threads: int = Field(default=0, ge=0, le=256, description="Inference threads; 0 = number of CPU cores.")
    latency_path: Literal["auto", "off"] = Field(
        default="off",
        description="auto: a lone one-sentence call (no other translation in flight) decodes on a second CTranslate2 "
        "instance with all threads; off: never (measured worse when other processes share the cores).",
    )
    batch_tokens: int = Field(
        default=2048, ge=16, le=65536, description="Token budget of one inference batch (source tokens)."
    )
    max_batch_sentences: int = Field(default=64, ge=1, le=1024, description="Most sentences in one batch.")
    beam_size: int = Field(default=1, ge=1, le=8, description="Beam width; 1 = greedy (deterministic).")
    microbatch_wait_ms: float = Field(
        default=5.0, ge=0, le=1000,
        description="How long /v1/translate waits to gather concurrent requests into one batch (milliseconds).",
    )

    # --- pipeline --------------------------------------------------------------------------------------------
    max_sentence_chars: int = Field(
        default=2000, ge=50, le=100000,
        description="Only a degenerate sentence longer than this is split, at a clause boundary, and flagged."
    )
    max_document_bytes: int = Field(
        default=2_000_000, ge=1024, description="Largest accepted document (bytes of the upload or text)."
    )
    max_sentences_per_document: int = Field(
        default=5000, ge=1, description="Documents with more sentences are rejected (413)."
    )
    max_request_bytes: int = Field(
        default=8_000_000, ge=1024, description="Largest accepted HTTP request body (bytes); larger gets 413."
    )
    max_translate_chars: int = Field(
        default=20_000, ge=1, description="Largest text accepted by POST /v1/translate (characters)."
    )

    # --- work dispatch ---------------------------------------------------------------------------------------
    workers: int = Field(default=1, ge=0, le=64, description="Worker threads inside `transnorm serve`; 0 = API only.")
    lease_seconds: float = Field(
        default=300.0, gt=0, description="A claimed document whose lease is older than this is claimed again."
    )
    poll_seconds: float = Field(default=0.5, gt=0, description="How often an idle worker looks for queued work.")
    wait_seconds: float = Field(
        default=5.0, ge=0, le=300, description="Default of POST /v1/documents?wait= (seconds to wait for done)."
    )

    # --- HTTP ------------------------------------------------------------------------------------------------
    host: str = Field(default="127.0.0.1", description="Address `transnorm serve` binds.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port `transnorm serve` binds.")
    log_level: Literal["debug", "info", "warning", "error"] = Field(default="info", description="Log level.")

    # --- access and limits -----------------------------------------------------------------------------------
    api_keys: SecretStr = Field(
        default=SecretStr(""),
        description="API keys from the environment: comma-separated `name:scope:secret` entries, scope read or "
        "write, secret the key itself (16+ characters) or `sha256:<hex digest of the key>`. With no key here "
        "and none in the database the API is open.",
    )
    read_requires_key: bool = Field(
        default=False, description="When keys are configured, GET endpoints need a read (or write) key too."
    )
    rate_limit_requests: int = Field(
        default=0, ge=0, description="Requests per minute per API key (per client IP without a key); 0 = off."
    )
    rate_limit_chars: int = Field(
        default=0, ge=0,
        description="Characters of submitted text per minute per API key (per client IP without a key); 0 = off.",
    )
    cors_origins: str = Field(
        default="", description="Comma-separated origins allowed by CORS (`*` for any); empty = CORS off."
    )

    @model_validator(mode="before")
    @classmethod
    def _pair_overrides(cls, data: Any) -> Any:
        """Collect TRANSNORM_MODEL_<SRC>_<TGT> (or the keyword ``model_<src>_<tgt>``) for every registered pair:
        the registry, not this class, knows the pairs, so a new pair needs no new field."""
        if not isinstance(data, dict):
            return data
        overrides = dict(data.get("model_overrides") or {})
        for spec in DEFAULT_MODELS.values():
            keyword = spec.override_var.removeprefix("TRANSNORM_").lower()
            value = data.pop(keyword) if keyword in data else os.environ.get(spec.override_var)
            if value:
                overrides[spec.pair] = value
            elif keyword in data or value == "":
                overrides.pop(spec.pair, None)
        return {**data, "model_overrides": overrides}

    @field_validator("api_keys")
    @classmethod
    def _api_keys_well_formed(cls, value: SecretStr) -> SecretStr:
        names = set()
        for entry in filter(None, (e.strip() for e in value.get_secret_value().split(","))):
            name, _, rest = entry.partition(":")
            scope, _, secret = rest.partition(":")
            if not name or scope not in ("read", "write"):
                raise ValueError("each entry must be name:read:secret or name:write:secret")
            if secret.startswith("sha256:"):
                digest = secret.removeprefix("sha256:")
                if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest.lower()):
                    raise ValueError(f"key {name!r}: sha256: needs the 64-hex-digit digest")
            elif len(secret) < 16:
                raise ValueError(f"key {name!r}: a key must have at least 16 characters")
            if name in names:
                raise ValueError(f"key name {name!r} appears twice")
            names.add(name)
        return value

    @property
    def cors_origin_list(self) -> list[str]:
        return [origin.strip() for origin in self.cors_origins.split(",") if origin.strip()]

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def model_override(self, pair: str) -> str | None:
        return self.model_overrides.get(pair)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read once; tests build their own ``Settings(...)`` and inject it."""
    return Settings()
