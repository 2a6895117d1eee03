"""Work dispatch: leases, crashed workers, concurrent workers, models that are missing."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Sequence

import sqlalchemy as sa

from service import corpus
from service.config import Settings
from service.db import repository
from service.db.engine import begin_write
from service.db.tables import Document, utcnow
from service.runtime import Runtime
from service.translation import ModelPool
from service.translation.base import Translation, Translator
from service.translation.terms import Term
from tests.support import SEEDS

GERMAN = (SEEDS / "000_89444669f8592785.txt").read_text(encoding="utf-8")
DUTCH = (SEEDS / "001_acc803eeaf1aa10d.txt").read_text(encoding="utf-8")


def _ingest(runtime: Runtime, text: str) -> int:
    with runtime.sessions() as session:
        begin_write(session)
        result = corpus.ingest_text(session, runtime.settings, text)
        session.commit()
        return result.document.id


def _variants(n: int) -> list[str]:
    return [f"{GERMAN}\n\nMeldung Nummer {i} des Tages." for i in range(n)]


def _pair_stats(runtime: Runtime) -> tuple[int, int, int]:
    with runtime.engine.connect() as connection:
        pairs = connection.execute(sa.text("SELECT count(*) FROM pairs")).scalar_one()
        distinct = connection.execute(sa.text("SELECT count(DISTINCT segment_id) FROM pairs")).scalar_one()
        orphans = connection.execute(
            sa.text("SELECT count(*) FROM pairs p LEFT JOIN segments s ON s.id = p.segment_id WHERE s.id IS NULL")
        ).scalar_one()
    return pairs, distinct, orphans


def test_abandoned_claim_is_taken_over_after_lease_expiry(runtime: Runtime) -> None:
    doc_id = _ingest(runtime, GERMAN)
    with runtime.sessions() as session:
        begin_write(session)
        claimed = repository.claim_documents(session, owner="crashed", langs=["de"], limit=5, lease_seconds=60)
        session.commit()
    assert claimed == [doc_id]
    rescuer = runtime.new_worker()
    assert rescuer.run_once() == 0  # the lease is still held
    # The lease runs out (set in the past rather than slept through: a loaded machine made a short lease flaky).
    with runtime.sessions() as session:
        begin_write(session)
        session.execute(
            sa.update(Document).where(Document.id == doc_id).values(lease_expires_at=utcnow() - dt.timedelta(seconds=1))
        )
        session.commit()
    assert rescuer.run_once() == 1
    with runtime.sessions() as session:
        begin_write(session)
        # The crashed worker comes back and tries to commit: its lease is gone, nothing is written.
        assert not repository.complete_document(session, doc_id, owner="crashed", target_lang="en", pairs=[])
        session.commit()
        document = repository.get_document(session, doc_id)
        assert document is not None and document.status == "done" and document.attempts == 2
    pairs, distinct, orphans = _pair_stats(runtime)
    assert pairs == distinct > 0 and orphans == 0


def test_concurrent_workers_translate_each_document_once(runtime: Runtime) -> None:
    ids = [_ingest(runtime, text) for text in _variants(12)]
    workers = [runtime.new_worker() for _ in range(3)]
    errors: list[BaseException] = []

    def run(worker) -> None:
        try:
            while worker.run_once():
                pass
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors
    with runtime.sessions() as session:
        statuses = {repository.get_document(session, i).status for i in ids}  # type: ignore[union-attr]
        attempts = session.execute(sa.text("SELECT max(attempts) FROM documents")).scalar_one()
    assert statuses == {"done"}
    assert attempts == 1  # nobody claimed a document twice
    pairs, distinct, orphans = _pair_stats(runtime)
    assert pairs == distinct and orphans == 0


def test_translation_memory_reuses_known_sentences(runtime: Runtime) -> None:
    first, second = _variants(2)
    _ingest(runtime, first)
    runtime.new_worker().run_once()
    doc2 = _ingest(runtime, second)
    runtime.new_worker().run_once()
    with runtime.sessions() as session:
        pairs = repository.pairs_of_document(session, doc2)
    origins = [p.origin for p in pairs]
    assert origins.count("mt") == 1  # only the new closing sentence
    assert origins.count("tm") == len(pairs) - 1


def test_a_reviewed_translation_is_reused_approved(runtime: Runtime) -> None:
    """A sentence a person corrected (or approved) comes back from memory approved, with that person's text."""
    from service import corpus
    from service.vocabulary import PairState

    first, second = _variants(2)
    doc1 = _ingest(runtime, first)
    runtime.new_worker().run_once()
    with runtime.sessions() as session:
        edited, approved = repository.pairs_of_document(session, doc1)[:2]
        corpus.correct_pair(session, edited.id, "A sentence a person wrote.")
        corpus.set_state(session, [approved.id], PairState.APPROVED, reviewer="editor")
        session.commit()
    doc2 = _ingest(runtime, second)
    runtime.new_worker().run_once()
    with runtime.sessions() as session:
        reused = {p.source: p for p in repository.pairs_of_document(session, doc2)}
    assert reused[edited.source].target == "A sentence a person wrote."
    assert reused[edited.source].state == "approved" and reused[edited.source].origin == "tm"
    assert reused[approved.source].target == approved.target and reused[approved.source].state == "approved"
    others = [p for source, p in reused.items() if source not in (edited.source, approved.source)]
    assert others and all(p.state == "unreviewed" for p in others)


