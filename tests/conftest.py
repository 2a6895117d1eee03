"""Shared fixtures: the tiny real Marian models every translation test loads through the user's code path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.config import Settings
from service.runtime import Runtime
from service.translation import ModelPool
from tests.postgres import POSTGRES_URL, postgres_available, reset_postgres


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A tiny MarianMT checkpoint per served pair, saved with save_pretrained like a real one."""
    from tests.tiny_marian import build_tiny_marian

    root = tmp_path_factory.mktemp("tiny-models")
    return {pair: build_tiny_marian(root / pair, pair=pair) for pair in ("de-en", "nl-en")}


# --- databases ----------------------------------------------------------------------------------------------
@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each kind (the schema is created by the code under test)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'transnorm.db'}"
    if not postgres_available():
        if os.environ.get("TRANSNORM_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL required but not reachable at {POSTGRES_URL}")
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}")
    reset_postgres()
    return POSTGRES_URL


@pytest.fixture
def settings(database_url: str, tiny_models: dict[str, Path], tmp_path: Path) -> Settings:
    return Settings(
        database_url=database_url,
        model_de_en=str(tiny_models["de-en"]),
        model_nl_en=str(tiny_models["nl-en"]),
        models_dir=tmp_path / "model-store",
        backend="transformers",
        workers=0,
        wait_seconds=0,
        threads=1,
        lease_seconds=60,
        poll_seconds=0.05,
    )


@pytest.fixture(scope="session")
def tiny_pool(tiny_models: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModelPool]:
    """Both tiny models loaded once for the session, through the same ModelPool the server uses."""
    pool = ModelPool(
        Settings(
            model_de_en=str(tiny_models["de-en"]),
            model_nl_en=str(tiny_models["nl-en"]),
            models_dir=tmp_path_factory.mktemp("store"),
            backend="transformers",
            threads=1,
        )
    )
    pool.load_available()
    yield pool
    pool.close()


@pytest.fixture
def runtime(settings: Settings, tiny_pool: ModelPool) -> Iterator[Runtime]:
    """A started runtime without worker threads: tests run workers explicitly, so every step is deterministic."""
    started = Runtime.start(settings, pool=tiny_pool, workers=0)
    yield started
    started.request_stop()
    for thread in started.threads:
        thread.join(10)
    started.engine.dispose()


@pytest.fixture
def client(runtime: Runtime) -> Iterator[TestClient]:
    from service.api.app import create_app

    with TestClient(create_app(runtime=runtime), raise_server_exceptions=False) as test_client:
        yield test_client
