"""Concurrency: several ``transnorm worker`` processes drain one PostgreSQL queue at once.

The workers are started (and their models loaded) first; the releases are then queued in one transaction, so
that every worker races for the same rows. Every document must be claimed exactly once (``attempts`` = 1: no
claim was ever taken twice, nothing was retried), end done with one pair per translatable segment, and no
worker may log a deadlock or a failed cycle. The lease owners seen while sampling show that the workers really
shared the queue.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from tests.stress import harness

SENTENCES = 30  # a claim stops at 512 segments: ~17 releases, so even a short run gives every worker claims


def run_concurrency(kind: str, workdir: Path, *, workers: int, documents: int, seed: int = 7) -> harness.Result:
    result = harness.Result(f"concurrency ({kind}, {workers} workers)")
    rng = random.Random(seed)
    with harness.scenario(kind, workdir) as scene:
        url, engine, settings, children = scene.url, scene.engine, scene.settings, scene.children
        env = harness.child_env(url, workdir, lease_seconds=300)
        procs = [children.start(f"worker{index}", env, "worker") for index in range(workers)]
        if not harness.wait_until(lambda: all(" started" in children.log_of(p) for p in procs), timeout=180,
                                  interval=0.2):
            result.problems.append("workers did not start within 180 s")
        harness.ingest_releases(engine, settings, rng, documents, SENTENCES)
        owners: set[str] = set()
        began = time.monotonic()
        first_claim: float | None = None
        deadline = began + 600
        while time.monotonic() < deadline:
            with engine.connect() as connection:
                rows = connection.exec_driver_sql(
                    "SELECT lease_owner FROM documents WHERE lease_owner IS NOT NULL").scalars().all()
            if rows and first_claim is None:
                first_claim = time.monotonic()
            owners.update(owner.split(":")[1] for owner in rows)
            pending = harness.scalar(
                engine, "SELECT count(*) FROM documents WHERE status IN ('queued', 'translating')")
            if not pending or any(p.poll() is not None for p in procs):
                break
            time.sleep(0.1)
        finished = time.monotonic()
        exits = [harness.stop(p) for p in procs]
        figures, problems = harness.exactly_once_problems(engine)
        retried = harness.scalar(engine, "SELECT count(*) FROM documents WHERE attempts <> 1")
        result.figures.update({
            "workers": workers, **figures, "claimed twice": retried,
            "lease owners seen": len(owners),
            "drain seconds": round(finished - (first_claim or began), 1),
            "documents/s": round(documents / max(0.1, finished - (first_claim or began)), 1),
        })
        result.problems += problems
        if retried:
            result.problems.append(f"{retried} documents were claimed more than once")
        if exits != [0] * workers:
            result.problems.append(f"worker exit codes on SIGTERM: {exits}")
        for index, proc in enumerate(procs):
            result.problems += harness.log_problems(children.log_of(proc), f"worker {index}")
    return result
