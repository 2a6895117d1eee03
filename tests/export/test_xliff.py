"""XLIFF 1.2 round trip: export, validate against the OASIS strict schema, read back with translate-toolkit, edit
as a CAT tool would, import; the edits are human revisions, and a tampered file changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from lxml import etree

from service import corpus
from service.db.engine import begin_write
from service.runtime import Runtime
from service.vocabulary import PairState
from tests.support import SEEDS, TESTDATA, drain

NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    # The schema imports xml.xsd from w3.org; point it at the shipped copy so validation never needs a network.
    text = (TESTDATA / "xliff-core-1.2-strict.xsd").read_text(encoding="utf-8")
    text = text.replace('schemaLocation="http://www.w3.org/2001/xml.xsd"',
                        f'schemaLocation="{(TESTDATA / "xml.xsd").as_uri()}"')
    parser = etree.XMLParser(no_network=True)
    return etree.XMLSchema(etree.fromstring(text.encode(), parser, base_url=str(TESTDATA) + "/"))


def _document(client: TestClient, runtime: Runtime) -> int:
    text = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
    doc_id = int(client.post("/v1/documents", json={"text": text}).json()["id"])
    drain(runtime)
    return doc_id


def test_round_trip(client: TestClient, runtime: Runtime, schema: etree.XMLSchema, tmp_path: Path) -> None:
    doc_id = _document(client, runtime)
    pairs = client.get("/v1/pairs", params={"document_id": doc_id, "limit": 500}).json()["items"]
    approved = pairs[1]["id"]
    with runtime.sessions() as session:
        begin_write(session)
        assert corpus.set_state(session, [approved], PairState.APPROVED, reviewer="reviewer") == 1
        session.commit()
    exported = client.get(f"/v1/documents/{doc_id}/export", params={"format": "xliff"})
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("application/xliff+xml")
    root = etree.fromstring(exported.content)
    schema.assertValid(root)
    files = root.findall("x:file", NS)
    assert len(files) == 1 and files[0].get("original") == f"transnorm:document:{doc_id}"
    assert files[0].get("source-language") == "de" and files[0].get("target-language") == "en"
    units = root.findall(".//x:trans-unit", NS)
    assert [u.get("id") for u in units] == [str(p["id"]) for p in pairs]
    assert units[1].get("approved") == "yes"
    assert units[1].find("x:target", NS).get("state") == "signed-off"  # type: ignore[union-attr]
    first_target = units[0].find("x:target", NS)
    assert first_target is not None and first_target.get("state") == "needs-review-translation"
    assert first_target.get("state-qualifier") == "leveraged-mt"

    from translate.storage.xliff import xlifffile

    store = xlifffile.parsestring(exported.content)
    assert [u.source for u in store.units] == [p["source"] for p in pairs]
    assert [u.target for u in store.units] == [p["target"] for p in pairs]

    # A CAT tool's edit: a new target text and the state it would set.
    first_target.text = "The US Secretary of State phoned the President."
    first_target.set("state", "translated")
    first_target.attrib.pop("state-qualifier")
    edited = etree.tostring(root, xml_declaration=True, encoding="utf-8")
    answer = client.post(f"/v1/documents/{doc_id}/xliff", content=edited,
                         headers={"content-type": "application/xliff+xml"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["changed"] == [pairs[0]["id"]] and answer.json()["unchanged"] == len(pairs) - 1
    revision = client.get(f"/v1/pairs/{answer.json()['revisions'][0]}").json()
    assert revision["origin"] == "human" and revision["state"] == "edited"
    assert revision["target"] == "The US Secretary of State phoned the President."
    history = client.get(f"/v1/pairs/{pairs[0]['id']}/revisions").json()
    assert [r["revision"] for r in history] == [1, 2]

    # The human edit exports as translated, and the file still validates.
    again = etree.fromstring(client.get(f"/v1/documents/{doc_id}/export", params={"format": "xliff"}).content)
    schema.assertValid(again)
    assert again.find(".//x:trans-unit/x:target", NS).get("state") == "translated"  # type: ignore[union-attr]

    # Multipart upload of the unchanged export: nothing to do.
    same = client.post(f"/v1/documents/{doc_id}/xliff",
                       files={"file": ("doc.xlf", etree.tostring(again), "application/xliff+xml")})
    assert same.status_code == 200 and same.json()["changed"] == []


@pytest.mark.parametrize("tamper", ["source", "unknown-id", "other-document"])
def test_tampered_file_changes_nothing(client: TestClient, runtime: Runtime, tamper: str) -> None:
    doc_id = _document(client, runtime)
    root = etree.fromstring(client.get(f"/v1/documents/{doc_id}/export", params={"format": "xliff"}).content)
    units = root.findall(".//x:trans-unit", NS)
    units[0].find("x:target", NS).text = "An edit that must not be stored."  # type: ignore[union-attr]
    if tamper == "source":
        units[1].find("x:source", NS).text = "Ein anderer Satz."  # type: ignore[union-attr]
    elif tamper == "unknown-id":
        units[1].set("id", "999999")
    else:
        root.find("x:file", NS).set("original", f"transnorm:document:{doc_id + 1}")  # type: ignore[union-attr]
    before = client.get("/v1/pairs", params={"document_id": doc_id, "limit": 500}).json()["items"]
    answer = client.post(f"/v1/documents/{doc_id}/xliff", content=etree.tostring(root))
    assert answer.status_code == 422
    assert answer.headers["content-type"].startswith("application/problem+json")
    problem = answer.json()
    assert problem["type"].endswith("xliff-mismatch") and len(problem["problems"]) == 1
    expected = {"source": "source text was changed", "unknown-id": "'999999': no such pair",
                "other-document": f"not {doc_id}"}[tamper]
    assert expected in problem["detail"]
    after = client.get("/v1/pairs", params={"document_id": doc_id, "limit": 500}).json()["items"]
    assert after == before


def _transnorm(*args: str) -> int:
    """``transnorm`` as the console script runs it: errors become one line on stderr and an exit status."""
    import service.cli as cli
    from service.config import get_settings

    try:
        with pytest.raises(SystemExit) as exit_info:
            cli.main(list(args))
    finally:
        get_settings.cache_clear()   # the next test reads its own environment
    return int(exit_info.value.code or 0)


def test_cli_import_stores_an_edit_and_a_tampered_file_changes_nothing(
    client: TestClient, runtime: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("TRANSNORM_DATABASE_URL", runtime.settings.database_url)
    doc_id = _document(client, runtime)
    pairs = client.get("/v1/pairs", params={"document_id": doc_id, "limit": 500}).json()["items"]
    root = etree.fromstring(client.get(f"/v1/documents/{doc_id}/export", params={"format": "xliff"}).content)
    units = root.findall(".//x:trans-unit", NS)
    units[0].find("x:target", NS).text = "An edit from the command line."  # type: ignore[union-attr]
    edited = tmp_path / "edited.xlf"
    edited.write_bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))
    capsys.readouterr()
    assert _transnorm("xliff", "import", str(edited)) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["changed"] == [pairs[0]["id"]]
    revision = client.get(f"/v1/pairs/{report['revisions'][0]}").json()
    assert (revision["target"], revision["origin"]) == ("An edit from the command line.", "human")

    units[1].find("x:target", NS).text = "Another edit that must not be stored."  # type: ignore[union-attr]
    units[2].find("x:source", NS).text = "Ein anderer Satz."  # type: ignore[union-attr]
    tampered = tmp_path / "tampered.xlf"
    tampered.write_bytes(etree.tostring(root))
    before = client.get("/v1/pairs", params={"document_id": doc_id, "limit": 500}).json()["items"]
    assert _transnorm("xliff", "import", str(tampered)) == 2
    message = capsys.readouterr().err.strip()
    assert message.startswith("transnorm: error:") and "source text was changed" in message
    assert len(message.splitlines()) == 1
    assert client.get("/v1/pairs", params={"document_id": doc_id, "limit": 500}).json()["items"] == before
    assert _transnorm("xliff", "import", str(tmp_path / "missing.xlf")) == 1
    assert "no such file" in capsys.readouterr().err
