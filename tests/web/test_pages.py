"""The workspace through the test client: pages render the store's records, forms change it, access is checked."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from service.api.app import create_app
from service.runtime import Runtime
from service.web import views
from tests.support import SEEDS, drain


def _seed(client: TestClient, runtime: Runtime, index: int = 0) -> int:
    text = sorted(SEEDS.glob("*.txt"))[index].read_text("utf-8")
    doc = client.post("/v1/documents", json={"text": text}).json()
    drain(runtime)
    return int(doc["id"])


def _csrf(client: TestClient) -> str:
    page = client.get("/")
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]


def test_documents_page_lists_and_filters(client: TestClient, runtime: Runtime) -> None:
    doc_id = _seed(client, runtime)
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert f'href="/documents/{doc_id}"' in page.text and "unreviewed" in page.text
    assert "transnorm_csrf" in page.headers["set-cookie"] and "httponly" in page.headers["set-cookie"].lower()
    assert f'href="/documents/{doc_id}"' not in client.get("/", params={"source_lang": "nl"}).text
    assert f'href="/documents/{doc_id}"' in client.get("/", params={"status": "done"}).text


def test_document_view_shows_pairs_structure_and_exports(client: TestClient, runtime: Runtime) -> None:
    doc_id = _seed(client, runtime)
    pairs = client.get(f"/v1/documents/{doc_id}/pairs").json()["items"]
    page = client.get(f"/documents/{doc_id}")
    assert page.status_code == 200
    for p in pairs[:5]:
        assert f'id="pair-{p["id"]}"' in page.text
    assert "Headline" in page.text and "Dateline" in page.text
    assert page.text.count('href="/export?document_id=') >= 3  # tmx, tsv, jsonl (and whatever else is registered)
    assert client.get(f"/documents/{doc_id}", params={"page": 99}).status_code == 200
    assert client.get("/documents/99999").status_code == 404


def test_edit_approve_and_history_with_diff(client: TestClient, runtime: Runtime) -> None:
    doc_id = _seed(client, runtime)
    pair = client.get(f"/v1/documents/{doc_id}/pairs").json()["items"][0]
    csrf = _csrf(client)
    assert client.post(f"/pairs/{pair['id']}", data={"target": "x"}).status_code == 403  # no CSRF token
    row = client.post(f"/pairs/{pair['id']}", data={"target": pair["target"] + " Indeed.", "csrf": csrf},
                      headers={"HX-Request": "true"})
    assert row.status_code == 200 and "<tr" in row.text and "state-edited" in row.text
    assert re.search(r"<ins>\s*Indeed\.</ins>", row.text)
    new_id = int(re.search(r'id="pair-(\d+)"', row.text).group(1))  # type: ignore[union-attr]
    approved = client.post(f"/pairs/{new_id}/approve", data={"csrf": csrf, "back": f"/documents/{doc_id}"},
                           follow_redirects=False)
    assert approved.status_code == 303 and approved.headers["location"].startswith(f"/documents/{doc_id}")
    assert client.get(f"/v1/pairs/{new_id}").json()["reviewed_by"] == "local"
    history = client.get(f"/pairs/{new_id}/history")
    assert "Revision 2" in history.text and re.search(r"<ins>\s*Indeed\.</ins>", history.text)


def test_search_highlights_and_bulk_approves(client: TestClient, runtime: Runtime) -> None:
    doc_id = _seed(client, runtime)
    word = client.get(f"/v1/documents/{doc_id}/pairs").json()["items"][0]["source"].split()[0].strip(".,:;")
    page = client.get("/search", params={"q": word})
    assert page.status_code == 200 and "<mark>" in page.text
    csrf = _csrf(client)
    client.post("/search/approve", data={"csrf": csrf, "document_id": str(doc_id), "back": "/search"})
    states = {p["state"] for p in client.get(f"/v1/documents/{doc_id}/pairs").json()["items"]}
    assert states == {"approved"}
    export = client.get("/export", params={"document_id": doc_id, "state": "approved", "format": "tmx"})
    assert export.status_code == 200 and "<tu" in export.text


def test_upload_by_paste_redirects_to_progress(client: TestClient, runtime: Runtime) -> None:
    csrf = _csrf(client)
    text = sorted(SEEDS.glob("*.txt"))[1].read_text("utf-8")
    answer = client.post("/documents", data={"text": text, "csrf": csrf}, follow_redirects=False)
    assert answer.status_code == 303
    location = answer.headers["location"]
    progress = client.get(location + "/progress")
    assert 'hx-trigger="every 1s"' in progress.text  # queued: polled until done
    drain(runtime)
    assert "Show the translation" in client.get(location + "/progress").text


@pytest.fixture
def keyed_client(runtime: Runtime) -> TestClient:
    keys = SecretStr("ed:write:w-secret-1234567890,rd:read:r-secret-12345678")
    settings = runtime.settings.model_copy(update={"api_keys": keys})
    return TestClient(create_app(settings, runtime=runtime), raise_server_exceptions=False)


def test_keys_sign_in_cookie_and_read_key_sees_no_edit_controls(keyed_client: TestClient, runtime: Runtime) -> None:
    with keyed_client as c:
        doc_id = _seed_with_key(c, runtime)
        assert "Sign in to edit" in c.get("/").text
        login = c.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', login.text).group(1)  # type: ignore[union-attr]
        assert c.post("/login", data={"key": "wrong", "csrf": csrf}).status_code == 401
        signed = c.post("/login", data={"key": "r-secret-12345678", "csrf": csrf}, follow_redirects=False)
        cookie = signed.headers["set-cookie"].lower()
        assert "transnorm_key=" in cookie and "httponly" in cookie and "samesite=strict" in cookie
        page = c.get(f"/documents/{doc_id}")
        assert "rd" in page.text and 'class="approve"' not in page.text and 'class="edit"' not in page.text
        pair = c.get(f"/v1/documents/{doc_id}/pairs").json()["items"][0]
        assert c.post(f"/pairs/{pair['id']}/approve", data={"csrf": csrf}).status_code == 403
        c.post("/login", data={"key": "w-secret-1234567890", "csrf": csrf})
        assert 'class="approve"' in c.get(f"/documents/{doc_id}").text
        c.post(f"/pairs/{pair['id']}/approve", data={"csrf": csrf})
        assert c.get(f"/v1/pairs/{pair['id']}").json()["reviewed_by"] == "ed"


def _seed_with_key(c: TestClient, runtime: Runtime) -> int:
    text = sorted(SEEDS.glob("*.txt"))[0].read_text("utf-8")
    doc = c.post("/v1/documents", json={"text": text}, headers={"X-API-Key": "w-secret-1234567890"}).json()
    drain(runtime)
    return int(doc["id"])


def test_word_diff_and_highlight_escape_html() -> None:
    assert views.word_diff("the <b> cat", "the <b> dog") == "the &lt;b&gt; <del>cat</del><ins>dog</ins>"
    assert views.highlight("<Karabach> war", ["karabach"]) == "&lt;<mark>Karabach</mark>&gt; war"
    assert views.confidence(None).band == "none" and views.confidence(-0.1).band == "high"
    assert views.confidence(-3.0).band == "low"
