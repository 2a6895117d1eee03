"""``/v1/translate`` latency with and without the latency path (``python -m bench.latency``).

One ``transnorm serve`` per setting of ``TRANSNORM_LATENCY_PATH`` (``off`` first, then ``auto``), back to back on
the bench models: one sentence of ~70 output tokens, 1 client then 8 concurrent closed-loop clients
(``bench.service.latency``: p99 includes each client's first request), and the server's RSS idle after loading
both pairs. Prints one table; ``--json`` writes the rows.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bench import service
from bench.__main__ import bound_tokens
from bench.cpu import rss_mib
from bench.model import ensure_model
from bench.workload import Document, documents


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.latency", description=__doc__)
    parser.add_argument("--requests", type=int, default=service.LATENCY_REQUESTS)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--settings", default="off,auto", help="TRANSNORM_LATENCY_PATH values, in order")
    args = parser.parse_args()
    models = {"de": ensure_model("de-en"), "nl": ensure_model("nl-en")}
    docs = documents()
    sentence = sorted(docs[0].sentences, key=len)[len(docs[0].sentences) // 2]
    tokens = bound_tokens([Document(docs[0].lang, "", [sentence])])[1]
    rows: list[dict[str, Any]] = []
    for setting in args.settings.split(","):
        with service.serve(models, service.run_dir(), TRANSNORM_LATENCY_PATH=setting) as server:
            idle = rss_mib(server.pid)
            for clients in (1, 8):
                print(f"[latency] {setting}: {clients} client(s)", file=sys.stderr, flush=True)
                row = service.latency(server, sentence, docs[0].lang, clients, args.requests)
                rows.append({"latency_path": setting, "idle_rss_mib": round(idle, 1), **row})
                print(f"[latency] {setting}, {clients}: p50 {row['p50_ms']} p99 {row['p99_ms']} ms, idle RSS "
                      f"{idle:.0f} MiB, rest of machine {row['cpu']['others_cores']} cores",
                      file=sys.stderr, flush=True)
    print(f"one sentence, {tokens} output tokens\n")
    print("| TRANSNORM_LATENCY_PATH | clients | p50 ms | p99 ms | p99 ms after first | requests/s | idle RSS MiB "
          "| rest of machine (cores) |")
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        print(f"| {row['latency_path']} | {row['clients']} | {row['p50_ms']:.0f} | {row['p99_ms']:.0f} "
              f"| {row['p99_after_first_ms']:.0f} | {row['requests_per_s']:.2f} | {row['idle_rss_mib']:.0f} "
              f"| {row['cpu']['others_cores']:.2f} |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
