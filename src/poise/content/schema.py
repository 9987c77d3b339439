"""Pydantic models for every content file; unknown keys are rejected so typos never pass silently."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", min_length=2, max_length=60)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3)]

FAMILY_IDS: tuple[str, ...] = (
    "introduction",
    "leadership_qualities",
    "achievements",
    "success_in_role",
    "goal_setting",
    "people_management",
    "past_behaviour",
    "development",
    "failures",
    "salary",
    "weaknesses",
    "stress_resistance",
    "projective",
    "strategy_vision",
    "innovation",
    "external_resources",
    "international",
    "management_style",
    "competency_cases",
    "role_understanding",
)


class Strict(BaseModel):
    """Base for content models: frozen, and any key the schema does not know is an error."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Format(StrEnum):
    """Interview formats a question or persona belongs to."""

    BIOGRAPHICAL = "biographical"
    COMPETENCY = "competency"
    PANEL = "panel"
    STRESS = "stress"
    PROJECTIVE = "projective"


class Level(StrEnum):
    """Seniority levels a question suits."""

    MANAGER = "manager"
    DIRECTOR = "director"
    EXECUTIVE = "executive"


class ProjectiveArea(StrEnum):
    """The five areas a projective interview reads (seed 003)."""

    MOTIVATION = "motivation"
    VALUES = "values"
    SOCIABILITY = "sociability"
    CONFLICT = "conflict"
    CLIENTS = "clients"


class FollowUps(Strict):
    """What the interviewer asks next, keyed by what the answer is missing."""

    no_actions: Text | None = None
    no_result: Text | None = None
    only_we: Text | None = None
    vague: Text | None = None


