from __future__ import annotations

import datetime as dt

from service.export.tsv import COLUMNS, escape, unescape, write_tsv
from service.records import PairRecord
from tests.export.factories import make_record, many_records, sample_records

HEADER = (
    "id\tdocument_id\tparagraph\tsentence\trole\tsource_lang\ttarget_lang\tsource\ttarget\torigin\tmodel\t"
    "model_revision\tscore\tflags\trevision\tcreated_at"
)


def export(records: list[PairRecord]) -> str:
    return "".join(write_tsv(records, srclang="de"))


def parse(text: str) -> tuple[str, list[PairRecord]]:
    """An independent reader: split on newlines and tabs, undo escapes, rebuild the records."""
    *lines, last = text.split("\n")
    assert last == "", "the file ends with a newline"
    header, *rows = lines
    records = []
    for row in rows:
        raw = row.split("\t")
        assert len(raw) == 16, row
        f = dict(zip(COLUMNS, (unescape(value) for value in raw), strict=True))
        records.append(
            PairRecord(
                id=int(f["id"]), document_id=int(f["document_id"]), paragraph=int(f["paragraph"]),
                sentence=int(f["sentence"]), role=f["role"], source_lang=f["source_lang"], source=f["source"],
                target_lang=f["target_lang"], target=f["target"], origin=f["origin"], model=f["model"] or None,
                model_revision=f["model_revision"] or None, score=float(f["score"]) if f["score"] else None,
                flags=tuple(f["flags"].split(",")) if f["flags"] else (), revision=int(f["revision"]),
                created_at=dt.datetime.fromisoformat(f["created_at"]),
            )
        )  # fmt: skip
    return header, records


def test_header_row_names_the_sixteen_columns() -> None:
    header, records = parse(export([]))
    assert header == HEADER
    assert records == []


def test_rows_read_back_equal_to_the_input() -> None:
    records = sample_records()
    header, parsed = parse(export(records))
    assert header == HEADER
    assert parsed == records


def test_tab_newline_cr_and_backslash_stay_inside_one_line() -> None:
    record = make_record(source="a\tb\nc\rd\\e \\n literal", target="C:\\new\\table\t\r\n", model="m\\t")
    text = export([record])
    assert text.count("\n") == 2  # header + one row
    assert parse(text)[1] == [record]


def test_escape_writes_the_documented_sequences() -> None:
    assert escape("a\tb\nc\rd\\e") == "a\\tb\\nc\\rd\\\\e"
    assert escape("x\ud800y") == "x\\ud800y"
    assert unescape("\\\\ud800") == "\\ud800"  # an escaped backslash followed by text, not a surrogate


def test_lone_surrogate_is_escaped_so_the_output_encodes_as_utf8() -> None:
    record = make_record(source="bad \udcff byte")
    text = export([record])
    text.encode("utf-8")
    assert parse(text)[1] == [record]


def test_naive_created_at_is_written_as_utc() -> None:
    text = export([make_record(created_at=dt.datetime(2024, 1, 2, 3, 4, 5))])
    assert text.split("\n")[1].endswith("\t2024-01-02T03:04:05+00:00")


def test_many_records_stream_in_several_chunks() -> None:
    records = many_records(2000)
    chunks = list(write_tsv(records, srclang="de"))
    assert len(chunks) > 1
    assert parse("".join(chunks))[1] == records
