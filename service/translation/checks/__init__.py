"""Checks that catch what goes wrong in a translated press release: lost numbers, dates and names, unbalanced
quotations, source language left in, a sentence cut short. Each check is a pure function of (source, target,
source_lang, target_lang, terms) returning ``Finding``s; ``CHECKS`` is their registry, ``run_checks`` runs them
all in registry order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from service.translation.checks.fidelity import (
    check_length_ratio,
    check_repetition,
    check_sentence_count,
    check_untranslated,
)
from service.translation.checks.findings import Check, Finding, Severity, flagged
from service.translation.checks.language import check_language
from service.translation.checks.names import check_names
from service.translation.checks.numbers import check_dates, check_numbers
from service.translation.checks.quotes import check_quotes

if TYPE_CHECKING:
    from service.translation.terms import Term

CHECKS: dict[str, Check] = {
    "untranslated": check_untranslated,
    "language": check_language,
    "numbers": check_numbers,
    "dates": check_dates,
    "names": check_names,
    "quotes": check_quotes,
    "sentence_count": check_sentence_count,
    "length_ratio": check_length_ratio,
    "repetition": check_repetition,
}


def run_checks(
    source: str, target: str, source_lang: str, target_lang: str = "en", *, terms: Sequence[Term] = ()
) -> list[Finding]:
    """Every finding of every check for one sentence pair, in registry order."""
    return [
        finding
        for check in CHECKS.values()
        for finding in check(source, target, source_lang, target_lang, terms)
    ]


__all__ = ["CHECKS", "Check", "Finding", "Severity", "flagged", "run_checks"]