class Question(Strict):
    """One interview question with what it probes and what a strong answer looks like."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z_]+\.[a-z0-9_]+$")]
    family: Literal[FAMILY_IDS]  # type: ignore[valid-type]
    text: Text
    formats: list[Format] = Field(min_length=1)
    competencies: list[Slug] = Field(min_length=1, max_length=4)
    levels: list[Level] = Field(min_length=1)
    behavioural: bool = Field(
        default=False,
        description="True when the question asks for a real past example ('tell me about a time').",
    )
    really_asking: Text
    good_shape: Text
    pitfalls: list[Text] = Field(min_length=1)
    follow_ups: FollowUps
    area: ProjectiveArea | None = Field(default=None, description="Projective questions only.")
    reading: Text | None = Field(
        default=None, description="Projective questions only: how an interviewer may read answers."
    )

    @model_validator(mode="after")
    def _id_prefixed_by_family(self) -> Question:
        if not self.id.startswith(self.family + "."):
            raise ValueError(f"id {self.id!r} must start with its family {self.family + '.'!r}")
        if self.family == "projective" and (self.area is None or self.reading is None):
            raise ValueError("projective questions need both 'area' and 'reading'")
        if self.family != "projective" and (self.area is not None or self.reading is not None):
            raise ValueError("only projective questions carry 'area' and 'reading'")
        return self


class QuestionFile(Strict):
    """A file of questions: one family per file, the file named after it."""

    family: Literal[FAMILY_IDS]  # type: ignore[valid-type]
    questions: list[Question] = Field(min_length=1)


class Family(Strict):
    """A question family: what it covers and how answers in it are judged."""

    id: Literal[FAMILY_IDS]  # type: ignore[valid-type]
    name: Text
    description: Text
    behavioural: bool = Field(description="Answers should tell a real past example in C-A-R form.")
    family_dimension: Text = Field(description="Name of the family-specific scoring dimension.")
    min_words: int = Field(default=25, ge=1, description="Below this an answer is too thin to judge.")
    max_words: int = Field(default=320, ge=20, description="Above this an answer rambles.")
    shows: Matcher | None = Field(
        default=None, description="Words that show what this family tests (a proven strength)."
    )


class FamiliesFile(Strict):
    """families.yaml."""

    families: list[Family]


class Competency(Strict):
    """A managerial area or an employer requirement (seed 003)."""

    id: Slug
    group: Literal["managerial_area", "employer_requirement"]
    name: Text
    description: Text
    shows_in_answer: list[Text] = Field(min_length=1, description="Signals a coach looks for.")
    keywords: list[Text] = Field(min_length=3, description="Words that suggest the competency.")


class CompetenciesFile(Strict):
    """competencies.yaml."""

    competencies: list[Competency]


class Persona(Strict):
    """An interviewer: who they are, what they judge and how they speak."""

    id: Slug
    name: Text
    role: Text
    criterion: Text = Field(description="The one criterion this persona owns and scores.")
    dimension: Literal[
        "structure", "evidence", "ownership", "relevance", "concision", "tone", "family"
    ] = Field(description="The report dimension this persona reads to score its criterion.")
    competencies: list[Slug] = Field(min_length=1)
    style: Text
    opening: Text


class InterviewFormat(Strict):
    """An interview format with its timing and interviewers."""

    id: Format
    name: Text
    description: Text
    how_to_behave: Text
    time_limit_s: int = Field(ge=10, le=900)
    questions: int = Field(ge=3, le=20, description="Questions in a mock session before closing.")
    families: list[Literal[FAMILY_IDS]] = Field(min_length=1)  # type: ignore[valid-type]
    personas: list[Persona] = Field(min_length=1, max_length=4)
    challenges: list[Text] = Field(default_factory=list, description="Stress format: sceptical lines.")

    @model_validator(mode="after")
    def _panel_has_panellists(self) -> InterviewFormat:
        if self.id == Format.PANEL and not 2 <= len(self.personas) <= 4:
            raise ValueError("the panel format needs 2 to 4 personas")
        if self.id == Format.STRESS and len(self.challenges) < 3:
            raise ValueError("the stress format needs at least 3 challenges")
        return self


class FormatsFile(Strict):
    """formats.yaml."""

    formats: list[InterviewFormat]


class LexiconEntry(Strict):
    """A phrase (or regular expression) and, optionally, a better alternative."""

    phrase: Text
    regex: bool = False
    instead: Text | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _check_regex(self) -> LexiconEntry:
        if self.regex:
            try:
                re.compile(self.phrase)
            except re.error as exc:
                raise ValueError(f"regex {self.phrase!r} does not compile: {exc}") from exc
        return self


class Lexicon(Strict):
    """A named list of phrases used by rules."""

    id: Slug
    description: Text
    entries: list[LexiconEntry] = Field(min_length=3)


class CandidateQuestion(Strict):
    """A question the candidate can ask the interviewer at the end."""

    id: Slug
    text: Text
    purpose: Text
    topic: Literal[
        "pause", "expectations", "performance", "first_tasks", "next_steps", "team", "strategy",
        "culture", "challenges", "role", "information",
    ]
    always: bool = Field(default=False, description="Always on the candidate's list.")
    answered_by: list[Text] = Field(
        default_factory=list,
        description="Words in a job text that mean it already answers this question.",
    )


class AvoidKind(Strict):
    """A kind of question not to ask at the end of an interview."""

    id: Slug
    kind: Text
    example: Text
    why: Text
    cues: list[Text] = Field(min_length=1, description="Words that reveal this kind.")


class QuestionsToAskFile(Strict):
    """questions_to_ask.yaml."""

    good: list[CandidateQuestion]
    avoid: list[AvoidKind]


class ChecklistItem(Strict):
    """One step on the day-of checklist."""

    id: Slug
    when: Literal["day_before", "morning", "arrival", "in_the_room", "closing", "after"]
    text: Text
    why: Text


class ChecklistFile(Strict):
    """checklist.yaml."""

    items: list[ChecklistItem] = Field(min_length=8)


# --- Analysis rules -------------------------------------------------------------------------

Dimension = Literal["structure", "evidence", "ownership", "relevance", "concision", "tone", "family"]
Requirement = Literal["doc", "parse", "entities", "embeddings", "structure", "role"]


class Matcher(Strict):
    """What a declarative rule looks for: a lexicon, plain phrases and/or regular expressions."""

    lexicon: Slug | None = None
    phrases: list[Text] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list, description="Python regexes, case-insensitive.")

    @model_validator(mode="after")
    def _something_to_match(self) -> Matcher:
        if not (self.lexicon or self.phrases or self.patterns):
            raise ValueError("a matcher needs a lexicon, phrases or patterns")
        for pattern in self.patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"pattern {pattern!r} does not compile: {exc}") from exc
        return self


class Example(Strict):
    """An answer a rule must flag or must pass, with the question context it is judged in."""

    answer: Annotated[str, StringConstraints(min_length=1)]
    question: str | None = None
    family: str | None = None
    role: list[str] = Field(default_factory=list, description="Role requirements, if any.")
    job_text: str | None = None


class Examples(Strict):
    """Compulsory examples: at least one answer to flag and one to pass."""

    flag: list[Example | str] = Field(min_length=1)
    pass_: list[Example | str] = Field(min_length=1, alias="pass")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class RuleHeader(Strict):
    """The header every rule shares, whatever its kind."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z_]+\.[a-z0-9_]+$")]
    severity: Literal["high", "medium", "low"]
    dimension: Dimension
    message: Text
    why: Text
    fix: Text
    source: Text = Field(description="Seed section or published reference the rule rests on.")
    scope: Literal["answer", "candidate_question", "concern_reply"] = "answer"
    applies_to: list[str] = Field(min_length=1, description="Family ids, or '*' for all.")
    excludes: list[str] = Field(default_factory=list, description="Families it never applies to.")
    behavioural_only: bool = Field(
        default=False, description="Only for questions that ask for a real past example."
    )
    formats: list[Format] = Field(default_factory=list, description="Empty means every format.")
    when_question: Matcher | None = Field(
        default=None, description="Only when the question text matches this."
    )
    min_words: int = Field(default=0, ge=0, description="Skip answers shorter than this.")
    supersedes: list[str] = Field(
        default_factory=list,
        description="Rule ids whose findings are dropped when this rule fires (it says it better).",
    )
    needs_substance: bool = Field(
        default=False,
        description="Judges what is missing, so it is skipped when an answer is too thin to judge.",
    )
    requires: list[Requirement] = Field(default_factory=list)
    examples: Examples

    def lexicons(self) -> list[str]:
        """Lexicon ids this rule reads."""
        found = []
        for matcher in self.matchers():
            if matcher.lexicon:
                found.append(matcher.lexicon)
        return found

    def matchers(self) -> list[Matcher]:
        """Every matcher the rule declares (overridden by kinds that have them)."""
        return [self.when_question] if self.when_question else []


class ExistenceRule(RuleHeader):
    """Flags each occurrence of a phrase once more than ``max`` are found."""

    kind: Literal["existence"]
    match: Matcher
    max: int = Field(default=0, ge=0)

    def matchers(self) -> list[Matcher]:
        return [*super().matchers(), self.match]


class SubstitutionRule(RuleHeader):
    """Flags each phrase and proposes the lexicon's ``instead`` wording for it."""

    kind: Literal["substitution"]
    match: Matcher

    def matchers(self) -> list[Matcher]:
        return [*super().matchers(), self.match]


