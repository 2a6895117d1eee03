"""process_release on a corpus of bad and awkward input: each gets the right result or the right typed error."""

from __future__ import annotations

import hashlib
import random
import time

import pytest

from service.errors import EmptyInputError, UnsupportedLanguageError
from service.pipeline.ingest import decode_document
from service.pipeline.release import process_release
from service.pipeline.segment import SPLIT_LONG_FLAG
from tests.support import SEEDS

ENGLISH = "The president said that the talks about the situation in the region will continue."
GERMAN = "Der Präsident sagte, dass die Gespräche über die Lage in der Region fortgesetzt werden."
FRENCH = (
    "Le président a déclaré que les discussions sur la situation dans la région se poursuivront demain. "
    "Les deux parties ont échangé leurs points de vue sur la sécurité."
)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \n", "\u200b\u200d\ufeff", "\x00\x01\x02"])
def test_empty_or_invisible_input(text: str) -> None:
    with pytest.raises(EmptyInputError):
        process_release(text)


def test_only_a_date_field_is_empty() -> None:
    with pytest.raises(EmptyInputError):
        process_release(" date 2023-09-20 ")


def test_french_is_rejected_naming_fr() -> None:
    with pytest.raises(UnsupportedLanguageError, match="'fr'") as caught:
        process_release(FRENCH)
    assert caught.value.detected == "fr"
    assert caught.value.extra["detected_language"] == "fr"


def test_user_language_wins_even_over_an_unserved_detection() -> None:
    document = process_release(FRENCH, source_lang="en")
    assert document.language == "en"
    assert len(document.segments) == 2


def test_user_language_is_kept_when_text_is_another_served_language() -> None:
    document = process_release(f"{GERMAN} {GERMAN}\n{GERMAN} {GERMAN}\n{ENGLISH} {ENGLISH}", source_lang="nl")
    assert document.language == "nl"
    assert document.language_confidence < 0.5  # and the confidence shows the detector disagrees
    # Paragraphs like the rest of the document follow the user; a confidently different one keeps its own.
    assert [p.language for p in document.paragraphs] == ["nl", "nl", "en"]


@pytest.mark.parametrize("lang", ["fr", "EN", "english", ""])
def test_unserved_source_language(lang: str) -> None:
    with pytest.raises(UnsupportedLanguageError, match=repr(lang)):
        process_release(ENGLISH, source_lang=lang)


def test_control_and_zero_width_characters_are_removed() -> None:
    document = process_release(f"The\u200b pre\u00adsident\x07 said\u202e so.\u2066 {ENGLISH}")
    assert document.text == f"The president said so. {ENGLISH}"
    assert [segment.text for segment in document.segments] == ["The president said so.", ENGLISH]


def test_mojibake_in_text_input_is_repaired() -> None:
    document = process_release(GERMAN.encode("utf-8").decode("cp1252"))
    assert document.text == GERMAN
    assert document.language == "de"


def test_html_with_script_end_to_end() -> None:
    page = f"<html><body><script>alert('{FRENCH}')</script><h1>Gespräche gehen weiter</h1><p>{GERMAN}</p>" \
           f"<p>{GERMAN}</p></body></html>"
    document = process_release(decode_document(page.encode("utf-8"), "text/html"))
    assert "alert" not in document.text
    assert document.language == "de"
    assert document.metadata.headline == "Gespräche gehen weiter"


def test_latin1_german_file_end_to_end() -> None:
    (path,) = SEEDS.glob("000_*.txt")
    original = process_release(path.read_text(encoding="utf-8"))
    from_latin1 = process_release(decode_document(path.read_text(encoding="utf-8").encode("latin-1")))
    assert from_latin1.text == original.text
    assert from_latin1.content_hash == original.content_hash


def test_utf16_file_end_to_end() -> None:
    (path,) = SEEDS.glob("001_*.txt")
    original = process_release(path.read_text(encoding="utf-8"))
    from_utf16 = process_release(decode_document(path.read_text(encoding="utf-8").encode("utf-16")))
    assert from_utf16.content_hash == original.content_hash


def test_five_thousand_word_paragraph() -> None:
    rng = random.Random(5)
    vocabulary = ENGLISH.rstrip(".").split() + ["Karabakh", "Aliyev", "Blinken"]
    # One paragraph, no sentence end anywhere: everything must come back as split_long pieces.
    paragraph = " ".join(rng.choice(vocabulary) for _ in range(5000)) + "."
    process_release(ENGLISH)  # load the language model outside the timing
    started = time.perf_counter()
    document = process_release(paragraph, max_sentence_chars=400)
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0
    assert len(document.paragraphs) == 1
    assert len(document.segments) > 50
    assert all(SPLIT_LONG_FLAG in segment.flags for segment in document.segments)
    assert all(len(segment.text) <= 400 for segment in document.segments)
    assert " ".join(segment.text for segment in document.segments) == paragraph  # nothing dropped


def test_document_fields() -> None:
    body = f"{ENGLISH} {ENGLISH}"
    text = f"Talks continue\n\n{body}\n{GERMAN}"
    document = process_release(text)
    assert document.content_hash == hashlib.sha256(document.text.encode("utf-8")).hexdigest()
    assert document.text == f"Talks continue\n\n{body}\n\n{GERMAN}"
    assert document.language == "en"
    assert [p.role for p in document.paragraphs] == ["headline", "body", "body"]
    assert [(p.start, p.end) for p in document.paragraphs] == [
        (0, 14), (16, 16 + len(body)), (18 + len(body), len(document.text))
    ]
    assert [p.language for p in document.paragraphs] == ["en", "en", "en"]  # the German line is too short
    assert [(s.paragraph, s.sentence, s.role) for s in document.segments] == [
        (0, 0, "headline"), (1, 0, "body"), (1, 1, "body"), (2, 0, "body")
    ]


def test_long_paragraph_in_another_served_language_keeps_its_own_language() -> None:
    document = process_release(f"{ENGLISH} {ENGLISH} {ENGLISH}\n{GERMAN} {GERMAN}")
    assert document.language == "en"
    assert [p.language for p in document.paragraphs] == ["en", "de"]


def test_deterministic() -> None:
    (path,) = SEEDS.glob("002_*.txt")
    text = path.read_text(encoding="utf-8")
    assert process_release(text) == process_release(text)


def test_dateline_alone_in_its_paragraph() -> None:
    document = process_release(f"BAKU, September 27. /TASS/.\n\n{ENGLISH}")
    assert [(s.paragraph, s.sentence, s.role, s.text) for s in document.segments] == [
        (0, 0, "dateline", "BAKU, September 27. /TASS/."), (1, 0, "body", ENGLISH)
    ]
    assert document.metadata.dateline is not None and document.metadata.dateline.agency == "TASS"


def test_dateline_words_in_a_label_line_are_not_a_dateline() -> None:
    document = process_release(f"BAKU – press service\n\n{ENGLISH}")
    assert document.metadata.dateline is None
    assert [(s.role, s.text) for s in document.segments] == [("attribution", "BAKU – press service"), ("body", ENGLISH)]
