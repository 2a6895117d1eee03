"""Quality use cases: the checks of a pair with the deployment's terminology, and the terminology itself."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from service.db import repository
from service.translation.checks import run_checks
from service.translation.terms import Term


def terms_for(session: Session, source_lang: str) -> list[Term]:
    """The terminology entries of one source language, as the translator and the checks take them."""
    return [Term(row.source_term, row.target_term, row.dnt) for row in repository.list_terms(session, source_lang)]


def check_pair(source: str, target: str, source_lang: str, terms: Sequence[Term] = ()) -> list[dict]:
    """The stored form of a pair's findings: [{"check", "severity", "message"}]."""
    return [finding.as_json() for finding in run_checks(source, target, source_lang, terms=terms)]
