"""Recordings of known answer texts made with espeak-ng, with "um"s and pauses at known places.

A script is plain text with two marks: ``[um]`` / ``[uh]`` (a filled pause, spoken) and
``[pause 2.5]`` (that many seconds of silence). ``speak`` writes the WAV and returns the truth:
the words, the fillers and the pauses in order.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

MARK = re.compile(r"\[(um|uh|pause (\d+(?:\.\d+)?))\]")
ESPEAK = shutil.which("espeak-ng")


@dataclass(frozen=True)
class Truth:
    """What a script says: its words without fillers, its fillers, its pauses (seconds)."""

    words: tuple[str, ...]
    fillers: int
    pauses: tuple[float, ...]


def truth(script: str) -> Truth:
    """The words, fillers and pauses a script contains."""
    fillers = 0
    pauses: list[float] = []
    for hit in MARK.finditer(script):
        if hit.group(2):
            pauses.append(float(hit.group(2)))
        else:
            fillers += 1
    plain = MARK.sub(" ", script)
    return Truth(tuple(plain.split()), fillers, tuple(pauses))


def ssml(script: str) -> str:
    """The script as SSML for espeak-ng: fillers spoken slowly as a word, pauses as breaks."""

    def mark(hit: re.Match[str]) -> str:
        if hit.group(2):
            return f'<break time="{int(float(hit.group(2)) * 1000)}ms"/>'
        sound = "umm" if hit.group(1) == "um" else "uh"
        return f'<break time="150ms"/><prosody rate="slow">{sound}</prosody><break time="250ms"/>'

    body = MARK.sub(mark, script.replace("&", "and"))
    return f"<speak>{body}</speak>"


def speak(script: str, path: Path, *, words_per_minute: int = 150, voice: str = "en-us") -> Truth:
    """Write the script as a 22 kHz mono WAV at ``path``; return what it says."""
    if ESPEAK is None:
        raise RuntimeError("espeak-ng is not installed: bash scripts/install.sh --test installs it")
    subprocess.run([ESPEAK, "-v", voice, "-s", str(words_per_minute), "-m", "-w", str(path), ssml(script)],
                   check=True, capture_output=True)
    return truth(script)


def word_error_rate(reference: list[str], hypothesis: list[str]) -> float:
    """Word-level Levenshtein distance over the reference length."""
    previous = list(range(len(hypothesis) + 1))
    for index, ref in enumerate(reference, start=1):
        current = [index] + [0] * len(hypothesis)
        for column, hyp in enumerate(hypothesis, start=1):
            cost = 0 if ref == hyp else 1
            current[column] = min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost)
        previous = current
    return previous[-1] / max(1, len(reference))


def normalise(words: list[str] | tuple[str, ...]) -> list[str]:
    """Lower case, no punctuation, numbers left as written (scripts spell them out).

    A per cent sign the recogniser writes apart ("80 %") or spells ("80 percent") is joined to its
    number, as standard word-error scoring does: which of the three a decoder emits depends on the
    CPU's instruction set, not on what it heard.
    """
    kept: list[str] = []
    for word in words:
        token = re.sub(r"[^\w%']", "", word.lower())
        if token in {"%", "percent"} and kept and kept[-1].isdigit():
            kept[-1] += "%"
        elif token:
            kept.append(token)
    return kept
