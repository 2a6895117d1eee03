"""The short versions of the stress scenarios, in the normal suite (about 3-4 minutes on 2 cores).

Full sizes: ``python -m tests.stress all --full`` (see the README, section Reliability).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres import POSTGRES_URL, postgres_available
from tests.stress import harness
from tests.stress.__main__ import SHORT

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _shared_models(tiny_models: dict[str, Path]) -> Iterator[None]:
    """The child processes load the session's tiny models instead of building their own."""
    saved = dict(harness._MODELS)
    harness._MODELS.update(tiny_models)
    yield
    harness._MODELS.clear()
    harness._MODELS.update(saved)


def _require(kind: str) -> None:
    if kind == "postgresql" and not postgres_available():
        if os.environ.get("TRANSNORM_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL required but not reachable at {POSTGRES_URL}")
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}")


def _passed(result: harness.Result) -> None:
    assert result.ok, f"{result.scenario}: {result.problems}\nfigures: {result.figures}"


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_crash_short(kind: str, tmp_path: Path) -> None:
    from tests.stress.crash import run_crash

    _require(kind)
    result = run_crash(kind, tmp_path, kills=SHORT.crash_kills, top_up=SHORT.crash_top_up)
    _passed(result)
    assert result.figures["kills"] == SHORT.crash_kills
    assert result.figures["killed holding a claim"] >= 1


@pytest.mark.postgres
def test_concurrency_short(tmp_path: Path) -> None:
    from tests.stress.concurrency import run_concurrency

    _require("postgresql")
    result = run_concurrency("postgresql", tmp_path, workers=3, documents=SHORT.concurrency_documents)
    _passed(result)
    assert result.figures["documents"] == SHORT.concurrency_documents and result.figures["claimed twice"] == 0


def test_load_short(tmp_path: Path) -> None:
    from tests.stress.load import run_load

    result = run_load("sqlite", tmp_path, clients=SHORT.load_clients, seconds=SHORT.load_seconds)
    _passed(result)
    assert result.figures["errors"] == 0 and result.figures["requests"] > 100
    assert result.figures["deliberate 429"] > 0


def test_graceful_shutdown(tmp_path: Path) -> None:
    from tests.stress.shutdown import run_shutdown

    _passed(run_shutdown("sqlite", tmp_path))
