"""Readers for the formats releases arrive in besides plain text: web pages, DOCX and PDF.

Each returns a DecodedDocument: the text (paragraphs separated by blank lines; a PDF's lines as its text layer
has them, unwrapped later by ``normalize``) and what the file says about itself (title, date, author, URL).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from typing import Any

from service.errors import DecodeError

DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF_MEDIA_TYPE = "application/pdf"


@dataclass(frozen=True)
class DecodedDocument:
    text: str
    title: str | None = None
    published: dt.date | None = None
    author: str | None = None
    url: str | None = None


def read_html(markup: str) -> DecodedDocument | None:
    """The main content of a web page (trafilatura: page chrome, teasers and comments left out), paragraphs kept;
    None when the extractor finds no main content (a fragment such as a feed's body element)."""
    import trafilatura  # imported on first use: it loads its own models and settings

    found = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False, include_tables=True,
                                        favor_precision=True, as_dict=True)
    extracted: dict[str, Any] = found if isinstance(found, dict) else {}
    if not (extracted.get("text") or "").strip():
        return None
    title = extracted.get("title") or None
    text = extracted["text"].replace("\n", "\n\n")   # trafilatura writes one paragraph per line
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    return DecodedDocument(text=text, title=title, published=_date(extracted.get("date")),
                           author=extracted.get("author") or None, url=extracted.get("url") or None)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def read_docx(data: bytes) -> DecodedDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise DecodeError("the DOCX document cannot be read (damaged or not a Word document)") from exc
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    core = document.core_properties
    published = core.created.date() if core.created else None
    return DecodedDocument(text="\n\n".join(paragraphs), title=core.title or None, published=published,
                           author=core.author or None)


def read_pdf(data: bytes) -> DecodedDocument:
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DecodeError("the PDF document is encrypted; send it without a password")
        pages = [page.extract_text() or "" for page in reader.pages]
    except PdfReadError as exc:
        raise DecodeError("the PDF document cannot be read (damaged or not a PDF)") from exc
    info = reader.metadata
    title = str(info.title) if info is not None and info.title else None
    return DecodedDocument(text="\n\n".join(pages), title=title)