class OccurrenceRule(RuleHeader):
    """Flags too few (``min``) or too many (``max``, optionally per 100 words) occurrences."""

    kind: Literal["occurrence"]
    match: Matcher
    min: int | None = Field(default=None, ge=1)
    max: float | None = Field(default=None, ge=0)
    per_100_words: bool = False
    at_least: int = Field(default=1, ge=1, description="With max: flag only from this many matches.")
    missing_evidence: Literal["result", "last_sentence", "first_sentence", "answer"] = "last_sentence"

    def matchers(self) -> list[Matcher]:
        return [*super().matchers(), self.match]

    @model_validator(mode="after")
    def _has_bound(self) -> OccurrenceRule:
        if self.min is None and self.max is None:
            raise ValueError("an occurrence rule needs 'min' or 'max'")
        return self


class RatioRule(RuleHeader):
    """Flags when the share of sentences that match exceeds ``above`` (or is under ``below``)."""

    kind: Literal["ratio"]
    sentences: Matcher
    above: float | None = Field(default=None, ge=0, le=1)
    below: float | None = Field(default=None, ge=0, le=1)
    min_sentences: int = Field(default=3, ge=1)
    unless: Matcher | None = Field(default=None, description="No finding when this matches.")

    def matchers(self) -> list[Matcher]:
        extra = [self.unless] if self.unless else []
        return [*super().matchers(), self.sentences, *extra]


class ConditionalRule(RuleHeader):
    """Flags when ``if_`` is found and ``unless`` is not (e.g. goals named but no tools)."""

    kind: Literal["conditional"]
    if_: Matcher = Field(alias="if")
    unless: Matcher

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    def matchers(self) -> list[Matcher]:
        return [*super().matchers(), self.if_, self.unless]


class CodeRule(RuleHeader):
    """A rule whose logic needs the parse, structure or embeddings: a named function."""

    kind: Literal["code"]
    function: Slug
    params: dict[str, float | int | str | list[str]] = Field(default_factory=dict)
    match: Matcher | None = None

    def matchers(self) -> list[Matcher]:
        extra = [self.match] if self.match else []
        return [*super().matchers(), *extra]

    def number(self, name: str, default: float) -> float:
        """A numeric parameter, or ``default`` when absent."""
        value = self.params.get(name, default)
        if not isinstance(value, int | float):
            raise TypeError(f"rule {self.id}: parameter {name!r} must be a number")
        return float(value)

    def text(self, name: str, default: str) -> str:
        """A text parameter, or ``default`` when absent."""
        return str(self.params.get(name, default))


Rule = Annotated[
    ExistenceRule | SubstitutionRule | OccurrenceRule | RatioRule | ConditionalRule | CodeRule,
    Field(discriminator="kind"),
]


class RuleFile(Strict):
    """A file of rules sharing an id prefix (the file's name)."""

    rules: list[Rule] = Field(min_length=1)


class DimensionAnchors(Strict):
    """The written meaning of each 1-5 level on one scoring dimension."""

    id: Literal["structure", "evidence", "ownership", "relevance", "concision", "tone", "family"]
    label: Text
    levels: dict[Literal[1, 2, 3, 4, 5], Text]

    @model_validator(mode="after")
    def _all_levels(self) -> DimensionAnchors:
        if sorted(self.levels) != [1, 2, 3, 4, 5]:
            raise ValueError("anchors need levels 1 to 5")
        return self


class AnchorsFile(Strict):
    """anchors.yaml."""

    dimensions: list[DimensionAnchors] = Field(min_length=7, max_length=7)


Family.model_rebuild()
FamiliesFile.model_rebuild()


class JobFact(Strict):
    """A fact a job text often states, with how a candidate asks about it and how the text says it."""

    id: Slug
    name: Text
    asks: list[str] = Field(min_length=1)
    states: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _patterns_compile(self) -> JobFact:
        for pattern in [*self.asks, *self.states]:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"pattern {pattern!r} does not compile: {exc}") from exc
        return self


class JobFactsFile(Strict):
    """job_facts.yaml."""

    facts: list[JobFact] = Field(min_length=1)


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
        for pattern in self.patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"pattern {pattern!r} does not compile: {exc}") from exc
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

    @model_validator(mode="after")
    def _three_parts(self) -> WeaknessFile:
        if sorted(self.parts) != ["progress", "shortcoming", "steps"]:
            raise ValueError("parts must be shortcoming, steps and progress")
        return self


class PrepContent(Strict):
    """Everything under content/prep/, validated together."""

    levels: LevelsFile
    salary: SalaryFile
    weakness: WeaknessFile


# --- Fit: reading a job description and a résumé (content/fit/) -----------------------------

REQUIREMENT_KINDS: tuple[str, ...] = (
    "years_experience",
    "scope_pnl",
    "leadership",
    "scope_budget",
    "scope_team",
    "stakeholders",
    "certification",
    "languages",
    "tools",
    "change_management",
    "stage",
    "geography",
    "domain",
    "other",
)
CONCERN_KINDS: tuple[str, ...] = (
    "missing_must_have",
    "scope_step_up",
    "industry_switch",
    "short_tenures",
    "employment_gap",
    "no_leading_leaders",
    "no_board_exposure",
    "domestic_only",
    "tool_mismatch",
)
FIT_PLACEHOLDERS: frozenset[str] = frozenset({
    "topic", "job_line", "resume_line", "evidence_sentence", "plan_step", "scope_change",
    "scope_from", "switch_kind", "switch_from", "switch_to", "count", "tenure_list", "gap_months",
    "gap_period", "home_market", "tool_required", "tool_have_title", "tool_have_phrase",
    "category", "cert", "language",
})
Regexes = Annotated[list[str], Field(min_length=1)]


