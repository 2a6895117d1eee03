"""Start-up warm-up: the tables the pipeline and the checks build on first use exist before the first request."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from service.config import Settings
from service.pipeline import detect, normalize, segment
from service.runtime import Runtime
from service.translation import ModelPool
from service.translation.checks import lexicon
from service.warmup import warm_up

LAZY = (detect._identifiers_for, normalize._invisible_pattern, segment._splitter, lexicon.zipf)


@pytest.fixture
def cold() -> Iterator[None]:
    for cached in LAZY:
        cached.cache_clear()
    yield


def _built() -> list[int]:
    return [cached.cache_info().currsize for cached in LAZY]


def test_warm_up_builds_the_lazy_tables(cold: None) -> None:
    assert _built() == [0, 0, 0, 0]
    warm_up(["de", "nl"])
    identifiers, invisible, splitters, words = _built()
    assert (identifiers, invisible, splitters) == (1, 1, 2) and words > 0


def test_the_runtime_warms_up_before_it_serves(cold: None, settings: Settings, tiny_pool: ModelPool) -> None:
    runtime = Runtime.start(settings, pool=tiny_pool, workers=0)
    try:
        assert all(size > 0 for size in _built())
    finally:
        runtime.request_stop()
