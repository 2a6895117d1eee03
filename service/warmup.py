"""Start-up warm-up: what the pipeline, the checks and the models build on first use is built before serving.

Why: the language identifier (py3langid's model, decompressed from its archive), the class of invisible
characters, the sentence splitters, the word-frequency lists the checks read, and each CTranslate2 replica's
buffers are all made on first use behind ``lru_cache`` or inside the library. On a fresh server the first
requests paid for them, several times over when they came together (a cache does not stop concurrent first
callers from each building the value): py-spy over the benchmark's first ingest burst on a new ``transnorm serve``
saw four request threads each loading the language model, ~40 % of the server's samples in that row
(docs/performance.md). Once here, before the server answers /ready, they cost one load each (~1–2 s in all).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable

from service.corpus import quality
from service.errors import TransnormError
from service.pipeline.release import process_release
from service.translation.base import Translator

log = logging.getLogger("transnorm.warmup")

# A paragraph with a sentence break, a date, a number with a unit, a name and a quote: it reaches the splitter,
# the quantity and name checks and the frequency lists of every language it is checked in.
WARM_TEXT = 'Am 3. März 2024 sagte Maria Schmidt in Berlin, 12,5 Millionen Euro seien "genug". Das ist gut.'
WARM_TARGET = 'On 3 March 2024 Maria Schmidt said in Berlin that 12.5 million euros were "enough". That is good.'


def warm_up(source_langs: Iterable[str], translators: Iterable[Translator] = ()) -> float:
    """Run the pipeline and the checks once per source language and translate two sentences with each
    translator (two: a call is split over two replicas); returns the seconds it took. A translator's failure is
    logged and the start goes on (the first real call shows it again, with its context); a language the sample
    text does not suit is skipped. Any other error in the pipeline is a bug, and it stops the start."""
    started = time.perf_counter()
    for lang in source_langs:
        try:
            document = process_release(WARM_TEXT, source_lang=lang)
            quality.check_pair(document.segments[0].text, WARM_TARGET, lang)
        except (TransnormError, IndexError):   # a language the sample does not suit: its first request pays
            log.debug("warm-up of %s skipped", lang, exc_info=True)
    for translator in translators:
        try:
            translator.translate(["Das ist gut.", "Maria Schmidt sagte es in Berlin."])
        except Exception:  # any model error shows again, with its context, on the first real call
            log.warning("warm-up translation with %s failed", translator.pair, exc_info=True)
    return time.perf_counter() - started
