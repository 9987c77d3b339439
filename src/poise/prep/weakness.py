"""Weakness worksheet: one shortcoming, the steps, the progress, drafted and judged (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from poise.analysis import AnalysisContext, analyse
from poise.analysis.nlp import spacy_pipeline
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


def draft_weakness(shortcoming: str, steps: str, progress: str, *, named: str = "") -> str:
    """The three parts joined into one spoken answer, in order, in the candidate's voice: steps
    noted as an order ("Complete the B2 course by June") are said as a commitment ("I will
    complete the B2 course by June."), and progress noted as a résumé line ("Passed the B1 exam
    in 2023") as something the candidate did ("I passed the B1 exam in 2023."). A shortcoming
    noted as a bare noun phrase ("public speaking to large audiences") is said in ``named`` (a
    template with {shortcoming}). What is already a sentence of theirs is kept as written."""
    said = shortcoming
    if named and shortcoming.strip() and not _has_verb(shortcoming):
        text = " ".join(shortcoming.split()).rstrip(".")
        said = named.format(shortcoming=text if text[1:2].isupper() else text[:1].lower() + text[1:])
    sentences = [_sentence(said), _sentence(commitment(steps)) if steps.strip() else "",
                 _sentence(_as_done(progress))]
    return " ".join(sentence for sentence in sentences if sentence)


def _has_verb(text: str) -> bool:
    """True when the tagger reads a verb or a modal anywhere in ``text`` ("I hold on to detail",
    "Delegating: I …"); a label such as "public speaking to large audiences" has none."""
    tokens = [token for token in spacy_pipeline()(text[:300]) if not token.is_space]
    return any(token.tag_ in {"MD", "VBD", "VBP", "VBZ"} for token in tokens)


def _as_done(progress: str) -> str:
    """Progress opening with a past verb and no subject told as the candidate's own act."""
    text = " ".join(progress.split())
    first = text.split(" ", 1)[0] if text else ""
    if not first or (not first.lower().endswith("ed") and first.lower() not in PAST_IRREGULAR):
        return text
    told = first_person_clause(text, current=False)
    if not told.startswith("I "):
        return text
    verb = told.split(" ", 2)[1]
    if SINCE_RE.search(told) and verb.endswith("ed") and verb.lower() not in PAST_IRREGULAR:
        # "Handed over 3 reports since January": an act still running, "I have handed over …"
        return f"I have {told[2:]}"
    return told


SINCE_RE = re.compile(r"\b(?:since|so far|to date)\b", re.IGNORECASE)
"""Words that tie an act to the present: told with "I have" rather than the simple past."""


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
    text = draft_weakness(parts["shortcoming"], parts["steps"], parts["progress"],
                          named=templates.named or "")
    draft: DraftAnswer | None = None
    if text:
        question = templates.question
        report = analyse(question, text, context=AnalysisContext(family="weaknesses"), kb=kb)
        draft = DraftAnswer("weakness", question, text, report)
    return WeaknessPrep(parts=parts, complete=not guidance, draft=draft, guidance=tuple(guidance))
