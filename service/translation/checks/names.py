"""The ``names`` check: what a translation must carry over unchanged is there.

That is, in the source: URLs, e-mail addresses, @handles, tickers and case numbers (character for character); the
names of the exonym list (``exonyms.tsv``: Köln → Cologne, Den Haag → The Hague), in the source's or the English
form; the terminology entries passed in, in their required rendering; and the names inside runs of two or more
capitalized words ("US-Außenminister Antony Blinken", "Dilan Yeşilgöz").

German capitalizes every noun, so a capitalized word is only taken for a name when the word frequencies say so
(``lexicon``): a name is about as common in English as at home (Scholz, Rutte, Aliyev), a noun is not
(Polizei, Gemeente), and adjectives (Deutsche, Koninklijke) and compounds of common words are never names.
A word at the start of a sentence must moreover be rare at home. A name is present when one of its spellings
(as written, without diacritics, ä as ae, without a genitive s) starts a word of the translation: Scholz's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from service.translation.checks import lexicon
from service.translation.checks.findings import Finding, Severity
from service.translation.checks.patterns import identifiers
from service.translation.checks.quantities import MONTH_NUMBER, WEEKDAY_NUMBER

if TYPE_CHECKING:
    from service.translation.terms import Term

NAME_MAX_BIAS = 2.3            # Zipf points more common at home than in English: above, a noun to translate
RARE_IN_ENGLISH = 1.0          # below this English Zipf frequency a word's bias says nothing ...
RARE_AT_HOME = 3.3             # ... and a name is a word rarer than this at home that is no compound (Baerbock)
SENTENCE_START_MAX_ZIPF = 4.0  # a sentence's first word is a name only when it is rarer than this at home
# Particles inside a name: "Ursula von der Leyen", "Hugo de Jonge", "Vincent van Gogh".
PARTICLES = frozenset({
    "von", "van", "vom", "zu", "de", "der", "den", "ter", "ten", "te", "da", "di", "du", "dos", "del", "la", "le",
    "al", "el", "bin", "ibn", "'t",
})
FIRST_PARTICLES = PARTICLES - {"der", "den", "vom"}
# Titles, currencies, and short German and Dutch nouns whose English frequency is inflated by acronyms or
# homographs ("Rat" is a council, "Amt" an office, "Dom" a cathedral), found translated in good translations.
NOT_NAMES = frozenset({
    "dr", "prof", "herr", "frau", "mr", "mrs", "ms", "dhr", "mevr", "mevrouw", "meneer", "sankt", "st",
    "rat", "land", "tag", "kind", "gift", "hut", "fall", "art", "chef", "brand", "see", "rock", "mist", "arm",
    "hell", "handy", "bald", "bund", "raad", "hof", "euro", "dollar", "cent", "pfund", "franken", "yen",
    "amt", "dom", "tor", "turm", "burg", "schloss", "kirche", "platz", "markt", "kerk", "plein", "brug", "toren",
    "slot", "kasteel", "haven", "ambt",
}) | frozenset(MONTH_NUMBER) | frozenset(WEEKDAY_NUMBER)

# Endings of common nouns that no name has: Munition, Situation, Wohnung, Freiheit, Politie, Universiteit.
NOUN_ENDINGS = ("tion", "sion", "ität", "ismus", "isme", "ung", "heit", "keit", "schaft", "tie", "teit", "heid")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
_OPENERS = "„“\"«»‚'‘(–—-•*[ "


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    initial: bool    # first word of a sentence


@lru_cache(maxsize=4096)   # a target is folded once per name looked up in it
def fold(text: str) -> str:
    """Case, diacritics and ß folded away: how a name is compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def _spellings(name: str) -> set[str]:
    umlauts = name.casefold().translate(_UMLAUTS)
    forms = {fold(name), fold(umlauts)}
    for form in list(forms):
        for genitive in ("'s", "s'", "s", "'"):
            if form.endswith(genitive) and len(form) - len(genitive) >= 3:
                forms.add(form[: -len(genitive)])
    return forms


def present(name: str, target: str) -> bool:
    """``name`` (a word or several) starts a word of ``target`` in one of its spellings."""
    folded = fold(target)
    return any(re.search(r"(?<!\w)" + re.escape(form), folded) for form in _spellings(name))


