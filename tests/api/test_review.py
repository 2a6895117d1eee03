"""Review states through /v1: approve and reopen one pair or a search result, the state filter, state in exports."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from service.runtime import Runtime
from tests.support import SEEDS, drain


def _seed(client: TestClient, runtime: Runtime) -> int:
    doc = client.post("/v1/documents", json={"text": sorted(SEEDS.glob("*.txt"))[0].read_text("utf-8")}).json()
    drain(runtime)
    return int(doc["id"])


def test_approve_reopen_one_pair_and_filter(client: TestClient, runtime: Runtime) -> None:
    doc_id = _seed(client, runtime)
    pairs = client.get(f"/v1/documents/{doc_id}/pairs").json()["items"]
    assert {p["state"] for p in pairs} == {"unreviewed"}
    first = pairs[0]["id"]
    approved = client.post(f"/v1/pairs/{first}/approve").json()
    assert approved["state"] == "approved" and approved["reviewed_by"] == "local" and approved["reviewed_at"]
    listed = client.get("/v1/pairs", params={"state": "approved"}).json()["items"]
    assert [p["id"] for p in listed] == [first]
    # A human revision reopened goes back to edited, not to unreviewed.
    edited = client.patch(f"/v1/pairs/{pairs[1]['id']}", json={"target": "A corrected sentence."}).json()
    client.post(f"/v1/pairs/{edited['id']}/approve")
    assert client.post(f"/v1/pairs/{edited['id']}/reopen").json()["state"] == "edited"
    assert client.post(f"/v1/pairs/{first}/reopen").json()["state"] == "unreviewed"
    # The earlier (machine) revision is not the current one: approving it is a conflict.
    assert client.post(f"/v1/pairs/{pairs[1]['id']}/approve").status_code == 409
    assert client.post("/v1/pairs/999999/approve").status_code == 404


def test_bulk_approve_by_search_and_export_approved_only(client: TestClient, runtime: Runtime) -> None:
    doc_id = _seed(client, runtime)
    pairs = client.get(f"/v1/documents/{doc_id}/pairs").json()["items"]
    assert client.post("/v1/pairs/approve", json={}).status_code == 422
    changed = client.post("/v1/pairs/approve", json={"document_id": doc_id}).json()
    assert changed == {"changed": len(pairs)}
    client.post(f"/v1/pairs/{pairs[0]['id']}/reopen")
    assert client.post("/v1/pairs/reopen", json={"document_id": doc_id, "state": "unreviewed"}).json() == {
        "changed": 1}
    rows = [json.loads(line) for line in client.get(
        f"/v1/documents/{doc_id}/export", params={"format": "jsonl", "state": "approved"}).text.splitlines()]
    assert sorted(r["id"] for r in rows) == sorted(p["id"] for p in pairs[1:])
    corpus_rows = client.get("/v1/export", params={"format": "jsonl", "state": "unreviewed"}).text.splitlines()
    assert [json.loads(line)["id"] for line in corpus_rows] == [pairs[0]["id"]]
