"""Unicode clean-up of the stored text: the form every offset and the content hash refer to.

The stored text stays faithful to the release (curly quotes, dashes and "m²" are kept: NFC, never NFKC); only
invisible characters are removed and whitespace is made canonical. The copy fed to the model gets Moses
punctuation normalization separately (``punctuation.py``).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

import ftfy

from service.pipeline.dateline import is_wire_name, match_dateline
from service.pipeline.dates import is_date_label, is_date_line
from service.pipeline.labels import is_page_label
from service.pipeline.shapes import PROPOSER

PARAGRAPH_SEPARATOR = "\n\n"

# Categories of characters a reader cannot see and a model should not get: controls (Cc), format characters
# (Cf: zero-width space/joiners, BOM, soft hyphen, bidi marks and overrides U+202A-202E / U+2066-2069) and lone
# surrogates (Cs, which cannot even be encoded as UTF-8).
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})

# Line and paragraph separators that should act like a newline before paragraphs are split.
_LINE_BREAKS = re.compile(r"\r\n|[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_BLANK_LINES = re.compile(r"\n[^\S\n]*\n\s*")
# Hard-wrapped text (wire services, e-mail, PDF text layers) is wrapped at 60-100 characters; a line longer than
# this is a paragraph written on one line, and a block whose longest line is shorter is a list of short lines.
MAX_WRAP_WIDTH = 110
MIN_WRAP_WIDTH = 50
WRAP_SLACK = 6
_CAPITAL_DATELINE = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ .'’-]+(?:, [A-Z][\w.]+)? [-–—] ")   # "WASHINGTON – Respected …"
# A word no title ends on: "Frisch duftender Zopf, Konfitüre und Butter aus" / "Eigenproduktion – …".
_OPEN_END = re.compile(r"\s(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|und|oder|aber|aus|auf|mit|von|bei"
                       r"|nach|zu|an|über|unter|vor|für|im|am|the|a|of|and|or|to|for|with|from|at|by|on|de|het|een"
                       r"|van|en|voor|naar|te|met|op|bij|uit)$")
_ITEM_MARKS = ("-", "*", "•", "·", "–", "+", ">")   # an item, even one without a space after its mark
_LIST_ITEM = re.compile(r"^(?:[-*•·–+>]|\d{1,2}[.)]|\[)\s")
# "Telefon: 0711 …", "E-Mail: …": a field of a contact block, never the rest of a sentence.
_FIELD = re.compile(r"^[\w-]{2,20}(?: [\w-]{2,20})?:\s")
# A contact's field: a label and a number or an address only ("telefoon: 0348 489438", "email: a.muster@x.nl"), never
# the rest of the line above it even in lower case.
_CONTACT_FIELD = re.compile(r"^(?:tel(?:efoon|efon)?|telephone|phone|fax|e-?mail|mail|mobiel|mobil|mobile|gsm)\.?:\s*"
                            r"(?:\+?\(?\d[\d ()/.-]{5,}\d|[^\s@]+@[^\s@]+\.\w+)$", re.IGNORECASE)
_OPEN_CONJUNCTION = re.compile(r"\b(?:of|oder|or|en|und|and|via|per|unter)$", re.IGNORECASE)
# A text with this many prose lines longer than any wrap width was written one paragraph per line: a short line
# after a long one there is a paragraph of its own ("Dennis Faber, Pressestelle"), never the tail of a wrap.
MAX_UNWRAPPED_PROSE_LINES = 2
MIN_PROSE_SPACES = 8
MIN_LONG_PROSE_SHARE = 0.2
# A line that starts a caption or a credit ("© Staatskanzlei RLP"), never the rest of the line above it.
_CREDIT = re.compile(r"^(?:©|\(c\)\s|\(?(?:foto|bild|photo|beeld)\s*:)", re.IGNORECASE)
# A lower-case word and more: the rest of a line broken by hand; a line that ends a sentence or a label does not go on.
# A single word continues only when it is longer than an editor's code ("lr", "pol"): "acquisitions."
# "… lehnt die SPD" / "ab.": a separated verb's particle ends the sentence on a line of its own.
# "… in der Anlage und unter" / "www.kulturstaatsministerin.de zu finden.": an address inside the sentence goes on too.
_CONTINUATION = re.compile(r"^[a-zäöüß][a-zäöüß]+-?[,;:]? \S|^[a-zäöüß]{5,}[.,;:!?]?$"
                           r"|^www\.[\w.-]+\.[a-z]{2,6} [a-zäöüß]"
                           r"|^(?:ab|an|auf|aus|bei|ein|mit|nach|vor|zu|fest|los|weg|hin|her|um|statt|vorbei)[.!?]$")
# A line that ends a sentence, a label, an address or a number ("… om 10:52") is not waiting for more words.
_FINISHED = re.compile(r"[.!?…:;\"”»)\d]$|\S+@\S+|https?://\S+$")
# "… gesprochen. Kiss:" above „Es ist fahrlässig …": a speaker's name ends the line, the quote is on the next.
_SPEAKER_END = re.compile(r"(?:^|[.!?][\"”»]?\s+)[A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+){0,2}:$")
_QUOTE_START = re.compile(r"^[\"„“»«]\w")
# A quote closed on a comma: who said it follows, the sentence is not over.
_QUOTE_COMMA_END = re.compile(r",[\"”“’»«]$")
MIN_PROSE_WORDS_BEFORE_COMMA = 8
# The rest of a bracket left open on the line above: lower-case words up to its closing bracket.
_CLOSES_BRACKET = re.compile(r"^[a-z][\w .:/-]{0,40}\)")
TITLE_CASE_SHARE = 0.6
MIN_DANGLING_WORDS = 3
_YEAR_START = re.compile(r"(?:19|20)\d{2}\b")
_LONE_ARTICLE = re.compile(r"The|Der|Die|Das|Ein|Eine|De|Het|Een")   # ("A" alone may be a label)
# Words no sentence or title ends on: articles, conjunctions, prepositions that are never a verb's particle ("lädt
# … ein", "called in", "belt op" may end one).
_DANGLING = re.compile(r"\s(?:der|die|das|den|dem|des|eine|einen|einem|einer|eines|und|oder|dass|im|am|vom|zum|zur"
                       r"|für|in|the|of|and|or|for|with|from|to|at|by|de|het|een|van|en|voor|naar|te|dat|met)$")
# Double-spaced wrapping: at least this many single-line blocks; of their lines of prose, this share no longer than
# a wrap width and this share stopping mid-sentence.
MIN_DOUBLE_SPACED_LINES = 8
MIN_BROKEN_LINES = 3
MIN_SINGLE_LINE_SHARE = 0.7
MIN_WRAPPED_LINE_WORDS = 6
# A paragraph printed on one line, many times a wrap width: not a wrapped line.
MIN_UNWRAPPED_LINE_WIDTHS = 2
MIN_WRAPPED_BREAKS = 5
# Ragged text: at least this many lines, and this share of a block's lines, shorter than this share of the width
# and stopping mid-sentence before a lower-case word.
RAGGED_LINE_SHARE = 0.6
MIN_RAGGED_LINES = 4
MIN_RAGGED_SHARE = 0.15
MIN_RAGGED_PROSE_WORDS = 4
# A title in capitals broken across a blank line: at most this long, its tail at most this short.
MAX_BROKEN_TITLE_WORDS = 20
MIN_STACKED_TITLE_WORDS = 3
_RELEASE_LABEL = re.compile(r"\b(?:RELEASE|PERSBERICHT|PRESSEMITTEILUNG|MEDIENMITTEILUNG|PRESSEINFORMATION)\b")
_RELEASE_LABEL_LINE = re.compile(r"(?=(?-i:[A-Z]))(?:for (?:immediate )?release|(?:press|news|media) release"
                                 r"|persbericht|pressemitteilung|medienmitteilung|presseinformation)\b[^.!?]{0,30}$",
                                 re.IGNORECASE)
MAX_TITLE_TAIL_WORDS = 6
# A tail opening on a word no title opens on ("AND FISCAL YEAR 2020 RESULTS", "TO NEWLY CREATED POSITION OF …").
# ("BY SARAH JONES" is a byline; "VAN OORD …", "MIT RESEARCHERS …", "MET OFFICE …" are names)
_OPEN_START = re.compile(r"(?:AND|TO|AT|OF|FOR|WITH|FROM|UND|FÜR|EN|VOOR)\s")
MAX_OPEN_TITLE_TAIL_WORDS = 12
MIN_OPEN_TITLE_TAIL_WORDS = 3
MIN_OPEN_TITLE_HEAD_WORDS = 4
MIN_SHORT_SHARE = 0.8
MIN_UNFINISHED_SHARE = 0.4
# ", Nov. 21, 2025 /PRNewswire/ —", ". Three drills …", "/CNW/ - Medoro …": no paragraph starts with a comma, a full
# stop or a wire's slashed tag. A page that shows its linked names and places as elements of their own ("… located
# in" / "Colombia" / ", and recently …") leaves such lines; this many of them mark the page, whose short unfinished
# lines then run on.
_PUNCTUATION_START = re.compile(r"^(?:[,.;:)](?:\s|$)|/[A-Z][A-Za-z ]{1,20}/)")
# '("Vida Cannabis") is pleased …': a company's short name in brackets, which always follows the full name, even
# after its "Corp." or "Inc.".
_ALIAS_START = re.compile(r"^\([\"“][^\"”]{2,40}[\"”]\)")
_OPEN_QUOTE_END = re.compile(r"[^\s.!?…,;:][\"”»’“]$")
_COMPANY_END = re.compile(r"\b(?:Corp|Inc|Ltd|Co|Plc|LLC|N\.V|B\.V|S\.A|AG|SE)\.?$")
MIN_PUNCTUATION_STARTS = 2
MAX_ENTITY_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?…:;][\"”»)]*$")
# Any run of whitespace inside a line, NBSP and ideographic space included.
_SPACE_RUN = re.compile(r"[^\S\n]+")


def _is_noncharacter(code: int) -> bool:
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


@lru_cache(maxsize=1)
def _invisible_pattern() -> re.Pattern[str]:
    """One character class of every invisible code point, built from this Python's own Unicode tables.

    Checking the category character by character was a third of the cost of normalizing a release; the class is
    built once (~0.1 s) from ``unicodedata`` rather than the ``regex`` module's ``\\p{Cf}``, whose newer Unicode
    tables disagree with ``unicodedata`` on a few code points.
    """
    ranges: list[tuple[int, int]] = []
    for code in range(sys.maxunicode + 1):
        if chr(code) in "\n\t":
            continue
        if unicodedata.category(chr(code)) in _INVISIBLE_CATEGORIES or _is_noncharacter(code):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    members = "".join(
        re.escape(chr(first)) if first == last else f"{re.escape(chr(first))}-{re.escape(chr(last))}"
        for first, last in ranges
    )
    return re.compile(f"[{members}]+")


def _drop_invisible(text: str) -> str:
    return _invisible_pattern().sub("", text)


def repair_mojibake(text: str) -> str:
    """Undo double-encoded UTF-8 ("PrÃ¤sident") and similar damage, keeping curly quotes as they are.

    HTML entities are left alone here: markup is the parser's job in ingest, and unescaping twice would make
    the repair depend on how often it ran.
    """
    return ftfy.fix_text(text, uncurl_quotes=False, unescape_html=False)


def normalize_text(text: str) -> str:
    """The canonical stored form: NFC, invisible characters removed, one space between words, paragraphs
    joined by a blank line, nothing at either end. Idempotent: ``normalize_text(normalize_text(t)) == ...``.

    One or two newlines both end a paragraph in the releases we receive, so every non-empty line is a paragraph.
    """
    text = _LINE_BREAKS.sub("\n", text)
    # Invisible characters go before NFC so that a base letter and a combining mark they separated compose.
    text = unicodedata.normalize("NFC", _drop_invisible(text))
    paragraphs: list[str] = []
    blocks = [[line for line in (_SPACE_RUN.sub(" ", raw).strip() for raw in block.split("\n")) if line]
              for block in _BLANK_LINES.split(text)]
    if _double_spaced(blocks):
        blocks = _merge_single_lines(blocks)
    wrapped = _may_be_wrapped(blocks)
    split_entities = sum(bool(_PUNCTUATION_START.match(line)) for block in blocks for line in block) \
        >= MIN_PUNCTUATION_STARTS
    for lines in blocks:
        lines = _join_split_entities(lines, split_entities)
        paragraphs.extend(_join_quotes(unwrap_lines(lines) if wrapped else _join_continuations(lines)))
    return PARAGRAPH_SEPARATOR.join(_join_stacked_titles(_join_broken_titles(paragraphs)))


def _join_broken_titles(paragraphs: list[str]) -> list[str]:
    """A title in capitals broken at a preposition across a blank line ("PERSMEDEDELING … VAN 17 MEI 2002 IN" /
    "KORT BESTEK"): no title ends on "in" or "of", so the short line after it is the rest of it."""
    joined: list[str] = []
    for paragraph in paragraphs:
        previous = joined[-1] if joined else ""
        # Titles in capitals only: a line of mixed case ending on "or" may be a phone number's ("… (TIPS) or").
        capitals = previous.isupper() and paragraph.isupper()
        # ("MOVADO GROUP, INC. ANNOUNCES FOURTH QUARTER" / "AND FISCAL YEAR 2020 RESULTS": the tail opens on the word)
        # ("SICHERHEIT" / "FÜR NORDRHEIN-WESTFALEN", "BRFCS" / "BY THE FANS, FOR THE FANS": a slogan's lines; "FOR
        # IMMEDIATE RELEASE" is a label of its own)
        opens = _OPEN_START.match(paragraph) is not None \
            and MIN_OPEN_TITLE_TAIL_WORDS <= len(paragraph.split()) <= MAX_OPEN_TITLE_TAIL_WORDS \
            and len(previous.split()) >= MIN_OPEN_TITLE_HEAD_WORDS and not _SENTENCE_END.search(previous) \
            and not _RELEASE_LABEL.search(paragraph) and not _RELEASE_LABEL.search(previous) \
            and "IMMEDIATE" not in paragraph and "," not in paragraph
        dangling = _DANGLING.search(previous.casefold()) and len(paragraph.split()) <= MAX_TITLE_TAIL_WORDS
        if capitals and len(previous.split()) <= MAX_BROKEN_TITLE_WORDS and (dangling or opens) \
                and not _SENTENCE_END.search(paragraph):
            joined[-1] = f"{previous} {paragraph}"
        else:
            joined.append(paragraph)
    return joined


def _join_stacked_titles(paragraphs: list[str]) -> list[str]:
    """A title in capitals over two lines right above the dateline ("JOURNEY AND GRENVILLE GOLD" / "COMMENCE WORK
    PROGRAM ON SILVERIA PROPERTY" / "VANCOUVER, BRITISH COLUMBIA - Journey …"): the lines are one title."""
    joined = list(paragraphs)
    for index in range(len(joined) - 3, -1, -1):
        first, second = joined[index], joined[index + 1]
        stacked = all(line.isupper() and len(line.split()) >= MIN_STACKED_TITLE_WORDS
                      and not _SENTENCE_END.search(line) for line in (first, second))
        if stacked and len((first + " " + second).split()) <= MAX_BROKEN_TITLE_WORDS \
                and match_dateline(joined[index + 2]) is not None and match_dateline(second) is None \
                and not is_page_label(first) and not _RELEASE_LABEL.search(first):   # "FOR IMMEDIATE RELEASE"
            joined[index:index + 2] = [f"{first} {second}"]
    return joined


def _double_spaced(blocks: list[list[str]]) -> bool:
    """Wire text hard-wrapped with a blank line after every line: the blocks are single lines, the lines of prose
    among them are no longer than a wrap width, and many stop mid-sentence ("… teilte ein Zeuge der" / "Polizeiwache
    Süd fernmündlich mit,"). A release written a paragraph per block has long lines that end sentences."""
    singles = [block[0] for block in blocks if len(block) == 1]
    if len(singles) < MIN_DOUBLE_SPACED_LINES or len(singles) < len(blocks) * MIN_SINGLE_LINE_SHARE:
        return False
    prose = [line for line in singles if len(line.split()) >= MIN_WRAPPED_LINE_WORDS]
    if len(prose) < MIN_DOUBLE_SPACED_LINES // 2:
        return False
    # A paragraph printed on one line many times a wrap width (a body, a legal footer): where such lines hold most of
    # the prose, the text was not wrapped, unless enough short lines break off mid-sentence (a wrapped body over a
    # long footer); then the short lines alone decide.
    wrapped = [line for line in prose if len(line) <= MAX_WRAP_WIDTH * MIN_UNWRAPPED_LINE_WIDTHS]
    if sum(len(line) for line in wrapped) * 2 < sum(len(line) for line in prose):
        if sum(not _FINISHED.search(line) for line in wrapped) < MIN_WRAPPED_BREAKS:
            return False
        prose = wrapped
    short = sum(len(line) <= MAX_WRAP_WIDTH for line in prose)
    unfinished = sum(not _FINISHED.search(line) for line in prose)
    return short >= len(prose) * MIN_SHORT_SHARE and unfinished >= len(prose) * MIN_UNFINISHED_SHARE


def _merge_single_lines(blocks: list[list[str]]) -> list[list[str]]:
    """Runs of single-line blocks become one block of lines, for unwrapping to join where wrapping broke them."""
    merged: list[list[str]] = []
    single = False
    for block in blocks:
        if single and len(block) == 1:
            merged[-1].append(block[0])
        else:
            merged.append(list(block))
        single = len(block) == 1
    return merged


def _join_split_entities(lines: list[str], split_entities: bool) -> list[str]:
    """Lines that start with a comma or a full stop go on the line above; on a page that broke its linked names
    out of the sentence, so do a short name (and the line after it) inside an unfinished sentence."""
    joined: list[str] = []
    name_joined = False   # the last line was a short name run into the sentence above
    for index, line in enumerate(lines):
        previous = joined[-1] if joined else ""
        following = lines[index + 1] if index + 1 < len(lines) else ""
        unfinished = bool(previous) and not _FINISHED.search(previous)
        short = len(line.split()) <= MAX_ENTITY_WORDS and not _SENTENCE_END.search(line)   # "Jan. 15" is a name
        name = split_entities and unfinished and short and (
            _DANGLING.search(previous) is not None or _PUNCTUATION_START.match(following) is not None)
        if previous and (_PUNCTUATION_START.match(line) or name or split_entities and unfinished and name_joined):
            joined[-1] = f"{previous} {line}"
            name_joined = name
        else:
            joined.append(line)
            name_joined = False
    return joined


def _join_quotes(lines: list[str]) -> list[str]:
    """A quote under its speaker's name ("… gesprochen. Kiss:" / "„Es ist …") goes on the speaker's line."""
    paragraphs: list[str] = []
    for line in lines:
        if paragraphs and _SPEAKER_END.search(paragraphs[-1]) and _QUOTE_START.match(line):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
    return paragraphs


def _join_continuations(lines: list[str]) -> list[str]:
    """Lines of a text that is not hard-wrapped: only a line that goes on in lower case after an unfinished line
    ("Kok biedt ontslag" / "van kabinet aan") continues it; a paragraph does not start in lower case."""
    ragged = _ragged(lines, MAX_WRAP_WIDTH)
    paragraphs: list[str] = []
    for line in lines:
        previous = paragraphs[-1] if paragraphs else ""
        if previous and (_continues(previous, line) or _mid_sentence(previous, line) or _dated_end(previous, line)
                         or ragged and _runs_on(previous, line)):
            paragraphs[-1] = f"{previous} {line}"
        else:
            paragraphs.append(line)
    return paragraphs


def _title_case(line: str) -> bool:
    """Most words capitalised: a title ("Acme Launches the X200 Smart Home Thermostat"), not a line of prose."""
    tokens = [word for word in line.split() if word[:1].isalpha()]
    return sum(word[:1].isupper() for word in tokens) >= len(tokens) * TITLE_CASE_SHARE


def _dated_end(line: str, following: str) -> bool:
    """An item of prose broken before the date it ends on ("-- Total revenue was … the three months ended" /
    "September 30, 2024."): a date printed on its own line as a byline has no full stop."""
    return len(line.split()) >= MIN_WRAPPED_LINE_WORDS and not _FINISHED.search(line) \
        and following.endswith(".") and is_date_line(following[:-1])


def _may_be_wrapped(blocks: list[list[str]]) -> bool:
    """False for a text written one paragraph per line: several prose lines, and a good share of them, run past
    any wrap width (two long PHP warnings above a release wrapped at 70 do not make it one, nor does a page's lead
    printed twice above a release whose lines break mid-sentence more often than that)."""
    lines = [line for block in blocks for line in block]
    prose = [len(line) > MAX_WRAP_WIDTH for line in lines if line.count(" ") >= MIN_PROSE_SPACES]
    long_prose = sum(prose)
    broken = sum(1 for block in blocks for line, following in zip(block, block[1:], strict=False)
                 if len(line) <= MAX_WRAP_WIDTH and not _FINISHED.search(line) and following[:1].islower())
    return long_prose < MAX_UNWRAPPED_PROSE_LINES or long_prose < len(prose) * MIN_LONG_PROSE_SHARE \
        or broken >= MIN_BROKEN_LINES and broken > long_prose


def unwrap_lines(lines: list[str]) -> list[str]:
    """The paragraphs of one block of lines: lines broken by hard wrapping are joined again.

    A line was broken by wrapping when the next line's first word would not have fitted on it: the wrap width is
    estimated from the block's longest line that could have been wrapped. Short lines, list items, key: value lines
    and lines longer than any wrap width stay paragraphs of their own, so a genuine one-line paragraph or a
    contact block is never joined.
    """
    widths = [len(line) for line in lines if len(line) <= MAX_WRAP_WIDTH]
    # Lines that break off mid-sentence before a lower-case word show the wrap width best; a title line above a
    # wrapped release may be longer than any of them.
    broken = [len(line) for line, following in zip(lines, lines[1:], strict=False)
              if len(line) <= MAX_WRAP_WIDTH and following[:1].islower() and not _FINISHED.search(line)]
    width = max(broken) if len(broken) >= MIN_BROKEN_LINES and max(broken) >= MIN_WRAP_WIDTH else max(widths, default=0)
    if len(widths) < 2 or width < MIN_WRAP_WIDTH:
        # Too few or too short lines to show a width ("… Completes Negotiations for" / "Full Ownership of …"): only
        # what would join them in unwrapped text does.
        return _join_continuations(lines)
    ragged = _ragged(lines, width)
    paragraphs: list[str] = []
    current = current_line = ""
    for line in lines:
        # (a line that opens its paragraph may be a title over the wrapped text: slack only inside a paragraph, or
        # for a paragraph after one of prose)
        inside = current != current_line or bool(paragraphs) and _SENTENCE_END.search(paragraphs[-1]) is not None \
            and len(paragraphs[-1].split()) >= MIN_WRAPPED_LINE_WORDS
        if current and (_wrapped(current_line, line, width, inside=inside)
                        or _mid_sentence(current, line)
                        or _continues(current_line, line) or _dated_end(current, line)
                        or ragged and _runs_on(current, line)):
            current = f"{current} {line}"
        else:
            if current:
                paragraphs.append(current)
            current = line
        current_line = line
    paragraphs.append(current)
    return paragraphs


def _ragged(lines: list[str], width: int) -> bool:
    """Text broken at random points (a page's markup turned into line breaks: "One person has" / "been arrested in
    relation to a vandalism incident" / "that"): many lines far shorter than the width stop mid-sentence."""
    short_broken = sum(1 for line, following in zip(lines, lines[1:], strict=False)
                       if len(line) < width * RAGGED_LINE_SHARE and not _FINISHED.search(line)
                       and following[:1].islower())
    return short_broken >= MIN_RAGGED_LINES and short_broken >= len(lines) * MIN_RAGGED_SHARE


def _runs_on(paragraph: str, following: str) -> bool:
    """In ragged text, a sentence of prose not yet finished ("… on Friday, 30" / "September.") goes on into the next
    line, unless either is a field, a list item, a date line, a credit, the dateline or a wire's name."""
    if _LIST_ITEM.match(following) or _FIELD.match(following) or _FIELD.match(paragraph) or _CREDIT.match(following) \
            or _CREDIT.match(paragraph) or is_date_line(following) or is_date_line(paragraph) \
            or _is_whole_dateline(following) or is_wire_name(following):
        return False
    prose = len(paragraph.split()) >= MIN_RAGGED_PROSE_WORDS or following[:1].islower()
    return prose and not _SENTENCE_END.search(paragraph)


def _wrapped(line: str, following: str, width: int, *, inside: bool = False) -> bool:
    if not MIN_WRAP_WIDTH * 3 // 4 <= len(line) <= width or _LIST_ITEM.match(following) or _FIELD.match(following):
        return False
    if _CREDIT.match(following) or _is_whole_dateline(following) or PROPOSER.match(following) \
            or is_wire_name(following) or is_date_line(following) and not following.endswith(".") \
            or _RELEASE_LABEL_LINE.match(following):
        # a credit, the dateline under the title, who proposed the item above, the wire's stamp, a date, the
        # release's label ("… regarding banking applications" / "For immediate release"; a title's last word,
        # "volgen", "sluiten", "teilen", may be a page label too)
        return False
    if line.endswith(":"):
        return False  # a label introducing what follows: "Rückfragen bitte an:", "Dazu gehören insbesondere:"
    first_word = following.split(" ", 1)[0]
    # The width is estimated from one line: a line of prose that stops mid-sentence a few characters short of it
    # was wrapped too ("… media executive Andrew" / "Lack was sworn-in …"); a title or a name line was not.
    # A paragraph's first line only when it opens with a dateline ("WASHINGTON – … Andrew"): "Stadt eröffnet das
    # neue Hallenbad nach zwei Jahren Bauzeit" over the text is its title.
    prose = inside or _CAPITAL_DATELINE.match(line) is not None or _OPEN_END.search(line) is not None
    slack = WRAP_SLACK if prose and not _FINISHED.search(line) and len(line.split()) >= MIN_WRAPPED_LINE_WORDS \
        and not _title_case(line) and not line.isupper() and not line.startswith(_ITEM_MARKS) else 0
    return len(line) + 1 + len(first_word) > width - slack


def _continues(line: str, following: str) -> bool:
    """The next line goes on in lower case after an unfinished one ("… die bloße Kontrolltätigkeit" / "hinaus: …")."""
    # A Dutch date line starts in lower case too ("woensdag, 18 oktober 2017 om 10:52"), and so does the label over
    # a date ("posted on" / "Jul 09, 2009").
    # One word goes on only into a line of prose ("Themen" / "der Gespräche werden u.a. der Stand …"), not into a
    # short lower-case item under a label.
    enough = len(line.split()) >= 2 or len(following.split()) >= MIN_WRAPPED_LINE_WORDS
    if _ALIAS_START.match(following) and (not _FINISHED.search(line) or _COMPANY_END.search(line)):
        return True
    # "‘Jongeren moeten … kunnen fietsen”" / "stelt gedeputeerde Henk Brink.": a quote without its full stop, then
    # who said it. "… as of September 30, 2025 was $355.7" / "million, up 2% …": prose broken after an amount.
    amount = line[-1:].isdigit() and len(line.split()) >= MIN_WRAPPED_LINE_WORDS and not is_date_line(line)
    finished = _FINISHED.search(line) is not None and _OPEN_QUOTE_END.search(line) is None and not amount
    # "… Biological Sciences, received" / "a $547,108 grant …": the article after a line of prose (not after a name
    # in capitals: "MISSOURI STATE HIGHWAY PATROL" / "a division of …").
    article = following.startswith("a ") and len(line.split()) >= MIN_WRAPPED_LINE_WORDS and not line.isupper() \
        and not _title_case(line)
    return bool(_CONTINUATION.match(following) or article) and not finished and enough \
        and not _FIELD.match(line) and not is_date_line(following) \
        and not (_CONTACT_FIELD.match(following) and not _OPEN_CONJUNCTION.search(line)) \
        and not is_date_label(following) \
        and not is_page_label(following)   # "Deutsche Bahn" / "zurück zur Übersicht": a link under a name


def _mid_sentence(paragraph: str, following: str) -> bool:
    """A sentence of prose broken after a comma ("… ist das BSZ für Technik "Gustav Anton Zeuner"," / "Gerokstraße
    22, 01307 Dresden.") or an article, a preposition or a conjunction ("… nach den Schüssen Personen in" / "2 PKW
    eingestiegen …"): a paragraph ends on neither."""
    if _LONE_ARTICLE.fullmatch(paragraph.strip()) and following[:1].isalpha():
        return True   # "The" / "Serious Crash Unit has been advised.": an article alone never ends a paragraph
    if paragraph.endswith((" /", " &")) and len(paragraph.split()) >= MIN_DANGLING_WORDS:
        return True   # "… Health Claim for HMS 90 /" / "IMMUNOCAL": a name broken at its slash
    if paragraph.endswith(",") and _YEAR_START.match(following):
        return True   # "VANCOUVER, BC, Aug. 10," / "2023 /CNW/ - …": a date broken before its year
    if _QUOTE_COMMA_END.search(paragraph) and _CONTINUATION.match(following):
        return True   # "“When Groove was first introduced …,”" / "said Steve Ballmer, CEO of Microsoft."
    if paragraph.count("(") > paragraph.count(")") and _CLOSES_BRACKET.match(following):
        return True   # "Qwest Communications International Inc. (Nasdaq: QWST -" / "news), the broadband …"
    if _LIST_ITEM.match(following) or _FIELD.match(following) or len(paragraph.split()) < MIN_DANGLING_WORDS \
            or _CREDIT.match(following) or _is_whole_dateline(following) or PROPOSER.match(following):
        return False
    # After a comma a short line may be an address ("Berlin,"); after an article or a preposition nothing ends.
    long_enough = len(paragraph.split()) >= MIN_PROSE_WORDS_BEFORE_COMMA
    # "Log in" above the title ends in a preposition, but it is a link's text, not a sentence broken off.
    dangling = _DANGLING.search(paragraph) is not None and not is_page_label(" ".join(paragraph.split()[-2:]))
    return paragraph.endswith(",") and long_enough or dangling


def _is_whole_dateline(line: str) -> bool:
    dateline = match_dateline(line)
    return dateline is not None and dateline.raw.rstrip(" -–—:") == line.rstrip(" -–—:")


def split_paragraphs(normalized: str) -> list[str]:
    """The paragraphs of text produced by :func:`normalize_text`."""
    return [paragraph for paragraph in normalized.split(PARAGRAPH_SEPARATOR) if paragraph]


def normalize_inline(text: str) -> str:
    """One line of free text (a title, a correction, a query): normalized like the body, line breaks → spaces."""
    return normalize_text(text).replace(PARAGRAPH_SEPARATOR, " ")
