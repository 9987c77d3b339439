"""Settings read ``POISE_*`` from the environment once, in the model itself; arguments win."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from poise.settings import Settings, from_environment


def test_settings_read_environment_when_set(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("POISE_PORT", "9001")
    monkeypatch.setenv("POISE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("POISE_MODE", "organisation")
    settings = Settings()
    assert settings.port == 9001
    assert settings.data_dir == tmp_path
    assert settings.organisation


def test_settings_names_match_in_any_case(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("poise_host", "0.0.0.0")
    assert Settings().host == "0.0.0.0"


def test_settings_arguments_win_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POISE_PORT", "9001")
    monkeypatch.setenv("POISE_HOST", "::1")
    settings = Settings(port=8123)
    assert settings.port == 8123
    assert settings.host == "::1"


def test_settings_defaults_when_environment_is_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in Settings.model_fields:
        monkeypatch.delenv(f"POISE_{name.upper()}", raising=False)
    settings = Settings()
    assert settings.port == 8000
    assert settings.onnx_threads is None
    assert settings.mode == "personal"


@pytest.mark.parametrize(("name", "value"), [("POISE_PORT", "eighty"), ("POISE_SESSION_HOURS", "0"),
                                             ("POISE_MODE", "team"), ("POISE_ONNX_THREADS", "")])
def test_settings_refuse_a_bad_value_naming_the_field(monkeypatch: pytest.MonkeyPatch, name: str,
                                                      value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError) as raised:
        Settings()
    assert name.removeprefix("POISE_").lower() in str(raised.value)


def test_from_environment_ignores_other_variables() -> None:
    found = from_environment({"port": None, "host": None},
                             {"POISE_PORT": "1", "PORT": "2", "POISE_PORTS": "3", "HOME": "/"})
    assert found == {"port": "1"}


def test_settings_are_frozen() -> None:
    with pytest.raises(ValidationError):
        Settings().port = 1  # type: ignore[misc]
