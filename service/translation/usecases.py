"""Stateless use cases: translate text or sentences, detect a language. Nothing is stored."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from service.config import Settings
from service.errors import InputError, TooLargeError, UnsupportedLanguageError
from service.pipeline.detect import detect_served, rank_languages
from service.pipeline.document import LanguageGuess
from service.pipeline.normalize import normalize_inline
from service.pipeline.release import process_release
from service.translation.base import Translation, Translator
from service.translation.pool import ModelPool


@dataclass(frozen=True)
class TextTranslation:
    source_lang: str
    translator: Translator
    translations: list[Translation]


def _sentences(text: str | Sequence[str], source_lang: str | None, settings: Settings) -> tuple[str, list[str]]:
    if isinstance(text, str):
        document = process_release(text, source_lang=source_lang, max_sentence_chars=settings.max_sentence_chars)
        return document.language, [segment.text for segment in document.segments]
    # A list is taken as sentences already: each is normalized but never split or merged.
    sentences = [normalize_inline(item) for item in text]
    if source_lang is None:
        joined = " ".join(s for s in sentences if s)
        if not joined:
            raise InputError("source_lang is required when no sentence has text to detect it from")
        source_lang = detect_served(joined).language
    return source_lang, sentences


def translate_text(
    pool: ModelPool, settings: Settings, text: str | Sequence[str], source_lang: str | None = None
) -> TextTranslation:
    size = len(text) if isinstance(text, str) else sum(len(t) for t in text)
    if size > settings.max_translate_chars:
        raise TooLargeError(
            f"text has {size} characters; /v1/translate takes at most {settings.max_translate_chars} "
            "(TRANSNORM_MAX_TRANSLATE_CHARS); POST a document instead"
        )
    lang, sentences = _sentences(text, source_lang, settings)
    pair = pool.pair_for(lang)
    if pair is None:
        raise UnsupportedLanguageError(lang, 1.0, supported=pool.source_languages())
    translator = pool.get(pair)
    # Through the pair's micro-batcher: concurrent requests are translated together, on its thread.
    return TextTranslation(lang, translator, pool.batcher(pair).translate(sentences))


def detect(text: str) -> list[LanguageGuess]:
    if not text.strip():
        raise InputError("text is empty")
    return rank_languages(text)
