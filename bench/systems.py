"""In-process systems the harness times, each run in its own subprocess (``python -m bench.systems NAME``) so
that its peak RSS is its own. Every system translates the same sentences with the same forced output lengths:
``output_bound(source tokens, 512)`` target tokens per sentence (the model never emits ``</s>``).

Systems:
- ``naive``: transformers, one ``generate`` per sentence (greedy, ``min_new_tokens = max_new_tokens = bound``).
- ``ours`` (``backend`` transformers / ctranslate2): the service's translators, loaded by ``load_translator``
  from the model store, called like the worker calls them (chunks of ``CHUNK_SENTENCES``, two in flight).
- ``raw-ct2``: ``ctranslate2.Translator.translate_batch`` on length-sorted batches of ``--batch`` rows, greedy (or
  ``beam``), ``min_decoding_length = max_decoding_length`` = the batch's largest bound; each row counts its own
  bound (the tokens a row decodes past it are waste, reported as ``waste``).
- ``ours`` takes any ``Settings`` field as an option, e.g. ``beam_size`` for the beam 2 / 4 rows.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from bench.cpu import Window, peak_rss_mib
from bench.model import OUT, ensure_model
from bench.workload import documents, load, long_document
from service.translation.base import output_bound
from service.translation.punctuation import normalize_for_model

WINDOW = 512
Sentences = list[tuple[str, str]]     # (lang, sentence)


def workload(name: str) -> Sentences:
    """The sentences of ``bench/out/workload-<name>.json`` (written by ``python -m bench``), else built here."""
    path = OUT / f"workload-{name}.json"
    if path.exists():
        return [(doc.lang, sentence) for doc in load(path) for sentence in doc.sentences]
    docs = [long_document()] if name == "long" else documents()
    return [(doc.lang, sentence) for doc in docs for sentence in doc.sentences]


def subset(sentences: Sentences, count: int) -> Sentences:
    """``count`` sentences spread evenly over the workload sorted by length: the same mix of lengths (a stride
    over the documents would pick the same position, e.g. the headline, of every document)."""
    if count >= len(sentences):
        return sentences
    ranked = sorted(sentences, key=lambda item: (len(item[1]), item))
    step = len(ranked) / count
    return [ranked[int((i + 0.5) * step)] for i in range(count)]


def _spm_tokens(models: dict[str, Any]) -> Callable[[str, str], list[str]]:
    import sentencepiece

    processors = {
        lang: sentencepiece.SentencePieceProcessor(model_file=str(model.ct2_int8 / "source.spm"))
        for lang, model in models.items()
    }

    def encode(lang: str, sentence: str) -> list[str]:
        return [*processors[lang].encode(normalize_for_model(sentence, lang), out_type=str), "</s>"]

    return encode


def _models() -> dict[str, Any]:
    return {"de": ensure_model("de-en"), "nl": ensure_model("nl-en")}


def _result(window: Window, sentences: int, output_tokens: int, source_tokens: int, **extra: Any) -> dict[str, Any]:
    return {
        "sentences": sentences,
        "seconds": round(window.wall, 3),
        "sentences_per_s": round(sentences / window.wall, 2),
        "tokens_per_s": round(output_tokens / window.wall, 1),
        "mean_output_tokens": round(output_tokens / max(sentences, 1), 2),
        "mean_source_tokens": round(source_tokens / max(sentences, 1), 2),
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "cpu": window.as_dict(),
        **extra,
    }


# --- raw engines ---------------------------------------------------------------------------------------------
def run_raw_ct2(
    sentences: Sentences, *, batch: int, intra: int, inter: int, concurrent: bool = False,
    device: str = "cpu", compute_type: str = "int8", beam: int = 1,
) -> dict:
    import ctranslate2

    models = _models()
    encode = _spm_tokens(models)
    translators = {
        lang: ctranslate2.Translator(str(model.ct2_int8), device=device, compute_type=compute_type,
                                     intra_threads=intra, inter_threads=inter)
        for lang, model in models.items()
    }
    jobs: list[tuple[str, list[list[str]], list[int]]] = []
    source_tokens = 0
    for lang in translators:
        tokens = sorted((encode(lang, s) for item_lang, s in sentences if item_lang == lang), key=len)
        source_tokens += sum(len(t) for t in tokens)
        for start in range(0, len(tokens), batch):
            rows = tokens[start : start + batch]
            jobs.append((lang, rows, [output_bound(len(r), WINDOW) for r in rows]))
    kept = decoded = 0
    with Window() as window:
        pending = []
        for lang, rows, bounds in jobs:
            call = translators[lang].translate_batch(
                rows, beam_size=beam, max_decoding_length=max(bounds), min_decoding_length=max(bounds),
                max_input_length=0, asynchronous=concurrent,
            )
            pending.append((call, bounds))
        for call, bounds in pending:
            results = [r.result() for r in call] if concurrent else call
            for result, bound in zip(results, bounds, strict=True):
                decoded += len(result.hypotheses[0])
                kept += min(bound, len(result.hypotheses[0]))
    return _result(window, len(sentences), kept, source_tokens, waste=round(decoded / max(kept, 1) - 1, 4),
                   config={"batch": batch, "intra_threads": intra, "inter_threads": inter, "async": concurrent,
                           "device": device, "compute_type": compute_type, "beam": beam})


def run_naive(sentences: Sentences) -> dict:
    import torch
    from transformers import MarianMTModel, MarianTokenizer

    models = _models()
    loaded = {lang: (MarianTokenizer.from_pretrained(m.checkpoint), MarianMTModel.from_pretrained(m.checkpoint).eval())
              for lang, m in models.items()}
    output_tokens = source_tokens = 0
    with Window() as window:
        for lang, sentence in sentences:
            tokenizer, model = loaded[lang]
            inputs = tokenizer(normalize_for_model(sentence, lang), return_tensors="pt")
            bound = output_bound(inputs["input_ids"].shape[1], WINDOW)
            with torch.inference_mode():
                out = model.generate(**inputs, num_beams=1, do_sample=False, max_new_tokens=bound,
                                     min_new_tokens=bound)
            tokenizer.decode(out[0], skip_special_tokens=True)
            output_tokens += out.shape[1] - 1
            source_tokens += inputs["input_ids"].shape[1]
    return _result(window, len(sentences), output_tokens, source_tokens, threads=torch.get_num_threads())


# --- our translators -----------------------------------------------------------------------------------------
def ours_settings(backend: str, **overrides: Any) -> Any:
    from service.config import Settings

    models = _models()
    values: dict[str, Any] = {
        "models_dir": models["de"].store, "model_de_en": str(models["de"].checkpoint),
        "model_nl_en": str(models["nl"].checkpoint), "backend": backend,
    }
    values.update(overrides)
    return Settings(**values)


def run_ours(
    sentences: Sentences,
    *,
    backend: str,
    chunk: int = 0,
    in_flight: int = 0,
    layout: list[int] | None = None,
    **overrides: Any,
) -> dict:
    from service.translation import load_translator
    from service.worker import CHUNK_SENTENCES, CHUNKS_IN_FLIGHT

    chunk, in_flight = chunk or CHUNK_SENTENCES, in_flight or CHUNKS_IN_FLIGHT

    if layout:   # sweep only: force (inter_threads, intra_threads) instead of thread_layout's choice
        import service.translation.ct2 as ct2

        ct2.thread_layout = lambda threads=0, cores=None: (layout[0], layout[1])  # type: ignore[assignment]
    settings = ours_settings(backend, **overrides)
    translators = {lang: load_translator(f"{lang}-en", settings) for lang in ("de", "nl")}
    counted = {"out": 0, "src": 0, "rows": 0}
    for translator in translators.values():
        original = translator._generate  # type: ignore[attr-defined]

        def counting(sources: list, bounds: list, _original: Any = original) -> Any:
            hypotheses = _original(sources, bounds)
            counted["out"] += sum(h.scored for h in hypotheses)
            counted["src"] += sum(len(s) for s in sources)
            counted["rows"] += len(sources)
            return hypotheses

        translator._generate = counting  # type: ignore[attr-defined]
    by_lang = {lang: [s for item_lang, s in sentences if item_lang == lang] for lang in translators}
    with Window() as window, ThreadPoolExecutor(in_flight) as executor:
        for lang, items in by_lang.items():   # as the worker does: chunks, CHUNKS_IN_FLIGHT at a time
            chunks = [items[start : start + chunk] for start in range(0, len(items), chunk)]
            list(executor.map(translators[lang].translate, chunks))
    info = {name: getattr(translators["de"], name, None) for name in ("inter_threads", "intra_threads")}
    return _result(window, len(sentences), counted["out"], counted["src"], backend=backend,
                   config={"chunk": chunk, "in_flight": in_flight, **overrides, **info})


SYSTEMS: dict[str, Callable[..., dict]] = {"raw-ct2": run_raw_ct2, "naive": run_naive, "ours": run_ours}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.systems")
    parser.add_argument("system", choices=sorted(SYSTEMS))
    parser.add_argument("--workload", default="main", choices=["main", "long"])
    parser.add_argument("--subset", type=int, default=0)
    parser.add_argument("--options", default="{}", help="JSON keyword arguments for the system")
    args = parser.parse_args()
    sentences = workload(args.workload)
    if args.subset:
        sentences = subset(sentences, args.subset)
    started = time.time()
    result = SYSTEMS[args.system](sentences, **json.loads(args.options))
    result.update(system=args.system, workload=args.workload, started=started, pid=os.getpid())
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
