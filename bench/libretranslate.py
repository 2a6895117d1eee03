"""The LibreTranslate peer rows: LibreTranslate serving the benchmark's own model, driven like its users drive it.

``python -m bench.libretranslate`` prints them standalone; ``python -m bench`` runs them in the same invocation as
our rows (``--skip-peer`` leaves them out). Needs scripts/libretranslate-venv.sh (its own venv, bench/out/lt-venv).

LibreTranslate (bench/lt_package.py: an argos package of our int8 model, a private offline home) listens on
127.0.0.1; the main workload's documents are sent (a) as ``POST /translate`` with the release text as ``q``, (b) with
the release's sentences (as our segmenter cut them) as an array ``q``, by 1 and by 8 closed-loop clients, one
document per request. Our service is driven the same way on ``POST /v1/translate`` (text, or a list of sentences),
so the two compare request for request. Output tokens are counted on the returned text, the same way for both
(``output_tokens``); the peak RSS is the server process's high-water mark so far (rows run in the order shown).

Decoding lengths: LibreTranslate never bounds the output, so with the random model (which never ends a sentence)
every sentence decodes CTranslate2's default 256 tokens, ~4× ours. The "bounded" rows impose our bound through
bench/lt_launch.py (a patch, see there); compare the unbounded rows with ours per output token only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import statistics
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import httpx

from bench.cpu import Window, peak_rss_mib, rss_mib
from bench.lt_package import LT_HOME, LT_VENV, lt_version, prepare_home
from bench.model import OUT, ensure_model
from bench.service import _free_port, _percentile, wait_until_ready
from bench.workload import Document, documents

CLIENT_COUNTS = (1, 8)
MODES = ("text", "array")
# LibreTranslate's threads on 2 cores, the better layout for each client count (generous to the peer: one server
# has one setting). argos decodes a request's sentences one after another, in batches of at most 32 tokens (in
# effect one sentence each), so one client keeps one CTranslate2 replica busy: one replica of 2 intra-op threads
# serves it best; 8 clients keep two single-threaded replicas busy (the layout ours uses for every load).
# LibreTranslate's default (inter 1, intra 0 = all cores) equals the first here. Tokens per CPU-second were the
# same for all three (docs/performance.md). waitress gets 8 threads (default 4) so that 8 clients are all served.
LAYOUTS = {1: {"inter": 1, "intra": 2, "threads": 8}, 8: {"inter": 2, "intra": 1, "threads": 8}}
DUMMY_PIECE = re.compile(r"zz\d{5}", re.IGNORECASE)   # bench/model.py's padding pieces, as decoded text
SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\d\.)\s+")   # bench/lt_sbd.py's rule
Repeat = Callable[[Callable[[], dict[str, Any]], str], dict[str, Any]]


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log: Path
    config: dict[str, Any] = field(default_factory=dict)

    @property
    def pid(self) -> int:
        return self.process.pid


@lru_cache(maxsize=1)
def _processor() -> Any:
    import sentencepiece

    return sentencepiece.SentencePieceProcessor(model_file=str(ensure_model("de-en").ct2_int8 / "target.spm"))


def output_tokens(text: str) -> int:
    """Target tokens in a returned translation: each decoded padding piece is one token (the SentencePiece model
    does not know them, so it would cut them into characters), the rest is re-tokenized."""
    rest = DUMMY_PIECE.sub(" ", text).split()
    return len(DUMMY_PIECE.findall(text)) + (len(_processor().encode(" ".join(rest))) if rest else 0)


def lt_sentences(text: str) -> int:
    """Sentences argos decodes for ``text``: paragraphs (lines), each cut by the packaged splitter's rule."""
    return sum(len([s for s in SENTENCE_END.split(line.strip()) if s]) for line in text.split("\n"))


