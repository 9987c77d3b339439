"""A spoken answer end to end: the recording transcribed on this computer, its delivery measured,
and the transcript judged by the same analyser as a typed answer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from poise.analysis.report import Report
from poise.content.loader import KnowledgeBase, knowledge_base
from poise.errors import ModelMissingError
from poise.services.analysis import analyse_answer
from poise.services.speech import decode, transcribe
from poise.voice import DeliveryReport, Recording, measure_delivery
from poise.voice.measures import Ending


@dataclass(frozen=True)
class SpokenAnswer:
    """The transcript (with times), how it was delivered and what it says."""

    recording: Recording
    transcript: str
    delivery: DeliveryReport
    report: Report | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "transcript": self.transcript,
            "words": [{"text": word.text.strip(), "start": round(word.start, 2), "end": round(word.end, 2),
                       "probability": round(word.probability, 2)} for word in self.recording.words],
            "delivery": self.delivery.to_dict(),
            "report": self.report.to_dict() if self.report is not None else None,
        }


def voice_content(kb: KnowledgeBase | None = None) -> tuple[KnowledgeBase, Any]:
    """The knowledge base and its voice section (a clear error if the section failed to load)."""
    kb = kb or knowledge_base()
    if kb.voice is None:
        raise ModelMissingError("The delivery bands (content/voice/delivery.yaml) are missing.",
                                hint="Reinstall Poise.")
    return kb, kb.voice


def transcribe_audio(source: bytes | Path, *, kb: KnowledgeBase | None = None) -> Recording:
    """Decode and transcribe a recording (AudioError for anything unusable)."""
    _, content = voice_content(kb)
    return transcribe(decode(source, content), content)


def delivery_of(
    recording: Recording,
    *,
    report: Report | None = None,
    time_limit: int | None = None,
    kb: KnowledgeBase | None = None,
) -> DeliveryReport:
    """The delivery measures of a transcribed recording (the report tells how the answer ends)."""
    kb, content = voice_content(kb)
    ending = None
    if report is not None and report.structure:
        last = report.structure[-1]
        ending = Ending(len(report.structure), last.quote, last.role)
    return measure_delivery(recording, content=content, lexicons=kb.lexicons, time_limit=time_limit,
                            ending=ending)


def time_limit_for(interview_format: str | None, kb: KnowledgeBase | None = None) -> int | None:
    """The answer time limit of an interview format (None: the general one in the voice content)."""
    kb = kb or knowledge_base()
    found = kb.formats.get(interview_format) if interview_format else None
    return found.time_limit_s if found else None


def analyse_spoken(
    source: bytes | Path,
    question: str,
    *,
    family: str | None = None,
    interview_format: str | None = None,
    phase: str = "answer",
) -> SpokenAnswer:
    """Transcribe, judge the transcript as a typed answer, and measure the delivery."""
    kb, _ = voice_content()
    recording = transcribe_audio(source, kb=kb)
    return judge_recording(recording, question, family=family, interview_format=interview_format,
                           phase=phase, kb=kb)


def judge_recording(
    recording: Recording,
    question: str,
    *,
    family: str | None = None,
    interview_format: str | None = None,
    phase: str = "answer",
    kb: KnowledgeBase | None = None,
) -> SpokenAnswer:
    """A transcribed recording judged as a typed answer, with its delivery measured."""
    kb, _ = voice_content(kb)
    transcript = recording.text()
    report = analyse_answer(question, transcript, family=family, interview_format=interview_format,
                            phase=phase)
    delivery = delivery_of(recording, report=report, time_limit=time_limit_for(interview_format, kb), kb=kb)
    return SpokenAnswer(recording, transcript, delivery, report)
