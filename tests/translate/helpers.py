"""Sentences and probes shared by the translation tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tests.support import SEEDS
from tests.tiny_marian import seed_language


def seed_sentences(lang: str) -> list[str]:
    """The non-empty lines of the seed releases in ``lang`` (headings and body sentences, varied lengths)."""
    lines: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if seed_language(text) == lang:
            for line in text.splitlines():
                lines.extend(part.strip() + "." for part in line.split(". ") if part.strip())
    return lines


@dataclass
class GenerateProbe:
    """Wraps a translator's ``_generate`` to record every batch it is asked to decode and what came back."""

    translator: Any
    batches: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._original = self.translator._generate
        self.translator._generate = self._record

    def _record(self, sources: list[list[Any]], bounds: list[int]) -> Any:
        hypotheses = self._original(sources, bounds)
        self.batches.append({"lengths": [len(s) for s in sources], "bounds": bounds, "hypotheses": hypotheses})
        return hypotheses

    def restore(self) -> None:
        self.translator._generate = self._original
