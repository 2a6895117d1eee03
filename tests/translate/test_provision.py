"""First start: missing models are pulled and converted before serving, unless TRANSNORM_OFFLINE forbids it."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from models import ModelStore, ResolvedModel
from models.download import PullResult
from models.errors import ModelNotAvailable
from models.store import write_marker
from service.config import Settings
from service.translation.provision import provision_models


def copying_puller(sources: dict[str, Path], calls: list[str]):
    """A stand-in for the hub download: copies a tiny checkpoint where the pull would have put it."""

    def pull(store: ModelStore, resolved: ResolvedModel) -> PullResult:
        calls.append(resolved.pair)
        shutil.copytree(sources[resolved.pair], resolved.checkpoint)
        write_marker(resolved.checkpoint, {"model_id": resolved.model_id, "revision": resolved.revision,
                                           "pair": resolved.pair})
        return PullResult(resolved.pair, resolved.checkpoint, downloaded=True)

    return pull


def test_missing_models_are_pulled_and_converted(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    settings = Settings(models_dir=tmp_path / "store", backend="auto")
    calls: list[str] = []
    results = provision_models(settings, puller=copying_puller(tiny_models, calls))
    assert calls == ["de-en", "nl-en"]
    assert [(r.pair, r.pulled, r.converted, r.error) for r in results] == [
        ("de-en", True, True, None), ("nl-en", True, True, None)
    ]
    resolved = ModelStore(settings.models_dir).resolve("de-en", None)
    assert resolved.installed and "int8" in resolved.conversions
    # A second start finds everything and does nothing.
    assert provision_models(settings, puller=copying_puller(tiny_models, calls)) == []
    assert calls == ["de-en", "nl-en"]


def test_offline_never_pulls_and_says_how_to_get_the_model(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[str] = []
    settings = Settings(models_dir=tmp_path / "store", offline=True)
    with caplog.at_level(logging.WARNING, logger="transnorm.models"):
        results = provision_models(settings, puller=copying_puller({}, calls))
    assert calls == []
    assert [r.error for r in results] == ["offline", "offline"]
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 2 and "transnorm models pull de-en" in lines[0] and "TRANSNORM_MODEL_DE_EN" in lines[0]


def test_a_failed_pull_is_one_log_line_and_the_next_pair_is_tried(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def failing(store: ModelStore, resolved: ResolvedModel) -> PullResult:
        raise ModelNotAvailable(f"cannot download {resolved.pair}: the hub is unreachable", pair=resolved.pair)

    with caplog.at_level(logging.WARNING, logger="transnorm.models"):
        results = provision_models(Settings(models_dir=tmp_path / "store"), puller=failing)
    assert [r.pair for r in results] == ["de-en", "nl-en"]
    assert all(r.error and "unreachable" in r.error for r in results)
    assert len([r for r in caplog.records if r.levelno >= logging.WARNING]) == 2


def test_override_directories_are_never_pulled(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    settings = Settings(models_dir=tmp_path, model_de_en=str(tiny_models["de-en"]),
                        model_nl_en=str(tiny_models["nl-en"]))
    assert provision_models(settings, puller=copying_puller({}, [])) == []


def test_a_read_only_store_is_served_as_it_is(
    tiny_models: dict[str, Path], tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store mounted read-only (the container's /models) holds checkpoints without conversions: start-up
    says so once per pair and goes on, instead of failing. (The tests run as root, which no chmod stops, so the
    read-only file system is the converter's own error.)"""
    import errno

    from service.translation import provision

    settings = Settings(models_dir=tmp_path / "store", backend="transformers")
    provision_models(settings, puller=copying_puller(tiny_models, []))   # checkpoints only, as mounted

    def read_only(*_args: object, **_kwargs: object) -> Path:
        raise OSError(errno.EROFS, "Read-only file system", str(settings.models_dir))

    monkeypatch.setattr(provision, "convert", read_only)
    with caplog.at_level(logging.WARNING, logger="transnorm.models"):
        results = provision_models(settings.model_copy(update={"backend": "auto"}))
    assert [(r.pair, r.converted) for r in results] == [("de-en", False), ("nl-en", False)]
    assert all(r.error and "Read-only" in r.error for r in results)
    assert len([r for r in caplog.records if r.levelno >= logging.WARNING]) == 2
