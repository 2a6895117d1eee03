"""A 1-second speed probe of the machine, run before every row: the same int8 decode (16 rows × 48 steps, one
thread) each time, in output tokens/s. On this shared VM a run can be slower while ``/proc/stat`` shows the
rest of the machine idle (other tenants of the host); the probe makes that visible, and rows measured at
different probe speeds should not be compared closely.
"""

from __future__ import annotations

import time
from functools import lru_cache
from typing import Any

from bench.model import ensure_model

ROWS, STEPS = 16, 48


@lru_cache(maxsize=1)
def _translator() -> tuple[Any, list[list[str]]]:
    import ctranslate2
    import sentencepiece

    model = ensure_model("de-en")
    translator = ctranslate2.Translator(str(model.ct2_int8), device="cpu", intra_threads=1, inter_threads=1)
    processor = sentencepiece.SentencePieceProcessor(model_file=str(model.ct2_int8 / "source.spm"))
    source = [*processor.encode("Die Regierung hat am Dienstag die Lage in der Region beraten.", out_type=str), "</s>"]
    return translator, [source] * ROWS


def speed() -> float:
    """Output tokens/s of the fixed decode (best of 3)."""
    translator, batch = _translator()
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        translator.translate_batch(batch, beam_size=1, min_decoding_length=STEPS, max_decoding_length=STEPS)
        best = min(best, time.perf_counter() - started)
    return round(ROWS * STEPS / best, 1)
