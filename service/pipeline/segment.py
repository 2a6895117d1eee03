"""Paragraph → sentences with character spans into the stored text.

``sentence-splitter`` (Moses rules) decides where sentences end, with our extended non-breaking prefix lists.
It collapses spaces, so its output is mapped back onto the paragraph by counting non-space characters: the
spans of a paragraph then cover each of its non-space characters exactly once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sentence_splitter import SentenceSplitter

from models.registry import served_languages
from service.pipeline.detect import unserved_language_error
from service.pipeline.sentence_rules import adjust

# A stored segment must be a sentence; only degenerate "sentences" (thousands of characters: tables, lists
# pasted without punctuation) are cut. Fitting the model's window is the translator's job (it flags split_input).
DEFAULT_MAX_CHARS = 2000
SPLIT_LONG_FLAG = "split_long"

# Where an over-long sentence is cut, best first: after a clause mark, else between words, else anywhere.
_CLAUSE_BOUNDARIES = (re.compile(r"[;；]\s"), re.compile(r"[:：]\s"), re.compile(r"[,，]\s"), re.compile(r"\s"))
# A cut leaves pieces of at least this share of the limit, so long sentences do not shed tiny fragments.
_MIN_PIECE_SHARE = 0.25

# German closes quotes with “ (and ‘, «), which Unicode files as *opening* punctuation, and opens them with „ (‚),
# which the Moses rules do not know. The splitter reads a copy in which every curly quote is written by its role
# in this text, “ for opening and ” for closing: same length, so positions carry over unchanged.
_CURLY_QUOTES = frozenset("“”„‟‘’‚‛«»")
_APOSTROPHE_LIKE = frozenset("’‘")
_OPENING_VIEW = {"‘": "‘", "’": "‘", "‚": "‘", "‛": "‘"}
_CLOSING_VIEW = {"‘": "’", "’": "’", "‚": "’", "‛": "’"}
# Dutch typesets the opening low quote as two commas (",,Het is …''"); the splitter reads them as a quote.
_LOW_QUOTE = re.compile(r"(?<![^ ]),,(?=\w)")


# The Moses rules break only after ., ? or ! (with any closing quotes or brackets) that a space follows; a view
# without one (its only whitespace is the ASCII space) is one sentence, and the splitter, whose regex calls cost
# more than everything else in segmentation, need not run.
_MAY_BREAK = re.compile(r"[.?!][^ ]* ")


@dataclass(frozen=True)
class SentenceSpan:
    text: str
    start: int
    end: int
    flags: tuple[str, ...] = ()


@lru_cache(maxsize=8)
def _splitter(lang: str) -> SentenceSplitter:
    prefix_file = resources.files("service.pipeline") / "prefixes" / f"{lang}.txt"
    if not prefix_file.is_file():   # a language added to the registry without our extended prefix list
        return SentenceSplitter(language=lang)
    with resources.as_file(prefix_file) as path:
        return SentenceSplitter(language=lang, non_breaking_prefix_file=str(path))


def segment_paragraph(
    text: str, lang: str, *, offset: int = 0, max_chars: int = DEFAULT_MAX_CHARS
) -> list[SentenceSpan]:
    """The sentences of one paragraph; offsets are ``offset`` + position in ``text``.

    Sentences longer than ``max_chars`` are cut at the best clause boundary and flagged ``split_long``; no
    character is ever dropped.
    """
    if lang not in served_languages():
        raise unserved_language_error(lang)
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    spans: list[SentenceSpan] = []
    for start, end in _sentence_bounds(text, lang):
        for piece_start, piece_end in _split_long(text, start, end, max_chars):
            flags = (SPLIT_LONG_FLAG,) if (piece_start, piece_end) != (start, end) else ()
            spans.append(SentenceSpan(text[piece_start:piece_end], offset + piece_start, offset + piece_end, flags))
    return spans


def _sentence_bounds(text: str, lang: str) -> list[tuple[int, int]]:
    view = _splitter_view(text)
    if not view.strip():
        sentences = []
    elif not _MAY_BREAK.search(view):
        sentences = [view]   # nowhere the splitter could break: most paragraphs of a release are one sentence
    else:
        sentences = _splitter(lang).split(view)
    nonspace_positions = [index for index, char in enumerate(text) if not char.isspace()]
    counts = [sum(1 for char in sentence if not char.isspace()) for sentence in sentences]
    if sum(counts) != len(nonspace_positions):
        # The splitter only ever changes spaces; should that ever not hold, keep the paragraph whole.
        return [(nonspace_positions[0], nonspace_positions[-1] + 1)] if nonspace_positions else []
    bounds, consumed = [], 0
    for count in counts:
        if count:
            first, last = nonspace_positions[consumed], nonspace_positions[consumed + count - 1]
            bounds.append((first, last + 1))
            consumed += count
    return adjust(text, bounds, lang)


def _splitter_view(text: str) -> str:
    """``text`` with one ASCII space for every whitespace character and quotes written by their role."""
    chars = [" " if char.isspace() else char for char in text]
    for index, char in enumerate(chars):
        if char not in _CURLY_QUOTES:
            continue
        before = chars[index - 1] if index > 0 else " "
        after = chars[index + 1] if index + 1 < len(chars) else " "
        closing = not before.isspace() and (after.isspace() or not after.isalnum())
        if char in _APOSTROPHE_LIKE and before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word ("Azerbaijan’s"), not a quote
        if char in _OPENING_VIEW:
            chars[index] = _CLOSING_VIEW[char] if closing else _OPENING_VIEW[char]
        else:
            chars[index] = "”" if closing else "“"
    return _LOW_QUOTE.sub('""', "".join(chars))


def _split_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > max_chars:
        cut = _best_cut(text, start, start + max_chars)
        pieces.append((start, _rstrip_end(text, start, cut)))
        start = _lstrip_start(text, cut, end)
    pieces.append((start, end))
    return pieces


def _best_cut(text: str, start: int, limit: int) -> int:
    """Position in (start, limit] to end a piece: after the last clause mark that leaves a sizeable piece."""
    earliest = start + max(1, int((limit - start) * _MIN_PIECE_SHARE))
    window = text[start:limit + 1]  # one more char: a boundary right at the limit still counts
    for boundary in _CLAUSE_BOUNDARIES:
        cuts = [start + match.start() + 1 for match in boundary.finditer(window)]
        cuts = [cut for cut in cuts if earliest <= cut <= limit]
        if cuts:
            return cuts[-1]
    cut = limit
    # No boundary at all (a URL, a run of digits): cut anywhere, but not between a letter and its accent.
    while cut > start + 1 and unicodedata.combining(text[cut]):
        cut -= 1
    return cut


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _lstrip_start(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start