def _compile_each(patterns: list[str], where: str) -> None:
    """Raise ValueError naming the first pattern that does not compile."""
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"{where}: pattern {pattern!r} does not compile: {exc}") from exc


def _placeholders(text: str) -> set[str]:
    """The {names} a template uses."""
    import string

    names = set()
    for _, name, _, _ in string.Formatter().parse(text):
        if name is not None:
            names.add(name)
    return names


class FitHeadings(Strict):
    """Patterns for the section headings of a job description."""

    nice: Regexes
    must: Regexes
    duties: Regexes
    ignore: Regexes


class ResumeHeadings(Strict):
    """Patterns for the section headings of a résumé."""

    experience: Regexes
    education: Regexes
    side: Regexes
    summary: Regexes


class FitLevels(Strict):
    """Title patterns for each target level."""

    executive: Regexes
    director: Regexes
    manager: Regexes


class KindCues(Strict):
    """The patterns that give a requirement line one kind."""

    kind: Literal[REQUIREMENT_KINDS]  # type: ignore[valid-type]
    patterns: Regexes


class FitEvidence(Strict):
    """Résumé patterns for the concerns no single requirement settles."""

    leading_leaders: Regexes
    developing_leaders: Regexes
    board: Regexes
    board_adjacent: Regexes
    international: Regexes
    pnl: Regexes
    change: Regexes
    stage: Regexes
    gap_explained: Regexes
    short_by_design: Regexes


class FitCuesFile(Strict):
    """fit/cues.yaml: how requirement lines, headings, levels and résumé evidence are recognised."""

    must_cues: Regexes
    nice_cues: Regexes
    role_cues: Regexes
    traits: Regexes
    headings: FitHeadings
    resume_headings: ResumeHeadings
    levels: FitLevels
    title_words: Regexes
    kinds: list[KindCues] = Field(min_length=1)
    evidence: FitEvidence

    @model_validator(mode="after")
    def _patterns_compile(self) -> FitCuesFile:
        groups: dict[str, list[str]] = {
            "must_cues": self.must_cues,
            "nice_cues": self.nice_cues,
            "role_cues": self.role_cues,
            "traits": self.traits,
            "title_words": self.title_words,
        }
        for section in (self.headings, self.resume_headings, self.levels, self.evidence):
            for name, value in section:
                groups[name] = value
        for cues in self.kinds:
            groups[f"kinds.{cues.kind}"] = cues.patterns
        for where, patterns in groups.items():
            _compile_each(patterns, where)
        seen = [cues.kind for cues in self.kinds]
        for kind in REQUIREMENT_KINDS:
            if kind != "other" and kind not in seen:
                raise ValueError(f"requirement kind {kind!r} has no cues; add it under 'kinds'")
        if len(set(seen)) != len(seen):
            raise ValueError("each requirement kind may appear only once under 'kinds'")
        return self


class Industry(Strict):
    """An industry, its usual business model and the words that reveal it."""

    id: Slug
    name: Text
    model: Literal["b2b", "b2c", "public", "mixed"]
    keywords: list[Text] = Field(min_length=3)
    related: list[Slug] = Field(
        default_factory=list, description="Industries close enough that moving between them is no switch."
    )


class BusinessModels(Strict):
    """Words that say who the customer is."""

    b2b: list[Text] = Field(min_length=3)
    b2c: list[Text] = Field(min_length=3)


class Tool(Strict):
    """A tool or platform; tools in one category are rivals (SAP and Oracle are both ERP)."""

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2)]
    category: Slug
    aliases: list[Annotated[str, StringConstraints(min_length=2)]] = Field(default_factory=list)


class FitLexiconsFile(Strict):
    """fit/lexicons.yaml: industries, business models, tools, places, languages, certifications."""

    industries: list[Industry] = Field(min_length=5)
    business_models: BusinessModels
    tool_categories: dict[Slug, Text]
    tools: list[Tool] = Field(min_length=5)
    category_words: dict[Slug, list[Annotated[str, StringConstraints(min_length=2)]]]
    countries: list[Annotated[str, StringConstraints(min_length=2)]] = Field(min_length=10)
    regions: list[Annotated[str, StringConstraints(min_length=2)]] = Field(min_length=3)
    languages: list[Annotated[str, StringConstraints(min_length=2)]] = Field(min_length=3)
    certifications: list[Annotated[str, StringConstraints(min_length=2)]] = Field(min_length=3)
    people_nouns: list[Annotated[str, StringConstraints(min_length=2)]] = Field(min_length=3)
    functions: list[Annotated[str, StringConstraints(min_length=2)]] = Field(min_length=3)

    @model_validator(mode="after")
    def _references_resolve(self) -> FitLexiconsFile:
        ids = [industry.id for industry in self.industries]
        if len(set(ids)) != len(ids):
            raise ValueError("industry ids must be unique")
        for industry in self.industries:
            for other in industry.related:
                if other not in ids:
                    raise ValueError(f"industry {industry.id!r} names unknown related industry {other!r}")
        for tool in self.tools:
            if tool.category not in self.tool_categories:
                raise ValueError(
                    f"tool {tool.name!r} has unknown category {tool.category!r}; "
                    "add it to tool_categories"
                )
        for category in self.category_words:
            if category not in self.tool_categories:
                raise ValueError(f"category_words names unknown category {category!r}")
        return self


