"""/v1/translate under concurrent clients: every response is the one a lone request gets, in its own order."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from tests.translate.helpers import seed_sentences

GERMAN = seed_sentences("de")


def test_concurrent_requests_equal_sequential_ones(client: TestClient) -> None:
    requests = [{"text": GERMAN[i : i + 1 + i % 3], "source_lang": "de"} for i in range(10)]

    def post(body: dict) -> dict:
        response = client.post("/v1/translate", json=body)
        assert response.status_code == 200, response.text
        return dict(response.json())

    sequential = [post(body) for body in requests]
    with ThreadPoolExecutor(max_workers=8) as executor:
        concurrent = list(executor.map(post, requests))
    for body, alone, together in zip(requests, sequential, concurrent, strict=True):
        assert [t["source"] for t in together["translations"]] == body["text"]
        assert [(t["target"], t["flags"]) for t in together["translations"]] == [
            (t["target"], t["flags"]) for t in alone["translations"]
        ]
        assert [t["score"] for t in together["translations"]] == pytest.approx(
            [t["score"] for t in alone["translations"]], abs=1e-4
        )
