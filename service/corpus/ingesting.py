"""Ingest use cases: prepare (pipeline, no database) and store a release.

Plain functions: the API routers, the CLI and the tests call the same ones. They take the session first and never
commit; the caller commits once (or rolls back, so a rejected document leaves nothing behind).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from service.config import Settings
from service.db import repository
from service.db.engine import begin_write
from service.db.tables import Document, Segment, utcnow
from service.errors import NotFoundError, TooLargeError
from service.pipeline.document import NormalizedDocument
from service.pipeline.ingest import decode
from service.pipeline.normalize import normalize_inline
from service.pipeline.release import process_release
from service.records import DocumentStructure
from service.vocabulary import FINAL_STATUSES, DocumentStatus


@dataclass(frozen=True)
class DocumentMeta:
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    external_id: str | None = None


@dataclass(frozen=True)
class IngestResult:
    document: Document
    created: bool


def _check_size(size: int, settings: Settings) -> None:
    if size > settings.max_document_bytes:
        raise TooLargeError(
            f"document is {size} bytes; the limit is {settings.max_document_bytes} (TRANSNORM_MAX_DOCUMENT_BYTES)"
        )


def prepare_bytes(
    settings: Settings,
    data: bytes,
    *,
    content_type: str | None = None,
    filename: str | None = None,
    source_lang: str | None = None,
) -> NormalizedDocument:
    """Decode an uploaded file and run the pipeline over it (see :func:`prepare_text`)."""
    _check_size(len(data), settings)
    decoded = decode(data, content_type=content_type, filename=filename)
    normalized = prepare_text(settings, decoded.text, source_lang=source_lang)
    # What the file says about itself (a web page's title and date) fills what the text did not print.
    md = normalized.metadata
    filled = replace(md, headline=md.headline or decoded.title, published=md.published or decoded.published)
    return replace(normalized, metadata=filled)


def prepare_text(settings: Settings, text: str, *, source_lang: str | None = None) -> NormalizedDocument:
    """Normalize, structure, detect and segment a release, within the configured limits.

    Needs no database: callers run it before they open a write transaction, so the store's write lock (SQLite
    has one for the whole file) is held only for the inserts, not for the pipeline.
    """
    _check_size(len(text.encode("utf-8", errors="surrogatepass")), settings)
    normalized = process_release(text, source_lang=source_lang, max_sentence_chars=settings.max_sentence_chars)
    if len(normalized.segments) > settings.max_sentences_per_document:
        raise TooLargeError(
            f"document has {len(normalized.segments)} sentences; the limit is "
            f"{settings.max_sentences_per_document} (TRANSNORM_MAX_SENTENCES_PER_DOCUMENT)"
        )
    return normalized


def store_document(session: Session, normalized: NormalizedDocument, meta: DocumentMeta | None = None) -> IngestResult:
    """Store a prepared document with its segments, queued for translation; the stored one if its text is known."""
    existing = repository.find_document_by_hash(session, normalized.content_hash)
    if existing is not None:
        return IngestResult(existing, created=False)
    document, segments = _rows(normalized, meta or DocumentMeta())
    try:
        with session.begin_nested():
            repository.add_document(session, document, segments)
    except IntegrityError:
        # The same text was stored by a concurrent request between our lookup and our insert.
        existing = repository.find_document_by_hash(session, normalized.content_hash)
        if existing is None:
            raise
        return IngestResult(existing, created=False)
    return IngestResult(document, created=True)


def ingest_text(
    session: Session,
    settings: Settings,
    text: str,
    *,
    source_lang: str | None = None,
    meta: DocumentMeta | None = None,
) -> IngestResult:
    return store_document(session, prepare_text(settings, text, source_lang=source_lang), meta)


@dataclass(frozen=True)
class Submission:
    """What a user hands in: text, or a file's bytes with its media type and name (which pick the reader)."""

    text: str | None = None
    data: bytes | None = None
    content_type: str | None = None
    filename: str | None = None
    source_lang: str | None = None
    meta: DocumentMeta = DocumentMeta()


def ingest(
    sessions: sessionmaker[Session],
    settings: Settings,
    submission: Submission,
    *,
    on_queued: Callable[[], None] | None = None,
) -> IngestResult:
    """One unit of work: prepare (no database) → write → commit → wake the workers. The API and the CLI call it."""
    if submission.data is not None:
        normalized = prepare_bytes(settings, submission.data, content_type=submission.content_type,
                                   filename=submission.filename, source_lang=submission.source_lang)
    else:
        normalized = prepare_text(settings, submission.text or "", source_lang=submission.source_lang)
    with sessions() as session:
        begin_write(session)
        result = store_document(session, normalized, submission.meta)
        session.commit()
    if result.created and result.document.status == DocumentStatus.QUEUED and on_queued is not None:
        on_queued()
    return result


def wait_until_final(
    sessions: sessionmaker[Session], document_id: int, seconds: float, *, wait: Callable[[float], None]
) -> None:
    """Return when the document is done or failed, or after ``seconds``; ``wait(timeout)`` blocks until an
    in-process worker finishes something (or the timeout passes: workers in other processes wake nobody)."""
    deadline = time.monotonic() + seconds
    while True:
        with sessions() as session:
            status = require_document(session, document_id).status
        remaining = deadline - time.monotonic()
        if status in FINAL_STATUSES or remaining <= 0:
            return
        wait(min(0.25, remaining))


def _clean(value: str | None) -> str | None:
    cleaned = normalize_inline(value) if value else None
    return cleaned or None


def _rows(normalized: NormalizedDocument, meta: DocumentMeta) -> tuple[Document, list[Segment]]:
    md = normalized.metadata
    now = utcnow()
    # English releases are stored, normalized and searchable, but get no pairs: an en→en "translation" would
    # be a copy posing as parallel text. They are done as soon as they are stored.
    needs_translation = normalized.language != "en"
    structure = DocumentStructure.from_normalized(normalized).to_json()
    document = Document(
        content_hash=normalized.content_hash,
        source_lang=normalized.language,
        language_confidence=normalized.language_confidence,
        title=_clean(meta.title) or md.headline,
        source=_clean(meta.source),
        url=_clean(meta.url),
        published=meta.published or md.published,
        external_id=_clean(meta.external_id),
        text=normalized.text,
        structure=structure,
        status=DocumentStatus.QUEUED if needs_translation else DocumentStatus.DONE,
        attempts=0,
        segment_count=len(normalized.segments),
        created_at=now,
        updated_at=now,
        translated_at=None if needs_translation else now,
    )
    segments = [
        Segment(
            paragraph=s.paragraph,
            sentence=s.sentence,
            role=s.role,
            text=s.text,
            start=s.start,
            end=s.end,
            flags=list(s.flags),
        )
        for s in normalized.segments
    ]
    return document, segments


def require_document(session: Session, document_id: int) -> Document:
    document = repository.get_document(session, document_id)
    if document is None:
        raise NotFoundError(f"document {document_id} does not exist")
    return document
