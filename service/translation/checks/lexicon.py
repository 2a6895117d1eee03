"""How much a word belongs to one language rather than English, from word frequencies (``wordfreq``).

Two questions of the checks rest on it. Is a capitalized German or Dutch word a name that a translation keeps
(Scholz, Aliyev, Rutte: about as common in English news as at home) or a noun that it translates (Polizei,
Gemeente: common at home, rare in English)? And is a run of words in an English translation really German or
Dutch left in? ``bias`` answers both: the Zipf frequency (log10 per billion words) in the language minus the one
in English. wordfreq folds case, so German nouns and names look alike; the difference between languages is
what tells them apart.
"""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

COMPOUND_TAIL_MIN_ZIPF = 3.5
COMPOUND_TAIL_MIN_BIAS = 1.9
# Adjective endings of German and Dutch: "Deutsche", "Rote", "Koninklijke" are adjectives when other forms of
# the same stem are common words too, which a name (Leyen, Rutte) never has.
_ADJECTIVE_ENDINGS = {
    "de": ("e", "en", "er", "es", "em"),
    "nl": ("e", ""),
}


@lru_cache(maxsize=65536)
def zipf(word: str, lang: str) -> float:
    return float(zipf_frequency(word.casefold(), lang, wordlist="best"))


def bias(word: str, lang: str, versus: str = "en") -> float:
    """How much more common ``word`` is in ``lang`` than in ``versus`` (Zipf points; > 2: clearly ``lang``'s)."""
    return zipf(word, lang) - zipf(word, versus)


def is_inflected_adjective(word: str, lang: str) -> bool:
    """"Deutsche" (deutsch, deutschen, deutscher are common): an adjective form, not a name."""
    endings = _ADJECTIVE_ENDINGS.get(lang, ())
    lowered = word.casefold()
    for ending in sorted(endings, key=len, reverse=True):
        if ending and lowered.endswith(ending) and len(lowered) - len(ending) >= 3:
            stem = lowered[: len(lowered) - len(ending)]
            others = [stem + other for other in endings if other != ending]
            return sum(1 for other in others if zipf(other, lang) >= 3.0) >= 2 if lang == "de" else any(
                zipf(other, lang) >= 3.5 for other in others
            )
    return False


def is_compound_of_common_words(word: str, lang: str) -> bool:
    """"Softwareanbieter", "Kalverstraat": the word ends in a common word of ``lang`` that English lacks (German
    and Dutch write compounds as one word), so it is a noun to translate, not a name. The thresholds keep names
    that merely end in a short word ("Baerbock": Bock is common, but nearly as common in English text)."""
    lowered = word.casefold()
    for start in range(3, len(lowered) - 2):
        tail = lowered[start:]
        if zipf(tail, lang) >= COMPOUND_TAIL_MIN_ZIPF and bias(tail, lang) >= COMPOUND_TAIL_MIN_BIAS:
            return True
    return False
