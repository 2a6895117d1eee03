"""Quality use cases: the checks of a pair with the deployment's terminology, re-checking stored pairs, and
re-translating the machine pairs a terminology change affects.

``recheck_page`` and ``retranslate_pairs`` each do one page of work and never commit: the CLI loops over pages
and commits each, so a long run shows progress and an interrupted one keeps what it finished.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from service.db import repository
from service.db.repository import rechecks
from service.translation.base import Translator
from service.translation.checks import run_checks
from service.translation.terms import TERM_LOST_FLAG, Term, mask_terms


def terms_for(session: Session, source_lang: str) -> list[Term]:
    """The terminology entries of one source language, as the translator and the checks take them."""
    return [Term(row.source_term, row.target_term, row.dnt) for row in repository.list_terms(session, source_lang)]


def check_pair(source: str, target: str, source_lang: str, terms: Sequence[Term] = ()) -> list[dict]:
    """The stored form of a pair's findings: [{"check", "severity", "message"}]."""
    return [finding.as_json() for finding in run_checks(source, target, source_lang, terms=terms)]


# --- re-checking ----------------------------------------------------------------------------------------------
@dataclass
class RecheckPage:
    checked: int = 0
    changed: int = 0                                          # pairs whose stored findings differ now
    severities: Counter[str] = field(default_factory=Counter)  # findings after the re-check, by severity
    last_id: int | None = None                                 # where the next page starts; None: no more


def recheck_page(
    session: Session, *, after_id: int = 0, limit: int = 500, source_lang: str | None = None,
    document_id: int | None = None, terms_cache: dict[str, list[Term]] | None = None,
) -> RecheckPage:
    """Run the checks again over the next page of current pairs (with the current terms); store what changed."""
    cache = terms_cache if terms_cache is not None else {}
    records = rechecks.current_pairs_after(session, after_id, limit=limit, source_lang=source_lang,
                                           document_id=document_id)
    page = RecheckPage(checked=len(records), last_id=records[-1].id if len(records) == limit else None)
    for record in records:
        if record.source_lang not in cache:
            cache[record.source_lang] = terms_for(session, record.source_lang)
        checks = check_pair(record.source, record.target, record.source_lang, cache[record.source_lang])
        page.severities.update(str(check["severity"]) for check in checks)
        if checks != list(record.checks):
            repository.set_checks(session, record.id, checks)
            page.changed += 1
    return page


def count_pairs(session: Session, *, source_lang: str | None = None, document_id: int | None = None) -> int:
    return rechecks.count_current_pairs(session, source_lang=source_lang, document_id=document_id)


# --- re-translating -------------------------------------------------------------------------------------------
def retranslation_candidates(session: Session, source_lang: str, terms: Sequence[Term],
                             *, page: int = 2000) -> list[int]:
    """Ids of the current, unreviewed machine pairs (mt or tm) of ``source_lang`` whose source contains a term
    (as the translator matches it: whole words, case-sensitive). Reviewed and human pairs are never candidates."""
    if not terms:
        return []
    needles = sorted({term.source for term in terms if term.source.strip()})
    found: list[int] = []
    after = 0
    while rows := rechecks.unreviewed_machine_sources(session, source_lang, needles, after_id=after, limit=page):
        found += [pair_id for pair_id, source in rows if mask_terms(source, terms).slots]
        after = rows[-1][0]
    return found


@dataclass
class RetranslateReport:
    retranslated: int = 0    # a new machine revision was stored
    unchanged: int = 0       # the model gave the same target: no revision
    skipped: int = 0         # no longer a current unreviewed machine pair (a person got there first)
    term_lost: int = 0       # of the retranslated, how many lost a term's placeholder


def retranslate_pairs(
    session: Session, translator: Translator, pair_ids: Sequence[int], terms: Sequence[Term]
) -> RetranslateReport:
    """Translate these pairs' sources again with ``terms`` and store each changed result as a new revision."""
    report = RetranslateReport()
    records = [r for r in rechecks.pairs_by_ids(session, pair_ids) if r.source_lang == translator.source_lang]
    report.skipped += len(pair_ids) - len(records)
    translations = translator.translate([record.source for record in records], terms=terms)
    for record, translation in zip(records, translations, strict=True):
        if translation.target == record.target:
            report.unchanged += 1
            continue
        checks = check_pair(record.source, translation.target, record.source_lang, terms)
        stored = rechecks.add_machine_revision(
            session, record.id, translation.target, model=translator.model_id, model_revision=translator.revision,
            score=translation.score, flags=translation.flags, checks=checks,
        )
        if stored is None:
            report.skipped += 1
            continue
        report.retranslated += 1
        report.term_lost += TERM_LOST_FLAG in translation.flags
    return report
