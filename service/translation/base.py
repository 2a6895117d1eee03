"""What every backend shares: the ``Translation`` result, the ``Translator`` protocol, the output bound, and
the cutting of inputs longer than the model's window (see ``scheduler`` for how they are batched)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, runtime_checkable

if TYPE_CHECKING:
    from service.translation.terms import Term

T = TypeVar("T")

# Where a too-long input may be cut, strongest boundary first.
_BOUNDARIES = (
    re.compile(r"(?<=[.!?;])\s+"),                 # sentence-ish
    re.compile(r"(?<=[,:])\s+|\s+(?=[–—-]\s)"),     # clause
    re.compile(r"\s+"),                             # any whitespace
)


@dataclass(frozen=True)
class Translation:
    source: str                      # the sentence as given
    target: str                      # its translation ("" for an empty source)
    score: float                     # mean token log-probability (≤ 0; 0.0 for an empty source)
    flags: tuple[str, ...] = ()      # quality flags, see service.translation.quality (and term_lost: terms)


@runtime_checkable
class Translator(Protocol):
    pair: str            # "de-en"
    source_lang: str     # "de"
    target_lang: str     # "en"
    model_id: str        # hub id, or the local directory the model came from
    revision: str        # hub commit sha, or "local"
    backend: str         # "transformers" | "ctranslate2"

    def translate(self, sentences: Sequence[str], *, terms: Sequence[Term] = ()) -> list[Translation]: ...

    def close(self) -> None: ...


def output_bound(source_tokens: int, window: int) -> int:
    """Most target tokens (``</s>`` included) generated for a source of ``source_tokens`` tokens."""
    return min(window, int(1.5 * source_tokens) + 10)


def split_for_window(text: str, count_tokens: Callable[[str], int], limit: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` tokens each, at the strongest boundary available."""
    if count_tokens(text) <= limit:
        return [text]
    for pattern in _BOUNDARIES:
        parts = [part for part in pattern.split(text) if part]
        if len(parts) > 1:
            return _pack(parts, count_tokens, limit)
    middle = len(text) // 2   # one unbroken run of characters: halve it until the halves fit
    return split_for_window(text[:middle], count_tokens, limit) + split_for_window(text[middle:], count_tokens, limit)


def _pack(parts: list[str], count_tokens: Callable[[str], int], limit: int) -> list[str]:
    """Greedily join consecutive parts while the joined piece still fits; re-split any part that alone does not."""
    pieces: list[str] = []
    current = ""
    for part in parts:
        candidate = f"{current} {part}" if current else part
        if count_tokens(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        if count_tokens(part) <= limit:
            current = part
        else:
            pieces.extend(split_for_window(part, count_tokens, limit))
            current = ""
    if current:
        pieces.append(current)
    return pieces


@dataclass(frozen=True)
class Hypothesis(Generic[T]):
    tokens: list[T]        # output tokens without </s>
    logprob_sum: float     # summed log-probabilities of the scored tokens
    scored: int            # tokens scored: len(tokens), + 1 when the model emitted </s>

