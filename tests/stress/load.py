"""Load: concurrent clients against a real ``transnorm serve`` (with its in-process worker) for a fixed time.

Every client has its own write key and paces itself well under the per-key rate limit, mixing ingest (unique
releases), search (pairs and documents, full text), document reads and /v1/translate. One extra "hammer" client
(four connections on one key) sends cheap reads as fast as it can: its 429s are the deliberate ones (each must
carry Retry-After). Anything else that is not a success (a 5xx, a 429 for a paced client, a transport error,
a server log with a traceback) is an error. The server's RSS is sampled every second: it must not keep growing
once the server is warm.
"""

from __future__ import annotations

import asyncio
import random
import signal
import statistics
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import httpx

from tests.stress import harness

RATE_LIMIT_REQUESTS = 240     # per key and minute; the hammer goes far above it
PACE_SECONDS = 2 * 60 / RATE_LIMIT_REQUESTS  # paced clients start a request at most this often: half the limit
RATE_LIMIT_CHARS = 2_000_000
HAMMER_CONNECTIONS = 4       # the hammer key's concurrent request loops
SEARCH_WORDS = ("Präsident", "Aserbaidschan", "regio", "minister", "Lage", "de", "und", "Region", "Dialog")


class Tally:
    def __init__(self) -> None:
        self.requests: Counter[str] = Counter()
        self.errors: list[str] = []
        self.deliberate_429 = 0
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.document_ids: list[int] = []


async def _call(http: httpx.AsyncClient, tally: Tally, op: str, method: str, url: str, *, key: str,
                expected: tuple[int, ...], **kwargs: Any) -> httpx.Response | None:
    began = time.perf_counter()
    try:
        response = await http.request(method, url, headers={"X-API-Key": key}, **kwargs)
    except httpx.HTTPError as exc:
        tally.errors.append(f"{op}: {type(exc).__name__}: {exc}"[:200])
        return None
    tally.latency[op].append(time.perf_counter() - began)
    tally.requests[op] += 1
    if response.status_code not in expected:
        tally.errors.append(f"{op}: {response.status_code} {response.text[:160]}")
        return None
    return response


async def _paced_client(http: httpx.AsyncClient, tally: Tally, key: str, rng: random.Random, deadline: float) -> None:
    while time.monotonic() < deadline:
        began = time.monotonic()
        roll = rng.random()
        if roll < 0.25:
            lang = rng.choice(("de", "nl"))
            response = await _call(http, tally, "ingest", "POST", "/v1/documents", key=key, expected=(200, 201, 202),
                                   params={"wait": 0}, json={"text": harness.make_release(rng, lang, 6)})
            if response is not None:
                tally.document_ids.append(response.json()["id"])
        elif roll < 0.45:
            await _call(http, tally, "search pairs", "GET", "/v1/pairs", key=key, expected=(200,),
                        params={"q": rng.choice(SEARCH_WORDS), "limit": 20})
        elif roll < 0.55:
            await _call(http, tally, "search documents", "GET", "/v1/documents", key=key, expected=(200,),
                        params={"q": rng.choice(SEARCH_WORDS), "limit": 20})
        elif roll < 0.70 and tally.document_ids:
            document_id = rng.choice(tally.document_ids)
            await _call(http, tally, "read document", "GET", f"/v1/documents/{document_id}/pairs", key=key,
                        expected=(200,))
        else:
            lang = rng.choice(("de", "nl"))
            text = harness.make_release(rng, lang, rng.randint(1, 3)).split("\n\n", 1)[1]
            await _call(http, tally, "translate", "POST", "/v1/translate", key=key, expected=(200,),
                        json={"text": text, "source_lang": lang})
        await asyncio.sleep(max(0.0, began + PACE_SECONDS + rng.uniform(0, 0.25) - time.monotonic()))


async def _hammer(http: httpx.AsyncClient, tally: Tally, key: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        response = await _call(http, tally, "hammer", "GET", "/v1/languages", key=key, expected=(200, 429))
        if response is not None and response.status_code == 429:
            tally.deliberate_429 += 1
            if not response.headers.get("Retry-After", "").isdigit():
                tally.errors.append("hammer: 429 without a Retry-After")
            await asyncio.sleep(0.01)


async def _drive(base_url: str, keys: list[str], seconds: float, pid: int, seed: int) -> tuple[Tally, list[float]]:
    tally = Tally()
    rss: list[float] = []
    connections = len(keys) + HAMMER_CONNECTIONS + 4
    # Idle connections are dropped before uvicorn's 5 s keep-alive timeout closes them, so that a request is
    # never sent on a connection the server is closing at that moment (a client-side race, not a server error).
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections, keepalive_expiry=2.0)
    async with httpx.AsyncClient(base_url=base_url, timeout=120, limits=limits) as http:
        deadline = time.monotonic() + seconds

        async def sample() -> None:
            while time.monotonic() < deadline:
                rss.append(harness.rss_mib(pid))
                await asyncio.sleep(1)
            rss.append(harness.rss_mib(pid))

        tasks = [_paced_client(http, tally, key, random.Random(seed + i), deadline) for i, key in enumerate(keys[1:])]
        hammers = [_hammer(http, tally, keys[0], deadline) for _ in range(HAMMER_CONNECTIONS)]
        await asyncio.gather(sample(), *hammers, *tasks)
    return tally, rss


