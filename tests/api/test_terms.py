"""/v1/terms (list, add, import, delete; write keys), the findings the worker and a correction store, and the
per-document ``qa`` counts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from service.api.app import create_app
from service.runtime import Runtime
from tests.support import SEEDS, drain

WRITER, READER = "s3cret-terms-writer", "s3cret-terms-reader"
TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
  <termEntry id="t1">
    <langSet xml:lang="de"><tig><term>Bundeskriminalamt</term></tig></langSet>
    <langSet xml:lang="en"><tig><term>Federal Criminal Police Office</term></tig></langSet>
  </termEntry>
  <termEntry id="t2"><langSet xml:lang="de-DE"><tig><term>Tagesschau</term></tig></langSet></termEntry>
  <termEntry id="t3">
    <langSet xml:lang="nl"><tig><term>Rijkswaterstaat</term>
      <termNote type="administrativeStatus">do not translate</termNote></tig></langSet>
    <langSet xml:lang="en"><tig><term>Directorate-General for Public Works</term></tig></langSet>
  </termEntry>
</body></text></martif>"""


@pytest.fixture
def keyed(runtime: Runtime) -> Iterator[TestClient]:
    settings = runtime.settings.model_copy(
        update={"api_keys": SecretStr(f"ed:write:{WRITER},view:read:{READER}")})
    with TestClient(create_app(settings, runtime=runtime), raise_server_exceptions=False) as test_client:
        yield test_client


def _listed(client: TestClient, **params: str) -> list[tuple[str, str, str | None, bool]]:
    items = client.get("/v1/terms", params=params).json()["items"]
    return [(t["source_lang"], t["source_term"], t["target_term"], t["dnt"]) for t in items]


def test_add_list_upsert_delete(client: TestClient) -> None:
    one = client.post("/v1/terms", json={"source_lang": "de", "source_term": "Aserbaidschan",
                                         "target_term": "Azerbaijan"})
    assert one.status_code == 200, one.text
    many = client.post("/v1/terms", json=[
        {"source_lang": "de", "source_term": "Aserbaidschan", "target_term": "Azerbaijan", "note": "exonym"},
        {"source_lang": "nl", "source_term": "Den Haag", "target_term": "The Hague"},
        {"source_lang": "de", "source_term": "Tagesschau", "dnt": True},
    ]).json()["items"]
    assert {t["source_term"] for t in many} == {"Aserbaidschan", "Den Haag", "Tagesschau"}
    assert _listed(client) == [("de", "Aserbaidschan", "Azerbaijan", False), ("de", "Tagesschau", None, True),
                               ("nl", "Den Haag", "The Hague", False)]
    assert _listed(client, source_lang="nl") == [("nl", "Den Haag", "The Hague", False)]
    term_id = next(t["id"] for t in many if t["source_term"] == "Den Haag")
    assert client.delete(f"/v1/terms/{term_id}").status_code == 204
    assert client.delete(f"/v1/terms/{term_id}").status_code == 404
    assert [t[1] for t in _listed(client)] == ["Aserbaidschan", "Tagesschau"]


def test_a_bad_entry_or_file_changes_nothing(client: TestClient) -> None:
    client.post("/v1/terms", json={"source_lang": "de", "source_term": "München", "target_term": "Munich"})
    before = _listed(client)
    twice = client.post("/v1/terms", json=[{"source_lang": "de", "source_term": "Köln", "target_term": "Cologne"},
                                           {"source_lang": "de", "source_term": "Köln", "target_term": "Koeln"}])
    assert twice.status_code == 422 and twice.headers["content-type"].startswith("application/problem+json")
    assert client.post("/v1/terms", json={"source_lang": "fr", "source_term": "Paris"}).status_code == 422
    bad_csv = "source,target,dnt\nKöln,Cologne,\nBonn,Bonn,maybe\n,Nothing,\n".encode()
    answer = client.post("/v1/terms/import", params={"format": "csv", "source_lang": "de"}, content=bad_csv)
    assert answer.status_code == 422
    problem = answer.json()
    assert len(problem["problems"]) == 2   # every problem at once: dnt "maybe", and a blank source term
    assert "line 3" in problem["detail"] and "line 4" in problem["detail"]
    assert client.post("/v1/terms/import", params={"format": "tbx"}, content=b"<martif><text>").status_code == 422
    assert client.post("/v1/terms/import", params={"format": "csv"}, content="source,target\nKöln,Cologne\n".encode()
                       ).status_code == 422   # no language anywhere
    assert _listed(client) == before


