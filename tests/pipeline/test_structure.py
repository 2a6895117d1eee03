"""Release structure rules on releases other than the seeds: the rules must generalize."""

from __future__ import annotations

import datetime as dt

import pytest

from service.pipeline.document import Dateline
from service.pipeline.structure import analyze_structure, match_dateline

BODY_DE = "Die Bundesregierung hat am Dienstag neue Gespräche mit beiden Seiten angekündigt, teilte ein Sprecher mit."
BODY_EN = "The government announced new talks with both sides on Tuesday, a spokesman said in a statement."
BODY_NL = "De regering heeft dinsdag nieuwe gesprekken met beide partijen aangekondigd, zei een woordvoerder."


def roles(paragraphs: list[str]) -> list[str]:
    return [p.role for p in analyze_structure(paragraphs).paragraphs]


def test_german_wire_release_with_dateline_in_parentheses() -> None:
    structure = analyze_structure([
        "POLITIK",
        "Regierung kündigt neue Gespräche an",
        f"BERLIN, 27. September (dpa) – {BODY_DE}",
        BODY_DE,
        "Quelle: dpa",
    ])
    assert [p.role for p in structure.paragraphs] == ["kicker", "headline", "body", "body", "attribution"]
    assert structure.metadata.dateline == Dateline(
        raw="BERLIN, 27. September (dpa) –", place="BERLIN", date="27. September", agency="dpa"
    )
    assert structure.metadata.headline == "Regierung kündigt neue Gespräche an"
    assert structure.metadata.attribution == "Quelle: dpa"


def test_everything_between_headline_and_dateline_is_lead() -> None:
    structure = analyze_structure(["Talks resume", f"{BODY_EN}", f"MOSCOW (Reuters) - {BODY_EN}", BODY_EN])
    assert [p.role for p in structure.paragraphs] == ["headline", "lead", "body", "body"]
    assert structure.metadata.lead == BODY_EN
    assert structure.metadata.dateline is not None and structure.metadata.dateline.agency == "Reuters"


def test_breadcrumb_and_share_links_are_navigation() -> None:
    assert roles(["Home > Nieuws > Politiek", "Gesprekken hervat", BODY_NL, BODY_NL, "Delen"]) == [
        "navigation", "headline", "body", "body", "navigation"
    ]


def test_sentence_headline_needs_a_restating_lede() -> None:
    sentence = "The government announced new talks with both sides."
    assert roles([sentence, BODY_EN, BODY_EN]) == ["headline", "body", "body"]  # the lede restates it
    assert roles([sentence, BODY_DE, BODY_DE]) == ["body", "body", "body"]


def test_a_single_line_is_body() -> None:
    assert roles(["Talks resume"]) == ["body"]


def test_line_ending_in_colon_is_not_a_headline() -> None:
    assert roles(["The president said:", BODY_EN]) == ["body", "body"]


def test_subheading_needs_body_after_it() -> None:
    assert roles([BODY_EN, "Next steps", BODY_EN, "Next steps"]) == ["body", "subheading", "body", "body"]


def test_source_line_is_attribution_wherever_it_stands() -> None:
    assert roles([BODY_EN, "Source: Reuters", BODY_EN, BODY_EN]) == ["body", "attribution", "body", "body"]


def test_sentence_mentioning_a_press_service_is_body() -> None:
    line = "According to the presidential press service, the talks will continue."
    assert roles([BODY_EN, line, BODY_EN]) == ["body", "body", "body"]


@pytest.mark.parametrize(
    ("first", "published", "rest"),
    [
        (" date 2023-09-20 On Monday talks began.", dt.date(2023, 9, 20), "On Monday talks began."),
        ("Datum: 2023-09-20 Gespräche begannen.", dt.date(2023, 9, 20), "Gespräche begannen."),
        ("published 2023-09-20T10:15 Talks began.", dt.date(2023, 9, 20), "Talks began."),
        ("date 2023-02-31 Talks began.", None, "date 2023-02-31 Talks began."),  # not a date: text kept
        ("Update 2023-09-20 Talks began.", None, "Update 2023-09-20 Talks began."),
    ],
)
def test_published_date_field(first: str, published: dt.date | None, rest: str) -> None:
    structure = analyze_structure([first.strip(), BODY_EN])
    assert structure.metadata.published == published
    assert structure.paragraphs[0].text == rest


@pytest.mark.parametrize(
    "text",
    [
        "On September 19, U.S. Secretary of State Antony Blinken made a call.",
        "Baku, September 26, the president said so.",
        "BAKU, September 27, the president said so.",
        "EU – Das ist neu.",
        "AMTLICHE CHRONIK",
    ],
)
def test_not_a_dateline(text: str) -> None:
    assert match_dateline(text) is None


def test_azertac_dateline_with_title_case_place() -> None:
    assert match_dateline("Baku, September 26, AZERTAC") == Dateline(
        raw="Baku, September 26, AZERTAC", place="Baku", date="September 26", agency="AZERTAC"
    )


BODY = "The company said on Monday that it had appointed a new chief executive to lead its European business."
MORE = "Shares rose by two percent in early trading after the announcement was made in the morning."


def _roles(paragraphs: list[str]) -> list[str]:
    return [paragraph.role for paragraph in analyze_structure(paragraphs).paragraphs]


def test_a_date_line_is_never_the_headline() -> None:
    for date in ("December 6, 2001", "Tuesday, November 4, 2014"):
        structure = analyze_structure([date, "Officers in Action", BODY, MORE])
        assert structure.metadata.headline == "Officers in Action"
        assert structure.paragraphs[0].role == "byline"


def test_company_abbreviation_does_not_stop_a_headline() -> None:
    structure = analyze_structure(["Visible Assets, Inc. Adds Richard A. Clarke to Board", BODY, BODY])
    assert structure.metadata.headline == "Visible Assets, Inc. Adds Richard A. Clarke to Board"


def test_wire_page_chrome_between_title_and_dateline_is_navigation() -> None:
    chrome = [f"Menu entry number {index} of the site" for index in range(10)]
    dateline = "STRATHAM, N.H., Feb. 27, 2020 /PRNewswire/ -- " + BODY
    structure = analyze_structure(["Acme Adds Director", *chrome, dateline, BODY])
    assert structure.metadata.headline == "Acme Adds Director"
    assert structure.metadata.dateline is not None and structure.metadata.dateline.place == "STRATHAM, N.H."
    assert structure.metadata.published == dt.date(2020, 2, 27)
    assert _roles(["Acme Adds Director", *chrome, dateline, BODY])[1:11] == ["navigation"] * 10


def test_a_place_alone_below_the_headline_is_the_dateline_but_above_it_a_kicker() -> None:
    structure = analyze_structure(["Acme Celebrates 50 Years", "NEW YORK", BODY, BODY])
    assert structure.metadata.dateline == Dateline(raw="NEW YORK", place="NEW YORK", date=None, agency=None)
    kicked = analyze_structure(["AMTLICHE CHRONIK", "Acme Celebrates 50 Years", BODY, BODY])
    assert kicked.metadata.kicker == "AMTLICHE CHRONIK" and kicked.metadata.dateline is None


def test_page_tags_and_counters_are_navigation() -> None:
    roles = _roles(["There were 2,160 press releases posted in the last 24 hours.", "[php snippet=5]", "Acme Wins",
                    "0", BODY, MORE])
    assert roles[:4] == ["navigation", "navigation", "headline", "navigation"]
