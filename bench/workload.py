"""The workload: the German and Dutch seed releases, copied into distinct documents, segmented by the service.

Copy 0 of a release is the release itself; copy ``r`` shuffles the inner words of every line (first and last
word kept, seeded by ``r``; a line too short to have 24 orders gets `` r`` appended instead), so each copy has
the same words, nearly the same token counts and its own sentences: the service's translation memory and
de-duplication cannot serve a copy from another one.
Sentences are what ``process_release`` segments out of those documents (the roles the worker translates), so
every system — raw engines, our translators and the HTTP service — translates exactly the same sentence list.

The long-document case is a single German document made of ``LONG_COPIES`` further copies (other seeds).
"""

from __future__ import annotations

import dataclasses
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from service.pipeline.document import TRANSLATED_ROLES
from service.pipeline.release import process_release
from tests.tiny_marian import seed_language

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
COPIES = 24            # 24 copies × (12 German + 12 Dutch sentences) = 576 sentences
LONG_COPIES = 24       # one German document of 24 × 12 = 288 sentences
LONG_SEED_BASE = 1000


@dataclass(frozen=True)
class Document:
    lang: str
    text: str
    sentences: list[str] = field(default_factory=list)   # what the worker translates, in document order


def _vary_line(line: str, copy: int, rng: random.Random) -> str:
    words = line.split(" ")
    if len(set(words[1:-1])) < 5:   # fewer than 5! = 120 orders: number the copy instead
        return f"{line} {copy}"
    inner = words[1:-1]
    rng.shuffle(inner)
    return " ".join([words[0], *inner, words[-1]])


def copy_release(text: str, copy: int) -> str:
    if copy == 0:
        return text
    rng = random.Random(copy)
    return "\n".join(_vary_line(line, copy, rng) if line.strip() else line for line in text.splitlines())


def seed_releases() -> dict[str, str]:
    """{"de": text, "nl": text}: the served-language seed releases."""
    found: dict[str, str] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lang = seed_language(text)
        if lang in ("de", "nl") and lang not in found:
            found[lang] = text
    return found


def _document(lang: str, text: str) -> Document:
    normalized = process_release(text, source_lang=lang)
    return Document(lang, text, [s.text for s in normalized.segments if s.role in TRANSLATED_ROLES])


def documents(copies: int = COPIES) -> list[Document]:
    """The main workload: ``copies`` copies of each seed release, one document each, German and Dutch mixed."""
    releases = seed_releases()
    return [_document(lang, copy_release(text, r)) for r in range(copies) for lang, text in releases.items()]


def long_document(copies: int = LONG_COPIES) -> Document:
    text = seed_releases()["de"]
    return _document("de", "\n\n".join(copy_release(text, LONG_SEED_BASE + r) for r in range(copies)))


def reingest_documents(docs: list[Document], group: int = 2) -> list[Document]:
    """The same sentences in new documents: ``group`` documents of one language merged into one (new hash)."""
    merged: list[Document] = []
    by_lang: dict[str, list[Document]] = {}
    for doc in docs:
        by_lang.setdefault(doc.lang, []).append(doc)
    for lang, same_lang in by_lang.items():
        for i in range(0, len(same_lang), group):
            part = same_lang[i : i + group]
            merged.append(_document(lang, "\n\n".join(d.text for d in reversed(part))))
    return merged


def save(docs: list[Document], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([dataclasses.asdict(doc) for doc in docs], ensure_ascii=False), encoding="utf-8")


def load(path: Path) -> list[Document]:
    return [Document(**item) for item in json.loads(path.read_text(encoding="utf-8"))]


def sentences_by_lang(docs: list[Document]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for doc in docs:
        out.setdefault(doc.lang, []).extend(doc.sentences)
    return out
