"""The end-to-end rows: a real ``transnorm serve`` (SQLite, one in-process worker, CTranslate2 int8 from the
bench model store) driven over HTTP.

- ingest: every workload document POSTed (``?wait=0``, ``CLIENTS`` at a time), timed from the first POST until
  no document is queued or translating;
- long document: one document of ~270 sentences, the same way;
- /v1/translate latency: one sentence (a list of one, so no segmentation), 1 client then 8 concurrent clients;
- re-ingest: the same sentences again in new documents (served from translation memory), the same way;
- RSS of the server with both pairs loaded, after all of the above.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from bench.cpu import Window, peak_rss_mib, rss_mib
from bench.model import OUT, BenchModel
from bench.workload import Document

CLIENTS = 4            # concurrent POSTs while ingesting
LATENCY_REQUESTS = 40  # per client count


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def pid(self) -> int:
        return self.process.pid


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve(models: dict[str, BenchModel], run_dir: Path, **env_overrides: str) -> Iterator[Server]:
    """``transnorm serve`` on a fresh SQLite database in ``run_dir``; stopped (SIGTERM) on exit."""
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir(parents=True)
    port = _free_port()
    env = {
        **os.environ,
        "TRANSNORM_DATABASE_URL": f"sqlite:///{run_dir / 'transnorm.db'}",
        "TRANSNORM_MODELS_DIR": str(models["de"].store),
        "TRANSNORM_MODEL_DE_EN": str(models["de"].checkpoint),
        "TRANSNORM_MODEL_NL_EN": str(models["nl"].checkpoint),
        "TRANSNORM_BACKEND": "ctranslate2",
        "TRANSNORM_PORT": str(port),
        "TRANSNORM_LOG_LEVEL": "warning",
        **env_overrides,
    }
    log = run_dir / "serve.log"
    with log.open("wb") as handle:
        process = subprocess.Popen(
            [sys.executable, "-c", "from service.cli import main; main()", "serve"],
            env=env, stdout=handle, stderr=subprocess.STDOUT,
        )
    server = Server(f"http://127.0.0.1:{port}", process, log)
    try:
        wait_until_ready(process, server.url + "/ready", log, name="transnorm serve")
        yield server
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _pending(client: httpx.Client) -> int:
    total = 0
    for status in ("queued", "translating"):
        response = client.get("/v1/documents", params={"status": status, "limit": 1})
        response.raise_for_status()
        total += len(response.json()["items"])
    return total


def ingest(server: Server, docs: list[Document]) -> dict[str, Any]:
    """POST ``docs`` and wait until every one is translated; wall time and CPU noise of the whole run."""
    with httpx.Client(base_url=server.url, timeout=300) as client:
        posted: list[dict[str, Any]] = []

        def post(doc: Document) -> dict[str, Any]:
            response = client.post("/v1/documents", params={"wait": 0},
                                   json={"text": doc.text, "source_lang": doc.lang})
            response.raise_for_status()
            return dict(response.json())

        with Window([server.pid, os.getpid()]) as window:
            with ThreadPoolExecutor(CLIENTS) as executor:
                posted = list(executor.map(post, docs))
            posted_at = time.perf_counter() - window._t0
            while _pending(client):
                time.sleep(0.1)
        statuses: dict[str, int] = {}
        for doc in posted:
            status = client.get(f"/v1/documents/{doc['id']}").json()["status"]
            statuses[status] = statuses.get(status, 0) + 1
    return {"window": window, "posted_s": round(posted_at, 3), "statuses": statuses,
            "rss_mib": round(rss_mib(server.pid), 1), "peak_rss_mib": round(peak_rss_mib(server.pid), 1)}


def latency(server: Server, sentence: str, lang: str, clients: int, requests: int = LATENCY_REQUESTS) -> dict:
    """``requests`` one-sentence POST /v1/translate per client, ``clients`` clients in a closed loop, started
    together (each with its connection open)."""
    timings: list[float] = []
    later: list[float] = []   # each client's requests after its first (the clients' simultaneous start excluded)
    lock = threading.Lock()

    # Every client is built (and its connection opened) before any starts: building an httpx client takes
    # ~20-50 ms of this process's interpreter lock (its TLS context), which spread the first requests of 8
    # clients over ~400 ms, so that the first one decoded alone and the rest waited through it.
    sessions = [httpx.Client(base_url=server.url, timeout=120) for _ in range(clients)]
    for session in sessions:
        session.get("/health").raise_for_status()
    start = threading.Barrier(clients)

    def client_loop(index: int) -> None:
        client = sessions[index]
        start.wait()
        for number in range(requests):
            started = time.perf_counter()
            response = client.post("/v1/translate", json={"text": [sentence], "source_lang": lang})
            elapsed = time.perf_counter() - started
            response.raise_for_status()
            with lock:
                timings.append(elapsed)
                if number:
                    later.append(elapsed)

    with httpx.Client(base_url=server.url, timeout=120) as warm:   # first call loads nothing, but warms caches
        warm.post("/v1/translate", json={"text": [sentence], "source_lang": lang}).raise_for_status()
    with Window([server.pid, os.getpid()]) as window, ThreadPoolExecutor(clients) as executor:
        list(executor.map(client_loop, range(clients)))
    for session in sessions:
        session.close()
    timings.sort()
    later.sort()
    return {
        "clients": clients, "requests": len(timings),
        "p50_ms": round(1000 * statistics.median(timings), 1),
        "p99_ms": round(1000 * _percentile(timings, 0.99), 1),
        "p99_after_first_ms": round(1000 * _percentile(later, 0.99), 1),
        "mean_ms": round(1000 * statistics.fmean(timings), 1),
        "requests_per_s": round(len(timings) / window.wall, 2),
        "cpu": window.as_dict(),
    }


def _percentile(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run_dir() -> Path:
    return OUT / "run"


def wait_until_ready(process: subprocess.Popen, url: str, log: Path, *, name: str, timeout: float = 120) -> None:
    """Poll ``url`` until it answers 200; fail with the server's log when it exits or the time is up."""
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{name} not ready: {log.read_text()[-2000:]}")
        time.sleep(0.2)
