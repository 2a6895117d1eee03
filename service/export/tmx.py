"""TMX 1.4 export: one ``<tu>`` per pair, written incrementally with lxml so a whole corpus can stream.

Output is valid against the TMX 1.4 DTD (tests check it against ``tests/data/tmx14.dtd``). Characters that
XML 1.0 cannot carry at all (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) are removed from
every text and attribute first: lxml refuses them, and a half-written stream cannot be taken back. Everything
else, including bidi controls such as U+202E, is kept.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from lxml import etree

from service import __version__
from service.export.streaming import CHUNK_SIZE, ByteSink
from service.export.values import as_utc, flags_text, score_text
from service.records import PairRecord

ALL_LANGUAGES = "*all*"  # TMX's header srclang when units differ in source language
DOCTYPE = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">'
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def strip_xml_invalid(text: str) -> str:
    """The text without the characters XML 1.0 forbids."""
    return _XML_INVALID.sub("", text)


def header_srclang(languages: Iterable[str]) -> str:
    """The header ``srclang`` for units with these source languages: the one language, or ``*all*``."""
    distinct = set(languages)
    return distinct.pop() if len(distinct) == 1 else ALL_LANGUAGES


def tmx_date(moment: dt.datetime) -> str:
    """TMX's date format, YYYYMMDDThhmmssZ, always UTC."""
    return as_utc(moment).strftime("%Y%m%dT%H%M%SZ")


def write_tmx(records: Iterable[PairRecord], *, srclang: str, created: dt.datetime | None = None) -> Iterator[str]:
    """Yield one TMX document in chunks; ``srclang`` is a language code or ``*all*`` (see header_srclang)."""
    sink = ByteSink()
    drain = sink.drain

    with etree.xmlfile(sink, encoding="utf-8") as xf:
        xf.write_declaration()
        xf.write_doctype(DOCTYPE)
        with xf.element("tmx", version="1.4"):
            xf.write("\n")
            xf.write(_header(srclang, created or dt.datetime.now(dt.UTC)), pretty_print=True)
            with xf.element("body"):
                xf.write("\n")
                for record in records:
                    xf.write(_tu(record), pretty_print=True)
                    xf.flush()  # so the sink's size is the real amount written
                    if sink.tell() >= CHUNK_SIZE:
                        yield drain()
            xf.write("\n")
    yield drain() + "\n"  # xmlfile refuses text after the root element


def _header(srclang: str, created: dt.datetime) -> etree._Element:
    # Every attribute the DTD marks #REQUIRED is here; order follows the DTD for readability.
    attributes = {
        "creationtool": "Transnorm",
        "creationtoolversion": __version__,
        "segtype": "sentence",
        "o-tmf": "transnorm",
        "adminlang": "en",
        "srclang": strip_xml_invalid(srclang),
        "datatype": "plaintext",
        "creationdate": tmx_date(created),
    }
    return etree.Element("header", attributes)


def _props(record: PairRecord) -> list[tuple[str, str | None]]:
    return [
        ("x-document", str(record.document_id)),
        ("x-paragraph", str(record.paragraph)),
        ("x-sentence", str(record.sentence)),
        ("x-role", record.role),
        ("x-origin", record.origin),
        ("x-model", record.model),
        ("x-model-revision", record.model_revision),
        ("x-score", score_text(record.score)),
        ("x-revision", str(record.revision)),
        ("x-flags", flags_text(record.flags)),
    ]


def _tu(record: PairRecord) -> etree._Element:
    tu = etree.Element("tu", tuid=str(record.id), srclang=strip_xml_invalid(record.source_lang))
    tu.set("creationdate", tmx_date(record.created_at))
    # The DTD wants (note|prop)* before tuv+, so every prop goes in first.
    for kind, value in _props(record):
        clean = strip_xml_invalid(value or "")
        if clean:
            etree.SubElement(tu, "prop", type=kind).text = clean
    for lang, text in ((record.source_lang, record.source), (record.target_lang, record.target)):
        tuv = etree.SubElement(tu, "tuv", {XML_LANG: strip_xml_invalid(lang)})
        etree.SubElement(tuv, "seg").text = strip_xml_invalid(text)
    return tu
