"""The MarianMT translator on the tiny real model: loading, batching, order, determinism, windows, bounds."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.config import Settings
from service.translation import ModelPool, load_translator
from service.translation.base import Translation, Translator, output_bound, split_for_window
from service.translation.punctuation import normalize_for_model
from tests.support import tiny_settings
from tests.translate.helpers import GenerateProbe, seed_sentences

GERMAN = seed_sentences("de")


@pytest.fixture
def probe(marian_de: Translator) -> Iterator[GenerateProbe]:
    recorder = GenerateProbe(marian_de)
    yield recorder
    recorder.restore()


def test_loads_from_a_local_directory(marian_de: Translator, tiny_models: dict[str, Path]) -> None:
    import torch

    assert isinstance(marian_de, Translator)
    assert (marian_de.pair, marian_de.source_lang, marian_de.target_lang) == ("de-en", "de", "en")
    assert marian_de.model_id == str(tiny_models["de-en"].resolve()) and marian_de.revision == "local"
    assert marian_de.backend == "transformers"
    model = marian_de._model   # type: ignore[attr-defined]
    assert not model.training and model.generation_config.num_beams == 1   # greedy, not opus-mt's beam 4
    assert torch.get_num_threads() == 1   # settings.threads


def test_loads_through_the_environment_override(
    tiny_models: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRANSNORM_MODEL_NL_EN", str(tiny_models["nl-en"]))
    monkeypatch.setenv("TRANSNORM_MODELS_DIR", str(tmp_path))
    monkeypatch.setenv("TRANSNORM_BACKEND", "transformers")
    monkeypatch.setenv("TRANSNORM_THREADS", "1")
    pool = ModelPool(Settings(), pairs=["nl-en"])
    pool.load_available()
    translator = pool.get("nl-en")
    assert translator.model_id == str(tiny_models["nl-en"].resolve())
    [result] = translator.translate(["De president heeft gebeld."])
    assert result.source == "De president heeft gebeld." and result.target and result.score < 0
    pool.close()


def test_batched_results_equal_one_by_one_and_come_back_in_input_order(
    tiny_models: dict[str, Path], tmp_path: Path, marian_de: Translator
) -> None:
    small_batches = load_translator(
        "de-en", tiny_settings(tiny_models, tmp_path, batch_tokens=96, max_batch_sentences=3)
    )
    sentences = GERMAN[:12]
    assert len({len(s) for s in sentences}) > 6   # varied lengths: sorting really reorders them
    recorder = GenerateProbe(small_batches)
    batched = small_batches.translate(sentences)
    assert len(recorder.batches) > 3
    for batch in recorder.batches:
        lengths = batch["lengths"]
        assert len(lengths) <= 3 and (len(lengths) == 1 or len(lengths) * max(lengths) <= 96)
        assert lengths == sorted(lengths)
    assert [t.source for t in batched] == sentences
    singles = [marian_de.translate([s])[0] for s in sentences]
    assert len({t.target for t in singles}) > len(sentences) // 2   # outputs differ per input
    for one, alone in zip(batched, singles, strict=True):
        assert one.target == alone.target
        assert one.score == pytest.approx(alone.score, abs=1e-4)
        assert one.flags == alone.flags


def test_the_same_input_gives_the_same_output(
    marian_de: Translator, tiny_models: dict[str, Path], tmp_path: Path
) -> None:
    first = marian_de.translate(GERMAN[:6])
    assert marian_de.translate(GERMAN[:6]) == first
    reloaded = load_translator("de-en", tiny_settings(tiny_models, tmp_path))
    assert reloaded.translate(GERMAN[:6]) == first


def test_empty_inputs(marian_de: Translator, probe: GenerateProbe) -> None:
    assert marian_de.translate([]) == []
    assert marian_de.translate(["", "   ", "\n"]) == [
        Translation("", "", 0.0, ()), Translation("   ", "", 0.0, ()), Translation("\n", "", 0.0, ()),
    ]
    assert probe.batches == []   # no model call
    mixed = marian_de.translate(["", GERMAN[0], " "])
    assert [bool(t.target) for t in mixed] == [False, True, False]


def test_results_are_frozen_and_scored(marian_de: Translator) -> None:
    [result] = marian_de.translate([GERMAN[0]])
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.target = "changed"  # type: ignore[misc]
    assert isinstance(result.score, float) and result.score < 0
    assert isinstance(result.flags, tuple)


def test_output_length_is_bounded_by_the_source_length(marian_de: Translator, probe: GenerateProbe) -> None:
    assert output_bound(10, 512) == 25 and output_bound(400, 512) == 512
    marian_de.translate(GERMAN[:10])
    rows = [
        (length, bound, hypothesis)
        for batch in probe.batches
        for length, bound, hypothesis in zip(batch["lengths"], batch["bounds"], batch["hypotheses"], strict=True)
    ]
    assert len(rows) == 10
    hit_bound = 0
    for length, bound, hypothesis in rows:
        assert bound == output_bound(length, 512)
        assert hypothesis.scored <= bound and len(hypothesis.tokens) <= bound
        hit_bound += hypothesis.scored == bound
    assert hit_bound   # the random model loops on some inputs: the bound really stopped it


def test_a_3000_token_input_is_split_translated_and_flagged(marian_de: Translator, probe: GenerateProbe) -> None:
    text = ""
    while marian_de._count_tokens(normalize_for_model(text, "de")) < 3000:   # type: ignore[attr-defined]
        text = (text + " " + " ".join(GERMAN)).strip()
    [result] = marian_de.translate([text])
    assert "split_input" in result.flags
    lengths = [length for batch in probe.batches for length in batch["lengths"]]
    assert len(lengths) >= 6 and max(lengths) <= 512
    assert sum(lengths) >= 3000   # every token went to the model: nothing truncated
    assert result.target and result.score < 0
    [short] = marian_de.translate([GERMAN[0]])
    assert "split_input" not in short.flags


def test_split_for_window_cuts_at_the_strongest_boundary_and_keeps_everything() -> None:
    words = len   # a stand-in tokenizer: one token per character

    text = "Erster Satz hier. Zweiter Satz, mit Komma, hier. Dritter Satz."
    pieces = split_for_window(text, words, 30)
    assert pieces == ["Erster Satz hier.", "Zweiter Satz, mit Komma, hier.", "Dritter Satz."]
    long_clause = "eins zwei drei, vier fuenf sechs, sieben acht neun zehn elf zwoelf"
    pieces = split_for_window(long_clause, words, 20)
    assert all(len(p) <= 20 for p in pieces) and " ".join(pieces) == long_clause
    assert pieces[0] == "eins zwei drei,"
    run = "x" * 95
    pieces = split_for_window(run, words, 20)
    assert all(len(p) <= 20 for p in pieces) and "".join(pieces) == run
    assert split_for_window("kurz", words, 20) == ["kurz"]
