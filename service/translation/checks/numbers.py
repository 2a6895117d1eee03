"""The ``numbers`` and ``dates`` checks: every number, date and time of the source is in the translation.

Both sides are read with their own language's conventions (``quantities``) and matched as multisets: a source
quantity is matched by a target quantity that shares one of its readings, so ``24.07.2026`` is matched by
``July 24, 2026`` and ``1.234,5`` by ``1,234.5``, where comparing digit strings (bicleaner's way) cries wolf.
Numbers written as words are matched too but only reported when the translation has another number instead
("fünf Tage" → "four days"): "zwei" may become "a couple of" or "both". The ``dates`` check covers dates, times
of day and weekdays.
"""

from __future__ import annotations

from collections.abc import Sequence

from service.translation.checks.findings import Finding, Severity
from service.translation.checks.quantities import Quantity, Strength, extract

_NUMBER_KINDS = frozenset({"number"})
_DATE_KINDS = frozenset({"date", "time", "weekday"})
_NOUN = {"number": "number", "date": "date", "time": "time", "weekday": "weekday"}


def match_quantities(
    source: Sequence[Quantity], target: Sequence[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """(source quantities the target lacks, target quantities the source lacks); greedy, most specific first."""
    pool = list(target)
    left: list[Quantity] = []
    rank = {Strength.DIGITS: 0, Strength.WORD: 1, Strength.WEAK: 2}
    for quantity in sorted(source, key=lambda q: (rank[q.strength], len(q.values))):
        candidates = [t for t in pool if t.values & quantity.values]
        if not candidates:
            left.append(quantity)
            continue
        best = min(candidates, key=lambda t: (t.kind != quantity.kind, rank[t.strength], len(t.values)))
        pool.remove(best)
    return left, pool


def _reading(quantity: Quantity) -> str:
    """The canonical reading a reviewer can compare: 1234.5, 2026-07-24, 09:30."""
    value = min(quantity.values)
    if value[0] == "d":
        _, month, day, year = value   # type: ignore[misc]
        parts = [f"{int(year):04d}" if year else "", f"{int(month):02d}", f"{int(day):02d}" if day else ""]
        return "-".join(part for part in parts if part)
    if value[0] == "t":
        minutes = int(min(v[1] for v in quantity.values if v[0] == "t"))
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    if value[0] == "w":
        return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[int(value[1])]
    number = min(v[1] for v in quantity.values if v[0] == "n") if any(v[0] == "n" for v in quantity.values) else 0
    return f"{number:g}" if abs(number) < 1e15 else str(number)


def _describe(quantity: Quantity) -> str:
    reading = _reading(quantity)
    if reading.casefold() == quantity.text.casefold() or reading == quantity.text.replace(",", ""):
        return f"{_NOUN[quantity.kind]} {quantity.text}"
    return f"{_NOUN[quantity.kind]} {quantity.text} ({reading})"


def _check(source: str, target: str, source_lang: str, target_lang: str, kinds: frozenset[str], name: str) -> list[
    Finding
]:
    # Matched across kinds ("zwischen 9 und 12 Uhr": the 9 is a number, "9 a.m." a time), reported by kind.
    missing, extra = match_quantities(extract(source, source_lang), extract(target, target_lang))
    missing = [q for q in missing if q.kind in kinds]
    extra = [q for q in extra if q.kind in kinds]
    instead = [q for q in extra if q.strength is not Strength.WEAK]
    reported = [q for q in missing if q.strength is Strength.DIGITS or (q.strength is Strength.WORD and instead)]
    findings = []
    alternatives = ", ".join(q.text for q in instead)
    for quantity in reported:
        message = f"{_describe(quantity)} is missing from the translation"
        if alternatives:
            message += f"; it has {alternatives} instead"
        findings.append(Finding(name, Severity.ERROR, message))
    if not reported:
        for quantity in extra:
            if quantity.strength is Strength.DIGITS:
                findings.append(
                    Finding(name, Severity.WARNING, f"{_describe(quantity)} in the translation is not in the source")
                )
    return findings


def check_numbers(source: str, target: str, source_lang: str, target_lang: str, terms: Sequence[object] = ()) -> list[
    Finding
]:
    return _check(source, target, source_lang, target_lang, _NUMBER_KINDS, "numbers")


def check_dates(source: str, target: str, source_lang: str, target_lang: str, terms: Sequence[object] = ()) -> list[
    Finding
]:
    return _check(source, target, source_lang, target_lang, _DATE_KINDS, "dates")
