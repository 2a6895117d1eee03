"""Bytes and a declared content type → text: encoding detection, mojibake repair, HTML reduced to its text.

The result is not normalized yet (``normalize.normalize_text`` does that); paragraphs are separated by newlines.
"""

from __future__ import annotations

import re
from pathlib import PurePath

import charset_normalizer
import lxml.html
from lxml import etree

from service.errors import DecodeError, EmptyInputError, UnsupportedMediaTypeError
from service.pipeline.formats import (
    DOCX_MEDIA_TYPE,
    PDF_MEDIA_TYPE,
    DecodedDocument,
    read_docx,
    read_html,
    read_pdf,
)
from service.pipeline.normalize import repair_mojibake

HTML_MEDIA_TYPES = ("text/html", "application/xhtml+xml")
SUPPORTED_MEDIA_TYPES = ("text/plain", *HTML_MEDIA_TYPES, DOCX_MEDIA_TYPE, PDF_MEDIA_TYPE)
# The file name decides when the media type does not: an upload from a browser or a CLI path.
_FORMAT_SUFFIXES = {".docx": DOCX_MEDIA_TYPE, ".pdf": PDF_MEDIA_TYPE}
# Declared by clients that do not know what they send: decide from the bytes.
_UNDECLARED_MEDIA_TYPES = frozenset({"", "application/octet-stream"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

# Checked longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Formats that are sometimes posted as text by mistake; named in the error so the user knows what happened.
_BINARY_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"%PDF-": "a PDF document",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "gzip data",
    b"\x7fELF": "an executable",
}
# The served languages are written in Western European code pages; charset-normalizer is asked about these
# first because on short German text an unrestricted guess often lands on cp1250 or worse.
_WESTERN_CODE_PAGES = ["cp1252", "iso8859_15", "latin_1"]
# Share of control characters above which decoded "text" is taken to be binary data.
_MAX_CONTROL_SHARE = 0.05

_HTML_SNIFF = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Page chrome and non-text elements: their text is never part of the release.
_DROPPED_TAGS = ("script", "style", "noscript", "template", "head", "nav", "aside", "form", "iframe", "svg")
# A page-level header/footer is chrome; inside an article or main element it holds the headline or byline.
_CHROME_TAGS = ("header", "footer")
_BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "caption", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "table",
    "tbody", "td", "th", "thead", "tr", "ul",
})
_HTML_SPACE = re.compile(r"\s+")


def decode_document(data: bytes, content_type: str | None = None, filename: str | None = None) -> str:
    """Text of an uploaded document. Raises UnsupportedMediaTypeError, DecodeError or EmptyInputError."""
    return decode(data, content_type, filename).text


def decode(data: bytes, content_type: str | None = None, filename: str | None = None) -> DecodedDocument:
    """An uploaded document's text and what the file says about itself (a web page's title, date, author, URL).

    The media type decides the reader, else the file name, else the bytes. Raises UnsupportedMediaTypeError,
    DecodeError (naming the format: an encrypted PDF, a damaged DOCX) or EmptyInputError.
    """
    media_type, charset = _parse_content_type(content_type)
    if media_type not in SUPPORTED_MEDIA_TYPES and media_type not in _UNDECLARED_MEDIA_TYPES:
        raise UnsupportedMediaTypeError(
            f"media type {media_type!r} is not supported; send one of {', '.join(SUPPORTED_MEDIA_TYPES)}"
        )
    if not data.strip():
        raise EmptyInputError("the document is empty")
    suffix = PurePath(filename).suffix.lower() if filename else ""
    reader_type = media_type if media_type in (DOCX_MEDIA_TYPE, PDF_MEDIA_TYPE) else _FORMAT_SUFFIXES.get(suffix)
    if reader_type == DOCX_MEDIA_TYPE or (reader_type is None and data.startswith(b"PK\x03\x04") and suffix == ""):
        decoded = read_docx(data) if data.startswith(b"PK\x03\x04") else _not_a("DOCX")
    elif reader_type == PDF_MEDIA_TYPE:
        decoded = read_pdf(data) if data.lstrip().startswith(b"%PDF-") else _not_a("PDF")
    else:
        text = _decode_bytes(data, charset)
        decoded = DecodedDocument(text)
        if _is_html(media_type, filename, data):
            decoded = read_html(text) or DecodedDocument(html_to_text(text))
    text = repair_mojibake(decoded.text)
    if not text.strip():
        raise EmptyInputError("the document contains no text")
    return DecodedDocument(text, decoded.title, decoded.published, decoded.author, decoded.url)


