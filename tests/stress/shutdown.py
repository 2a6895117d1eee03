"""Graceful shutdown: SIGTERM to a real ``transnorm worker`` and a real ``transnorm serve`` mid-translation.

One long release (thousands of unique sentences: many chunks) is being translated when the signal comes. The
process must exit on its own, promptly, and leave the release either done (pairs complete) or handed back
(queued, no lease, no pairs): never ``translating`` with a live lease, never half its pairs.
"""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path

import httpx

from tests.stress import harness

LONG_RELEASE_SENTENCES = 3000   # about 12 chunks of 256: the signal lands mid-translation
EXIT_WITHIN = 45.0              # seconds; one chunk is a few seconds, the server's own grace period is 30 s


def _long_release(rng: random.Random) -> str:
    return harness.make_release(rng, "de", LONG_RELEASE_SENTENCES)


def _outcome(engine: object, document_id: int, result: harness.Result, label: str) -> str:
    import sqlalchemy as sa

    assert isinstance(engine, sa.Engine)
    with engine.connect() as connection:
        status, owner, expires = connection.execute(
            sa.text("SELECT status, lease_owner, lease_expires_at FROM documents WHERE id = :i"), {"i": document_id}
        ).one()
        pairs = connection.execute(sa.text("SELECT count(*) FROM pairs WHERE document_id = :i"),
                                   {"i": document_id}).scalar_one()
    if status == "queued" and (owner is not None or expires is not None or pairs):
        result.problems.append(f"{label}: handed back but lease {owner!r} / {pairs} pairs remain")
    elif status == "done" and not pairs:
        result.problems.append(f"{label}: done without pairs")
    elif status not in ("queued", "done"):
        result.problems.append(f"{label}: left {status} (lease {owner!r})")
    return f"{status}, {pairs} pairs"


def run_shutdown(kind: str, workdir: Path, *, seed: int = 9) -> harness.Result:
    result = harness.Result(f"graceful shutdown ({kind})")
    rng = random.Random(seed)
    with harness.scenario(kind, workdir) as scene:
        url, engine, settings, children = scene.url, scene.engine, scene.settings, scene.children
        # 1. transnorm worker
        [document_id] = harness.ingest_releases(engine, settings, rng, 1, LONG_RELEASE_SENTENCES)
        env = harness.child_env(url, workdir, lease_seconds=300)
        proc = children.start("worker", env, "worker")
        if not harness.wait_until(lambda: _translating(engine, document_id) or proc.poll() is not None, 180):
            result.problems.append("worker: never started translating")
        time.sleep(rng.uniform(1.0, 3.0))
        began = time.monotonic()
        code = harness.stop(proc, signal.SIGTERM, timeout=EXIT_WITHIN)
        result.figures["worker exit s"] = round(time.monotonic() - began, 1)
        result.figures["worker exit code"] = code
        result.figures["worker left"] = _outcome(engine, document_id, result, "worker")
        if code != 0:
            result.problems.append(f"worker: exit {code} after SIGTERM")
        result.problems += harness.log_problems(children.log_of(proc), "worker")

        # 2. transnorm serve (in-process worker thread), the release posted over HTTP
        port = harness.free_port()
        server = children.start("serve", harness.child_env(url, workdir, workers=1, port=port, wait_seconds=0),
                                "serve")
        base = f"http://127.0.0.1:{port}"
        if not harness.wait_until(lambda: _ready(base) or server.poll() is not None, 180, 0.5):
            result.problems.append("serve: not ready within 180 s")
        posted = httpx.post(f"{base}/v1/documents", json={"text": _long_release(rng), "source_lang": "de"},
                            params={"wait": 0}, timeout=60)
        second_id = int(posted.json()["id"]) if posted.status_code in (201, 202) else -1
        if second_id < 0:
            result.problems.append(f"serve: POST answered {posted.status_code}")
        # The first release went back to the queue: the server's worker takes it first (claims go by id).
        if not harness.wait_until(lambda: _any_translating(engine) or server.poll() is not None, 120):
            result.problems.append("serve: its worker never started translating")
        time.sleep(rng.uniform(1.0, 3.0))
        began = time.monotonic()
        code = harness.stop(server, signal.SIGTERM, timeout=EXIT_WITHIN)
        log = children.log_of(server)
        result.figures["serve exit s"] = round(time.monotonic() - began, 1)
        result.figures["serve exit code"] = code
        result.figures["serve left"] = "; ".join(
            _outcome(engine, i, result, "serve") for i in (document_id, second_id) if i > 0)
        # uvicorn re-raises the SIGTERM it caught once its shutdown (and our lifespan) has completed.
        if code not in (0, -signal.SIGTERM) or "Application shutdown complete" not in log:
            result.problems.append(f"serve: exit {code} without a completed shutdown")
        result.problems += harness.log_problems(log, "serve")
        result.figures["documents translating after"] = harness.scalar(
            engine, "SELECT count(*) FROM documents WHERE status = 'translating'")
    return result


def _translating(engine: object, document_id: int) -> bool:
    import sqlalchemy as sa

    assert isinstance(engine, sa.Engine)
    return harness.scalar(engine, "SELECT status FROM documents WHERE id = :i", i=document_id) == "translating"


def _ready(base: str) -> bool:
    try:
        return httpx.get(f"{base}/ready", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def _any_translating(engine: object) -> bool:
    import sqlalchemy as sa

    assert isinstance(engine, sa.Engine)
    return bool(harness.scalar(engine, "SELECT count(*) FROM documents WHERE status = 'translating'"))
