"""``transnorm tm import`` and ``transnorm xliff import``: bring translators' files into the store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

from service.cli import fail
from service.config import get_settings

tm_app = typer.Typer(help="Translation memory: import TMX files.", no_args_is_help=True)
xliff_app = typer.Typer(help="XLIFF 1.2: import a translator's reviewed file.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(tm_app, name="tm")
    app.add_typer(xliff_app, name="xliff")


def _sessions():  # type: ignore[no-untyped-def]
    from service.db import migrate
    from service.db.engine import make_engine, make_session_factory

    settings = get_settings()
    engine = make_engine(settings.database_url)
    if settings.auto_migrate:
        migrate.upgrade(engine)
    return engine, make_session_factory(engine)


@tm_app.command("import")
def tm_import(file: Annotated[Path, typer.Argument(help="A TMX file (1.4, level 1 or 2)")]) -> None:
    """Load the file's de→en and nl→en units as translation memory; prints {read, imported, duplicates, ...}."""
    from service import corpus
    from service.db.engine import begin_write

    if not file.is_file():
        raise fail(f"no such file: {file}")
    engine, sessions = _sessions()
    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeRemainingColumn())
    try:
        with Progress(*columns, console=Console(stderr=True), transient=True) as progress, file.open("rb") as raw:
            task = progress.add_task(f"importing {file.name}", total=file.stat().st_size)
            with sessions() as session:
                begin_write(session)
                report = corpus.import_tmx(session, raw, provenance=file.name,
                                           on_progress=lambda done: progress.update(task, completed=done))
                session.commit()
    finally:
        engine.dispose()
    typer.echo(json.dumps(report.as_dict()))


@xliff_app.command("import")
def xliff_import(file: Annotated[Path, typer.Argument(help="An XLIFF 1.2 file exported by Transnorm")]) -> None:
    """Store every changed target as a human revision; nothing is changed if any unit does not match."""
    from service import corpus
    from service.db.engine import begin_write

    if not file.is_file():
        raise fail(f"no such file: {file}")
    engine, sessions = _sessions()
    try:
        with sessions() as session:
            begin_write(session)
            report = corpus.import_xliff(session, file.read_bytes())
            session.commit()
    finally:
        engine.dispose()
    typer.echo(json.dumps(report.as_dict()))
