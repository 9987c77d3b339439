"""The real recogniser on espeak-ng recordings of known texts (no mocks): words, fillers, pauses,
and every kind of unusable recording refused with a clear message."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest
from tests.voice.espeak import ESPEAK, normalise, speak, word_error_rate

from poise.errors import AudioError
from poise.services.analysis import analyse_answer
from poise.services.spoken import analyse_spoken, transcribe_audio

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed (scripts/install.sh --test)"),
]

TRUTH = ("When I took over the plant on time delivery was at 80% I met every shift lead and we rebuilt "
         "the weekly schedule together Within six months we reached 97% and kept it there for a year")
SCRIPT = ("When I took over the plant [um] on time delivery was at 80%. [pause 2] I met every shift "
          "lead and [uh] we rebuilt the weekly schedule together. [um] Within six months we "
          "reached 97% and kept it there for a year.")


FILLERS = {"um", "umm", "uh", "uhh", "erm", "er"}


def write_wav(path: Path, samples: np.ndarray, rate: int = 16_000) -> Path:
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes(samples.astype(np.int16).tobytes())
    return path


@pytest.fixture(scope="module")
def spoken_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("voice") / "answer.wav"
    speak(SCRIPT, path)
    return path


def test_a_known_text_is_transcribed_with_its_fillers(spoken_file: Path) -> None:
    recording = transcribe_audio(spoken_file)
    heard = normalise(recording.text().split())
    fillers = [word for word in heard if word in {"um", "umm", "uh", "uhh", "erm"}]
    words = [word for word in heard if word not in {"um", "umm", "uh", "uhh", "erm"}]
    truth = normalise(TRUTH.split())
    assert word_error_rate(truth, words) <= 0.25
    assert len(fillers) >= 2
    assert all(0.0 <= word.start <= word.end <= recording.duration + 0.5 for word in recording.words)


def test_the_spoken_answer_gets_delivery_and_content_reports(spoken_file: Path) -> None:
    spoken = analyse_spoken(spoken_file, "Tell me about a turnaround you led.")
    assert spoken.report is not None and spoken.report.answer == spoken.transcript
    delivery = spoken.delivery
    assert 90 <= delivery.wpm <= 170
    assert delivery.filled_pauses >= 2
    pauses = [mark for mark in delivery.marks if mark.kind in {"pause", "stall"}]
    assert any(1.5 <= mark.end - mark.start <= 2.6 for mark in pauses)  # the 2 s pause after "80%."
    assert spoken.to_dict()["delivery"]["windows"]


def test_spoken_fillers_never_cost_evidence() -> None:
    plain = ("When I took over the plant, on-time delivery was at 80%. I met every shift lead and we "
             "rebuilt the weekly schedule together. Within six months we reached 97%.")
    with_fillers = ("When I took over the plant, um, on-time delivery was at 80%. I met every shift lead "
                    "and, uh, we rebuilt the weekly schedule together. Um, within six months we reached 97%.")
    clean = analyse_answer("Tell me about a turnaround you led.", plain)
    filled = analyse_answer("Tell me about a turnaround you led.", with_fillers)
    assert filled.dimension("evidence").score == clean.dimension("evidence").score
    assert "delivery.fillers" in filled.rules_fired()
    dimensions = {finding.dimension for finding in filled.findings if finding.rule == "delivery.fillers"}
    assert dimensions == {"concision"}


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("silence", "No speech was heard"),
        ("noise", "No speech was heard"),
        ("empty", "empty (0 bytes)"),
        ("program", "not a recording Poise can read"),
        ("german", "could not be understood as English"),
        ("too_long", "longer than 10 minutes"),
    ],
)
def test_unusable_recordings_are_refused_clearly(tmp_path: Path, name: str, message: str) -> None:
    rng = np.random.default_rng(7)
    path = tmp_path / f"{name}.wav"
    if name == "silence":
        write_wav(path, np.zeros(16_000 * 5))
    elif name == "noise":
        write_wav(path, np.clip(rng.normal(0, 9000, 16_000 * 5), -32767, 32767))
    elif name == "empty":
        path.write_bytes(b"")
    elif name == "program":
        path.write_bytes(Path("/bin/ls").read_bytes()[:200_000])
    elif name == "german":
        speak("Als ich die Leitung des Werkes übernahm, lag die Liefertreue bei achtzig Prozent. Ich habe "
              "mit jedem Schichtleiter gesprochen und wir haben den Plan gemeinsam neu aufgebaut.",
              path, voice="de")
    else:
        write_wav(path, np.zeros(8_000 * 60 * 11), rate=8_000)  # 11 minutes, 10.6 MB
    with pytest.raises(AudioError) as caught:
        transcribe_audio(path)
    assert message in caught.value.message
    assert caught.value.hint


def test_a_recording_fed_while_it_is_made_gives_the_same_transcript(tmp_path: Path) -> None:
    from poise.content.loader import knowledge_base
    from poise.services.speech import SAMPLE_RATE, LiveTranscript, decode

    path = tmp_path / "long.wav"
    speak(SCRIPT + " [pause 1.5] " + SCRIPT.replace("80%", "75%"), path)
    voice = knowledge_base().voice
    assert voice is not None
    samples = decode(path, voice)
    whole = LiveTranscript(voice).finish(samples)
    live = LiveTranscript(voice)
    for until in range(5, int(samples.size / SAMPLE_RATE), 5):
        live.feed(samples[: until * SAMPLE_RATE])
    assert live.done_until > 5  # pieces were transcribed before the end
    fed = live.finish(samples)
    truth = normalise((TRUTH + " " + TRUTH.replace("80%", "75%")).replace("%", " %").split())

    def error(text: str) -> float:
        heard = [word for word in normalise(text.replace("%", " %").split()) if word not in FILLERS]
        return word_error_rate(truth, heard)

    assert error(fed.text()) <= max(0.3, error(whole.text()) + 0.05)
    assert len(fed.speech) >= 2
