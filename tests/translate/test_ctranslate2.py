"""The CTranslate2 backend: same protocol, same results as transformers on the same weights, chosen by `auto`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from service.errors import ModelUnavailableError
from service.translation import load_translator
from service.translation.base import Translator
from service.translation.punctuation import normalize_for_model
from tests.support import tiny_settings
from tests.translate.helpers import GenerateProbe, seed_sentences

GERMAN = seed_sentences("de")


def test_same_targets_scores_and_flags_as_transformers(marian_de: Translator, ct2_de: Translator) -> None:
    assert isinstance(ct2_de, Translator)
    assert ct2_de.backend == "ctranslate2" and marian_de.backend == "transformers"
    assert (ct2_de.model_id, ct2_de.revision) == (marian_de.model_id, marian_de.revision)
    sentences = GERMAN[:12] + ["", "Baku"]
    expected = marian_de.translate(sentences)
    got = ct2_de.translate(sentences)
    assert [t.target for t in got] == [t.target for t in expected]
    assert [t.flags for t in got] == [t.flags for t in expected]
    for ours, theirs in zip(got, expected, strict=True):
        assert ours.score == pytest.approx(theirs.score, abs=1e-4)


def test_rows_cut_at_their_own_bound_are_rescored_like_transformers(
    marian_de: Translator, ct2_de: Translator
) -> None:
    # A short sentence that loops to its own bound, batched with a long one: greedy decoding stops the short row
    # at its own bound (the step callback; beam search cuts and rescores it). It must equal translating it alone.
    probe = GenerateProbe(ct2_de)
    looping = None
    for sentence in sorted(GERMAN, key=len)[:15]:
        probe.batches.clear()
        ct2_de.translate([sentence])
        [hypothesis] = probe.batches[0]["hypotheses"]
        if hypothesis.scored == probe.batches[0]["bounds"][0]:
            looping = sentence
            break
    assert looping is not None
    sentences = [looping, max(GERMAN, key=len)]
    probe.batches.clear()
    together = ct2_de.translate(sentences)
    probe.restore()
    bounds = probe.batches[0]["bounds"]
    assert len(probe.batches) == 1 and bounds[0] < bounds[1]
    alone = ct2_de.translate([looping])[0]
    assert together[0].target == alone.target and together[0].score == pytest.approx(alone.score, abs=1e-4)
    reference = marian_de.translate(sentences)
    assert [t.target for t in together] == [t.target for t in reference]
    assert together[0].score == pytest.approx(reference[0].score, abs=1e-4)


def test_window_split_is_the_same(marian_de: Translator, ct2_de: Translator) -> None:
    text = GERMAN[0]
    for sentence in GERMAN[1:]:
        if ct2_de._count_tokens(normalize_for_model(text, "de")) > 600:   # type: ignore[attr-defined]
            break
        text += " " + sentence
    assert ct2_de._count_tokens(normalize_for_model(text, "de")) > 512   # type: ignore[attr-defined]
    [ours] = ct2_de.translate([text])
    [theirs] = marian_de.translate([text])
    assert "split_input" in ours.flags
    assert ours.target == theirs.target and ours.score == pytest.approx(theirs.score, abs=1e-4)


def test_auto_prefers_the_int8_conversion(tiny_models: dict[str, Path], ct2_store: Path) -> None:
    translator = load_translator("de-en", tiny_settings(tiny_models, ct2_store, backend="auto"))
    assert translator.backend == "ctranslate2"
    assert translator.model_dir.name == "ct2-int8"   # type: ignore[attr-defined]
    first = translator.translate(GERMAN[:5])
    assert translator.translate(GERMAN[:5]) == first
    assert [t.source for t in first] == GERMAN[:5] and all(t.target for t in first)
    assert translator.translate([]) == []


def test_auto_without_a_conversion_uses_transformers(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    translator = load_translator("de-en", tiny_settings(tiny_models, tmp_path, backend="auto"))
    assert translator.backend == "transformers"


def test_a_conversion_of_another_checkpoint_is_not_used(
    tiny_models: dict[str, Path], ct2_store: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other-de-en"
    shutil.copytree(tiny_models["de-en"], other)
    settings = tiny_settings(tiny_models, ct2_store, backend="auto", model_de_en=str(other))
    assert load_translator("de-en", settings).backend == "transformers"


def test_forcing_ctranslate2_without_a_conversion_says_how_to_convert(
    tiny_models: dict[str, Path], tmp_path: Path
) -> None:
    with pytest.raises(ModelUnavailableError) as caught:
        load_translator("nl-en", tiny_settings(tiny_models, tmp_path, backend="ctranslate2"))
    assert caught.value.status_code == 503
    assert "nl-en" in caught.value.detail and "transnorm models convert nl-en" in caught.value.detail


def test_thread_layout_gives_one_single_threaded_replica_per_thread_on_small_machines() -> None:
    from service.translation.ct2 import thread_layout

    assert thread_layout(1) == (1, 1) and thread_layout(2) == (2, 1) and thread_layout(4) == (4, 1)
    assert thread_layout(8) == (4, 2)
    assert thread_layout(0, cores=2) == (2, 1)


def test_parallel_replicas_give_the_one_at_a_time_results(
    tiny_models: dict[str, Path], ct2_store: Path, ct2_de: Translator
) -> None:
    # Two replicas decode two batches at once (parallel_batches 2); the results must not depend on it.
    only_float32 = ct2_store.parent / (ct2_store.name + "-f32")   # made by the ct2_de fixture
    # The replicas alone: a lone small call would take the latency instance (tests/translate/test_latency_path.py).
    settings = tiny_settings(tiny_models, only_float32, backend="ctranslate2", threads=2, max_batch_sentences=4,
                             latency_path="off")
    parallel = load_translator("de-en", settings)
    try:
        assert parallel.parallel_batches == 2   # type: ignore[attr-defined]
        probe = GenerateProbe(parallel)
        sentences = GERMAN[:14]
        together = parallel.translate(sentences)
        probe.restore()
        assert len(probe.batches) >= 4
        assert [t.source for t in together] == sentences
        alone = [parallel.translate([s])[0] for s in sentences]
        for one, single in zip(together, alone, strict=True):
            assert one.target == single.target and one.score == pytest.approx(single.score, abs=1e-4)
        # A call too small to fill both replicas is split between them, still in input order.
        probe = GenerateProbe(parallel)
        pair = parallel.translate(sentences[:2])
        probe.restore()
        assert [len(batch["lengths"]) for batch in probe.batches] == [1, 1]
        assert [t.target for t in pair] == [t.target for t in together[:2]]
    finally:
        parallel.close()