@contextmanager
def serve(*, beam: int = 1, bound: bool = False, inter: int = 2, intra: int = 1, threads: int = 8) -> Iterator[Server]:
    """LibreTranslate with both benchmark pairs, ready and warm (each pair translated once); stopped on exit."""
    models = [ensure_model("de-en"), ensure_model("nl-en")]
    env = {**os.environ, **prepare_home(models), "ARGOS_BEAM_SIZE": str(beam), "ARGOS_INTER_THREADS": str(inter),
           "ARGOS_INTRA_THREADS": str(intra), "ARGOS_DEVICE_TYPE": "cpu", "BENCH_LT_BOUND": "1" if bound else "0"}
    port = _free_port()
    log = LT_HOME / "server.log"
    command = [str(LT_VENV / "bin" / "python"), str(Path(__file__).with_name("lt_launch.py")), "--host", "127.0.0.1",
               "--port", str(port), "--load-only", "de,nl,en", "--threads", str(threads),
               "--disable-files-translation"]
    started = time.monotonic()
    with log.open("wb") as handle:
        process = subprocess.Popen(command, env=env, stdout=handle, stderr=subprocess.STDOUT)
    config: dict[str, Any] = {"beam": beam, "bound": bound, "inter_threads": inter, "intra_threads": intra,
                              "threads": threads}
    server = Server(f"http://127.0.0.1:{port}", process, log, config)
    try:
        wait_until_ready(process, server.url + "/languages", log, name="libretranslate")
        config["ready_s"] = round(time.monotonic() - started, 2)
        forget(server.url)   # also warms up: argos loads a pair's model and splitter on its first request
        config["idle_rss_mib"] = round(rss_mib(server.pid), 1)
        yield server
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def forget(url: str) -> None:
    """Replace argos's translation cache with one word per pair. argos keeps, per pair, the translations of the
    previous request's paragraphs (``CachedTranslation``) and serves them again if the next request repeats
    them; a row that follows another on the same documents would otherwise get its last document per language
    for free (ours keeps nothing between /v1/translate requests)."""
    for lang in ("de", "nl"):
        httpx.post(url + "/translate", json={"q": "Test.", "source": lang, "target": "en"},
                   timeout=120).raise_for_status()


def lt_request(doc: Document, mode: str) -> tuple[str, dict[str, Any], Callable[[Any], list[str]]]:
    q: str | list[str] = doc.text if mode == "text" else doc.sentences
    return "/translate", {"q": q, "source": doc.lang, "target": "en", "format": "text"}, \
        lambda body: body["translatedText"] if mode == "array" else [body["translatedText"]]


def ours_request(doc: Document, mode: str) -> tuple[str, dict[str, Any], Callable[[Any], list[str]]]:
    text: str | list[str] = doc.text if mode == "text" else doc.sentences
    return "/v1/translate", {"text": text, "source_lang": doc.lang}, \
        lambda body: [t["target"] for t in body["translations"]]


def measure(url: str, pid: int, docs: list[Document], mode: str, clients: int,
            request: Callable[[Document, str], tuple[str, dict[str, Any], Callable[[Any], list[str]]]]) -> dict:
    """Every document once, ``clients`` closed-loop clients taking the next document; one request per document."""
    pending = list(reversed(docs))
    timings: list[float] = []
    outputs: list[str] = []
    lock = threading.Lock()

    def client_loop(_index: int) -> None:
        with httpx.Client(base_url=url, timeout=900) as client:
            while True:
                with lock:
                    if not pending:
                        return
                    doc = pending.pop()
                path, payload, extract = request(doc, mode)
                started = time.perf_counter()
                response = client.post(path, json=payload)
                elapsed = time.perf_counter() - started
                response.raise_for_status()
                with lock:
                    timings.append(elapsed)
                    outputs.extend(extract(response.json()))

    with Window([pid, os.getpid()]) as window, ThreadPoolExecutor(clients) as executor:
        list(executor.map(client_loop, range(clients)))
    tokens = sum(output_tokens(text) for text in outputs)
    sentences = sum(len(doc.sentences) for doc in docs)
    decoded = len(outputs) if request is ours_request else sum(
        lt_sentences(doc.text) if mode == "text" else sum(lt_sentences(s) for s in doc.sentences) for doc in docs)
    timings.sort()
    return {
        "mode": mode, "clients": clients, "requests": len(timings), "sentences": sentences,
        "decoded_sentences": decoded, "seconds": round(window.wall, 3),
        "sentences_per_s": round(sentences / window.wall, 2), "output_tokens": tokens,
        "tokens_per_s": round(tokens / window.wall, 1), "mean_output_tokens": round(tokens / max(decoded, 1), 2),
        # per CPU-second of the server and the clients: what a row costs, nearly whatever else the machine runs
        "tokens_per_cpu_s": round(tokens / max(window.ours_cores * window.wall, 1e-9), 1),
        "p50_ms": round(1000 * statistics.median(timings), 1), "p99_ms": round(1000 * _percentile(timings, 0.99), 1),
        "mean_ms": round(1000 * statistics.fmean(timings), 1), "requests_per_s": round(len(timings) / window.wall, 2),
        "rss_mib": round(rss_mib(pid), 1), "peak_rss_mib": round(peak_rss_mib(pid), 1), "cpu": window.as_dict(),
    }


def once(run: Callable[[], dict[str, Any]], label: str) -> dict[str, Any]:
    """One run, with the machine's speed probe as ``python -m bench`` records it."""
    from bench.probe import speed

    probe = speed()
    return {**run(), "probe_tokens_per_s": probe}


