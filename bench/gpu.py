"""GPU rows (``python -m bench.gpu``): the same models and workload as ``python -m bench``, on CUDA.

Run only where a GPU is present (``scripts/gpu-check.sh`` prepares and runs it); never part of tests or CI.

Rows: raw CTranslate2 (batch 64 and 256, int8_float16 and float16); ours ``CTranslate2Translator`` and
``MarianTranslator`` (half precision) loaded with ``TRANSNORM_DEVICE=cuda`` (so with the GPU batch budgets of
``service.translation.device``), called like the worker calls them; end-to-end (``transnorm serve`` with
``TRANSNORM_DEVICE=cuda``, documents over HTTP until translated) and ``/v1/translate`` latency at 1 and 8 clients.
Target (issue 15): end-to-end ≥ 10 × the CPU end-to-end figure of docs/performance.md (1,413 tokens/s on 2 cores).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

CPU_E2E_TOKENS_PER_S = 1413.5   # docs/performance.md, EPYC 2 cores, end-to-end row


def _system(name: str, options: dict[str, Any], workload: str = "main") -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.systems", name, "--workload", workload, "--options", json.dumps(options)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1][:200]}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _service_rows(docs: list[Any]) -> dict[str, Any]:
    from bench import service
    from bench.__main__ import bound_tokens
    from bench.model import ensure_model

    models = {"de": ensure_model("de-en"), "nl": ensure_model("nl-en")}
    rows: dict[str, Any] = {}
    sentences, tokens = bound_tokens(docs)
    with service.serve(models, service.run_dir(), TRANSNORM_DEVICE="cuda") as server:
        result = service.ingest(server, docs)
        window = result.pop("window")
        rows["e2e"] = {"sentences": sentences, "seconds": round(window.wall, 3),
                       "sentences_per_s": round(sentences / window.wall, 2),
                       "tokens_per_s": round(tokens / window.wall, 1),
                       "mean_output_tokens": round(tokens / sentences, 2), **result}
        sentence = sorted(docs[0].sentences, key=len)[len(docs[0].sentences) // 2]
        for clients in (1, 8):
            rows[f"latency_{clients}"] = service.latency(server, sentence, docs[0].lang, clients)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.gpu", description=__doc__)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--skip-service", action="store_true")
    args = parser.parse_args()

    from bench.model import OUT, ensure_model
    from bench.workload import documents, save
    from service.translation.device import cuda_device_count

    if cuda_device_count() == 0:
        sys.exit("python -m bench.gpu: no CUDA device visible to CTranslate2 or torch")
    started = time.time()
    for pair in ("de-en", "nl-en"):
        ensure_model(pair)
    docs = documents()
    save(docs, OUT / "workload-main.json")
    plan: list[tuple[str, str, dict[str, Any]]] = [
        ("raw CTranslate2 int8_float16, batch 64", "raw-ct2",
         {"batch": 64, "intra": 1, "inter": 1, "device": "cuda", "compute_type": "int8_float16"}),
        ("raw CTranslate2 int8_float16, batch 256", "raw-ct2",
         {"batch": 256, "intra": 1, "inter": 1, "device": "cuda", "compute_type": "int8_float16"}),
        ("raw CTranslate2 float16, batch 256", "raw-ct2",
         {"batch": 256, "intra": 1, "inter": 1, "device": "cuda", "compute_type": "float16"}),
        ("ours: CTranslate2Translator (cuda, int8_float16)", "ours", {"backend": "ctranslate2", "device": "cuda"}),
        ("ours: MarianTranslator (cuda, float16)", "ours", {"backend": "transformers", "device": "cuda"}),
    ]
    rows: dict[str, Any] = {}
    for label, name, options in plan:
        print(f"[gpu] {label}", file=sys.stderr, flush=True)
        rows[label] = _system(name, options)
    if not args.skip_service:
        print("[gpu] end-to-end and /v1/translate", file=sys.stderr, flush=True)
        try:
            rows.update(_service_rows(docs))
        except Exception as exc:   # report what ran; the table says what failed
            rows["e2e"] = {"error": f"{type(exc).__name__}: {str(exc)[:200]}"}
    lines = ["| row | sentences | output tok/s | mean out len | × CPU end-to-end (1,413) | peak RSS MiB |",
             "|---|---|---|---|---|---|"]
    for label, row in rows.items():
        if label.startswith("latency_"):
            continue
        if "error" in row:
            lines.append(f"| {label} | – | failed: {row['error']} | – | – | – |")
            continue
        tps = row["tokens_per_s"]
        lines.append(f"| {label} | {row['sentences']} | {tps:.0f} | {row['mean_output_tokens']:.1f} "
                     f"| {tps / CPU_E2E_TOKENS_PER_S:.1f} | {row.get('peak_rss_mib', '–')} |")
    for clients in (1, 8):
        row = rows.get(f"latency_{clients}")
        if row:
            lines.append(f"\n/v1/translate, {clients} client(s): p50 {row['p50_ms']:.0f} ms, "
                         f"p99 {row['p99_ms']:.0f} ms, {row['requests_per_s']:.1f} requests/s")
    print("\n".join(lines))
    out = args.json or OUT / "gpu-results.json"
    out.write_text(json.dumps({"started": started, "rows": rows}, indent=2) + "\n", encoding="utf-8")
    print(f"JSON: {out}")


if __name__ == "__main__":
    main()
