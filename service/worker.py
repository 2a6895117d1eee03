"""The worker: claims queued documents from the database and translates them.

The document row is the job. A claim is a lease; pairs and the status ``done`` are committed together, and only
while the lease is still ours, so a document is translated into pairs exactly once even when a worker dies
mid-document and another one takes over after the lease expires.

Throughput (docs/performance.md): a claim takes the next documents up to ``CLAIM_SENTENCES`` segments (at least
one document, at most ``CLAIM_DOCUMENTS``), so the translator gets full batches from many short releases or from
one long one. Sentences of all claimed documents are de-duplicated, looked up in the translation memory, sorted
by length across documents and translated in chunks of ``CHUNK_SENTENCES``, two chunks in flight so that the
translator's parallel slots never wait for a chunk's last batch, every language of the claim at once; the claimed
documents are then completed in one transaction (one commit per claim, not per document; per document again only
if that fails).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from sqlalchemy.orm import Session, sessionmaker

from models.registry import TARGET_LANGUAGE
from service.config import Settings
from service.corpus import quality
from service.db import repository
from service.db.engine import begin_write
from service.errors import ModelUnavailableError
from service.metrics import Metrics
from service.pipeline.document import TRANSLATED_ROLES
from service.translation import ModelPool
from service.translation.base import Translation
from service.vocabulary import PairOrigin

log = logging.getLogger("transnorm.worker")

CLAIM_DOCUMENTS = 64         # most documents per claim: their sentences share translation batches
CLAIM_SENTENCES = 512        # a claim stops before the document that would take it past this many segments
CHUNK_SENTENCES = 128        # the lease is renewed and shutdown honoured between chunks of this size
CHUNKS_IN_FLIGHT = 2         # chunks handed to the translator at a time (see _translate)
WAKE_GATHER_SECONDS = 0.02   # after a wake-up, wait this long for more of a burst before claiming


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Worker:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        pool: ModelPool,
        settings: Settings,
        *,
        metrics: Metrics | None = None,
        name: str | None = None,
        stop: threading.Event | None = None,
        on_finished: Callable[[Sequence[int]], None] | None = None,
        wake: threading.Event | None = None,
    ) -> None:
        self.sessions = session_factory
        self.pool = pool
        self.settings = settings
        self.metrics = metrics
        self.name = name or worker_name()
        self.stop = stop or threading.Event()
        self.on_finished = on_finished
        # Set when a document is queued in this process, so an idle worker need not wait out its poll interval;
        # the poll still finds documents queued by other processes.
        self.wake = wake or threading.Event()

    # --- one cycle -------------------------------------------------------------------------------------------
    def run_once(self) -> int:
        """Claim up to CLAIM_DOCUMENTS documents, translate and store them; return how many were claimed."""
        served = self.pool.source_languages()
        ready = [lang for lang in served if self.pool.is_loaded(self.pool.pair_for(lang) or "")]
        missing = [lang for lang in served if lang not in ready]
        with self.sessions() as session:
            begin_write(session)
            repository.park_documents(session, missing_langs=missing, ready_langs=ready)
            limit = repository.claim_size(
                session, langs=ready, max_documents=CLAIM_DOCUMENTS, max_sentences=CLAIM_SENTENCES
            )
            claimed = repository.claim_documents(
                session,
                owner=self.name,
                langs=ready,
                limit=limit,
                lease_seconds=self.settings.lease_seconds,
            )
            session.commit()
        if claimed:
            self._process(claimed)
        return len(claimed)

    def _process(self, document_ids: list[int]) -> None:
        with self.sessions() as session:
            items = repository.work_items(session, document_ids, TRANSLATED_ROLES)
        by_lang: dict[str, list[repository.WorkItem]] = defaultdict(list)
        for item in items:
            by_lang[item.source_lang].append(item)
        results: dict[int, list[repository.NewPair]] = {doc_id: [] for doc_id in document_ids}
        failed: dict[int, str] = {}
        # The languages at once: their pairs' CPU translators share the cores' decode slots (ct2.CALLS), so the next
        # language's batches fill the slot that one language's last batch leaves idle (end-to-end +10-15 %).
        with ThreadPoolExecutor(max(1, len(by_lang)), thread_name_prefix="worker-lang") as langs:
            translated = {lang: langs.submit(self._translate, lang, lang_items, document_ids)
                          for lang, lang_items in by_lang.items()}
        for lang, lang_items in by_lang.items():
            try:
                for item, pair in zip(lang_items, translated[lang].result(), strict=True):
                    results[item.document_id].append(pair)
            except _Interrupted:
                with self.sessions() as session:
                    begin_write(session)
                    repository.release_documents(session, document_ids, owner=self.name)
                    session.commit()
                return
            except Exception as exc:  # a model error fails these documents, never the worker
                log.exception("translation failed for documents %s", document_ids)
                for item in lang_items:
                    failed[item.document_id] = f"{type(exc).__name__}: {exc}"
        try:
            with self.sessions() as session:
                begin_write(session)
                for doc_id, error in failed.items():
                    repository.fail_document(session, doc_id, owner=self.name, error=error)
                done = repository.complete_documents(
                    session, {d: results[d] for d in document_ids if d not in failed}, owner=self.name,
                    target_lang=TARGET_LANGUAGE,
                )
                session.commit()
            outcomes = {d: "failed" if d in failed else "done" if d in done else "lost" for d in document_ids}
        except Exception:  # one document's write failed: the others must not share its fate
            log.exception("completing documents %s together failed; completing them one by one", document_ids)
            outcomes = {}
            for doc_id in document_ids:
                with self.sessions() as session:
                    begin_write(session)
                    outcomes[doc_id] = self._finish(session, doc_id, results, failed)
                    session.commit()
        for doc_id, outcome in outcomes.items():
            if outcome == "lost":
                log.warning("lease on document %s was lost; its pairs were not written", doc_id)
            if self.metrics:
                self.metrics.documents.labels(outcome).inc()
        if self.on_finished:
            self.on_finished(list(outcomes))

    def _finish(
        self, session: Session, doc_id: int, results: dict[int, list[repository.NewPair]], failed: dict[int, str]
    ) -> str:
        if doc_id in failed:
            repository.fail_document(session, doc_id, owner=self.name, error=failed[doc_id])
            return "failed"
        if repository.complete_document(session, doc_id, owner=self.name, target_lang=TARGET_LANGUAGE,
                                        pairs=results[doc_id]):
            return "done"
        return "lost"

    def _translate(
        self, lang: str, items: list[repository.WorkItem], document_ids: list[int]
    ) -> list[repository.NewPair]:
        pair_name = self.pool.pair_for(lang)
        if pair_name is None:
            raise ModelUnavailableError(f"no model serves {lang}")
        translator = self.pool.get(pair_name)
        # Imported human translations (TMX) first, then reviewed and same-model pairs, then the model: a sentence
        # found earlier in that order is never looked up further or translated.
        with self.sessions() as session:
            human = repository.memory_matches(session, lang, TARGET_LANGUAGE, (item.text for item in items))
            sources = [item.text for item in items if item.text not in human]
            memory = repository.translation_memory(
                session, sources, model=translator.model_id, model_revision=translator.revision
            )
            terms = quality.terms_for(session, lang)
        # Each distinct unknown sentence is translated once, whatever the number of documents repeating it;
        # sorted by length across documents so that every chunk batches sentences of similar length.
        unknown = sorted(dict.fromkeys(s for s in sources if s not in memory), key=len)
        fresh: dict[str, repository.MemoryHit] = {}

        def collect(chunk: list[str], translations: list[Translation]) -> None:
            for t in translations:
                checks = quality.check_pair(t.source, t.target, lang, terms)
                fresh[t.source] = repository.MemoryHit(t.target, t.score, list(t.flags), checks=checks)
            if self.metrics:
                self.metrics.batch_sentences.labels(pair_name).observe(len(chunk))
                self.metrics.sentences.labels(pair_name, "mt").inc(len(chunk))
            with self.sessions() as session:
                begin_write(session)
                repository.renew_lease(
                    session, document_ids, owner=self.name, lease_seconds=self.settings.lease_seconds
                )
                session.commit()

        # CHUNKS_IN_FLIGHT chunks at a time: the next chunk's batches queue behind this one's, so the
        # translator's parallel slots stay busy while a chunk's last (longest) batch finishes.
        with ThreadPoolExecutor(CHUNKS_IN_FLIGHT, thread_name_prefix="worker-chunk") as chunks:
            in_flight: deque[tuple[list[str], Future[list[Translation]]]] = deque()
            for start in range(0, len(unknown), CHUNK_SENTENCES):
                if self.stop.is_set():
                    raise _Interrupted   # leaving the block waits for the chunks in flight
                chunk = unknown[start : start + CHUNK_SENTENCES]
                in_flight.append((chunk, chunks.submit(translator.translate, chunk, terms=terms)))
                if len(in_flight) >= CHUNKS_IN_FLIGHT:
                    done_chunk, future = in_flight.popleft()
                    collect(done_chunk, future.result())
            while in_flight:
                done_chunk, future = in_flight.popleft()
                collect(done_chunk, future.result())
        pairs = []
        for item in items:
            if item.text in human:  # an imported human translation, with the file it came from
                match = human[item.text]
                pairs.append(repository.NewPair(
                    segment_id=item.segment_id, source=item.text, target=match.target, origin=PairOrigin.HUMAN,
                    model=None, model_revision=None, score=None, flags=[], provenance=match.provenance,
                ))
                continue
            origin = PairOrigin.MT if item.text in fresh else PairOrigin.TM
            hit = fresh.get(item.text) or memory[item.text]
            pairs.append(
                repository.NewPair(
                    segment_id=item.segment_id,
                    source=item.text,
                    target=hit.target,
                    origin=origin,
                    model=translator.model_id,
                    model_revision=translator.revision,
                    score=hit.score,
                    flags=hit.flags,
                    state=hit.state,
                    checks=hit.checks,
                    provenance=hit.provenance,
                )
            )
        if self.metrics:
            reused = sum(1 for p in pairs if p.origin == PairOrigin.TM)
            if reused:
                self.metrics.sentences.labels(pair_name, "tm").inc(reused)
        return pairs

    # --- loop ------------------------------------------------------------------------------------------------
    def run_forever(self) -> None:
        log.info("worker %s started", self.name)
        idle_cycles = 0
        while not self.stop.is_set():
            try:
                claimed = self.run_once()
            except Exception:
                log.exception("worker cycle failed; retrying")
                claimed = 0
            if claimed:
                idle_cycles = 0
                continue
            idle_cycles += 1
            if idle_cycles % 20 == 0:
                self.pool.retry_missing()
            if self.wake.wait(self.settings.poll_seconds):
                # Woken by an ingest: let the rest of a burst of POSTs arrive, so that it is claimed together
                # rather than one document per claim (each claim costs a few transactions).
                self.stop.wait(WAKE_GATHER_SECONDS)
            self.wake.clear()
        log.info("worker %s stopped", self.name)


class _Interrupted(Exception):
    """Shutdown was asked for while a document was being translated: hand it back."""
