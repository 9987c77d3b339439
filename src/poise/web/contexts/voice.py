"""The spoken-answer fragment: the transcript with unsure words marked, the delivery findings and
the timeline strip (drawn as SVG geometry, so no inline style is needed under the CSP)."""

from __future__ import annotations

from dataclasses import dataclass

from poise.voice import DeliveryReport, Recording
from poise.voice.model import clock

STRIP_WIDTH = 1000
MARK_LABELS = {"filled_pause": "Filled pause", "filler": "Verbal filler", "hedge": "Hedge",
               "stall": "Stall mid-sentence", "pause": "Pause between sentences",
               "thinking": "Thinking before you start"}
PACE_LABELS = {"slow": "slow", "fast": "fast", "ok": "comfortable", "unjudged": "too short to judge"}


@dataclass(frozen=True)
class Token:
    """One word of the transcript, marked when the recogniser was unsure of it."""

    text: str
    unsure: bool


@dataclass(frozen=True)
class Bar:
    """A rectangle (or tick) on the timeline strip, in strip units, with its hover title."""

    kind: str
    x: float
    width: float
    title: str


@dataclass(frozen=True)
class FindingView:
    """One delivery finding as the page shows it."""

    id: str
    severity: str
    message: str
    why: str
    fix: str
    source: str
    at: str
    quote: str


@dataclass(frozen=True)
class SpokenView:
    """Everything the spoken-answer fragment shows."""

    transcript: str
    tokens: tuple[Token, ...]
    unsure: int
    duration: str
    limit: str
    wpm: int
    band: str
    filled: int
    filled_rate: float
    verbal: int
    findings: tuple[FindingView, ...]
    voice: tuple[Bar, ...]
    marks: tuple[Bar, ...]
    pace: tuple[Bar, ...]
    ticks: tuple[str, ...]
    """Times under the strip, evenly spaced from the start to the end of the recording."""
    kept: bool


def spoken_view(recording: Recording, delivery: DeliveryReport, *, kept: bool) -> SpokenView:
    """The fragment's view of a transcribed, measured recording."""
    unsure = set(delivery.low_confidence)
    tokens = tuple(Token(word.text.strip(), index in unsure)
                   for index, word in enumerate(recording.words) if word.text.strip())
    total = max(recording.duration, 1.0)
    scale = STRIP_WIDTH / total

    def bar(kind: str, start: float, end: float, title: str, *, least: float = 2.0) -> Bar:
        return Bar(kind, round(start * scale, 1), round(max((end - start) * scale, least), 1), title)

    voice = tuple(bar("voice", span.start, span.end, f"Speaking {clock(span.start)}–{clock(span.end)}")
                  for span in recording.speech)
    marks = tuple(
        bar(mark.kind, mark.start, mark.end,
            f"{MARK_LABELS.get(mark.kind, mark.kind)} at {clock(mark.start)}"
            + (f": “{mark.quote}”" if mark.quote else "")
            + (f" ({mark.end - mark.start:.1f} s)" if mark.kind in {"stall", "pause", "thinking"} else ""),
            least=3.0)
        for mark in delivery.marks)
    pace = tuple(bar(f"pace-{window.state}", window.start, window.end,
                     f"{clock(window.start)}–{clock(window.end)}: {window.wpm} words a minute, "
                     f"{PACE_LABELS[window.state]}", least=1.0)
                 for window in delivery.windows)
    ticks = tuple(clock(total * part / 4) for part in range(5))
    findings = tuple(
        FindingView(item.id, item.severity, item.message, item.why, item.fix, item.source,
                    clock(item.at) if item.at is not None else "", item.quote)
        for item in delivery.findings)
    low, high = delivery.pace_band
    return SpokenView(
        transcript=recording.text(), tokens=tokens, unsure=len(unsure), duration=clock(delivery.duration),
        limit=clock(delivery.time_limit), wpm=delivery.wpm, band=f"{low}–{high}",
        filled=delivery.filled_pauses, filled_rate=delivery.filled_per_minute, verbal=delivery.verbal_fillers,
        findings=findings, voice=voice, marks=marks, pace=pace, ticks=ticks, kept=kept,
    )
