"""A release's text → NormalizedDocument: normalize → structure → detect → segment, as one pure function.

This is the composition the API, the worker and the CLI call; each stage lives in its own module.
"""

from __future__ import annotations

import hashlib

from models.registry import served_languages
from service.errors import EmptyInputError
from service.pipeline.detect import (
    best_language,
    detect_paragraph,
    document_probabilities,
    served_probabilities,
    unserved_language_error,
)
from service.pipeline.document import LanguageGuess, NormalizedDocument, Paragraph, Segment
from service.pipeline.normalize import PARAGRAPH_SEPARATOR, normalize_text, repair_mojibake, split_paragraphs
from service.pipeline.segment import DEFAULT_MAX_CHARS, segment_paragraph
from service.pipeline.structure import StructuredParagraph, analyze_structure

# Roles of one-line labels: they are kept whole rather than run through the sentence splitter.
_LABEL_ROLES = frozenset({"navigation", "kicker", "attribution", "subheading"})


def process_release(
    text: str, *, source_lang: str | None = None, max_sentence_chars: int = DEFAULT_MAX_CHARS
) -> NormalizedDocument:
    """Normalize, structure, detect and segment a release.

    ``source_lang`` given by the user wins over detection; without it, a document confidently in a language we
    do not serve raises UnsupportedLanguageError. Empty input raises EmptyInputError.
    """
    if source_lang is not None and source_lang not in served_languages():
        raise unserved_language_error(source_lang)
    normalized = normalize_text(repair_mojibake(text))
    structure = analyze_structure(split_paragraphs(normalized))
    if not structure.paragraphs:
        raise EmptyInputError("the release contains no text")
    stored = PARAGRAPH_SEPARATOR.join(paragraph.text for paragraph in structure.paragraphs)

    texts = [paragraph.text for paragraph in structure.paragraphs]
    probabilities = document_probabilities(texts, reject=source_lang is None)
    detected = best_language(probabilities)
    # The user's word is kept even when the text looks like another served language; the confidence then
    # says how much the detector agrees with it.
    document_language = (
        LanguageGuess(language=source_lang, confidence=probabilities.get(source_lang, 0.0)) if source_lang else detected
    )
    paragraphs: list[Paragraph] = []
    segments: list[Segment] = []
    start = 0
    for index, structured in enumerate(structure.paragraphs):
        end = start + len(structured.text)
        guess = detect_paragraph(structured.text, detected.language)
        if guess.language == detected.language != document_language.language:
            # The user relabelled the document; paragraphs that go with the document follow that label.
            guess = _user_language([structured.text], document_language.language)
        paragraphs.append(
            Paragraph(index, structured.role, structured.text, start, end, guess.language, guess.confidence)
        )
        segments.extend(_segments(index, structured, start, guess.language, max_sentence_chars))
        start = end + len(PARAGRAPH_SEPARATOR)

    return NormalizedDocument(
        text=stored,
        language=document_language.language,
        language_confidence=document_language.confidence,
        paragraphs=tuple(paragraphs),
        segments=tuple(segments),
        metadata=structure.metadata,
        content_hash=hashlib.sha256(stored.encode("utf-8")).hexdigest(),
    )


def _user_language(texts: list[str], language: str) -> LanguageGuess:
    # The user's word is kept even when the text looks like another served language; the confidence then
    # says how much the detector agrees with it.
    return LanguageGuess(language=language, confidence=served_probabilities("\n".join(texts)).get(language, 0.0))


def _segments(
    paragraph: int, structured: StructuredParagraph, start: int, lang: str, max_chars: int
) -> list[Segment]:
    text, role = structured.text, structured.role
    segments: list[Segment] = []
    body_offset = 0
    if structured.dateline is not None:
        # The dateline is sentence 0 of its paragraph; the rest of the paragraph follows as body sentences.
        raw = structured.dateline.raw
        segments.append(Segment(paragraph, 0, "dateline", raw, start, start + len(raw)))
        body_offset = len(raw)
    # What is not content is split into sentences like the body: it is never translated, but a call to action in a
    # footer ("Heeft u informatie …? Bel …") is searched and read sentence by sentence too.
    if role in _LABEL_ROLES and len(text) <= max_chars:
        return [Segment(paragraph, 0, role, text, start, start + len(text))]
    for span in segment_paragraph(text[body_offset:], lang, offset=start + body_offset, max_chars=max_chars):
        segments.append(Segment(paragraph, len(segments), role, span.text, span.start, span.end, span.flags))
    return segments
