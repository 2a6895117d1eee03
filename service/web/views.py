"""What the templates show that is computed, not stored: word diffs, confidence bands, flag meanings, highlights.

Pure functions of plain values, so they are tested without a server.
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass

from markupsafe import Markup, escape

from service.vocabulary import TRANSLATED_ROLES

# What each flag (set by segmentation or by the quality checks; see the README's "Quality flags") means.
FLAG_MEANINGS: dict[str, str] = {
    "untranslated": "The output copies the source: most of its words occur in the source.",
    "length_ratio": "The English is much shorter or longer than the source (ratio outside 0.5–2.0).",
    "repetition": "The output repeats a word, a phrase or a letter run: the model looped.",
    "split_input": "The sentence was longer than the model's window and was translated in pieces.",
    "split_long": "The sentence was too long and was cut at a clause boundary.",
}

STATE_LABELS = {"unreviewed": "Unreviewed", "edited": "Edited", "approved": "Approved"}
ORIGIN_LABELS = {"mt": "Machine translation", "tm": "Translation memory", "human": "Human"}


@dataclass(frozen=True)
class Confidence:
    band: str  # high | medium | low | none: a CSS class, always shown with its words, never by colour alone
    label: str


def confidence(score: float | None) -> Confidence:
    """Band a mean token log-probability (≤ 0) by the probability it stands for."""
    if score is None:
        return Confidence("none", "no score")
    probability = math.exp(min(score, 0.0))
    percent = f"{probability:.0%}"
    if probability >= 0.6:
        return Confidence("high", f"high confidence ({percent})")
    if probability >= 0.35:
        return Confidence("medium", f"medium confidence ({percent})")
    return Confidence("low", f"low confidence ({percent})")


def flag_meaning(flag: str) -> str:
    return FLAG_MEANINGS.get(flag, flag.replace("_", " "))


def is_translated(role: str) -> bool:
    return role in TRANSLATED_ROLES


_TOKEN = re.compile(r"\s+|[^\s]+")


def word_diff(before: str, after: str) -> Markup:
    """A word diff of two sentences as HTML: removed words in <del>, added ones in <ins>, the rest plain."""
    old = _TOKEN.findall(before)
    new = _TOKEN.findall(after)
    parts: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(str(escape("".join(old[i1:i2]))))
            continue
        if op in ("delete", "replace"):
            parts.append(f"<del>{escape(''.join(old[i1:i2]))}</del>")
        if op in ("insert", "replace"):
            parts.append(f"<ins>{escape(''.join(new[j1:j2]))}</ins>")
    return Markup("".join(parts))


_QUERY_NOISE = re.compile(r'["()*^:]|\b(?:AND|OR|NOT|NEAR)\b')


def query_terms(q: str | None) -> list[str]:
    """The words of a full-text query, without its operators (what the page highlights)."""
    if not q:
        return []
    words = {w for w in _QUERY_NOISE.sub(" ", q).split() if len(w) >= 2}
    return sorted(words, key=len, reverse=True)


def highlight(text: str, terms: list[str]) -> Markup:
    """``text`` escaped, with the words that start with a query term (full-text matches prefixes) in <mark>."""
    if not terms:
        return escape(text)
    pattern = re.compile("|".join(rf"\b{re.escape(t)}\w*" for t in terms), re.IGNORECASE)
    out: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        out.append(str(escape(text[last : match.start()])))
        out.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))
