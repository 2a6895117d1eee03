"""An SEC filing's cover page above the release it furnishes (Form 6-K, Form 8-K): chrome, however it is wrapped.

A 6-K's cover runs from "UNITED STATES" / "SECURITIES AND EXCHANGE COMMISSION" through the registrant's name and
address, the check boxes, an exhibit index and often the signature block, down to the release's own title. Its lines
are boilerplate one by one, but the registrant's name, its address and the signing officer's name are not: only their
place between the cover's markers says they are chrome. So the cover is found as a run of markers with short gaps.
"""

from __future__ import annotations

import re

from service.pipeline.dateline import match_dateline
from service.pipeline.shapes import MIN_LEAD_WORDS, TERMINAL
from service.vocabulary import SegmentRole

# Lines only a filing's cover has: one of them, seen twice or with another, says the page is a filing.
_FILING = re.compile(
    r"^(?:united states\s+)?securities and exchange commission$|^washington,? d\.?\s?c\.? 20549$"
    r"|^form (?:6-k|8-k)(?:/a)?$|^report of foreign (?:private )?issuer\b|^current report\b"
    r"|^\(?indicate by check mark\b|^\(address of principal executive offices?\)$"
    r"|^commission\s+file\s+(?:no|number)\b",
    re.IGNORECASE,
)
MIN_FILING_MARKS = 2
# A cover's lines that are chrome wherever they stand, on a filing's page or on a page that quotes one without its
# markers around it: "SECURITIES AND EXCHANGE COMMISSION", "Washington, D.C. 20549", "FORM 6-K", "Report of Foreign
# Issuer", "(Indicate by check mark whether …", "Form 20-F X Form 40-F", "Yes No X", "File no. 0-17630", "Enclosure:
# Acquisition". Whole lines only: the markers of _COVER below are looser because a found cover bounds them.
COVER_LINE = re.compile(
    r"^(?:united states\s+)?securities and exchange commission$|^washington,? d\.?\s?c\.? 20549$"
    r"|^form (?:6-k|8-k|10-k|10-q|20-f|40-f)(?:/a)?$|^(?:report of foreign (?:private )?issuer|current report)$"
    r"|^pursuant to rule 13a\s?-\s?16 or 15d\s?-\s?16\b[^!?]{0,80}$"
    r"|^\(?(?:indicate by check mark|if \W?yes\W? is marked)\b[^!?]{0,400}$"
    r"|^form 20-f\s*(?:x\s*)?form 40-f(?:\s*x)?$|^yes\s*(?:x\s*)?no(?:\s*x)?$"
    # (the cover's lines as a filing wraps them: "REPORT OF FOREIGN PRIVATE ISSUER PURSUANT TO RULE 13a-16 OR",
    # "UNDER THE SECURITIES EXCHANGE ACT OF 1934", "20-F . . . .X. . . . Form 40-F . . .", "|Form 20-F [X]")
    r"|^report of foreign (?:private )?issuer pursuant to\b.{0,40}$|^under the securities exchange act of 1934$"
    r"|^\|?\s*(?:form\s)?20-f[.\s\[\]x]*+(?:form 40-f[.\s\[\]x]*+)?$"
    # (the boxes drawn with dots: "Yes ..... No ..X.."; the report's month: "For the month of April, 2012")
    r"|^yes(?=[\s.]*\.)[\s.]*+(?:x[\s.]*+)?no[\s.]*+(?:x[\s.]*+)?$|^for the month of [a-z]+,\s(?:19|20)\d{2}$"
    r"|^(?:commission )?file (?:no|number)\.?:?\s*[\d-]{3,}$|^enclosure\s*:\s*[^.!?]{2,80}$"
    r"|^\((?:address of principal executive offices?|exact name of registrant as specified in its charter"
    r"|translation of registrant['’]s name into english)[^)]{0,40}\)$"
    r"|^the registrant files annual reports under cover of form (?:20-f|40-f)\.?$",
    re.IGNORECASE,
)
# How far down the cover's first marks stand, and how many lines of the registrant's own may stand between marks.
MAX_COVER_START = 12
MAX_COVER_GAP = 5
# The cover's lines, its exhibit index and its signature block: "For the month of May 2010", "(Translation of
# registrant's name into English)", "EXHIBIT INDEX", "99.1", "Press Release dated February 7, 2024", "SIGNATURES",
# "Pursuant to the requirements of the Securities Exchange Act of 1934, …", "By: /s/ Laura Bartels", "Name:",
# "Title:", "Date: February 7, 2024", "(Principal Accounting Officer)", "Announcement sent to the London Stock
# Exchange on …", "A copy of the Company's press release … is attached hereto as Exhibit 99.1 …".
_COVER = re.compile(
    r"^united states$|^(?:pursuant to )?rule 13a\s?[-–]\s?16\b|\bsecurities exchange act of 1934\b"
    r"|^for the month of\b|^\(?translation\b|\bregistrant['’]s name\b|^\(?exact name of registrant\b"
    r"|^\(?address of principal\b|^form (?:20-f|40-f)\b|^\|?\s*20-f\b|^yes\b.{0,20}\bno\b|^\(?if\W+yes\W+is marked\b"
    r"|^\(?indicate by check mark\b|^\(?commission\b|^file (?:no|number)\b|^enclosure\s*:"
    r"|^(?:exhibit|document)s?(?: index| number\s*description)?$|^exhibit\s+\d+(?:\.\d+)?\b.{0,60}$"
    r"|^\d{1,2}(?:\.\d{1,2})?\.?$|^\d{1,2}(?:\.\d{1,2})?\.?\s+(?:press|news) release\b"
    r"|^(?:press|news) release (?:of the company )?dated\b|^signatures?$|^pursuant to the requirements of\b"
    r"|^(?:by:?\s*)?/s/|^by:$|^(?:name|title|date|dated)\s*:|^date\s+\w+ \d{1,2}, (?:19|20)\d{2}\b"
    r"|^\((?:principal|chief|duly authorized)\b[^)]{0,60}\)$|^page no\.?$|^\|$"
    r"|^announcement sent to the london stock exchange\b|^announcement:?$"
    r"|\bis (?:attached hereto|furnished herewith)\b|\bincorporated (?:herein )?by reference\b"
    r"|^(?:the )?registrant files annual reports\b|^form (?:6-k|8-k)\b|^securities and exchange commission\b"
    r"|^washington\b.{0,20}20549$|^report of foreign\b|^under the securities exchange act\b",
    re.IGNORECASE,
)