def _not_a(format_name: str) -> DecodedDocument:
    raise DecodeError(f"the document is declared as {format_name} but is not a {format_name} file")


def _parse_content_type(content_type: str | None) -> tuple[str, str | None]:
    if not content_type:
        return "", None
    media_type, *params = (part.strip() for part in content_type.split(";"))
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
    return media_type.lower(), charset


def _is_html(media_type: str, filename: str | None, data: bytes) -> bool:
    if media_type in HTML_MEDIA_TYPES:
        return True
    if filename and PurePath(filename).suffix.lower() in _HTML_SUFFIXES:
        return True
    head = data[:1024]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            head = head.decode(encoding, errors="ignore").encode("ascii", errors="ignore")
            break
    return bool(_HTML_SNIFF.match(head))


def _decode_bytes(data: bytes, declared_charset: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"the document has a {encoding} byte-order mark but is not {encoding}") from exc
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise DecodeError(f"the document is {what}, not text")
    text = _decode_as(data, declared_charset)
    if text is None and b"\x00" in data:
        # Undeclared text never contains NUL bytes; UTF-16 without a BOM must say so in its content type.
        raise DecodeError("the document contains NUL bytes: binary data or UTF-16 without a byte-order mark")
    if text is None:
        text = _decode_as(data, "utf-8") or _decode_detected(data)
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise DecodeError("the document looks like binary data, not text")
    return text


def _decode_as(data: bytes, encoding: str | None) -> str | None:
    # A declared charset is honoured when the bytes agree with it; a wrong declaration falls back to detection.
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _decode_detected(data: bytes) -> str:
    match = charset_normalizer.from_bytes(data, cp_isolation=_WESTERN_CODE_PAGES).best()
    if match is None:
        match = charset_normalizer.from_bytes(data).best()
    if match is None:
        raise DecodeError("the document's encoding cannot be detected; it may be binary data")
    return str(match)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f")
    return controls / len(text)


def html_to_text(markup: str) -> str:
    """The text blocks of an HTML page (paragraphs, headings, list items), one per line; chrome dropped."""
    markup = _XML_DECLARATION.sub("", markup)
    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return ""
    for element in list(root.iter(*_DROPPED_TAGS)):
        _remove_keeping_tail(element)
    for element in list(root.iter(*_CHROME_TAGS)):
        if not any(ancestor.tag in ("article", "main") for ancestor in element.iterancestors()):
            _remove_keeping_tail(element)
    pieces: list[str] = []
    _collect_text(root, pieces)
    return "".join(pieces)


def _remove_keeping_tail(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    # The tail is text that follows the element inside its parent, not part of the element.
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def _collect_text(element: etree._Element, pieces: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""  # comments and processing instructions
    is_block = tag in _BLOCK_TAGS
    if tag == "br":
        pieces.append("\n")
    if is_block:
        pieces.append("\n")
    if tag == "pre":
        pieces.append(element.text_content())
    else:
        if tag and element.text:
            pieces.append(_HTML_SPACE.sub(" ", element.text))
        for child in element:
            _collect_text(child, pieces)
    if is_block:
        pieces.append("\n")
    if element.tail:
        pieces.append(_HTML_SPACE.sub(" ", element.tail))
