"""Quality flags on one machine translation: cheap, deterministic checks that mark a pair for review.

Each check is a pure function of the source sentence and its translation; ``quality_flags`` runs them all and
returns the names of those that fired, in this order:

``untranslated``
    The output copies the input. Words are lower-cased ``\\w+`` runs that contain a letter. Fires when the
    source has at least ``UNTRANSLATED_MIN_WORDS`` (3) words and at least ``UNTRANSLATED_OVERLAP`` (90 %) of the
    output's words also occur in the source. Names and numbers carry over in a real translation, so shorter
    sources (a name, "Baku") and outputs with real changes stay unflagged.
``length_ratio``
    ``len(output) / len(source)`` in characters (whitespace-trimmed) lies outside
    [``LENGTH_RATIO_MIN``, ``LENGTH_RATIO_MAX``] = [0.5, 2.0]. German and Dutch into English stay near 0.8–1.2;
    a much shorter output usually lost a clause, a much longer one hallucinated. Sources under
    ``LENGTH_RATIO_MIN_CHARS`` (20) characters are only flagged when the output is empty (short headings swing
    widely: "Ja." → "Yes.").
``repetition``
    The output loops: one word ``REPEAT_RUN`` (4) or more times in a row, one word 3-gram ``REPEAT_NGRAM_COUNT``
    (3) or more times, or a run of 1–5 letters repeated ``REPEAT_CHARS`` (5) or more times in a row inside a word
    (subword loops such as "trotrotrotrotro"; digits never count, so "1000000" is fine). Words here are
    whitespace-separated, lower-cased, with edge punctuation stripped. Not flagged when the source itself repeats
    the same way (a quoted chant translates to a chant).
``split_input``
    The sentence was longer than the model's input window and was translated in pieces (set by the translator,
    passed in here so that all flags come from one place).
"""

from __future__ import annotations

import re
from collections import Counter

UNTRANSLATED_MIN_WORDS = 3
UNTRANSLATED_OVERLAP = 0.9
LENGTH_RATIO_MIN = 0.5
LENGTH_RATIO_MAX = 2.0
LENGTH_RATIO_MIN_CHARS = 20
REPEAT_RUN = 4
REPEAT_NGRAM = 3
REPEAT_NGRAM_COUNT = 3
REPEAT_CHARS = 5

FLAG_ORDER = ("untranslated", "length_ratio", "repetition", "split_input")

_WORD = re.compile(r"\w+")
_EDGE_PUNCT = re.compile(r"^\W+|\W+$")
_CHAR_LOOP = re.compile(rf"([^\W\d_]{{1,5}}?)\1{{{REPEAT_CHARS - 1},}}")   # a unit, then REPEAT_CHARS - 1 copies


def _content_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.casefold()) if not w.isdigit() and any(c.isalpha() for c in w)]


def is_untranslated(source: str, target: str) -> bool:
    source_words = _content_words(source)
    target_words = _content_words(target)
    if len(source_words) < UNTRANSLATED_MIN_WORDS or not target_words:
        return False
    vocabulary = set(source_words)
    copied = sum(1 for word in target_words if word in vocabulary)
    return copied / len(target_words) >= UNTRANSLATED_OVERLAP


def length_ratio(source: str, target: str) -> float:
    source_len = len(source.strip())
    return len(target.strip()) / source_len if source_len else 1.0


def is_length_ratio_out_of_range(source: str, target: str) -> bool:
    if not source.strip():
        return False
    if not target.strip():
        return True
    if len(source.strip()) < LENGTH_RATIO_MIN_CHARS:
        return False
    return not LENGTH_RATIO_MIN <= length_ratio(source, target) <= LENGTH_RATIO_MAX


def _repetition_words(text: str) -> list[str]:
    words = (_EDGE_PUNCT.sub("", w) for w in text.casefold().split())
    return [w for w in words if w]


def _repeats(text: str) -> bool:
    words = _repetition_words(text)
    run = 1
    for previous, word in zip(words, words[1:], strict=False):
        run = run + 1 if word == previous else 1
        if run >= REPEAT_RUN:
            return True
    grams = Counter(zip(*(words[i:] for i in range(REPEAT_NGRAM)), strict=False))
    if any(count >= REPEAT_NGRAM_COUNT for count in grams.values()):
        return True
    return _CHAR_LOOP.search(text.casefold()) is not None


def has_repetition(source: str, target: str) -> bool:
    return _repeats(target) and not _repeats(source)


def quality_flags(source: str, target: str, *, split_input: bool = False) -> tuple[str, ...]:
    """All flags that fire for this pair, in ``FLAG_ORDER``."""
    fired = {
        "untranslated": is_untranslated(source, target),
        "length_ratio": is_length_ratio_out_of_range(source, target),
        "repetition": has_repetition(source, target),
        "split_input": split_input,
    }
    return tuple(name for name in FLAG_ORDER if fired[name])
