"""Checks on the sentence as a whole: ``untranslated``, ``sentence_count``, ``length_ratio``, ``repetition``.

``untranslated``, ``length_ratio`` and ``repetition`` are the quality flags of ``service.translation.quality``,
reported as findings (the flags stay what the translator stores). ``sentence_count`` catches a translation that
lost part of its source: it stops mid-sentence (the source ends with final punctuation, the translation does
not), it has fewer sentences and is markedly shorter (a sentence was dropped; a translator who merges two
sentences keeps the length), or it is far shorter than translations from German and Dutch run (half a sentence).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.pipeline.segment import segment_paragraph
from service.translation.checks.findings import Finding, Severity
from service.translation.quality import (
    LENGTH_RATIO_MAX,
    LENGTH_RATIO_MIN,
    has_repetition,
    is_length_ratio_out_of_range,
    is_untranslated,
    length_ratio,
)

DROPPED_SENTENCE_RATIO = 0.8   # fewer sentences and shorter than this share of the source: one was dropped
HALF_SENTENCE_RATIO = 0.6      # German and Dutch into English run 0.8–1.2; under this, part of it is missing
HALF_SENTENCE_MIN_CHARS = 60   # short sources swing too widely to judge
_FINAL = re.compile(r"[.!?…:;][\"'“”„«»’‘)\]]*\s*$|[\"“”»)]\s*$")


def check_untranslated(source: str, target: str, source_lang: str, target_lang: str, terms: Sequence[object] = ()
                       ) -> list[Finding]:
    if source_lang != target_lang and is_untranslated(source, target):
        return [Finding("untranslated", Severity.ERROR, "the translation copies the source")]
    return []


def check_length_ratio(source: str, target: str, source_lang: str, target_lang: str, terms: Sequence[object] = ()
                       ) -> list[Finding]:
    if not is_length_ratio_out_of_range(source, target):
        return []
    ratio = length_ratio(source, target)
    return [Finding(
        "length_ratio", Severity.WARNING,
        f"the translation is {ratio:.0%} of the source's length "
        f"(expected {LENGTH_RATIO_MIN:.0%}–{LENGTH_RATIO_MAX:.0%})",
    )]


def check_repetition(source: str, target: str, source_lang: str, target_lang: str, terms: Sequence[object] = ()
                     ) -> list[Finding]:
    if has_repetition(source, target):
        return [Finding("repetition", Severity.ERROR, "the translation repeats itself (a decoding loop)")]
    return []


def _sentences(text: str, lang: str) -> int:
    return len(segment_paragraph(" ".join(text.split()), lang)) if text.strip() else 0


def check_sentence_count(source: str, target: str, source_lang: str, target_lang: str, terms: Sequence[object] = ()
                         ) -> list[Finding]:
    if not source.strip() or not target.strip():
        return []
    if _FINAL.search(source) and not _FINAL.search(target):
        return [Finding("sentence_count", Severity.ERROR, "the translation stops mid-sentence (no final punctuation)")]
    ratio = length_ratio(source, target)
    # Segmenting costs more than every other check together: only a translation short enough to have lost a
    # sentence is segmented.
    if ratio < DROPPED_SENTENCE_RATIO:
        ours, theirs = _sentences(source, source_lang), _sentences(target, target_lang)
        if theirs < ours:
            return [Finding(
                "sentence_count", Severity.ERROR,
                f"the source has {ours} sentences, the translation {theirs}: a sentence is missing",
            )]
    if len(source.strip()) >= HALF_SENTENCE_MIN_CHARS and ratio < HALF_SENTENCE_RATIO:
        return [Finding(
            "sentence_count", Severity.WARNING,
            f"the translation is only {ratio:.0%} of the source's length: part of the sentence may be missing",
        )]
    return []
