"""The LibreTranslate-compatible routes through the TestClient: shapes, types, parameter sources, errors."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from service.api.app import create_app
from service.runtime import Runtime

GERMAN = "Die Regierung hat heute ein neues Gesetz beschlossen. Es tritt morgen in Kraft."
TAGS = re.compile(r"<[^>]+>")


def _is_error(response, status: int, starts: str = "") -> None:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert list(body) == ["error"] and isinstance(body["error"], str) and body["error"].startswith(starts)


def test_translate_json_string_and_list(client: TestClient) -> None:
    one = client.post("/translate", json={"q": GERMAN, "source": "de", "target": "en"})
    assert one.status_code == 200
    assert list(one.json()) == ["translatedText"] and isinstance(one.json()["translatedText"], str)
    assert one.json()["translatedText"].strip()
    many = client.post("/translate", json={"q": [GERMAN, "Guten Morgen."], "source": "de", "target": "en"})
    texts = many.json()["translatedText"]
    assert isinstance(texts, list) and len(texts) == 2 and all(isinstance(t, str) and t for t in texts)


def test_translate_form_query_and_auto(client: TestClient) -> None:
    form = client.post("/translate", data={"q": GERMAN, "source": "de", "target": "en"})
    query = client.post("/translate", params={"q": GERMAN, "source": "de", "target": "en", "format": "text"})
    assert form.json() == query.json()  # greedy decoding: the same text, whichever way it was sent
    auto = client.post("/translate", data={"q": GERMAN, "source": "auto", "target": "en"}).json()
    detected = auto["detectedLanguage"]
    assert detected["language"] == "de"
    assert type(detected["confidence"]) is float and 0.0 <= detected["confidence"] <= 100.0
    assert auto["translatedText"] == form.json()["translatedText"]
    batch = client.post("/translate", json={"q": [GERMAN, "De minister heeft vandaag het plan gepresenteerd."],
                                             "source": "auto", "target": "en"}).json()
    assert [d["language"] for d in batch["detectedLanguage"]] == ["de", "nl"]
    assert all(type(d["confidence"]) is float for d in batch["detectedLanguage"])


def test_lines_are_kept(client: TestClient) -> None:
    text = "Erste Zeile.\n\nZweite Zeile.\nDritte Zeile."
    out = client.post("/translate", json={"q": text, "source": "de", "target": "en"}).json()["translatedText"]
    assert out.count("\n") == 3 and "\n\n" in out


def test_alternatives_shape(client: TestClient) -> None:
    one = client.post("/translate", json={"q": "Hallo Welt.", "source": "de", "target": "en", "alternatives": 3})
    assert one.json()["alternatives"] == []
    many = client.post("/translate", json={"q": ["a", "b"], "source": "de", "target": "en", "alternatives": 2})
    assert many.json()["alternatives"] == [[], []]


def test_html_keeps_every_tag(client: TestClient) -> None:
    fragment = ('<div class="x"><p>Die <b>Regierung <i>hat</i> heute</b> ein neues\nGesetz '
                '<a href="/g?a=1&amp;b=2">beschlossen</a>.</p><ul><li>Erstens &amp; zweitens.</li></ul>'
                '<p>Es tritt <span>morgen</span> in Kraft.<br>Danke.</p></div>')
    out = client.post("/translate", json={"q": fragment, "source": "de", "target": "en", "format": "html"}).json()
    assert TAGS.findall(out["translatedText"]) == TAGS.findall(fragment)
    assert out["translatedText"] != fragment


def test_detect_languages_settings(client: TestClient) -> None:
    detections = client.post("/detect", data={"q": GERMAN}).json()
    assert detections[0]["language"] == "de" and type(detections[0]["confidence"]) is float
    assert all(set(d) == {"confidence", "language"} for d in detections)
    langs = client.request("GET", "/languages", content=b"api_key=", headers={
        "content-type": "application/x-www-form-urlencoded"}).json()
    by_code = {lang["code"]: lang for lang in langs}
    assert by_code["de"] == {"code": "de", "name": "German", "targets": ["en"]}
    assert by_code["nl"]["targets"] == ["en"]
    settings = client.get("/frontend/settings").json()
    assert type(settings["charLimit"]) is int and settings["keyRequired"] is False


def test_errors_are_libretranslate_shaped(client: TestClient) -> None:
    _is_error(client.post("/translate", json={"source": "de", "target": "en"}), 400,
              "Invalid request: missing q parameter")
    _is_error(client.post("/translate", json={"q": "x", "source": "zz", "target": "en"}), 400, "zz is not supported")
    _is_error(client.post("/translate", json={"q": "x", "source": "de", "target": "fr"}), 400, "fr is not supported")
    _is_error(client.post("/translate", json={"q": "x", "source": "de", "target": "en", "format": "pdf"}), 400)
    _is_error(client.post("/translate", content=b"[1]", headers={"content-type": "application/json"}), 400,
              "Invalid JSON format")
    _is_error(client.post("/detect", data={}), 400, "Invalid request: missing q parameter")


def test_translate_file_round_trip(client: TestClient) -> None:
    answer = client.post("/translate_file", data={"source": "de", "target": "en"},
                         files={"file": ("release.txt", GERMAN.encode(), "text/plain")})
    assert answer.status_code == 200, answer.text
    url = answer.json()["translatedFileUrl"]
    download = client.get(url)
    assert download.status_code == 200 and download.text.strip()
    _is_error(client.post("/translate_file", data={"source": "de", "target": "en"},
                          files={"file": ("x.pdf", b"%PDF", "application/pdf")}), 400, "Invalid request")
    _is_error(client.get("/download_file/missing.txt"), 404, "Invalid filename")


@pytest.fixture
def keyed_client(runtime: Runtime) -> Iterator[TestClient]:
    settings = runtime.settings.model_copy(update={
        "api_keys": SecretStr("ops:write:s3cret-write-key,viewer:read:s3cret-read-key"), "rate_limit_requests": 2})
    with TestClient(create_app(settings, runtime=runtime), raise_server_exceptions=False) as test_client:
        yield test_client


def test_keys_and_rate_limit(keyed_client: TestClient) -> None:
    body = {"q": "Hallo.", "source": "de", "target": "en"}
    _is_error(keyed_client.post("/translate", json=body), 400, "Please contact the server operator")
    _is_error(keyed_client.post("/translate", json={**body, "api_key": "wrong"}), 403, "Invalid API key")
    _is_error(keyed_client.post("/translate", data={**body, "api_key": "s3cret-read-key"}), 403)
    for _ in range(2):  # the key's two requests a minute (refusals above took none)
        assert keyed_client.post("/translate", data={**body, "api_key": "s3cret-write-key"}).status_code == 200
    assert keyed_client.post("/detect", data={"q": "Hallo Welt"}).status_code == 200  # a read: no key needed
    _is_error(keyed_client.post("/translate", params={**body, "api_key": "s3cret-write-key"}), 429, "Slowdown:")
    assert keyed_client.get("/frontend/settings").json()["keyRequired"] is True
