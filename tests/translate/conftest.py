"""Fixtures for the translation tests: settings pointing at the tiny models, and a CTranslate2 conversion."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.config import get_settings
from service.translation import load_translator
from service.translation.base import Translator
from tests.support import tiny_settings


@pytest.fixture(scope="session")
def ct2_store(tiny_models: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model store holding float32 and int8 CTranslate2 conversions of the tiny de-en model."""
    from models import ModelStore
    from models.convert import convert

    root = tmp_path_factory.mktemp("ct2-store")
    store = ModelStore(root)
    resolved = store.resolve("de-en", str(tiny_models["de-en"]))
    for quantization in ("float32", "int8"):
        convert(store, resolved, quantization)
    return root


@pytest.fixture(scope="session")
def marian_de(tiny_models: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Translator]:
    """The tiny de-en model on the transformers backend, loaded once."""
    translator = load_translator("de-en", tiny_settings(tiny_models, tmp_path_factory.mktemp("store")))
    yield translator
    translator.close()


@pytest.fixture(scope="session")
def ct2_de(tiny_models: dict[str, Path], ct2_store: Path) -> Iterator[Translator]:
    """The float32 conversion of the same weights on the CTranslate2 backend."""
    only_float32 = ct2_store.parent / (ct2_store.name + "-f32")
    if not only_float32.exists():
        shutil.copytree(ct2_store / "de-en" / "ct2-float32", only_float32 / "de-en" / "ct2-float32")
    translator = load_translator("de-en", tiny_settings(tiny_models, only_float32, backend="ctranslate2"))
    yield translator
    translator.close()


@pytest.fixture
def fresh_settings_cache() -> Iterator[None]:
    """Commands read ``get_settings()``; clear its cache around a test that changes the environment."""
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()
