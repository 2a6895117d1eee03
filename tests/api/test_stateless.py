"""/v1/translate, /v1/detect, /v1/languages, /health, /ready, /metrics."""

from __future__ import annotations

from fastapi.testclient import TestClient

from service.runtime import Runtime

GERMAN = "Die Regierung prüft den Fall. Die Lage ist ruhig."


def test_translate_text_is_segmented_and_translated(client: TestClient, tiny_pool) -> None:
    response = client.post("/v1/translate", json={"text": GERMAN, "source_lang": "de"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["source_lang"] == "de" and body["target_lang"] == "en"
    assert [t["source"] for t in body["translations"]] == ["Die Regierung prüft den Fall.", "Die Lage ist ruhig."]
    direct = tiny_pool.get("de-en").translate(["Die Regierung prüft den Fall.", "Die Lage ist ruhig."])
    assert [t["target"] for t in body["translations"]] == [t.target for t in direct]


def test_translate_list_keeps_sentences_and_detects(client: TestClient) -> None:
    sentences = ["Het staatshoofd verklaarde dat.", "De president bevestigde dit."]
    body = client.post("/v1/translate", json={"text": sentences}).json()
    assert body["source_lang"] == "nl"
    assert [t["source"] for t in body["translations"]] == sentences


def test_translate_rejects_english_and_oversized(client: TestClient, runtime: Runtime) -> None:
    english = client.post("/v1/translate", json={"text": "The talks continue in Baku this week, officials said."})
    assert english.status_code == 422
    huge = client.post("/v1/translate", json={"text": "Satz. " * (runtime.settings.max_translate_chars // 6 + 5),
                                              "source_lang": "de"})
    assert huge.status_code == 413


def test_detect(client: TestClient) -> None:
    ranked = client.post("/v1/detect", json={"text": GERMAN}).json()
    assert ranked[0]["language"] == "de" and 0 < ranked[0]["confidence"] <= 1
    assert client.post("/v1/detect", json={"text": " "}).status_code == 422


def test_languages_ready_health_metrics(client: TestClient) -> None:
    languages = client.get("/v1/languages").json()
    assert {(entry["pair"], entry["loaded"]) for entry in languages} == {("de-en", True), ("nl-en", True)}
    assert client.get("/health").json() == {"status": "ok"}
    ready = client.get("/ready")
    assert ready.status_code == 200 and ready.json()["missing_models"] == []
    client.post("/v1/translate", json={"text": GERMAN, "source_lang": "de"})
    metrics = client.get("/metrics").text
    assert 'transnorm_http_requests_total{method="POST",route="/v1/translate",status="200"}' in metrics
    assert "transnorm_queue_depth" in metrics
