"""Micro-batching: sentences of concurrent /v1/translate requests are translated together, in one call.

One ``MicroBatcher`` per language pair, owned by the ``ModelPool`` and closed with it. A request hands its
sentences to ``translate()`` and blocks; the batcher's thread takes the first waiting request and gathers more
until no new request has come for ``wait_ms`` (at most ``MAX_WAIT_FACTOR`` × ``wait_ms`` in all) or
``max_sentences`` are gathered, calls the translator once for all of them and hands each request its own
results, in its own order. Requests that arrive while a batch is being translated are all taken by the next one.

Why a batch may wait for callers it has not seen yet: closed-loop clients answered together come back
together, but a straggler that misses the window (or a group that had to wait through the batch in flight) splits
them into two groups that alternate, each waiting for the other's batch: p99 became two batch times. So the
batcher expects as many callers as it just answered plus those that waited through that batch, and until that
many have arrived a quiet moment does not end the gathering; the cap (``MAX_WAIT_FACTOR`` × ``wait_ms``) still
does. A lone client is expected alone and waits only ``wait_ms``; an answered caller that does not come back
costs the next batch at most the cap. Measured with 8 clients: the groups re-form within one batch and p99 fell
from ~1.35 s to 0.84 s in the harness (docs/performance.md).

Why the window restarts with each arrival: clients answered together come back together, but spread over a few
milliseconds each (HTTP and validation run one at a time under the GIL). With a fixed 5 ms window, 8 closed-loop
clients split into two groups that each waited for the other's batch (p50 ≈ two batch times); restarting the
window keeps them in one batch, while a lone request still waits only ``wait_ms``.

Why: greedy decoding of one sentence is memory-bound (each step streams the weights for one row); a batch of 8
costs barely more per step than a batch of 1, so 8 concurrent clients are served in about the time of one.
The translator's own length-sorted batching applies inside the call, so results do not depend on batch-mates.
An exception in a call reaches every request of that batch; ``close()`` fails the waiting requests with
``ModelUnavailableError`` and stops the thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from service.errors import ModelUnavailableError
from service.translation.base import Translation

log = logging.getLogger("transnorm.batching")

TranslateFn = Callable[[list[str]], list[Translation]]
MAX_WAIT_FACTOR = 10   # a gathering window never stays open longer than this many wait_ms


@dataclass(eq=False)
class _Request:
    sentences: list[str]
    done: threading.Event = field(default_factory=threading.Event)
    results: list[Translation] | None = None
    error: BaseException | None = None
    arrived: float = field(default_factory=time.monotonic)


class MicroBatcher:
    """Gathers sentences from concurrent callers into one ``translate`` call on one thread."""

    def __init__(self, translate: TranslateFn, *, wait_ms: float, max_sentences: int, name: str = "") -> None:
        self._translate = translate
        self.wait_s = max(0.0, wait_ms) / 1000.0
        self.max_sentences = max(1, max_sentences)
        self.name = name
        self._queue: deque[_Request] = deque()
        self._cond = threading.Condition()
        self._closed = False
        self._answered = 0          # requests in the last batch (only the batcher's thread touches these two)
        self._answered_at = 0.0     # when the last batch was answered
        self._thread = threading.Thread(target=self._loop, name=f"microbatch-{name}", daemon=True)
        self._thread.start()

    def translate(self, sentences: Sequence[str]) -> list[Translation]:
        """Translate ``sentences`` (one request's), batched with whatever other requests are waiting."""
        if not sentences:
            return []
        request = _Request(list(sentences))
        with self._cond:
            if self._closed:
                raise self._closed_error()
            self._queue.append(request)
            self._cond.notify_all()
        request.done.wait()
        if request.error is not None:
            raise request.error
        assert request.results is not None
        return request.results

    def close(self, timeout: float = 30.0) -> None:
        """Refuse new requests, fail the waiting ones, let the batch in flight finish, stop the thread."""
        with self._cond:
            self._closed = True
            waiting = list(self._queue)
            self._queue.clear()
            self._cond.notify_all()
        for request in waiting:
            request.error = self._closed_error()
            request.done.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def _closed_error(self) -> ModelUnavailableError:
        return ModelUnavailableError(f"the {self.name} model is shutting down", extra={"pair": self.name})

    def _gather(self) -> list[_Request] | None:
        """Block for the first request, then take more until the wait is over or the batch is full."""
        with self._cond:
            while not self._queue and not self._closed:
                self._cond.wait()
            if self._closed:
                return None
            batch = [self._queue.popleft()]
            size = len(batch[0].sentences)
            now = time.monotonic()
            latest = now + MAX_WAIT_FACTOR * self.wait_s
            quiet_until = now + self.wait_s
            # Who is likely to be here soon: the callers just answered (closed-loop clients come straight back)
            # and the ones that had to wait through the last batch. Until that many have arrived, a quiet
            # moment does not end the gathering; the overall cap still does.
            expected = self._answered + sum(1 for r in (*batch, *self._queue) if r.arrived < self._answered_at)
            while size < self.max_sentences:
                if self._queue:
                    if size + len(self._queue[0].sentences) > self.max_sentences:
                        break
                    request = self._queue.popleft()
                    batch.append(request)
                    size += len(request.sentences)
                    quiet_until = time.monotonic() + self.wait_s   # an arrival: wait for its companions
                    continue
                until = latest if len(batch) < expected else min(quiet_until, latest)
                remaining = until - time.monotonic()
                if remaining <= 0 or self._closed:
                    break
                self._cond.wait(remaining)
            return batch

    def _loop(self) -> None:
        while (batch := self._gather()) is not None:
            sentences = [sentence for request in batch for sentence in request.sentences]
            try:
                translations = self._translate(sentences)
                if len(translations) != len(sentences):
                    raise RuntimeError(f"translator returned {len(translations)} results for {len(sentences)}")
            except BaseException as exc:  # every waiting request gets the error, the thread lives on
                log.warning("micro-batch of %d sentences failed: %s", len(sentences), exc)
                self._answered, self._answered_at = len(batch), time.monotonic()
                for request in batch:
                    request.error = exc
                    request.done.set()
                continue
            self._answered, self._answered_at = len(batch), time.monotonic()
            start = 0
            for request in batch:
                request.results = translations[start : start + len(request.sentences)]
                start += len(request.sentences)
                request.done.set()
