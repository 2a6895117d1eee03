"""``transnorm normalize`` and ``transnorm segment``: the text pipeline from the command line.

Expected failures are raised as service.errors types; ``service.cli.main`` turns them into one line on stderr.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from service.cli import fail
from service.config import get_settings
from service.errors import EmptyInputError, TooLargeError
from service.pipeline.document import NormalizedDocument
from service.pipeline.ingest import decode_document
from service.pipeline.normalize import normalize_inline
from service.pipeline.release import process_release
from service.pipeline.segment import segment_paragraph
from service.records import DocumentStructure


def register(app: typer.Typer) -> None:
    app.command("normalize")(normalize_command)
    app.command("segment")(segment_command)


def normalize_command(
    file: Path = typer.Argument(..., help="A release: plain text or HTML, any common encoding."),
    lang: str | None = typer.Option(None, "--lang", help="Source language (de, nl, en); detected if omitted."),
) -> None:
    """Print a release as structured JSON: language, metadata and segments with their offsets."""
    if not file.is_file():
        raise fail(f"no such file: {file}")
    settings = get_settings()
    data = file.read_bytes()
    if len(data) > settings.max_document_bytes:
        raise TooLargeError(f"{file} has {len(data)} bytes; the limit is {settings.max_document_bytes}")
    text = decode_document(data, filename=file.name)
    document = process_release(text, source_lang=lang, max_sentence_chars=settings.max_sentence_chars)
    typer.echo(json.dumps(document_to_json(document), ensure_ascii=False, indent=2))


def segment_command(
    lang: str = typer.Option(..., "--lang", help="Language of the paragraph: de, nl or en."),
) -> None:
    """Read one paragraph from stdin and print its sentences, one per line."""
    # Line breaks inside the paragraph are wrapping, not structure: join them before splitting.
    paragraph = normalize_inline(sys.stdin.read())
    if not paragraph:
        raise EmptyInputError("nothing to segment on stdin")
    for sentence in segment_paragraph(paragraph, lang, max_chars=get_settings().max_sentence_chars):
        typer.echo(sentence.text)


def document_to_json(document: NormalizedDocument) -> dict[str, Any]:
    """The CLI's JSON: the same typed structure the store keeps and the API shows, with the segments."""
    return {
        "language": document.language,
        "language_confidence": round(document.language_confidence, 4),
        "content_hash": document.content_hash,
        "structure": DocumentStructure.from_normalized(document).to_json(),
        "text": document.text,
        "segments": [
            {
                "paragraph": s.paragraph, "sentence": s.sentence, "role": s.role, "text": s.text,
                "start": s.start, "end": s.end, "flags": list(s.flags),
            }
            for s in document.segments
        ],
    }
