"""Schema fuzz at volume: the suite's schemathesis check with many more cases, open and with keys on."""

from __future__ import annotations

import time
from pathlib import Path

from tests.stress import harness


def run_fuzz(workdir: Path, *, examples: int) -> harness.Result:
    from service.api.app import create_app
    from service.translation import ModelPool
    from tests.api.test_schema_fuzz import WRITE_KEY, fuzz_runtime, run_schema_fuzz

    result = harness.Result(f"schema fuzz ({examples} examples per operation)")
    models = harness.tiny_models()
    pool = ModelPool(harness.settings_for("sqlite://", workdir))
    pool.load_available()
    began = time.monotonic()
    try:
        passes = {
            "open": ({}, None),
            "keyed, write key": ({"api_keys": f"fuzz:write:{WRITE_KEY}", "rate_limit_requests": 600},
                                 {"Authorization": f"Bearer {WRITE_KEY}"}),
            "keyed, no key": ({"api_keys": f"fuzz:write:{WRITE_KEY}", "read_requires_key": True}, None),
        }
        total = 0
        for index, (label, (overrides, headers)) in enumerate(passes.items()):
            runtime = fuzz_runtime(workdir / f"fuzz-{index}.db", models, pool, **overrides)
            try:
                count = examples if label == "open" else max(5, examples // 4)
                cases, operations, failures = run_schema_fuzz(create_app(runtime=runtime), count, headers)
            finally:
                runtime.engine.dispose()
            total += cases
            result.figures[f"cases ({label})"] = cases
            result.figures["operations"] = operations
            result.problems += [f"{label}: {failure}" for failure in failures]
        result.figures["cases"] = total
        result.figures["server errors / schema violations"] = len(result.problems)
        result.figures["seconds"] = round(time.monotonic() - began, 1)
    finally:
        pool.close()
    return result
