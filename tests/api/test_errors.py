"""Bad input gets a documented problem document and leaves nothing stored."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from service.runtime import Runtime

FRENCH = (
    "Le président de la République a reçu mardi le ministre des Affaires étrangères pour évoquer la situation "
    "dans la région et les perspectives de paix. Les deux parties ont souligné l'importance du dialogue."
)


def _stored(runtime: Runtime) -> int:
    with runtime.engine.connect() as connection:
        return connection.execute(sa.text("SELECT count(*) FROM documents")).scalar_one()


def _assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"] and body["type"]
    return body


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"json": {"text": ""}}, 422),
        ({"json": {"text": "   \n\n  "}}, 422),
        ({"json": {"text": FRENCH}}, 422),
        ({"json": {"text": "Hallo", "source_lang": "fr"}}, 422),
        ({"json": {"txt": "typo"}}, 422),
        ({"json": {"text": 42}}, 422),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 422),
        ({"content": b"hello", "headers": {"content-type": "text/plain"}}, 415),
        ({"files": {"file": ("x.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "image/png")}}, 415),
        ({"files": {"file": ("x.bin", bytes(range(256)) * 8, "application/octet-stream")}}, 422),
        ({"files": {"file": ("x.txt", b"\xff\xfe\xfa" * 10 + b"\x00" * 50, "text/plain")}}, 422),
        ({"data": {"title": "no file"}, "files": {"other": ("a", b"b", "text/plain")}}, 422),
    ],
)
def test_rejected_documents_are_problems_and_not_stored(
    client: TestClient, runtime: Runtime, kwargs: dict, status: int
) -> None:
    body = _assert_problem(client.post("/v1/documents", **kwargs), status)
    assert _stored(runtime) == 0
    if kwargs.get("json", {}).get("text") == FRENCH:
        assert "fr" in body["detail"] and body["detected_language"] == "fr"


def test_too_large_is_413(client: TestClient, runtime: Runtime) -> None:
    limit = runtime.settings.max_document_bytes
    text = ("Das ist ein Satz. " * (limit // 18 + 10))[: limit + 100]
    _assert_problem(client.post("/v1/documents", json={"text": text}), 413)
    big_body = b'{"text": "' + b"a" * (runtime.settings.max_request_bytes + 10) + b'"}'
    _assert_problem(
        client.post("/v1/documents", content=big_body, headers={"content-type": "application/json"}), 413
    )
    assert _stored(runtime) == 0


def test_not_found_and_bad_ids(client: TestClient) -> None:
    _assert_problem(client.get("/v1/documents/12345"), 404)
    _assert_problem(client.get("/v1/documents/12345/pairs"), 404)
    _assert_problem(client.get("/v1/documents/12345/export"), 404)
    _assert_problem(client.get("/v1/documents/abc"), 422)
    _assert_problem(client.get("/v1/documents/0"), 422)
    _assert_problem(client.get("/v1/nothing-here"), 404)
    validation = _assert_problem(client.get("/v1/documents", params={"limit": 0}), 422)
    assert validation["errors"][0]["loc"][-1] == "limit"
