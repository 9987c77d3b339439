"""`poise analyze --audio`: a real recording through the CLI, as text and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.voice.espeak import ESPEAK, speak
from typer.testing import CliRunner

from poise.cli.app import app

runner = CliRunner()
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed")]


def test_analyze_audio_prints_transcript_delivery_and_content(tmp_path: Path) -> None:
    path = tmp_path / "answer.wav"
    speak("I led the move to a new warehouse system. [um] [uh] [um] I trained forty people and we "
          "went live in March. Picking errors fell by a third.", path)
    question = "Tell me about a change you led."
    result = runner.invoke(app, ["analyze", "--audio", str(path), "--question", question])
    assert result.exit_code == 0, result.output
    assert "Transcript" in result.output and "Delivery" in result.output
    assert "words a minute" in result.output and "Dimensions" in result.output
    as_json = runner.invoke(app, ["analyze", "--audio", str(path), "--json"])
    data = json.loads(as_json.stdout)
    assert data["transcript"] and data["delivery"]["wpm"] > 0 and data["report"]["overall"] >= 0
    assert data["delivery"]["filled_pauses"] >= 2


def test_analyze_audio_refuses_a_file_that_is_not_audio(tmp_path: Path) -> None:
    path = tmp_path / "answer.webm"
    path.write_bytes(b"MZ" + b"\0" * 5000)
    result = runner.invoke(app, ["analyze", "--audio", str(path)])
    assert result.exit_code == 2
    assert "not a recording Poise can read" in result.output
