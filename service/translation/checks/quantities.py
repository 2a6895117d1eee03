"""Numbers, dates, times and weekdays of a sentence, each read into canonical values in its language's conventions.

German and Dutch write ``1.234,5`` where English writes ``1,234.5``, ``24.07.2026`` or ``24. Juli 2026`` where it
writes ``July 24, 2026``, ``9.30 Uhr`` where it writes ``9:30 a.m.``. A ``Quantity`` carries every reading of what
was written (``values``), so that two quantities are the same when they share one: ``9:30`` in English may be
morning or evening, ``1,5 Millionen`` is both 1.5 and 1,500,000 (one side may spell the scale out, the other not).
Spans already read are blanked, so that a date's day is not read again as a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from service.translation.checks.patterns import blank, identifiers

Value = tuple[str, float, float, float] | tuple[str, float]


class Strength(StrEnum):
    DIGITS = "digits"   # written in digits: must reappear
    WORD = "word"       # "fünf", "Dienstag": reported only when the translation has another one instead
    WEAK = "weak"       # "ein", "one", "erste", "Hunderte": only ever matches, never reported


@dataclass(frozen=True)
class Quantity:
    kind: str                      # "number" | "date" | "time" | "weekday"
    text: str                      # as written
    values: frozenset[Value]       # canonical readings: ("n", x), ("d", month, day, year or 0), ("t", minutes)
    strength: Strength = Strength.DIGITS


_MONTHS = {
    1: "januar jänner januari january jan", 2: "februar februari february feb", 3: "märz maart march mär mrt mar",
    4: "april apr", 5: "mai mei may", 6: "juni june jun", 7: "juli july jul", 8: "august augustus aug",
    9: "september sept sep", 10: "oktober october okt oct", 11: "november nov", 12: "dezember december dez dec",
}
MONTH_NUMBER = {name: month for month, names in _MONTHS.items() for name in names.split()}
# English "may" and "march" are words as well as months; as months they are capitalized.
_ENGLISH_WORDS = {"may", "march", "mar"}
_MONTH = (
    "((?-i:May|March|Mar)|"
    + "|".join(sorted(set(MONTH_NUMBER) - _ENGLISH_WORDS, key=len, reverse=True))
    + r")\.?(?![\w])"
)
_WEEKDAYS = (
    "montag maandag monday", "dienstag dinsdag tuesday", "mittwoch woensdag wednesday",
    "donnerstag donderdag thursday", "freitag vrijdag friday", "samstag sonnabend zaterdag saturday",
    "sonntag zondag sunday",
)
WEEKDAY_NUMBER = {name: index for index, names in enumerate(_WEEKDAYS) for name in names.split()}
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAY_NUMBER) + r")\w*", re.IGNORECASE)

_DAY = r"(\d{1,2})"
_ORD = r"(?:\.|st|nd|rd|th|e)?"
_YEAR = r"(?:,?\s+(\d{4}))?(?!\d)"
_RANGE = r"\s*(?:-|–|bis|und|tot|en|to|and|until|through)\s*"
_I = re.IGNORECASE
_DATE_PATTERNS = (   # (pattern, reader, languages or None for all), most specific first
    (re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"), "iso", None),
    (re.compile(r"(?<![\d.,/])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])"), "numeric", None),
    (re.compile(rf"(?<![\d.]){_DAY}{_ORD}{_RANGE}{_DAY}{_ORD}\s*(?:of\s+)?{_MONTH}{_YEAR}", _I), "range_dm", None),
    (re.compile(rf"{_MONTH}\s+{_DAY}{_ORD}{_RANGE}{_DAY}(?:st|nd|rd|th)?{_YEAR}", _I), "range_md", ("en",)),
    (re.compile(rf"(?<![\d.]){_DAY}{_ORD}\s*(?:of\s+)?{_MONTH}{_YEAR}", _I), "dm", None),
    (re.compile(rf"{_MONTH}\s+{_DAY}(?:st|nd|rd|th)?(?!\d){_YEAR}", _I), "md", ("en",)),
    (re.compile(rf"{_MONTH}\s+(\d{{4}})(?!\d)", _I), "my", None),
    (re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(?!\d)"), "dm_numeric", ("de", "nl")),
)
_TIME_PATTERNS = (   # (pattern, reader, languages or None for all)
    (re.compile(r"(?<![\d.,:])(\d{1,2})(?:[.:](\d{2}))?\s*(?:Uhr|uur)\b", _I), "clock24", None),
    (re.compile(r"(?<![\d.,:])(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?", _I), "ampm", ("en",)),
    (re.compile(r"(?<![\d.,:])(\d{1,2})\s*o'clock", _I), "ambiguous", ("en",)),
    (re.compile(r"(?<![\d.,:])(\d{1,2}):(\d{2})(?![\d:])"), "ambiguous", None),
)
_SCALES = {
    "de": {"tausend": 1e3, "tsd": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9,
           "milliarden": 1e9, "mrd": 1e9, "billion": 1e12, "billionen": 1e12},
    "nl": {"duizend": 1e3, "miljoen": 1e6, "mln": 1e6, "miljard": 1e9, "mld": 1e9, "biljoen": 1e12},
    "en": {"thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
           "billions": 1e9, "bn": 1e9, "trillion": 1e12},
}
_NUMBER = re.compile(
    r"(?<!\d)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,\u00a0\u202f]\d+)*)"
    r"(?:\s?(?:st|nd|rd|th)\b)?(?:\s*([a-z]+)\b\.?)?",
    _I,
)
_TWO_TO_TWELVE = {
    "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    "nl": "twee drie vier vijf zes zeven acht negen tien elf twaalf",
    "en": "two three four five six seven eight nine ten eleven twelve",
}
# "ein" is also the article and "one" a pronoun: they only ever match a 1 of the other side.
_ONE = {"de": "eins ein eine einen einem einer eines", "nl": "één een", "en": "one"}
_ORDINAL_WORDS = {
    "de": "erst zweit dritt viert fünft sechst siebt acht neunt zehnt elft zwölft",
    "nl": "eerst tweed derd vierd vijfd zesd zevend achtst negend tiend elfd twaalfd",
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
}
_MANY = {"hunderte": 100, "honderden": 100, "hundreds": 100, "tausende": 1000, "duizenden": 1000,
         "thousands": 1000, "dutzende": 12, "tientallen": 12, "dozens": 12, "dutzend": 12, "dozijn": 12, "dozen": 12}


def _number_values(text: str, lang: str) -> set[float]:
    digits = re.sub(r"[ \u00a0\u202f]", "", text)
    if "." in digits and "," in digits:
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return {float(digits.replace(thousands, "").replace(decimal, "."))}
    separator = "." if "." in digits else "," if "," in digits else ""
    if not separator:
        return {float(digits)}
    head, *groups = digits.split(separator)
    grouped = 1 <= len(head) <= 3 and all(len(group) == 3 for group in groups)
    local_decimal = "." if lang == "en" else ","
    if grouped and (separator != local_decimal or len(groups) > 1):
        return {float(head + "".join(groups))}
    if len(groups) > 1:
        return {float(head + "".join(groups))}
    return {float(f"{head}.{groups[0]}")}


def _date(month: int, day: int, year: int) -> Value | None:
    if not 1 <= month <= 12 or not 0 <= day <= 31 or (year and year < 100):
        return None
    return ("d", float(month), float(day), float(year))


def _year(text: str | None) -> int:
    if not text:
        return 0
    return int(text) + (2000 if len(text) == 2 else 0)


def _read_date(reader: str, groups: tuple[str, ...], lang: str) -> list[set[Value]]:
    """One set of readings per date in the match (a range "24. bis 26. Juli" holds two)."""
    g = groups
    month = MONTH_NUMBER.get
    if reader == "iso":
        readings = [{_date(int(g[1]), int(g[2]), int(g[0]))}]
    elif reader == "numeric":
        day, month_number, year = int(g[0]), int(g[2]), _year(g[3])
        options = {_date(month_number, day, year)}
        if g[1] == "/" and lang == "en":
            options.add(_date(day, month_number, year))
        readings = [options]
    elif reader == "range_dm":
        year = _year(g[3])
        readings = [{_date(month(g[2].casefold(), 0), int(day), year)} for day in (g[0], g[1])]
    elif reader == "range_md":
        year = _year(g[3])
        readings = [{_date(month(g[0].casefold(), 0), int(day), year)} for day in (g[1], g[2])]
    elif reader == "dm":
        readings = [{_date(month(g[1].casefold(), 0), int(g[0]), _year(g[2]))}]
    elif reader == "md":
        readings = [{_date(month(g[0].casefold(), 0), int(g[1]), _year(g[2]))}]
    elif reader == "my":
        readings = [{_date(month(g[0].casefold(), 0), 0, int(g[1]))}]
    else:   # dm_numeric: "am 24.7."
        readings = [{_date(int(g[1]), int(g[0]), 0)}]
    return [{value for value in options if value} for options in readings]


def _read_time(reader: str, groups: tuple[str | None, ...]) -> set[Value]:
    hour, minute = int(groups[0] or 0), int(groups[1] or 0) if len(groups) > 1 and groups[1] else 0
    if hour > 24 or minute > 59:
        return set()
    values: set[Value] = set()
    if reader == "ampm":
        pm = (groups[2] or "").casefold() == "p"
        values.add(("t", float((hour % 12 + (12 if pm else 0)) * 60 + minute)))
    else:
        values.add(("t", float(hour * 60 + minute)))
        if reader == "ambiguous" and hour < 12:
            values.add(("t", float((hour + 12) * 60 + minute)))
    if not minute:   # "9 bis 12 Uhr": the bare 9 is a time too
        values.add(("n", float(hour)))
    return values


@lru_cache(maxsize=4096)
def extract(text: str, lang: str) -> tuple[Quantity, ...]:
    """Every quantity of ``text`` (in ``lang``), left to right by kind: dates, times, numbers, words, weekdays."""
    found: list[Quantity] = []
    text = blank(text, [(start, end) for _kind, _text, start, end in identifiers(text)])
    for pattern, reader, languages in _DATE_PATTERNS:
        if languages is not None and lang not in languages:
            continue
        spans = []
        for match in pattern.finditer(text):
            dates = _read_date(reader, match.groups(), lang)
            if dates and all(dates):
                found.extend(Quantity("date", match.group().strip(), frozenset(values)) for values in dates)
                spans.append(match.span())
        text = blank(text, spans)
    for pattern, reader, languages in _TIME_PATTERNS:
        if languages is not None and lang not in languages:
            continue
        spans = []
        for match in pattern.finditer(text):
            values = _read_time(reader, match.groups())
            if values:
                found.append(Quantity("time", match.group().strip(), frozenset(values)))
                spans.append(match.span())
        text = blank(text, spans)
    scales = _SCALES.get(lang, {}) | _SCALES["en"]
    for match in _NUMBER.finditer(text):
        numbers = _number_values(match.group(1), lang)
        scale = scales.get((match.group(2) or "").casefold())
        number_values: set[Value] = {("n", round(x, 6)) for x in numbers}
        if scale:
            number_values |= {("n", round(x * scale, 3)) for x in numbers}
        found.append(Quantity("number", match.group(1), frozenset(number_values)))
    found.extend(_word_quantities(text, lang))
    for match in _WEEKDAY.finditer(text):
        index = WEEKDAY_NUMBER[match.group(1).casefold()]
        found.append(Quantity("weekday", match.group(), frozenset({("w", float(index))}), Strength.WORD))
    return tuple(found)


def _word_quantities(text: str, lang: str) -> list[Quantity]:
    words = _written_numbers(lang)
    found = []
    for match in re.finditer(r"[^\W\d_]+", text):
        word = match.group().casefold()
        if word in words:
            value, strength = words[word]
            found.append(Quantity("number", match.group(), frozenset({("n", value)}), strength))
        elif word in _MANY:
            found.append(Quantity("number", match.group(), frozenset({("many", float(_MANY[word]))}), Strength.WEAK))
        else:
            ordinal = _ordinal_value(word, lang)
            if ordinal:
                found.append(Quantity("number", match.group(), frozenset({("n", ordinal)}), Strength.WEAK))
    return found


@lru_cache(maxsize=8)
def _written_numbers(lang: str) -> dict[str, tuple[float, Strength]]:
    table: dict[str, tuple[float, Strength]] = {}
    for language in {lang, "en"}:   # an English translation may leave a German word in; read both
        table.update({word: (1.0, Strength.WEAK) for word in _ONE.get(language, "").split()})
        for index, word in enumerate(_TWO_TO_TWELVE.get(language, "").split()):
            table[word] = (float(index + 2), Strength.WORD)
    return table


def _ordinal_value(word: str, lang: str) -> float:
    for language in {lang, "en"}:
        for index, stem in enumerate(_ORDINAL_WORDS.get(language, "").split()):
            if word == stem or (language != "en" and word.startswith(stem) and len(word) - len(stem) <= 3):
                return float(index + 1)
    return 0.0
