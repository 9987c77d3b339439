"""Spoken-answer content: pace band, filled-pause and silence thresholds, recording limits."""

from __future__ import annotations

import re

from pydantic import Field, field_validator, model_validator

from poise.content.schema.base import Strict, Text


class PaceBand(Strict):
    """A comfortable speaking rate, measured overall and per window."""

    low_wpm: int = Field(ge=60, le=250)
    high_wpm: int = Field(ge=60, le=300)
    window_s: float = Field(gt=0, le=120)
    min_window_words: int = Field(ge=1, le=100)
    source: Text

    @model_validator(mode="after")
    def _ordered(self) -> PaceBand:
        if self.low_wpm >= self.high_wpm:
            raise ValueError("low_wpm must be below high_wpm")
        return self


class FilledPauses(Strict):
    """Which spoken words are filled pauses, and when they become worth a finding."""

    sounds: list[str] = Field(min_length=3)
    per_minute_ok: float = Field(gt=0)
    burst_count: int = Field(ge=2)
    burst_window_s: float = Field(gt=0)
    source: Text

    @field_validator("sounds")
    @classmethod
    def _compiles(cls, sounds: list[str]) -> list[str]:
        for sound in sounds:
            try:
                re.compile(sound)
            except re.error as exc:
                raise ValueError(f"sound {sound!r} is not a valid regular expression: {exc}") from exc
        return sounds


class Silences(Strict):
    """When a gap in speech is breathing, thinking time, a stall or a lost listener."""

    min_gap_s: float = Field(gt=0)
    thinking_start_s: float = Field(gt=0)
    stall_s: float = Field(gt=0)
    between_sentences_s: float = Field(gt=0)
    continuation_words: Text
    """Words, separated by spaces, after which a gap is inside a sentence."""
    source: Text


class VerbalFillers(Strict):
    """Verbal fillers and hedges (from the lexicons) per minute before a finding."""

    per_minute_ok: float = Field(gt=0)
    source: Text


class Confidence(Strict):
    """Recogniser word probability below which a word is marked for the person to check."""

    low_word_probability: float = Field(gt=0, lt=1)


class RecordingLimits(Strict):
    """What recordings are accepted at all."""

    max_seconds: int = Field(ge=10, le=3600)
    max_bytes: int = Field(ge=100_000, le=200_000_000)
    min_speech_s: float = Field(gt=0)
    min_english_probability: float = Field(gt=0, lt=1)


class FindingText(Strict):
    """What one delivery finding says; ``{placeholders}`` are filled from its measure."""

    message: Text
    why: Text
    fix: Text
    source: Text | None = None
    """Needed only where no section of the file gives the source (over_time, trailing_off)."""


FINDING_IDS = frozenset({
    "pace_slow", "pace_fast", "window_fast", "window_slow", "filler_burst", "filler_rate",
    "thinking_long", "stall", "lost_listener", "verbal_fillers", "over_time", "trailing_off",
})


class VoiceContent(Strict):
    """content/voice/delivery.yaml."""

    pace: PaceBand
    filled_pauses: FilledPauses
    silences: Silences
    verbal_fillers: VerbalFillers
    confidence: Confidence
    limits: RecordingLimits
    answer_time_s: int = Field(ge=10, le=900)
    findings: dict[str, FindingText]
    prompt: Text

    @field_validator("findings")
    @classmethod
    def _every_finding(cls, findings: dict[str, FindingText]) -> dict[str, FindingText]:
        missing = sorted(FINDING_IDS - set(findings))
        unknown = sorted(set(findings) - FINDING_IDS)
        if missing or unknown:
            raise ValueError(f"findings: missing {missing or 'none'}, unknown {unknown or 'none'}")
        return findings
