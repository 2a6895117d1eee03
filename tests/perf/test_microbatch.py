"""The micro-batcher behind /v1/translate: concurrent requests share one translate call, each gets its own
results in its own order, errors and shutdown reach every waiting request. No timing assertions: a gate holds
the first call so that the next requests are known to be queued together."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from service.errors import ModelUnavailableError
from service.translation import ModelPool
from service.translation.base import Translation, Translator
from service.translation.microbatch import MicroBatcher
from tests.support import tiny_settings
from tests.translate.helpers import seed_sentences

GERMAN = seed_sentences("de")


class GatedTranslate:
    """Wraps a translate function: records every call; the first call waits until ``release()``."""

    def __init__(self, translate: Callable[[list[str]], list[Translation]]) -> None:
        self.translate = translate
        self.calls: list[list[str]] = []
        self.gate = threading.Event()
        self.entered = threading.Event()

    def __call__(self, sentences: list[str]) -> list[Translation]:
        self.calls.append(list(sentences))
        if len(self.calls) == 1:
            self.entered.set()
            assert self.gate.wait(30)
        return self.translate(sentences)

    def release(self) -> None:
        self.gate.set()


def assert_same(got: list[Translation], expected: list[Translation]) -> None:
    """Same sentences, targets and flags; scores equal up to float noise (batch-mates change the padding)."""
    assert [(t.source, t.target, t.flags) for t in got] == [(t.source, t.target, t.flags) for t in expected]
    assert [t.score for t in got] == pytest.approx([t.score for t in expected], abs=1e-4)


def echo(sentences: list[str]) -> list[Translation]:
    return [Translation(s, s.upper(), -1.0) for s in sentences]


def wait_queued(batcher: MicroBatcher, count: int) -> None:
    deadline = time.monotonic() + 30
    while len(batcher._queue) < count:   # the requests are in, waiting behind the gated call
        assert time.monotonic() < deadline, "requests never reached the queue"
        time.sleep(0.005)


@pytest.fixture
def executor() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(max_workers=16) as pool:
        yield pool


def test_concurrent_requests_get_the_sequential_results_in_order(
    tiny_pool: ModelPool, executor: ThreadPoolExecutor
) -> None:
    translator: Translator = tiny_pool.get("de-en")
    gated = GatedTranslate(translator.translate)
    batcher = MicroBatcher(gated, wait_ms=100, max_sentences=64, name="de-en")
    try:
        groups = [(GERMAN * 2)[i : i + 1 + i % 3] for i in range(8)]   # 8 requests of 1–3 sentences
        first = executor.submit(batcher.translate, ["Die Lage ist ruhig."])
        assert gated.entered.wait(30)
        futures = [executor.submit(batcher.translate, group) for group in groups]
        wait_queued(batcher, len(groups))
        gated.release()
        results = [future.result(60) for future in futures]
        assert_same(first.result(60), translator.translate(["Die Lage ist ruhig."]))
    finally:
        batcher.close()
    assert len(gated.calls) == 2 and gated.calls[1] == [s for group in groups for s in group]   # one call for all
    for group, result in zip(groups, results, strict=True):
        assert [t.source for t in result] == group
        assert_same(result, translator.translate(group))


def test_full_batches_are_cut_at_max_sentences(executor: ThreadPoolExecutor) -> None:
    gated = GatedTranslate(echo)
    batcher = MicroBatcher(gated, wait_ms=100, max_sentences=4, name="de-en")
    try:
        executor.submit(batcher.translate, ["x"])
        assert gated.entered.wait(30)
        futures = [executor.submit(batcher.translate, [f"a{i}", f"b{i}"]) for i in range(3)]
        wait_queued(batcher, 3)
        gated.release()
        assert [f.result(30) for f in futures] == [echo([f"a{i}", f"b{i}"]) for i in range(3)]
    finally:
        batcher.close()
    assert [len(call) for call in gated.calls[1:]] == [4, 2]


def test_an_exception_reaches_every_request_of_the_batch(executor: ThreadPoolExecutor) -> None:
    def failing(sentences: list[str]) -> list[Translation]:
        raise RuntimeError("model exploded")

    gated = GatedTranslate(failing)
    batcher = MicroBatcher(gated, wait_ms=100, max_sentences=64, name="de-en")
    try:
        futures: list[Future[list[Translation]]] = [executor.submit(batcher.translate, ["first"])]
        assert gated.entered.wait(30)
        futures += [executor.submit(batcher.translate, [f"s{i}"]) for i in range(5)]
        wait_queued(batcher, 5)
        gated.release()
        for future in futures:
            with pytest.raises(RuntimeError, match="model exploded"):
                future.result(30)
        assert len(gated.calls) == 2   # the five queued requests were one batch, and all of them failed
        gated.translate = echo          # the batcher survives its failures
        assert batcher.translate(["next"]) == echo(["next"])
    finally:
        batcher.close()


def test_close_releases_waiting_requests_and_refuses_new_ones(executor: ThreadPoolExecutor) -> None:
    gated = GatedTranslate(echo)
    batcher = MicroBatcher(gated, wait_ms=100, max_sentences=64, name="de-en")
    in_flight = executor.submit(batcher.translate, ["in flight"])
    assert gated.entered.wait(30)
    waiting = [executor.submit(batcher.translate, [f"w{i}"]) for i in range(3)]
    wait_queued(batcher, 3)
    closing = executor.submit(batcher.close)
    for future in waiting:   # released while the call in flight is still held at the gate
        with pytest.raises(ModelUnavailableError, match="shutting down"):
            future.result(30)
    gated.release()
    closing.result(30)
    assert in_flight.result(30) == echo(["in flight"])   # the batch in flight finishes
    with pytest.raises(ModelUnavailableError):
        batcher.translate(["after close"])
    assert not batcher._thread.is_alive()


def test_the_pool_owns_one_batcher_per_pair_and_closes_it(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    pool = ModelPool(tiny_settings(tiny_models, tmp_path), pairs=["de-en"])
    batcher = pool.batcher("de-en")   # loads the model on first use, like get()
    assert pool.batcher("de-en") is batcher
    assert_same(batcher.translate(GERMAN[:2]), pool.get("de-en").translate(GERMAN[:2]))
    pool.close()
    assert not batcher._thread.is_alive()
    with pytest.raises(ModelUnavailableError):
        batcher.translate(["Die Lage ist ruhig."])


def test_a_batch_waits_for_the_callers_just_answered_when_others_waited_through(
    executor: ThreadPoolExecutor,
) -> None:
    # Closed-loop clients that fell into two groups (one answered, one that waited through its batch) are
    # gathered into one batch again: the quiet window (30 ms) alone would close before the answered caller is
    # back (100 ms later); the expectation keeps the batch open up to its cap (300 ms).
    gated = GatedTranslate(echo)
    batcher = MicroBatcher(gated, wait_ms=30, max_sentences=64, name="de-en")
    try:
        first = executor.submit(batcher.translate, ["a"])
        assert gated.entered.wait(30)
        waiting = [executor.submit(batcher.translate, [s]) for s in ("b", "c")]
        wait_queued(batcher, 2)
        gated.release()
        assert first.result(30)[0].target == "A"
        time.sleep(0.1)
        back = executor.submit(batcher.translate, ["a2"])
        assert [f.result(30)[0].target for f in (*waiting, back)] == ["B", "C", "A2"]
        assert gated.calls == [["a"], ["b", "c", "a2"]]
    finally:
        batcher.close()
