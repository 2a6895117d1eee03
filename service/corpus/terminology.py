"""Terminology use cases: import a file, add entries, list, delete. The CLI (``transnorm terms``) and the API
(``/v1/terms``) call these; they take the session first and never commit.

A change of the list changes how new sentences are translated and checked, never the stored pairs: those are
re-translated by ``transnorm terms retranslate`` and re-checked by ``transnorm qa recheck``, on purpose.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from service.corpus.term_files import TermEntry, check_entries, kind_of, read_term_file
from service.db import repository
from service.db.tables import Term as TermRow
from service.errors import NotFoundError


@dataclass(frozen=True)
class TermImportReport:
    read: int          # entries in the file
    written: int       # inserted or replaced (an entry for a known source term replaces it)
    languages: list[str]

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def import_terms(session: Session, data: bytes, *, filename: str = "", kind: str | None = None,
                 source_lang: str | None = None) -> TermImportReport:
    """Read and check the whole file, then upsert its entries; a bad file raises and stores nothing."""
    entries = read_term_file(data, kind or kind_of(filename, data), source_lang)
    written = repository.upsert_terms(session, (entry.as_row() for entry in entries))
    return TermImportReport(read=len(entries), written=written,
                            languages=sorted({entry.source_lang for entry in entries}))


def add_terms(session: Session, entries: Iterable[Mapping[str, object]]) -> list[TermRow]:
    """Upsert entries given as fields (source_lang, source_term, target_term, dnt, note), all checked first;
    returns the stored rows."""
    checked: list[TermEntry] = check_entries((f"entry {n}", dict(e)) for n, e in enumerate(entries, 1))
    repository.upsert_terms(session, (entry.as_row() for entry in checked))
    session.flush()
    keys = {(entry.source_lang, entry.source_term) for entry in checked}
    langs = {lang for lang, _ in keys}
    return [row for lang in sorted(langs) for row in repository.list_terms(session, lang)
            if (row.source_lang, row.source_term) in keys]


def list_terms(session: Session, source_lang: str | None = None) -> list[TermRow]:
    return repository.list_terms(session, source_lang)


def delete_term(session: Session, term_id: int) -> None:
    if not repository.delete_term(session, term_id):
        raise NotFoundError(f"term {term_id} does not exist")
