"""The ``language`` check: the translation is in the target language, with no stretch of the source's left in.

Two failures of machine translation show here: the whole output stays German or Dutch (judged by the restricted
de/nl/en detector of ``service.pipeline.detect``, and only on outputs of ``MIN_WORDS`` words or more: shorter
ones fool every detector), and a clause is copied untranslated into an otherwise English sentence ("The police
said that die Ermittlungen noch andauern."), which a detector over the whole sentence may miss. A stretch is
``STRETCH_WORDS`` or more words in a row that are each clearly more common in the source language than in
English (``lexicon.bias``); names and numbers may stand between them, never count towards them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from service.pipeline.detect import detect_served
from service.translation.checks import lexicon
from service.translation.checks.findings import Finding, Severity

if TYPE_CHECKING:
    from service.translation.terms import Term

MIN_WORDS = 4
MIN_CONFIDENCE = 0.9
STRETCH_WORDS = 4
SOURCE_WORD_BIAS = 1.5        # Zipf points more common in the source language: a word of that language
SOURCE_NOUN_BIAS = 2.5        # the same for a capitalized word, which in English text may be a name
_LANGUAGE_NAMES = {"de": "German", "nl": "Dutch", "en": "English"}
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,:]*|[.!?;:()\"„“”«»]")
_BREAKS = frozenset(".!?;:()\"„“”«»")


def _is_source_word(word: str, lang: str) -> bool:
    if lexicon.zipf(word, lang) < 2.5:
        return False
    threshold = SOURCE_NOUN_BIAS if word[0].isupper() else SOURCE_WORD_BIAS
    return lexicon.bias(word, lang) >= threshold


def source_stretches(target: str, source_lang: str, keep: frozenset[str] = frozenset()) -> list[str]:
    """Stretches of ``source_lang`` words in ``target`` (``keep``: words a term says stay as they are)."""
    stretches: list[str] = []
    current: list[str] = []
    count = 0
    for word in [*_WORD.findall(target), "."]:
        if word in _BREAKS:
            if count >= STRETCH_WORDS:
                stretches.append(" ".join(current))
            current, count = [], 0
        elif word.casefold() not in keep and word[0].isalpha() and _is_source_word(word, source_lang):
            current.append(word)
            count += 1
        elif current and not word[0].islower():   # a name or a number inside a stretch
            current.append(word)
        else:
            if count >= STRETCH_WORDS:
                stretches.append(" ".join(current))
            current, count = [], 0
    return stretches


def check_language(
    source: str, target: str, source_lang: str, target_lang: str, terms: Sequence[Term] = ()
) -> list[Finding]:
    words = re.findall(r"[^\W\d_]+", target)
    findings: list[Finding] = []
    if len(words) >= MIN_WORDS:
        guess = detect_served(target)
        if guess.language != target_lang and guess.confidence >= MIN_CONFIDENCE:
            language = _LANGUAGE_NAMES.get(guess.language, guess.language)
            findings.append(Finding(
                "language", Severity.ERROR,
                f"the translation reads as {language} ({guess.confidence:.2f}), not "
                f"{_LANGUAGE_NAMES.get(target_lang, target_lang)}",
            ))
            return findings
    if source_lang == target_lang:
        return findings
    keep = frozenset(word.casefold() for term in terms if term.dnt for word in term.source.split())
    for stretch in source_stretches(target, source_lang, keep):
        language = _LANGUAGE_NAMES.get(source_lang, source_lang)
        findings.append(Finding("language", Severity.ERROR, f"{language} left in the translation: “{stretch}”"))
    return findings
