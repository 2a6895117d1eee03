"""`transnorm qa --from de|nl [FILE]`: source<TAB>target lines → one JSON object per line with its findings."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from service.cli import qa_cmds

LINES = (
    "Am 24.07.2026 kamen 1.234 Menschen.\tOn July 24, 2026, 1,234 people came.\n"
    "\n"
    "Bundeskanzler Olaf Scholz sagte: „Wir helfen.“\tThe Chancellor said: “We will help.\n"
)


def cli() -> typer.Typer:
    app = typer.Typer()
    app.callback()(lambda: None)   # a group, as in `transnorm`: a lone command would be run without its name
    qa_cmds.register(app)
    return app


def test_one_json_object_per_pair_from_stdin() -> None:
    result = CliRunner().invoke(cli(), ["qa", "--from", "de"], input=LINES)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["line"] for record in records] == [1, 3]
    assert records[0]["findings"] == []
    assert records[0]["source"] == "Am 24.07.2026 kamen 1.234 Menschen."
    checks = {(f["check"], f["severity"]) for f in records[1]["findings"]}
    assert checks == {("names", "error"), ("quotes", "warning")}
    assert any("Olaf Scholz" in f["message"] for f in records[1]["findings"])


def test_reads_a_file_and_dutch(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text("De politie in Den Haag hield 12 mensen aan.\tPolice in The Hague arrested 13 people.\n")
    result = CliRunner().invoke(cli(), ["qa", "--from", "nl", str(path)])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert [f["check"] for f in record["findings"]] == ["numbers"]
    assert record["findings"][0]["message"] == "number 12 is missing from the translation; it has 13 instead"


def test_a_line_without_a_tab_is_one_error_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli(), ["qa", "--from", "de"], input="nur eine Spalte\n")
    assert result.exit_code == 1
    assert result.stderr.strip() == "transnorm: error: line 1: expected source<TAB>target"
    missing = CliRunner().invoke(cli(), ["qa", "--from", "de", str(tmp_path / "none.tsv")])
    assert missing.exit_code == 1 and "no such file" in missing.stderr
