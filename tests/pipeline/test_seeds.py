"""The five seed releases, end to end. Every expectation here was written from reading the seed files."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from service.pipeline.document import Dateline, NormalizedDocument
from service.pipeline.release import process_release
from tests.support import SEEDS


@cache
def seed(number: str) -> NormalizedDocument:
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return process_release(path.read_text(encoding="utf-8"))


def roles(document: NormalizedDocument) -> dict[str, str]:
    """Paragraph text → role for every paragraph that is not body text."""
    return {p.text: p.role for p in document.paragraphs if p.role != "body"}


def sentences(document: NormalizedDocument, paragraph: int) -> list[tuple[str, str]]:
    return [(s.role, s.text) for s in document.segments if s.paragraph == paragraph]


@pytest.mark.parametrize(("number", "language"), [("000", "de"), ("001", "nl"), ("002", "en"), ("003", "en"),
                                                  ("004", "en")])
def test_language(number: str, language: str) -> None:
    document = seed(number)
    assert document.language == language
    assert document.language_confidence > 0.99
    assert {p.language for p in document.paragraphs} == {language}  # headings do not flip anything


def test_000_german_kicker_and_attribution() -> None:
    document = seed("000")
    assert roles(document) == {
        "AMTLICHE CHRONIK": "kicker",
        "Mitteilung des Pressedienstes des Präsidenten": "attribution",
    }
    assert document.metadata.kicker == "AMTLICHE CHRONIK"
    assert document.metadata.attribution == "Mitteilung des Pressedienstes des Präsidenten"
    # The first body line ends with a period and the next line does not restate it: body, not a headline.
    assert document.metadata.headline is None
    assert document.metadata.dateline is None
    assert sentences(document, 2) == [
        ("body", "US-Außenminister Antony Blinken hat am Dienstag, dem 26. September mit dem Präsidenten der "
                 "Republik Aserbaidschan Ilham Aliyev telefoniert."),
    ]
    assert sentences(document, 5) == [
        ("body", "Der amerikanischen Seite wurde mitgeteilt, dass derzeit ein Prozess der Entwaffnung illegaler "
                 "armenischer Truppen und ihr Abzug aus dem Gebiet Aserbaidschans im Gange seien."),
        ("body", "Zudem wurde betont, dass in den letzten fünf Tagen Hunderte militärische "
                 "Ausrüstungsgegenstände, Waffen, Militärbedarf und Munition beschlagnahmt worden sind."),
    ]
    assert len(document.paragraphs) == 11


def test_001_dutch_headline_and_attribution() -> None:
    document = seed("001")
    headline = ("De Amerikaanse minister van Buitenlandse Zaken Antony Blinken heeft een telefoongesprek gevoerd "
                "met Ilham Aliyev, president van de Republiek Azerbeidzjan.")
    assert roles(document) == {headline: "headline", "Referentie: Azertag.az": "attribution"}
    assert document.metadata.headline == headline
    assert document.metadata.attribution == "Referentie: Azertag.az"
    assert document.paragraphs[-1].role == "attribution"
    assert sentences(document, 0) == [("headline", headline)]
    assert sentences(document, 5) == [
        ("body", "President Ilham Aliyev zei dat, hoewel van Azerbeidzjaanse zijde een voorstel werd gedaan om de "
                 "weg “Aghdam-Khankendi” te gebruiken om tegemoet te komen aan de behoeften van de Armeense "
                 "inwoners, dat werd gesteund door de Europese Unie en het Internationale Comité van het Rode Kruis, "
                 "Armenië zich tegen alle voorstellen verzette."),
        ("body", "De bewering van Armeense zijde over de “humanitaire situatie” en “blokkade” is een politieke "
                 "manipulatie."),
    ]


def test_002_english_navigation_headline_lead_dateline() -> None:
    document = seed("002")
    lead = ('The president said that hundreds of pieces of military equipment, weapons and ammunition have been '
            'seized, and now "the process of disarming the Armenian Armed Forces and pulling them out of the '
            'territory of Azerbaijan is underway"')
    headline = "Aliyev holds talks on Karabakh with US delegation"
    assert roles(document) == {"All news": "navigation", headline: "headline", lead: "lead"}
    assert document.metadata.headline == headline
    assert document.metadata.lead == lead
    assert document.metadata.dateline == Dateline(
        raw="BAKU, September 27. /TASS/.", place="BAKU", date="September 27", agency="TASS"
    )
    assert sentences(document, 2) == [("lead", lead)]
    assert sentences(document, 3) == [
        ("dateline", "BAKU, September 27. /TASS/."),
        ("body", "Azerbaijan’s President Ilham Aliyev has held talks with representatives from the White House and "
                 "US Department of State, focusing on ensuring stability in Karabakh after Baku’s operation and on "
                 "establishing contact with local Armenians, according to the statement on the Azerbaijani "
                 "president’s website."),
    ]
    assert [s.sentence for s in document.segments if s.paragraph == 3] == [0, 1]
    assert sentences(document, 11) == [
        ("body", "On September 19, tensions flared up again in Nagorno-Karabakh."),
        ("body", 'Baku announced it was launching what it described as "local anti-terrorist measures" and '
                 "demanded the withdrawal of Armenian troops from the region."),
        ("body", "Yerevan, in turn, said there were no Armenian forces in Karabakh, calling what was happening "
                 '"an act of large-scale aggression."'),
        ("body", "Russia called on the parties to the conflict to stop the bloodshed and return to a diplomatic "
                 "settlement."),
        ("body", "On September 20, the Azerbaijani Defense Ministry announced that an agreement had been reached "
                 "in coordination with the Russian peacekeeping contingent to suspend anti-terrorist activities in "
                 "Karabakh."),
    ]


def test_003_published_date_field_is_removed() -> None:
    document = seed("003")
    assert document.metadata.published == dt.date(2023, 9, 20)
    assert "date 2023-09-20" not in document.text
    assert document.text.startswith("On September 19, U.S. Secretary of State Antony Blinken")
    assert roles(document) == {}
    assert sentences(document, 0) == [
        ("body", "On September 19, U.S. Secretary of State Antony Blinken made a phone call to President of the "
                 "Republic of Azerbaijan Ilham Aliyev."),
    ]
    assert sentences(document, 6) == [
        ("body", "The head of state mentioned that representatives of the Armenian residents living in the Karabakh "
                 "region of Azerbaijan had been invited to a dialogue several times by the Presidential "
                 "Administration of Azerbaijan to discuss reintegration issues, but they refused, however, they "
                 "were invited to a dialogue again when the local anti-terror measures continued."),
        ("body", "The head of state said that anti-terror measures will be stopped if the weapon is laid down and "
                 "disarmed."),
    ]


def test_004_subheading() -> None:
    document = seed("004")
    assert roles(document) == {"Karabakh situation": "subheading"}
    assert document.metadata.headline is None
    assert sentences(document, 4) == [
        ("body", "Aliyev noted that Azerbaijan was forced to start the local anti-terrorist activities in the region "
                 "“to put an end to the provocative and inflammatory actions of the Armenian side.”"),
        ("body", "In this regard, he mentioned that an Armenian sabotage and reconnaissance group had laid mines in "
                 "Karabakh, which resulted in the death of civilians and law enforcement officers, while Azerbaijani "
                 "army units had come under mortar and small-arms fire."),
    ]
    assert sentences(document, 7) == [("subheading", "Karabakh situation")]
    assert sentences(document, 8) == [
        ("body", "On September 19, tensions flared up again in Nagorno-Karabakh."),
        ("body", "Baku announced it was launching what it described as “local anti-terrorist measures” and "
                 "demanded the withdrawal of Armenian troops from the region."),
        ("body", "Yerevan, in turn, said there were no Armenian forces in Karabakh, calling what was happening "
                 "“an act of large-scale aggression.”"),
        ("body", "Residents of the Armenian capital took to the streets to protest outside the Armenian government "
                 "building, blaming the country’s leadership and Prime Minister Nikol Pashinyan for the situation."),
    ]


@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_seed_offsets_and_stability(number: str) -> None:
    document = seed(number)
    for segment in document.segments:
        assert document.text[segment.start : segment.end] == segment.text
    for paragraph in document.paragraphs:
        assert document.text[paragraph.start : paragraph.end] == paragraph.text
    # The stored text is a fixed point: posting it again gives the same document (same dedup key).
    assert process_release(document.text).content_hash == document.content_hash
