"""What every stress scenario shares: tiny models, scratch databases, generated releases, child processes, checks.

Child processes are real ``transnorm worker`` / ``transnorm serve`` processes configured through TRANSNORM_*
variables, exactly as deployed. Every one is started through ``Children``, which kills whatever is still running
when the scenario ends, however it ends.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from service.config import Settings
from service.corpus import ingest_text
from service.db import migrate
from service.db.engine import begin_write, make_engine, make_session_factory
from service.pipeline.document import TRANSLATED_ROLES
from tests.postgres import POSTGRES_URL

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@dataclass
class Result:
    """One scenario's figures (printed as a table) and the problems it found (none = passed)."""

    scenario: str
    figures: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


# --- models -------------------------------------------------------------------------------------------------
_MODELS: dict[str, Path] = {}


def tiny_models() -> dict[str, Path]:
    """Both tiny Marian models, built once per process into a temporary folder (removed at exit)."""
    if not _MODELS:
        from tests.tiny_marian import build_tiny_marian

        root = Path(tempfile.mkdtemp(prefix="transnorm-stress-models-"))
        import atexit
        import shutil

        atexit.register(shutil.rmtree, root, True)
        for pair in ("de-en", "nl-en"):
            _MODELS[pair] = build_tiny_marian(root / pair, pair=pair)
    return _MODELS


# --- databases ----------------------------------------------------------------------------------------------
@contextlib.contextmanager
def scratch_database(kind: str, workdir: Path) -> Iterator[str]:
    """An empty database of ``kind`` (sqlite or postgresql) that exists only for the block; yields its URL.

    PostgreSQL gets its own database next to the test one (never the test database, whose schema the test
    fixtures drop), named uniquely so that concurrent runs do not meet.
    """
    if kind == "sqlite":
        yield f"sqlite:///{workdir / f'stress-{uuid.uuid4().hex[:8]}.db'}"
        return
    name = f"transnorm_stress_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    admin = sa.create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def settings_for(url: str, workdir: Path, **overrides: Any) -> Settings:
    models = tiny_models()
    return Settings(database_url=url, model_de_en=str(models["de-en"]), model_nl_en=str(models["nl-en"]),
                    models_dir=workdir / "store", backend="transformers", threads=1, **overrides)


def child_env(url: str, workdir: Path, **settings: Any) -> dict[str, str]:
    """The environment of a child process: this one's, minus any TRANSNORM_* setting, plus the given ones."""
    models = tiny_models()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRANSNORM_")}
    env.update({
        "TRANSNORM_DATABASE_URL": url, "TRANSNORM_MODEL_DE_EN": str(models["de-en"]),
        "TRANSNORM_MODEL_NL_EN": str(models["nl-en"]), "TRANSNORM_MODELS_DIR": str(workdir / "store"),
        "TRANSNORM_BACKEND": "transformers", "TRANSNORM_THREADS": "1", "TRANSNORM_POLL_SECONDS": "0.1",
        "TRANSNORM_LOG_LEVEL": "info", "PYTHONUNBUFFERED": "1",
    })
    env.update({f"TRANSNORM_{k.upper()}": str(v) for k, v in settings.items()})
    return env


def prepare(url: str, workdir: Path) -> tuple[sa.Engine, Settings]:
    """Migrate the database; returns an engine for checks and the settings for in-process ingest."""
    engine = make_engine(url)
    migrate.upgrade(engine)
    return engine, settings_for(url, workdir)


@dataclass
class Scene:
    url: str
    engine: sa.Engine
    settings: Settings
    children: Children


@contextlib.contextmanager
def scenario(kind: str, workdir: Path) -> Iterator[Scene]:
    """A migrated scratch database of ``kind`` and the scenario's child processes, all torn down on exit."""
    children = Children(workdir)
    with scratch_database(kind, workdir) as url:
        engine, settings = prepare(url, workdir)
        try:
            yield Scene(url, engine, settings, children)
        finally:
            children.close()
            engine.dispose()


# --- releases -----------------------------------------------------------------------------------------------
def _vocabulary() -> dict[str, list[str]]:
    from tests.tiny_marian import seed_language

    words: dict[str, list[str]] = {"de": [], "nl": []}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lang = seed_language(text)
        if lang in words:
            words[lang].extend(w.strip(".,;:()\"'„“”") for w in text.split() if w.isalpha() and len(w) > 2)
    return words


_WORDS = _vocabulary()


def make_release(rng: random.Random, lang: str, sentences: int) -> str:
    """A release of unique sentences in ``lang`` (seed vocabulary, shuffled): translation memory cannot help."""
    words = _WORDS[lang]
    lines = [" ".join(rng.choice(words) for _ in range(rng.randint(5, 9))).capitalize()]  # headline
    for _ in range(sentences):
        lines.append(" ".join(rng.choice(words) for _ in range(rng.randint(8, 16))).capitalize()
                     + f" {rng.randrange(10**6)}.")
    return "\n\n".join(lines)


