"""Use cases over the store, one function each: ingest a release, read, correct, approve, search, export.

The API routers, the CLI and the web workspace call the same functions. They take the session first and never
commit; the caller commits once per unit of work (or rolls back, so a rejected input leaves nothing behind).
"""

from service.corpus.ingesting import (
    DocumentMeta,
    IngestResult,
    Submission,
    ingest,
    ingest_text,
    prepare_bytes,
    prepare_text,
    require_document,
    store_document,
    wait_until_final,
)
from service.corpus.reading import (
    DocumentPage,
    DocumentView,
    delete_document,
    document_view,
    list_documents,
    revisions,
    search_pairs,
)
from service.corpus.review import (
    PairFilters,
    approve_pair,
    correct_pair,
    reopen_pair,
    require_pair,
    set_state,
    set_state_by_search,
)
from service.corpus.tm_import import TmImportReport, import_tmx
from service.corpus.xliff_import import XliffImportReport, import_xliff

__all__ = [
    "DocumentMeta",
    "DocumentPage",
    "DocumentView",
    "IngestResult",
    "PairFilters",
    "Submission",
    "TmImportReport",
    "XliffImportReport",
    "approve_pair",
    "correct_pair",
    "delete_document",
    "document_view",
    "import_tmx",
    "import_xliff",
    "ingest",
    "ingest_text",
    "list_documents",
    "prepare_bytes",
    "prepare_text",
    "reopen_pair",
    "require_document",
    "require_pair",
    "revisions",
    "search_pairs",
    "set_state",
    "set_state_by_search",
    "store_document",
    "wait_until_final",
]
