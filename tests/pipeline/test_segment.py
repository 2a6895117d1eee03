"""Sentence segmentation: the gold set, our prefix files, German quotes, over-long sentences, spans."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import sentence_splitter

from service.errors import UnsupportedLanguageError
from service.pipeline.segment import SPLIT_LONG_FLAG, SentenceSpan, segment_paragraph
from tests.support import REPO, TESTDATA

GOLD = json.loads((TESTDATA / "segmentation_gold.json").read_text(encoding="utf-8"))
PREFIX_DIR = REPO / "service" / "pipeline" / "prefixes"
LIBRARY_PREFIX_DIR = Path(sentence_splitter.__file__).parent / "non_breaking_prefixes"


def _texts(spans: list[SentenceSpan]) -> list[str]:
    return [span.text for span in spans]


@pytest.mark.parametrize("case", GOLD, ids=[case["id"] for case in GOLD])
def test_gold_set(case: dict) -> None:
    assert _texts(segment_paragraph(case["text"], case["lang"])) in case["gold"]


def _prefixes(path: Path) -> dict[str, bool]:
    """prefix → numeric-only, parsed the way sentence-splitter parses the file."""
    entries: dict[str, bool] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        numeric_only = "#NUMERIC_ONLY#" in line
        prefix = re.sub(r"#.*", "", line).strip()
        if prefix:
            entries[prefix] = numeric_only
    return entries


@pytest.mark.parametrize("lang", ["de", "nl", "en"])
def test_prefix_file_extends_the_library_list(lang: str) -> None:
    ours = _prefixes(PREFIX_DIR / f"{lang}.txt")
    library = _prefixes(LIBRARY_PREFIX_DIR / f"{lang}.txt")
    # Every shipped prefix is kept with its type (a later duplicate line would silently change it) ...
    assert {prefix: ours[prefix] for prefix in library} == library
    # ... and we add our own.
    assert len(ours) > len(library)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Laut Art. 5 Abs. 2 GG ist dies zulässig. Die Regierung prüft den Fall.",
         ["Laut Art. 5 Abs. 2 GG ist dies zulässig.", "Die Regierung prüft den Fall."]),
        ("nl", "Zie art. 3 lid 2 van de wet, blz. 14. De tekst staat online.",
         ["Zie art. 3 lid 2 van de wet, blz. 14.", "De tekst staat online."]),
        ("en", "Talks continue (see p. 4). Details follow.", ["Talks continue (see p. 4).", "Details follow."]),
    ],
)
def test_added_prefixes_do_not_break(lang: str, text: str, expected: list[str]) -> None:
    assert _texts(segment_paragraph(text, lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er sagte: „Wir sind bereit.“ Danach ging er.", ["Er sagte: „Wir sind bereit.“", "Danach ging er."]),
        ("„Das ist gut.“ „Nein“, sagte sie.", ["„Das ist gut.“", "„Nein“, sagte sie."]),
        ("Aliyev sagte: »Ja.« Er ging.", ["Aliyev sagte: »Ja.«", "Er ging."]),
        ("Er nannte es „eine Provokation“. Dann ging er.", ["Er nannte es „eine Provokation“.", "Dann ging er."]),
        # A closing quote that ends no sentence must not start a new one.
        ("Die „Blockade“ sei eine Lüge, sagte er.", ["Die „Blockade“ sei eine Lüge, sagte er."]),
    ],
)
def test_german_quotes(text: str, expected: list[str]) -> None:
    assert _texts(segment_paragraph(text, "de")) == expected


def test_spans_map_back_into_text_with_collapsed_spaces_and_offset() -> None:
    text = "Erster  Satz   hier.    Zweiter\tSatz."
    spans = segment_paragraph(text, "de", offset=100)
    assert [(span.start, span.end) for span in spans] == [(100, 120), (124, 137)]
    assert [text[span.start - 100 : span.end - 100] for span in spans] == ["Erster  Satz   hier.", "Zweiter\tSatz."]


def test_long_sentence_is_split_at_the_best_clause_boundary() -> None:
    clause = "the delegation discussed the situation in the region at length"
    sentence = f"{clause}; {clause}, {clause}: {clause} and {clause}."
    spans = segment_paragraph(sentence, "en", max_chars=150)
    assert all(span.flags == (SPLIT_LONG_FLAG,) for span in spans)
    assert all(len(span.text) <= 150 for span in spans)
    # The semicolon is preferred over the comma and the colon, which would give longer first pieces.
    assert spans[0].text == f"{clause};"
    assert "".join(span.text for span in spans).replace(" ", "") == sentence.replace(" ", "")


def test_unbreakable_run_is_cut_hard_and_kept() -> None:
    spans = segment_paragraph("x" * 1000, "en", max_chars=400)
    assert [len(span.text) for span in spans] == [400, 400, 200]
    assert all(SPLIT_LONG_FLAG in span.flags for span in spans)


def test_short_sentences_are_not_flagged() -> None:
    assert [span.flags for span in segment_paragraph("One. Two.", "en")] == [(), ()]


def test_unserved_language_is_a_typed_error() -> None:
    with pytest.raises(UnsupportedLanguageError, match="'fr'"):
        segment_paragraph("Bonjour.", "fr")
