"""Bytes and a content type → text: encodings, mojibake, HTML, and the typed errors for what is not text."""

from __future__ import annotations

import random

import pytest

from service.errors import DecodeError, EmptyInputError, UnsupportedMediaTypeError
from service.pipeline.ingest import SUPPORTED_MEDIA_TYPES, decode_document

GERMAN = "Präsident Ilham Aliyev wies darauf hin, dass „Maßnahmen“ nötig seien – für 5 €."
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (GERMAN.encode("utf-8"), "text/plain"),
        (b"\xef\xbb\xbf" + GERMAN.encode("utf-8"), None),
        (GERMAN.encode("utf-16"), None),                       # BOM included by the codec
        (b"\xfe\xff" + GERMAN.encode("utf-16-be"), "text/plain"),
        (GERMAN.encode("cp1252"), None),                        # „ “ – € exist only in cp1252
        (GERMAN.encode("cp1252"), "text/plain; charset=utf-8"),  # a wrong declaration falls back to detection
        (GERMAN.encode("cp1252"), "text/plain; charset=windows-1252"),
        (GERMAN.encode("utf-8").decode("cp1252").encode("utf-8"), None),  # mojibake: UTF-8 read as cp1252
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252", "cp1252-declared-utf8", "cp1252-declared",
         "mojibake"],
)
def test_encodings_decode_to_the_same_text(data: bytes, content_type: str | None) -> None:
    assert decode_document(data, content_type) == GERMAN


def test_latin1_german() -> None:
    text = "Der Außenminister äußerte sich über die Lage in Aserbaidschan."
    assert decode_document(text.encode("latin-1")) == text


def test_short_cp1252_word() -> None:
    # Unrestricted detection guesses an exotic code page on one word; the served languages' one wins.
    assert decode_document("Präsident".encode("cp1252")) == "Präsident"


def test_utf16_declared_without_bom() -> None:
    assert decode_document(GERMAN.encode("utf-16-le"), "text/plain; charset=utf-16-le") == GERMAN


def test_html_is_reduced_to_text_blocks() -> None:
    page = b"""<!DOCTYPE html><html><head><title>Site</title><style>p {color: red}</style>
    <script>var secret = "do not translate";</script></head>
    <body><header>Site name</header><nav><a href="/">All news</a></nav>
    <article><header><h1>Aliyev holds  talks &amp; more</h1></header>
    <p>First
       paragraph, <b>bold</b> word.</p><p>Second<br>line</p>
    <script>alert("x")</script><ul><li>One</li><li>Two</li></ul></article>
    <footer>Copyright 2023</footer></body></html>"""
    text = decode_document(page, "text/html; charset=utf-8")
    lines = [line for line in text.split("\n") if line.strip()]
    # trafilatura keeps the list items as "- One": the marker is part of the text a reader sees.
    assert lines == ["Aliyev holds talks & more", "First paragraph, bold word.", "Second", "line", "- One", "- Two"]


@pytest.mark.parametrize(
    ("content_type", "filename", "data"),
    [
        (None, "release.html", b"<p>Hello <i>world</i></p>"),
        (None, "release.HTM", b"<p>Hello <i>world</i></p>"),
        (None, None, b"  <!doctype html><p>Hello <i>world</i></p>"),
        ("application/octet-stream", None, b"<html><body><p>Hello <i>world</i></p></body></html>"),
        ("application/xhtml+xml", None,
         b"<?xml version='1.0' encoding='utf-8'?><html><p>Hello <i>world</i></p></html>"),
    ],
)
def test_html_is_recognised(content_type: str | None, filename: str | None, data: bytes) -> None:
    assert decode_document(data, content_type, filename).strip() == "Hello world"


def test_plain_text_with_angle_brackets_is_not_html() -> None:
    assert decode_document(b"a <b> c", "text/plain") == "a <b> c"


@pytest.mark.parametrize("content_type", ["image/png", "application/msword", "application/json", "video/mp4"])
def test_unsupported_media_types(content_type: str) -> None:
    with pytest.raises(UnsupportedMediaTypeError, match=content_type):
        decode_document(b"%PDF-1.4 whatever", content_type)


@pytest.mark.parametrize(
    "data",
    [
        PNG_BYTES,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"plain text\x00with a NUL byte",
        bytes(range(256)) * 4,
        random.Random(7).randbytes(2048).replace(b"\x00", b"\x01"),  # random bytes without NULs
    ],
    ids=["png", "pdf", "nul", "all-bytes", "pseudo-random"],
)
def test_binary_input_is_a_decode_error(data: bytes) -> None:
    with pytest.raises(DecodeError):
        decode_document(data, "text/plain")


def test_bom_that_lies_is_a_decode_error() -> None:
    with pytest.raises(DecodeError):
        decode_document(b"\xff\xfe" + b"\x00\xd8", None)  # UTF-16 LE BOM, then a lone high surrogate


@pytest.mark.parametrize("data", [b"", b"   \n\t ", b"\xef\xbb\xbf", b"<html><script>x()</script></html>"])
def test_empty_input(data: bytes) -> None:
    with pytest.raises(EmptyInputError):
        decode_document(data)


def test_supported_media_types_are_listed() -> None:
    assert SUPPORTED_MEDIA_TYPES == ("text/plain", "text/html", "application/xhtml+xml",
                                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                     "application/pdf")
