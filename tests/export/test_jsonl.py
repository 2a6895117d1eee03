from __future__ import annotations

import dataclasses
import datetime as dt
import json

from service.export.jsonl import write_jsonl
from service.records import PairRecord
from tests.export.factories import make_record, many_records, sample_records


def export(records: list[PairRecord]) -> str:
    return "".join(write_jsonl(records, srclang="de"))


def read_back(text: str) -> list[PairRecord]:
    lines = text.split("\n")
    assert lines.pop() == "", "every line ends with a newline"
    records = []
    for line in lines:
        data = json.loads(line)
        assert list(data) == [field.name for field in dataclasses.fields(PairRecord)]
        assert isinstance(data["flags"], list)
        data["flags"] = tuple(data["flags"])
        data["created_at"] = dt.datetime.fromisoformat(data["created_at"])
        data["reviewed_at"] = data["reviewed_at"] and dt.datetime.fromisoformat(data["reviewed_at"])
        data["checks"] = tuple(data["checks"])
        records.append(PairRecord(**data))
    return records


def test_each_line_is_one_object_with_the_record_fields() -> None:
    records = sample_records()
    assert read_back(export(records)) == records


def test_values_are_written_as_json_types() -> None:
    line = json.loads(export([make_record(model=None, score=0.5, flags=("a", "b"))]))
    assert line["model"] is None
    assert line["score"] == 0.5
    assert line["flags"] == ["a", "b"]
    assert line["created_at"] == "2024-05-17T09:30:05+00:00"


def test_text_is_not_ascii_escaped_and_line_breaks_stay_escaped() -> None:
    text = export([make_record(source="Köln\nBrücke\u2028", target="“quoted”")])
    assert "Köln" in text and "“quoted”" in text
    assert text.count("\n") == 1


def test_lone_surrogate_is_escaped_so_the_output_encodes_as_utf8() -> None:
    record = make_record(source="bad \udcff byte")
    text = export([record])
    text.encode("utf-8")
    assert read_back(text) == [record]


def test_empty_input_is_empty_output() -> None:
    assert export([]) == ""


def test_many_records_stream_in_several_chunks() -> None:
    records = many_records(2000)
    chunks = list(write_jsonl(records, srclang="de"))
    assert len(chunks) > 1
    assert read_back("".join(chunks)) == records
