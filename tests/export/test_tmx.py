from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from lxml import etree
from translate.storage import tmx as tt_tmx

import service
from service.export.tmx import ALL_LANGUAGES, header_srclang, strip_xml_invalid, write_tmx
from service.records import PairRecord
from tests.export.factories import make_record, many_records, sample_records

DTD_PATH = Path(__file__).resolve().parent.parent / "data" / "tmx14.dtd"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def export(records: list[PairRecord], srclang: str = "de", **kwargs: object) -> bytes:
    return "".join(write_tmx(records, srclang=srclang, **kwargs)).encode("utf-8")  # type: ignore[arg-type]


def parse_valid(data: bytes) -> etree._ElementTree:
    """Parse without fetching the DTD, then validate against our copy of it."""
    tree = etree.ElementTree(etree.fromstring(data, etree.XMLParser(load_dtd=False, no_network=True)))
    dtd = etree.DTD(str(DTD_PATH))
    assert dtd.validate(tree), dtd.error_log.filter_from_errors()
    return tree


def toolkit_units(data: bytes) -> list[tuple[str, str]]:
    store = tt_tmx.tmxfile(data)
    return [(unit.source, unit.target) for unit in store.units]


def test_document_is_valid_tmx_with_declaration_doctype_and_header() -> None:
    data = export(sample_records(), created=dt.datetime(2024, 6, 1, 12, 0, 0, tzinfo=dt.UTC))
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">")
    tree = parse_valid(data)
    assert tree.docinfo.system_url == "tmx14.dtd"
    root = tree.getroot()
    assert root.get("version") == "1.4"
    header = root.find("header")
    assert header is not None
    assert dict(header.attrib) == {
        "creationtool": "Transnorm",
        "creationtoolversion": service.__version__,
        "segtype": "sentence",
        "o-tmf": "transnorm",
        "adminlang": "en",
        "srclang": "de",
        "datatype": "plaintext",
        "creationdate": "20240601T120000Z",
    }


def test_default_header_date_is_now_in_tmx_format() -> None:
    header = parse_valid(export([])).getroot().find("header")
    assert header is not None
    assert re.fullmatch(r"\d{8}T\d{6}Z", header.get("creationdate", ""))


def test_toolkit_reads_back_sources_and_targets() -> None:
    records = sample_records()
    assert toolkit_units(export(records)) == [(r.source, r.target) for r in records]


def test_each_tu_carries_id_languages_date_and_props() -> None:
    records = sample_records()
    tus = parse_valid(export(records)).getroot().findall("body/tu")
    assert [tu.get("tuid") for tu in tus] == [str(r.id) for r in records]
    first, second = tus[0], tus[1]
    assert first.get("creationdate") == "20240517T093005Z"
    assert [tuv.get(XML_LANG) for tuv in first.findall("tuv")] == ["de", "en"]
    assert [tuv.get(XML_LANG) for tuv in second.findall("tuv")] == ["nl", "en"]
    assert [(p.get("type"), p.text) for p in first.findall("prop")] == [
        ("x-document", "7"), ("x-paragraph", "0"), ("x-sentence", "0"), ("x-role", "body"),
        ("x-origin", "mt"), ("x-model", "Helsinki-NLP/opus-mt-de-en"), ("x-model-revision", "6a1b2c3"),
        ("x-score", "0.8125"), ("x-revision", "1"), ("x-flags", "length_ratio"),
    ]  # fmt: skip
    # None and empty values leave their prop out rather than writing an empty one.
    assert [p.get("type") for p in second.findall("prop")] == [
        "x-document", "x-paragraph", "x-sentence", "x-role", "x-origin", "x-revision",
    ]  # fmt: skip
    # A zero score is a value, not an absent one.
    assert tus[2].findtext("prop[@type='x-score']") == "0.0"


def test_control_characters_stripped_bidi_override_kept() -> None:
    record = make_record(
        source="a\x00b\x0bc\x1fd\u202ee\ud800f\ufffeg\uffffh\tz",
        target="ok\x07",
        model="model\x01name",
        role="bo\x1bdy",
    )
    data = export([record], srclang="d\x00e")
    tree = parse_valid(data)
    assert toolkit_units(data) == [("abcd\u202eefgh\tz", "ok")]
    assert tree.getroot().findtext("body/tu/prop[@type='x-model']") == "modelname"
    assert tree.getroot().findtext("body/tu/prop[@type='x-role']") == "body"
    header = tree.getroot().find("header")
    assert header is not None and header.get("srclang") == "de"


def test_strip_xml_invalid_keeps_everything_xml_allows() -> None:
    allowed = "\t\n\r !~\x7f\x85\u00e4\u202e\ud7ff\ue000\ufffd\U0001f389\U0010ffff"
    assert strip_xml_invalid(allowed) == allowed
    assert strip_xml_invalid("".join(map(chr, range(0x20)))) == "\t\n\r"


def test_special_characters_and_whitespace_round_trip() -> None:
    record = make_record(source="<a href=\"x\">&amp; 'q'</a> ]]>", target="  line\r\nnext\n\ttab  ", model="a&b<\"'>")
    data = export([record])
    assert toolkit_units(data) == [(record.source, record.target)]
    assert parse_valid(data).getroot().findtext("body/tu/prop[@type='x-model']") == "a&b<\"'>"


def test_empty_input_is_a_valid_document_with_an_empty_body() -> None:
    data = export([])
    body = parse_valid(data).getroot().find("body")
    assert body is not None and len(body) == 0
    assert tt_tmx.tmxfile(data).units == []


def test_mixed_source_languages_use_all_in_header_and_srclang_per_unit() -> None:
    records = sample_records()
    srclang = header_srclang(r.source_lang for r in records)
    assert srclang == ALL_LANGUAGES
    root = parse_valid(export(records, srclang=srclang)).getroot()
    assert root.find("header").get("srclang") == "*all*"  # type: ignore[union-attr]
    assert [tu.get("srclang") for tu in root.findall("body/tu")] == [r.source_lang for r in records]
    assert header_srclang(["nl", "nl"]) == "nl"


@pytest.mark.parametrize(
    ("created", "expected"),
    [
        (dt.datetime(2024, 1, 2, 3, 4, 5), "20240102T030405Z"),  # naive: taken as UTC
        (dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=2))), "20240102T010405Z"),
    ],
)
def test_unit_creationdate_is_utc(created: dt.datetime, expected: str) -> None:
    root = parse_valid(export([make_record(created_at=created)])).getroot()
    assert root.find("body/tu").get("creationdate") == expected  # type: ignore[union-attr]


def test_many_records_stream_in_several_chunks() -> None:
    records = many_records(2000)
    chunks = list(write_tmx(records, srclang="de"))
    assert len(chunks) > 1
    assert len(toolkit_units("".join(chunks).encode("utf-8"))) == 2000
