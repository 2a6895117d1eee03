"""Machine translation: the ``Translator`` protocol, the batching every backend shares, and the MarianMT backend.

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
- decoding is greedy by default (``beam_size`` 1) and deterministic; flags come from ``service.pipeline.quality``;
- a backend that can decode several batches at once (CTranslate2 with ``inter_threads`` > 1) sets
  ``parallel_batches``: one ``translate`` call then keeps that many batches in flight (on the translator's own
  threads), and concurrent callers share the same slots. Results never depend on how batches were scheduled.
"""

from __future__ import annotations

import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from service.pipeline.punctuation import normalize_for_model
from service.pipeline.quality import quality_flags

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
    flags: tuple[str, ...] = ()      # quality flags, see service.pipeline.quality


@runtime_checkable
class Translator(Protocol):
    pair: str            # "de-en"
    source_lang: str     # "de"
    target_lang: str     # "en"
    model_id: str        # hub id, or the local directory the model came from
    revision: str        # hub commit sha, or "local"
    backend: str         # "transformers" | "ctranslate2"

    def translate(self, sentences: Sequence[str]) -> list[Translation]: ...

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

    def translate(self, sentences: Sequence[str]) -> list[Translation]:
        pieces: list[_Piece[T]] = []
        split: set[int] = set()
        for index, sentence in enumerate(sentences):
            model_text = normalize_for_model(sentence, self.source_lang) if sentence.strip() else ""
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
            self._assemble(sentence, per_sentence[index], index in split)
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

    def _assemble(self, sentence: str, hypotheses: list[Hypothesis[T]], was_split: bool) -> Translation:
        if not hypotheses:
            return Translation(sentence, "", 0.0, ())
        texts = (self._decode(hypothesis.tokens) for hypothesis in hypotheses)
        target = " ".join(text for text in texts if text)
        scored = sum(hypothesis.scored for hypothesis in hypotheses)
        score = sum(hypothesis.logprob_sum for hypothesis in hypotheses) / max(scored, 1)
        return Translation(sentence, target, score, quality_flags(sentence, target, split_input=was_split))


class _ChosenLogProbs:
    """A logits processor (it runs after ``<pad>`` is banned, before greedy picks the best token) that records
    each row's best log-probability, i.e. the chosen token's, as the renormalized softmax gives it."""

    def __init__(self) -> None:
        self._steps: list[Any] = []

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        self._steps.append(scores.float().log_softmax(-1).max(-1).values)
        return scores

    def per_row(self) -> Any:
        import torch

        return torch.stack(self._steps, dim=1)   # [rows, steps]


class MarianTranslator(BatchedTranslator[int]):
    """MarianMT through transformers/PyTorch: loaded once from a local directory, eval mode, inference mode."""

    backend = "transformers"

    def __init__(
        self,
        checkpoint: Path,
        *,
        pair: str,
        model_id: str,
        revision: str,
        threads: int = 0,
        batch_tokens: int = 2048,
        max_batch_sentences: int = 64,
        beam_size: int = 1,
    ) -> None:
        import torch
        from transformers import GenerationConfig, MarianMTModel, MarianTokenizer

        if threads > 0:
            torch.set_num_threads(threads)
        self._torch = torch
        self._tokenizer: Any = MarianTokenizer.from_pretrained(checkpoint, local_files_only=True)
        model: Any = MarianMTModel.from_pretrained(checkpoint, local_files_only=True)
        model.eval()
        config = model.config
        self._pad_id: int = config.pad_token_id
        self._eos_id: int = config.eos_token_id
        # Replaces the checkpoint's generation config (opus-mt: beam 4, forced </s> at max_length), so that the
        # settings decide and nothing is merged in behind our back. <pad> is banned and the softmax renormalized,
        # which matches CTranslate2 (its converter drops the <pad> row).
        model.generation_config = GenerationConfig(
            decoder_start_token_id=config.decoder_start_token_id,
            eos_token_id=self._eos_id,
            pad_token_id=self._pad_id,
            bad_words_ids=[[self._pad_id]],
            num_beams=beam_size,
            do_sample=False,
            length_penalty=1.0,
            renormalize_logits=True,
            output_scores=True,
            return_dict_in_generate=True,
        )
        self._model = model
        window = min(int(config.max_position_embeddings), int(self._tokenizer.model_max_length))
        super().__init__(
            pair=pair, model_id=model_id, revision=revision, window=window,
            batch_tokens=batch_tokens, max_batch_sentences=max_batch_sentences, beam_size=beam_size,
        )

    def _encode(self, text: str) -> list[int]:
        return list(self._tokenizer(text, verbose=False)["input_ids"])

    def _decode(self, tokens: list[int]) -> str:
        return str(self._tokenizer.decode(tokens, skip_special_tokens=True, clean_up_tokenization_spaces=False))

    def _generate(self, sources: list[list[int]], bounds: list[int]) -> list[Hypothesis[int]]:
        torch = self._torch
        width = max(len(tokens) for tokens in sources)
        input_ids = torch.full((len(sources), width), self._pad_id, dtype=torch.long)
        attention_mask = torch.zeros((len(sources), width), dtype=torch.long)
        for row, tokens in enumerate(sources):
            input_ids[row, : len(tokens)] = torch.tensor(tokens, dtype=torch.long)
            attention_mask[row, : len(tokens)] = 1
        with torch.inference_mode():
            if self.beam_size == 1:
                # Greedy: keep only each row's chosen log-probability per step. Keeping every step's full
                # [rows, 58,101] scores (output_scores) held 3.2 GB at batch 64 in the benchmark.
                chosen = _ChosenLogProbs()
                out = self._model.generate(
                    input_ids=input_ids, attention_mask=attention_mask, max_new_tokens=max(bounds),
                    output_scores=False, logits_processor=self._processors([chosen]),
                )
                steps = chosen.per_row()
            else:
                out = self._model.generate(
                    input_ids=input_ids, attention_mask=attention_mask, max_new_tokens=max(bounds)
                )
                steps = self._model.compute_transition_scores(
                    out.sequences, out.scores, getattr(out, "beam_indices", None), normalize_logits=False
                )
        generated = out.sequences[:, 1:].tolist()   # drop the decoder start token
        return [
            self._hypothesis(tokens, logprobs, bound)
            for tokens, logprobs, bound in zip(generated, steps.tolist(), bounds, strict=True)
        ]

    def _processors(self, extra: list[Any]) -> Any:
        from transformers import LogitsProcessorList

        return LogitsProcessorList(extra)

    def _hypothesis(self, tokens: list[int], logprobs: list[float], bound: int) -> Hypothesis[int]:
        kept: list[int] = []
        total = 0.0
        scored = 0
        for token, logprob in zip(tokens[:bound], logprobs[:bound], strict=False):
            if token == self._pad_id:
                break
            total += logprob
            scored += 1
            if token == self._eos_id:
                break
            kept.append(token)
        return Hypothesis(kept, total, scored)

    def close(self) -> None:
        super().close()
        self._model = None
