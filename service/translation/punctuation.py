"""The copy of a sentence that is fed to a model: Moses punctuation normalization.

The stored text keeps its curly quotes and dashes; only what the model reads is normalized, the way the
opus-mt training data was.
"""

from __future__ import annotations

from functools import lru_cache

from sacremoses import MosesPunctNormalizer


@lru_cache(maxsize=8)
def _normalizer(lang: str) -> MosesPunctNormalizer:
    # pre_replace_unicode_punct maps “ ” „ – etc. to ASCII the way the Moses preprocessing did.
    return MosesPunctNormalizer(lang=lang, pre_replace_unicode_punct=True, post_remove_control_chars=True)


def normalize_for_model(sentence: str, lang: str) -> str:
    return _normalizer(lang).normalize(sentence).strip()
