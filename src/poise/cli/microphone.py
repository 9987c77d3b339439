"""Recording an answer from the default microphone in the terminal (sounddevice over PortAudio).

sounddevice is imported only here and only when asked for, so a machine without PortAudio or a
microphone runs everything else, and ``poise practice --voice`` falls back to typing.
"""

from __future__ import annotations

import io
import select
import sys
import time
import wave
from dataclasses import dataclass
from typing import Any

import numpy as np

SAMPLE_RATE = 16_000
LOUD = 0.02
MAX_SECONDS = 600


@dataclass(frozen=True)
class Microphone:
    """The sounddevice module and the default input device's name."""

    sd: Any
    name: str


def find_microphone() -> tuple[Microphone | None, str]:
    """The default microphone, or None and the reason there is none."""
    try:
        import sounddevice as sd
    except (ImportError, OSError) as exc:
        return None, (f"recording needs PortAudio, which is not installed ({exc}); on Debian: "
                      "apt-get install libportaudio2")
    try:
        device = sd.query_devices(kind="input")
    except Exception as exc:  # PortAudio reports a missing device in several ways
        return None, f"no microphone was found ({exc})"
    return Microphone(sd, str(device.get("name", "default microphone"))), ""


def wav_bytes(samples: np.ndarray, rate: int = SAMPLE_RATE) -> bytes:
    """16-bit mono WAV bytes of float samples in [-1, 1]."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes((np.clip(samples, -1, 1) * 32767).astype(np.int16).tobytes())
    return buffer.getvalue()


def _enter_pressed(wait: float) -> bool:
    """True (and the line read) when Enter was pressed within ``wait`` seconds; standard input
    that is not a terminal or pipe (a test runner's) only waits."""
    try:
        ready, _, _ = select.select([sys.stdin], [], [], wait)
    except (OSError, ValueError, TypeError):
        time.sleep(wait)
        return False
    if ready:
        sys.stdin.readline()
        return True
    return False


def record(microphone: Microphone, *, silence_s: float = 4.0, on_tick: Any = None) -> tuple[bytes, float]:
    """Record until Enter, or ``silence_s`` of quiet after some speech; the WAV and its length."""
    blocks: list[np.ndarray] = []
    state = {"heard": False, "quiet_since": time.monotonic()}

    def callback(data: np.ndarray, frames: int, when: Any, status: Any) -> None:
        block = data[:, 0].copy()
        blocks.append(block)
        if float(np.sqrt(np.mean(block**2))) > LOUD:
            state["heard"] = True
            state["quiet_since"] = time.monotonic()

    started = time.monotonic()
    with microphone.sd.InputStream(samplerate=SAMPLE_RATE, channels=1, dtype="float32", callback=callback):
        while True:
            elapsed = time.monotonic() - started
            if on_tick is not None:
                on_tick(elapsed)
            if _enter_pressed(0.2):
                break
            if state["heard"] and time.monotonic() - float(state["quiet_since"]) > silence_s:
                break
            if elapsed > MAX_SECONDS:
                break
    samples = np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.float32)
    return wav_bytes(samples), samples.size / SAMPLE_RATE
