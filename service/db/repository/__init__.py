"""Every query Transnorm runs, by concern. Functions take the session first and never commit: the caller (a
request or a job) commits once, or rolls back. Import this package, not its modules: ``repository.get_document``.
"""

from service.db.repository.common import MAX_ATTEMPTS, decode_cursor, encode_cursor, source_hash
from service.db.repository.dispatch import (
    NewPair,
    WorkItem,
    claim_documents,
    complete_document,
    fail_document,
    park_documents,
    release_documents,
    renew_lease,
    translation_memory,
    work_items,
)
from service.db.repository.documents import (
    add_document,
    count_pairs,
    delete_document,
    find_document_by_hash,
    get_document,
    list_documents,
    segments_of,
    status_counts,
)
from service.db.repository.memory import (
    MemoryMatch,
    count_memory_units,
    insert_memory_units,
    memory_key,
    memory_matches,
)
from service.db.repository.pairs import (
    add_human_revision,
    get_pair,
    iter_pairs,
    matching_pair_ids,
    pairs_of_document,
    revisions_of,
    search_pairs,
    set_checks,
    set_review_state,
)

__all__ = [
    "MAX_ATTEMPTS",
    "MemoryMatch",
    "NewPair",
    "WorkItem",
    "add_document",
    "add_human_revision",
    "claim_documents",
    "complete_document",
    "count_memory_units",
    "count_pairs",
    "decode_cursor",
    "delete_document",
    "encode_cursor",
    "fail_document",
    "find_document_by_hash",
    "get_document",
    "get_pair",
    "insert_memory_units",
    "iter_pairs",
    "list_documents",
    "matching_pair_ids",
    "memory_key",
    "memory_matches",
    "pairs_of_document",
    "park_documents",
    "release_documents",
    "renew_lease",
    "revisions_of",
    "search_pairs",
    "segments_of",
    "set_checks",
    "set_review_state",
    "source_hash",
    "status_counts",
    "translation_memory",
    "work_items",
]
