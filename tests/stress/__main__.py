"""``python -m tests.stress crash|concurrency|load|shutdown|fuzz|all [--full]``: run scenarios, print figures.

Without ``--full`` the sizes are the short ones CI runs (tests/stress/test_stress_short.py); ``--full`` runs
the sizes the reliability section of the README reports. PostgreSQL comes from TRANSNORM_TEST_POSTGRES_URL
(default postgres@127.0.0.1:5432/test; each scenario creates and drops its own database beside it); when it is
not reachable its scenarios are skipped, or fail with TRANSNORM_REQUIRE_POSTGRES=1. Exit status 1 when any
scenario found a problem; its child processes' logs are then kept and their folder printed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.postgres import POSTGRES_URL, postgres_available
from tests.stress import harness


@dataclass(frozen=True)
class Sizes:
    crash_kills: int
    crash_top_up: int
    concurrency_documents: int
    load_clients: int
    load_seconds: float
    load_databases: tuple[str, ...]
    shutdown_databases: tuple[str, ...]
    fuzz_examples: int


SHORT = Sizes(crash_kills=3, crash_top_up=40, concurrency_documents=45, load_clients=32, load_seconds=15,
              load_databases=("sqlite",), shutdown_databases=("sqlite",), fuzz_examples=20)
FULL = Sizes(crash_kills=20, crash_top_up=80, concurrency_documents=200, load_clients=32, load_seconds=60,
             load_databases=("sqlite", "postgresql"), shutdown_databases=("sqlite", "postgresql"), fuzz_examples=60)

Scenario = Callable[[Path, Sizes], list[harness.Result]]


def crash(workdir: Path, sizes: Sizes) -> list[harness.Result]:
    from tests.stress.crash import run_crash

    return [run_crash(kind, _sub(workdir, f"crash-{kind}"), kills=sizes.crash_kills, top_up=sizes.crash_top_up)
            for kind in _databases(("sqlite", "postgresql"))]


def concurrency(workdir: Path, sizes: Sizes) -> list[harness.Result]:
    from tests.stress.concurrency import run_concurrency

    return [run_concurrency(kind, _sub(workdir, "concurrency"), workers=3, documents=sizes.concurrency_documents)
            for kind in _databases(("postgresql",))]


def load(workdir: Path, sizes: Sizes) -> list[harness.Result]:
    from tests.stress.load import run_load

    return [run_load(kind, _sub(workdir, f"load-{kind}"), clients=sizes.load_clients, seconds=sizes.load_seconds)
            for kind in _databases(sizes.load_databases)]


def shutdown(workdir: Path, sizes: Sizes) -> list[harness.Result]:
    from tests.stress.shutdown import run_shutdown

    return [run_shutdown(kind, _sub(workdir, f"shutdown-{kind}")) for kind in _databases(sizes.shutdown_databases)]


def fuzz(workdir: Path, sizes: Sizes) -> list[harness.Result]:
    from tests.stress.fuzz import run_fuzz

    return [run_fuzz(_sub(workdir, "fuzz"), examples=sizes.fuzz_examples)]


SCENARIOS: dict[str, Scenario] = {
    "crash": crash, "concurrency": concurrency, "load": load, "shutdown": shutdown, "fuzz": fuzz,
}


def _sub(workdir: Path, name: str) -> Path:
    path = workdir / name
    path.mkdir(parents=True, exist_ok=True)
    return path


_SKIPPED: list[str] = []


def _databases(kinds: tuple[str, ...]) -> list[str]:
    if "postgresql" not in kinds or postgres_available():
        return list(kinds)
    if os.environ.get("TRANSNORM_REQUIRE_POSTGRES") == "1":
        raise SystemExit(f"PostgreSQL required but not reachable at {POSTGRES_URL}")
    _SKIPPED.append(f"PostgreSQL not reachable at {POSTGRES_URL}: its runs were skipped")
    return [kind for kind in kinds if kind != "postgresql"]


def _say(line: str) -> None:
    """The command's report goes to stdout (this is a command-line tool; ruff bans print outside the CLI)."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def print_table(results: list[harness.Result]) -> None:
    width = max([len(k) for r in results for k in r.figures] + [10])
    for result in results:
        _say(f"\n{result.scenario}: {'PASS' if result.ok else 'FAIL'}")
        for name, value in result.figures.items():
            _say(f"  {name:<{width}}  {value}")
        for problem in result.problems:
            _say(f"  ! {problem}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.stress", description=__doc__.split("\n")[0])
    parser.add_argument("scenario", choices=[*SCENARIOS, "all"])
    parser.add_argument("--full", action="store_true", help="the full sizes (default: the short CI sizes)")
    args = parser.parse_args(argv)
    sizes = FULL if args.full else SHORT
    names = list(SCENARIOS) if args.scenario == "all" else [args.scenario]
    workdir = Path(tempfile.mkdtemp(prefix="transnorm-stress-"))
    began = time.monotonic()
    results: list[harness.Result] = []
    for name in names:
        started = time.monotonic()
        _say(f"== {name} ({'full' if args.full else 'short'})")
        results += SCENARIOS[name](workdir, sizes)
        _say(f"   {time.monotonic() - started:.0f} s")
    print_table(results)
    for note in _SKIPPED:
        _say(f"\nnote: {note}")
    ok = all(r.ok for r in results)
    _say(f"\n{'PASS' if ok else 'FAIL'}: {len(results)} runs in {time.monotonic() - began:.0f} s")
    if ok:
        shutil.rmtree(workdir, ignore_errors=True)
    else:
        _say(f"logs kept in {workdir}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
