"""Thread and batch settings, measured (``python -m bench.sweep [--tries N] [--subset K]``): raw CTranslate2 int8
and our CTranslate2 translator under several (inter_threads, intra_threads, batch) layouts, each repeated until
the rest of the machine was quiet (or ``--tries`` runs), printing one JSON line per run and a summary table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from typing import Any

from bench.cpu import QUIET_CORES

CONFIGS: list[tuple[str, dict[str, Any]]] = [
    ("raw-ct2", {"batch": 64, "intra": 2, "inter": 1}),
    ("raw-ct2", {"batch": 64, "intra": 1, "inter": 2, "concurrent": True}),
    ("raw-ct2", {"batch": 32, "intra": 1, "inter": 2, "concurrent": True}),
    ("ours", {"backend": "ctranslate2", "layout": [2, 1]}),
    ("ours", {"backend": "ctranslate2", "layout": [1, 2]}),
    ("ours", {"backend": "ctranslate2", "layout": [2, 1], "batch_tokens": 4096}),
    ("ours", {"backend": "ctranslate2", "layout": [1, 2], "batch_tokens": 4096}),
    ("ours", {"backend": "ctranslate2", "layout": [2, 1], "batch_tokens": 1024, "max_batch_sentences": 32}),
]


def run(system: str, options: dict[str, Any], subset: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.systems", system, "--options", json.dumps(options)]
    if subset:
        command += ["--subset", str(subset)]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.sweep")
    parser.add_argument("--tries", type=int, default=4)
    parser.add_argument("--subset", type=int, default=0)
    parser.add_argument("--only", type=int, nargs="*")
    args = parser.parse_args()
    summary = []
    for index, (system, options) in enumerate(CONFIGS):
        if args.only and index not in args.only:
            continue
        best: dict[str, Any] | None = None
        for _ in range(args.tries):
            result = run(system, options, args.subset)
            print(json.dumps(result), flush=True)
            if best is None or result["cpu"]["others_cores"] < best["cpu"]["others_cores"]:
                best = result
            if result["cpu"]["others_cores"] <= QUIET_CORES:
                break
        assert best is not None
        summary.append((system, options, best))
    for system, options, best in summary:
        print(f"{system:8} {json.dumps(options):90} {best['tokens_per_s']:8.1f} tok/s  "
              f"others {best['cpu']['others_cores']:.2f} ours {best['cpu']['ours_cores']:.2f}  "
              f"rss {best['peak_rss_mib']:.0f}", flush=True)


if __name__ == "__main__":
    main()
