"""``transnorm normalize`` and ``transnorm segment`` through typer's CliRunner and through ``main``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import service.cli as cli
from service.cli import pipeline_cmds
from service.errors import UnsupportedLanguageError
from tests.support import SEEDS

FRENCH = "Le président a déclaré que les discussions sur la situation dans la région se poursuivront demain."


def _pipeline_app() -> typer.Typer:
    """An app with only the pipeline commands, built the way service.cli builds its own."""
    app = typer.Typer(no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)
    pipeline_cmds.register(app)
    return app


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_normalize_prints_the_structured_document(runner: CliRunner) -> None:
    (path,) = SEEDS.glob("002_*.txt")
    result = runner.invoke(_pipeline_app(), ["normalize", str(path)])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["language"] == "en"
    assert document["language_confidence"] > 0.99
    assert document["structure"]["headline"] == "Aliyev holds talks on Karabakh with US delegation"
    assert document["structure"]["dateline"] == {
        "raw": "BAKU, September 27. /TASS/.", "place": "BAKU", "date": "September 27", "agency": "TASS"
    }
    dateline = document["segments"][3]
    assert dateline == {"paragraph": 3, "sentence": 0, "role": "dateline", "text": "BAKU, September 27. /TASS/.",
                        "start": dateline["start"], "end": dateline["start"] + 27, "flags": []}
    assert document["text"][dateline["start"] : dateline["end"]] == dateline["text"]


def test_normalize_reports_the_published_date(runner: CliRunner) -> None:
    (path,) = SEEDS.glob("003_*.txt")
    result = runner.invoke(_pipeline_app(), ["normalize", str(path)])
    assert json.loads(result.stdout)["structure"]["published_in_text"] == "2023-09-20"


def test_normalize_html_file_with_language_option(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "release.html"
    page.write_text("<html><body><nav>Alle nieuws</nav><p>Het staatshoofd sprak met de minister.</p>"
                    "<script>x()</script></body></html>", encoding="cp1252")
    result = runner.invoke(_pipeline_app(), ["normalize", str(page), "--lang", "nl"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["language"] == "nl"
    assert [s["text"] for s in document["segments"]] == ["Het staatshoofd sprak met de minister."]


def test_segment_prints_one_sentence_per_line(runner: CliRunner) -> None:
    paragraph = "Es wurden z. B. Waffen beschlagnahmt.\nDie Lage ist\nruhig. Sagte er „heute.“ Gut."
    result = runner.invoke(_pipeline_app(), ["segment", "--lang", "de"], input=paragraph)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "Es wurden z. B. Waffen beschlagnahmt.", "Die Lage ist ruhig.", "Sagte er „heute.“", "Gut."
    ]


def test_missing_file_is_one_line_on_stderr(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(_pipeline_app(), ["normalize", str(tmp_path / "missing.txt")])
    assert result.exit_code != 0
    assert result.stderr.strip().count("\n") == 0
    assert "no such file" in result.stderr


def test_typed_error_escapes_the_command_for_main_to_report(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    result = runner.invoke(_pipeline_app(), ["normalize", str(path)])
    assert result.exit_code != 0
    assert isinstance(result.exception, UnsupportedLanguageError)


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["normalize", "{fr}"], "", "'fr'"),
        (["normalize", "{empty}"], "", "empty"),
        (["normalize", "{png}"], "", "PNG"),
        (["segment", "--lang", "fr"], "Bonjour.", "'fr'"),
        (["segment", "--lang", "en"], "  \n ", "nothing to segment"),
    ],
)
def test_main_prints_one_line_and_exits_non_zero(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
    args: list[str], stdin: str, message: str,
) -> None:
    files = {"fr": tmp_path / "fr.txt", "empty": tmp_path / "empty.txt", "png": tmp_path / "image.txt"}
    files["fr"].write_text(FRENCH, encoding="utf-8")
    files["empty"].write_bytes(b"")
    files["png"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    # service.cli.main with only this module's commands: the other command modules are not under test here.
    monkeypatch.setattr(cli, "app", _pipeline_app())
    monkeypatch.setattr(cli, "_register", lambda: None)
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    with pytest.raises(SystemExit) as exited:
        cli.main([arg.format(**{key: str(value) for key, value in files.items()}) for arg in args])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("transnorm: error: ")
    assert message in err
