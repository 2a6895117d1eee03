"""Per-client token buckets: requests per minute and characters of submitted text per minute.

In-process and in memory: each server process counts on its own (N replicas allow N times the rate). A bucket
holds one minute's allowance and refills continuously. The character bucket may go into debt: a request is let
through while the bucket is above zero and then charged in full, so a single text larger than a minute's
allowance is accepted once and the client waits for the debt to be refilled, instead of never getting through.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MAX_CLIENTS = 10_000  # buckets kept; past this, idle ones (already refilled) are dropped first


@dataclass
class _Bucket:
    requests: float
    chars: float
    updated: float


class RateLimiter:
    def __init__(
        self, requests_per_minute: int, chars_per_minute: int, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.requests_per_minute = requests_per_minute
        self.chars_per_minute = chars_per_minute
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return bool(self.requests_per_minute or self.chars_per_minute)

    @property
    def counts_chars(self) -> bool:
        return bool(self.chars_per_minute)

    def take(self, client: str, chars: int = 0) -> float | None:
        """Charge one request and ``chars`` characters to ``client``; None when allowed, else seconds to wait."""
        with self._lock:
            now = self._clock()
            bucket = self._buckets.get(client)
            if bucket is None:
                if len(self._buckets) >= MAX_CLIENTS:
                    self._prune(now)
                bucket = self._buckets[client] = _Bucket(self.requests_per_minute, self.chars_per_minute, now)
            self._refill(bucket, now)
            waits = []
            if self.requests_per_minute and bucket.requests < 1:
                waits.append((1 - bucket.requests) * 60 / self.requests_per_minute)
            if self.chars_per_minute and chars > 0 and bucket.chars <= 0:
                waits.append((1 - bucket.chars) * 60 / self.chars_per_minute)
            if waits:
                return max(waits)
            if self.requests_per_minute:
                bucket.requests -= 1
            if self.chars_per_minute:
                bucket.chars -= chars
            return None

    def _refill(self, bucket: _Bucket, now: float) -> None:
        elapsed = max(0.0, now - bucket.updated)
        bucket.requests = min(self.requests_per_minute, bucket.requests + elapsed * self.requests_per_minute / 60)
        bucket.chars = min(self.chars_per_minute, bucket.chars + elapsed * self.chars_per_minute / 60)
        bucket.updated = now

    def _prune(self, now: float) -> None:
        for bucket in self._buckets.values():
            self._refill(bucket, now)
        full = [key for key, b in self._buckets.items()
                if b.requests >= self.requests_per_minute and b.chars >= self.chars_per_minute]
        for key in full:
            del self._buckets[key]
        if len(self._buckets) >= MAX_CLIENTS:  # a flood of distinct clients: forget the least recently seen half
            for key in sorted(self._buckets, key=lambda k: self._buckets[k].updated)[: MAX_CLIENTS // 2]:
                del self._buckets[key]


def retry_after_header(seconds: float) -> int:
    """Whole seconds for ``Retry-After``, never 0 (a client told 0 would retry at once and fail again)."""
    return max(1, math.ceil(seconds))


def _text_length(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list):
        return sum(len(item) for item in value if isinstance(item, str))
    return 0


def submitted_chars(content_type: str, body: bytes) -> int:
    """Characters of text a request submits: the JSON ``text``/``target`` fields, else the body's size."""
    if content_type.split(";")[0].strip().lower() == "application/json":
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            return len(body)
        if isinstance(data, dict):
            return _text_length(data.get("text")) + _text_length(data.get("target"))
        return _text_length(data)
    return len(body)
