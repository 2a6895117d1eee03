"""What one process owns while it serves: the engine, the loaded models, the metrics and the worker threads.

Built once at start-up (the app's lifespan, or ``transnorm worker``), passed to whoever needs it, closed at the
end. Nothing here is a module-level global.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from service.config import Settings
from service.db.engine import open_store
from service.metrics import Metrics
from service.translation import ModelPool
from service.translation.provision import provision_models
from service.warmup import warm_up
from service.worker import Worker

log = logging.getLogger("transnorm.runtime")


class DocumentEvents:
    """Wakes requests waiting (``?wait=``) for documents that an in-process worker just finished."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._generation = 0

    def notify(self, _document_ids: Sequence[int]) -> None:
        with self._cond:
            self._generation += 1
            self._cond.notify_all()

    def wait(self, timeout: float) -> None:
        with self._cond:
            generation = self._generation
            self._cond.wait_for(lambda: self._generation != generation, timeout=timeout)


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    pool: ModelPool
    metrics: Metrics
    events: DocumentEvents = field(default_factory=DocumentEvents)
    stop: threading.Event = field(default_factory=threading.Event)
    threads: list[threading.Thread] = field(default_factory=list)
    wakes: list[threading.Event] = field(default_factory=list)

    @classmethod
    def start(
        cls,
        settings: Settings,
        *,
        pool: ModelPool | None = None,
        workers: int | None = None,
        metrics: Metrics | None = None,
    ) -> Runtime:
        store = open_store(settings.database_url, upgrade=settings.auto_migrate)
        translators = []
        if pool is None:
            # A first start pulls and converts what is missing (unless TRANSNORM_OFFLINE); then loads, offline.
            provision_models(settings)
            pool = ModelPool(settings)
            pool.load_available()
            translators = [pool.get(pair) for pair in pool.pairs if pool.is_loaded(pair)]
        # Before the first request (a given pool is the caller's: its translators are not called here).
        log.info("warm-up took %.2f s", warm_up(pool.source_languages(), translators))
        runtime = cls(settings, store.engine, store.sessions, pool, metrics or Metrics())
        for index in range(settings.workers if workers is None else workers):
            runtime.start_worker(index)
        return runtime

    def new_worker(self) -> Worker:
        wake = threading.Event()
        self.wakes.append(wake)
        return Worker(
            self.sessions, self.pool, self.settings, metrics=self.metrics, stop=self.stop,
            on_finished=self.events.notify, wake=wake,
        )

    def work_arrived(self) -> None:
        """A document was queued in this process: wake the idle in-process workers."""
        for wake in self.wakes:
            wake.set()

    def start_worker(self, index: int) -> None:
        thread = threading.Thread(target=self.new_worker().run_forever, name=f"transnorm-worker-{index}",
                                  daemon=True)
        thread.start()
        self.threads.append(thread)

    def request_stop(self) -> None:
        """Stop claiming; idle workers see it at once rather than after their poll interval."""
        self.stop.set()
        self.work_arrived()

    def database_ok(self) -> bool:
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            return True
        except Exception:  # any driver error means "not reachable" for /ready
            log.warning("database not reachable", exc_info=True)
            return False

    def close(self, timeout: float = 30.0) -> None:
        """Stop claiming, let each worker finish or hand back its batch, then release models and connections."""
        self.request_stop()
        for thread in self.threads:
            thread.join(timeout)
        self.pool.close()
        self.engine.dispose()