@lru_cache(maxsize=4)
def exonyms(lang: str) -> dict[str, tuple[str, ...]]:
    """Source name → its English forms, for ``lang``; the longest names first."""
    table: dict[str, tuple[str, ...]] = {}
    text = (resources.files("service.translation.checks") / "exonyms.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            language, name, english = line.split("\t")
            if language == lang:
                table[name] = tuple(english.split("|"))
    return dict(sorted(table.items(), key=lambda item: -len(item[0])))


def _tokens(text: str) -> list[_Token]:
    tokens = []
    for match in _WORD.finditer(text):
        before = text[: match.start()].rstrip(_OPENERS)
        tokens.append(_Token(match.group(), match.start(), match.end(), not before or before[-1] in ".!?:;"))
    return tokens


def _runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Runs of capitalized words separated by spaces only, name particles allowed inside."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    pending: list[_Token] = []   # particles waiting for the next capitalized word
    for token in tokens:
        adjacent = bool(current) and text[(pending or current)[-1].end : token.start].isspace()
        if token.text[0].isupper() and not token.text.isupper():
            current = [*current, token] if adjacent else [token]
            pending = []
            if len(current) == 2:
                runs.append(current)
            elif len(current) > 2:
                runs[-1] = current
            continue
        if adjacent and token.text in (PARTICLES if pending else FIRST_PARTICLES):
            pending.append(token)
            continue
        current, pending = [], []
    return runs


def is_name(word: str, lang: str, *, initial: bool = False) -> bool:
    """Whether a capitalized word of ``lang`` is a name an English translation keeps (see the module doc)."""
    # Acronyms are left alone: some stay (BKA), some are translated (EZB → ECB), some expand (OB → mayor).
    if len(word) < 2 or word.isupper() or fold(word) in NOT_NAMES or lexicon.is_inflected_adjective(word, lang):
        return False
    home = lexicon.zipf(word, lang)
    if (initial and home >= SENTENCE_START_MAX_ZIPF) or word.casefold().endswith(NOUN_ENDINGS):
        return False
    if lexicon.zipf(word, "en") < RARE_IN_ENGLISH:
        return home < RARE_AT_HOME and not lexicon.is_compound_of_common_words(word, lang)
    return lexicon.bias(word, lang) <= NAME_MAX_BIAS


def _covered(spans: list[tuple[int, int]], token: _Token) -> bool:
    return any(start <= token.start and token.end <= end for start, end in spans)


def _find(name: str, text: str) -> list[tuple[int, int]]:
    if name not in text:   # the exonym list has ~100 names a language: a substring test settles most at once
        return []
    return [match.span() for match in _name_pattern(name).finditer(text)]


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?:s|'s|’s)?(?![\w-])")


def check_names(
    source: str, target: str, source_lang: str, target_lang: str, terms: Sequence[Term] = ()
) -> list[Finding]:
    findings: list[Finding] = []
    for kind, text, _start, _end in identifiers(source):
        if fold(text) not in fold(target):
            findings.append(Finding("names", Severity.ERROR, f"{kind} {text} is missing from the translation"))
    settled: list[tuple[int, int]] = []   # spans a term or an exonym already answered for
    for term in terms:
        spans = _find(term.source, source)
        if not spans:
            continue
        settled.extend(spans)
        rendering = term.source if term.dnt or not term.target else term.target
        if not present(rendering, target):
            how = "kept as is" if rendering == term.source else f"translated as {rendering}"
            findings.append(Finding("names", Severity.ERROR, f"term {term.source} should be {how}"))
    for name, english in exonyms(source_lang).items():
        spans = [span for span in _find(name, source) if not any(s <= span[0] < e for s, e in settled)]
        if not spans:
            continue
        settled.extend(spans)
        if not any(present(form, target) for form in (name, *english)):
            findings.append(
                Finding("names", Severity.ERROR, f"name {name} ({english[0]}) is missing from the translation")
            )
    for run in _runs(source, _tokens(source)):
        required = [
            (token, part) for token in run if not _covered(settled, token)
            for index, part in enumerate(token.text.split("-"))
            if part[:1].isupper() and is_name(part, source_lang, initial=token.initial and index == 0)
        ]
        missing = [part for _token, part in required if not present(part, target)]
        if not missing:
            continue
        name = source[required[0][0].start : required[-1][0].end]
        if len(missing) == len(required):
            message = f"name {name} is missing from the translation"
        else:
            message = f"name {name} is not carried over intact: {', '.join(missing)} missing from the translation"
        findings.append(Finding("names", Severity.ERROR, message))
    return findings