def run_load(kind: str, workdir: Path, *, clients: int, seconds: float, seed: int = 8) -> harness.Result:
    result = harness.Result(f"load ({kind}, {clients} clients, {seconds:.0f} s)")
    keys = [f"load-key-{i:03d}-{random.Random(seed + i).getrandbits(64):016x}" for i in range(clients + 1)]
    children = harness.Children(workdir)
    with harness.scratch_database(kind, workdir) as url:
        port = harness.free_port()
        env = harness.child_env(
            url, workdir, workers=1, wait_seconds=0, port=port,
            api_keys=",".join(f"client{i}:write:{key}" for i, key in enumerate(keys)),
            rate_limit_requests=RATE_LIMIT_REQUESTS, rate_limit_chars=RATE_LIMIT_CHARS, log_level="warning",
        )
        server = children.start("serve", env, "serve")
        base_url = f"http://127.0.0.1:{port}"
        try:
            if not harness.wait_until(lambda: _ready(base_url) or server.poll() is not None, timeout=180,
                                      interval=0.5) or server.poll() is not None:
                result.problems.append(f"server did not become ready: {children.log_of(server)[-500:]}")
                return result
            rss_before = harness.rss_mib(server.pid)
            _warm_up(base_url, keys[1], random.Random(seed))
            tally, rss = asyncio.run(_drive(base_url, keys, seconds, server.pid, seed))
            exit_code = harness.stop(server, timeout=60)
            total = sum(tally.requests.values())
            all_latency = sorted(v for values in tally.latency.values() for v in values)
            third = rss[len(rss) // 3] if rss else 0.0
            result.figures.update({
                "clients": clients, "seconds": seconds, "requests": total,
                "requests/s": round(total / seconds, 1),
                **{f"  {op}": count for op, count in sorted(tally.requests.items())},
                "deliberate 429": tally.deliberate_429, "errors": len(tally.errors),
                "p50 ms": round(1000 * statistics.median(all_latency), 1) if all_latency else None,
                "p95 ms": round(1000 * all_latency[int(len(all_latency) * 0.95)], 1) if all_latency else None,
                **{f"  {op} p95 ms": round(1000 * sorted(v)[int(len(v) * 0.95)], 1)
                   for op, v in sorted(tally.latency.items()) if v},
                "RSS MiB ready": round(rss_before, 1), "RSS MiB warm": round(rss[0], 1) if rss else None,
                "RSS MiB at 1/3": round(third, 1), "RSS MiB end": round(rss[-1], 1) if rss else None,
                "RSS MiB peak": round(max(rss), 1) if rss else None,
            })
            result.problems += tally.errors[:20]
            if len(tally.errors) > 20:
                result.problems.append(f"... and {len(tally.errors) - 20} more errors")
            if rss and rss[-1] > third * 1.25 + 64:
                result.problems.append(f"RSS grew from {third:.0f} MiB (warm) to {rss[-1]:.0f} MiB")
            # uvicorn re-raises the SIGTERM it caught once its graceful shutdown has completed.
            if exit_code not in (0, -signal.SIGTERM):
                result.problems.append(f"server exited {exit_code} on SIGTERM")
            result.problems += harness.log_problems(children.log_of(server), "server")
        finally:
            children.close()
    return result


def _warm_up(base_url: str, key: str, rng: random.Random) -> None:
    """A few sequential requests first: the figures are about a warm server. (A cold model's first call is
    slow and memory-hungry when it is a large micro-batch: see the README, section Reliability.)"""
    with httpx.Client(base_url=base_url, timeout=120, headers={"X-API-Key": key}) as http:
        for lang in ("de", "nl"):
            for sentences in (1, 3):
                text = harness.make_release(rng, lang, sentences).split("\n\n", 1)[1]
                http.post("/v1/translate", json={"text": text, "source_lang": lang})
            http.post("/v1/documents", params={"wait": 0}, json={"text": harness.make_release(rng, lang, 6)})


def _ready(base_url: str) -> bool:
    try:
        return httpx.get(f"{base_url}/ready", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False
