"""The latency path (TRANSNORM_LATENCY_PATH): a lone small call decodes on a second CTranslate2 instance with every
thread; the output is the same as on the throughput layout's replicas. And the CPU translators of all pairs share
one set of decode slots."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from service.translation import load_translator
from service.translation.ct2 import CALLS, LATENCY_MAX_ROWS, latency_threads
from tests.support import tiny_settings
from tests.translate.helpers import seed_sentences

GERMAN = seed_sentences("de")


def _load(tiny_models: dict[str, Path], store: Path, path: str) -> Any:
    settings = tiny_settings(tiny_models, store, backend="ctranslate2", threads=2, latency_path=path)
    return load_translator("de-en", settings)


@pytest.fixture(scope="module")
def wide(tiny_models: dict[str, Path], ct2_store: Path) -> Iterator[Any]:
    translator = _load(tiny_models, ct2_store, "auto")
    yield translator
    translator.close()


@pytest.fixture(scope="module")
def narrow(tiny_models: dict[str, Path], ct2_store: Path) -> Iterator[Any]:
    translator = _load(tiny_models, ct2_store, "off")
    yield translator
    translator.close()


def test_layouts() -> None:
    assert latency_threads(2, 1) == 2
    assert latency_threads(4, 2) == 8
    assert latency_threads(1, 2) == 0   # one replica already has every thread


def test_lone_sentences_take_the_latency_instance_with_the_same_output(wide: Any, narrow: Any) -> None:
    assert wide.model_dir.name == "ct2-int8" and (wide.inter_threads, wide.latency_threads) == (2, 2)
    assert narrow.latency_threads == 0
    sentences = GERMAN[:10]
    before = wide.latency_calls
    alone = [wide.translate([sentence])[0] for sentence in sentences]
    assert wide.latency_calls - before == len(sentences)
    replicas = [narrow.translate([sentence])[0] for sentence in sentences]
    batched = narrow.translate(sentences)   # one call: length-sorted batches on both replicas
    assert [t.target for t in alone] == [t.target for t in replicas] == [t.target for t in batched]
    assert all(t.target for t in alone)
    for ours, theirs in zip(alone, batched, strict=True):
        assert ours.flags == theirs.flags
        assert ours.score == pytest.approx(theirs.score, abs=1e-4)


def test_a_small_call_is_decoded_as_one_batch_on_it(wide: Any, narrow: Any) -> None:
    sentences = GERMAN[10 : 10 + LATENCY_MAX_ROWS]
    before = wide.latency_calls
    got = wide.translate(sentences)
    assert wide.latency_calls == before + 1
    assert [t.target for t in got] == [t.target for t in narrow.translate(sentences)]


def test_under_load_the_replicas_serve(wide: Any) -> None:
    before = wide.latency_calls
    wide.translate(GERMAN[: LATENCY_MAX_ROWS + 1])   # more rows than a lone request
    assert wide.latency_calls == before
    with CALLS.lock:   # another translation in flight in the process (the worker, the other pair)
        CALLS.count += 1
    try:
        wide.translate(GERMAN[:1])
    finally:
        with CALLS.lock:
            CALLS.count -= 1
    assert wide.latency_calls == before
    wide.translate(GERMAN[:1])
    assert wide.latency_calls == before + 1


def test_cpu_translators_share_the_decode_slots(wide: Any, narrow: Any) -> None:
    # Two models with the same layout run on the same cores: while both slots are taken (here by the test, in the
    # worker by the other pair's batches), neither may start a decode of its own.
    assert wide._slots is narrow._slots
    for _ in range(narrow.parallel_batches):
        narrow._slots.acquire()
    done = threading.Event()
    thread = threading.Thread(target=lambda: (narrow.translate(GERMAN[:4]), done.set()))
    try:
        thread.start()
        assert not done.wait(0.5)
    finally:
        for _ in range(narrow.parallel_batches):
            narrow._slots.release()
    assert done.wait(30)
    thread.join(5)
