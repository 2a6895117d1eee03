"""Schemathesis over the app's whole OpenAPI schema: no server error, no undocumented status or content type."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks

from service.config import Settings
from service.corpus import ingest_text
from service.db.engine import begin_write
from service.runtime import Runtime
from service.translation import ModelPool
from tests.conftest import SEEDS, drain

EXAMPLES_PER_OPERATION = 20
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


@pytest.fixture
def app_under_fuzz(tiny_models: dict[str, Path], tiny_pool: ModelPool, tmp_path: Path) -> Iterator[object]:
    from service.api.app import create_app

    runtime = Runtime.start(
        Settings(
            database_url=f"sqlite:///{tmp_path / 'fuzz.db'}",
            model_de_en=str(tiny_models["de-en"]),
            model_nl_en=str(tiny_models["nl-en"]),
            workers=0,
            wait_seconds=0,
            max_translate_chars=2000,
        ),
        pool=tiny_pool,
        workers=0,
    )
    # Real documents and pairs first, so that generated ids and queries also reach stored rows.
    with runtime.sessions() as session:
        begin_write(session)
        for path in sorted(SEEDS.glob("*.txt")):
            ingest_text(session, runtime.settings, path.read_text(encoding="utf-8"))
        session.commit()
    drain(runtime)
    yield create_app(runtime=runtime)
    runtime.engine.dispose()


def test_api_conforms_to_its_schema(app_under_fuzz: object) -> None:
    """Every operation, generated cases: no 5xx, every status and content type documented, bodies match."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", app_under_fuzz)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    failures: list[str] = []
    cases = 0
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck),
                  derandomize=True, database=None)
        def check(case: schemathesis.Case) -> None:
            nonlocal cases
            cases += 1
            case.call_and_validate(checks=CHECKS)

        try:
            check()
        except Exception as exc:  # collect every operation's failure, then report them together
            failures.append(f"{operation.label}: {exc}"[:2000])
    assert not failures, "\n\n".join(failures)
    assert cases >= EXAMPLES_PER_OPERATION * len(operations) // 2
