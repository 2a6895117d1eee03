"""Language identification: served set, open-set rejection, document vs paragraph decisions."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.registry import served_languages
from service.errors import UnsupportedLanguageError
from service.pipeline.detect import (
    SERVED_UNDERFLOW,
    detect_document,
    detect_language,
    detect_paragraph,
    detect_served,
    document_probabilities,
    rank_languages,
    served_probabilities,
)
from tests.support import SEEDS

GERMAN = "Der Präsident sagte, dass die Gespräche über die Lage in der Region fortgesetzt werden."
DUTCH = "De president zei dat de gesprekken over de situatie in de regio worden voortgezet."
ENGLISH = "The president said that the talks about the situation in the region will continue."
FRENCH = "Le président a déclaré que les discussions sur la situation dans la région se poursuivront demain."
AZERBAIJANI = "Prezident İlham Əliyev bildirib ki, bölgədəki vəziyyətlə bağlı danışıqlar davam edəcək."


@pytest.mark.parametrize(("text", "language"), [(GERMAN, "de"), (DUTCH, "nl"), (ENGLISH, "en")])
def test_served_languages(text: str, language: str) -> None:
    assert detect_served(text).language == language
    assert detect_language(text).language == language
    assert detect_served(text).confidence > 0.9


def test_served_detection_never_leaves_the_served_set() -> None:
    assert detect_served(FRENCH).language in served_languages()
    assert detect_language(FRENCH).language == "fr"


def test_rank_languages() -> None:
    ranked = rank_languages(FRENCH, k=3)
    assert len(ranked) == 3
    assert ranked[0].language == "fr"
    assert ranked[0].confidence >= ranked[1].confidence >= ranked[2].confidence


@pytest.mark.parametrize(("text", "language"), [(FRENCH, "fr"), (AZERBAIJANI, "az")])
def test_unserved_document_is_rejected_naming_the_language(text: str, language: str) -> None:
    with pytest.raises(UnsupportedLanguageError, match=f"'{language}'") as caught:
        detect_document([text])
    assert caught.value.detected == language


def test_short_heading_does_not_flip_the_document() -> None:
    # "Karabakh situation" alone is classified as Indonesian; the body decides.
    assert detect_language("Karabakh situation").language != "en"
    assert detect_document(["Karabakh situation", ENGLISH, ENGLISH]).language == "en"
    assert detect_document(["Ilham Aliyev", GERMAN]).language == "de"


def test_short_paragraph_keeps_the_document_language() -> None:
    assert detect_paragraph("Referentie: Azertag.az", "en").language == "en"
    assert detect_paragraph("Hallo Welt", "nl").language == "nl"


def test_long_confident_paragraph_overrides() -> None:
    assert detect_paragraph(f"{ENGLISH} {ENGLISH}", "de").language == "en"
    assert detect_paragraph(f"{DUTCH} {DUTCH}", "de").language == "nl"


def test_non_latin_script_is_rejected_with_its_language() -> None:
    import pytest

    from service.errors import UnsupportedLanguageError
    from service.pipeline.release import process_release

    russian = "Президент Азербайджана провёл телефонный разговор с государственным секретарём США."
    with pytest.raises(UnsupportedLanguageError) as caught:
        process_release(russian)
    assert caught.value.detected == "ru"


RUSSIAN = (
    "Президент провёл совещание с членами правительства и обсудил вопросы экономического развития страны. "
    "Особое внимание было уделено строительству дорог, школ и больниц в регионах. "
) * 20


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_document_probabilities_from_one_open_set_pass_equal_the_restricted_model(path: Path) -> None:
    paragraphs = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    one_pass = document_probabilities(paragraphs, reject=False)
    restricted = served_probabilities("\n".join(paragraphs))
    assert set(one_pass) == set(served_languages())
    for language in served_languages():
        assert one_pass[language] == pytest.approx(restricted[language], abs=1e-4)


def test_document_probabilities_fall_back_when_the_served_languages_underflow() -> None:
    ranked = rank_languages(RUSSIAN, k=200)
    assert sum(g.confidence for g in ranked if g.language in served_languages()) < SERVED_UNDERFLOW
    probabilities = document_probabilities([RUSSIAN], reject=False)
    assert probabilities == pytest.approx(served_probabilities(RUSSIAN))
    assert sum(probabilities.values()) == pytest.approx(1.0)
    with pytest.raises(UnsupportedLanguageError, match="ru"):
        document_probabilities([RUSSIAN])
