"""Figures of the pipeline on the real-release development set, in the table form of issue 11.

Run: ``python -m tests.data.real.score`` (add ``-v`` to list every failed check).

* sentence units: the gold sentences of PARAGRAPHS.json plus the whole_sentences of expectations.json;
* false splits: a segment boundary where gold has none (inside a whole sentence, or a boundary not in the gold
  split of a paragraph); missed splits: a gold boundary without a segment boundary;
* structure checks: headline, published, dateline, one per not_content line (never in a translated role) and one
  per whole sentence (exactly one segment; a list marker such as "• " may open it, quote marks may enclose it),
  one per listed subheading
  (a segment of its own, role subheading);
  structure errors are the failed ones.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from service.pipeline.document import NormalizedDocument
from service.pipeline.ingest import decode_document
from service.pipeline.release import process_release
from service.pipeline.segment import segment_paragraph
from service.vocabulary import TRANSLATED_ROLES

HERE = Path(__file__).resolve().parent
LANGUAGES = ("de", "nl", "en")
_SPACE = re.compile(r"\s+")
_MARKER = re.compile(r"[•·*–-]{1,2}|\d{1,2}[.)]")   # "--", a wire's item marker, too
# A quoted sentence is written without its quote marks ("We will …" inside “We will ….”): the marks are its own.
_QUOTES = re.compile(r"[\"“”„‘’'«»‹›]{1,2}")
# The separator after a dateline, whatever it is ("Hannover.", "Heilbronn (ots) -", "… / March 26, 2019 /",
# "VIJFHEERENLANDEN •", "Schrobenhausen | 06.03.2024 |").
_DATELINE_TRIM = " \t-–—:,./•|"


def expectations() -> list[dict]:
    return json.loads((HERE / "expectations.json").read_text(encoding="utf-8"))


def paragraphs() -> list[dict]:
    return json.loads((HERE / "PARAGRAPHS.json").read_text(encoding="utf-8"))


def load(item: dict) -> NormalizedDocument:
    path = HERE / item["file"]
    data = path.read_bytes()
    if path.suffix == ".html":
        decoded = decode_document(data, "text/html", path.name)
        return process_release(getattr(decoded, "text", decoded))
    return process_release(data.decode("utf-8"))


def collapse(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass
class Failures:
    """What went wrong with one document (or paragraph): (check, detail) pairs and split counts."""

    checks: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    false_splits: int = 0
    missed_splits: int = 0
    units: int = 0

    def check(self, name: str, ok: bool, detail: str) -> None:
        self.checks += 1
        if not ok:
            self.failed.append((name, detail))


def _nonspace_index(text: str) -> list[int]:
    return [index for index, char in enumerate(text) if not char.isspace()]


def _segment_bounds(document: NormalizedDocument) -> tuple[str, set[int], set[int]]:
    """The document's non-space characters, and segment starts/ends as positions among them.

    A dateline and the sentence it opens may count as one unit or two: the dateline's end is no sentence end.
    """
    positions = _nonspace_index(document.text)
    rank = {position: index for index, position in enumerate(positions)}
    starts, ends = set(), set()
    segments = document.segments
    for segment in segments:
        first = next((rank[p] for p in range(segment.start, segment.end) if p in rank), None)
        last = next((rank[p] for p in range(segment.end - 1, segment.start - 1, -1) if p in rank), None)
        if first is None or last is None:
            continue
        if segment.role != "dateline":
            ends.add(last + 1)
        starts.add(first)
    return "".join(document.text[p] for p in positions), starts, ends


def _leaked(document: NormalizedDocument, line: str) -> list[str]:
    """The translated segments that overlap where ``line`` stands in the document: where it is a paragraph of its
    own if it is one ("Staatskanzlei" alone, not "… in der Staatskanzlei, Haus 12 …"), else wherever it occurs."""
    text = document.text
    key = _SPACE.sub("", line)
    positions = _nonspace_index(text)
    flat = "".join(text[p] for p in positions)
    spans = []
    start = flat.find(key)
    while start >= 0 and key:
        spans.append((positions[start], positions[start + len(key) - 1] + 1))
        start = flat.find(key, start + 1)
    paragraphs = [(p.start, p.end) for p in document.paragraphs]
    whole = [span for span in spans if any(collapse(text[a:b]) == collapse(text[span[0]:span[1]])
                                           and a <= span[0] and span[1] <= b for a, b in paragraphs)]
    return [s.text for s in document.segments if s.role in TRANSLATED_ROLES
            and any(s.start < end and begin < s.end for begin, end in (whole or spans))]


def score_document(item: dict, document: NormalizedDocument) -> Failures:
    result = Failures()
    meta = document.metadata
    result.check("headline", collapse(meta.headline or "") == collapse(item["headline"] or ""),
                 f"{meta.headline!r} != {item['headline']!r}")
    published = meta.published.isoformat() if meta.published else None
    result.check("published", published == item["published"], f"{published!r} != {item['published']!r}")
    raw = collapse(meta.dateline.raw).strip(_DATELINE_TRIM) if meta.dateline else None
    expected = item["dateline"]
    # One rule for every language: the dateline is place, date and agency as printed, without the dash after it.
    ok = raw == (collapse(expected).strip(_DATELINE_TRIM) if expected is not None else None)
    result.check("dateline", ok, f"{raw!r} != {expected!r}")
    for line in item["not_content"]:
        leaked = _leaked(document, line)
        result.check("not_content", not leaked, f"{collapse(line)!r} translated as {leaked[:1]!r}")
    for line in item.get("subheadings", []):
        wanted = collapse(line)
        ok = any(s.role == "subheading" and collapse(s.text) == wanted for s in document.segments)
        result.check("subheading", ok, f"{wanted!r} is not a subheading of its own")
    flat, starts, ends = _segment_bounds(document)
    positions = _nonspace_index(document.text)

    def touching(first: int, last: int) -> bool:
        """Characters ``first``..``last`` of ``flat`` stand side by side in the text (a mark glued to its word)."""
        return all(positions[index + 1] == positions[index] + 1 for index in range(first, last))

    def spaced_before(index: int) -> bool:
        return positions[index] == 0 or document.text[positions[index] - 1].isspace()

    for sentence in item["whole_sentences"]:
        key = _SPACE.sub("", sentence)
        begin = flat.find(key)
        result.units += 1
        if begin < 0:
            result.check("whole_sentence", False, f"not found: {sentence[:60]!r}")
            result.missed_splits += 1
            continue
        end = begin + len(key)
        inner = sum(1 for position in ends if begin < position < end)
        # A list marker ("•", "-") in front of the sentence belongs to its segment: it is no other sentence.
        # A quote mark is the sentence's own when it is set apart from the text before it (an opening mark) or glued
        # to the sentence's last character (a closing one): not the next sentence's opening mark.
        opened = begin in starts or any(begin - width in starts and (
            _MARKER.fullmatch(flat[begin - width:begin])
            or _QUOTES.fullmatch(flat[begin - width:begin]) and spaced_before(begin - width))
            for width in (1, 2, 3))
        closed = end in ends or any(end + width in ends and _QUOTES.fullmatch(flat[end:end + width])
                                    and touching(end - 1, end + width - 1) for width in (1, 2))
        missed = (not opened) + (not closed)
        result.false_splits += inner
        result.missed_splits += missed
        result.check("whole_sentence", inner == 0 and missed == 0, f"{inner} inner cuts, {missed} merged ends: "
                     f"{sentence[:60]!r}")
    return result


def score_paragraph(item: dict) -> Failures:
    result = Failures()
    got = [span.text for span in segment_paragraph(item["text"], item["lang"])]
    result.units += len(item["gold"][0])
    best = min(item["gold"], key=lambda gold: _boundary_errors(got, gold)[0] + _boundary_errors(got, gold)[1])
    false, missed = _boundary_errors(got, best)
    result.false_splits, result.missed_splits = false, missed
    result.check("paragraph", got in item["gold"], f"{item['id']}: {got!r}")
    return result


def _boundary_errors(got: list[str], gold: list[str]) -> tuple[int, int]:
    def cuts(sentences: list[str]) -> set[int]:
        total, result = 0, set()
        for sentence in sentences[:-1]:
            total += len(_SPACE.sub("", sentence))
            result.add(total)
        return result

    mine, theirs = cuts(got), cuts(gold)
    return len(mine - theirs), len(theirs - mine)


def table(verbose: bool = False) -> str:
    rows = {lang: {"documents": 0, "units": 0, "false": 0, "missed": 0, "structure": 0, "checks": 0,
                   "paragraphs": 0, "exact": 0} for lang in LANGUAGES}
    details: list[str] = []
    for item in expectations():
        row = rows[item["lang"]]
        try:
            result = score_document(item, load(item))
        except Exception as exc:  # a crash is a failed document, not a failed report
            result = Failures(checks=1, failed=[("crash", repr(exc))])
        row["documents"] += 1
        row["units"] += result.units
        row["false"] += result.false_splits
        row["missed"] += result.missed_splits
        row["structure"] += len(result.failed)
        row["checks"] += result.checks
        details.extend(f"{item['file']}: {name}: {detail}" for name, detail in result.failed)
    for item in paragraphs():
        row = rows[item["lang"]]
        result = score_paragraph(item)
        row["units"] += result.units
        row["false"] += result.false_splits
        row["missed"] += result.missed_splits
        row["paragraphs"] += 1
        row["exact"] += not result.failed
        details.extend(f"{item['file']}: {name}: {detail}" for name, detail in result.failed)
    lines = ["| | documents | sentence units | false splits | missed splits | errors /100 | structure errors "
             "| structure checks right | paragraphs split exactly |",
             "|---|---|---|---|---|---|---|---|---|"]
    names = {"de": "German", "nl": "Dutch", "en": "English"}
    for lang, row in rows.items():
        per100 = 100 * (row["false"] + row["missed"]) / max(1, row["units"])
        right = row["checks"] - row["structure"]
        lines.append(f"| {names[lang]} | {row['documents']} | {row['units']} | {row['false']} | {row['missed']} "
                     f"| {per100:.1f} | {row['structure']} | {right}/{row['checks']} "
                     f"| {row['exact']}/{row['paragraphs']} |")
    if verbose:
        lines.extend(["", *details])
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(table(verbose="-v" in sys.argv) + "\n")
