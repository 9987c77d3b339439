"""The timed transcript a recogniser hands the core, and the delivery report measured from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Word:
    """One recognised word (with its punctuation), when it was said and how sure the recogniser is."""

    text: str
    start: float
    end: float
    probability: float = 1.0


@dataclass(frozen=True)
class Span:
    """A stretch of time in seconds: voiced audio, a silence, a window."""

    start: float
    end: float

    @property
    def length(self) -> float:
        """Its duration in seconds."""
        return self.end - self.start


@dataclass(frozen=True)
class Recording:
    """What the recogniser heard: words with times, the voiced stretches, the whole duration."""

    words: tuple[Word, ...]
    speech: tuple[Span, ...]
    duration: float

    def text(self) -> str:
        """The transcript as one line of text (words joined by single spaces)."""
        return " ".join(word.text.strip() for word in self.words if word.text.strip())

    def offsets(self) -> list[tuple[int, int]]:
        """Each kept word's (start, end) character offsets in ``text()``, in word order."""
        spans: list[tuple[int, int]] = []
        position = 0
        for word in self.words:
            token = word.text.strip()
            if not token:
                spans.append((position, position))
                continue
            if spans and position > 0:
                position += 1
            spans.append((position, position + len(token)))
            position += len(token)
        return spans


@dataclass(frozen=True)
class DeliveryFinding:
    """One point about how the answer sounded: when, which words, why it matters, what to do."""

    id: str
    severity: str
    message: str
    why: str
    fix: str
    source: str
    at: float | None = None
    quote: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "severity": self.severity, "message": self.message, "why": self.why,
                "fix": self.fix, "source": self.source, "at": _round(self.at), "quote": self.quote}


@dataclass(frozen=True)
class Mark:
    """A moment on the timeline: a filled pause, a verbal filler or hedge, a silence."""

    kind: str
    start: float
    end: float
    quote: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": _round(self.start), "end": _round(self.end),
                "quote": self.quote}


@dataclass(frozen=True)
class PaceWindow:
    """The pace over one window of the answer, and whether it is in the comfortable band."""

    start: float
    end: float
    words: int
    wpm: int
    state: str  # "slow", "ok", "fast" or "unjudged" (too few words to judge)

    def to_dict(self) -> dict[str, Any]:
        return {"start": _round(self.start), "end": _round(self.end), "words": self.words,
                "wpm": self.wpm, "state": self.state}


@dataclass(frozen=True)
class DeliveryReport:
    """Everything measured about how an answer was spoken."""

    duration: float
    speaking_time: float
    words: int
    wpm: int
    pace_band: tuple[int, int]
    filled_pauses: int
    filled_per_minute: float
    verbal_fillers: int
    time_limit: int
    windows: tuple[PaceWindow, ...]
    marks: tuple[Mark, ...]
    findings: tuple[DeliveryFinding, ...]
    low_confidence: tuple[int, ...] = field(default=())
    """Indexes (in the recording's words) of words the recogniser was unsure of."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "duration": _round(self.duration),
            "speaking_time": _round(self.speaking_time),
            "words": self.words,
            "wpm": self.wpm,
            "pace_band": list(self.pace_band),
            "filled_pauses": self.filled_pauses,
            "filled_per_minute": self.filled_per_minute,
            "verbal_fillers": self.verbal_fillers,
            "time_limit": self.time_limit,
            "windows": [window.to_dict() for window in self.windows],
            "marks": [mark.to_dict() for mark in self.marks],
            "findings": [finding.to_dict() for finding in self.findings],
            "low_confidence": list(self.low_confidence),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def clock(seconds: float) -> str:
    """0:07, 1:42: a time in the recording as people read it."""
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
