from __future__ import annotations

import pytest

from service.errors import InputError, TransnormError
from service.export import EXPORTERS, export_records
from service.export.streaming import coalesce
from tests.export.factories import CountingRecords, many_records


def test_registry_lists_the_formats_with_their_media_types() -> None:
    assert {name: (e.media_type, e.extension) for name, e in EXPORTERS.items()} == {
        "tmx": ("application/x-tmx+xml", "tmx"),
        "tsv": ("text/tab-separated-values; charset=utf-8", "tsv"),
        "jsonl": ("application/x-ndjson", "jsonl"),
        "xliff": ("application/xliff+xml", "xlf"),
    }


def test_unknown_format_raises_the_typed_error_before_streaming() -> None:
    records = CountingRecords(many_records(3))
    with pytest.raises(InputError) as caught:
        export_records("xlsx", records, srclang="de")  # no next(): raised on the call itself
    assert isinstance(caught.value, TransnormError)
    assert caught.value.status_code == 422
    assert "xlsx" in caught.value.detail
    for name in ("jsonl", "tmx", "tsv", "xliff"):
        assert name in caught.value.detail
    assert records.pulled == 0


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_writers_pull_records_lazily(fmt: str) -> None:
    records = CountingRecords(many_records(3000))
    chunks = export_records(fmt, records, srclang="de")
    assert records.pulled == 0
    next(chunks)
    assert 0 < records.pulled < 3000
    rest = list(chunks)
    assert rest and records.pulled == 3000


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_every_format_writes_the_records(fmt: str) -> None:
    text = "".join(export_records(fmt, many_records(2), srclang="de"))
    assert text.endswith("\n")
    assert "Satz 1" in text


def test_coalesce_joins_small_pieces_without_losing_any() -> None:
    pieces = [str(i % 10) * 3 for i in range(100)]
    chunks = list(coalesce(pieces, size=10))
    assert "".join(chunks) == "".join(pieces)
    assert all(len(chunk) >= 10 for chunk in chunks[:-1])
    assert list(coalesce([], size=10)) == []
