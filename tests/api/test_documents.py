"""POST → normalize → queue → worker → pairs, on SQLite and PostgreSQL, with the tiny real Marian models."""

from __future__ import annotations

import sqlite3
import time
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from service.corpus import ingesting as corpus_ingest
from service.pipeline.document import TRANSLATED_ROLES
from service.pipeline.ingest import decode_document
from service.pipeline.release import process_release
from service.runtime import Runtime
from tests.support import SEEDS, drain

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _counts(runtime: Runtime) -> tuple[int, int, int]:
    with runtime.engine.connect() as connection:
        return tuple(  # type: ignore[return-value]
            connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("documents", "segments", "pairs")
        )


def _expected_sources(path) -> tuple[str, list[str]]:
    document = process_release(decode_document(path.read_bytes(), filename=path.name))
    return document.language, [s.text for s in document.segments if s.role in TRANSLATED_ROLES]


def test_post_json_each_seed_gives_pairs_in_document_order(client: TestClient, runtime: Runtime) -> None:
    ids = {}
    for path in SEED_FILES:
        response = client.post("/v1/documents", json={"text": path.read_text(encoding="utf-8")})
        assert response.status_code in (201, 202), response.text
        ids[path] = response.json()["id"]
    assert drain(runtime) == 2  # the German and the Dutch release; English ones are done at once
    for path, doc_id in ids.items():
        language, sources = _expected_sources(path)
        document = client.get(f"/v1/documents/{doc_id}").json()
        assert document["status"] == "done"
        assert document["source_lang"] == language
        pairs = client.get(f"/v1/documents/{doc_id}/pairs").json()["items"]
        if language == "en":
            assert pairs == []
            assert document["counts"]["segments"] > 0
            continue
        assert [p["source"] for p in pairs] == sources
        positions = [(p["paragraph"], p["sentence"]) for p in pairs]
        assert positions == sorted(positions)
        assert all(p["target_lang"] == "en" and p["origin"] == "mt" and isinstance(p["target"], str) for p in pairs)
        assert all(p["model"] and p["model_revision"] and isinstance(p["score"], float) for p in pairs)
        assert document["counts"]["pairs"] == len(pairs)


def test_post_file_upload_matches_json(client: TestClient, runtime: Runtime) -> None:
    path = SEED_FILES[0]
    with path.open("rb") as handle:
        response = client.post(
            "/v1/documents", files={"file": (path.name, handle, "text/plain")}, data={"title": "Chronik"}
        )
    assert response.status_code in (201, 202), response.text
    body = response.json()
    assert body["title"] == "Chronik"
    assert body["source_lang"] == "de"
    again = client.post("/v1/documents", json={"text": path.read_text(encoding="utf-8")})
    assert again.status_code == 200 and again.json()["id"] == body["id"]


def test_web_page_upload_fills_url_and_author_from_the_page(client: TestClient, runtime: Runtime) -> None:
    body = "".join(f"<p>{line}</p>" for line in SEED_FILES[0].read_text(encoding="utf-8").split("\n\n")[1:])
    page = ("<!DOCTYPE html><html><head><title>Chronik</title>"
            "<link rel='canonical' href='https://polizei.example.org/chronik'>"
            "<meta name='author' content='Jana Berger'></head>"
            f"<body><article><h1>Chronik</h1>{body}</article></body></html>").encode()
    response = client.post("/v1/documents", files={"file": ("chronik.html", page, "text/html")})
    assert response.status_code in (201, 202), response.text
    assert response.json()["url"] == "https://polizei.example.org/chronik"
    with runtime.sessions() as session:
        stored = corpus_ingest.require_document(session, response.json()["id"])
        assert stored.structure["author"] == "Jana Berger"
    # What the user says wins over what the page says.
    other = page.replace(b"<h1>Chronik</h1>", b"<h1>Chronik 2</h1><p>Noch ein Absatz folgt hier.</p>")
    given = client.post("/v1/documents", files={"file": ("c.html", other, "text/html")},
                        data={"url": "https://example.org/given"})
    assert given.json()["url"] == "https://example.org/given"


def test_upload_in_latin1_and_utf16_is_decoded(client: TestClient) -> None:
    text = SEED_FILES[0].read_text(encoding="utf-8")
    first = client.post("/v1/documents", files={"file": ("a.txt", text.encode("utf-16"), "text/plain")})
    assert first.status_code in (201, 202), first.text
    second = client.post("/v1/documents", files={"file": ("b.txt", text.encode("cp1252"), "text/plain")})
    assert second.status_code == 200, second.text  # same normalized content → the same document
    assert second.json()["id"] == first.json()["id"]


def test_repeated_post_returns_existing_document_without_new_rows(client: TestClient, runtime: Runtime) -> None:
    text = SEED_FILES[1].read_text(encoding="utf-8")
    first = client.post("/v1/documents", json={"text": text})
    before = _counts(runtime)
    second = client.post("/v1/documents", json={"text": text.replace("\n\n", "\n") + "\n\n"})
    assert second.status_code == 200
    assert second.json()["id"] == first.json()["id"]
    assert _counts(runtime) == before