def test_import_csv_tsv_and_tbx_round_trip(client: TestClient) -> None:
    csv_file = 'source,target,dnt,note,lang\nBundesamt,Federal Office,,"agency, federal",de\nTagesschau,,,,de\n'
    tsv_file = "lang\tsource\ttarget\tdnt\nnl\tpolitie\tpolice\tno\nnl\tNOS\tNOS\tyes\n"
    assert client.post("/v1/terms/import", files={"file": ("t.csv", csv_file.encode())}).json() == {
        "read": 2, "written": 2, "languages": ["de"]}
    assert client.post("/v1/terms/import", files={"file": ("t.tsv", tsv_file.encode())}).json()["written"] == 2
    report = client.post("/v1/terms/import", files={"file": ("t.tbx", TBX.encode())}).json()
    assert report == {"read": 3, "written": 3, "languages": ["de", "nl"]}
    assert sorted(_listed(client)) == [
        ("de", "Bundesamt", "Federal Office", False),
        ("de", "Bundeskriminalamt", "Federal Criminal Police Office", False),
        ("de", "Tagesschau", None, True),
        ("nl", "NOS", None, True),
        ("nl", "Rijkswaterstaat", None, True),
        ("nl", "politie", "police", False),
    ]
    notes = {t["source_term"]: t["note"] for t in client.get("/v1/terms").json()["items"]}
    assert notes["Bundesamt"] == "agency, federal"
    # --lang restricts a TBX file to that source language.
    only_de = client.post("/v1/terms/import", params={"source_lang": "de"}, files={"file": ("t.tbx", TBX.encode())})
    assert only_de.json()["languages"] == ["de"]


def test_writes_need_a_write_key(keyed: TestClient) -> None:
    entry = {"source_lang": "de", "source_term": "Karabach", "target_term": "Karabakh"}
    assert keyed.get("/v1/terms", headers={"X-API-Key": READER}).status_code == 200
    assert keyed.post("/v1/terms", json=entry).status_code == 401
    assert keyed.post("/v1/terms", json=entry, headers={"X-API-Key": READER}).status_code == 403
    assert keyed.post("/v1/terms/import", content=b"source,target,lang\nA,B,de\n",
                      headers={"X-API-Key": READER}).status_code == 403
    created = keyed.post("/v1/terms", json=entry, headers={"X-API-Key": WRITER})
    assert created.status_code == 200
    term_id = created.json()["items"][0]["id"]
    assert keyed.delete(f"/v1/terms/{term_id}", headers={"X-API-Key": READER}).status_code == 403
    assert keyed.delete(f"/v1/terms/{term_id}", headers={"X-API-Key": WRITER}).status_code == 204


def test_findings_stored_end_to_end_and_counted_per_document(client: TestClient, runtime: Runtime) -> None:
    text = sorted(SEEDS.glob("*.txt"))[0].read_text("utf-8")
    doc_id = client.post("/v1/documents", json={"text": text}).json()["id"]
    drain(runtime)
    pairs = client.get(f"/v1/documents/{doc_id}/pairs", params={"limit": 500}).json()["items"]
    # The worker stored the checks of every new pair; the document's qa counts are their sum by severity.
    stored = Counter(check["severity"] for pair in pairs for check in pair["checks"])
    document = client.get(f"/v1/documents/{doc_id}").json()
    assert document["qa"] == {level: stored.get(level, 0) for level in ("info", "warning", "error")}
    # A correction with a wrong number is caught: the numbers finding comes back with the revision.
    numbered = next((p for p in pairs if re.search(r"\d", p["source"])), None)
    assert numbered is not None, "the seed release has a sentence with a number"
    number = re.search(r"\d+", numbered["source"]).group()  # type: ignore[union-attr]
    wrong = str(int(number) + 7)
    corrected = client.patch(f"/v1/pairs/{numbered['id']}", json={"target": f"The figure was {wrong} in total."})
    assert corrected.status_code == 200
    assert "numbers" in {check["check"] for check in corrected.json()["checks"]}
    flagged = client.get("/v1/pairs", params={"flag": "numbers", "document_id": doc_id}).json()["items"]
    assert corrected.json()["id"] in {p["id"] for p in flagged}
    after = client.get(f"/v1/documents/{doc_id}").json()["qa"]
    current = client.get(f"/v1/documents/{doc_id}/pairs", params={"limit": 500}).json()["items"]
    assert after == {level: sum(c["severity"] == level for p in current for c in p["checks"])
                     for level in ("info", "warning", "error")}
    assert after["error"] + after["warning"] >= 1
    listed = next(d for d in client.get("/v1/documents").json()["items"] if d["id"] == doc_id)
    assert listed["qa"] == after
