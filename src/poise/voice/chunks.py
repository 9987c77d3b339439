"""Cut a recording into pieces for the recogniser at the pauses between voiced stretches.

Whisper reads 30 seconds at a time and keeps the hesitation-friendly prompt only for the first
window it reads, so Poise gives it pieces of at most ``MAX_PIECE_S`` seconds, each cut in a
silence, each with the prompt. The same cut lets a recording be transcribed while it is still
being made: a piece is ready once a pause follows it.
"""

from __future__ import annotations

from poise.voice.model import Span

MAX_PIECE_S = 28.0
PAD_S = 0.2


def pieces(speech: tuple[Span, ...] | list[Span], *, max_s: float = MAX_PIECE_S) -> list[Span]:
    """Consecutive voiced stretches grouped into pieces no longer than ``max_s`` (a single
    stretch longer than that is cut into equal parts)."""
    result: list[Span] = []
    current: Span | None = None
    for span in speech:
        for part in _split(span, max_s):
            if current is not None and part.end - current.start <= max_s:
                current = Span(current.start, part.end)
            else:
                if current is not None:
                    result.append(current)
                current = part
    if current is not None:
        result.append(current)
    return result


def _split(span: Span, max_s: float) -> list[Span]:
    if span.length <= max_s:
        return [span]
    count = int(span.length // max_s) + 1
    step = span.length / count
    return [Span(span.start + index * step, span.start + (index + 1) * step) for index in range(count)]


def settled(speech: tuple[Span, ...] | list[Span], *, heard_until: float, quiet_s: float = 0.6) -> float:
    """How far into a recording still being made the pieces are final: the end of the last voiced
    stretch followed by at least ``quiet_s`` of silence before ``heard_until``."""
    last = 0.0
    for span in speech:
        if span.end + quiet_s <= heard_until:
            last = span.end
    return last
