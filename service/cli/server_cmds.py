"""CLI: serve, worker, ingest, export, db — the same service functions the API uses."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from service.config import get_settings
from service.errors import TransnormError

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from service.runtime import Runtime


def _configure_logging(level: str) -> None:
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (TRANSNORM_HOST)")] = None,
    port: Annotated[int | None, typer.Option(help="Port (TRANSNORM_PORT)")] = None,
) -> None:
    """Run the HTTP API with in-process workers (TRANSNORM_WORKERS)."""
    import uvicorn

    from service.api.app import create_app
    from service.translation.device import settings_device

    settings = get_settings()
    settings_device(settings)   # TRANSNORM_DEVICE=cuda without a GPU: one line, before the server starts
    _configure_logging(settings.log_level)
    uvicorn.run(create_app(settings), host=host or settings.host, port=port or settings.port,
                log_level=settings.log_level, timeout_graceful_shutdown=30)


def worker() -> None:
    """Run a translation worker alone (scale-out against one PostgreSQL). SIGTERM: finish or hand back, exit."""
    # The handlers go in before the start-up (the runtime's imports, the models, the warm-up: seconds), so that a
    # SIGTERM then is a clean exit too, not a death by signal; the runtime it stops is only there once it started.
    stopping = threading.Event()
    started: list[Runtime] = []

    def stop(_signum: int, _frame: object) -> None:
        stopping.set()
        if started:
            # From a thread: the handler runs on the main thread, which may hold the events' locks at that moment.
            threading.Thread(target=started[0].request_stop, name="transnorm-stop").start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    from service.runtime import Runtime  # noqa: F811 (the TYPE_CHECKING import is for the annotation above)

    settings = get_settings()
    _configure_logging(settings.log_level)
    runtime = Runtime.start(settings, workers=0)
    started.append(runtime)
    if stopping.is_set():
        runtime.close()
        return
    if not any(s["loaded"] for s in runtime.pool.status()):
        for status in runtime.pool.status():
            typer.echo(f"transnorm worker: {status['pair']}: {status['error']}", err=True)
        typer.echo("transnorm worker: no model loaded; waiting for one (documents are kept)", err=True)
    try:
        runtime.new_worker().run_forever()
    finally:
        runtime.close()


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of releases")],
    lang: Annotated[str | None, typer.Option("--lang", help="Source language (default: detect)")] = None,
) -> None:
    """Store releases from files or folders (queued for translation by the workers)."""
    from service import corpus
    from service.db.engine import open_store

    settings = get_settings()
    store = open_store(settings.database_url, upgrade=settings.auto_migrate)
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")))
        else:
            files.append(path)
    rows: list[tuple[str, str, str]] = []
    failures = 0
    console = Console(stderr=True)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("ingesting", total=len(files))
        for path in files:
            try:
                submission = corpus.Submission(data=path.read_bytes(), filename=path.name, source_lang=lang)
                result = corpus.ingest(store.sessions, settings, submission)
                doc = result.document
                outcome = "stored" if result.created else "already stored"
                rows.append((str(path), outcome, f"#{doc.id} {doc.source_lang} {doc.status}"))
            except (TransnormError, OSError) as exc:
                failures += 1
                rows.append((str(path), "FAILED", exc.detail if isinstance(exc, TransnormError) else str(exc)))
            progress.advance(task)
    table = Table("file", "result", "document")
    for row in rows:
        table.add_row(*row)
    Console().print(table)
    typer.echo(f"{len(files) - failures} stored or known, {failures} failed", err=True)
    store.close()
    if failures:
        raise typer.Exit(1)


def export(
    format: Annotated[str, typer.Option("--format", help="tmx, tsv, jsonl or xliff")] = "tmx",
    lang: Annotated[str | None, typer.Option("--lang", help="Only this source language")] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write (default: stdout)")] = None,
) -> None:
    """Export the corpus's current pairs."""
    from service.corpus import PairFilters
    from service.corpus.exporting import export_pairs
    from service.db.engine import open_store

    settings = get_settings()
    store = open_store(settings.database_url, upgrade=False)
    with store.sessions() as session:
        chunks = export_pairs(session, format, PairFilters(source_lang=lang), srclang=lang or "*all*")
        if output is None:
            for chunk in chunks:
                sys.stdout.write(chunk)
        else:
            # Written beside the target and renamed, so a failed export never leaves a half-written file.
            partial = output.with_name(output.name + ".partial")
            with partial.open("w", encoding="utf-8", newline="") as handle:
                for chunk in chunks:
                    handle.write(chunk)
            partial.replace(output)
    store.close()


