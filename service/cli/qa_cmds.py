"""``transnorm qa --from de [FILE]``: the translation checks over ``source<TAB>target`` lines, one JSON object per
line on stdout (its line number, source, target and findings), so a reviewer can grep, count or load them.

``transnorm qa recheck [--lang] [--document]``: the checks again over the stored current pairs, with the current
terminology, in keyset pages (each committed), updating the stored findings; a summary by severity at the end.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from service.cli import fail
from service.translation.checks import run_checks

RECHECK_PAGE = 500   # pairs checked and committed together


class _ChecksByDefault(TyperGroup):
    """``qa`` is a group whose default command is ``check``: ``qa --from de FILE`` stays what it always was."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # click.Context (typer vendors its own)
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h")):
            args = ["check", *args]
        return super().parse_args(ctx, args)


qa_app = typer.Typer(cls=_ChecksByDefault, help="Translation checks: of a bitext (check), of the stored pairs "
                     "(recheck).")


def register(app: typer.Typer) -> None:
    app.add_typer(qa_app, name="qa")


def qa_command(
    file: Path | None = typer.Argument(None, help="source<TAB>target lines; stdin when omitted."),
    source_lang: str = typer.Option(..., "--from", help="Language of the sources: de or nl."),
    target_lang: str = typer.Option("en", "--to", help="Language of the targets."),
) -> None:
    """Check translated pairs: numbers, dates, names, quotes, language, lost sentences, length, repetition."""
    if file is not None and not file.is_file():
        raise fail(f"no such file: {file}")
    lines = file.read_text(encoding="utf-8").splitlines() if file is not None else sys.stdin.read().splitlines()
    for record in check_lines(lines, source_lang, target_lang):
        typer.echo(json.dumps(record, ensure_ascii=False))


def check_lines(lines: Iterable[str], source_lang: str, target_lang: str) -> Iterable[dict[str, Any]]:
    """One record per non-blank line; a line without a tab stops the run with its number."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if "\t" not in line:
            raise fail(f"line {number}: expected source<TAB>target")
        source, target = line.split("\t", 1)
        findings = run_checks(source, target, source_lang, target_lang)
        yield {
            "line": number,
            "source": source,
            "target": target,
            "findings": [
                {"check": f.check, "severity": str(f.severity), "message": f.message} for f in findings
            ],
        }


def recheck_command(
    lang: Annotated[str | None, typer.Option("--lang", help="Only pairs of this source language")] = None,
    document: Annotated[int | None, typer.Option("--document", help="Only this document's pairs")] = None,
) -> None:
    """Run the checks again over the current pairs with the current terms; store the findings that changed."""
    from collections import Counter

    from service.cli.term_cmds import _store, progress_bar
    from service.corpus import quality
    from service.db.engine import begin_write
    from service.translation.terms import Term
    from service.vocabulary import Severity

    store = _store()
    checked = changed = 0
    severities: Counter[str] = Counter()
    cache: dict[str, list[Term]] = {}
    try:
        with store.sessions() as session:
            total = quality.count_pairs(session, source_lang=lang, document_id=document)
        with progress_bar() as progress:
            task = progress.add_task("re-checking", total=total)
            after: int | None = 0
            while after is not None:
                with store.sessions() as session:
                    begin_write(session)
                    page = quality.recheck_page(session, after_id=after, limit=RECHECK_PAGE, source_lang=lang,
                                                document_id=document, terms_cache=cache)
                    session.commit()
                checked, changed = checked + page.checked, changed + page.changed
                severities.update(page.severities)
                progress.advance(task, page.checked)
                after = page.last_id
    finally:
        store.close()
    summary = {"checked": checked, "changed": changed,
               "findings": {str(level): severities.get(level, 0) for level in Severity}}
    typer.echo(json.dumps(summary))


qa_app.command("check")(qa_command)
qa_app.command("recheck")(recheck_command)
