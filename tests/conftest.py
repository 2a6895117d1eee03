"""Shared fixtures: the tiny real Marian models every translation test loads through the user's code path."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
TESTDATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A tiny MarianMT checkpoint per served pair, saved with save_pretrained like a real one."""
    from tests.tiny_marian import build_tiny_marian

    root = tmp_path_factory.mktemp("tiny-models")
    return {pair: build_tiny_marian(root / pair, pair=pair) for pair in ("de-en", "nl-en")}
