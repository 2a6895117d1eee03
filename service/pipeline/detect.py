"""Language identification with py3langid: open set (to reject what we do not serve) and restricted to the
registry's languages (``models.registry``: de, nl, en today).

Headings and name-only lines are unreliable for every detector ("Karabakh situation" looks Indonesian), so the
document's language is decided once, over all of its text weighted by length, and a paragraph may differ from
it only when it is long and the detector is confident about it.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from typing import Any

from py3langid import langid

from models.registry import served_languages
from service.errors import UnsupportedLanguageError
from service.pipeline.document import LanguageGuess

# Open-set rejection: the best unrestricted label is not served, is likely, and no served language comes close.
# Close relatives (lb for de, af/fy for nl, sco/pcm for en) score high on short text; the margin keeps those
# documents.
REJECT_MIN_CONFIDENCE = 0.5
REJECT_MAX_SERVED = 0.2
# A paragraph overrides the document language only when it is long and both detectors agree with confidence.
PARAGRAPH_OVERRIDE_MIN_CHARS = 120
PARAGRAPH_OVERRIDE_MIN_CONFIDENCE = 0.95
# Below this sum the open-set probabilities of de, nl and en have underflowed and cannot be renormalized.
SERVED_UNDERFLOW = 1e-30


def _identifiers() -> tuple[Any, Any]:
    """(open set, restricted to the served languages); both give probabilities."""
    return _identifiers_for(served_languages())


@lru_cache(maxsize=4)
def _identifiers_for(languages: tuple[str, ...]) -> tuple[Any, Any]:
    """Loaded once per process and set of languages (the registry decides the set)."""
    identifier_class = langid.LanguageIdentifier
    # py3langid < 0.4 ships a pickled model, newer releases a compressed numpy one; same constant, same API.
    load = getattr(identifier_class, "from_pickled_model", None) or identifier_class.from_model_file
    open_set = load(langid.MODEL_FILE, norm_probs=True)
    # The restricted identifier shares the model arrays; set_languages only replaces its own column views.
    restricted = copy.copy(open_set)
    restricted.set_languages(list(languages))
    return open_set, restricted


def unserved_language_error(language: str) -> UnsupportedLanguageError:
    """The error for a language the user asked for (not detected) that we do not serve."""
    error = UnsupportedLanguageError(language, 1.0, served_languages())
    # The stock message says "detected"; here the user named the language, so say that instead.
    error.detail = f"language {language!r} is not served; supported: {', '.join(served_languages())}"
    error.args = (error.detail,)
    return error


def detect_language(text: str) -> LanguageGuess:
    """The most likely language among all the detector knows (which may be outside the served set)."""
    language, confidence = _identifiers()[0].classify(text)
    return LanguageGuess(language=language, confidence=float(confidence))


def detect_served(text: str) -> LanguageGuess:
    """The most likely of de, nl, en, with its probability among those three."""
    language, confidence = _identifiers()[1].classify(text)
    return LanguageGuess(language=language, confidence=float(confidence))


def served_probabilities(text: str) -> dict[str, float]:
    """Probability of each served language for text, among the served languages only."""
    return {language: float(score) for language, score in _identifiers()[1].rank(text)}


def rank_languages(text: str, k: int = 3) -> list[LanguageGuess]:
    """The k most likely languages (open set), best first."""
    ranked = _identifiers()[0].rank(text)[: max(k, 0)]
    return [LanguageGuess(language=language, confidence=float(score)) for language, score in ranked]


def _check_served(text: str, ranked: list[LanguageGuess]) -> None:
    """Raise UnsupportedLanguageError naming the language when text is confidently in one we do not serve."""
    best = ranked[0]
    # de, nl and en are written in Latin script: a text whose letters are mostly not Latin (or a UTF-16
    # misreading that yields CJK code points) is not one of them, however the restricted model votes.
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(1 for ch in letters if ch < "\u0250" or "\u1e00" <= ch <= "\u1eff")
    if not letters or latin < 0.5 * len(letters):
        raise UnsupportedLanguageError(best.language, best.confidence, served_languages())
    served_best = max((guess.confidence for guess in ranked if guess.language in served_languages()), default=0.0)
    if (
        best.language not in served_languages()
        and best.confidence >= REJECT_MIN_CONFIDENCE
        and served_best <= REJECT_MAX_SERVED
    ):
        raise UnsupportedLanguageError(best.language, best.confidence, served_languages())


def document_probabilities(paragraphs: list[str], *, reject: bool = True) -> dict[str, float]:
    """Probability of each served language for a whole document, all paragraphs weighted by their length.

    Classifying the concatenation is the length weighting: naive Bayes adds every paragraph's evidence in
    proportion to its size, so a heading or a name cannot outvote the body. With ``reject``, a document
    confidently in a language we do not serve raises UnsupportedLanguageError.

    One pass of the open-set model serves both questions: its probabilities of de, nl and en, renormalized among
    themselves, are the restricted model's (the same scores under one softmax), which saves a second pass over
    the text. Only when all three underflow (a text plainly in another language) is the restricted model asked.
    """
    text = "\n".join(paragraphs)
    ranked = rank_languages(text, k=len(_identifiers()[0].labels))
    if reject:
        _check_served(text, ranked)
    served = {guess.language: guess.confidence for guess in ranked if guess.language in served_languages()}
    total = sum(served.values())
    if total < SERVED_UNDERFLOW:
        return served_probabilities(text)
    return {language: probability / total for language, probability in served.items()}


def detect_document(paragraphs: list[str], *, reject: bool = True) -> LanguageGuess:
    """The served language of a whole document (see :func:`document_probabilities`)."""
    return best_language(document_probabilities(paragraphs, reject=reject))


def best_language(probabilities: dict[str, float]) -> LanguageGuess:
    """The most probable language of ``probabilities`` with its probability."""
    language = max(probabilities, key=probabilities.__getitem__)
    return LanguageGuess(language=language, confidence=probabilities[language])


def detect_paragraph(text: str, document_language: str) -> LanguageGuess:
    """A paragraph's served language: the document's unless the paragraph is long and confidently another."""
    probabilities = served_probabilities(text)   # one pass gives the guess and the document language's share
    guess = best_language(probabilities)
    if guess.language == document_language:
        return guess
    if len(text) >= PARAGRAPH_OVERRIDE_MIN_CHARS and guess.confidence >= PARAGRAPH_OVERRIDE_MIN_CONFIDENCE:
        open_guess = detect_language(text)
        if open_guess.language == guess.language and open_guess.confidence >= PARAGRAPH_OVERRIDE_MIN_CONFIDENCE:
            return guess
    return LanguageGuess(language=document_language, confidence=probabilities.get(document_language, 0.0))
