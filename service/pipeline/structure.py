"""Release structure: which paragraphs are body text and which are headline, lead, kicker, dateline, ….

The rules use what a reader uses: position (a header block above the body, source lines at the very end), shape
(length, terminal punctuation, capitalisation) and a few known phrases per language. They are deliberately
conservative: anything that is not clearly something else is body text, so nothing is lost from translation.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from service.pipeline import boilerplate, labels, unglue
from service.pipeline.dateline import (
    is_event_name,
    is_full_date_line_only,
    is_wire_dateline,
    match_dateline,
    match_lone_dateline,
)
from service.pipeline.dates import find_date, find_published, is_date_line, is_date_range, take_published_date
from service.pipeline.document import Dateline, ReleaseMetadata
from service.pipeline.filing import filing_cover
from service.pipeline.shapes import (
    LIST_ITEM,
    MAX_KICKER_WORDS,
    MIN_LEAD_WORDS,
    MIN_TITLE_CASE_LETTERS,
    PROPOSER,
    TERMINAL,
    is_headline,
    is_kicker,
    is_lead,
    is_navigation,
    is_subheading,
    is_topic_label,
    overlap,
    restates,
    words,
)
from service.vocabulary import SegmentRole

# "FOR IMMEDIATE RELEASE" ends a letterhead this deep at most.
MAX_LETTERHEAD_PARAGRAPHS = 12
_IMMEDIATE_RELEASE = re.compile(r"\b(?:for immediate release|for release:? immediately|zur sofortigen veröffentlichung"
                                r"|voor onmiddellijke (?:publicatie|release))\b", re.IGNORECASE)
MAX_WIDGET_WORDS = 2
# A listing's first item with eighty words of text is a release printed whole, not a teaser (a sentence or two).
MIN_RELEASE_WORDS = 80
# The site's line shares no word with the lede ("Earnings growth", "Hotel Online Special Report"); a title does.
MAX_UNRELATED_TITLE_OVERLAP = 0.0
# … while the line under it shares half of its words with the lede: that line is the title the lede restates.
MIN_RESTATED_TITLE_OVERLAP = 0.5
MAX_TAG_WORDS = 2
# The header block never runs deeper than this; a release whose body starts later has no header we can trust.
MAX_HEADER_PARAGRAPHS = 6
MAX_PROPOSER_WORDS = 12
MIN_REPEATED_TITLE_WORDS = 4
MAX_STAMPED_ABOVE_WORDS = 2   # a page's labels over its date stamp and title
# The wire's own title of a police or fire brigade release: the office's code, a colon, the title.
# "BPOLP Potsdam: …": an office's code and its seat.
_WIRE_TITLE = re.compile(r"^(?:[A-Z]{2,6}(?:-[A-ZÄÖÜ]{1,6})+|[A-Z]{4,6}\s[A-ZÄÖÜ][a-zäöüß]+):\s+\S")


@dataclass(frozen=True)
class StructuredParagraph:
    text: str
    role: str                       # one of document.ROLES; a paragraph opened by a dateline is "body"
    dateline: Dateline | None = None


@dataclass(frozen=True)
class ReleaseStructure:
    paragraphs: tuple[StructuredParagraph, ...]
    metadata: ReleaseMetadata


def analyze_structure(paragraphs: list[str]) -> ReleaseStructure:
    """Roles for normalized paragraphs, and the metadata they carry. A leading date field is removed.

    What is not content (contact, footer, page chrome, teasers, captions, bylines) is set apart first; headline,
    lead, dateline and subheadings are then found among the content paragraphs only.
    """
    paragraphs, published = take_published_date(list(paragraphs))
    paragraphs = unglue.unglue(paragraphs)
    junk = _refine(paragraphs, boilerplate.classify(paragraphs))
    junk = boilerplate.wire_page_chrome(paragraphs, junk, MAX_HEADER_PARAGRAPHS)
    junk = filing_cover(paragraphs, junk)
    junk = _full_date_over_title(paragraphs, junk)
    junk = _company_over_title(paragraphs, junk)
    junk = _above_dated_title(paragraphs, junk)
    junk = _under_date_stamp(paragraphs, junk)
    junk = _name_over_dated_title(paragraphs, junk)
    junk = _above_typed_title(paragraphs, junk)
    junk = _above_repeated_title(paragraphs, junk)
    junk = _crumb_trails(paragraphs, junk)
    junk = _above_crumbed_title(paragraphs, junk)
    listing = labels.is_listing(paragraphs)
    if listing and (end := _release_first(paragraphs, junk)) is not None:
        # A page of several items whose first is printed whole (a blog's archive, a party's news page): that item
        # is the document; the items after it are other articles.
        head = _structure(paragraphs[:end], junk[:end], published, listing=False)
        rest = tuple(StructuredParagraph(text, str(role or SegmentRole.RELATED))
                     for text, role in zip(paragraphs[end:], junk[end:], strict=True))
        return ReleaseStructure(head.paragraphs + rest, head.metadata)
    return _structure(paragraphs, junk, published, listing=listing)


def _full_date_over_title(paragraphs: list[str], junk: list[SegmentRole | None]) -> list[SegmentRole | None]:
    """"Paris, September 9th, 2020" is the dateline of the prose right under it; over a title or a subtitle
    ("Zwolle/Utrecht, 7 oktober 2010" / "Landelijke start …") it dates the page like a byline."""
    roles = list(junk)
    content = [index for index, role in enumerate(junk) if role is None]
    for position, index in enumerate(content):
        if not is_full_date_line_only(paragraphs[index]):
            continue
        below = paragraphs[content[position + 1]] if position + 1 < len(content) else ""
        if len(words(below)) < MIN_LEAD_WORDS or TERMINAL.search(below) is None:
            roles[index] = SegmentRole.BYLINE
    return roles


def _structure(
    paragraphs: list[str], junk: list[SegmentRole | None], published: dt.date | None, *, listing: bool
) -> ReleaseStructure:
    content = [index for index, role in enumerate(junk) if role is None]
    texts = [paragraphs[index] for index in content]
    title = _title_field(texts)
    content_roles = ["body"] * len(texts)
    # A listing's items each have a title and a place: none of them is the page's headline or dateline.
    dateline_index = None if listing else _find_dateline(texts)
    if listing:
        body_start = 0
    elif (title_index := _wire_title(texts, dateline_index)) is not None:
        body_start = _wire_title_header(content_roles, title_index, dateline_index)
    else:
        # A title with its date right under it (set apart as a byline) is dated like a wire title by its dateline.
        dated = {position for position, index in enumerate(content) if _date_under(paragraphs, junk, index)}
        body_start = _classify_header(texts, content_roles, dateline_index, dated) if texts else 0
        _title_the_lede_restates(texts, content_roles, dateline_index)
        _section_taken_for_title(texts, content_roles, junk, content)
    _classify_body(texts, content_roles, body_start)
    _next_item_by_its_source(texts, content_roles)
    if title is not None:
        content_roles[0] = "headline"
    # A dateline opens the first body paragraph; anywhere else the same words are not one.
    opens_body = texts and dateline_index == body_start and content_roles[body_start] == "body"
    dateline = _dateline_at(texts, body_start) if opens_body else None
    if dateline is None and not listing and (above := _dateline_above_title(texts, content_roles)) is not None:
        dateline, body_start = above, 0
    roles: list[str] = [str(role) if role is not None else "" for role in junk]
    for position, index in enumerate(content):
        roles[index] = content_roles[position]
    structured = [StructuredParagraph(text, role) for text, role in zip(paragraphs, roles, strict=True)]
    if dateline is not None:
        index = content[body_start]
        structured[index] = replace(structured[index], dateline=dateline)
    if listing:
        # Each teaser keeps its own dateline ("Den Haag – Minister …") apart from its sentence; the page has none.
        structured = [replace(paragraph, dateline=match_dateline(paragraph.text)) if paragraph.role == "body"
                      else paragraph for paragraph in structured]
    # A listing's dates are its teasers'; only a date field names the page's own.
    published = published or (None if listing else find_published(paragraphs, junk, dateline))
    metadata = _metadata(structured, dateline, published)
    if title is not None:
        metadata = replace(metadata, headline=title)
    return ReleaseStructure(tuple(structured), metadata)


def _dateline_above_title(texts: list[str], roles: list[str]) -> Dateline | None:
    """A place and a full date alone on the line above the title ("Brussels, 4 April 2019" / "Brexit
    preparedness: …" / the lede), taken for the title: it is the release's dateline, and the line under it the
    title. Only as the first content line, and only with a date: a place alone there is a kicker. With the body's
    prose right under it ("Papendrecht, 26 april 2021" / "Boskalis heeft …": a page that printed no title), it is
    the dateline and there is no headline."""
    if len(texts) < 2 or roles[0] != "headline":
        return None
    found = match_lone_dateline(texts[0])
    if found is None or not found.date or not any(char.isdigit() for char in found.date):
        return None
    # ("Koningsdag, 27 april 2022" / "De gemeente viert Koningsdag …": an event's name and date, the page's title)
    if roles[1] == "body" and TERMINAL.search(texts[1]) and len(words(texts[1])) >= MIN_LEAD_WORDS \
            and found.place is not None and not is_event_name(found.place) \
            and found.place.split()[0].casefold() not in texts[1].casefold():
        roles[0] = "body"
        return found
    if len(texts) < 3 or roles[1] not in ("lead", "body", "subheading") or TERMINAL.search(texts[1]) \
            or len(words(texts[2])) < MIN_LEAD_WORDS:
        return None
    roles[0], roles[1] = "body", "headline"
    return found


def _next_item_by_its_source(texts: list[str], roles: list[str]) -> None:
    """A feed that prints its items one after the other, each a title over the same source line ("Elective boost
    delivers …" / "Source: New Zealand Government" / … / "Double-digit growth for aquaculture exports" / "Source: New
    Zealand Government"): the release ends above the next item's title."""
    sources = [index for index, role in enumerate(roles) if role == "attribution"]
    # Only a source line in the header, under the title, heads an item; "Source: company data" under two tables
    # of one release is no new article, and neither is a repeat without a title above it.
    if not sources or sources[0] > MAX_HEADER_PARAGRAPHS or "headline" not in roles[:sources[0]]:
        return
    first = sources[0]
    again = next((index for index in sources[1:] if texts[index] == texts[first] and index - 1 > first + 1
                  and is_headline(texts[index - 1], texts[index], dateline_follows=False)), None)
    if again is not None:
        roles[again - 1:] = [str(SegmentRole.RELATED)] * (len(roles) - again + 1)


def _release_first(paragraphs: list[str], junk: list[SegmentRole | None]) -> int | None:
    """The end of a listing's first item where that item is a whole release, with text enough (a teaser with its
    dateline is a sentence or two); a teaser a "read more" link ends is not."""
    found = labels.first_item(paragraphs)
    if found is None or found[1]:
        return None
    end = found[0]
    content = [paragraphs[index] for index in range(end) if junk[index] is None]
    prose = [len(words(text)) for text in content if TERMINAL.search(text) and len(words(text)) >= MIN_LEAD_WORDS]
    return end if sum(prose) >= MIN_RELEASE_WORDS else None


def _refine(paragraphs: list[str], junk: list[SegmentRole | None]) -> list[SegmentRole | None]:
    # A known link text or a page label ("Delen", "Persbericht") is navigation wherever it stands, not a signature.
    junk = [SegmentRole.NAVIGATION if is_navigation(text) else role
            for text, role in zip(paragraphs, junk, strict=True)]
    # The publisher's name: a short line repeated in the contact block, the footer or a byline ("Polizeipräsidium
    # Heilbronn" above the release and again in its contact block), or an office's name alone on its line
    # ("Landespolizeipräsidium Saarland"), wherever it stands.
    # ("Invest in Bavaria" over its letterhead's one-line address "Invest in Bavaria Prinzregentenstr. 28 …")
    block = {text for text, role in zip(paragraphs, junk, strict=True) if role not in (None, SegmentRole.NAVIGATION)}
    addresses = [text for text, role in zip(paragraphs, junk, strict=True) if role is SegmentRole.CONTACT]
    junk = [SegmentRole.BYLINE if role is None and len(text.split()) <= MAX_KICKER_WORDS
            and (text in block or any(address.startswith(f"{text} ") for address in addresses))
            or role is None and labels.PUBLISHER_NAME.match(text) else role
            for text, role in zip(paragraphs, junk, strict=True)]
    # The publisher's name under the last paragraph ("Polizei Hamburg - Polizeipressestelle") signs the release;
    # a labelled source line ("Quelle: dpa") stays attribution.
    last = max((index for index, role in enumerate(junk) if role is None), default=None)
    if last is not None and last > 0 and labels.is_publisher(paragraphs[last]):
        junk[last] = SegmentRole.BYLINE
    # Capitals right after the page's menu and above a title ("NEWS HOME" / "»" / "PRN INDIA" / "Cision Reports …")
    # name the site's section, not the release's.
    junk = [SegmentRole.NAVIGATION if role is None and _section_kicker(paragraphs, junk, index) else role
            for index, role in enumerate(junk)]
    return _banner(paragraphs, _letterhead(paragraphs, junk))


def _banner(paragraphs: list[str], junk: list[SegmentRole | None]) -> list[SegmentRole | None]:
    """A site's notice at the top of the page, its label and its text, stands above the release: chrome."""
    content = [index for index, role in enumerate(junk) if role is None]
    if len(content) < 3 or paragraphs[content[0]].strip(" :!*").casefold() not in labels.NOTICE_LABELS:
        return junk
    return [SegmentRole.NAVIGATION if index in content[:2] else role for index, role in enumerate(junk)]


def _section_kicker(paragraphs: list[str], junk: list[SegmentRole | None], index: int) -> bool:
    return index > 0 and junk[index - 1] is SegmentRole.NAVIGATION and index + 2 < len(paragraphs) \
        and is_kicker(paragraphs[index]) \
        and is_headline(paragraphs[index + 1], paragraphs[index + 2], dateline_follows=False)


def _letterhead(paragraphs: list[str], junk: list[SegmentRole | None]) -> list[SegmentRole | None]:
    """"FOR IMMEDIATE RELEASE" with a title under it starts the release: what stands above it is the page's title,
    a viewer's chrome or the office's letterhead ("415.499.7836 FOR IMMEDIATE RELEASE August 19, 2009"). A marker
    printed twice (the letterhead's and the release's) starts it at the last one that has a title under it."""
    markers = [index for index, text in enumerate(paragraphs[:MAX_LETTERHEAD_PARAGRAPHS]) if _is_marker(text)]
    marker = next((index for index in reversed(markers) if _titled_below(paragraphs, junk, index)), None)
    if marker is None:
        return junk
    marked = [SegmentRole.NAVIGATION if index < marker and role is None else role for index, role in enumerate(junk)]
    marked[marker] = marked[marker] or (SegmentRole.BYLINE if find_date(paragraphs[marker]) else SegmentRole.NAVIGATION)
    return marked


def _is_marker(text: str) -> bool:
    """The marker as a letterhead prints it: opening or closing the line, or in capitals ("415.499.7836 FOR IMMEDIATE
    RELEASE …"), never a headline's words ("Rights group calls for immediate release of jailed reporters")."""
    found = _IMMEDIATE_RELEASE.search(text)
    if found is None or _DEMAND.search(text[:found.start()]) or re.match(r"\s+of\b", text[found.end():], re.I):
        return False   # "Amnesty calls for immediate release (of …)": a demand, not the marker
    return found.start() == 0 or found.group(0).isupper() or found.end() == len(text.rstrip(" :.-–—"))


_DEMAND = re.compile(r"\b(?:calls?|called|demands?|urges?|seeks?|fordert|eist|roept op tot)\s+$", re.IGNORECASE)


def _titled_below(paragraphs: list[str], junk: list[SegmentRole | None], marker: int) -> bool:
    """A title line under the marker: no dateline, no sentence (the release's first paragraph under a marker below
    its headline)."""
    below = [index for index in range(marker + 1, len(paragraphs)) if junk[index] is None]
    if len(below) < 2:
        return False
    title, after = paragraphs[below[0]], paragraphs[below[1]]
    return not match_dateline(title) and not TERMINAL.search(title) \
        and is_headline(title, after, dateline_follows=match_dateline(after) is not None)


# ("Corona-Virus aktuell", "Flood updates" are titles: only a site's audience or department names a section)
_SECTION_NAME = re.compile(r"^(?:alumni|campus|company|corporate|faculty|member|members|staff|student|students|school"
                           r"|research|university|business|community|local|latest|sports?)"
                           r" (?:news|nieuws|nachrichten|aktuell|updates)$", re.IGNORECASE)
MIN_TITLE_OVER_SECTION_WORDS = 4


# "Thema:" / "Digitale samenleving" / "Veilige samenleving" / "30 september 2022": a label over a page's topic tags,
# the last of them right above the date (the title stands above the label).
_TOPIC_LABEL = re.compile(r"^(?:thema|themen|thema's|tags?|topics?|onderwerp(?:en)?|schlagw(?:ö|oe)rter"
                          r"|stichw(?:ö|oe)rter|categor(?:y|ies|ie|ieën)|kategorien?|rubrie?k(?:en)?)\s*:$",
                          re.IGNORECASE)
MAX_TOPIC_WORDS = 3


def _tags_over_date(paragraphs: list[str], junk: list[SegmentRole | None], index: int) -> set[int]:
    """The label and its tags ending at ``index`` (a tag with the date under it), or nothing."""
    if not _date_under(paragraphs, junk, index):
        return set()
    start = index
    # (the page's chrome rules may have taken the label and the first tags already)
    while start >= 0 and junk[start] in (None, SegmentRole.NAVIGATION) and not _TOPIC_LABEL.match(paragraphs[start]) \
            and len(words(paragraphs[start])) <= MAX_TOPIC_WORDS and not TERMINAL.search(paragraphs[start]):
        start -= 1
    if start < 0 or start == index or junk[start] not in (None, SegmentRole.NAVIGATION) \
            or not _TOPIC_LABEL.match(paragraphs[start]):
        return set()
    # The title stands above the label ("Kategorie:" / "Pressemitteilungen" / "Neues Rathaus eröffnet" / the date:
    # with nothing above, the short line over the date is the title itself).
    if start == 0 or junk[start - 1] is not None or TERMINAL.search(paragraphs[start - 1]) \
            or not is_headline(paragraphs[start - 1], "", dateline_follows=False):
        return set()
    return set(range(start, index + 1))


def _above_dated_title(paragraphs: list[str], junk: list[SegmentRole | None]) -> list[SegmentRole | None]:
    """A title with its date right under it ("Ministerieel Besluit …" / "18 maart 2020") heads the release: what
    stands above it is the page's (a site's blurb, a notice's label "Mededeling van 18-03-2020"), except a kicker.
    Another title above it without a date ("Release – CoreCivic Enters …" over a widget's "Research News and Market
    Data on CXW") leaves the header as it is."""
    content = [index for index, role in enumerate(junk) if role is None]
    for position, index in enumerate(content[:MAX_HEADER_PARAGRAPHS]):
        text = paragraphs[index]
        tags = _tags_over_date(paragraphs, junk, index)
        if tags:
            return [SegmentRole.NAVIGATION if other in tags else role for other, role in enumerate(junk)]
        # "Vice-Chancellor update on …" / "Alumni news" / "12 July 2016": the section's name between the title and
        # its date is the page's.
        if _date_under(paragraphs, junk, index) and _SECTION_NAME.match(text) and position > 0 \
                and content[position - 1] == index - 1 \
                and len(words(paragraphs[index - 1])) >= MIN_TITLE_OVER_SECTION_WORDS \
                and is_headline(paragraphs[index - 1], "", dateline_follows=True) \
                and not TERMINAL.search(paragraphs[index - 1]):
            return [SegmentRole.NAVIGATION if other == index else role for other, role in enumerate(junk)]
        if _date_under(paragraphs, junk, index) and is_headline(text, "", dateline_follows=True) \
                and not _is_place(text):
            above = [other for other in content[:position] if not is_kicker(paragraphs[other])]
            # Under a wire's dateline ("VANCOUVER, Jan. 18, 2016 /CNW/ -" over a bulletin's "BULLETIN TYPE: …" and its
            # date) the release has begun: a dated line there heads an item of it, not the page.
            if any(is_wire_dateline(paragraphs[other]) for other in above):
                return junk
            # A date over an item above it ("04-12-2018" / "Vragen D66 over …"): this page dates its items from
            # above, and the date under this one is the next item's.
            if any(other > 0 and junk[other - 1] is SegmentRole.BYLINE and find_date(paragraphs[other - 1])
                   for other in above):
                return junk
            # A few words above it ("Get Our FREE" / "Industry eNewsletter") are a widget's, not a title.
            if any(is_headline(paragraphs[other], "", dateline_follows=False) and find_date(paragraphs[other]) is None
                   and len(words(paragraphs[other])) > MAX_KICKER_WORDS for other in above):
                return junk
            return [SegmentRole.NAVIGATION if other in above else role for other, role in enumerate(junk)]
    return junk


# "Bloomsbury Publishing PLC", "Generic Gold Corp.", "Bowne & Co., Inc.": a company's registered name alone on its
# line.
_COMPANY_LINE = re.compile(r"^(?:(?:[A-Z][\w&.'’-]*|&),?\s){1,5}(?:PLC|plc|Plc|Corp\.?|Corporation|Inc\.?|Incorporated"
                           # ("IKEA Deutschland GmbH & Co. KG": a partnership with a company as its partner)
                           r"|Ltd\.?|Limited|N\.V\.|B\.V\.|nv|NV|AG|GmbH|SE|S\.A\.|LLC|L\.P\.)(?:\s&\sCo\.\s?(?:KG|KGaA|OHG))?$")


# "Irish Medical Organisation", "Massachusetts Board of Library Commissioners", "TOWN OF COLLINGWOOD": a body's name
# alone on its line, its own words capitalised and a place or a field after "of" ("City Council Approves Budget",
# "Neue Stiftung für Kinder und Jugend" are titles). "Securities and Exchange Commission (SEC)", "Information
# Commissioner's Office": an "and" inside, the initials after it.
_ORGANISATION_LINE = (
    r"^(?:(?:[A-ZÄÖÜ][\w'’.&-]*|and|&)\s){0,4}(?:Organisation|Organization|Association|Council|Board|Commission"
    r"|Commissioners|Institute|Society|Union|Foundation|Federation|Authority|Agency|Agentschap|Stichting|Vereniging"
    r"|Verband|Stiftung|Institut|Kammer|Raad|Federatie|Division|Office)"
    r"(?:\s(?:of|for|voor|van|für|des|der)(?:\s(?:the|de|het|der))?(?:\s[A-ZÄÖÜ][\w'’.&-]*){1,4})?"
    r"(?:\s\([A-Z]{2,6}\))?$"
    # a department, bureau, ministry or order only with what it is of: "Department for Transport", "Australian
    # Government Bureau of Meteorology", "Nederlandse Orde van Advocaten" ("The Lost Property Bureau" is a play's)
    r"|^(?:[A-ZÄÖÜ][\w'’.&-]*\s){0,3}(?:Department|Bureau|Ministry|Orde|Ministerie)"
    r"\s(?:of|for|voor|van)(?:\s(?:the|de|het))?(?:\s[A-ZÄÖÜ][\w'’.&-]*){1,3}$"
    r"|^(?:Town|City|County|Village|Borough|Gemeente|Gemeinde|Stadt|Provincie|Landkreis)\s(?:of\s)?"
    r"[A-ZÄÖÜ][\w'’.-]*(?:\s[A-ZÄÖÜ][\w'’.-]*){0,2}$"
    # a German body's compound name, its place after it: "Hauptzollamt Duisburg", "Deutscher Gewerkschaftsbund"
    # ("Faszination Ehrenamt", "Digitale Wunderkammer", "Studium Lehramt" are titles: only an office's or a body's
    # own first part)
    r"|^(?:[A-ZÄÖÜ][\wäöüß-]*\s)?(?:Haupt|Bundes|Landes|Zoll|Finanz|Polizei|Gesundheits|Ordnungs|Jugend|Sozial|Umwelt"
    r"|Straßenverkehrs|Ausländer|Standes|Arbeits|Landrats|Kreis|Gewerkschafts|Bauern|Berufs|Handwerks|Industrie"
    r"|Verbraucher|Arbeitgeber)[\wäöüß-]*(?:amt|bund|verband|ministerium|kammer|behörde|direktion|präsidium)"
    r"(?:\s[A-ZÄÖÜ][\w-]*){0,2}$")
_ORGANISATION = re.compile(_ORGANISATION_LINE)
_ORGANISATION_IN_CAPITALS = re.compile(_ORGANISATION_LINE, re.IGNORECASE)


def _names_a_body(paragraphs: list[str], index: int) -> bool:
    """A company named elsewhere in any case; a body named elsewhere with its capitals ("… a new board of directors"
    names none)."""
    text = paragraphs[index]
    if _COMPANY_LINE.match(text):
        return _named_elsewhere(paragraphs, index)
    if (_ORGANISATION_IN_CAPITALS if text.isupper() else _ORGANISATION).match(text) is None:
        return False
    name = re.compile(re.escape(text.rstrip(".")), re.IGNORECASE)
    return any(found[0].isupper() and not found.isupper() for other, paragraph in enumerate(paragraphs)
               if other != index for found in name.findall(paragraph))


def _company_over_title(paragraphs: list[str], junk: list[SegmentRole | None]) -> list[SegmentRole | None]:
    """The issuer's name in the header ("Bloomsbury Publishing PLC" between "Final Results" and the date, "Generic
    Gold Corp." above the page's stamp) is the page's, where another line of the header is a title; alone, a name
    with its suffix may be the title itself ("Acme Acquires Widget Ltd")."""
    content = [index for index, role in enumerate(junk) if role is None][:MAX_HEADER_PARAGRAPHS]
    # The issuer's name comes back in the text ("Bloomsbury Publishing Plc is pleased to announce …"); a title that
    # ends on a company's name does not.
    companies = {index for index in content if _names_a_body(paragraphs, index)}
    others = [index for index in content if index not in companies]
    titled = any(not TERMINAL.search(paragraphs[index]) and is_headline(
        paragraphs[index], paragraphs[index + 1] if index + 1 < len(paragraphs) else "", dateline_follows=False)
        for index in others)
    if not companies or not titled:
        return junk
    return [SegmentRole.BYLINE if index in companies else role for index, role in enumerate(junk)]


def _named_elsewhere(paragraphs: list[str], index: int) -> bool:
    name = paragraphs[index].rstrip(".").casefold()
    return any(name in text.casefold() for other, text in enumerate(paragraphs)
               if other != index and text != paragraphs[index])


def _under_date_stamp(paragraphs: list[str], junk: list[SegmentRole | None]) -> list[SegmentRole | None]:
    """A title right under the page's date stamp ("10.01.2013 12:26" / "Drei Chirurgengenerationen treffen sich …")
    heads the release: a page's labels above it ("idw-Abo", "Medienpartner:", "Wissenschaftsjahr") are chrome."""
    content = [index for index, role in enumerate(junk) if role is None]
    for position, index in enumerate(content[:MAX_HEADER_PARAGRAPHS]):
        following = paragraphs[content[position + 1]] if position + 1 < len(content) else ""
        stamped = index > 0 and junk[index - 1] is SegmentRole.BYLINE and is_date_line(paragraphs[index - 1])
        if not stamped or TERMINAL.search(paragraphs[index]) \
                or not is_headline(paragraphs[index], following, dateline_follows=False):
            continue
        above = content[:position]
        # ("Verkehrsunfallbilanz 2023" over the stamp is the title, the line under it its subtitle)
        if above and all(_page_furniture(paragraphs[other]) for other in above):
            return [SegmentRole.NAVIGATION if other in above else role for other, role in enumerate(junk)]
        return junk
    return junk


def _page_furniture(text: str) -> bool:
    """A page's label: a link text, a label's colon, or a word or two with no figure ("idw-Abo", "Medienpartner:",
    "Deutscher Gewerkschaftsbund")."""
    return labels.is_page_label(text) or text.endswith(":") \
        or len(words(text)) <= MAX_STAMPED_ABOVE_WORDS and not any(char.isdigit() for char in text)


def _name_over_dated_title(paragraphs: list[str], junk: list[SegmentRole | None]) -> list[SegmentRole | None]:
    """A wire page's company name, its date, then the title over the dateline ("Module Resources Incorporated" /
    "February 09, 2010 20:41 ET" / "Module Announces Initial Assay Results …" / "VANCOUVER …--(Marketwire …)"): the
    line right over the dateline is the title, and the shorter one over the date is the page's."""
    content = [index for index, role in enumerate(junk) if role is None]
    for position, index in enumerate(content[:MAX_HEADER_PARAGRAPHS]):
        if position + 2 >= len(content) or not _date_under(paragraphs, junk, index):
            continue
        title, below = content[position + 1], content[position + 2]
        if title != index + 2 or below != title + 1 or match_dateline(paragraphs[below]) is None:
            return junk
        text = paragraphs[title]
        if is_headline(text, "", dateline_follows=True) and not TERMINAL.search(text) \
                and len(words(paragraphs[index])) < len(words(text)):
            return [SegmentRole.NAVIGATION if other == index else role for other, role in enumerate(junk)]
        return junk
    return junk


def _above_typed_title(paragraphs: list[str], junk: list[SegmentRole | None]) -> list[SegmentRole | None]:
    """The title under the document's type ("Pressemitteilung" / "Die FDP-Fraktion ist selbstbewusst …") heads the
    release; one short line above the type is the page's (a photo's caption, the site's name)."""
    content = [index for index, role in enumerate(junk) if role is None]
    if len(content) < 3 or content[0] + 2 != content[1]:
        return junk
    above, title = content[0], content[1]
    # ("Pressemitteilung 16 vom 11.12.2017": the type with its number and date, under a court's or an office's name
    # of a word or three; a title of more words above it is the release's own)
    plain_type = paragraphs[title - 1].strip(" :").casefold() in labels.DOCUMENT_TYPES
    dated_type = not plain_type and labels.is_dated_document(paragraphs[title - 1])
    limit = MAX_KICKER_WORDS if dated_type else MAX_KICKER_WORDS * 2
    if (plain_type or dated_type) and len(words(paragraphs[above])) <= limit \
            and not TERMINAL.search(paragraphs[above]) \
            and is_headline(paragraphs[title], paragraphs[content[2]], dateline_follows=False):
        return [SegmentRole.NAVIGATION if other == above else role for other, role in enumerate(junk)]
    return junk


MIN_BODY_ABOVE_WORDS = 20
MIN_BODY_PARAGRAPHS_ABOVE = 3


def _above_repeated_title(paragraphs: list[str], junk: list[SegmentRole | None]) -> list[SegmentRole | None]:
    """The title a page prints twice, as its own title and as the release's ("Kelly Reports Second-Quarter 2021
    Earnings …" twice), heads the release: a widget's line above it ("More than 6000 listed") is the page's."""
    content = [index for index, role in enumerate(junk) if role is None][:MAX_LETTERHEAD_PARAGRAPHS]
    for position, index in enumerate(content):
        text = paragraphs[index]
        again = next((other for other in range(index + 1, min(index + 3, len(paragraphs)))
                      if paragraphs[other] == text), None)
        # A place or a section printed twice ("Frankfurt (Oder)") is no title: a title says something.
        if again is None or TERMINAL.search(text) or _is_place(text) or len(words(text)) < MIN_REPEATED_TITLE_WORDS \
                or not is_headline(text, "", dateline_follows=True):
            continue
        above = [other for other in content[:position] if not is_kicker(paragraphs[other])]
        # A release opened by its wire's dateline above it is printed whole there: the repeated line is its
        # section's ("Cision Canada - The Weekly Round-Up" twice under the round-up's lede).
        if any(is_wire_dateline(paragraphs[other]) for other in above):
            return junk
        # Under the release's own paragraphs a line printed twice is the page's footer ("SWI swissinfo.ch -
        # Zweigniederlassung der …" twice under a short agency report), not its title.
        # (a notice above the title may be long: "Wir empfehlen Ihnen, dies bei der Nutzung des Archivs …"; the body
        # is several paragraphs)
        if sum(len(words(paragraphs[other])) >= MIN_BODY_ABOVE_WORDS and TERMINAL.search(paragraphs[other]) is not None
               for other in above) >= MIN_BODY_PARAGRAPHS_ABOVE:
            return junk
        return [SegmentRole.NAVIGATION if other in above else role for other, role in enumerate(junk)]
    return junk


_CRUMB = re.compile(r"\s+[>›»→/|]\s+")
_ARROW_CRUMB = re.compile(r"\s+[>›»→]\s+")


# How far below its trail a page prints the title the trail ends in.
MAX_CRUMB_TO_TITLE = 4


def _crumb_trails(paragraphs: list[str], junk: list[SegmentRole | None]) -> list[SegmentRole | None]:
    """A trail of two crumbs ("Press Releases > CCHS officials to ask …") is the page's when its last crumb is
    printed again as a line just below it: the title; a single "A > B" in prose would not repeat."""
    result = list(junk)
    for index in range(min(len(paragraphs), MAX_LETTERHEAD_PARAGRAPHS)):
        crumbs = _ARROW_CRUMB.split(paragraphs[index])
        # (a title is no sentence; "OLD BRIDGE, NJ / ACCESSWIRE / March 26, 2019 / The …" is a dateline's slashes)
        if junk[index] is not None or len(crumbs) < 2 or not crumbs[-1].strip() or TERMINAL.search(crumbs[-1]):
            continue
        below = paragraphs[index + 1:index + 1 + MAX_CRUMB_TO_TITLE]
        if crumbs[-1].strip() in below:
            result[index] = SegmentRole.NAVIGATION
    return result


def _above_crumbed_title(paragraphs: list[str], junk: list[SegmentRole | None]) -> list[SegmentRole | None]:
    """The page's title beside a breadcrumb trail that ends in it ("Voortgang …" / "Home > … > Voortgang …") heads
    the release: what stands above it is the page's (a pop-up's notices and their headings)."""
    content = [index for index, role in enumerate(junk) if role is None]
    for position, index in enumerate(content[:MAX_LETTERHEAD_PARAGRAPHS]):
        beside = [paragraphs[other] for other in (index - 1, index + 1)
                  if 0 <= other < len(paragraphs) and junk[other] is SegmentRole.NAVIGATION]
        if position > 0 and any(len(crumbs := _CRUMB.split(trail)) >= 2 and crumbs[-1].strip() == paragraphs[index]
                                for trail in beside):
            above = set(content[:position])
            return [SegmentRole.NAVIGATION if other in above else role for other, role in enumerate(junk)]
    return junk


def _date_under(paragraphs: list[str], junk: list[SegmentRole | None], index: int) -> bool:
    """The paragraph right under ``index`` is a byline with a date ("18 maart 2020", "Gepubliceerd op …")."""
    below = index + 1
    return below < len(paragraphs) and junk[below] is SegmentRole.BYLINE and find_date(paragraphs[below]) is not None \
        and not is_date_range(paragraphs[below])   # "Landkreise Görlitz und Bautzen" / "02.04.2021 - 05.04.2021"


def _is_place(text: str) -> bool:
    return match_dateline(text) is not None or match_lone_dateline(text) is not None or bool(_WIRE_TITLE.match(text))


def _wire_title(texts: list[str], dateline_index: int | None) -> int | None:
    """Where the wire's own title of a police or fire release stands in the header ("BPOL-HRO: Wismar: …")."""
    depth = dateline_index if dateline_index is not None else min(len(texts) - 1, MAX_HEADER_PARAGRAPHS)
    return next((index for index in range(depth) if _WIRE_TITLE.match(texts[index])), None)


def _wire_title_header(roles: list[str], title_index: int, dateline_index: int | None) -> int:
    """The ots title is the headline, whatever stands above it (the page around the release, the office's name);
    what stands between it and the dateline is its lead."""
    for index in range(title_index):
        roles[index] = "navigation"
    roles[title_index] = "headline"
    for index in range(title_index + 1, dateline_index or 0):
        roles[index] = "lead"
    return dateline_index if dateline_index is not None else title_index + 1


def _title_field(texts: list[str]) -> str | None:
    """"Title: …" on the first line: a page saved by a reader tool names its title so ("Headline:Loop …": a feed's
    field)."""
    match = re.match(r"^(?:title|headline)\s*:\s*(\S.*)$", texts[0], re.IGNORECASE) if texts else None
    return match[1] if match else None


def _find_dateline(paragraphs: list[str]) -> int | None:
    # The highlights' items above the dateline ("HIGHLIGHTS" / "- Ten holes were drilled …" / "SYDNEY, …") are
    # one part of the header however many they are.
    items = 0
    for index, text in enumerate(paragraphs):
        if index - items > MAX_HEADER_PARAGRAPHS:
            return None
        if _dateline_at(paragraphs, index) is not None:
            return index
        items += bool(LIST_ITEM.match(text))
    return None


def _dateline_at(paragraphs: list[str], index: int) -> Dateline | None:
    """The dateline opening paragraph ``index``; a place alone on its line only below a title line (above one it
    is a kicker) and above a body paragraph."""
    found = match_dateline(paragraphs[index])
    if found is not None or not 0 < index < len(paragraphs) - 1 or is_kicker(paragraphs[index - 1]):
        return found
    below = paragraphs[index + 1]
    # "… the following opportunities:" / "PREGNANT WOMEN" / "· Pregnant women …": a list's heading in capitals.
    body_follows = len(words(below)) >= MIN_LEAD_WORDS and TERMINAL.search(below) is not None \
        and not LIST_ITEM.match(below) and not paragraphs[index - 1].rstrip().endswith(":")
    return match_lone_dateline(paragraphs[index]) if body_follows else None


def _classify_header(paragraphs: list[str], roles: list[str], dateline_index: int | None, dated: set[int]) -> int:
    """Assign roles to the header block; return the index of the first body paragraph. ``dated``: the paragraphs
    with a date line right under them."""
    limit = dateline_index if dateline_index is not None else min(len(paragraphs), MAX_HEADER_PARAGRAPHS)
    headline_seen = False
    for index in range(limit):
        text = paragraphs[index]
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        # The title printed again (a page's and the wire's copy) is translated once; a sentence printed twice is
        # the lede restating itself and stays.
        if headline_seen and not TERMINAL.search(text) \
                and text in (paragraphs[earlier] for earlier in range(index) if roles[earlier] == "headline"):
            roles[index] = "navigation"
            continue
        dateline_follows = index + 1 == dateline_index or index in dated \
            or _restated_below_subtitles(paragraphs, index, dateline_index)
        role = _header_role(text, following, headline_seen, dateline_follows=dateline_follows,
                            dateline_ahead=dateline_index is not None, lead_seen="lead" in roles[:index])
        if role is None:
            return index
        # A lead stands under the headline: a sentence above it is the page's own notice ("Kies je webmail …").
        if role == "headline":
            roles[:index] = ["navigation" if earlier == "lead" else earlier for earlier in roles[:index]]
        roles[index] = role
        headline_seen = headline_seen or role == "headline"
    return limit


def _title_the_lede_restates(texts: list[str], roles: list[str], dateline_index: int | None) -> None:
    """A site's line taken for the title ("Hotel Online Special Report", "Business Economics Healthcare") while the
    line under it is the title the dateline's paragraph restates and the site's line, a section's name or tags,
    shares next to nothing with it: the restated line is the headline."""
    if dateline_index is None or roles.count("headline") != 1:
        return
    lede = texts[dateline_index]
    title = roles.index("headline")
    if title >= dateline_index or overlap(lede, texts[title]) > MAX_UNRELATED_TITLE_OVERLAP \
            or not _names_a_section(texts[title]):
        return
    below = next((index for index in range(title + 1, dateline_index) if roles[index] == "lead"), None)
    if below is not None and not TERMINAL.search(texts[below]) \
            and overlap(lede, texts[below]) >= MIN_RESTATED_TITLE_OVERLAP:
        roles[title], roles[below] = "navigation", "headline"


# "Think Tanks" / "|Printable version" / "The King's Fund responds to NHS planning guidance": two capitalised words
# over a title of six words or more name the portal's section; a release's two-word title has no longer title under it.
MIN_TITLE_UNDER_SECTION_WORDS = 6


def _section_taken_for_title(texts: list[str], roles: list[str], junk: list[SegmentRole | None],
                             content: list[int]) -> None:
    """``junk``: every paragraph's page role; ``content``: the indexes of the paragraphs ``texts`` holds."""
    if roles.count("headline") != 1:
        return
    title = roles.index("headline")
    found = words(texts[title])
    if len(found) != 2 or not all(word[:1].isupper() and word.isalpha() for word in found) \
            or TERMINAL.search(texts[title]) or title + 2 >= len(texts) or roles[title + 1] != "lead":
        return
    # only the page's links between them: a date or the sender's name under the short line makes it the title
    # (a subtitle right under a two-word title is its lead: "Neue Ortsumfahrung" / "Gemeinderat gibt grünes Licht …")
    between = junk[content[title] + 1:content[title + 1]]
    if not between or any(role is not SegmentRole.NAVIGATION for role in between):
        return
    below, after = texts[title + 1], texts[title + 2]
    if len(words(below)) >= MIN_TITLE_UNDER_SECTION_WORDS and not TERMINAL.search(below) \
            and is_headline(below, after, dateline_follows=match_dateline(after) is not None):
        roles[title], roles[title + 1] = "navigation", "headline"


def _names_a_section(text: str) -> bool:
    """Two words ("Earnings growth") or capitalised words only ("Hotel Online Special Report"): a site's section or
    its tags; a title saying what happened has its small words ("55-Jahr-Feier der APA verschoben")."""
    found = words(text)
    return len(found) <= MAX_TAG_WORDS or all(word[:1].isupper() or not word[:1].isalpha() for word in found)


def _restated_below_subtitles(paragraphs: list[str], index: int, dateline_index: int | None) -> bool:
    """A title the dateline's paragraph restates, with only unpunctuated subtitles between them ("… Fiscal Year
    2012." / "Net Revenue … $825.8 Million" / "NEW YORK -- Take-Two … reported … fiscal year …")."""
    return dateline_index is not None and index + 1 < dateline_index \
        and not any(TERMINAL.search(paragraphs[between]) for between in range(index + 1, dateline_index)) \
        and restates(paragraphs[dateline_index], paragraphs[index])


def _header_role(
    text: str, following: str | None, headline_seen: bool, *, dateline_follows: bool, dateline_ahead: bool,
    lead_seen: bool,
) -> str | None:
    if is_navigation(text):
        return "navigation"
    if labels.is_attribution(text):
        return "attribution"
    if following is None:
        return None  # the last paragraph is never header: something must follow a header
    # Capitals above a title are a kicker; capitals with no title under them are the title ("DANK UND KORREKTUR").
    if not headline_seen and is_kicker(text) and is_headline(following, "", dateline_follows=False):
        return "kicker"
    if not headline_seen and is_topic_label(text, following):
        return "navigation"
    if not headline_seen and is_headline(text, following, dateline_follows=dateline_follows):
        return "headline"
    # Two words between the title and the dateline are a widget's ("SocialTwist Tell-a-Friend"), not a standfirst,
    # unless they head the list under them ("Financial Highlights" / "• Q2 revenue up 29.0%").
    if headline_seen and dateline_ahead and len(words(text)) <= MAX_WIDGET_WORDS and not TERMINAL.search(text):
        return "subheading" if LIST_ITEM.match(following) and is_subheading(text, following) else "navigation"
    # A label over the highlights under the title ("Third quarter highlights:") heads them; it summarises nothing.
    if headline_seen and dateline_ahead and text.endswith(":") and _labels_a_list(text[:-1], following):
        return "subheading"
    # Above a dateline everything is header: a summary there is a lead even when no title line came first.
    if (headline_seen or dateline_ahead) and is_lead(text, dateline_ahead=dateline_ahead, lead_seen=lead_seen):
        return "lead"
    return None


def _labels_a_list(label: str, following: str) -> bool:
    """A heading over list items, marked or not ("Consolidated net sales of $2.0 billion")."""
    item = following if TERMINAL.search(following) or LIST_ITEM.match(following) else f"- {following}"
    return is_subheading(label, item)


def _classify_body(paragraphs: list[str], roles: list[str], body_start: int) -> None:
    last = len(paragraphs) - 1
    for index in range(body_start, len(paragraphs)):
        text = paragraphs[index]
        if is_navigation(text):
            roles[index] = "navigation"
        elif labels.is_attribution(text):  # usually last, but a source line is one wherever it stands
            roles[index] = "attribution"
        elif index < last and _may_be_subheading(text, index, body_start, roles) \
                and (is_subheading(text, paragraphs[index + 1]) or _proposer_heading(text)
                     or _title_cased_label(text, paragraphs[index + 1])):
            roles[index] = "subheading"
    # Headings stacked over one text ("Financial Highlights" / "Third Quarter 2019" / "• Revenue …"): the upper one
    # heads what the lower one heads.
    for index in range(last - 2, body_start - 1, -1):
        if roles[index] == "body" and roles[index + 1] == "subheading" \
                and _may_be_subheading(paragraphs[index], index, body_start, roles) \
                and is_subheading(paragraphs[index], paragraphs[index + 2]):
            roles[index] = "subheading"


def _title_cased_label(text: str, following: str) -> bool:
    """"Third Quarter Fiscal 2013 Financial Highlights:" over the items (their markers set apart as page chrome): a
    label in title case heads them; "Dazu gehören insbesondere:" opens a sentence's list."""
    longer = [word for word in words(text) if len(word) >= MIN_TITLE_CASE_LETTERS and word[:1].isalpha()]
    return text.endswith(":") and len(longer) >= 2 and all(word[:1].isupper() for word in longer) \
        and _labels_a_list(text[:-1], following)


def _proposer_heading(text: str) -> bool:
    """"Op voorstel van minister-president Patrick DEWAEL :": who proposed the item, as a label over its text."""
    return PROPOSER.match(text) is not None and text.endswith(":") and len(words(text)) <= MAX_PROPOSER_WORDS


def _may_be_subheading(text: str, index: int, body_start: int, roles: list[str]) -> bool:
    """Inside the body; or a page with no title opening on one word ("Inloopavond" above the first sentence); or
    the body's first line under the title ("GS-besluitenlijst …" / "Subsidieregeling museumregistratie"), unless it
    is the place of a dateline."""
    if body_start < index:
        return True
    if index == 0:
        return len(words(text)) == 1
    return roles[index - 1] == "headline" and match_dateline(text) is None and match_lone_dateline(text) is None


def _metadata(
    paragraphs: list[StructuredParagraph], dateline: Dateline | None, published: dt.date | None
) -> ReleaseMetadata:
    def first(role: str) -> str | None:
        return next((paragraph.text for paragraph in paragraphs if paragraph.role == role), None)

    headline = first("headline")
    return ReleaseMetadata(
        headline=labels.without_label(headline) if headline else None,
        lead=first("lead"),
        kicker=first("kicker"),
        attribution=first("attribution"),
        dateline=dateline,
        published=published,
    )
