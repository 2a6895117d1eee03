"""Settings: every one documented in the README, wrong values refused at start-up with the variable's name."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from service.config import Settings
from tests.support import REPO


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [name for name in Settings.model_fields if f"TRANSNORM_{name.upper()}" not in readme]
    assert not missing, f"settings missing from README.md: {missing}"


def test_settings_read_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRANSNORM_WORKERS", "3")
    monkeypatch.setenv("TRANSNORM_MODEL_DE_EN", "/models/de-en")
    settings = Settings()
    assert settings.workers == 3
    assert settings.model_override("de-en") == "/models/de-en"
    assert settings.model_override("nl-en") is None


@pytest.mark.parametrize(("name", "value"), [("WORKERS", "-1"), ("BACKEND", "tensorrt"), ("PORT", "70000")])
def test_wrong_values_fail_with_the_variable_name(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(f"TRANSNORM_{name}", value)
    with pytest.raises(ValidationError) as caught:
        Settings()
    assert name.lower() in str(caught.value)


def test_cli_names_a_wrong_setting_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from service.cli import main

    monkeypatch.setenv("TRANSNORM_WORKERS", "many")
    with pytest.raises(SystemExit) as caught:
        main(["db", "current"])
    assert caught.value.code == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "TRANSNORM_WORKERS" in err