def test_document_waits_for_missing_model_and_is_kept(settings: Settings, tiny_pool: ModelPool) -> None:
    absent = str(settings.models_dir / "absent")
    only_german = settings.model_copy(update={"model_overrides": {**settings.model_overrides, "nl-en": absent}})
    pool = ModelPool(only_german)
    pool.load_available()
    runtime = Runtime.start(only_german, pool=pool, workers=0)
    try:
        doc_id = _ingest(runtime, DUTCH)
        assert runtime.new_worker().run_once() == 0
        with runtime.sessions() as session:
            assert repository.get_document(session, doc_id).status == "waiting_for_model"  # type: ignore[union-attr]
        # The model arrives: a pool that has it picks the document up.
        runtime.pool = tiny_pool
        assert runtime.new_worker().run_once() == 1
        with runtime.sessions() as session:
            assert repository.get_document(session, doc_id).status == "done"  # type: ignore[union-attr]
    finally:
        runtime.engine.dispose()
        pool.close()


def test_shutdown_hands_claimed_documents_back(runtime: Runtime) -> None:
    doc_id = _ingest(runtime, GERMAN)
    worker = runtime.new_worker()
    worker.stop.set()  # shutdown asked before the first chunk is translated
    assert worker.run_once() == 1
    with runtime.sessions() as session:
        document = repository.get_document(session, doc_id)
        assert document is not None and document.status == "queued" and document.lease_owner is None
    runtime.stop.clear()
    assert runtime.new_worker().run_once() == 1


def test_request_stop_ends_an_idle_worker_without_waiting_for_its_poll(runtime: Runtime) -> None:
    runtime.settings = runtime.settings.model_copy(update={"poll_seconds": 120})
    runtime.start_worker(0)
    time.sleep(0.5)  # idle, waiting out its poll interval
    runtime.request_stop()
    runtime.threads[0].join(10)
    assert not runtime.threads[0].is_alive()


class _Rendezvous:
    """A pair's translator whose first call waits until the other pair's first call has started."""

    def __init__(self, inner: Translator, meeting: threading.Barrier) -> None:
        self.inner, self.meeting, self.met = inner, meeting, False

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def translate(self, sentences: Sequence[str], *, terms: Sequence[Term] = ()) -> list[Translation]:
        if not self.met:
            self.met = True
            self.meeting.wait()   # sequential languages never meet: BrokenBarrierError fails the documents
        return self.inner.translate(sentences, terms=terms)


def test_a_claims_languages_are_translated_together(settings: Settings, tiny_pool: ModelPool) -> None:
    # Their batches share the cores' decode slots: the next language fills what the previous one's last batch
    # leaves idle (docs/performance.md), so a claim of German and Dutch documents translates both at once.
    meeting = threading.Barrier(2, timeout=5)
    pool = ModelPool(settings, loader=lambda pair, _settings: _Rendezvous(tiny_pool.get(pair), meeting))
    pool.load_available()
    runtime = Runtime.start(settings, pool=pool, workers=0)
    try:
        ids = [_ingest(runtime, GERMAN), _ingest(runtime, DUTCH)]
        assert runtime.new_worker().run_once() == 2
        with runtime.sessions() as session:
            assert [repository.get_document(session, i).status for i in ids] == ["done", "done"]  # type: ignore[union-attr]
    finally:
        runtime.engine.dispose()