class ConcernTemplate(Strict):
    """One kind of concern: its severity and the templates of its answer plan."""

    kind: Literal[CONCERN_KINDS]  # type: ignore[valid-type]
    aliases: list[Slug] = Field(default_factory=list, description="Other names for this kind.")
    score: int = Field(ge=0, le=100, description="Starting severity; high >= 70, medium >= 50.")
    must_bonus: int = Field(ge=0, le=40, description="Added when the job states it as a must-have.")
    title: Text
    question: Text = Field(description="The concern as an interviewer would put it.")
    why: Text
    acknowledge: Text
    evidence: Text
    plan: Text
    check_back: Text

    @model_validator(mode="after")
    def _known_placeholders(self) -> ConcernTemplate:
        for name in ("title", "question", "why", "acknowledge", "evidence", "plan", "check_back"):
            unknown = _placeholders(getattr(self, name)) - FIT_PLACEHOLDERS
            if unknown:
                raise ValueError(
                    f"{name} uses unknown placeholder(s) {sorted(unknown)}; "
                    f"use only {sorted(FIT_PLACEHOLDERS)}"
                )
        if not self.check_back.rstrip().endswith("?"):
            raise ValueError("check_back must be a question (end with '?')")
        return self


class FitConcernsFile(Strict):
    """fit/concerns.yaml: every concern kind, and the time-bound steps answer plans draw on."""

    concerns: list[ConcernTemplate]
    plans: dict[Literal[REQUIREMENT_KINDS], Text]  # type: ignore[valid-type]
    scope_plans: dict[Literal["team", "budget", "pnl", "level"], Text]

    @model_validator(mode="after")
    def _complete(self) -> FitConcernsFile:
        kinds = [template.kind for template in self.concerns]
        for kind in CONCERN_KINDS:
            if kinds.count(kind) != 1:
                raise ValueError(f"concern kind {kind!r} must be described exactly once")
        if "other" not in self.plans:
            raise ValueError("plans needs an 'other' entry (the fallback step)")
        for key in ("team", "budget", "pnl", "level"):
            if key not in self.scope_plans:
                raise ValueError(f"scope_plans needs a {key!r} entry")
        for text in [*self.plans.values(), *self.scope_plans.values()]:
            unknown = _placeholders(text) - FIT_PLACEHOLDERS
            if unknown:
                raise ValueError(f"plan {text[:40]!r}... uses unknown placeholder(s) {sorted(unknown)}")
        aliases: list[str] = []
        for template in self.concerns:
            aliases.extend(template.aliases)
        clashes = (set(aliases) & set(CONCERN_KINDS)) | {a for a in aliases if aliases.count(a) > 1}
        if clashes:
            raise ValueError(f"aliases must be unique and differ from kind ids: {sorted(clashes)}")
        return self


class FitContent(Strict):
    """The three fit files together."""

    cues: FitCuesFile
    lexicons: FitLexiconsFile
    concerns: FitConcernsFile

    def template(self, kind: str) -> ConcernTemplate:
        """The template of one concern kind."""
        for template in self.concerns.concerns:
            if template.kind == kind:
                return template
        raise KeyError(kind)


# --- Mock interviews (content/interview/) ----------------------------------------------------

GapId = Literal["no_actions", "no_result", "only_we", "vague"]
FamilyId = Literal[FAMILY_IDS]  # type: ignore[valid-type]
CASE_CRITERIA: tuple[str, ...] = ("diagnosis", "goal", "tools", "people", "control", "timeline")


def _check_patterns(patterns: list[str]) -> None:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"pattern {pattern!r} does not compile: {exc}") from exc


def _every_format(values: dict[Format, object], what: str) -> None:
    missing = [item.value for item in Format if item not in values]
    if missing:
        raise ValueError(f"{what} needs a value for every format; missing: {', '.join(missing)}")


class FollowUpGap(Strict):
    """Something an answer can miss, the rules that reveal it and the default follow-up."""

    id: GapId
    rules: list[str] = Field(min_length=1, description="Rule ids whose findings open this gap.")
    ask: Text = Field(description="The follow-up when the question has no line of its own.")


class FollowUpPolicy(Strict):
    """When and how the interviewer probes an answer."""

    max_per_question: dict[Format, Annotated[int, Field(ge=0, le=2)]]
    time_limit_s: dict[Format, Annotated[int, Field(ge=10, le=900)]]
    gaps: list[FollowUpGap] = Field(min_length=4)
    thin_answer_gap: GapId = "vague"
    thin_answer_ask: Text = Field(
        description="Follow-up for a thin answer to a question that asks for no past example."
    )

    @model_validator(mode="after")
    def _complete(self) -> FollowUpPolicy:
        _every_format(dict(self.max_per_question), "follow_ups.max_per_question")
        _every_format(dict(self.time_limit_s), "follow_ups.time_limit_s")
        ids = [gap.id for gap in self.gaps]
        if sorted(ids) != sorted(set(ids)) or len(set(ids)) != 4:
            raise ValueError("follow_ups.gaps needs each of no_actions, no_result, only_we, vague once")
        return self


class ClarifyingPolicy(Strict):
    """How a clarifying question from the candidate is recognised and answered."""

    patterns: list[str] = Field(min_length=1)
    max_words: int = Field(ge=3, le=60)
    max_per_question: int = Field(ge=1, le=3)
    clause_starts: list[str] = Field(min_length=1)
    reply: Text
    reply_sentence: Text
    stress_reply: Text
    stress_reply_sentence: Text
    unknown: Text

    @model_validator(mode="after")
    def _valid(self) -> ClarifyingPolicy:
        _check_patterns(self.patterns)
        for template in (self.reply, self.reply_sentence, self.stress_reply, self.stress_reply_sentence):
            if "{really}" not in template:
                raise ValueError(f"clarifying reply {template!r} must contain {{really}}")
        return self


