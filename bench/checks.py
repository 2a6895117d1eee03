"""What the translation checks cost per sentence, against the end-to-end benchmark row (the target: < 5 %).

    .venv/bin/python -m bench.checks [--repeat 3]

Sets: the QA corpus (tests/data/qa_corpus.tsv, hand-written source/target pairs, good and defective) and the
benchmark workload's sentences (bench/workload.py, 576 German and Dutch sentences). The workload has no English
reference, so its sentences are checked against themselves as target — the untranslated path, where the language
and names checks see the most foreign words (an upper bound on their cost). Each set is timed cold (first pass:
wordfreq and language-detector caches empty) and warm (best of ``--repeat`` further passes); ``run_checks`` runs
in the worker on every new translation, so its per-sentence time is compared with the end-to-end row's
per-sentence wall time from docs/performance-results.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections.abc import Sequence
from pathlib import Path

from bench.workload import documents, sentences_by_lang
from service.translation.checks import run_checks

ROOT = Path(__file__).resolve().parent.parent
QA_CORPUS = ROOT / "tests" / "data" / "qa_corpus.tsv"
RESULTS = ROOT / "docs" / "performance-results.json"
TARGET_SHARE = 0.05


def qa_pairs() -> list[tuple[str, str, str]]:
    with QA_CORPUS.open(encoding="utf-8", newline="") as handle:
        return [(row["lang"], row["source"], row["target"])
                for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]


def workload_pairs() -> list[tuple[str, str, str]]:
    return [(lang, s, s) for lang, sentences in sentences_by_lang(documents()).items() for s in sentences]


def _pass(pairs: Sequence[tuple[str, str, str]]) -> float:
    start = time.perf_counter()
    for lang, source, target in pairs:
        run_checks(source, target, lang)
    return time.perf_counter() - start


def measure(pairs: Sequence[tuple[str, str, str]], repeat: int) -> tuple[float, float]:
    """(cold, warm) milliseconds per pair."""
    cold = _pass(pairs)
    warm = min(_pass(pairs) for _ in range(repeat))
    return 1000 * cold / len(pairs), 1000 * warm / len(pairs)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    e2e = json.loads(RESULTS.read_text(encoding="utf-8"))["rows"]["e2e"]
    e2e_ms = 1000 / e2e["sentences_per_s"]
    print(f"end-to-end row: {e2e['sentences_per_s']} sentences/s = {e2e_ms:.1f} ms per sentence "
          f"(budget for the checks at {TARGET_SHARE:.0%}: {TARGET_SHARE * e2e_ms:.2f} ms)")
    print("| set | pairs | cold ms/pair | warm ms/pair | warm share of end-to-end |")
    print("|---|---|---|---|---|")
    for name, pairs in (("QA corpus (good + defective)", qa_pairs()), ("benchmark workload (target = source)",
                                                                       workload_pairs())):
        cold, warm = measure(pairs, args.repeat)
        print(f"| {name} | {len(pairs)} | {cold:.3f} | {warm:.3f} | {warm / e2e_ms:.2%} |")


if __name__ == "__main__":
    main()
