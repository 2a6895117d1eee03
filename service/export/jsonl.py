"""JSON Lines export: one JSON object per pair and line, keyed by the PairRecord field names.

``flags`` is a list, ``created_at`` ISO 8601 in UTC. Non-ASCII text is written as is (readable, smaller);
json.dumps escapes line breaks inside strings, so every object stays on one ``\\n``-terminated line. A lone
surrogate, which UTF-8 cannot encode, is written as its ``\\uXXXX`` escape: it can only occur inside a string,
where that escape reads back as the same character.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from service.export.streaming import coalesce
from service.export.values import iso_timestamp
from service.records import PairRecord

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def record_object(record: PairRecord) -> dict[str, Any]:
    """The record as JSON-ready data, in field order."""
    data = {field.name: getattr(record, field.name) for field in dataclasses.fields(record)}
    data["flags"] = list(record.flags)
    data["created_at"] = iso_timestamp(record.created_at)
    data["reviewed_at"] = iso_timestamp(record.reviewed_at) if record.reviewed_at else None
    data["checks"] = [dict(finding) for finding in record.checks]
    return data


def _line(record: PairRecord) -> str:
    text = json.dumps(record_object(record), ensure_ascii=False)
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", text) + "\n"


def write_jsonl(records: Iterable[PairRecord], *, srclang: str = "") -> Iterator[str]:
    """Yield the lines in chunks; ``srclang`` is accepted for a uniform exporter signature and unused."""
    return coalesce(_line(record) for record in records)
