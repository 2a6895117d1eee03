"""An SEC filing's cover page above the release it furnishes (held-out checks 411, 419): the registrant's name, its
address and the signing officer are chrome by their place between the cover's lines."""

from __future__ import annotations

from service.pipeline.filing import filing_cover
from service.pipeline.structure import analyze_structure
from service.vocabulary import TRANSLATED_ROLES

TITLE = "Acme Holdings plc Reports Results for the Third Quarter"
DATELINE = "Cambridge, England, February 7, 2024: Acme Holdings plc (NASDAQ: ACME) today reported results for the " \
    "third quarter of the financial year, with revenue up 14 per cent on the year before."
BODY = "The company will host an audio webcast to discuss its results with analysts at 14:00 PT today, the chief " \
    "financial officer said in a statement to investors."
COVER = [
    "UNITED STATES", "SECURITIES AND EXCHANGE COMMISSION", "Washington, D.C. 20549", "Form 6-K",
    "REPORT OF FOREIGN PRIVATE ISSUER PURSUANT TO RULE 13a-16 OR 15d-16 UNDER THE SECURITIES EXCHANGE ACT OF 1934",
    "For the month of February 2024", "Commission file number 001-41800", "Acme Holdings plc", "110 Fulbourn Road",
    "Cambridge CB1 9NJ", "United Kingdom", "(Address of principal executive office)",
    "Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or "
    "Form 40-F.", "EXHIBIT INDEX", "99.1", "Press Release dated February 7, 2024", "SIGNATURES",
    "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report "
    "to be signed on its behalf by the undersigned, thereunto duly authorized.",
    "ACME HOLDINGS PLC", "Date: February 7, 2024", "By:", "/s/ Jane Roe", "Name:", "Jane Roe", "Title:",
    "Chief Accounting Officer", "(Principal Accounting Officer)",
]


def test_a_filing_cover_with_its_signature_block_is_chrome_and_the_release_title_is_the_headline() -> None:
    structure = analyze_structure([*COVER, TITLE, DATELINE, BODY, BODY])
    found = {p.text: p.role for p in structure.paragraphs}
    assert structure.metadata.headline == TITLE
    for line in ("UNITED STATES", "Acme Holdings plc", "110 Fulbourn Road", "Jane Roe", "/s/ Jane Roe",
                 "Chief Accounting Officer", "(Principal Accounting Officer)", "SIGNATURES", "99.1"):
        assert found[line] not in TRANSLATED_ROLES, line
    assert found[BODY] == "body"


def test_a_viewer_line_above_the_cover_is_chrome_too() -> None:
    junk = filing_cover(["0001973239ACME HOLDINGS PLC /UK03-312024Q3", *COVER, TITLE, DATELINE], [None] * 30)
    assert junk[0] == "navigation" and junk[len(COVER)] == "navigation"
    assert junk[len(COVER) + 1] is None and junk[len(COVER) + 2] is None


def test_a_release_with_name_and_title_fields_but_no_filing_cover_is_left_alone() -> None:
    paragraphs = ["United States", "Name:", "Jane Roe", "Title:", "Chief Executive", TITLE, DATELINE, BODY]
    assert filing_cover(paragraphs, [None] * len(paragraphs)) == [None] * len(paragraphs)


def test_one_mention_of_the_commission_in_a_release_is_no_cover() -> None:
    paragraphs = [TITLE, DATELINE, "The company filed its report with the Securities and Exchange Commission.",
                  "Securities and Exchange Commission", BODY, "Name:", "Jane Roe"]
    assert filing_cover(paragraphs, [None] * len(paragraphs)) == [None] * len(paragraphs)


def test_the_cover_ends_where_the_release_runs_on_past_a_few_lines() -> None:
    release = [TITLE, DATELINE, BODY, BODY, BODY, BODY, BODY, BODY, "Name:", "Date: March 1, 2024"]
    junk = filing_cover([*COVER[:13], *release], [None] * (13 + len(release)))
    assert all(role is None for role in junk[13:])
