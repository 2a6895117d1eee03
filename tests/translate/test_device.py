"""TRANSNORM_DEVICE: the choice of device, precision and batch budgets, tested with stand-in device counts (no GPU
is needed or used); ``cuda`` without a GPU stops start-up with one line naming the setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.cli import main
from service.config import Settings
from service.errors import ConfigurationError
from service.translation import device as device_module
from service.translation.device import (
    GPU_BATCH_TOKENS,
    GPU_MAX_BATCH_SENTENCES,
    batch_budget,
    ct2_compute_type,
    resolve_device,
    settings_device,
)
from service.translation.pool import ModelPool


@pytest.mark.parametrize(
    ("requested", "devices", "expected"),
    [("cpu", 0, "cpu"), ("cpu", 2, "cpu"), ("auto", 0, "cpu"), ("auto", 1, "cuda"), ("cuda", 1, "cuda")],
)
def test_resolve_device(requested: str, devices: int, expected: str) -> None:
    assert resolve_device(requested, devices) == expected


def test_cuda_without_a_gpu_names_the_setting() -> None:
    with pytest.raises(ConfigurationError, match="TRANSNORM_DEVICE=cuda"):
        resolve_device("cuda", 0)


def test_cpu_never_asks_the_libraries(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom() -> int:
        raise AssertionError("device count asked for TRANSNORM_DEVICE=cpu")

    monkeypatch.setattr(device_module, "cuda_device_count", boom)
    assert settings_device(Settings(device="cpu")) == "cpu"


def test_auto_follows_the_device_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(device_module, "cuda_device_count", lambda: 1)
    assert settings_device(Settings(device="auto")) == "cuda"
    monkeypatch.setattr(device_module, "cuda_device_count", lambda: 0)
    assert settings_device(Settings(device="auto")) == "cpu"


def test_this_machine_without_a_gpu_resolves_auto_to_cpu() -> None:
    # The real libraries: CI has no GPU (where one is present, this says cuda and the test is skipped).
    if device_module.cuda_device_count() > 0:
        pytest.skip("a CUDA device is visible")
    assert settings_device(Settings(device="auto")) == "cpu"


def test_compute_types() -> None:
    assert ct2_compute_type("cpu", "int8") == "default"
    assert ct2_compute_type("cpu", "float32") == "default"
    assert ct2_compute_type("cuda", "int8") == "int8_float16"
    assert ct2_compute_type("cuda", "int8_float32") == "int8_float16"
    assert ct2_compute_type("cuda", "float32") == "float16"


def test_gpu_batches_are_larger_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    assert batch_budget(Settings(), "cpu") == (2048, 64)
    assert batch_budget(Settings(), "cuda") == (GPU_BATCH_TOKENS, GPU_MAX_BATCH_SENTENCES)
    assert batch_budget(Settings(batch_tokens=1024), "cuda") == (1024, GPU_MAX_BATCH_SENTENCES)
    monkeypatch.setenv("TRANSNORM_MAX_BATCH_SENTENCES", "32")
    assert batch_budget(Settings(), "cuda") == (GPU_BATCH_TOKENS, 32)   # set in the environment counts as set


def test_pool_refuses_cuda_without_a_gpu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(device_module, "cuda_device_count", lambda: 0)
    with pytest.raises(ConfigurationError, match="TRANSNORM_DEVICE"):
        ModelPool(Settings(device="cuda"))


def test_serve_stops_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(device_module, "cuda_device_count", lambda: 0)
    monkeypatch.setenv("TRANSNORM_DEVICE", "cuda")
    monkeypatch.setenv("TRANSNORM_DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite'}")
    with pytest.raises(SystemExit) as exited:
        main(["serve"])
    assert exited.value.code == 3
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "TRANSNORM_DEVICE=cuda" in lines[0]