db_app = typer.Typer(help="Database schema.", no_args_is_help=True)


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument()] = "head") -> None:
    """Apply migrations up to REVISION (default head)."""
    from service.db import migrate
    from service.db.engine import make_engine

    engine = make_engine(get_settings().database_url)
    migrate.upgrade(engine, revision)
    typer.echo(f"database at {migrate.current_revision(engine)}")
    engine.dispose()


@db_app.command("current")
def db_current() -> None:
    """Print the database's schema revision."""
    from service.db import migrate
    from service.db.engine import make_engine

    engine = make_engine(get_settings().database_url)
    typer.echo(f"{migrate.current_revision(engine) or 'empty'} (head: {migrate.head_revision()})")
    engine.dispose()


keys_app = typer.Typer(help="API keys stored in the database (only their SHA-256 digests are kept).",
                       no_args_is_help=True)


def _key_sessions() -> tuple[Engine, sessionmaker[Session]]:
    from service.db.engine import open_store

    settings = get_settings()
    store = open_store(settings.database_url, upgrade=settings.auto_migrate)
    return store.engine, store.sessions


@keys_app.command("create")
def keys_create(
    name: Annotated[str, typer.Argument(help="A name for the key (who or what uses it)")],
    scope: Annotated[str, typer.Option(help="read or write (write includes read)")] = "read",
) -> None:
    """Create a key and print it once; it cannot be shown again."""
    from service.db.engine import begin_write
    from service.db.repository import keys

    engine, sessions = _key_sessions()
    try:
        with sessions() as session:
            begin_write(session)
            row, key = keys.create_key(session, name, scope)
            session.commit()
    finally:
        engine.dispose()
    typer.echo(key)
    typer.echo(f"created key {row.name!r} (scope {row.scope}); store it now, it is not kept", err=True)


@keys_app.command("list")
def keys_list() -> None:
    """List keys: name, scope, created, revoked (never the keys themselves)."""
    from service.db.repository import keys

    engine, sessions = _key_sessions()
    try:
        with sessions() as session:
            rows = keys.list_keys(session)
    finally:
        engine.dispose()
    table = Table("id", "name", "scope", "created", "revoked")
    for row in rows:
        table.add_row(str(row.id), row.name, row.scope, f"{row.created_at:%Y-%m-%d %H:%M:%S}",
                      f"{row.revoked_at:%Y-%m-%d %H:%M:%S}" if row.revoked_at else "")
    Console().print(table)


@keys_app.command("revoke")
def keys_revoke(name: Annotated[str, typer.Argument(help="The key's name")]) -> None:
    """Revoke a key at once (its name stays taken; the API stays closed even when no key is left)."""
    from service.db.engine import begin_write
    from service.db.repository import keys

    engine, sessions = _key_sessions()
    try:
        with sessions() as session:
            begin_write(session)
            row = keys.revoke_key(session, name)
            session.commit()
    finally:
        engine.dispose()
    typer.echo(f"revoked key {row.name!r}", err=True)


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.command()(worker)
    app.command()(ingest)
    app.command()(export)
    app.add_typer(db_app, name="db")
    app.add_typer(keys_app, name="keys")
