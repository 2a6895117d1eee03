"""The shape of one line: is it a kicker, a headline, a lead, a subheading, navigation? Length, terminal
punctuation, capitalisation and the line after it decide; the phrases are in ``labels``."""

from __future__ import annotations

import re

from service.pipeline import labels

# Header lines (kicker, headline) are short; body paragraphs are not.
MAX_HEADLINE_WORDS = 30
MAX_HEADLINE_CHARS = 250
MAX_SENTENCE_HEADLINE_WORDS = 20   # a headline that ends in a period (wire style) is short
MAX_KICKER_WORDS = 6
MAX_LABEL_WORDS = 12          # navigation lines
MAX_SUBHEADING_WORDS = 14      # decision lists title each item at length ("Subsidiëring activiteiten in het …")
MIN_TEXT_UNDER_HEADING_WORDS = 9   # an unpunctuated line this long under a heading is text, not a second heading
MIN_LEAD_WORDS = 8
MIN_MENU_LINKS = 3
MAX_MENU_LINK_WORDS = 6
# Share of a period-terminated headline's content words that the first body paragraph repeats (wire style:
# the headline is a full sentence that the lede restates with the date and the details).
RESTATED_HEADLINE_OVERLAP = 0.6

TERMINAL = re.compile(r"[.!?…][\"'”’»«)\]]*$")
_PERIOD_END = re.compile(r"[.…][\"'”’»«)\]]*$")
_CONTINUES = re.compile(r"[,;:–—-]$")
# "Schließlich in der Zelle…" (and "… landete ein 37 Jahre alter Mann" below): a short title trailing off, which
# the first sentence may continue. A teaser cut off by the site runs longer.
_TRAILING_ELLIPSIS = re.compile(r"(?:…|\.{3})$")
_LEADING_ELLIPSIS = re.compile(r"^(?:…|\.{3})\s*\w")
MAX_TRAILING_OFF_TITLE_WORDS = 8
# A sentence boundary inside a line: a word of two or more letters, an end mark, a capital. Single capitals
# ("U.S. Secretary") are initials, not ends.
# Company and name abbreviations ("Visible Assets, Inc. Adds …", "Kennedy Jr. Dies") end no sentence.
# A title before a name ("Gov. McDonnell declares …", "Sen. Muster", "Prof. Muster") ends none either.
# (not the ranks in a police report's fields: "RANK/TROOPER FULL NAME: Lt. Hugh Muster" is no title)
_NOT_ENDS = ("Inc", "Corp", "Ltd", "Jr", "Sr", "Co", "Bros", "St", "No", "Dr", "Mr", "Ms", "Mrs", "Nr", "Gov", "Sen",
             "Rep", "Prof", "Hon", "Rev", "Cllr", "Atty")
_INNER_BOUNDARY = re.compile("".join(rf"(?<!\b{word})" for word in _NOT_ENDS)
                             + r"(?<=[^\W\d_]{2})[.!?][\"'”’»)]*\s+[\"'“„«(]?[A-ZÄÖÜ]")
_CONTENT_WORD = re.compile(r"\w{4,}")
_CALLOUT = re.compile(r"^\w+!\s+")
# "• Revenue increased 11.0 %", "1. Allgemeines", "- item": a list item, which a heading may introduce.
LIST_ITEM = re.compile(r"^(?:[-*•·–]|\d{1,2}[.)])\s")
# "Op voorstel van minister-president …" under each item of a government's decision list: who proposed it.
PROPOSER = re.compile(r"^(?:op voorstel van|auf vorschlag (?:von|des|der)|on the proposal of|proposed by)\s",
                      re.IGNORECASE)


def words(text: str) -> list[str]:
    return text.split()


