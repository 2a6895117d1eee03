"""The batch scheduler every backend shares (``BatchedTranslator``); the backends only encode, generate, decode.

What every backend does the same way (``BatchedTranslator``):

- the model reads ``normalize_for_model(sentence)`` (Moses punctuation), never the stored text;
- an empty or whitespace-only sentence gives ``""`` with score 0.0 and never reaches the model;
- a sentence longer than the model's window (``window`` source tokens, ``</s>`` included: 512 for opus-mt) is cut
  into pieces that fit — at sentence punctuation, else at clause punctuation, else at whitespace, else inside a
  word — each piece is translated, and the outputs are joined with a space; it is flagged ``split_input``.
  Nothing is ever truncated silently;
- sentences (pieces) are sorted by token length and batched: a batch holds at most ``max_batch_sentences`` rows
  and at most ``batch_tokens`` padded source tokens (rows × longest row); results come back in input order;
- the output is bounded by ``output_bound(n) = min(window, floor(1.5 · n) + 10)`` target tokens (``</s>``
  included) for a source of ``n`` tokens, so a degenerate model cannot loop to the window; inside a batch each
  row is cut at its own bound, so a sentence's output does not depend on its batch-mates;
- ``score`` is the mean log-probability of the output tokens (``</s>`` included when the model emitted it),
  with ``<pad>`` excluded from the softmax as CTranslate2 does; pieces of a split sentence are pooled;
- decoding is greedy by default (``beam_size`` 1) and deterministic; flags come from ``service.translation.quality``;
- terminology (``terms``): each term in a sentence is masked with a placeholder before encoding and its rendering
  put back after decoding (``service.translation.terms``); a placeholder the model lost flags ``term_lost``.
  A sentence that is only a name, a URL, an e-mail address or a number (``copy_verbatim``) is its own
  translation, with score 0.0, and never reaches the model;
- a backend that can decode several batches at once (CTranslate2 with ``inter_threads`` > 1) sets
  ``parallel_batches``: one ``translate`` call then keeps that many batches in flight (on the translator's own
  threads), and concurrent callers share the same slots. Results never depend on how batches were scheduled.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic

from service.translation.base import Hypothesis, T, Translation, output_bound, split_for_window
from service.translation.punctuation import normalize_for_model
from service.translation.quality import quality_flags
from service.translation.terms import TERM_LOST_FLAG, Masked, Term, copy_verbatim, mask_terms, restore_terms


@dataclass(frozen=True)
class _Piece(Generic[T]):
    sentence: int
    tokens: list[T]


class BatchedTranslator(ABC, Generic[T]):
    """Shared translate(): normalization, window splitting, length-sorted batching, bounds, scores, flags."""

    backend: str = ""

    def __init__(
        self,
        *,
        pair: str,
        model_id: str,
        revision: str,
        window: int,
        batch_tokens: int = 2048,
        max_batch_sentences: int = 64,
        beam_size: int = 1,
        parallel_batches: int = 1,
    ) -> None:
        self.pair = pair
        self.source_lang, self.target_lang = pair.split("-")
        self.model_id = model_id
        self.revision = revision
        self.window = window
        self.batch_tokens = batch_tokens
        self.max_batch_sentences = max_batch_sentences
        self.beam_size = beam_size
        self.parallel_batches = max(1, parallel_batches)
        # At most parallel_batches generate calls at a time per model (1: intra-op threads do the parallel work).
        self._slots = threading.BoundedSemaphore(self.parallel_batches)
        self._executor: ThreadPoolExecutor | None = None
        self._executor_lock = threading.Lock()

    @abstractmethod
    def _encode(self, text: str) -> list[T]:
        """Source tokens of ``text``, ``</s>`` included."""

    @abstractmethod
    def _generate(self, sources: list[list[T]], bounds: list[int]) -> list[Hypothesis[T]]:
        """Decode one batch; row i is cut at ``bounds[i]`` target tokens (``</s>`` included)."""

    @abstractmethod
    def _decode(self, tokens: list[T]) -> str:
        """Text of output tokens (special tokens dropped)."""

    def _count_tokens(self, text: str) -> int:
        return len(self._encode(text))

    def close(self) -> None:
        """Stop the batch threads; subclasses then release the model."""
        with self._executor_lock:
            if self._executor is not None:
                self._executor.shutdown(wait=True)
                self._executor = None

    def _run(self, sources: list[list[T]], bounds: list[int]) -> list[Hypothesis[T]]:
        with self._slots:
            return self._generate(sources, bounds)

    def _run_all(self, jobs: list[tuple[list[list[T]], list[int]]]) -> list[list[Hypothesis[T]]]:
        """Decode every batch, up to ``parallel_batches`` at a time; results in job order.

        In parallel, the costliest batches (most target tokens) go first, so that the last ones to finish are
        short and no slot idles long at the end of a call.
        """
        if self.parallel_batches == 1 or len(jobs) < 2:
            return [self._run(sources, bounds) for sources, bounds in jobs]
        with self._executor_lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(self.parallel_batches, thread_name_prefix=f"translate-{self.pair}")
            executor = self._executor
        by_cost = sorted(range(len(jobs)), key=lambda i: -sum(jobs[i][1]))
        futures = {i: executor.submit(self._run, *jobs[i]) for i in by_cost}
        return [futures[i].result() for i in range(len(jobs))]

    def translate(self, sentences: Sequence[str], *, terms: Sequence[Term] = ()) -> list[Translation]:
        pieces: list[_Piece[T]] = []
        split: set[int] = set()
        verbatim = {index for index, sentence in enumerate(sentences) if copy_verbatim(sentence, self.source_lang)}
        masks = {index: mask_terms(sentence, terms) for index, sentence in enumerate(sentences)} if terms else {}
        for index, sentence in enumerate(sentences):
            text = masks[index].text if index in masks else sentence
            model_text = normalize_for_model(text, self.source_lang) if text.strip() and index not in verbatim else ""
            if not model_text:
                continue
            tokens = self._encode(model_text)
            if len(tokens) <= self.window:
                pieces.append(_Piece(index, tokens))
                continue
            split.add(index)
            texts = split_for_window(model_text, self._count_tokens, self.window)
            pieces.extend(_Piece(index, self._encode(text)) for text in texts)

        results: list[Hypothesis[T] | None] = [None] * len(pieces)
        order = sorted(range(len(pieces)), key=lambda i: len(pieces[i].tokens))   # stable: input order on ties
        batches = [[order[i] for i in batch] for batch in self._batches([len(pieces[i].tokens) for i in order])]
        jobs = []
        for positions in batches:
            sources = [pieces[position].tokens for position in positions]
            jobs.append((sources, [output_bound(len(tokens), self.window) for tokens in sources]))
        for positions, hypotheses in zip(batches, self._run_all(jobs), strict=True):
            for position, hypothesis in zip(positions, hypotheses, strict=True):
                results[position] = hypothesis

        per_sentence: list[list[Hypothesis[T]]] = [[] for _ in sentences]
        for piece, result in zip(pieces, results, strict=True):   # pieces are in text order
            assert result is not None
            per_sentence[piece.sentence].append(result)
        return [
            Translation(sentence, sentence, 0.0, ()) if index in verbatim
            else self._assemble(sentence, per_sentence[index], index in split, masks.get(index))
            for index, sentence in enumerate(sentences)
        ]

    def _batches(self, lengths: list[int]) -> list[range]:
        """Cut ascending ``lengths`` into batches within the row and padded-token budgets; with parallel slots,
        a call too small to fill them all is cut into that many batches (eight one-sentence requests gathered
        by the micro-batcher decode as two batches of four on two replicas, not one batch of eight on one)."""
        batches: list[range] = []
        start = 0
        for end, length in enumerate(lengths):   # ascending: the newest row is the longest
            rows = end - start + 1
            if rows > 1 and (rows * length > self.batch_tokens or rows > self.max_batch_sentences):
                batches.append(range(start, end))
                start = end
        if lengths:
            batches.append(range(start, len(lengths)))
        if 1 <= len(batches) < self.parallel_batches:
            parts = min(self.parallel_batches, len(lengths))
            edges = [round(i * len(lengths) / parts) for i in range(parts + 1)]
            batches = [range(edges[i], edges[i + 1]) for i in range(parts)]
        return batches

    def _assemble(
        self, sentence: str, hypotheses: list[Hypothesis[T]], was_split: bool, masked: Masked | None = None
    ) -> Translation:
        if not hypotheses:
            return Translation(sentence, "", 0.0, ())
        texts = (self._decode(hypothesis.tokens) for hypothesis in hypotheses)
        target = " ".join(text for text in texts if text)
        scored = sum(hypothesis.scored for hypothesis in hypotheses)
        score = sum(hypothesis.logprob_sum for hypothesis in hypotheses) / max(scored, 1)
        lost = False
        if masked is not None and masked.slots:
            restored = restore_terms(target, masked)
            target, lost = restored.text, bool(restored.lost)
        flags = quality_flags(sentence, target, split_input=was_split) + ((TERM_LOST_FLAG,) if lost else ())
        return Translation(sentence, target, score, flags)