def ingest_releases(engine: sa.Engine, settings: Settings, rng: random.Random, count: int, sentences: int) -> list[int]:
    sessions = make_session_factory(engine)
    ids = []
    with sessions() as session:
        begin_write(session)
        for index in range(count):
            lang = "de" if index % 3 else "nl"
            result = ingest_text(session, settings, make_release(rng, lang, sentences), source_lang=lang)
            ids.append(result.document.id)
        session.commit()
    return ids


# --- processes ----------------------------------------------------------------------------------------------
def transnorm_command(*args: str) -> list[str]:
    script = Path(sys.executable).with_name("transnorm")
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-c", "from service.cli import main; main()", *args]


class Children:
    """Child processes of a scenario; ``close()`` (a finally block) kills every one still alive."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self, label: str, env: dict[str, str], *args: str) -> subprocess.Popen[bytes]:
        log = (self.workdir / f"{label}-{len(self.procs)}.log").open("wb")
        proc = subprocess.Popen(transnorm_command(*args), env=env, stdout=log, stderr=subprocess.STDOUT,
                                cwd=self.workdir, start_new_session=True)
        log.close()
        self.procs.append(proc)
        return proc

    def log_of(self, proc: subprocess.Popen[bytes]) -> str:
        index = self.procs.index(proc)
        paths = sorted(self.workdir.glob(f"*-{index}.log"))
        return paths[0].read_text(encoding="utf-8", errors="replace") if paths else ""

    def close(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(proc.pid, signal.SIGKILL)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(10)


def stop(proc: subprocess.Popen[bytes], sig: int = signal.SIGTERM, timeout: float = 60) -> int | None:
    """Send ``sig`` and wait; returns the exit status, or None when it did not exit in time (then killed)."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.pid, sig)
    try:
        return proc.wait(timeout)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def wait_until(predicate: Any, timeout: float, interval: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())


# --- checks -------------------------------------------------------------------------------------------------
def scalar(engine: sa.Engine, sql: str, **params: Any) -> Any:
    with engine.connect() as connection:
        return connection.execute(sa.text(sql), params).scalar()


def status_counts(engine: sa.Engine) -> dict[str, int]:
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT status, count(*) FROM documents GROUP BY status"))
        return {status: int(count) for status, count in rows}


def exactly_once_problems(engine: sa.Engine) -> tuple[dict[str, int], list[str]]:
    """Every document done once: one current pair per translatable segment, no duplicate, no orphan pair."""
    roles = ", ".join(f"'{r}'" for r in sorted(TRANSLATED_ROLES))
    queries = {
        "documents not done": "SELECT count(*) FROM documents WHERE status <> 'done'",
        "documents still leased": "SELECT count(*) FROM documents WHERE lease_owner IS NOT NULL",
        "segments without a pair": f"""SELECT count(*) FROM segments s JOIN documents d ON d.id = s.document_id
            WHERE s.role IN ({roles}) AND d.source_lang <> 'en'
            AND NOT EXISTS (SELECT 1 FROM pairs p WHERE p.segment_id = s.id AND p.is_current)""",
        "segments with duplicate pairs": "SELECT count(*) FROM (SELECT segment_id FROM pairs GROUP BY segment_id "
                                         "HAVING count(*) > 1) AS dup",
        "orphan pairs": """SELECT count(*) FROM pairs p LEFT JOIN segments s ON s.id = p.segment_id
            LEFT JOIN documents d ON d.id = p.document_id
            WHERE s.id IS NULL OR d.id IS NULL OR s.document_id <> p.document_id OR d.status <> 'done'""",
        "pairs on untranslated roles": f"""SELECT count(*) FROM pairs p JOIN segments s ON s.id = p.segment_id
            WHERE s.role NOT IN ({roles})""",
    }
    figures: dict[str, Any] = {
        "documents": int(scalar(engine, "SELECT count(*) FROM documents")),
        "pairs": int(scalar(engine, "SELECT count(*) FROM pairs")),
    }
    problems = []
    for name, sql in queries.items():
        count = int(scalar(engine, sql))
        if count:
            problems.append(f"{name}: {count}")
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            integrity = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
            foreign = list(connection.exec_driver_sql("PRAGMA foreign_key_check"))
        figures["integrity_check"] = ",".join(integrity)
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {integrity[:5]}")
        if foreign:
            problems.append(f"foreign_key_check: {len(foreign)} rows")
    return figures, problems


def log_problems(text: str, label: str) -> list[str]:
    markers = ("Traceback", "deadlock", "worker cycle failed", "unhandled error", "lease on document")
    found = [m for m in markers if m in text]
    return [f"{label}: log shows {', '.join(found)}"] if found else []
