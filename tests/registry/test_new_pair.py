"""Adding a language is one entry in the registry: a third pair (fr→en, a tiny model) is then detected, served,
listed and exported without any other edit.

Runs in a child process: the registry is read when the app's schemas are built (the OpenAPI enums), so the pair
must be registered before anything imports the service, as a deployment's registry would be.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.support import REPO
from tests.tiny_marian import build_tiny_marian

FRENCH = (
    "Le ministre des Affaires étrangères a rencontré mardi son homologue à Paris. Les deux responsables ont "
    "discuté de la situation dans la région et de la coopération entre leurs pays. Ils se reverront au mois de "
    "décembre pour préparer le sommet."
)

CHILD = textwrap.dedent('''
    import json, sys
    import models.registry as registry
    registry.LANGUAGES["fr"] = registry.Language("fr", "French")
    registry.DEFAULT_MODELS["fr-en"] = registry.ModelSpec(
        "fr-en", "fr", "en", "Helsinki-NLP/opus-mt-fr-en", "0" * 40)

    from fastapi.testclient import TestClient
    from service.api.app import create_app
    from service.config import Settings
    from service.runtime import Runtime

    settings = Settings(workers=0, wait_seconds=0)
    runtime = Runtime.start(settings, workers=0)
    out = {}
    with TestClient(create_app(runtime=runtime)) as client:
        created = client.post("/v1/documents", json={"text": sys.argv[1]})
        out["status"] = created.status_code
        out["source_lang"] = created.json().get("source_lang")
        worker = runtime.new_worker()
        while worker.run_once():
            pass
        doc_id = created.json()["id"]
        out["pairs"] = [p["source_lang"] for p in client.get(f"/v1/documents/{doc_id}/pairs").json()["items"]]
        out["languages"] = {e["pair"]: e["loaded"] for e in client.get("/v1/languages").json()}
        out["detect"] = client.post("/v1/detect", json={"text": sys.argv[1]}).json()[0]["language"]
        out["tmx"] = client.get(f"/v1/documents/{doc_id}/export", params={"format": "tmx"}).text
        schema = client.get("/openapi.json").json()["components"]["schemas"]
        out["enum"] = schema["SourceLang"]["enum"]
        out["lt_languages"] = [e["code"] for e in client.get("/languages").json()]
    runtime.close()
    print(json.dumps(out))
''')


def test_a_third_pair_needs_only_a_registry_entry(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    french = build_tiny_marian(tmp_path / "fr-en", pair="fr-en")
    env = {
        **os.environ,
        "TRANSNORM_DATABASE_URL": f"sqlite:///{tmp_path / 'three.db'}",
        "TRANSNORM_MODELS_DIR": str(tmp_path / "store"),
        "TRANSNORM_MODEL_DE_EN": str(tiny_models["de-en"]),
        "TRANSNORM_MODEL_NL_EN": str(tiny_models["nl-en"]),
        "TRANSNORM_MODEL_FR_EN": str(french),
        "TRANSNORM_BACKEND": "transformers",
        "TRANSNORM_THREADS": "1",
        "TRANSNORM_OFFLINE": "1",
    }
    result = subprocess.run([sys.executable, "-c", CHILD, FRENCH], capture_output=True, text=True, env=env,
                            cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["status"] in (201, 202) and out["source_lang"] == "fr"
    assert out["detect"] == "fr"
    assert out["languages"] == {"de-en": True, "nl-en": True, "fr-en": True}
    assert out["pairs"] and set(out["pairs"]) == {"fr"}
    assert 'xml:lang="fr"' in out["tmx"] and "Paris" in out["tmx"]
    assert "fr" in out["enum"] and "fr" in out["lt_languages"]
