"""`transnorm translate --from de|nl [--json]`: stdin → segments → English, one sentence per line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from service.cli import model_cmds
from service.pipeline.document import TRANSLATED_ROLES
from service.translation.base import Translator
from tests.support import SEEDS
from tests.tiny_marian import seed_language


def cli() -> typer.Typer:
    app = typer.Typer()
    model_cmds.register(app)
    return app


def release(lang: str) -> str:
    texts = (path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    return next(text for text in texts if seed_language(text) == lang)


@pytest.fixture
def tiny_env(
    tiny_models: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_settings_cache: None
) -> None:
    monkeypatch.setenv("TRANSNORM_MODEL_DE_EN", str(tiny_models["de-en"]))
    monkeypatch.setenv("TRANSNORM_MODEL_NL_EN", str(tiny_models["nl-en"]))
    monkeypatch.setenv("TRANSNORM_MODELS_DIR", str(tmp_path))
    monkeypatch.setenv("TRANSNORM_BACKEND", "transformers")
    monkeypatch.setenv("TRANSNORM_THREADS", "1")


def translated_segments(text: str, lang: str) -> list[str]:
    from service.pipeline.release import process_release

    document = process_release(text, source_lang=lang)
    return [s.text for s in document.segments if s.role in TRANSLATED_ROLES]


def test_prints_one_english_sentence_per_translated_segment(tiny_env: None, marian_de: Translator) -> None:
    text = release("de")
    result = CliRunner().invoke(cli(), ["translate", "--from", "de"], input=text)
    assert result.exit_code == 0, result.output
    sources = translated_segments(text, "de")
    assert len(sources) > 5
    assert result.stdout.splitlines() == [t.target for t in marian_de.translate(sources)]


def test_json_carries_scores_and_flags(tiny_env: None) -> None:
    text = release("nl")
    result = CliRunner().invoke(cli(), ["translate", "--from", "nl", "--json"], input=text)
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["pair"] == "nl-en" and payload["backend"] == "transformers"
    segments = payload["segments"]
    assert [s["source"] for s in segments] == translated_segments(text, "nl")
    for segment in segments:
        assert isinstance(segment["target"], str) and segment["score"] <= 0 and isinstance(segment["flags"], list)
        if not segment["target"]:   # the random model may stop at once; an empty output is always flagged
            assert "length_ratio" in segment["flags"]
        assert segment["role"] in TRANSLATED_ROLES and isinstance(segment["paragraph"], int)


def test_refuses_english_and_empty_input(tiny_env: None) -> None:
    english = CliRunner().invoke(cli(), ["translate", "--from", "en"], input="Hello.")
    assert english.exit_code == 2 and "--from" in english.stderr
    empty = CliRunner().invoke(cli(), ["translate", "--from", "de"], input="  \n")
    assert empty.exit_code == 2 and "stdin" in empty.stderr


def test_a_missing_model_is_one_line_and_no_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_settings_cache: None
) -> None:
    monkeypatch.setenv("TRANSNORM_MODELS_DIR", str(tmp_path))
    monkeypatch.delenv("TRANSNORM_MODEL_DE_EN", raising=False)
    result = CliRunner().invoke(cli(), ["translate", "--from", "de"], input=release("de"))
    assert result.exit_code == 3
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert "de-en" in line and "transnorm models pull de-en" in line and "TRANSNORM_MODEL_DE_EN" in line