def request_rows(url: str, pid: int, docs: list[Document], prefix: str, repeat: Repeat = once,
                 request: Callable[..., Any] = lt_request, config: dict[str, Any] | None = None,
                 client_counts: tuple[int, ...] = CLIENT_COUNTS) -> dict[str, Any]:
    """``<prefix>_<mode>_<clients>`` rows: both request styles, 1 and 8 clients, against a running server."""
    rows: dict[str, Any] = {}
    for clients in client_counts:
        for mode in MODES:
            def run(mode: str = mode, clients: int = clients) -> dict[str, Any]:
                if request is lt_request:
                    forget(url)
                return {**measure(url, pid, docs, mode, clients, request), "config": config or {}}

            rows[f"{prefix}_{mode}_{clients}"] = repeat(run, f"{prefix}: {mode}, {clients} client(s)")
    return rows


def ours_rows(url: str, pid: int, docs: list[Document], repeat: Repeat = once) -> dict[str, Any]:
    """Our ``transnorm serve`` at ``url`` driven as LibreTranslate is (rows ``req_ours_*``)."""
    return request_rows(url, pid, docs, "req_ours", repeat, ours_request)


def peer_rows(docs: list[Document], repeat: Repeat = once, *, unbounded: bool = False) -> dict[str, Any]:
    """LibreTranslate rows, greedy as ours: ``req_ltb_*`` with our output bound; with ``unbounded`` also
    ``req_lt_*``, LibreTranslate as it runs (4× the output tokens here, so 4× the time: not in ``python -m bench``)."""
    rows: dict[str, Any] = {"lt_version": lt_version()}
    for prefix, bound in (("req_ltb", True), ("req_lt", False))[: 2 if unbounded else 1]:
        for clients in CLIENT_COUNTS:   # a fresh server for each client count, with its layout
            with serve(bound=bound, **LAYOUTS[clients]) as server:
                rows.update(request_rows(server.url, server.pid, docs, prefix, repeat, lt_request, server.config,
                                         (clients,)))
    return rows


def table(rows: dict[str, Any]) -> str:
    labels = {"req_ours": "ours: `transnorm serve` POST /v1/translate",
              "req_ltb": "LibreTranslate POST /translate, our output bound (patched, bench/lt_launch.py)",
              "req_lt": "LibreTranslate POST /translate, unbounded (256 tokens/sentence)"}
    lines = ["| server | q | clients | CT2 threads inter × intra | documents | sentences (ours / decoded) "
             "| output tok/s | output tok per CPU-s | mean out len | p50 ms | p99 ms | req/s | peak RSS MiB "
             "| rest of machine (cores) | probe tok/s |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for prefix, label in labels.items():
        for mode in MODES:
            for clients in CLIENT_COUNTS:
                row = rows.get(f"{prefix}_{mode}_{clients}")
                if not row:
                    continue
                probe, config = row.get("probe_tokens_per_s"), row.get("config") or {}
                threads = f"{config['inter_threads']} × {config['intra_threads']}" if config else "default"
                lines.append(
                    f"| {label} | {'text' if mode == 'text' else 'sentence array'} | {clients} | {threads} "
                    f"| {row['requests']} "
                    f"| {row['sentences']} / {row['decoded_sentences']} | {row['tokens_per_s']:.1f} "
                    f"| {row['tokens_per_cpu_s']:.0f} "
                    f"| {row['mean_output_tokens']:.1f} | {row['p50_ms']:.0f} | {row['p99_ms']:.0f} "
                    f"| {row['requests_per_s']:.2f} | {row['peak_rss_mib']:.0f} | {row['cpu']['others_cores']:.2f} "
                    f"| {'–' if probe is None else f'{probe:.0f}'} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.libretranslate", description=__doc__)
    parser.add_argument("--documents", type=int, default=8, help="the first N workload documents (0 = all 48)")
    parser.add_argument("--unbounded", action="store_true", help="also LibreTranslate without our output bound")
    parser.add_argument("--ours", action="store_true", help="also our `transnorm serve`, driven the same way")
    parser.add_argument("--json", type=Path, default=OUT / "libretranslate.json")
    args = parser.parse_args()
    docs = documents()
    docs = docs[: args.documents] if args.documents else docs
    rows: dict[str, Any] = {}
    if args.ours:
        from bench import service

        models = {"de": ensure_model("de-en"), "nl": ensure_model("nl-en")}
        with service.serve(models, service.run_dir()) as server:
            rows.update(ours_rows(server.url, server.pid, docs))
    rows.update(peer_rows(docs, unbounded=args.unbounded))
    args.json.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table(rows))
    print(f"\n{rows['lt_version']}; MiniSBD: rule-based splitter (bench/lt_sbd.py)")
    print(f"JSON: {args.json}")


if __name__ == "__main__":
    main()
