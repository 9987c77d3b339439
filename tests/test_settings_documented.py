"""Every setting is documented: each ``Settings`` field appears as ``POISE_<NAME>`` in the README."""

from __future__ import annotations

from pathlib import Path

from poise.settings import Settings

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_setting_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    names = [f"POISE_{name.upper()}" for name in Settings.model_fields]
    missing = [name for name in names if name not in text]
    assert not missing, f"document these settings in README.md: {missing}"
