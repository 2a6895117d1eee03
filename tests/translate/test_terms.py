"""Terminology masking: the pure functions, and the translator's ``terms`` on both backends (tiny real models).

Measured on the tiny models (their SentencePiece vocabulary is trained on the seed releases): only the digits
placeholder ("9471") is made of known pieces and decodes back intact; "XX1", "<term1>" and "⟦1⟧" contain pieces
the vocabulary lacks and come back as <unk>, i.e. are lost whatever the model does. Hence digits are the
default. The tiny models' random weights never copy a placeholder through, so on them every masked sentence is
flagged ``term_lost`` with its output left as it is; the tests assert that link both ways.
"""

from __future__ import annotations

import pytest

from service.translation.base import Translator
from service.translation.terms import (
    DEFAULT_SHAPE,
    PLACEHOLDER_SHAPES,
    TERM_LOST_FLAG,
    Term,
    copy_verbatim,
    mask_terms,
    restore_terms,
)
from tests.translate.helpers import GenerateProbe, seed_sentences

TERMS = (
    Term("Bundeskriminalamt", "Federal Criminal Police Office"),
    Term("Aserbaidschan", "Azerbaijan"),
    Term("Tagesschau", None, dnt=True),
)


# --- pure functions --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("shape", sorted(PLACEHOLDER_SHAPES))
def test_mask_then_restore_puts_every_rendering_back(shape: str) -> None:
    sentence = "Das Bundeskriminalamt und die Tagesschau berichten aus Aserbaidschan und Aserbaidschan."
    masked = mask_terms(sentence, TERMS, shape)
    assert "Bundeskriminalamt" not in masked.text and "Tagesschau" not in masked.text
    assert [rendering for _, rendering in masked.slots] == [
        "Federal Criminal Police Office", "Tagesschau", "Azerbaijan", "Azerbaijan",
    ]
    restored = restore_terms(masked.text, masked)
    assert restored.text == (
        "Das Federal Criminal Police Office und die Tagesschau berichten aus Azerbaijan und Azerbaijan."
    )
    assert restored.lost == () and len(restored.restored) == 4


def test_longest_term_first_and_whole_words_only() -> None:
    terms = (Term("Bundeskriminalamt", "BKA"), Term("Bundeskriminalamt Wiesbaden", "Federal Criminal Police Office"))
    masked = mask_terms("Das Bundeskriminalamt Wiesbaden und das Bundeskriminalamtes-Gebäude.", terms)
    assert [rendering for _, rendering in masked.slots] == ["Federal Criminal Police Office"]


def test_restore_tolerates_what_a_model_does_to_a_number_and_reports_the_lost() -> None:
    masked = mask_terms("Aserbaidschan und das Bundeskriminalamt.", TERMS)
    first, second = (placeholder for placeholder, _ in masked.slots)
    assert (first, second) == ("9471", "9482") and DEFAULT_SHAPE == "digits"
    assert restore_terms("9,471 and the 9 482.", masked).text == "Azerbaijan and the Federal Criminal Police Office."
    lost = restore_terms("Azerbaijan and the 948 office.", masked)
    assert lost.lost == ("Azerbaijan", "Federal Criminal Police Office") and lost.restored == ()
    assert restore_terms("19471 and 94711.", masked).lost == ("Azerbaijan", "Federal Criminal Police Office")


def test_a_rendering_with_backslashes_is_inserted_as_it_is() -> None:
    masked = mask_terms("Siehe Aserbaidschan.", (Term("Aserbaidschan", r"C:\g<0>\1"),))
    assert restore_terms(masked.text, masked).text == r"Siehe C:\g<0>\1."


@pytest.mark.parametrize(
    "sentence",
    ["Ilham Aliyev", "Baku", "Antony Blinken, Ilham Aliyev", "www.polizei.nrw/koeln", "presse@stadt-bonn.de",
     "@polizei_nrw_k", "24.07.2026", "+49 221 229-0", "1.234,5", "NYSE: XYZ", "Frank-Walter Steinmeier."],
)
def test_copy_verbatim_takes_names_urls_emails_and_numbers(sentence: str) -> None:
    assert copy_verbatim(sentence, "de")


