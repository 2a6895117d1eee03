"""Re-ingest through the translation memory, the worker's side alone (``python -m bench.tm DB``).

Runs on a copy of the end-to-end run's SQLite database, where every workload sentence already has a pair:
stores the workload's sentences again in new documents (three documents of one language merged into one)
with the service's own ``corpus.ingest_text`` (timed on its own: segmentation and inserts), then times one
``Worker`` draining them. Every sentence must come from the memory (origin ``tm``): the row reports how many
did not.
"""

from __future__ import annotations

import json
import os
import sys

from sqlalchemy import func, select

from bench.cpu import Window, peak_rss_mib
from bench.model import OUT
from bench.systems import ours_settings
from bench.workload import load, reingest_documents


def main() -> None:
    from service import corpus
    from service.db.engine import begin_write, make_engine, make_session_factory
    from service.db.tables import Pair
    from service.metrics import Metrics
    from service.translation import ModelPool
    from service.worker import Worker

    database = sys.argv[1]
    docs = reingest_documents(load(OUT / "workload-main.json"), group=3)
    settings = ours_settings("ctranslate2", database_url=f"sqlite:///{database}", workers=0)
    engine = make_engine(settings.database_url)
    sessions = make_session_factory(engine)
    pool = ModelPool(settings)
    pool.load_available()
    with Window() as ingest_window:
        for doc in docs:
            with sessions() as session:
                begin_write(session)
                corpus.ingest_text(session, settings, doc.text, source_lang=doc.lang)
                session.commit()
    def origins() -> dict[str, int]:
        with sessions() as session:
            return dict(session.execute(select(Pair.origin, func.count()).group_by(Pair.origin)).all())  # type: ignore[arg-type]

    before = origins()
    worker = Worker(sessions, pool, settings, metrics=Metrics())
    sentences = sum(len(doc.sentences) for doc in docs)
    with Window() as window:
        claimed = 0
        while count := worker.run_once():
            claimed += count
    new_pairs = {origin: count - before.get(origin, 0) for origin, count in origins().items()}
    pool.close()
    engine.dispose()
    sys.stdout.write(json.dumps({
        "documents": claimed, "sentences": sentences,
        "sentences_per_s": round(sentences / window.wall, 1), "cpu": window.as_dict(),
        "ingest_sentences_per_s": round(sentences / ingest_window.wall, 1), "ingest_cpu": ingest_window.as_dict(),
        "new_pairs": new_pairs, "peak_rss_mib": round(peak_rss_mib(), 1), "pid": os.getpid(),
    }) + "\n")


if __name__ == "__main__":
    main()
