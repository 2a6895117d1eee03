"""Listing, filters, full-text search, cursor paging, human corrections."""

from __future__ import annotations

from fastapi.testclient import TestClient

from service.runtime import Runtime
from tests.support import SEEDS, drain


def _ingest_all(client: TestClient, runtime: Runtime) -> dict[str, int]:
    ids = {}
    for path in sorted(SEEDS.glob("*.txt")):
        ids[path.name] = client.post("/v1/documents", json={"text": path.read_text(encoding="utf-8")}).json()["id"]
    drain(runtime)
    return ids


def test_list_filters_and_paging(client: TestClient, runtime: Runtime) -> None:
    ids = _ingest_all(client, runtime)
    listed = client.get("/v1/documents").json()
    assert [d["id"] for d in listed["items"]] == sorted(ids.values(), reverse=True)
    assert listed["next_cursor"] is None
    english = client.get("/v1/documents", params={"source_lang": "en"}).json()["items"]
    assert len(english) == 3 and {d["source_lang"] for d in english} == {"en"}
    assert [d["source_lang"] for d in client.get("/v1/documents", params={"source_lang": "nl"}).json()["items"]] == [
        "nl"
    ]
    seen: list[int] = []
    cursor = None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = client.get("/v1/documents", params=params).json()
        seen.extend(d["id"] for d in page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == sorted(ids.values(), reverse=True)
    found = client.get("/v1/documents", params={"q": "Telefongesprächs"}).json()["items"]
    assert [d["source_lang"] for d in found] == ["de"]
    assert client.get("/v1/documents", params={"status": "failed"}).json()["items"] == []


def test_pair_search_is_full_text_on_source(client: TestClient, runtime: Runtime) -> None:
    _ingest_all(client, runtime)
    hits = client.get("/v1/pairs", params={"q": "Roten Kreuz"}).json()["items"]
    assert hits and all("Roten Kreuz" in h["source"] for h in hits)
    # Case and diacritics are folded on both databases (FTS5 unicode61; unaccent on PostgreSQL), both ways;
    # FTS operators in user input are literal text, never syntax errors.
    assert client.get("/v1/pairs", params={"q": "roten KREUZ"}).json()["items"] == hits
    folded = client.get("/v1/pairs", params={"q": "reintegreren"}).json()["items"]
    assert folded and any("reïntegr" in h["source"] for h in folded)
    assert client.get("/v1/pairs", params={"q": "reïntegreren"}).json()["items"] == folded
    assert client.get("/v1/documents", params={"q": "Telefongesprachs"}).json()["items"]
    assert client.get("/v1/pairs", params={"q": 'NEAR( "AND OR *'}).status_code == 200
    dutch = client.get("/v1/pairs", params={"source_lang": "nl", "limit": 500}).json()["items"]
    assert dutch and {p["source_lang"] for p in dutch} == {"nl"}
    paged: list[int] = []
    cursor = None
    while True:
        params = {"source_lang": "nl", "limit": 3, **({"cursor": cursor} if cursor else {})}
        page = client.get("/v1/pairs", params=params).json()
        paged.extend(p["id"] for p in page["items"])
        if not (cursor := page["next_cursor"]):
            break
    assert paged == [p["id"] for p in dutch]


def test_bad_cursor_is_a_problem(client: TestClient) -> None:
    response = client.get("/v1/pairs", params={"cursor": "not-a-cursor"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")


def test_patch_adds_human_revision_and_keeps_mt(client: TestClient, runtime: Runtime) -> None:
    _ingest_all(client, runtime)
    pair = client.get("/v1/pairs", params={"source_lang": "de", "limit": 1}).json()["items"][0]
    response = client.patch(f"/v1/pairs/{pair['id']}", json={"target": "A corrected sentence."})
    assert response.status_code == 200, response.text
    corrected = response.json()
    assert corrected["origin"] == "human" and corrected["revision"] == 2
    assert corrected["target"] == "A corrected sentence." and corrected["source"] == pair["source"]
    doc_pairs = client.get(f"/v1/documents/{pair['document_id']}/pairs").json()["items"]
    current = [p for p in doc_pairs if (p["paragraph"], p["sentence"]) == (pair["paragraph"], pair["sentence"])]
    assert [p["id"] for p in current] == [corrected["id"]]
    revisions = client.get(f"/v1/pairs/{corrected['id']}/revisions").json()
    assert [(r["origin"], r["target"]) for r in revisions] == [("mt", pair["target"]), ("human", corrected["target"])]
    assert client.get("/v1/pairs", params={"origin": "human"}).json()["items"][0]["id"] == corrected["id"]
    assert client.patch("/v1/pairs/999999", json={"target": "x"}).status_code == 404
    assert client.patch(f"/v1/pairs/{pair['id']}", json={"target": ""}).status_code == 422
