"""TSV export: a header row, then one line per pair with exactly 16 tab-separated fields.

Escaping, so that a row is always one ``\\n``-terminated line: inside a value, backslash is written ``\\\\``,
tab ``\\t``, line feed ``\\n``, carriage return ``\\r``, and a lone surrogate (which UTF-8 cannot encode) as
``\\uXXXX``. Read a row back by splitting the line on tabs, then undoing the escapes (``unescape``). Split the
file on ``\\n`` only: ``str.splitlines`` also breaks at U+2028, U+0085 and the like, which are left as they are.
An empty field means None (model, model_revision, score); flags are comma-separated; created_at is ISO 8601 UTC.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from service.export.streaming import coalesce
from service.export.values import flags_text, iso_timestamp, score_text
from service.records import PairRecord

COLUMNS = (
    "id", "document_id", "paragraph", "sentence", "role", "source_lang", "target_lang", "source", "target",
    "origin", "model", "model_revision", "score", "flags", "revision", "created_at",
)  # fmt: skip

_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_NEEDS_ESCAPE = re.compile(r"[\\\t\n\r\ud800-\udfff]")
_ESCAPED = re.compile(r"\\(u[0-9a-fA-F]{4}|.)", re.DOTALL)
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def escape(value: str) -> str:
    return _NEEDS_ESCAPE.sub(lambda m: _ESCAPES.get(m[0]) or f"\\u{ord(m[0]):04x}", value)


def unescape(field: str) -> str:
    """The inverse of ``escape``, for readers and tests."""

    def one(match: re.Match[str]) -> str:
        code = match[1]
        return chr(int(code[1:], 16)) if len(code) == 5 else _UNESCAPES.get(code, code)

    return _ESCAPED.sub(one, field)


def _row(record: PairRecord) -> str:
    values = (
        str(record.id), str(record.document_id), str(record.paragraph), str(record.sentence), record.role,
        record.source_lang, record.target_lang, record.source, record.target, record.origin,
        record.model or "", record.model_revision or "", score_text(record.score), flags_text(record.flags),
        str(record.revision), iso_timestamp(record.created_at),
    )  # fmt: skip
    return "\t".join(escape(value) for value in values) + "\n"


def write_tsv(records: Iterable[PairRecord], *, srclang: str = "") -> Iterator[str]:
    """Yield the TSV in chunks; ``srclang`` is accepted for a uniform exporter signature and unused."""
    return coalesce(_lines(records))


def _lines(records: Iterable[PairRecord]) -> Iterator[str]:
    yield "\t".join(COLUMNS) + "\n"
    for record in records:
        yield _row(record)
