#!/usr/bin/env python3
"""Sanity checker for tests/data/real (no project imports).

Verifies that every file listed in expectations.json exists and that every
dateline / not_content string occurs verbatim in its file, and every headline
and whole_sentences entry occurs after collapsing whitespace runs to one
space.  Also checks PARAGRAPHS.json: text occurs (whitespace-collapsed) in
its file and the gold split re-joins to the text.
Exit status 0 = all good.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def collapse(s):
    return re.sub(r"\s+", " ", s)


def repaired(s):
    try:
        import ftfy
    except ImportError:   # checked without the project's environment: repaired text is not looked for
        return s
    return ftfy.fix_text(s)


def main():
    errors = []
    exp = json.loads((HERE / "expectations.json").read_text(encoding="utf-8"))
    seen = set()
    for item in exp:
        f = item["file"]
        if f in seen:
            errors.append(f"{f}: duplicate entry")
        seen.add(f)
        p = HERE / f
        if not p.is_file():
            errors.append(f"{f}: missing")
            continue
        text = p.read_text(encoding="utf-8")
        flat = collapse(text)
        if item["lang"] != f.split("/")[0]:
            errors.append(f"{f}: lang mismatch")
        # A headline is written whitespace-normalized: a title wrapped over two lines is one line here.
        headline, dateline = item.get("headline"), item.get("dateline")
        # The pipeline repairs mojibake ("Ãœber" is "Über"): a headline may be written repaired.
        if headline is not None and collapse(headline) not in flat and collapse(headline) not in repaired(flat):
            errors.append(f"{f}: headline not found: {headline!r}")
        if dateline is not None and dateline not in text:
            errors.append(f"{f}: dateline not found: {dateline!r}")
        pub = item.get("published")
        if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
            errors.append(f"{f}: bad published {pub!r}")
        for s in item.get("not_content", []):
            if s not in text:
                errors.append(f"{f}: not_content not found: {s!r}")
        ws = item.get("whole_sentences", [])
        if not ws:
            errors.append(f"{f}: no whole_sentences")
        for s in ws:
            if collapse(s) not in flat:
                errors.append(f"{f}: sentence not found: {s!r}")
    files_on_disk = {str(p.relative_to(HERE)) for d in ("de", "nl", "en") for p in (HERE / d).glob("*") if p.is_file()}
    for extra in sorted(files_on_disk - seen):
        errors.append(f"{extra}: file has no expectations entry")
    # Every file says where it came from: a row of SOURCES.md's table names it.
    sources = (HERE / "SOURCES.md").read_text(encoding="utf-8")
    listed = {line.split("|")[1].strip() for line in sources.splitlines() if line.startswith("| ")}
    for unlisted in sorted(seen - listed):
        errors.append(f"{unlisted}: no row in SOURCES.md")

    pp = HERE / "PARAGRAPHS.json"
    if pp.exists():
        paras = json.loads(pp.read_text(encoding="utf-8"))
        for i, para in enumerate(paras):
            f = para["file"]
            p = HERE / f
            if f not in seen or not p.is_file():
                errors.append(f"PARAGRAPHS[{i}]: unknown file {f}")
                continue
            flat = collapse(p.read_text(encoding="utf-8"))
            if para["text"] not in flat:
                errors.append(f"PARAGRAPHS[{i}] ({f}): text not found")
            for g in para["gold"]:
                if " ".join(g) != para["text"]:
                    errors.append(f"PARAGRAPHS[{i}] ({f}): gold does not re-join to text")
                for s in g:
                    if s != s.strip() or not s:
                        errors.append(f"PARAGRAPHS[{i}] ({f}): gold sentence has outer whitespace/empty: {s!r}")
        print(f"paragraphs: {len(paras)}")
    print(f"documents: {len(exp)}")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