class OpeningQuestion(Strict):
    """A persona whose opening line is asked as a bank question."""

    persona: Slug
    asks: Annotated[str, StringConstraints(pattern=r"^[a-z_]+\.[a-z0-9_]+$")]


class TailoredTemplate(Strict):
    """How a question is written from one of the role's requirements."""

    text: Text
    family: FamilyId
    behavioural: bool
    really_asking: Text

    @model_validator(mode="after")
    def _has_slot(self) -> TailoredTemplate:
        if "{requirement}" not in self.text:
            raise ValueError("a tailored question template needs {requirement} in its text")
        return self


class PlanPolicy(Strict):
    """What a session's question plan must contain."""

    min_per_family: dict[Format, dict[FamilyId, Annotated[int, Field(ge=1, le=6)]]] = Field(
        default_factory=dict
    )
    with_application: dict[Format, list[FamilyId]] = Field(default_factory=dict)
    tailored: dict[Format, Annotated[int, Field(ge=0, le=3)]] = Field(default_factory=dict)
    tailored_template: TailoredTemplate
    tailored_overrides: dict[Format, TailoredTemplate] = Field(default_factory=dict)


class StressTrigger(Strict):
    """A stress challenge and what in an answer provokes it."""

    challenge: Text
    rules: list[str] = Field(default_factory=list)
    families: list[FamilyId] = Field(default_factory=list)
    over_time: bool = False
    min_words: int = Field(default=0, ge=0, description="Only for answers at least this long.")

    @model_validator(mode="after")
    def _has_condition(self) -> StressTrigger:
        if not (self.rules or self.families or self.over_time):
            raise ValueError("a stress trigger needs rules, families or over_time")
        return self


class StressPolicy(Strict):
    """How the stress interviewer challenges, interrupts and judges composure."""

    challenge_time_limit_s: int = Field(ge=10, le=120)
    first_answer_always_challenged: bool = True
    warning_at_s: int = Field(ge=5, le=60)
    warning: Text
    interruption: Text
    triggers: list[StressTrigger] = Field(min_length=1)
    generic: list[Text] = Field(min_length=2)
    transitions: list[Text] = Field(min_length=2)
    composure_rules: list[str] = Field(min_length=1)
    defensive: Matcher
    defensive_message: Text
    defensive_why: Text
    defensive_fix: Text


class Recommendation(Strict):
    """A band of the panel's mean score and the recommendation it gives."""

    min_average: float = Field(ge=0, le=5)
    verdict: Text


class PanelPolicy(Strict):
    """How the panel introduces itself and words its verdict."""

    introduction: Text
    director: Text
    recommendations: list[Recommendation] = Field(min_length=2)

    @model_validator(mode="after")
    def _bands(self) -> PanelPolicy:
        bounds = [band.min_average for band in self.recommendations]
        if bounds != sorted(bounds, reverse=True) or bounds[-1] != 0:
            raise ValueError("recommendations must go from the highest min_average down to 0")
        return self


class BiographicalPolicy(Strict):
    """How a biographical interview judges relevance to the vacancy."""

    requirement_threshold: float = Field(gt=0, lt=1)


class InterviewEngineFile(Strict):
    """interview/engine.yaml."""

    follow_ups: FollowUpPolicy
    clarifying: ClarifyingPolicy
    openings: list[OpeningQuestion] = Field(default_factory=list)
    plan: PlanPolicy
    stress: StressPolicy
    panel: PanelPolicy
    biographical: BiographicalPolicy


class ClosingTopic(Strict):
    """A usual closing question and the interviewer's answer when the job text has none."""

    id: Slug
    patterns: list[str] = Field(min_length=1)
    reply: Text

    @model_validator(mode="after")
    def _valid(self) -> ClosingTopic:
        _check_patterns(self.patterns)
        return self


class ClosingReplies(Strict):
    """The interviewer's lines for answering the candidate's questions."""

    from_job: Text
    job_line: Text
    next_round: Text
    public_info: Text
    statement: Text
    more: Text
    avoid: dict[Slug, Text] = Field(default_factory=dict)
    job_line_threshold: float = Field(gt=0, lt=1)


class PauseLines(Strict):
    """The interviewer's lines around the "gives you pause" question."""

    opener: Text
    stress_opener: Text
    invite_reply: Text
    repeat: Text
    clarify: Text
    good_reply_min: int = Field(ge=0, le=100)
    after_reply_good: Text
    after_reply_weak: Text
    after_reply_neutral: Text
    never_asked: Text = Field(description="What the session report says first when it was never asked.")


class ClosingFile(Strict):
    """interview/closing.yaml."""

    invite: dict[Format, Text]
    time_limit_s: int = Field(ge=10, le=900)
    concern_time_limit_s: int = Field(ge=10, le=900)
    max_questions: int = Field(ge=1, le=20)
    pause_patterns: list[str] = Field(min_length=3)
    done_patterns: list[str] = Field(min_length=3)
    replies: ClosingReplies
    topics: list[ClosingTopic] = Field(min_length=1)
    pause: PauseLines
    end: dict[Format, Text]
    out_of_time: Text

    @model_validator(mode="after")
    def _valid(self) -> ClosingFile:
        _check_patterns(self.pause_patterns)
        _check_patterns(self.done_patterns)
        _every_format(dict(self.invite), "invite")
        _every_format(dict(self.end), "end")
        return self


