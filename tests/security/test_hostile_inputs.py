"""The hostile-input corpus through every write endpoint, on SQLite and PostgreSQL.

Each request must answer a status its operation documents (never a 5xx), as problem JSON when it is an error,
and leave the store exactly as it was when it is refused. Accepted documents must be stored clean (no NUL, no
lone surrogate, no script text from HTML) and go through the worker and every export format.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from lxml import etree

from service.runtime import Runtime
from tests.security.hostile import FILES, GERMAN, MIB_20, RAW_BODIES, TEXTS
from tests.support import drain

Request = tuple[str, dict[str, Any]]


def _counts(runtime: Runtime) -> tuple[int, ...]:
    with runtime.engine.connect() as connection:
        return tuple(
            connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("documents", "segments", "pairs")
        )


def _documented(client: TestClient, method: str, template: str) -> set[int]:
    operation = client.app.openapi()["paths"][template][method.lower()]  # type: ignore[attr-defined]
    return {int(status) for status in operation["responses"]}


def _multipart(parts: list[tuple[str, str | None, bytes]], boundary: str = "hostileboundary") -> dict[str, Any]:
    chunks = []
    for name, filename, data in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        chunks.append(f"--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n".encode() + data + b"\r\n")
    body = b"".join(chunks) + f"--{boundary}--\r\n".encode()
    return {"content": body, "headers": {"content-type": f"multipart/form-data; boundary={boundary}"}}


def _raw(content_type: str, body: bytes) -> dict[str, Any]:
    return {"content": body, "headers": {"content-type": content_type} if content_type else {}}


def _chunked_20mb() -> Iterator[bytes]:
    yield b'{"text": "'
    for _ in range(MIB_20 // 65536):
        yield b"a" * 65536
    yield b'"}'


def _huge_multipart(runtime: Runtime) -> list[Request]:
    over = runtime.settings.max_document_bytes + 10
    return [
        ("2000 fields", _multipart([("title", None, b"x")] * 2000 + [("file", "a.txt", GERMAN.encode())])),
        ("50 files", _multipart([("file", f"{i}.txt", GERMAN.encode()) for i in range(50)])),
        ("file over document limit", _multipart([("file", "big.txt", b"Satz. " * (over // 6 + 1))])),
        ("field over document limit", _multipart([("title", None, b"t" * over), ("file", "a.txt", b"x")])),
        ("10,000 tiny parts", _multipart([("x", None, b"")] * 10_000)),
        ("unterminated", {"content": b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\n"
                          + b"a" * 100_000, "headers": {"content-type": "multipart/form-data; boundary=b"}}),
        ("title wrong type", _multipart([("file", "a.txt", GERMAN.encode()), ("published", None, b"yesterday")])),
    ]


def _json_texts(field: str, extra: dict[str, Any] | None = None) -> list[Request]:
    return [(f"text:{name}", {"json": {field: text, **(extra or {})}}) for name, text in TEXTS.items()]


def _raw_bodies(field: str) -> list[Request]:
    key = f'"{field}"'.encode()
    requests = [(f"raw:{name}", _raw(ctype, body.replace(b'"text"', key)))
                for name, (ctype, body) in RAW_BODIES.items()]
    chunked = {"content": _chunked_20mb(), "headers": {"content-type": "application/json"}}
    return [*requests, ("raw:chunked-20MB", chunked)]


def _check_stored_document(client: TestClient, document_id: int, label: str) -> list[str]:
    problems = []
    document = client.get(f"/v1/documents/{document_id}").json()
    text = "\n".join(p["text"] for p in document["structure"]["paragraphs"]) + (document["title"] or "")
    if "\x00" in text or re.search("[\ud800-\udfff]", text):
        problems.append(f"{label}: stored text keeps NUL or a lone surrogate")
    # An uploaded HTML file is reduced to its text; HTML sent as the JSON "text" is plain text and kept as such.
    if label.startswith("file:html") and ("alert(" in text or "document.cookie" in text or "color:red" in text):
        problems.append(f"{label}: script or style text stored from HTML")
    return problems


def _run(client: TestClient, runtime: Runtime, method: str, template: str, url: str,
         requests: list[Request]) -> tuple[list[str], list[int]]:
    documented = _documented(client, method, template)
    failures: list[str] = []
    accepted: list[int] = []
    for label, kwargs in requests:
        before = _counts(runtime)
        response = client.request(method, url, **kwargs)
        status = response.status_code
        if status >= 500 or status not in documented:
            failures.append(f"{label}: status {status} (documented {sorted(documented)}): {response.text[:300]}")
            continue
        if "20MB" in label and status != 413:
            failures.append(f"{label}: a 20 MB body answered {status}, not 413")
        if status >= 400:
            if not response.headers.get("content-type", "").startswith("application/problem+json"):
                failures.append(f"{label}: {status} without problem JSON")
            if _counts(runtime) != before:
                failures.append(f"{label}: refused with {status} but the store changed {before} -> {_counts(runtime)}")
        elif template == "/v1/documents" and method == "POST":
            accepted.append(response.json()["id"])
            failures.extend(_check_stored_document(client, response.json()["id"], label))
    return failures, accepted


def _exports_work(client: TestClient, runtime: Runtime, document_ids: list[int]) -> list[str]:
    drain(runtime)
    failures = []
    for document_id in sorted(set(document_ids)):
        status = client.get(f"/v1/documents/{document_id}").json()["status"]
        if status != "done":
            failures.append(f"document {document_id} ended {status}")
        if client.get(f"/v1/documents/{document_id}/pairs").status_code != 200:
            failures.append(f"document {document_id}: pairs failed")
        for fmt in ("tmx", "tsv", "jsonl"):
            response = client.get(f"/v1/documents/{document_id}/export", params={"format": fmt})
            if response.status_code != 200:
                failures.append(f"document {document_id}: export {fmt} answered {response.status_code}")
            elif fmt == "tmx":
                etree.fromstring(response.content, etree.XMLParser(resolve_entities=False, no_network=True))
    return failures


def test_post_documents_json_and_uploads(client: TestClient, runtime: Runtime) -> None:
    requests = _json_texts("text") + _raw_bodies("text")
    requests += [(f"file:{name}", {"files": {"file": (filename, data, ctype)}})
                 for name, (filename, ctype, data) in FILES.items()]
    requests += [(f"multipart:{label}", kwargs) for label, kwargs in _huge_multipart(runtime)]
    failures, accepted = _run(client, runtime, "POST", "/v1/documents", "/v1/documents", requests)
    assert not Path("/tmp/transnorm-hostile-upload.txt").exists()
    assert accepted, "the corpus holds valid releases: some must be accepted"
    failures += _exports_work(client, runtime, accepted)
    assert not failures, "\n".join(failures)


def test_post_translate(client: TestClient, runtime: Runtime) -> None:
    requests = _json_texts("text") + _json_texts("text", {"source_lang": "de"}) + _raw_bodies("text")
    requests += [(f"list:{name}", {"json": {"text": [text, text]}}) for name, text in TEXTS.items()]
    requests += [
        ("list:200k-empty", {"json": {"text": [""] * 200_000, "source_lang": "de"}}),
        ("list:20k-short", {"json": {"text": ["Ja."] * 20_000, "source_lang": "de"}}),
        ("list:empty", {"json": {"text": []}}),
        ("source_lang:en", {"json": {"text": GERMAN, "source_lang": "en"}}),
        ("source_lang:xx", {"json": {"text": GERMAN, "source_lang": "xx"}}),
    ]
    failures, _ = _run(client, runtime, "POST", "/v1/translate", "/v1/translate", requests)
    assert not failures, "\n".join(failures)


def test_post_detect(client: TestClient, runtime: Runtime) -> None:
    requests = _json_texts("text") + _raw_bodies("text")
    failures, _ = _run(client, runtime, "POST", "/v1/detect", "/v1/detect", requests)
    assert not failures, "\n".join(failures)


def test_patch_pair(client: TestClient, runtime: Runtime) -> None:
    created = client.post("/v1/documents", json={"text": GERMAN, "source_lang": "de"})
    assert created.status_code in (201, 202)
    drain(runtime)
    pair_id = client.get(f"/v1/documents/{created.json()['id']}/pairs").json()["items"][0]["id"]
    requests = _json_texts("target") + _raw_bodies("target")
    url = f"/v1/pairs/{pair_id}"
    failures, _ = _run(client, runtime, "PATCH", "/v1/pairs/{pair_id}", url, requests)
    for revision in client.get(f"{url}/revisions").json():
        if "\x00" in revision["target"] or not revision["target"].strip():
            failures.append(f"revision {revision['revision']} stored an empty or NUL target")
    for fmt in ("tmx", "tsv", "jsonl"):
        if client.get("/v1/export", params={"format": fmt}).status_code != 200:
            failures.append(f"corpus export {fmt} failed after hostile corrections")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("document_id", ["-1", "0", "1e3", "99999999999999999999999", "%00", "1%2F..%2F2",
                                         "\u0661", "1 OR 1=1", "x" * 5000])
def test_delete_and_read_hostile_ids(client: TestClient, runtime: Runtime, document_id: str) -> None:
    for method, suffix in (("DELETE", ""), ("GET", ""), ("GET", "/pairs"), ("GET", "/export")):
        response = client.request(method, f"/v1/documents/{document_id}{suffix}")
        assert response.status_code in (404, 414, 422), (method, suffix, response.status_code, response.text[:200])
