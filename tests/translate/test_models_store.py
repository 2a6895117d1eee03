"""The registry, the model store and `transnorm models …`, without any network."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

import models
from models import DEFAULT_MODELS, ModelNotAvailable, ModelStore, pair_for
from models.download import pull
from service.cli import model_cmds
from service.config import Settings, get_settings
from service.translation import ModelPool

REPO = Path(__file__).resolve().parents[2]

# What Helsinki-NLP publishes for these pairs (hub repository ids) and the commits the registry pins.
OPUS_MT = {
    "de-en": ("Helsinki-NLP/opus-mt-de-en", "1a922f3b32a8e809e17a47d4b32142d8105924e5"),
    "nl-en": ("Helsinki-NLP/opus-mt-nl-en", "48af999f2c59b10c05ca6e008dcedc07677a9b15"),
}


def cli() -> typer.Typer:
    app = typer.Typer()
    model_cmds.register(app)
    return app


def test_the_registry_serves_the_pinned_opus_mt_checkpoints_by_default(tmp_path: Path) -> None:
    assert {pair: (spec.model_id, spec.revision) for pair, spec in DEFAULT_MODELS.items()} == OPUS_MT
    settings = Settings(models_dir=tmp_path, model_de_en=None, model_nl_en=None)
    store = ModelStore(settings.models_dir)
    for pair, (model_id, revision) in OPUS_MT.items():
        resolved = store.resolve(pair, settings.model_override(pair))
        assert (resolved.model_id, resolved.revision, resolved.origin) == (model_id, revision, "registry")
        assert re.fullmatch(r"[0-9a-f]{40}", resolved.revision)
        assert resolved.checkpoint == tmp_path / pair / f"{model_id.replace('/', '--')}@{revision[:12]}"
        assert not resolved.installed
    status = {entry["pair"]: entry for entry in ModelPool(settings).status()}
    assert {pair: (s["model"], s["revision"]) for pair, s in status.items()} == OPUS_MT
    assert pair_for("de") == "de-en" and pair_for("nl") == "nl-en" and pair_for("en") is None


def test_models_package_imports_nothing_from_service() -> None:
    for path in (REPO / "models").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            assert not any(name.split(".")[0] == "service" for name in names), path


def test_a_missing_model_names_the_pair_and_the_fix(tmp_path: Path) -> None:
    resolved = ModelStore(tmp_path).resolve("de-en")
    with pytest.raises(ModelNotAvailable) as caught:
        resolved.require_checkpoint()
    message = str(caught.value)
    assert "\n" not in message
    assert "de-en" in message and "transnorm models pull de-en" in message and "TRANSNORM_MODEL_DE_EN" in message


def test_an_override_directory_that_is_not_a_model_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    for target in (tmp_path / "empty", tmp_path / "nowhere"):
        resolved = ModelStore(tmp_path / "store").resolve("nl-en", str(target))
        assert not resolved.installed
        assert "TRANSNORM_MODEL_NL_EN" in (resolved.problem or "") and "nl-en" in (resolved.problem or "")


def test_an_override_hub_id_is_looked_up_in_the_store_never_downloaded(tmp_path: Path) -> None:
    resolved = ModelStore(tmp_path).resolve("de-en", "someone/opus-mt-de-en-finetuned@abc123")
    assert (resolved.model_id, resolved.revision, resolved.origin) == (
        "someone/opus-mt-de-en-finetuned", "abc123", "override-hub",
    )
    assert not resolved.installed and "transnorm models pull de-en" in (resolved.problem or "")


def test_pull_offline_fails_fast_with_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_settings_cache: None
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSNORM_MODELS_DIR", str(tmp_path))
    monkeypatch.delenv("TRANSNORM_MODEL_DE_EN", raising=False)
    started = time.monotonic()
    result = CliRunner().invoke(cli(), ["models", "pull", "de-en"])
    assert time.monotonic() - started < 3
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "de-en" in lines[0] and "offline" in lines[0] and "TRANSNORM_MODEL_DE_EN" in lines[0]
    assert "Traceback" not in result.output
    assert not list(tmp_path.rglob("*.bin")) and not list(tmp_path.rglob("*.safetensors"))


def test_pull_offline_through_the_console_script(tmp_path: Path) -> None:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSNORM_MODELS_DIR": str(tmp_path)}
    env.pop("TRANSNORM_MODEL_NL_EN", None)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", "from service.cli import main; main(['models', 'pull', 'nl-en'])"],
        env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )
    assert time.monotonic() - started < 10   # interpreter start and imports included
    assert done.returncode == 3 and done.stdout == ""
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("transnorm: error: ") and "nl-en" in line and "offline" in line


def test_pull_when_the_hub_is_unreachable_fails_fast(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import huggingface_hub
    import requests

    def unreachable(*args: Any, **kwargs: Any) -> Any:
        raise requests.exceptions.ConnectionError("Failed to resolve 'huggingface.co'")

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(huggingface_hub.HfApi, "model_info", unreachable)
    store = ModelStore(tmp_path)
    with pytest.raises(ModelNotAvailable, match=r"cannot download Helsinki-NLP/opus-mt-nl-en.*unreachable"):
        pull(store, store.resolve("nl-en"))


def fake_hub(monkeypatch: pytest.MonkeyPatch, checkpoint: Path, calls: list[dict[str, Any]]) -> None:
    """Stand in for the hub: serve the tiny checkpoint's files under whatever id/revision is asked for."""
    import huggingface_hub

    files = [p.name for p in checkpoint.iterdir()] + ["tf_model.h5", "rust_model.ot"]

    def model_info(self: Any, repo_id: str, revision: str | None = None, **kwargs: Any) -> Any:
        calls.append({"call": "model_info", "repo_id": repo_id, "revision": revision})
        return SimpleNamespace(sha=revision, siblings=[SimpleNamespace(rfilename=name) for name in files])

    def snapshot_download(repo_id: str, *, revision: str, local_dir: Path, allow_patterns: list[str]) -> str:
        calls.append({"call": "snapshot_download", "repo_id": repo_id, "revision": revision, "files": allow_patterns})
        for name in allow_patterns:
            shutil.copy(checkpoint / name, Path(local_dir) / name)
        return str(local_dir)

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(huggingface_hub.HfApi, "model_info", model_info)
    monkeypatch.setattr(huggingface_hub, "snapshot_download", snapshot_download)


