"""What a check reports: ``Finding`` (which check, how bad, a sentence a reviewer understands)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from service.vocabulary import Severity

if TYPE_CHECKING:   # terms imports checks.patterns; the names check only reads Term's fields
    from service.translation.terms import Term


# Severity (service.vocabulary): info — worth knowing, not a defect (a translator may have had a reason);
# warning — probably a defect, look at it; error — a fact of the source (number, date, name) or the sentence
# itself is lost.


@dataclass(frozen=True)
class Finding:
    check: str
    severity: Severity
    message: str

    def as_json(self) -> dict[str, str]:
        return {"check": self.check, "severity": str(self.severity), "message": self.message}


# (source, target, source_lang, target_lang, terms) -> findings; every check is pure and ignores what it does
# not need.
Check = Callable[[str, str, str, str, "Sequence[Term]"], list[Finding]]


def flagged(findings: Sequence[Finding]) -> list[Finding]:
    """The findings that mark a pair for review (warnings and errors; info is only shown)."""
    return [finding for finding in findings if finding.severity is not Severity.INFO]
