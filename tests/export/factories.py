"""PairRecord builders for the exporter tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

from service.records import PairRecord

CREATED = dt.datetime(2024, 5, 17, 9, 30, 5, tzinfo=dt.UTC)


def make_record(**overrides: Any) -> PairRecord:
    base = PairRecord(
        id=1,
        document_id=7,
        paragraph=0,
        sentence=0,
        role="body",
        source_lang="de",
        source="Die Stadt Köln eröffnet am Montag eine neue Brücke.",
        target_lang="en",
        target="The city of Cologne opens a new bridge on Monday.",
        origin="mt",
        model="Helsinki-NLP/opus-mt-de-en",
        model_revision="6a1b2c3",
        score=0.8125,
        flags=("length_ratio",),
        revision=1,
        created_at=CREATED,
    )
    return dataclasses.replace(base, **overrides)


def sample_records() -> list[PairRecord]:
    """A small corpus that exercises the optional fields and the awkward characters."""
    return [
        make_record(),
        make_record(
            id=2, paragraph=1, sentence=2, role="headline", source_lang="nl", model=None, model_revision=None,
            score=None, flags=(), origin="human", revision=3, source="Rotterdam “haven” groeit — 5 m²",
            target="Rotterdam ‘port’ grows — 5 m²",
        ),
        make_record(id=3, source='Preis < 5 € & "Rabatt" > 2 \'%\'', target="A & B <c> \"d\" 'e'", score=0.0),
        make_record(id=4, source="Zeile eins\nZeile  zwei\r\n\tEnde", target="تجربة עברית 中文 🎉", flags=("a", "b")),
    ]  # fmt: skip


def many_records(count: int) -> list[PairRecord]:
    return [make_record(id=i, sentence=i, source=f"Satz {i}: " + "ä" * 200) for i in range(count)]


class CountingRecords:
    """An iterable that records how far a writer has pulled, to show writing is incremental."""

    def __init__(self, records: list[PairRecord]) -> None:
        self.records = records
        self.pulled = 0

    def __iter__(self) -> Iterator[PairRecord]:
        for record in self.records:
            self.pulled += 1
            yield record
