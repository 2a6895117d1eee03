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

Latency path (``TRANSNORM_LATENCY_PATH=auto``; off by default: on a 2-core machine where other processes used ~1.7
cores, it made a lone request slower, 4.6 s vs 3.1 s p50, since intra-op threads wait on each other when the cores
are contended, and on the quiet AVX-512 EPYC too, 410–425 vs 367–390 ms, where raw CTranslate2 decoded the sentence
in 404–446 ms on two threads and 332–349 on one; measure with ``python -m bench.latency`` before turning it on): a
lone sentence on that layout
decodes on one single-threaded replica, ~1.7 × slower than with every thread. So a second, independent instance of
the same model is loaded with ``inter_threads=1, intra_threads=<all>`` (a second int8 copy of the weights, ~75 MB
for opus-mt base), and a call takes it when it is the only translation in flight in the process (every pair
counted: the worker's chunks, the micro-batcher's batches) and holds at most ``LATENCY_MAX_ROWS`` rows (one
sentence): one request with nothing else waiting. Under load the calls overlap and the replicas serve them as
before. Both instances decode with the same options, so the output does not depend on the path (a test compares
them).

GPU (``device="cuda"``): one replica (``inter_threads=1``), the compute type from ``service.translation.device``,
no latency path and no ``malloc_trim`` need (the activations live on the device).

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
LATENCY_MAX_ROWS = 1   # a call of at most this many rows, alone in the process, takes the latency instance


class _Calls:
    """``translate`` calls in flight in this process, over every CTranslate2 translator (they share the cores),
    and the decode slots the CPU translators share."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self._slots: dict[int, threading.BoundedSemaphore] = {}

    def cpu_slots(self, replicas: int) -> threading.BoundedSemaphore:
        """One semaphore of ``replicas`` decodes for every CPU translator of that layout in the process.

        Why shared: each pair's model has its own replicas, but they all run on the same cores. With a slot per
        replica per pair, the worker could only translate a claim's languages one after the other (two pairs
        at once would put two decodes on each core); with the slots shared, the next language's batches fill
        the replica that the previous language's last batch leaves idle, and no more decodes run than there are
        replica threads (the end-to-end row kept 1.9 instead of 1.7 cores busy, docs/performance.md).
        """
        with self.lock:
            return self._slots.setdefault(replicas, threading.BoundedSemaphore(replicas))


CALLS = _Calls()


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


def latency_threads(inter_threads: int, intra_threads: int) -> int:
    """Threads of the latency instance for a layout: every thread, when the layout splits them into replicas."""
    return inter_threads * intra_threads if inter_threads > 1 else 0


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
        device: str = "cpu",
        compute_type: str = "default",
        latency_path: bool = False,
    ) -> None:
        import ctranslate2
        import sentencepiece

        if device != "cpu":
            inter_threads, intra_threads = 1, max(1, intra_threads)   # one replica feeds the device
        elif not inter_threads:
            inter_threads, intra_threads = thread_layout(threads)
        self.inter_threads, self.intra_threads = inter_threads, intra_threads
        self.device, self.compute_type = device, compute_type
        self.model_dir = Path(model_dir)
        self._translator: Any = ctranslate2.Translator(
            str(self.model_dir), device=device, compute_type=compute_type,
            inter_threads=inter_threads, intra_threads=intra_threads,
        )
        wide = latency_threads(inter_threads, intra_threads) if latency_path and device == "cpu" else 0
        self.latency_threads = wide
        self._latency: Any = ctranslate2.Translator(
            str(self.model_dir), device="cpu", compute_type=compute_type, inter_threads=1, intra_threads=wide,
        ) if wide else None
        self.latency_calls = 0   # calls that took the latency instance (for tests and the bench)
        self._source_spm = sentencepiece.SentencePieceProcessor(model_file=str(self.model_dir / "source.spm"))
        self._target_spm = sentencepiece.SentencePieceProcessor(model_file=str(self.model_dir / "target.spm"))
        super().__init__(
            pair=pair, model_id=model_id, revision=revision, window=window,
            batch_tokens=batch_tokens, max_batch_sentences=max_batch_sentences, beam_size=beam_size,
            parallel_batches=inter_threads,
        )
        if device == "cpu":
            self._slots = CALLS.cpu_slots(inter_threads)
        self._trim = _malloc_trim()
        self._in_flight = 0
        self._last_trim = 0.0
        self._flight_lock = threading.Lock()

    def translate(self, sentences: Sequence[str], *, terms: Sequence[Term] = ()) -> list[Translation]:
        with self._flight_lock:
            self._in_flight += 1
        with CALLS.lock:
            CALLS.count += 1
        try:
            return super().translate(sentences, terms=terms)
        finally:
            with CALLS.lock:
                CALLS.count -= 1
            with self._flight_lock:
                self._in_flight -= 1
                now = time.monotonic()
                idle = self._in_flight == 0 and now - self._last_trim >= TRIM_INTERVAL_S
                if idle:
                    self._last_trim = now
            if idle and self._trim is not None:
                self._trim()

    def _run_all(self, jobs: list[tuple[list[list[str]], list[int]]]) -> list[list[Hypothesis[str]]]:
        """A lone small call decodes as one batch on the latency instance; anything else on the replicas."""
        rows = sum(len(sources) for sources, _ in jobs)
        if self._latency is None or not 0 < rows <= LATENCY_MAX_ROWS:
            return super()._run_all(jobs)
        with CALLS.lock:
            alone = CALLS.count == 1
        if not alone:
            return super()._run_all(jobs)
        self.latency_calls += 1
        # The jobs are slices of one length-sorted list (split only to fill the replicas): decode them together.
        merged = self._generate_on(
            self._latency, [s for sources, _ in jobs for s in sources], [b for _, bounds in jobs for b in bounds]
        )
        out, start = [], 0
        for sources, _ in jobs:
            out.append(merged[start : start + len(sources)])
            start += len(sources)
        return out

    def _encode(self, text: str) -> list[str]:
        return [*self._source_spm.encode(text, out_type=str), EOS]

    def _decode(self, tokens: list[str]) -> str:
        pieces = [token for token in tokens if token not in SPECIAL_TOKENS]
        return str(self._target_spm.decode_pieces(pieces)).replace(SPIECE_UNDERLINE, " ").strip()

    def _generate(self, sources: list[list[str]], bounds: list[int]) -> list[Hypothesis[str]]:
        return self._generate_on(self._translator, sources, bounds)

    def _generate_on(self, translator: Any, sources: list[list[str]], bounds: list[int]) -> list[Hypothesis[str]]:
        def at_bound(step: Any) -> bool:   # called for every token of every row; True ends that row
            return bool(step.step + 1 >= bounds[step.batch_id])

        results = translator.translate_batch(
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
                scored = translator.score_batch([source], [kept])[0]
                hypotheses.append(Hypothesis(kept, float(sum(scored.log_probs[:bound])), bound))
                continue
            ended = bool(tokens) and tokens[-1] == EOS
            # With length_penalty 1 the score is the sum of log-probabilities divided by len(tokens).
            total = float(result.scores[0]) * len(tokens)
            hypotheses.append(Hypothesis(tokens[:-1] if ended else tokens, total, len(tokens)))
        return hypotheses

    def close(self) -> None:
        super().close()
        self._translator = self._latency = None
