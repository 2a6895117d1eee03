"""Crash: a worker process killed with SIGKILL at random points while translating, again and again.

Each round starts a real ``transnorm worker``, waits until it holds a claim and kills it at a random moment:
even rounds somewhere inside that first claim (translating, or committing it), odd rounds somewhere inside a
later claim, after the first one was stored. The alternation keeps the test about crashes, not about the
give-up policy: a document killed in every round would, correctly, be failed after MAX_ATTEMPTS claims.
The queue is topped up so that every kill lands while there is work. A last worker then drains the queue
(killed documents come back when their short lease expires) and the store is checked: every document done
exactly once, no duplicate or orphan pair, SQLite's integrity_check ok.
"""

from __future__ import annotations

import random
import signal
import subprocess
import time
from pathlib import Path

import sqlalchemy as sa

from tests.stress import harness

LEASE_SECONDS = 3
SENTENCES = 14          # per release: a claim of 8 releases is ~120 sentences, about a second of tiny-model work
TOP_UP = 80             # releases kept queued before each round (a claim takes up to ~35 of them)
CLAIM_SECONDS = 6.0     # the kill comes within this long after the claim (a 512-sentence claim takes ~3-6 s)


def run_crash(kind: str, workdir: Path, *, kills: int, top_up: int = TOP_UP, seed: int = 6) -> harness.Result:
    result = harness.Result(f"crash ({kind})")
    rng = random.Random(seed)
    with harness.scenario(kind, workdir) as scene:
        url, engine, settings, children = scene.url, scene.engine, scene.settings, scene.children
        env = harness.child_env(url, workdir, lease_seconds=LEASE_SECONDS)
        done_kills = 0
        killed_holding = 0
        began = time.monotonic()
        for round_index in range(kills * 3):  # bounded: a round without a claim does not count as a kill
            if done_kills >= kills:
                break
            queued = harness.scalar(engine, "SELECT count(*) FROM documents WHERE status = 'queued'")
            if queued < top_up:
                harness.ingest_releases(engine, settings, rng, top_up - queued, SENTENCES)
            proc = children.start("crash-worker", env, "worker")
            outcome = _kill_round(engine, proc, rng, later_claim=bool(round_index % 2))
            if outcome is None:
                result.problems.append(f"round {round_index}: worker never claimed (exit {proc.poll()})")
                continue
            done_kills += 1
            killed_holding += outcome
        # Drain: one worker finishes everything, including the documents the dead ones held.
        final = children.start("drain-worker", env, "worker")
        drained = harness.wait_until(
            lambda: harness.scalar(
                engine, "SELECT count(*) FROM documents WHERE status IN ('queued', 'translating')") == 0,
            timeout=300, interval=0.25)
        # A worker stopped before it has started (the queue may be empty already) dies by the signal before Python
        # could install a handler: the check is that a running worker exits cleanly, so it is stopped once running.
        harness.wait_until(lambda: " started" in children.log_of(final), timeout=120)
        exit_code = harness.stop(final)
        figures, problems = harness.exactly_once_problems(engine)
        result.figures.update({
            "kills": done_kills, "killed holding a claim": killed_holding, **figures,
            "attempts max": harness.scalar(engine, "SELECT max(attempts) FROM documents"),
            "seconds": round(time.monotonic() - began, 1),
        })
        result.problems += problems
        if done_kills < kills:
            result.problems.append(f"only {done_kills} of {kills} kills happened")
        if not drained:
            result.problems.append(f"queue not drained: {harness.status_counts(engine)}")
        if exit_code != 0:
            result.problems.append(f"draining worker exited {exit_code} on SIGTERM")
        result.problems += harness.log_problems(children.log_of(final), "draining worker")
    return result


def _held(engine: sa.Engine, owner: str) -> set[int]:
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT id FROM documents WHERE lease_owner LIKE :o"), {"o": owner})
        return set(rows.scalars())


def _kill_round(
    engine: sa.Engine, proc: subprocess.Popen[bytes], rng: random.Random, *, later_claim: bool
) -> int | None:
    """SIGKILL ``proc`` at a random moment of its first (or a later) claim.

    Returns 1 if it held documents when killed, 0 if not, None if it never claimed anything.
    """
    owner = f"%:{proc.pid}:%"
    if not harness.wait_until(lambda: proc.poll() is not None or bool(_held(engine, owner)), timeout=90,
                              interval=0.05) or proc.poll() is not None:
        harness.stop(proc, signal.SIGKILL)
        return None
    if later_claim:
        first = _held(engine, owner)
        harness.wait_until(lambda: proc.poll() is not None or not first & _held(engine, owner), timeout=120,
                           interval=0.05)
    time.sleep(rng.uniform(0.0, CLAIM_SECONDS))
    holding = 1 if _held(engine, owner) else 0
    harness.stop(proc, signal.SIGKILL)
    return holding
