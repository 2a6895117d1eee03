"""Schemathesis over the app's whole OpenAPI schema: no server error, no undocumented status or content type.

TRANSNORM_FUZZ_EXAMPLES sets the generated cases per operation (default 20); ``python -m tests.stress fuzz``
runs the same check with enough of them for 1,000+ cases, with and without API keys.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks

from service.config import Settings
from service.corpus import ingest_text
from service.db.engine import begin_write
from service.runtime import Runtime
from service.translation import ModelPool
from tests.support import SEEDS, drain

EXAMPLES_PER_OPERATION = int(os.environ.get("TRANSNORM_FUZZ_EXAMPLES", "20"))
WRITE_KEY = "fuzz-write-key-0123456789"
# What the contract promises: never a server error, and every status, content type, header and body as
# documented. (Schemathesis' positive-data check is left out: a schema-valid string is not always a release
# in German, Dutch or English, and rejecting it with a documented 422 is the contract.)
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_headers_conformance,
    checks.response_schema_conformance,
]


def fuzz_runtime(database: Path, models: dict[str, Path], pool: ModelPool, **overrides: Any) -> Runtime:
    """A runtime over a fresh SQLite database holding the seed releases, translated."""
    runtime = Runtime.start(
        Settings(
            database_url=f"sqlite:///{database}",
            model_de_en=str(models["de-en"]),
            model_nl_en=str(models["nl-en"]),
            workers=0,
            wait_seconds=0,
            max_translate_chars=2000,
            **overrides,
        ),
        pool=pool,
        workers=0,
    )
    # Real documents and pairs first, so that generated ids and queries also reach stored rows.
    with runtime.sessions() as session:
        begin_write(session)
        for path in sorted(SEEDS.glob("*.txt")):
            ingest_text(session, runtime.settings, path.read_text(encoding="utf-8"))
        session.commit()
    drain(runtime)
    return runtime


def run_schema_fuzz(app: object, examples: int, headers: dict[str, str] | None = None) -> tuple[int, int, list[str]]:
    """Every operation, ``examples`` generated cases each; returns (cases, operations, failures)."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    # An operation schemathesis cannot read fails here, loudly (Err has no ok()).
    operations = [result.ok() for result in schema.get_all_operations()]  # type: ignore[union-attr]
    failures: list[str] = []
    cases = 0
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck),
                  derandomize=True, database=None)
        def check(case: schemathesis.Case) -> None:
            nonlocal cases
            cases += 1
            case.call_and_validate(checks=CHECKS, headers=headers)

        try:
            check()
        except Exception as exc:  # collect every operation's failure, then report them together
            failures.append(f"{operation.label}: {exc}"[:2000])
    return cases, len(operations), failures


@pytest.fixture
def app_under_fuzz(tiny_models: dict[str, Path], tiny_pool: ModelPool, tmp_path: Path) -> Iterator[object]:
    from service.api.app import create_app

    runtime = fuzz_runtime(tmp_path / "fuzz.db", tiny_models, tiny_pool)
    yield create_app(runtime=runtime)
    runtime.engine.dispose()


def test_api_conforms_to_its_schema(app_under_fuzz: object) -> None:
    """Every operation, generated cases: no 5xx, every status and content type documented, bodies match."""
    cases, operations, failures = run_schema_fuzz(app_under_fuzz, EXAMPLES_PER_OPERATION)
    assert operations >= 15
    assert not failures, "\n\n".join(failures)
    assert cases >= EXAMPLES_PER_OPERATION * operations // 2


def test_api_with_keys_and_rate_limits_conforms(tiny_models: dict[str, Path], tiny_pool: ModelPool,
                                                tmp_path: Path) -> None:
    """With keys and rate limits on: 401, 403 and 429 are documented wherever they come, bodies match."""
    from service.api.app import create_app

    runtime = fuzz_runtime(tmp_path / "keyed.db", tiny_models, tiny_pool, api_keys=f"fuzz:write:{WRITE_KEY}",
                           rate_limit_requests=120, rate_limit_chars=20_000)
    try:
        app = create_app(runtime=runtime)
        for headers in ({"Authorization": f"Bearer {WRITE_KEY}"}, None):
            _, _, failures = run_schema_fuzz(app, 5, headers)
            assert not failures, "\n\n".join(failures)
    finally:
        runtime.engine.dispose()
