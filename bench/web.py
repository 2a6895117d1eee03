"""Response time of each workspace page on the seeds: `python -m bench.web` prints a table (not a test).

Uses the tiny test models (the pages' cost is the store and the templates, not the translation) and SQLite.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from service.api.app import create_app
from service.config import Settings
from service.runtime import Runtime
from tests.tiny_marian import build_tiny_marian

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
RUNS = 30


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        models = {pair: build_tiny_marian(root / pair, pair=pair) for pair in ("de-en", "nl-en")}
        settings = Settings(database_url=f"sqlite:///{root / 'bench.db'}", model_de_en=str(models["de-en"]),
                            model_nl_en=str(models["nl-en"]), models_dir=root / "store", backend="transformers",
                            workers=0, wait_seconds=0, threads=1)
        runtime = Runtime.start(settings, workers=0)
        with TestClient(create_app(runtime=runtime)) as client:
            ids = [client.post("/v1/documents", json={"text": p.read_text("utf-8")}).json()["id"]
                   for p in sorted(SEEDS.glob("*.txt"))]
            worker = runtime.new_worker()
            while worker.run_once():
                pass
            pair = client.get(f"/v1/documents/{ids[0]}/pairs").json()[0]
            pages = {
                "documents": "/",
                "document": f"/documents/{ids[0]}",
                "progress": f"/documents/{ids[0]}/progress",
                "edit form": f"/pairs/{pair['id']}/edit",
                "history": f"/pairs/{pair['id']}/history",
                "search": "/search?q=Karabach",
                "export tmx": f"/export?document_id={ids[0]}&format=tmx",
            }
            print(f"{'page':<12} {'median ms':>10} {'p95 ms':>8}   ({RUNS} runs each, {len(ids)} seeds)")
            for name, url in pages.items():
                client.get(url)  # warm
                times = []
                for _ in range(RUNS):
                    start = time.perf_counter()
                    assert client.get(url).status_code == 200
                    times.append((time.perf_counter() - start) * 1000)
                times.sort()
                print(f"{name:<12} {statistics.median(times):>10.1f} {times[int(0.95 * len(times)) - 1]:>8.1f}")
        runtime.request_stop()
        runtime.engine.dispose()


if __name__ == "__main__":
    main()
