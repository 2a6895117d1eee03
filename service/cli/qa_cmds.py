"""``transnorm qa --from de [FILE]``: the translation checks over ``source<TAB>target`` lines, one JSON object per
line on stdout (its line number, source, target and findings), so a reviewer can grep, count or load them."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import typer

from service.cli import fail
from service.translation.checks import run_checks


def register(app: typer.Typer) -> None:
    app.command("qa")(qa_command)


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
