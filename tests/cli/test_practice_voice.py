"""`poise practice --voice`: typing when there is no microphone; recording through sounddevice's
stream interface (fed here by a stand-in device playing an espeak-ng answer) into the recogniser."""

from __future__ import annotations

import threading
import wave
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from tests.voice.espeak import ESPEAK, speak
from typer.testing import CliRunner

from poise.cli.app import app
from poise.cli.microphone import Microphone, find_microphone, record
from poise.services.spoken import transcribe_audio

runner = CliRunner()


def test_practice_voice_without_a_microphone_says_so_and_takes_typed_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if find_microphone()[0] is not None:
        pytest.skip("this machine has a microphone")
    monkeypatch.setenv("POISE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("POISE_DATABASE_URL", "")
    answer = "I led the move to a new system and we cut errors by a third within six months."
    result = runner.invoke(app, ["practice", "--format", "projective", "--seed", "1", "--voice"],
                           input=answer + "\n")
    said = " ".join(result.output.split())
    assert "Speaking is not possible here" in said and "Type your answers instead" in said
    assert "question 2 of 12" in said  # the typed answer was taken


class StandInDevice:
    """sounddevice's InputStream interface, playing a WAV's samples into the callback."""

    def __init__(self, samples: np.ndarray) -> None:
        self.samples = samples

    def InputStream(self, *, samplerate: int, channels: int, dtype: str, callback: Any) -> Any:
        samples = self.samples

        class Stream:
            def __enter__(self) -> Stream:
                def play() -> None:
                    for start in range(0, samples.size, 1600):
                        callback(samples[start:start + 1600].reshape(-1, 1), 1600, None, None)

                self.thread = threading.Thread(target=play)
                self.thread.start()
                return self

            def __exit__(self, *exc: object) -> None:
                self.thread.join()

        return Stream()


@pytest.mark.slow
@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed")
def test_a_recorded_answer_stops_after_silence_and_is_transcribed(tmp_path: Path) -> None:
    path = tmp_path / "answer.wav"
    speak("I rebuilt the schedule with the shift leads [um] and delivery reached 97%.", path)
    with wave.open(str(path)) as handle:
        rate = handle.getframerate()
        raw = np.frombuffer(handle.readframes(handle.getnframes()), dtype=np.int16)
    # The stand-in device delivers 16 kHz float samples, as the real stream is asked to.
    samples = np.interp(np.arange(0, raw.size, rate / 16_000), np.arange(raw.size), raw) / 32768
    audio, seconds = record(Microphone(StandInDevice(samples.astype(np.float32)), "stand-in"), silence_s=0.5)
    assert seconds == pytest.approx(raw.size / rate, abs=0.2)
    heard = transcribe_audio(audio).text().lower()
    assert "schedule" in heard and "shift leads" in heard and "97" in heard
