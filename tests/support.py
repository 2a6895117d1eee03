"""Plain helpers the tests import (paths, settings for the tiny models, draining a worker); fixtures stay in the
conftest files, which pytest loads by itself and nothing imports."""

from __future__ import annotations

from pathlib import Path

from service.config import Settings
from service.runtime import Runtime

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
TESTDATA = Path(__file__).resolve().parent / "data"


def tiny_settings(tiny_models: dict[str, Path], store: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "model_de_en": str(tiny_models["de-en"]),
        "model_nl_en": str(tiny_models["nl-en"]),
        "models_dir": store,
        "backend": "transformers",
        "threads": 1,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def drain(runtime: Runtime) -> int:
    """Run one worker until nothing is left to claim; returns how many documents it claimed."""
    worker = runtime.new_worker()
    total = 0
    while claimed := worker.run_once():
        total += claimed
    return total
