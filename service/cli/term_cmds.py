"""``transnorm terms import|list|delete|retranslate``: the deployment's terminology list from the shell.

Changing the list never changes stored pairs by itself: ``retranslate`` is the explicit step that translates the
affected machine pairs again (human and reviewed pairs are never touched), and ``transnorm qa recheck`` the one
that re-runs the checks with the new list.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from service.cli import fail
from service.config import get_settings

terms_app = typer.Typer(help="Terminology: source terms with their English term, and do-not-translate entries.",
                        no_args_is_help=True)
RETRANSLATE_BATCH = 32   # pairs translated and committed together


def register(app: typer.Typer) -> None:
    app.add_typer(terms_app, name="terms")


def _store():  # type: ignore[no-untyped-def]
    from service.db.engine import open_store

    settings = get_settings()
    return open_store(settings.database_url, upgrade=settings.auto_migrate)


def progress_bar() -> Progress:
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    return Progress(*columns, console=Console(stderr=True), transient=True)


@terms_app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="CSV/TSV (header source,target[,dnt][,note][,lang]) or TBX")],
    lang: Annotated[str | None, typer.Option("--lang", help="Source language of rows/entries without one")] = None,
) -> None:
    """Add or replace entries; the whole file is checked first and a bad one stores nothing."""
    from service.corpus import terminology
    from service.db.engine import begin_write

    if not file.is_file():
        raise fail(f"no such file: {file}")
    store = _store()
    try:
        with store.sessions() as session:
            begin_write(session)
            report = terminology.import_terms(session, file.read_bytes(), filename=file.name, source_lang=lang)
            session.commit()
    finally:
        store.close()
    typer.echo(json.dumps(report.as_dict()))


@terms_app.command("list")
def list_command(lang: Annotated[str | None, typer.Option("--lang", help="Only this source language")] = None) -> None:
    """One line per entry: id, language, source term, English term (or "(dnt)"), note."""
    from service.corpus import terminology

    store = _store()
    try:
        with store.sessions() as session:
            rows = terminology.list_terms(session, lang)
    finally:
        store.close()
    for row in rows:
        target = "(dnt)" if row.dnt or not row.target_term else row.target_term
        typer.echo("\t".join([str(row.id), row.source_lang, row.source_term, target, row.note or ""]).rstrip())
    typer.echo(f"{len(rows)} term(s)", err=True)


@terms_app.command("delete")
def delete_command(term_id: Annotated[int, typer.Argument(help="The entry's id (see terms list)")]) -> None:
    """Delete one entry."""
    from service.corpus import terminology
    from service.db.engine import begin_write

    store = _store()
    try:
        with store.sessions() as session:
            begin_write(session)
            terminology.delete_term(session, term_id)
            session.commit()
    finally:
        store.close()
    typer.echo(f"deleted term {term_id}")


@terms_app.command("retranslate")
def retranslate_command(
    lang: Annotated[str | None, typer.Option("--lang", help="Only this source language")] = None,
) -> None:
    """Translate again, with the current terms, the unreviewed machine pairs whose source contains a term; each
    result is stored as a new revision (the earlier one is kept). Human and approved pairs are left alone."""
    from models import pair_for
    from models.registry import source_languages
    from service.corpus import quality
    from service.corpus.quality import RetranslateReport
    from service.db.engine import begin_write
    from service.translation import load_translator

    settings = get_settings()
    langs = [lang] if lang else list(source_languages())
    if lang is not None and pair_for(lang) is None:
        raise fail(f"cannot translate from {lang!r}; --lang takes one of: {', '.join(source_languages())}", 2)
    store = _store()
    total = RetranslateReport()
    try:
        for source_lang in langs:
            with store.sessions() as session:
                terms = quality.terms_for(session, source_lang)
                candidates = quality.retranslation_candidates(session, source_lang, terms)
            if not candidates:
                continue
            translator = load_translator(pair_for(source_lang) or "", settings)
            try:
                with progress_bar() as progress:
                    task = progress.add_task(f"re-translating {source_lang}", total=len(candidates))
                    for start in range(0, len(candidates), RETRANSLATE_BATCH):
                        batch = candidates[start : start + RETRANSLATE_BATCH]
                        with store.sessions() as session:
                            begin_write(session)
                            report = quality.retranslate_pairs(session, translator, batch, terms)
                            session.commit()
                        for name in total.__dict__:
                            setattr(total, name, getattr(total, name) + getattr(report, name))
                        progress.advance(task, len(batch))
            finally:
                translator.close()
    finally:
        store.close()
    typer.echo(json.dumps(total.__dict__))
