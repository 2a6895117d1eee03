"""Per-document and corpus exports, parsed back by independent readers."""

from __future__ import annotations

import io
import json

from fastapi.testclient import TestClient
from lxml import etree
from translate.storage import tmx as tt_tmx

from service.runtime import Runtime
from tests.support import SEEDS, TESTDATA, drain


def _ingest(client: TestClient, runtime: Runtime) -> list[int]:
    ids = [
        client.post("/v1/documents", json={"text": p.read_text(encoding="utf-8")}).json()["id"]
        for p in sorted(SEEDS.glob("*.txt"))
    ]
    drain(runtime)
    return ids


def test_document_tmx_is_valid_and_readable(client: TestClient, runtime: Runtime) -> None:
    doc_id = _ingest(client, runtime)[0]
    pairs = client.get(f"/v1/documents/{doc_id}/pairs").json()["items"]
    response = client.get(f"/v1/documents/{doc_id}/export", params={"format": "tmx"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-tmx+xml")
    assert f"transnorm-document-{doc_id}.tmx" in response.headers["content-disposition"]
    tree = etree.parse(io.BytesIO(response.content))
    dtd = etree.DTD(str(TESTDATA / "tmx14.dtd"))
    assert dtd.validate(tree), dtd.error_log.filter_from_errors()
    assert tree.find("header").get("srclang") == "de"
    units = tt_tmx.tmxfile(response.content).units
    assert [(u.source, u.target) for u in units] == [(p["source"], p["target"]) for p in pairs]
    assert [u.getid() for u in units] == [str(p["id"]) for p in pairs]


def test_corpus_exports_tsv_and_jsonl(client: TestClient, runtime: Runtime) -> None:
    _ingest(client, runtime)
    everything = client.get("/v1/pairs", params={"limit": 500}).json()["items"]
    jsonl = client.get("/v1/export", params={"format": "jsonl"})
    assert jsonl.status_code == 200 and "attachment" in jsonl.headers["content-disposition"]
    rows = [json.loads(line) for line in jsonl.text.splitlines()]
    assert sorted(r["id"] for r in rows) == sorted(p["id"] for p in everything)
    assert {r["source_lang"] for r in rows} == {"de", "nl"}
    tsv = client.get("/v1/export", params={"format": "tsv", "source_lang": "nl"})
    lines = tsv.text.split("\n")
    assert lines[0].split("\t")[:3] == ["id", "document_id", "paragraph"]
    body = [line for line in lines[1:] if line]
    nl_ids = {p["id"] for p in everything if p["source_lang"] == "nl"}
    assert {int(line.split("\t")[0]) for line in body} == nl_ids
    assert all(len(line.split("\t")) == len(lines[0].split("\t")) for line in body)
    corpus_tmx = client.get("/v1/export", params={"format": "tmx"})
    assert etree.DTD(str(TESTDATA / "tmx14.dtd")).validate(etree.parse(io.BytesIO(corpus_tmx.content)))
    assert len(tt_tmx.tmxfile(corpus_tmx.content).units) == len(everything)


def test_unknown_format_is_422(client: TestClient, runtime: Runtime) -> None:
    doc_id = _ingest(client, runtime)[0]
    response = client.get(f"/v1/documents/{doc_id}/export", params={"format": "docx"})
    assert response.status_code == 422
    assert response.json()["status"] == 422
