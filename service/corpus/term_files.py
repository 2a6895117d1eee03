"""Terminology files, read and checked whole before anything is stored: CSV/TSV with a header and TBX (basic).

CSV/TSV: a header naming ``source`` and ``target`` and optionally ``dnt``, ``note`` and ``lang`` (any order). An
empty target, or a true ``dnt`` (1, true, yes, x), makes a do-not-translate entry.

TBX: each ``termEntry`` (TBX 2; TBX 3's ``conceptEntry`` too) has a ``langSet`` per language with ``tig``/``ntig``
(``termSec``) holding the ``term``. The German or Dutch terms become entries with the English one as target. An
entry without an English term, or whose notes say so (``termNote type="translationNote"`` "no", as Weblate writes
it, or an ``administrativeStatus``/note reading "do not translate"), is do-not-translate.

Every problem of a file is collected and reported together (``TermFileError``), so a file is stored entirely or
not at all.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree

from models.registry import TARGET_LANGUAGE, source_languages
from service.errors import InputError
from service.pipeline.normalize import normalize_inline

MAX_TERM_CHARS = 200
MAX_NOTE_CHARS = 1000
MAX_LISTED = 10            # problems named in the one-line detail; all are in the problem's ``problems`` member
TRUE_WORDS = frozenset({"1", "true", "yes", "y", "x", "dnt"})
FALSE_WORDS = frozenset({"", "0", "false", "no", "n"})
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# What a TBX note says when a term is kept as it is.
DNT_NOTES = ("do not translate", "do-not-translate", "donottranslate", "untranslatable", "dnt")


class TermFileError(InputError):
    type_slug = "invalid-terms"
    title = "Terminology not accepted"


@dataclass(frozen=True)
class TermEntry:
    source_lang: str
    source_term: str
    target_term: str | None
    dnt: bool = False
    note: str | None = None

    def as_row(self) -> dict[str, object]:
        return dict(self.__dict__)


def _clean(value: str | None) -> str:
    return normalize_inline(value or "").strip()


def check_entries(raw: Iterable[tuple[str, dict[str, object]]]) -> list[TermEntry]:
    """(where, fields) → entries; raises ``TermFileError`` naming every bad one (language, blank or overlong
    terms, the same source term twice)."""
    languages = source_languages()
    problems: list[str] = []
    entries: list[TermEntry] = []
    seen: dict[tuple[str, str], str] = {}
    for where, fields in raw:
        if fields.get("problem"):
            problems.append(f"{where}: {fields['problem']}")
            continue
        lang = _clean(str(fields.get("source_lang") or "")).lower()
        source = _clean(str(fields.get("source_term") or ""))
        target = _clean(str(fields.get("target_term") or "")) or None
        note = _clean(str(fields.get("note") or "")) or None
        dnt = bool(fields.get("dnt")) or target is None
        if lang not in languages:
            problems.append(f"{where}: language {lang or '(none)'!r} is not one of {', '.join(languages)}")
            continue
        if not source:
            problems.append(f"{where}: the source term is blank")
            continue
        if len(source) > MAX_TERM_CHARS or len(target or "") > MAX_TERM_CHARS:
            problems.append(f"{where}: a term is longer than {MAX_TERM_CHARS} characters")
            continue
        if len(note or "") > MAX_NOTE_CHARS:
            problems.append(f"{where}: the note is longer than {MAX_NOTE_CHARS} characters")
            continue
        if (lang, source) in seen:
            problems.append(f"{where}: {source!r} ({lang}) is already given at {seen[lang, source]}")
            continue
        seen[lang, source] = where
        entries.append(TermEntry(lang, source, None if dnt else target, dnt, note))
    if problems:
        listed = "; ".join(problems[:MAX_LISTED]) + ("; ..." if len(problems) > MAX_LISTED else "")
        raise TermFileError(f"{len(problems)} problem(s), nothing was stored: {listed}", extra={"problems": problems})
    return entries


def read_term_file(data: bytes, kind: str, default_lang: str | None = None) -> list[TermEntry]:
    """Entries of a ``kind`` ("csv", "tsv" or "tbx") file; ``default_lang`` for rows and entries without one."""
    if kind == "tbx":
        return check_entries(_tbx_rows(data, default_lang))
    if kind not in ("csv", "tsv"):
        raise TermFileError(f"unknown terminology format {kind!r}; use csv, tsv or tbx")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TermFileError(f"the file is not UTF-8 (byte {exc.start})") from None
    return check_entries(_table_rows(text, "\t" if kind == "tsv" else ",", default_lang))


def kind_of(filename: str, data: bytes) -> str:
    """The format a file's name says (.csv, .tsv/.tab/.txt, .tbx/.xml), or what its first bytes look like."""
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if suffix in ("tbx", "xml") or data.lstrip()[:1] == b"<":
        return "tbx"
    if suffix in ("tsv", "tab") or b"\t" in data.split(b"\n", 1)[0]:
        return "tsv"
    return "csv"


