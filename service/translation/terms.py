"""Terminology masking, the pure part: a term of the source is replaced by a placeholder the model copies, and
the placeholder in the output is replaced by the term's required rendering.

A ``Term`` says how a source expression must come out: ``target`` (its translation), or as it is (``dnt``, do not
translate, or no ``target``). ``mask_terms`` replaces each occurrence in a sentence by a placeholder of
``PLACEHOLDER_SHAPES[shape]``; ``restore_terms`` puts the renderings back and reports which placeholders the
model lost (the translator then flags the sentence ``term_lost``). A sentence that is nothing but a name, a URL,
an e-mail address, a handle or a number is copied without asking the model (``copy_verbatim``): a model only
garbles those.

Which placeholder survives depends on the model's SentencePiece vocabulary: a shape made of pieces the model
never saw (``⟦1⟧``) comes out as ``<unk>`` and is lost; digits are in every vocabulary and numbers are copied
through by opus-mt, so the default is a four-digit number unlikely to occur in a press release
(tests/translate/test_terms.py measures the shapes on both backends).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from service.translation.checks.names import is_name
from service.translation.checks.patterns import VERBATIM_PATTERNS

TERM_LOST_FLAG = "term_lost"


@dataclass(frozen=True)
class Term:
    source: str            # as it is written in the source ("Bundeskriminalamt")
    target: str | None     # its required translation; None: kept as it is
    dnt: bool = False      # do not translate: kept as it is whatever ``target`` says

    @property
    def rendering(self) -> str:
        return self.source if self.dnt or not self.target else self.target


@dataclass(frozen=True)
class PlaceholderShape:
    make: Callable[[int], str]       # the placeholder of the i-th term of a sentence (i from 0)
    find: Callable[[int], str]       # a regex that finds it in an output, spacing and separators tolerated


def _digits(index: int) -> str:
    return str(9471 + 11 * index)


PLACEHOLDER_SHAPES: dict[str, PlaceholderShape] = {
    # A model may write 9471 as "9,471" or "9 471": the separators are tolerated.
    "digits": PlaceholderShape(_digits, lambda i: r"(?<!\d)" + r"[\s.,]?".join(_digits(i)) + r"(?!\d)"),
    "xx": PlaceholderShape(lambda i: f"XX{i + 1}", lambda i: rf"\bXX\s?{i + 1}(?!\d)"),
    "tag": PlaceholderShape(lambda i: f"<term{i + 1}>", lambda i: rf"<\s*term\s*{i + 1}\s*>"),
    "brackets": PlaceholderShape(lambda i: f"⟦{i + 1}⟧", lambda i: rf"⟦\s*{i + 1}\s*⟧"),
}
DEFAULT_SHAPE = "digits"


@dataclass(frozen=True)
class Masked:
    text: str                                  # the sentence with placeholders
    slots: tuple[tuple[str, str], ...] = ()    # (placeholder, rendering) in order of the placeholders
    shape: str = DEFAULT_SHAPE


@dataclass(frozen=True)
class Restored:
    text: str
    restored: tuple[str, ...] = ()   # renderings that came back
    lost: tuple[str, ...] = ()       # renderings whose placeholder the model dropped or mangled


def _occurrences(sentence: str, terms: Sequence[Term]) -> list[tuple[int, int, Term]]:
    """Non-overlapping occurrences, longest term first, as whole words (case-sensitive: terms are names)."""
    taken: list[tuple[int, int, Term]] = []
    for term in sorted((t for t in terms if t.source.strip()), key=lambda t: -len(t.source)):
        for match in re.finditer(r"(?<![\w-])" + re.escape(term.source) + r"(?![\w-])", sentence):
            start, end = match.span()
            if not any(start < e and s < end for s, e, _ in taken):
                taken.append((start, end, term))
    return sorted(taken, key=lambda item: item[0])


def mask_terms(sentence: str, terms: Sequence[Term], shape: str = DEFAULT_SHAPE) -> Masked:
    """``sentence`` with every occurrence of a term replaced by a placeholder (the same term twice: two slots)."""
    make = PLACEHOLDER_SHAPES[shape].make
    pieces: list[str] = []
    slots: list[tuple[str, str]] = []
    position = 0
    for start, end, term in _occurrences(sentence, terms):
        placeholder = make(len(slots))
        pieces += [sentence[position:start], placeholder]
        slots.append((placeholder, term.rendering))
        position = end
    pieces.append(sentence[position:])
    return Masked("".join(pieces), tuple(slots), shape)


def _literally(text: str) -> Callable[[re.Match[str]], str]:
    """A replacement that inserts ``text`` as it is (a plain string would read its backslashes)."""
    return lambda _match: text


def restore_terms(output: str, masked: Masked) -> Restored:
    """The model's ``output`` with each placeholder replaced by its rendering; the ones not found are ``lost``."""
    find = PLACEHOLDER_SHAPES[masked.shape].find
    restored: list[str] = []
    lost: list[str] = []
    for index, (_placeholder, rendering) in enumerate(masked.slots):
        output, count = re.subn(find(index), _literally(rendering), output, count=1)
        (restored if count else lost).append(rendering)
    return Restored(output, tuple(restored), tuple(lost))


_NUMBER_ONLY = re.compile(r"[\d\s.,:;/%+\-–()€$£]*\d[\d\s.,:;/%+\-–()€$£]*")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_SEPARATORS = re.compile(r"[\s,;:/|()–—-]+")
VERBATIM_MAX_WORDS = 6


def copy_verbatim(sentence: str, lang: str | None = None) -> bool:
    """Whether ``sentence`` is only a name, a URL, an e-mail address, a handle, a ticker or a number (with
    separators), which is copied as it is. A name is up to six capitalized words that are names in ``lang``
    (or in German and in Dutch when not given): "Ilham Aliyev", "Baku"; never a noun ("Polizei")."""
    text = sentence.strip().rstrip(".!?")
    if not text:
        return False
    if _NUMBER_ONLY.fullmatch(text):
        return True
    if any(pattern.fullmatch(text) for pattern in VERBATIM_PATTERNS.values()):
        return True
    words = [word for word in _SEPARATORS.split(text) if word]
    if not 1 <= len(words) <= VERBATIM_MAX_WORDS or not all(_NAME_WORD.fullmatch(word) for word in words):
        return False
    languages = (lang,) if lang else ("de", "nl")
    return all(
        word[0].isupper() and all(is_name(part, language) for part in word.split("-") if part)
        for word in words
        for language in languages
    )
