"""ModelPool: loads what is there, explains what is not, retries, hands out thread-safe translators."""

from __future__ import annotations

import logging
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from service.config import Settings
from service.errors import ModelUnavailableError
from service.translation import ModelPool
from tests.support import tiny_settings
from tests.translate.helpers import seed_sentences


def test_missing_models_are_reported_not_raised_and_never_faked(tmp_path: Path) -> None:
    pool = ModelPool(Settings(models_dir=tmp_path, model_de_en=None, model_nl_en=None))
    pool.load_available()   # nothing installed: no exception
    status = {entry["pair"]: entry for entry in pool.status()}
    assert set(status) == {"de-en", "nl-en"}
    for pair, entry in status.items():
        assert entry["loaded"] is False
        assert pair in entry["error"] and f"transnorm models pull {pair}" in entry["error"]
        assert entry["source_lang"] == pair[:2] and entry["target_lang"] == "en"
    with pytest.raises(ModelUnavailableError) as caught:
        pool.get("de-en")
    assert caught.value.status_code == 503
    assert caught.value.detail == status["de-en"]["error"]
    assert "\n" not in caught.value.detail and "TRANSNORM_MODEL_DE_EN" in caught.value.detail
    with pytest.raises(ModelUnavailableError, match="fr-en"):
        pool.get("fr-en")
    assert not pool.is_loaded("de-en")


def test_a_missing_model_is_logged_once_however_often_it_is_retried(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pool = ModelPool(Settings(models_dir=tmp_path, model_de_en=None, model_nl_en=None), pairs=["de-en"])
    with caplog.at_level(logging.DEBUG, logger="service.translation.pool"):
        pool.load_available()
        for _ in range(5):
            assert pool.retry_missing() == []
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "de-en" in r.getMessage()]
    assert len(warnings) == 1


def test_loads_available_pairs_and_reports_them(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    pool = ModelPool(tiny_settings(tiny_models, tmp_path, model_nl_en=None))
    pool.load_available()
    status = {entry["pair"]: entry for entry in pool.status()}
    assert status["de-en"] == {
        "pair": "de-en", "source_lang": "de", "target_lang": "en", "model": str(tiny_models["de-en"].resolve()),
        "revision": "local", "backend": "transformers", "loaded": True, "error": None,
    }
    assert status["nl-en"]["loaded"] is False and "nl-en" in status["nl-en"]["error"]
    assert pool.is_loaded("de-en") and pool.get("de-en") is pool.get("de-en")
    assert (pool.pair_for("de"), pool.pair_for("nl"), pool.pair_for("en")) == ("de-en", "nl-en", None)
    pool.close()
    assert not pool.is_loaded("de-en")


def test_retry_missing_picks_up_a_model_installed_later(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    later = tmp_path / "arrives-later"
    pool = ModelPool(tiny_settings(tiny_models, tmp_path / "store", model_nl_en=str(later)), pairs=["nl-en"])
    pool.load_available()
    assert not pool.is_loaded("nl-en") and str(later) in pool.status()[0]["error"]
    assert pool.retry_missing() == []
    shutil.copytree(tiny_models["nl-en"], later)
    assert pool.retry_missing() == ["nl-en"]
    assert pool.status()[0]["loaded"] and pool.status()[0]["error"] is None
    assert pool.get("nl-en").translate(["De president heeft gebeld."])[0].target
    assert pool.retry_missing() == []
    pool.close()


def test_a_corrupt_model_is_one_line_naming_the_pair(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(tiny_models["de-en"], broken)
    (broken / "model.safetensors").write_bytes(b"not a safetensors file")
    pool = ModelPool(tiny_settings(tiny_models, tmp_path / "store", model_de_en=str(broken)), pairs=["de-en"])
    pool.load_available()
    [entry] = pool.status()
    assert not entry["loaded"] and "de-en" in entry["error"] and "\n" not in entry["error"]


def test_concurrent_translate_calls_give_the_sequential_results(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    pool = ModelPool(tiny_settings(tiny_models, tmp_path), pairs=["de-en"])
    translator = pool.get("de-en")   # loaded on first use
    groups = [seed_sentences("de")[i : i + 3] for i in range(0, 12, 3)]
    sequential = [translator.translate(group) for group in groups]
    with ThreadPoolExecutor(max_workers=4) as executor:
        concurrent = list(executor.map(translator.translate, groups))
    assert concurrent == sequential
    pool.close()