def _table_rows(text: str, delimiter: str, default_lang: str | None) -> Iterable[tuple[str, dict[str, object]]]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [name.strip().lower() for name in next(reader, [])]
    if "source" not in header or "target" not in header:
        raise TermFileError("the first line must be a header naming the columns source and target "
                            "(and optionally dnt, note, lang)")
    unknown = [name for name in header if name not in ("source", "target", "dnt", "note", "lang")]
    if unknown:
        raise TermFileError(f"unknown column {unknown[0]!r}; the columns are source, target, dnt, note, lang")
    rows: list[tuple[str, dict[str, object]]] = []
    for line, values in enumerate(reader, 2):
        if not any(value.strip() for value in values):
            continue
        if len(values) > len(header):
            rows.append((f"line {line}", {"problem": f"{len(values)} fields, the header has {len(header)}"}))
            continue
        row = dict(zip(header, values + [""] * (len(header) - len(values)), strict=True))
        flag = row.get("dnt", "").strip().lower()
        if flag not in TRUE_WORDS | FALSE_WORDS:
            rows.append((f"line {line}", {"problem": f"dnt {row['dnt']!r} is neither true nor false"}))
            continue
        rows.append((f"line {line}", {
            "source_lang": row.get("lang") or default_lang, "source_term": row["source"],
            "target_term": row["target"], "dnt": flag in TRUE_WORDS, "note": row.get("note"),
        }))
    return rows


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _lang(element: etree._Element) -> str:
    return (element.get(XML_LANG) or element.get("lang") or "").split("-")[0].split("_")[0].lower()


def _tbx_rows(data: bytes, default_lang: str | None) -> Iterable[tuple[str, dict[str, object]]]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise TermFileError(f"not a well-formed TBX file: {exc}") from None
    entries = [e for e in root.iter() if _local(e) in ("termEntry", "conceptEntry")]
    if not entries:
        raise TermFileError("no termEntry in the file: not a TBX termbase")
    wanted = {default_lang} if default_lang else set(source_languages())
    rows: list[tuple[str, dict[str, object]]] = []
    for number, entry in enumerate(entries, 1):
        where = f"termEntry {entry.get('id') or number}"
        terms: dict[str, list[str]] = {}
        notes: list[str] = []
        for lang_set in (e for e in entry.iter() if _local(e) in ("langSet", "langSec")):
            lang = _lang(lang_set)
            for term in (e for e in lang_set.iter() if _local(e) == "term"):
                terms.setdefault(lang, []).append("".join(term.itertext()))
        for element in entry.iter():
            if _local(element) in ("termNote", "note", "descrip", "admin"):
                text = " ".join("".join(element.itertext()).split()).lower()
                kind = (element.get("type") or "").lower()
                if (kind == "translationnote" and text == "no") or any(mark in text for mark in DNT_NOTES):
                    notes.append("dnt")
        english = next(iter(terms.get(TARGET_LANGUAGE, [])), None)
        for lang, sources in terms.items():
            if lang == TARGET_LANGUAGE or lang not in wanted:
                continue
            for source in sources:
                rows.append((where, {"source_lang": lang, "source_term": source, "target_term": english,
                                     "dnt": bool(notes) or english is None, "note": None}))
    return rows