def _starts_like_a_title(text: str) -> bool:
    first = re.sub(r"^\[[A-Za-z]{3,12}\]\s*", "", text).lstrip("\"'“„«‘(")[:1]   # "[ARCHIVED] Water …"
    # "kressreport: Pressetext …": a brand written in lower case, then the title; "€5.1 million Drug Seizure …": an
    # amount; "pressetext.austria erklimmt …", "eBay startet …": a brand with its dot or its inner capital.
    brand = re.match(r"(?:[a-z]+\.[a-z]{2,}|[a-z]{1,2}[A-Z]\w*)\b", text) is not None   # not "imageResearch"
    return first.isupper() or first.isdigit() or first in "€$£" or text.split(" ", 1)[0].endswith(":") or brand


def is_navigation(text: str) -> bool:
    """Site chrome: a known link text ("All news", "Zurück") or a breadcrumb trail ("Home > News")."""
    if labels.is_page_label(text):
        return True
    # "Home > News", "Seitenbeginn . Zur Hauptnavigation . Zum Seiteninhalt" (a row of skip links)
    parts = re.split(r"\s+[>›»|/.]\s+", text)
    # "News | News By Subject | News by Disease News By Date | Search News": a menu of three or more links, one of
    # them a page label, may name longer sections.
    menu = len(parts) >= MIN_MENU_LINKS and any(labels.is_page_label(part) for part in parts) \
        and all(len(words(part)) <= MAX_MENU_LINK_WORDS for part in parts)
    return (
        len(parts) >= 2
        and len(words(text)) <= MAX_LABEL_WORDS + (MAX_LABEL_WORDS if menu else 0)
        and not TERMINAL.search(text)
        and (menu or all(labels.is_page_label(part) or len(words(part)) <= 3 for part in parts))
    )


def is_topic_label(text: str, following: str) -> bool:
    """One word above the title at the top of a page ("Landesregierung" / "Neue Hausspitze im …"): the page's
    topic, not the release's title."""
    return len(words(text)) == 1 and text[:1].isupper() and text.replace("-", "").isalpha() and is_headline(
        following, "", dateline_follows=False)


def is_kicker(text: str) -> bool:
    """A section label above the headline, set in capitals: "AMTLICHE CHRONIK"."""
    letters = [char for char in text if char.isalpha()]
    return (
        len(letters) >= 2
        and all(char.isupper() for char in letters)
        and len(words(text)) <= MAX_KICKER_WORDS
        and not TERMINAL.search(text)
    )


def is_headline(text: str, following: str, *, dateline_follows: bool) -> bool:
    """One short sentence heading the release. Ending in a period is allowed only when the next paragraph
    opens with a dateline or restates it (wire style)."""
    # One word ("Inloopavond", "Hauptmenü") names a section or a topic; a release's title says something.
    if not 1 < len(words(text)) <= MAX_HEADLINE_WORDS or len(text) > MAX_HEADLINE_CHARS \
            or not any(char.isalpha() for char in text):   # ": 69", a number that lost its label
        return False
    # "Achtung! Hinweis an die Redaktionen: …": one word called out in front is no sentence of its own.
    body = _CALLOUT.sub("", text, count=1)
    if not _starts_like_a_title(text) or _CONTINUES.search(text) or _sentences_inside(body):
        return False
    if not _PERIOD_END.search(text):
        return True
    if len(words(text)) > MAX_SENTENCE_HEADLINE_WORDS:
        return False  # a long sentence above the dateline sums the release up: a lead, not its title
    continued = _TRAILING_ELLIPSIS.search(text) is not None and (
        _LEADING_ELLIPSIS.match(following) is not None or len(words(text)) <= MAX_TRAILING_OFF_TITLE_WORDS)
    return dateline_follows or continued or restates(following, text)


MAX_SLOGAN_WORDS = 12


def _sentences_inside(text: str) -> bool:
    # A short title calling out questions or orders ("DAY 88: See it? Report it - Don’t wait!") is a slogan, not
    # two sentences; a period inside always ends one.
    marks = [match[0][0] for match in _INNER_BOUNDARY.finditer(text)]
    if not marks:
        return False
    return "." in marks or len(words(text)) > MAX_SLOGAN_WORDS or _PERIOD_END.search(text) is not None