class CaseCriterion(Strict):
    """One thing a situational case answer should cover, and the cues that show it."""

    id: Literal["diagnosis", "goal", "tools", "people", "control", "timeline"]
    name: Text
    why: Text
    fix: Text
    ask: Text = Field(description="The follow-up when this criterion is missing.")
    follow_up_key: GapId | None = Field(
        default=None, description="Prefer the question's own follow-up under this key."
    )
    cues: Matcher


class CaseCriteriaFile(Strict):
    """interview/case_criteria.yaml."""

    also: list[str] = Field(default_factory=list, description="Case questions outside competency_cases.")
    criteria: list[CaseCriterion]

    @model_validator(mode="after")
    def _all_six(self) -> CaseCriteriaFile:
        if sorted(item.id for item in self.criteria) != sorted(CASE_CRITERIA):
            raise ValueError(f"criteria must be exactly: {', '.join(CASE_CRITERIA)}")
        return self


class ProjectiveAreaReading(Strict):
    """What a projective area reads and how settled answers come across."""

    id: ProjectiveArea
    name: Text
    what_it_reads: Text
    settled: Text


class ProjectiveSignal(Strict):
    """Words in a projective answer that colour how an interviewer may read its area."""

    id: Slug
    areas: list[ProjectiveArea] = Field(min_length=1)
    tone: Literal["caution", "positive"]
    if_: Matcher = Field(alias="if")
    unless: Matcher | None = None
    rules: list[str] = Field(default_factory=list, description="Rule ids that also show it.")
    reading: Text

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class ProjectiveRuleNote(Strict):
    """How an analysis finding colours a projective reading."""

    rule: str
    reading: Text


class ProjectiveReadingFile(Strict):
    """interview/projective_reading.yaml."""

    areas: list[ProjectiveAreaReading]
    signals: list[ProjectiveSignal] = Field(min_length=1)
    rule_notes: list[ProjectiveRuleNote] = Field(default_factory=list)
    slow: Text

    @model_validator(mode="after")
    def _five_areas(self) -> ProjectiveReadingFile:
        if sorted(item.id.value for item in self.areas) != sorted(area.value for area in ProjectiveArea):
            raise ValueError("areas must describe each projective area once")
        return self


class ConcernAnswerPlan(Strict):
    """How to answer a concern: acknowledge, evidence, plan, check back (seed 000)."""

    acknowledge: Text
    evidence: Text
    plan: Text
    check_back: Text


class GenericConcern(Strict):
    """A concern the interviewer raises when there is no fit map to predict the real one."""

    id: Slug
    kind: Slug
    title: Text
    severity: Literal["high", "medium", "low"]
    question: Text = Field(description="How the interviewer voices the concern.")
    why: Text
    when_weak: list[FamilyId] = Field(default_factory=list)
    answer_plan: ConcernAnswerPlan


class GenericConcernsFile(Strict):
    """interview/generic_concerns.yaml."""

    weak_below: int = Field(ge=0, le=100)
    concerns: list[GenericConcern] = Field(min_length=2)


class InterviewContent(Strict):
    """Everything under content/interview/, validated together."""

    engine: InterviewEngineFile
    closing: ClosingFile
    cases: CaseCriteriaFile
    projective: ProjectiveReadingFile
    concerns: GenericConcernsFile


# --- After the interview: thank-you letter and follow-up schedule (content/followup/) ---------

LETTER_PLACEHOLDERS: frozenset[str] = frozenset(
    {"interviewer", "company", "title", "when", "topic", "question", "need", "evidence",
     "action", "statement", "quote", "concern", "plan", "what", "by", "next_step", "candidate",
     "addition"}
)
SCHEDULE_PLACEHOLDERS: frozenset[str] = frozenset(
    {"interviewer", "address_as", "everyone", "company", "title", "held_on", "next_step", "by",
     "candidate", "round", "window_end", "thanked_on"}
)


def _template_names(text: str) -> set[str]:
    """The {names} a follow-up template uses (ValueError on a malformed brace)."""
    import string

    names: set[str] = set()
    for _, name, _, _ in string.Formatter().parse(text):
        if name is not None:
            names.add(name)
    return names


def _check_template(text: str, allowed: frozenset[str], *, needs: tuple[str, ...] = ()) -> None:
    """Raise ValueError for an unknown placeholder, or a required one that is missing."""
    try:
        names = _template_names(text)
    except ValueError as exc:
        raise ValueError(f"template {text!r} has a stray brace: {exc}") from exc
    for name in sorted(names):
        if name not in allowed:
            raise ValueError(f"unknown placeholder {{{name}}}; use {', '.join(sorted(allowed))}")
    for name in needs:
        if name not in names:
            raise ValueError(f"template {text!r} must use {{{name}}}")


class LetterThanks(Strict):
    """The opening thanks: naming a topic discussed, or quoting a question asked."""

    topic: Text
    question: Text

    @model_validator(mode="after")
    def _placeholders_known(self) -> LetterThanks:
        _check_template(self.topic, LETTER_PLACEHOLDERS, needs=("topic",))
        _check_template(self.question, LETTER_PLACEHOLDERS, needs=("question",))
        return self


class LetterFit(Strict):
    """The fit paragraph: an opening line, then one sentence per need of the role."""

    intro: Text
    need: Text
    need_again: Text

    @model_validator(mode="after")
    def _placeholders_known(self) -> LetterFit:
        _check_template(self.intro, LETTER_PLACEHOLDERS)
        for text in (self.need, self.need_again):
            _check_template(text, LETTER_PLACEHOLDERS, needs=("need", "evidence"))
        return self


