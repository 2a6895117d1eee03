"""TMX import as translation memory: language codes, skipped pairs, re-import, and exact matches at ingest."""

from __future__ import annotations

from fastapi.testclient import TestClient

from service.runtime import Runtime
from tests.support import drain

SENTENCE = "Die Regierung hat heute ein neues Gesetz beschlossen."
HUMAN = "Today the government passed a new law."


def _tmx(units: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1"'
        ' segtype="sentence" o-tmf="t" adminlang="en" srclang="de-DE" datatype="plaintext"/><body>'
        f"{units}</body></tmx>"
    ).encode()


UNITS = (
    f'<tu tuid="1"><tuv xml:lang="de-DE"><seg>{SENTENCE}</seg></tuv><tuv xml:lang="EN-US"><seg>{HUMAN}</seg></tuv></tu>'
    '<tu tuid="2"><tuv xml:lang="nl-BE"><seg>Goedemorgen,  <bpt i="1">&lt;b&gt;</bpt>allemaal<ept i="1">&lt;/b&gt;'
    '</ept>.</seg></tuv><tuv xml:lang="en-GB"><seg>Good morning, everyone.</seg></tuv></tu>'
    '<tu tuid="3"><tuv xml:lang="fr-FR"><seg>Bonjour.</seg></tuv><tuv xml:lang="en"><seg>Hello.</seg></tuv></tu>'
    '<tu tuid="4"><tuv xml:lang="de"><seg>Nur Deutsch.</seg></tuv></tu>'
)


def test_import_counts_and_reimport_adds_nothing(client: TestClient) -> None:
    first = client.post("/v1/tm", content=_tmx(UNITS), headers={"content-type": "application/x-tmx+xml"})
    assert first.status_code == 200, first.text
    assert first.json() == {"read": 4, "imported": 2, "duplicates": 0, "skipped_pairs": 2}
    again = client.post("/v1/tm", files={"file": ("memory.tmx", _tmx(UNITS), "application/x-tmx+xml")})
    assert again.json() == {"read": 4, "imported": 0, "duplicates": 2, "skipped_pairs": 2}
    broken = client.post("/v1/tm", content=b"<tmx><body><tu>")
    assert broken.status_code == 422 and "well-formed" in broken.json()["detail"]


def test_exact_match_is_used_with_origin_human(client: TestClient, runtime: Runtime) -> None:
    client.post("/v1/tm", files={"file": ("agency.tmx", _tmx(UNITS), "application/x-tmx+xml")})
    text = f"Neues Gesetz\n\n{SENTENCE}\n\nDie Minister trafen sich am Montag in Berlin zu Gesprächen."
    doc_id = client.post("/v1/documents", json={"text": text, "source_lang": "de"}).json()["id"]
    drain(runtime)
    pairs = client.get("/v1/pairs", params={"document_id": doc_id, "limit": 100}).json()["items"]
    matched = [p for p in pairs if p["source"] == SENTENCE]
    assert len(matched) == 1
    assert matched[0]["target"] == HUMAN and matched[0]["origin"] == "human"
    assert matched[0]["provenance"] == "agency.tmx#tu=1" and matched[0]["model"] is None
    assert all(p["origin"] == "mt" for p in pairs if p["source"] != SENTENCE)


def test_inline_codes_are_dropped_and_languages_normalized(runtime: Runtime) -> None:
    import io

    from service import corpus
    from service.db import repository

    with runtime.sessions() as session:
        corpus.import_tmx(session, io.BytesIO(_tmx(UNITS)), provenance="m.tmx")
        found = repository.memory_matches(session, "nl", "en", ["Goedemorgen, allemaal."])
        session.rollback()
    assert found["Goedemorgen, allemaal."].target == "Good morning, everyone."
