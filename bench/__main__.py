"""``python -m bench``: the performance harness (not part of the test suite).

See docs/performance.md and the README, section Performance.

Builds or reuses the benchmark models (bench/model.py) and the workload (bench/workload.py), then runs every row
in this one invocation: each in-process system in its own subprocess (its own peak RSS), then a real
``transnorm serve`` over HTTP. A row whose run saw the rest of the machine use more than ``QUIET_CORES`` is run
again (``--tries``) and the quietest run is kept; the table shows the CPU the rest of the machine used during
each kept run. Then the LibreTranslate peer rows (bench/libretranslate.py, unless ``--skip-peer``): our server and
LibreTranslate, each serving the same model, driven with the same requests. Prints the tables and writes
``bench/out/results.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from bench import libretranslate as peer
from bench import service
from bench.cpu import CORES, QUIET_CORES, peak_rss_mib, rss_mib
from bench.model import OUT, ensure_model
from bench.probe import speed
from bench.workload import Document, documents, long_document, reingest_documents, save

INT8_CEILING = 5870.0          # output tokens/s, greedy, 2 cores (PERFORMANCE.md)
NAIVE_SUBSET = 24
BEAM_SUBSET = 96               # sentences for the beam rows under --quick
PEER_DOCUMENTS = 8             # documents per request row (ours and LibreTranslate): ~94 sentences, 4 de + 4 nl


def log(message: str) -> None:
    sys.stderr.write(f"[bench {time.strftime('%H:%M:%S')}] {message}\n")
    sys.stderr.flush()


def quietest(run: Callable[[], dict[str, Any]], tries: int, label: str) -> dict[str, Any]:
    """Run until the rest of the machine was quiet, at most ``tries`` times; keep the quietest run."""
    best: dict[str, Any] | None = None
    for attempt in range(1, tries + 1):
        probe = speed()
        result = run()
        result["probe_tokens_per_s"] = probe
        others = result["cpu"]["others_cores"]
        log(f"{label}: try {attempt}: {result.get('tokens_per_s', result.get('sentences_per_s'))} "
            f"(rest of machine {others:.2f} cores, probe {probe})")
        if best is None or others < best["cpu"]["others_cores"]:
            best = result
        if others <= QUIET_CORES:
            break
    assert best is not None
    best["quiet"] = best["cpu"]["others_cores"] <= QUIET_CORES
    return best


def system(name: str, options: dict[str, Any], *, workload: str = "main", subset: int = 0) -> Callable[[], dict]:
    def run() -> dict[str, Any]:
        command = [sys.executable, "-m", "bench.systems", name, "--workload", workload,
                   "--options", json.dumps(options)]
        if subset:
            command += ["--subset", str(subset)]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        return dict(json.loads(out.strip().splitlines()[-1]))

    return run


def bound_tokens(docs: list[Document]) -> tuple[int, int]:
    """(sentences, output tokens) the service must produce for ``docs``: output_bound of each source length."""
    import sentencepiece

    from service.translation.base import output_bound
    from service.translation.punctuation import normalize_for_model

    processor = sentencepiece.SentencePieceProcessor(
        model_file=str(ensure_model("de-en").ct2_int8 / "source.spm"))
    sentences = [(doc.lang, s) for doc in docs for s in doc.sentences]
    tokens = sum(output_bound(len(processor.encode(normalize_for_model(s, lang))) + 1, 512) for lang, s in sentences)
    return len(sentences), tokens


def service_rows(docs: list[Document], long_doc: Document, tries: int, peer_rows: bool) -> dict[str, Any]:
    models = {"de": ensure_model("de-en"), "nl": ensure_model("nl-en")}
    rows: dict[str, Any] = {}
    run_dir = service.run_dir()
    with service.serve(models, run_dir) as server:
        rows["serve_idle_rss_mib"] = round(rss_mib(server.pid), 1)
        client = httpx.Client(base_url=server.url, timeout=120)

        def ingest_row(batch: list[Document], label: str) -> Callable[[], dict[str, Any]]:
            sentences, tokens = bound_tokens(batch)

            def run() -> dict[str, Any]:
                for doc in client.get("/v1/documents", params={"limit": 500}).json()["items"]:
                    if doc["content_hash"] in hashes:   # a retry: remove the earlier run's documents and pairs
                        client.delete(f"/v1/documents/{doc['id']}").raise_for_status()
                result = service.ingest(server, batch)
                window = result.pop("window")
                return {"sentences": sentences, "seconds": round(window.wall, 3),
                        "sentences_per_s": round(sentences / window.wall, 2),
                        "tokens_per_s": round(tokens / window.wall, 1),
                        "mean_output_tokens": round(tokens / sentences, 2), "cpu": window.as_dict(), **result}

            from service.pipeline.release import process_release
            hashes = {process_release(doc.text, source_lang=doc.lang).content_hash for doc in batch}
            log(f"{label}: {len(batch)} documents, {sentences} sentences")
            return run

        rows["e2e"] = quietest(ingest_row(docs, "end-to-end"), tries, "end-to-end")
        rows["e2e_long"] = quietest(ingest_row([long_doc], "end-to-end long document"), tries, "e2e long")
        sentence = sorted((s for s in docs[0].sentences), key=len)[len(docs[0].sentences) // 2]
        rows["latency_sentence"] = {"text": sentence, "lang": docs[0].lang,
                                    "output_tokens": bound_tokens([Document(docs[0].lang, "", [sentence])])[1]}
        for clients in (1, 8):
            def measure(clients: int = clients) -> dict[str, Any]:
                return service.latency(server, sentence, docs[0].lang, clients)

            rows[f"latency_{clients}"] = quietest(measure, tries, f"/v1/translate, {clients} client(s)")
        if peer_rows:   # our server driven as the LibreTranslate rows drive LibreTranslate
            rows.update(peer.ours_rows(server.url, server.pid, docs[:PEER_DOCUMENTS],
                                       lambda run, label: quietest(run, tries, label)))
        rows["reingest_http"] = quietest(ingest_row(reingest_documents(docs), "re-ingest"), tries, "re-ingest")
        rows["serve_rss_mib"] = round(rss_mib(server.pid), 1)
        rows["serve_peak_rss_mib"] = round(peak_rss_mib(server.pid), 1)
        rows["languages"] = client.get("/v1/languages").json()
        client.close()
    database = run_dir / "transnorm.db"

    def tm_run() -> dict[str, Any]:
        copy = run_dir / "tm-copy.db"
        shutil.copyfile(database, copy)
        out = subprocess.run([sys.executable, "-m", "bench.tm", str(copy)], check=True, capture_output=True,
                             text=True).stdout
        return dict(json.loads(out.strip().splitlines()[-1]))

    rows["reingest_tm"] = quietest(tm_run, tries, "re-ingest, worker TM path")
    return rows


def machine() -> dict[str, Any]:
    import ctranslate2
    import torch
    import transformers

    cpuinfo = Path("/proc/cpuinfo").read_text()
    model = next((line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name")), "")
    flags = next((line.split(":", 1)[1].split() for line in cpuinfo.splitlines() if line.startswith("flags")), [])
    return {
        "cpu": model, "cores": CORES, "python": platform.python_version(),
        "isa": [f for f in ("avx2", "avx512f", "avx512_vnni", "amx_int8") if f in flags],
        "ctranslate2": ctranslate2.__version__, "torch": torch.__version__, "transformers": transformers.__version__,
    }


def fmt(value: float | None, spec: str = ".1f") -> str:
    return "–" if value is None else format(value, spec)


def table(results: dict[str, Any]) -> str:
    rows = results["rows"]
    naive = rows["naive"]["tokens_per_s"]
    lines = [
        "| row | sentences | sent/s | output tok/s | mean out len | × naive | × raw CT2 b64 (same sentences) "
        "| % int8 ceiling | peak RSS MiB | rest of machine (cores) | probe tok/s |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    labels = [
        ("naive", f"transformers fp32, batch 1, naive (subset of {NAIVE_SUBSET}, scaled)"),
        ("ours_transformers", "ours: MarianTranslator (transformers fp32)"),
        ("ours_ct2", "ours: CTranslate2Translator (int8)"),
        ("raw_ct2", "raw CTranslate2 int8, batch 64 (reference)"),
        ("ours_ct2_beam2", "ours: CTranslate2Translator, beam 2"),
        ("raw_ct2_beam2", "raw CTranslate2 int8, batch 64, beam 2"),
        ("ours_ct2_beam4", "ours: CTranslate2Translator, beam 4"),
        ("raw_ct2_beam4", "raw CTranslate2 int8, batch 64, beam 4"),
        ("e2e", "end-to-end: HTTP → `transnorm serve` (SQLite) → done"),
        ("raw_ct2_long", "long document: raw CTranslate2 int8, batch 64"),
        ("ours_ct2_long", "long document: ours CTranslate2Translator"),
        ("e2e_long", "long document: end-to-end"),
    ]
    for key, label in labels:
        row = rows.get(key)
        if not row:
            continue
        tps = row["tokens_per_s"]
        base = rows.get("raw_ct2_long", rows["raw_ct2"]) if key.endswith("_long") else rows["raw_ct2"]
        raw = base["tokens_per_s"]
        noisy = "" if row.get("quiet", True) else " (noisy)"
        lines.append(
            f"| {label} | {row['sentences']} | {fmt(row['sentences_per_s'], '.2f')} | {fmt(tps)} "
            f"| {fmt(row['mean_output_tokens'])} | {fmt(tps / naive)} | {fmt(tps / raw, '.2f')} "
            f"| {fmt(100 * tps / INT8_CEILING)} | {fmt(row.get('peak_rss_mib'), '.0f')} "
            f"| {row['cpu']['others_cores']:.2f}{noisy} | {fmt(row.get('probe_tokens_per_s'), '.0f')} |")
    for key, label in (("reingest_http", "re-ingest via HTTP (translation memory, incl. segmentation)"),
                       ("reingest_tm", "re-ingest, worker TM path only (DB)")):
        row = rows.get(key)
        if row:
            lines.append(f"| {label} | {row['sentences']} | {fmt(row['sentences_per_s'], '.0f')} | – | – | – | – | – "
                         f"| {fmt(row.get('peak_rss_mib'), '.0f')} | {row['cpu']['others_cores']:.2f} "
                         f"| {fmt(row.get('probe_tokens_per_s'), '.0f')} |")
    if "serve_rss_mib" in rows:
        lines.append(f"| both pairs loaded: `transnorm serve` RSS (idle at start / after all rows / peak) | – | – "
                     f"| – | – | – | – | – | {rows['serve_idle_rss_mib']:.0f} / {rows['serve_rss_mib']:.0f} / "
                     f"{rows['serve_peak_rss_mib']:.0f} | – | – |")
    if "latency_1" in rows:
        sentence = rows["latency_sentence"]
        lines += ["", f"/v1/translate, one sentence ({sentence['output_tokens']} output tokens):", "",
                  "| clients | p50 ms | p99 ms | p99 ms, each client's first request left out | requests/s "
                  "| rest of machine (cores) | probe tok/s |",
                  "|---|---|---|---|---|---|---|"]
        for clients in (1, 8):
            row = rows[f"latency_{clients}"]
            lines.append(f"| {clients} | {row['p50_ms']:.0f} | {row['p99_ms']:.0f} "
                         f"| {fmt(row.get('p99_after_first_ms'), '.0f')} | {row['requests_per_s']:.2f} "
                         f"| {row['cpu']['others_cores']:.2f} | {fmt(row.get('probe_tokens_per_s'), '.0f')} |")
    if any(key.startswith("req_") for key in rows):
        lines += ["", f"Per request: {PEER_DOCUMENTS} documents, one request each; greedy; {rows.get('lt_version', '')}"
                  " with MiniSBD replaced by a rule-based splitter:", "",
                  peer.table(rows)]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--tries", type=int, default=3, help="runs per row at most, until one is quiet")
    parser.add_argument("--quick", action="store_true", help="subsets for the slow rows, one try each")
    parser.add_argument("--skip-service", action="store_true")
    parser.add_argument("--skip-peer", action="store_true", help="leave out the LibreTranslate rows")
    parser.add_argument("--json", type=Path, default=OUT / "results.json")
    args = parser.parse_args()
    tries = 1 if args.quick else args.tries
    if not args.skip_peer:
        log(f"peer: {peer.lt_version()}")   # fails now, not after our rows, when scripts/libretranslate-venv.sh is due

    log("models: building or reusing bench/out/checkpoints and bench/out/store")
    for pair in ("de-en", "nl-en"):
        ensure_model(pair)
    docs, long_doc = documents(), long_document()
    save(docs, OUT / "workload-main.json")
    save([long_doc], OUT / "workload-long.json")
    results: dict[str, Any] = {"machine": machine(), "int8_ceiling_tokens_per_s": INT8_CEILING,
                               "quiet_threshold_cores": QUIET_CORES, "rows": {}}
    rows = results["rows"]
    raw64 = {"batch": 64, "intra": 2, "inter": 1}
    plan: list[tuple[str, str, dict[str, Any], str, int]] = [
        ("naive", "naive", {}, "main", NAIVE_SUBSET),
        ("raw_ct2", "raw-ct2", raw64, "main", 0),
        ("ours_ct2", "ours", {"backend": "ctranslate2"}, "main", 0),
        ("ours_transformers", "ours", {"backend": "transformers"}, "main", 96 if args.quick else 0),
        *((f"{system}_beam{beam}", name, {**options, key: beam}, "main", BEAM_SUBSET if args.quick else 0)
          for beam in (2, 4) for system, name, options, key in (
              ("ours_ct2", "ours", {"backend": "ctranslate2"}, "beam_size"), ("raw_ct2", "raw-ct2", raw64, "beam"))),
        ("raw_ct2_long", "raw-ct2", raw64, "long", 0),
        ("ours_ct2_long", "ours", {"backend": "ctranslate2"}, "long", 0),
    ]
    for key, name, options, workload, subset in plan:
        log(f"{key}: running")
        rows[key] = quietest(system(name, options, workload=workload, subset=subset), tries, key)
    if not args.skip_service:
        rows.update(service_rows(docs, long_doc, tries, not args.skip_peer))
    if not args.skip_peer:
        rows.update(peer.peer_rows(docs[:PEER_DOCUMENTS], lambda run, label: quietest(run, tries, label)))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table(results))
    print(f"\nmachine: {results['machine']}\nJSON: {args.json}")


if __name__ == "__main__":
    main()