class LetterEvidence(Strict):
    """How a résumé line becomes evidence: a past-tense action, a first-person sentence, a quote."""

    action: Text
    statement: Text
    quote: Text

    @model_validator(mode="after")
    def _placeholders_known(self) -> LetterEvidence:
        _check_template(self.action, LETTER_PLACEHOLDERS, needs=("action",))
        _check_template(self.statement, LETTER_PLACEHOLDERS, needs=("statement",))
        _check_template(self.quote, LETTER_PLACEHOLDERS, needs=("quote",))
        return self


class LetterConcern(Strict):
    """Answering a concern left open, or only partly answered, with its plan."""

    open: Text
    partly: Text

    @model_validator(mode="after")
    def _placeholders_known(self) -> LetterConcern:
        for text in (self.open, self.partly):
            _check_template(text, LETTER_PLACEHOLDERS, needs=("concern", "plan"))
        return self


class LetterPromise(Strict):
    """Delivering promises: an opening for the first, then attached now or following later."""

    opening: Text
    attached: Text
    to_follow_dated: Text
    to_follow: Text

    @model_validator(mode="after")
    def _placeholders_known(self) -> LetterPromise:
        for text in (self.attached, self.to_follow):
            _check_template(text, LETTER_PLACEHOLDERS, needs=("what",))
        _check_template(self.to_follow_dated, LETTER_PLACEHOLDERS, needs=("what", "by"))
        return self


class LetterInterest(Strict):
    """The closing statement of interest, with the next step when the interviewers gave one."""

    next_step_dated: Text
    next_step: Text
    plain: Text

    @model_validator(mode="after")
    def _placeholders_known(self) -> LetterInterest:
        _check_template(self.next_step_dated, LETTER_PLACEHOLDERS, needs=("next_step", "by"))
        _check_template(self.next_step, LETTER_PLACEHOLDERS, needs=("next_step",))
        _check_template(self.plain, LETTER_PLACEHOLDERS)
        return self


class LetterFile(Strict):
    """followup/letter.yaml: every sentence of the thank-you letter, and the filler it must avoid."""

    subject: Text
    greeting: Text
    thanks: LetterThanks
    fit: LetterFit
    evidence: LetterEvidence
    addition: Text = Field(description="Adding to an answer that went weakly (seed 003).")
    concern: LetterConcern
    promise: LetterPromise
    more_information: Text
    interest: LetterInterest
    sign_off: Text
    missing_sender: Text
    past_tense_verbs: list[Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]] = Field(
        min_length=10
    )
    filler: list[Text] = Field(min_length=5)

    @model_validator(mode="after")
    def _placeholders_known(self) -> LetterFile:
        for text in (self.subject, self.greeting, self.more_information, self.sign_off):
            _check_template(text, LETTER_PLACEHOLDERS)
        _check_template(self.greeting, LETTER_PLACEHOLDERS, needs=("interviewer",))
        _check_template(self.addition, LETTER_PLACEHOLDERS, needs=("question", "addition"))
        sentences = [self.subject, self.greeting, self.thanks.topic, self.thanks.question, self.addition,
                     self.fit.intro, self.fit.need, self.fit.need_again, self.concern.open,
                     self.concern.partly,
                     self.promise.opening, self.promise.attached, self.promise.to_follow_dated,
                     self.promise.to_follow,
                     self.more_information, self.interest.next_step_dated,
                     self.interest.next_step, self.interest.plain, self.sign_off]
        for phrase in self.filler:
            for sentence in sentences:
                if phrase.lower() in sentence.lower():
                    raise ValueError(f"template {sentence!r} uses the filler phrase {phrase!r}")
        return self


class ScheduleMessage(Strict):
    """One follow-up step: the reminder's title, why it is due then, and the draft message."""

    title: Text
    why: Text
    subject: Text
    body: Text

    @model_validator(mode="after")
    def _placeholders_known(self) -> ScheduleMessage:
        for text in (self.title, self.why, self.subject, self.body):
            _check_template(text, SCHEDULE_PLACEHOLDERS)
        return self


class ScheduleTiming(Strict):
    """When the check-in falls, in working days (Saturdays and Sundays skipped)."""

    after_given_date: int = Field(ge=1, le=5)
    without_date: tuple[int, int]

    @model_validator(mode="after")
    def _window(self) -> ScheduleTiming:
        low, high = self.without_date
        if not 1 <= low <= high <= 20:
            raise ValueError("without_date must be [first, last] working day, 1 <= first <= last <= 20")
        return self


class ScheduleSteps(Strict):
    """The drafts of every step after the thank-you letter."""

    thank_you: ScheduleMessage
    check_in_dated: ScheduleMessage
    check_in: ScheduleMessage
    keep_in_touch: ScheduleMessage
    last_note: ScheduleMessage

    @model_validator(mode="after")
    def _dated_uses_date(self) -> ScheduleSteps:
        _check_template(self.check_in_dated.body, SCHEDULE_PLACEHOLDERS, needs=("next_step", "by"))
        return self


class ScheduleFile(Strict):
    """followup/schedule.yaml: the timing of the check-ins and the draft of each step."""

    check_in: ScheduleTiming
    later: list[int] = Field(min_length=0, max_length=2, description="Gaps in working days.")
    steps: ScheduleSteps

    @model_validator(mode="after")
    def _growing(self) -> ScheduleFile:
        previous = self.check_in.without_date[1]
        for gap in self.later:
            if gap <= previous:
                raise ValueError(
                    f"later gaps must grow: {gap} working days is not more than {previous}"
                )
            previous = gap
        return self


class FollowupContent(Strict):
    """Everything under content/followup/, validated together."""

    letter: LetterFile
    schedule: ScheduleFile
