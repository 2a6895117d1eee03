"""One release as text, as a web page, as DOCX and as PDF: the same segments (issue 11, "intake")."""

from __future__ import annotations

import io
import json

import pytest
from typer.testing import CliRunner

from service.errors import DecodeError
from service.pipeline.ingest import decode
from tests.pipeline.test_cli import _pipeline_app

HEADLINE = "Polizei sucht Zeugen nach Unfall auf der A 96"
PARAGRAPHS = [
    "Wangen (ots) - Am Sonntagabend ist auf der Autobahn A 96 bei Wangen ein Auto von der Fahrbahn abgekommen "
    "und hat sich mehrfach überschlagen. Der Fahrer wurde dabei leicht verletzt.",
    "Die Polizei bittet Zeugen, die den Unfall beobachtet haben, sich unter der Telefonnummer 07531 995-0 zu "
    "melden. Die Ermittlungen zur Unfallursache dauern an.",
]


def _text() -> str:
    return "\n\n".join([HEADLINE, *PARAGRAPHS])


def _html() -> bytes:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return (f"<!DOCTYPE html><html><head><title>{HEADLINE}</title></head><body><nav><a href='/'>Startseite</a>"
            f"</nav><article><h1>{HEADLINE}</h1>{body}</article><footer>Impressum</footer></body></html>"
            ).encode()


def _docx() -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading(HEADLINE, level=1)
    for paragraph in PARAGRAPHS:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf() -> bytes:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, HEADLINE)   # a PDF's text layer is hard-wrapped: normalize unwraps it
    for paragraph in PARAGRAPHS:
        pdf.ln(6)
        pdf.multi_cell(0, 6, paragraph)
    return bytes(pdf.output())


def _segments(runner: CliRunner, path: str) -> list[tuple[str, str]]:
    result = runner.invoke(_pipeline_app(), ["normalize", path])
    assert result.exit_code == 0, result.output
    return [(s["role"], s["text"]) for s in json.loads(result.stdout)["segments"]]


@pytest.mark.parametrize(("name", "make"), [("release.html", _html), ("release.docx", _docx), ("release.pdf", _pdf)])
def test_every_format_gives_the_segments_of_the_text(tmp_path, name, make) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    text_file = tmp_path / "release.txt"
    text_file.write_text(_text(), encoding="utf-8")
    other = tmp_path / name
    other.write_bytes(make())
    expected = _segments(runner, str(text_file))
    assert ("headline", HEADLINE) in expected
    assert _segments(runner, str(other)) == expected


def test_web_page_metadata_is_returned() -> None:
    decoded = decode(_html(), "text/html")
    assert decoded.title == HEADLINE


@pytest.mark.parametrize(("content_type", "data", "format_name"), [
    ("application/pdf", b"%PDF-1.4 broken", "PDF"),
    ("application/pdf", b"not a pdf at all", "PDF"),
    ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK\x03\x04junk", "DOCX"),
])
def test_unreadable_files_name_their_format(content_type: str, data: bytes, format_name: str) -> None:
    with pytest.raises(DecodeError, match=format_name):
        decode(data, content_type)


def test_encrypted_pdf_is_refused() -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(100, 100)
    writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(DecodeError, match="PDF.*encrypted"):
        decode(buffer.getvalue(), "application/pdf")
