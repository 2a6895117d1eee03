"""API keys (environment and database), scopes, 401/403, rate limits with 429 + Retry-After, CORS, limits."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from pydantic import ValidationError

from service.api.ratelimit import RateLimiter, submitted_chars
from service.config import Settings
from service.runtime import Runtime
from service.translation import ModelPool
from tests.security.hostile import GERMAN

READER = "reader-key-0123456789abcdef"
WRITER = "writer-key-0123456789abcdef"
HASHED = "hashed-key-0123456789abcdef"
HASHED_DIGEST = hashlib.sha256(HASHED.encode()).hexdigest()
ENV_KEYS = f"reader:read:{READER},writer:write:{WRITER},hashed:write:sha256:{HASHED_DIGEST}"

ClientFactory = Callable[..., TestClient]


@pytest.fixture
def sqlite_settings(tiny_models: dict[str, Path], tmp_path: Path) -> Settings:
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'access.db'}", model_de_en=str(tiny_models["de-en"]),
        model_nl_en=str(tiny_models["nl-en"]), models_dir=tmp_path / "store", backend="transformers",
        workers=0, wait_seconds=0, threads=1,
    )


def _factory(base: Settings, tiny_pool: ModelPool) -> Iterator[ClientFactory]:
    from service.api.app import create_app

    opened: list[tuple[TestClient, Runtime]] = []

    def make(**overrides: Any) -> TestClient:
        settings = Settings.model_validate({**base.model_dump(), **overrides})
        runtime = Runtime.start(settings, pool=tiny_pool, workers=0)
        client = TestClient(create_app(runtime=runtime), raise_server_exceptions=False)
        client.__enter__()
        opened.append((client, runtime))
        return client

    yield make
    for client, runtime in opened:
        client.__exit__(None, None, None)
        runtime.engine.dispose()


@pytest.fixture
def make_client(sqlite_settings: Settings, tiny_pool: ModelPool) -> Iterator[ClientFactory]:
    yield from _factory(sqlite_settings, tiny_pool)


@pytest.fixture
def make_client_any_db(settings: Settings, tiny_pool: ModelPool) -> Iterator[ClientFactory]:
    yield from _factory(settings, tiny_pool)


def _problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status and body["detail"]
    return body


def _documents(client: TestClient) -> int:
    runtime: Runtime = client.app.state.runtime  # type: ignore[attr-defined]
    with runtime.engine.connect() as connection:
        return int(connection.execute(sa.text("SELECT count(*) FROM documents")).scalar_one())


def _bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


TRANSLATE = {"text": "Die Lage ist ruhig.", "source_lang": "de"}


def test_no_keys_means_open(make_client: ClientFactory) -> None:
    client = make_client()
    assert client.post("/v1/translate", json=TRANSLATE).status_code == 200
    assert client.post("/v1/translate", json=TRANSLATE, headers=_bearer("anything")).status_code == 200


def test_environment_keys_and_scopes(make_client: ClientFactory) -> None:
    client = make_client(api_keys=ENV_KEYS)
    missing = _problem(client.post("/v1/translate", json=TRANSLATE), 401)
    assert "write key" in missing["detail"]
    assert client.post("/v1/translate", json=TRANSLATE).headers["WWW-Authenticate"].startswith("Bearer")
    _problem(client.post("/v1/translate", json=TRANSLATE, headers=_bearer("wrong-key-0123456789")), 401)
    _problem(client.post("/v1/translate", json=TRANSLATE, headers={"Authorization": f"Basic {WRITER}"}), 401)
    _problem(client.post("/v1/translate", json=TRANSLATE, headers=_bearer(READER)), 403)
    assert client.post("/v1/translate", json=TRANSLATE, headers=_bearer(WRITER)).status_code == 200
    assert client.post("/v1/translate", json=TRANSLATE, headers={"X-API-Key": WRITER}).status_code == 200
    assert client.post("/v1/translate", json=TRANSLATE, headers=_bearer(HASHED)).status_code == 200
    # Writes refused before anything is stored; reads open; a key that is sent must be valid.
    _problem(client.post("/v1/documents", json={"text": GERMAN}), 401)
    _problem(client.post("/v1/documents", json={"text": GERMAN}, headers=_bearer(READER)), 403)
    assert _documents(client) == 0
    created = client.post("/v1/documents", json={"text": GERMAN}, headers={"X-API-Key": WRITER})
    assert created.status_code in (201, 202)
    document_id = created.json()["id"]
    assert client.get("/v1/documents").status_code == 200
    assert client.get(f"/v1/documents/{document_id}", headers=_bearer(READER)).status_code == 200
    _problem(client.get("/v1/documents", headers=_bearer("wrong-key-0123456789")), 401)
    assert client.post("/v1/detect", json={"text": GERMAN}).status_code == 200
    _problem(client.delete(f"/v1/documents/{document_id}", headers=_bearer(READER)), 403)
    _problem(client.patch("/v1/pairs/1", json={"target": "x"}), 401)
    assert client.delete(f"/v1/documents/{document_id}", headers=_bearer(WRITER)).status_code == 204
    for path in ("/health", "/ready", "/metrics"):
        assert client.get(path).status_code == 200, path


def test_read_requires_key(make_client: ClientFactory) -> None:
    client = make_client(api_keys=ENV_KEYS, read_requires_key=True)
    _problem(client.get("/v1/documents"), 401)
    _problem(client.post("/v1/detect", json={"text": GERMAN}), 401)
    assert client.get("/v1/documents", headers=_bearer(READER)).status_code == 200
    assert client.get("/v1/languages", headers=_bearer(WRITER)).status_code == 200
    assert client.get("/health").status_code == 200


def _cli(*args: str) -> int:
    from service.cli import main

    try:
        main(list(args))
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def test_database_keys_from_the_cli(
    make_client_any_db: ClientFactory, settings: Settings, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    client = make_client_any_db()  # migrates the database; no key yet: open
    assert client.post("/v1/translate", json=TRANSLATE).status_code == 200
    monkeypatch.setenv("TRANSNORM_DATABASE_URL", settings.database_url)
    assert _cli("keys", "create", "ci", "--scope", "write") == 0
    key = capsys.readouterr().out.strip()
    assert _cli("keys", "create", "dashboard") == 0
    reader = capsys.readouterr().out.strip()
    assert key.startswith("tn_") and len(key) > 40
    time.sleep(1.1)  # an open API notices a new key within a second
    _problem(client.post("/v1/translate", json=TRANSLATE), 401)
    assert client.post("/v1/translate", json=TRANSLATE, headers=_bearer(key)).status_code == 200
    _problem(client.post("/v1/translate", json=TRANSLATE, headers=_bearer(reader)), 403)
    runtime: Runtime = client.app.state.runtime  # type: ignore[attr-defined]
    with runtime.engine.connect() as connection:
        stored = connection.execute(sa.text("SELECT name, scope, key_hash FROM api_keys ORDER BY id")).all()
    assert [(n, s) for n, s, _ in stored] == [("ci", "write"), ("dashboard", "read")]
    assert stored[0][2] == hashlib.sha256(key.encode()).hexdigest() and key not in str(stored)
    assert _cli("keys", "list") == 0
    listing = capsys.readouterr().out
    assert "ci" in listing and "dashboard" in listing and key not in listing
    assert _cli("keys", "revoke", "ci") == 0
    _problem(client.post("/v1/translate", json=TRANSLATE, headers=_bearer(key)), 401)
    assert _cli("keys", "revoke", "dashboard") == 0
    _problem(client.post("/v1/translate", json=TRANSLATE), 401)  # every key revoked: still closed
    assert _cli("keys", "revoke", "nobody") == 2


def test_request_rate_limit_per_key(make_client: ClientFactory) -> None:
    client = make_client(api_keys=ENV_KEYS, rate_limit_requests=3)
    for _ in range(3):
        assert client.get("/v1/documents", headers=_bearer(READER)).status_code == 200
    limited = client.get("/v1/documents", headers=_bearer(READER))
    body = _problem(limited, 429)
    assert 1 <= int(limited.headers["Retry-After"]) <= 60 and body["retry_after"] == int(limited.headers["Retry-After"])
    assert client.get("/v1/documents", headers=_bearer(WRITER)).status_code == 200  # another key, another bucket
    assert client.get("/health").status_code == 200


def test_character_rate_limit(make_client: ClientFactory) -> None:
    client = make_client(rate_limit_chars=100)
    text = {"text": "Die Lage ist ruhig. " * 4, "source_lang": "de"}  # 80 characters
    assert client.post("/v1/translate", json=text).status_code == 200
    assert client.post("/v1/translate", json=text).status_code == 200  # 20 left: allowed, then in debt
    limited = client.post("/v1/translate", json=text)
    _problem(limited, 429)
    assert int(limited.headers["Retry-After"]) >= 30  # 61 characters of debt at 100 a minute
    assert client.get("/v1/documents").status_code == 200  # reads submit no text
    # The limiter reads the body before the route: an upload must still reach the route whole.
    uploader = make_client(rate_limit_chars=100_000)
    upload = uploader.post("/v1/documents", files={"file": ("r.txt", GERMAN.encode("utf-16"), "text/plain")})
    assert upload.status_code in (201, 202), upload.text
    assert upload.json()["source_lang"] == "de"


def test_rate_limiter_refills() -> None:
    now = [0.0]
    limiter = RateLimiter(60, 0, clock=lambda: now[0])
    assert all(limiter.take("a") is None for _ in range(60))
    wait = limiter.take("a")
    assert wait is not None and 0.9 <= wait <= 1.0
    now[0] += 1.0
    assert limiter.take("a") is None and limiter.take("b") is None
    assert submitted_chars("application/json", b'{"text": ["ab", "cd"], "x": "zzzz"}') == 4
    assert submitted_chars("application/json", b"[" * 100_000) == 100_000
    assert submitted_chars("multipart/form-data; boundary=x", b"12345") == 5


def test_cors_off_by_default_and_configurable(make_client: ClientFactory) -> None:
    origin = {"Origin": "https://ui.example"}
    preflight = {**origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "x-api-key"}
    closed = make_client()
    assert "access-control-allow-origin" not in closed.get("/v1/documents", headers=origin).headers
    assert "access-control-allow-origin" not in closed.options("/v1/documents", headers=preflight).headers
    opened = make_client(cors_origins="https://ui.example, https://other.example")
    allowed = opened.options("/v1/documents", headers=preflight)
    assert allowed.status_code == 200 and allowed.headers["access-control-allow-origin"] == "https://ui.example"
    assert opened.get("/v1/documents", headers=origin).headers["access-control-allow-origin"] == "https://ui.example"
    refused = opened.options("/v1/documents", headers={**preflight, "Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in refused.headers


def test_sentence_limit(make_client: ClientFactory) -> None:
    client = make_client(max_sentences_per_document=2)
    _problem(client.post("/v1/documents", json={"text": GERMAN}), 413)
    assert _documents(client) == 0


def test_openapi_documents_the_refusals(make_client: ClientFactory) -> None:
    schema = make_client().get("/openapi.json").json()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            statuses = set(operation["responses"])
            if path.startswith("/v1/"):
                assert {"401", "403", "413", "429"} <= statuses, (method, path)
                assert "Retry-After" in operation["responses"]["429"]["headers"]
            elif operation.get("tags") == ["libretranslate"] and path in ("/translate", "/detect", "/languages"):
                # LibreTranslate's own refusals: 403 and 429 with an {"error"} body, as its clients expect.
                assert {"400", "403", "429", "500"} <= statuses, (method, path)
            elif operation.get("tags") != ["libretranslate"]:
                assert not {"401", "403", "429"} & statuses, (method, path)
    assert {"HTTPBearer", "APIKeyHeader"} <= set(schema["components"]["securitySchemes"])


@pytest.mark.parametrize(
    "value", ["alice:admin:0123456789abcdef", "alice:write:short", "alice:write:sha256:abc", "nocolon",
              "a:read:0123456789abcdef,a:write:fedcba9876543210"],
)
def test_malformed_keys_are_refused_without_echoing_them(
    value: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from service.cli import main

    monkeypatch.setenv("TRANSNORM_API_KEYS", value)
    with pytest.raises(ValidationError):
        Settings()
    with pytest.raises(SystemExit) as caught:
        main(["db", "current"])
    assert caught.value.code == 2
    err = capsys.readouterr().err.strip()
    assert "TRANSNORM_API_KEYS" in err and "\n" not in err
    assert "0123456789abcdef" not in err and "short" not in err