@pytest.mark.parametrize(
    "sentence",
    ["", "Polizei", "Bundesregierung", "Die Polizei ermittelt.", "AMTLICHE CHRONIK", "Aliyev sagte das.",
     "24. September", "Gemeente Amsterdam"],
)
def test_copy_verbatim_leaves_words_to_translate(sentence: str) -> None:
    assert not copy_verbatim(sentence, "de" if "Gemeente" not in sentence else "nl")


# --- placeholders through the tiny models' vocabulary ----------------------------------------------------------
def _roundtrip(translator: Translator, text: str) -> tuple[bool, str]:
    """(all pieces known, decoded text) through the backend's own encode/decode."""
    tokens = translator._encode(text)   # type: ignore[attr-defined]
    spm = getattr(translator, "_source_spm", None)
    if spm is not None:   # CTranslate2 is fed pieces: those its vocabulary lacks are read as <unk>
        tokens = [t if t == "</s>" or spm.piece_to_id(t) != spm.unk_id() else "<unk>" for t in tokens]
    known = "<unk>" not in tokens and 1 not in tokens   # Marian's <unk> id is 1
    return known, translator._decode(tokens)   # type: ignore[attr-defined]


@pytest.mark.parametrize("backend", ["marian_de", "ct2_de"])
def test_only_digits_placeholders_survive_the_vocabulary(backend: str, request: pytest.FixtureRequest) -> None:
    translator: Translator = request.getfixturevalue(backend)
    survives = {}
    for name, shape in PLACEHOLDER_SHAPES.items():
        known, decoded = _roundtrip(translator, shape.make(0))
        survives[name] = known and decoded == shape.make(0)
    assert survives == {"digits": True, "xx": False, "tag": False, "brackets": False}


# --- the translator's terms ------------------------------------------------------------------------------------
def _with_terms(sentences: list[str]) -> list[str]:
    return [f"{sentence.rstrip('.')} im Bundeskriminalamt." for sentence in sentences]


@pytest.mark.parametrize("backend", ["marian_de", "ct2_de"])
def test_terms_come_back_where_the_placeholder_survives_and_are_flagged_where_not(
    backend: str, request: pytest.FixtureRequest
) -> None:
    translator: Translator = request.getfixturevalue(backend)
    sentences = _with_terms([s for s in seed_sentences("de") if len(s) < 160][:8])
    masked = [mask_terms(sentence, TERMS) for sentence in sentences]
    raw = translator.translate([m.text for m in masked])   # what the model makes of the placeholders
    got = translator.translate(sentences, terms=TERMS)
    lost = 0
    for sentence, mask, model, ours in zip(sentences, masked, raw, got, strict=True):
        assert ours.source == sentence and ours.score == pytest.approx(model.score, abs=1e-5)
        restored = restore_terms(model.target, mask)
        if restored.lost:
            lost += 1
            assert TERM_LOST_FLAG in ours.flags and ours.target == model.target
        else:
            assert TERM_LOST_FLAG not in ours.flags
            assert "Federal Criminal Police Office" in ours.target and ours.target == restored.text
    assert lost == len(sentences)   # the tiny random models never copy a placeholder (see the module doc)


def test_both_backends_agree_with_terms(marian_de: Translator, ct2_de: Translator) -> None:
    sentences = _with_terms(seed_sentences("de")[:6]) + ["Ilham Aliyev", ""]
    ours, theirs = ct2_de.translate(sentences, terms=TERMS), marian_de.translate(sentences, terms=TERMS)
    assert [(t.target, t.flags) for t in ours] == [(t.target, t.flags) for t in theirs]


def test_without_terms_nothing_changes(marian_de: Translator) -> None:
    sentences = seed_sentences("de")[:6]
    assert marian_de.translate(sentences, terms=TERMS[2:]) == marian_de.translate(sentences)


@pytest.mark.parametrize("backend", ["marian_de", "ct2_de"])
def test_a_name_only_sentence_is_copied_without_the_model(backend: str, request: pytest.FixtureRequest) -> None:
    translator: Translator = request.getfixturevalue(backend)
    probe = GenerateProbe(translator)
    try:
        results = translator.translate(["Ilham Aliyev", "www.president.az", "26.09.2023", "Antony Blinken."])
    finally:
        probe.restore()
    assert probe.batches == []
    assert [(t.target, t.score, t.flags) for t in results] == [
        ("Ilham Aliyev", 0.0, ()), ("www.president.az", 0.0, ()), ("26.09.2023", 0.0, ()),
        ("Antony Blinken.", 0.0, ()),
    ]