_WEAK_COVER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})?\.?|\|)$|^(?:name|title|date|dated|by)\s*:", re.IGNORECASE)


def filing_cover(paragraphs: list[str], junk: list[SegmentRole | None]) -> list[SegmentRole | None]:
    """The cover's lines (and what stands above it: a viewer's header) set apart as navigation."""
    head = [index for index, text in enumerate(paragraphs[:MAX_COVER_START + 30]) if _FILING.search(text.strip())]
    if len(head) < MIN_FILING_MARKS or head[0] > MAX_COVER_START:
        return junk
    last, gap = head[0], 0
    for index in range(head[0] + 1, len(paragraphs)):
        text = paragraphs[index].strip()
        # A table's figure ("12"), a numbered item ("1."), a field ("Date:") only go on a cover right after its lines:
        # under the release's title they are the release's.
        if (_COVER.search(text) or COVER_LINE.match(text)) and (gap <= 1 or not _WEAK_COVER.match(text)):
            last, gap = index, 0
            continue
        # The release's prose or its dateline ends the cover.
        if len(text.split()) >= MIN_LEAD_WORDS and TERMINAL.search(text) or match_dateline(text) is not None:
            break
        gap += 1
        if gap > MAX_COVER_GAP:
            break
    return [SegmentRole.NAVIGATION if index <= last and role is None else role for index, role in enumerate(junk)]
