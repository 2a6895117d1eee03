"""The CTranslate2 backend behind the same ``Translator`` protocol (int8 on CPU is the fast path).

It loads a model converted by ``transnorm models convert`` (``<models_dir>/<pair>/ct2-<quantization>/``, which
also holds the SentencePiece files) and needs neither torch nor transformers. Tokenization mirrors
``MarianTokenizer``: SentencePiece pieces plus ``</s>``; decoding drops ``</s>``/``<unk>``/``<pad>`` and joins
the pieces. Decoding options are set so that results equal the transformers backend's on the same weights:
``beam_size`` from the settings (CTranslate2 defaults to 2), ``min_decoding_length=0`` (the default 1 bans ``</s>``
at the first step and so shifts the scores), ``length_penalty=1`` (its score is then the mean token
log-probability, ``</s>`` included). Greedy decoding stops each row at its own ``output_bound`` through the
step callback (CTranslate2 then drops the row from the batch), so no row decodes past its bound; beam search
decodes to the batch's largest bound and rescores a row cut back to its own bound with ``score_batch``.

Threads: ``thread_layout`` splits the configured threads into ``inter_threads`` model replicas (sharing one copy
of the weights) × ``intra_threads`` each. On the 2-core benchmark machine two replicas of one thread decoded
~1.3× more tokens/s than one replica of two threads (int8 kept only ~1.5 of 2 cores busy with intra-op threads
alone); see docs/performance.md. Each replica decodes its own batch, so ``parallel_batches`` = ``inter_threads``.

Memory: each replica thread's malloc arena keeps the activations of its largest batch (~190 MiB per replica at
the default 2,048-token budget), so a server that had both pairs busy sat near 800 MiB. When the last
``translate`` in flight returns, free heap pages go back to the system (``malloc_trim``, at most once a second,
glibc only): resident memory drops back to the weights (~300 MiB for both pairs).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from service.translation.base import Hypothesis, Translation
from service.translation.scheduler import BatchedTranslator
from service.translation.terms import Term

EOS = "</s>"
SPECIAL_TOKENS = frozenset({EOS, "<unk>", "<pad>"})
SPIECE_UNDERLINE = "\u2581"


TRIM_INTERVAL_S = 1.0


def _malloc_trim() -> Callable[[], None] | None:
    """glibc's ``malloc_trim(0)`` (ctypes releases the GIL around it), or None elsewhere."""
    name = ctypes.util.find_library("c")
    try:
        trim = ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        return None
    if trim is None:
        return None
    trim.argtypes = [ctypes.c_size_t]
    return lambda: trim(0)


def thread_layout(threads: int = 0, cores: int | None = None) -> tuple[int, int]:
    """(inter_threads, intra_threads) for ``threads`` in all (0 = every core): one single-threaded replica per
    thread, measured the fastest on 2 cores; past 4 threads the replicas get 2 intra-op threads each."""
    total = threads or cores or os.cpu_count() or 1
    if total <= 4:
        return total, 1
    return total // 2, 2


class CTranslate2Translator(BatchedTranslator[str]):
    backend = "ctranslate2"

    def __init__(
        self,
        model_dir: Path,
        *,
        pair: str,
        model_id: str,
        revision: str,
        window: int,
        threads: int = 0,
        batch_tokens: int = 2048,
        max_batch_sentences: int = 64,
        beam_size: int = 1,
        inter_threads: int = 0,
        intra_threads: int = 0,
    ) -> None:
        import ctranslate2
        import sentencepiece

        if not inter_threads:
            inter_threads, intra_threads = thread_layout(threads)
        self.inter_threads, self.intra_threads = inter_threads, intra_threads
        self.model_dir = Path(model_dir)
        self._translator: Any = ctranslate2.Translator(
            str(self.model_dir), device="cpu", compute_type="default",
            inter_threads=inter_threads, intra_threads=intra_threads,
        )
        self._source_spm = sentencepiece.SentencePieceProcessor(model_file=str(self.model_dir / "source.spm"))
        self._target_spm = sentencepiece.SentencePieceProcessor(model_file=str(self.model_dir / "target.spm"))
        super().__init__(
            pair=pair, model_id=model_id, revision=revision, window=window,
            batch_tokens=batch_tokens, max_batch_sentences=max_batch_sentences, beam_size=beam_size,
            parallel_batches=inter_threads,
        )
        self._trim = _malloc_trim()
        self._in_flight = 0
        self._last_trim = 0.0
        self._flight_lock = threading.Lock()

    def translate(self, sentences: Sequence[str], *, terms: Sequence[Term] = ()) -> list[Translation]:
        with self._flight_lock:
            self._in_flight += 1
        try:
            return super().translate(sentences, terms=terms)
        finally:
            with self._flight_lock:
                self._in_flight -= 1
                now = time.monotonic()
                idle = self._in_flight == 0 and now - self._last_trim >= TRIM_INTERVAL_S
                if idle:
                    self._last_trim = now
            if idle and self._trim is not None:
                self._trim()

    def _encode(self, text: str) -> list[str]:
        return [*self._source_spm.encode(text, out_type=str), EOS]

    def _decode(self, tokens: list[str]) -> str:
        pieces = [token for token in tokens if token not in SPECIAL_TOKENS]
        return str(self._target_spm.decode_pieces(pieces)).replace(SPIECE_UNDERLINE, " ").strip()

    def _generate(self, sources: list[list[str]], bounds: list[int]) -> list[Hypothesis[str]]:
        def at_bound(step: Any) -> bool:   # called for every token of every row; True ends that row
            return bool(step.step + 1 >= bounds[step.batch_id])

        results = self._translator.translate_batch(
            sources,
            beam_size=self.beam_size,
            num_hypotheses=1,
            length_penalty=1.0,
            min_decoding_length=0,
            max_decoding_length=max(bounds),
            max_input_length=0,          # never truncate: the window split already made every row fit
            return_scores=True,
            return_end_token=True,
            callback=at_bound if self.beam_size == 1 else None,
        )
        hypotheses: list[Hypothesis[str]] = []
        for source, result, bound in zip(sources, results, bounds, strict=True):
            tokens = list(result.hypotheses[0])
            if len(tokens) > bound:   # decoded past this row's own bound: cut and rescore the kept prefix
                kept = tokens[:bound]
                scored = self._translator.score_batch([source], [kept])[0]
                hypotheses.append(Hypothesis(kept, float(sum(scored.log_probs[:bound])), bound))
                continue
            ended = bool(tokens) and tokens[-1] == EOS
            # With length_penalty 1 the score is the sum of log-probabilities divided by len(tokens).
            total = float(result.scores[0]) * len(tokens)
            hypotheses.append(Hypothesis(tokens[:-1] if ended else tokens, total, len(tokens)))
        return hypotheses

    def close(self) -> None:
        super().close()
        self._translator = None