def test_pull_downloads_the_pinned_revision_once_and_serving_loads_it(
    tiny_models: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []
    fake_hub(monkeypatch, tiny_models["de-en"], calls)
    store = ModelStore(tmp_path)
    first = pull(store, store.resolve("de-en"), progress=False)
    assert first.downloaded
    model_id, revision = OPUS_MT["de-en"]
    assert [(c["call"], c["repo_id"], c["revision"]) for c in calls] == [
        ("model_info", model_id, revision), ("snapshot_download", model_id, revision),
    ]
    downloaded = calls[1]["files"]
    assert "model.safetensors" in downloaded and "tf_model.h5" not in downloaded and "rust_model.ot" not in downloaded

    again = pull(store, store.resolve("de-en"), progress=False)
    assert not again.downloaded and again.path == first.path and len(calls) == 2   # a no-op when present

    settings = Settings(models_dir=tmp_path, model_de_en=None, backend="transformers", threads=1)
    pool = ModelPool(settings, pairs=["de-en"])
    pool.load_available()
    translator = pool.get("de-en")
    assert (translator.model_id, translator.revision, translator.backend) == (model_id, revision, "transformers")
    assert translator.translate(["Der Präsident sagte das."])[0].target
    pool.close()


def test_models_list_shows_pairs_models_and_what_is_installed(
    tiny_models: dict[str, Path], ct2_store: Path, monkeypatch: pytest.MonkeyPatch, fresh_settings_cache: None
) -> None:
    monkeypatch.setenv("TRANSNORM_MODELS_DIR", str(ct2_store))
    monkeypatch.setenv("TRANSNORM_MODEL_DE_EN", str(tiny_models["de-en"]))
    monkeypatch.delenv("TRANSNORM_MODEL_NL_EN", raising=False)
    result = CliRunner().invoke(cli(), ["models", "list"])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line for line in result.stdout.splitlines()[1:] if line.split()[0] in DEFAULT_MODELS}
    assert "local dir" in rows["de-en"] and "transformers" in rows["de-en"] and "ctranslate2:int8" in rows["de-en"]
    assert "Helsinki-NLP/opus-mt-nl-en" in rows["nl-en"] and OPUS_MT["nl-en"][1][:12] in rows["nl-en"]
    assert " no " in rows["nl-en"]


def test_models_convert_writes_into_the_store(
    tiny_models: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_settings_cache: None
) -> None:
    monkeypatch.setenv("TRANSNORM_MODELS_DIR", str(tmp_path))
    monkeypatch.setenv("TRANSNORM_MODEL_NL_EN", str(tiny_models["nl-en"]))
    result = CliRunner().invoke(cli(), ["models", "convert", "nl-en", "--quantization", "int8"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "nl-en" / "ct2-int8"
    assert (out / "model.bin").is_file() and (out / "source.spm").is_file() and (out / "vocab.json").is_file()
    marker = models.store.read_marker(out)
    assert marker is not None and marker["window"] == 512 and marker["model_id"] == str(tiny_models["nl-en"])

    bad = CliRunner().invoke(cli(), ["models", "convert", "nl-en", "--quantization", "int4"])
    assert bad.exit_code == 2 and "int4" in bad.stderr
    monkeypatch.delenv("TRANSNORM_MODEL_NL_EN")
    get_settings.cache_clear()
    missing = CliRunner().invoke(cli(), ["models", "convert", "nl-en"])
    assert missing.exit_code == 3 and "transnorm models pull nl-en" in missing.stderr
