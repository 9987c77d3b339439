"""Prep content: level thresholds for story calibration, salary and weakness templates."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, model_validator

from poise.content.schema.base import Level, Slug, Strict, Text, check_patterns

# --- Prep: level calibration, salary and weakness templates (content/prep/) ------------------

ScopeSignal = Literal["people", "layers", "budget", "decisions", "span", "horizon"]
SCOPE_SIGNALS: tuple[str, ...] = ("people", "layers", "budget", "decisions", "span", "horizon")


class LevelThresholds(Strict):
    """What a story must show, signal by signal, to read at one level."""

    id: Level
    name: Text
    people: int = Field(ge=1, description="People led, directly and through others.")
    layers: int = Field(ge=1, description="Layers of the organisation below the candidate.")
    budget: int = Field(ge=1, description="Budget or P&L held, in the story's own currency.")
    sites: int = Field(ge=1, description="Sites, offices or regions the work spanned.")
    countries: int = Field(ge=1, description="Countries or markets the work spanned.")
    horizon_months: int = Field(ge=1, description="How long the work ran or planned ahead.")


class LeaderTier(Strict):
    """Leaders who report to the candidate, and how many layers that puts below the candidate."""

    tier: int = Field(ge=2, le=5)
    nouns: list[Text] = Field(min_length=1)


class DecisionRight(Strict):
    """A kind of decision that shows authority, counted at one level."""

    id: Slug
    level: Level
    label: Text
    patterns: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _patterns_compile(self) -> DecisionRight:
        check_patterns(self.patterns)
        return self


class Lift(Strict):
    """What to add to a story when a signal is missing, or present but below the target."""

    missing: Text
    below: Text | None = None


class LevelsFile(Strict):
    """prep/levels.yaml: thresholds and cues of level calibration."""

    min_signals: int = Field(ge=1, le=6)
    levels: list[LevelThresholds] = Field(min_length=3, max_length=3)
    people_nouns: list[Text] = Field(min_length=3)
    unit_nouns: list[Text] = Field(min_length=3)
    leaders: list[LeaderTier] = Field(min_length=1)
    budget_cues: list[Text] = Field(min_length=3)
    site_nouns: list[Text] = Field(min_length=3)
    country_nouns: list[Text] = Field(min_length=1)
    global_cues: list[Text] = Field(min_length=1)
    decisions: list[DecisionRight] = Field(min_length=3)
    lifts: dict[ScopeSignal, Lift]

    @model_validator(mode="after")
    def _ordered_and_complete(self) -> LevelsFile:
        if [item.id for item in self.levels] != [Level.MANAGER, Level.DIRECTOR, Level.EXECUTIVE]:
            raise ValueError("levels must be manager, director, executive, in that order")
        for field_name in ("people", "layers", "budget", "sites", "countries", "horizon_months"):
            values = [getattr(item, field_name) for item in self.levels]
            if values != sorted(values):
                raise ValueError(f"'{field_name}' thresholds must not fall from one level to the next")
        missing = [signal for signal in SCOPE_SIGNALS if signal not in self.lifts]
        if missing:
            raise ValueError(f"lifts are missing for: {', '.join(missing)}")
        return self


class SalaryQuestions(Strict):
    """The questions the salary drafts are judged against."""

    opening: Text
    pressed: Text


class SalaryFile(Strict):
    """prep/salary.yaml: the turn-it-back answer, the pressed answer and tips."""

    questions: SalaryQuestions
    deflect: list[Text] = Field(min_length=1)
    pressed: list[Text] = Field(min_length=1)
    tips: list[Text] = Field(default_factory=list)
    advert_cues: list[str] = Field(default_factory=list, description="Words marking an advert's pay line.")
    advert_source: Text = Field(
        default="the advert",
        description="The source a range read from the job advert is given ({source}, mid-sentence).")

    @model_validator(mode="after")
    def _placeholders_known(self) -> SalaryFile:
        allowed = {"role", "company", "low", "high", "source"}
        for sentence in [*self.deflect, *self.pressed]:
            for name in re.findall(r"\{(\w*)\}", sentence):
                if name not in allowed:
                    raise ValueError(
                        f"unknown placeholder {{{name}}}; use {', '.join(sorted(allowed))}"
                    )
        pressed_text = " ".join(self.pressed)
        for name in ("low", "high", "source"):
            if "{" + name + "}" not in pressed_text:
                raise ValueError(f"the pressed answer must use {{{name}}}")
        for sentence in self.deflect:
            if "{low}" in sentence or "{high}" in sentence:
                raise ValueError("the turn-it-back answer must not name a figure")
        return self


class WeaknessPart(Strict):
    """One part of the weakness worksheet: its label, the question that prompts it, the guidance."""

    label: Text
    prompt: Text
    missing: Text


class WeaknessFile(Strict):
    """prep/weakness.yaml: the worksheet's three parts and the question the draft answers."""

    question: Text
    parts: dict[Literal["shortcoming", "steps", "progress"], WeaknessPart]
    named: Text | None = Field(
        default=None,
        description="How the draft says a shortcoming noted as a bare noun phrase ('public "
                    "speaking to large audiences'), with {shortcoming}: a sentence of the "
                    "candidate's, never a label.")

    @model_validator(mode="after")
    def _three_parts(self) -> WeaknessFile:
        if sorted(self.parts) != ["progress", "shortcoming", "steps"]:
            raise ValueError("parts must be shortcoming, steps and progress")
        return self


class CompanyFactPattern(Strict):
    """One kind of company fact an advert may state, read by a pattern with an ``answer`` group."""

    id: str = Field(pattern=r"^[a-z_]+$")
    question: Text
    pattern: str

    @model_validator(mode="after")
    def _compiles(self) -> CompanyFactPattern:
        try:
            compiled = re.compile(self.pattern)
        except re.error as exc:
            raise ValueError(f"pattern does not compile: {exc}") from exc
        if "answer" not in compiled.groupindex:
            raise ValueError("pattern needs a named group 'answer'")
        if re.findall(r"\{(\w*)\}", self.question) not in ([], ["company"]):
            raise ValueError("question may use only the placeholder {company}")
        return self


class CompanyFactsFile(Strict):
    """prep/company_facts.yaml: the company facts a job advert states, as quiz cards."""

    speaking_as: list[str] = Field(min_length=1, description="Words of the company speaking of itself.")
    facts: list[CompanyFactPattern] = Field(min_length=1)


class PrepContent(Strict):
    """Everything under content/prep/, validated together."""

    levels: LevelsFile
    salary: SalaryFile
    weakness: WeaknessFile
    company_facts: CompanyFactsFile