def test_wait_returns_201_when_translated_in_time(client: TestClient, runtime: Runtime) -> None:
    runtime.start_worker(0)
    response = client.post("/v1/documents?wait=60", json={"text": SEED_FILES[0].read_text(encoding="utf-8")})
    assert response.status_code == 201, response.text
    assert response.json()["status"] == "done"
    assert response.json()["counts"]["pairs"] > 0


def test_a_post_wakes_an_idle_worker_at_once(client: TestClient, runtime: Runtime) -> None:
    # A poll interval far longer than the wait: only the wake-up can get the document done in time.
    runtime.settings = runtime.settings.model_copy(update={"poll_seconds": 120})
    runtime.start_worker(0)
    time.sleep(0.5)  # the worker has found nothing and is idle
    response = client.post("/v1/documents?wait=60", json={"text": SEED_FILES[0].read_text(encoding="utf-8")})
    assert response.status_code == 201, response.text
    assert response.json()["status"] == "done"


def test_the_pipeline_runs_before_the_write_lock_is_taken(
    client: TestClient, runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not runtime.settings.database_url.startswith("sqlite"):
        pytest.skip("the database-wide write lock is SQLite's")
    path = runtime.settings.database_url.removeprefix("sqlite:///")
    lock_free: list[bool] = []

    def probing_process_release(*args: Any, **kwargs: Any) -> Any:
        # Another writer must get the lock at once while the release is being segmented.
        probe = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.execute("ROLLBACK")
            lock_free.append(True)
        except sqlite3.OperationalError:
            lock_free.append(False)
        finally:
            probe.close()
        return process_release(*args, **kwargs)

    monkeypatch.setattr(corpus_ingest, "process_release", probing_process_release)
    response = client.post("/v1/documents?wait=0", json={"text": SEED_FILES[0].read_text(encoding="utf-8")})
    assert response.status_code == 202, response.text
    assert lock_free == [True]


def test_no_wait_answers_202_with_location(client: TestClient) -> None:
    response = client.post("/v1/documents?wait=0", json={"text": SEED_FILES[1].read_text(encoding="utf-8")})
    assert response.status_code == 202
    assert response.headers["location"] == f"/v1/documents/{response.json()['id']}"
    assert response.json()["status"] == "queued"


def test_structure_is_exposed(client: TestClient) -> None:
    tass = next(p for p in SEED_FILES if "TASS" in p.read_text(encoding="utf-8"))
    body = client.post("/v1/documents", json={"text": tass.read_text(encoding="utf-8")}).json()
    structure = body["structure"]
    assert structure["headline"] == "Aliyev holds talks on Karabakh with US delegation"
    assert structure["dateline"]["agency"] == "TASS"
    assert structure["dateline"]["place"] == "BAKU"
    roles = [p["role"] for p in structure["paragraphs"]]
    assert roles[:2] == ["navigation", "headline"]
    assert body["title"] == structure["headline"]


def test_delete_removes_document_segments_and_pairs(client: TestClient, runtime: Runtime) -> None:
    doc_id = client.post("/v1/documents", json={"text": SEED_FILES[0].read_text(encoding="utf-8")}).json()["id"]
    drain(runtime)
    assert _counts(runtime)[2] > 0
    assert client.delete(f"/v1/documents/{doc_id}").status_code == 204
    assert _counts(runtime) == (0, 0, 0)
    assert client.get(f"/v1/documents/{doc_id}").status_code == 404
    assert client.delete(f"/v1/documents/{doc_id}").status_code == 404


def test_what_is_not_content_is_stored_and_shown_but_gets_no_pair_and_no_export_line(
    client: TestClient, runtime: Runtime
) -> None:
    credit, contact, footer = "Quelle: dpa", "Telefon: 0621 174-1111", \
        "Original-Content von: Polizeipräsidium Musterstadt, übermittelt durch news aktuell"
    text = "\n\n".join([
        "POL-MU: Radfahrer bei Unfall leicht verletzt",
        "Musterstadt (ots) - Ein Radfahrer ist am Montagmorgen bei einem Unfall leicht verletzt worden.",
        "Die Polizei sucht Zeugen des Unfalls.", credit, "Rückfragen bitte an:", "Polizeipräsidium Musterstadt",
        contact, footer])
    response = client.post("/v1/documents", json={"text": text})
    assert response.status_code in (201, 202), response.text
    doc_id = response.json()["id"]
    drain(runtime)
    document = client.get(f"/v1/documents/{doc_id}").json()
    shown = {segment["text"]: segment["role"] for segment in document["segments"]}
    assert (shown[credit], shown[contact], shown[footer]) == ("attribution", "contact", "footer")
    sources = [pair["source"] for pair in client.get(f"/v1/documents/{doc_id}/pairs").json()["items"]]
    assert "Die Polizei sucht Zeugen des Unfalls." in sources
    assert not {credit, contact, footer, "Rückfragen bitte an:"} & set(sources)
    exported = client.get("/v1/export", params={"format": "tsv"}).text
    assert "Die Polizei sucht Zeugen des Unfalls." in exported
    assert all(line not in exported for line in (credit, contact, "Original-Content von"))
