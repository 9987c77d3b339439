"""Weakness worksheet: one shortcoming, the steps, the progress, drafted and judged (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from poise.analysis import AnalysisContext, analyse
from poise.content.loader import KnowledgeBase
from poise.content.schema import WeaknessFile
from poise.errors import InputError
from poise.fit.concerns.wording import PAST_IRREGULAR, first_person_clause
from poise.followup.voice import commitment
from poise.prep.salary import DraftAnswer

PARTS: tuple[str, ...] = ("shortcoming", "steps", "progress")
PART_MAX = 1000


@dataclass(frozen=True)
class Guidance:
    """What a missing part of the worksheet should say."""

    part: str
    label: str
    prompt: str
    advice: str

    def to_dict(self) -> dict[str, str]:
        """JSON-ready form."""
        return {"part": self.part, "label": self.label, "prompt": self.prompt, "advice": self.advice}


@dataclass(frozen=True)
class WeaknessPrep:
    """The worksheet's draft (when anything is filled in), its report, and guidance on gaps."""

    parts: dict[str, str]
    complete: bool
    draft: DraftAnswer | None
    guidance: tuple[Guidance, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "parts": dict(self.parts),
            "complete": self.complete,
            "draft": self.draft.to_dict() if self.draft else None,
            "guidance": [item.to_dict() for item in self.guidance],
        }


def _sentence(text: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        return ""
    cleaned = cleaned[0].upper() + cleaned[1:]
    if cleaned[-1] not in ".!?":
        cleaned += "."
    return cleaned


def draft_weakness(shortcoming: str, steps: str, progress: str) -> str:
    """The three parts joined into one spoken answer, in order, in the candidate's voice: steps
    noted as an order ("Complete the B2 course by June") are said as a commitment ("I will
    complete the B2 course by June."), and progress noted as a résumé line ("Passed the B1 exam
    in 2023") as something the candidate did ("I passed the B1 exam in 2023."). What is already
    a sentence of theirs is kept as written."""
    sentences = [_sentence(shortcoming), _sentence(commitment(steps)) if steps.strip() else "",
                 _sentence(_as_done(progress))]
    return " ".join(sentence for sentence in sentences if sentence)


def _as_done(progress: str) -> str:
    """Progress opening with a past verb and no subject told as the candidate's own act."""
    text = " ".join(progress.split())
    first = text.split(" ", 1)[0] if text else ""
    if not first or (not first.lower().endswith("ed") and first.lower() not in PAST_IRREGULAR):
        return text
    told = first_person_clause(text, current=False)
    return told if told.startswith("I ") else text


def weakness_prep(
    kb: KnowledgeBase,
    templates: WeaknessFile,
    *,
    shortcoming: str = "",
    steps: str = "",
    progress: str = "",
) -> WeaknessPrep:
    """Draft the weakness answer from the worksheet and judge it with the weaknesses family.

    Missing parts come back as guidance; with nothing filled in there is no draft to judge.
    """
    parts = {"shortcoming": shortcoming.strip(), "steps": steps.strip(), "progress": progress.strip()}
    for name, value in parts.items():
        if len(value) > PART_MAX:
            raise InputError(
                f"The {name} part is longer than {PART_MAX} characters.",
                hint="One or two sentences per part; the whole answer should take under a minute.",
            )
    guidance: list[Guidance] = []
    for name in PARTS:
        if not parts[name]:
            part = templates.parts[name]  # type: ignore[index]
            guidance.append(Guidance(name, part.label, part.prompt, part.missing))
    text = draft_weakness(parts["shortcoming"], parts["steps"], parts["progress"])
    draft: DraftAnswer | None = None
    if text:
        question = templates.question
        report = analyse(question, text, context=AnalysisContext(family="weaknesses"), kb=kb)
        draft = DraftAnswer("weakness", question, text, report)
    return WeaknessPrep(parts=parts, complete=not guidance, draft=draft, guidance=tuple(guidance))
