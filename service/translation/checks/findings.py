"""What a check reports: ``Finding`` (which check, how bad, a sentence a reviewer understands)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:   # terms imports checks.patterns; the names check only reads Term's fields
    from service.translation.terms import Term


class Severity(StrEnum):
    INFO = "info"          # worth knowing, not a defect (a translator may have had a reason)
    WARNING = "warning"    # probably a defect: look at it
    ERROR = "error"        # a fact of the source (number, date, name) or the sentence itself is lost


@dataclass(frozen=True)
class Finding:
    check: str
    severity: Severity
    message: str


# (source, target, source_lang, target_lang, terms) -> findings; every check is pure and ignores what it does
# not need.
Check = Callable[[str, str, str, str, "Sequence[Term]"], list[Finding]]


def flagged(findings: Sequence[Finding]) -> list[Finding]:
    """The findings that mark a pair for review (warnings and errors; info is only shown)."""
    return [finding for finding in findings if finding.severity is not Severity.INFO]