def is_lead(text: str, *, dateline_ahead: bool, lead_seen: bool) -> bool:
    """The standfirst under the headline: everything above a dateline, or one summary paragraph that does not
    end like a sentence (it often ends on a closing quote without a period)."""
    if dateline_ahead:
        return True
    return not lead_seen and len(words(text)) >= MIN_LEAD_WORDS and not TERMINAL.search(text)


# "US Dial-In: 800-406-7325", "Access Code: 4103933 #": a field and its number, under a heading ("Replay Numbers").
_NUMBER_FIELD = re.compile(r"^[A-ZÄÖÜ][\w ./-]{1,30}:\s*[^\s:]*\d")


_RULED = re.compile(r"([-–—=*#]{2,})\s*(?P<title>[^-–—=*#\s][^–—=*#]{0,60}?)\s*\1")
MIN_TITLE_CASE_LETTERS = 4
# "Wann gratuliert der Bürgermeister?", "Hoe kunt u zich aanmelden?": a short question on its own line heads the
# answer under it, as a page of questions does.
_QUESTION_HEADING = re.compile(
    r"(?:Wann|Wie|Was|Wer|Wo|Warum|Wieso|Weshalb|Welche[rsnm]?|Wohin|Woher|Wanneer|Hoe|Wat|Waar|Waarom|Welke|Wie"
    r"|What|When|How|Who|Where|Why|Which)\s[^?.!]{3,60}\?")
MIN_TITLE_CASE_WORDS = 2


def is_subheading(text: str, following: str) -> bool:
    """A short unpunctuated title line inside the body, followed by more body ("Karabakh situation"), a list, the
    line naming who proposed the item it titles, or fields with their numbers; or a place between rules, as a
    police digest heads its cases ("--- Wülfrath ---")."""
    if (ruled := _RULED.fullmatch(text)) is not None:
        return is_subheading(ruled["title"], following)
    return (
        not PROPOSER.match(text)
        and not _NUMBER_FIELD.match(text)
        and len(words(text)) <= MAX_SUBHEADING_WORDS
        and _starts_like_a_title(text)
        and any(char.isalpha() for char in text)
        and (not TERMINAL.search(text) or _title_case_question(text) or _QUESTION_HEADING.fullmatch(text) is not None)
        and (not _CONTINUES.search(text) or text.endswith(":") and bool(LIST_ITEM.match(following)))
        and (len(words(following)) >= MIN_TEXT_UNDER_HEADING_WORDS or bool(TERMINAL.search(following))
             or bool(LIST_ITEM.match(following)) or bool(PROPOSER.match(following))
             or bool(_NUMBER_FIELD.match(following)))
    )


def _title_case_question(text: str) -> bool:
    """"What Is The Lawsuit About?", "Getuigen?": a heading asking a question, every longer word capitalised as
    titles are, or one word alone; a question asked in a sentence ("Ist das noch zeitgemäß?") capitalises only its first
    word and its nouns."""
    found = words(text)
    longer = [word for word in found if len(word) >= MIN_TITLE_CASE_LETTERS]
    return text.endswith("?") and (len(longer) >= MIN_TITLE_CASE_WORDS or len(found) == 1) \
        and all(word[:1].isupper() for word in longer)


def restates(body: str, headline: str) -> bool:
    """The body paragraph repeats most of the headline's content words (a wire lede restating its title)."""
    return overlap(body, headline) >= RESTATED_HEADLINE_OVERLAP


def overlap(body: str, headline: str) -> float:
    """The share of the headline's content words the body paragraph repeats."""
    headline_words = {word.casefold() for word in _CONTENT_WORD.findall(headline)}
    if not headline_words:
        return 0.0
    body_words = {word.casefold() for word in _CONTENT_WORD.findall(body)}
    return len(headline_words & body_words) / len(headline_words)
