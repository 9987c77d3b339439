"""Mock-interview content: engine policies, closing phase, cases, projective reading, concerns."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field, StringConstraints, model_validator

from poise.content.schema.base import (
    FAMILY_IDS,
    Format,
    Matcher,
    ProjectiveArea,
    Slug,
    Strict,
    Text,
    check_patterns,
)

# --- Mock interviews (content/interview/) ----------------------------------------------------

GapId = Literal["no_actions", "no_result", "only_we", "vague"]
FamilyId = Literal[FAMILY_IDS]  # type: ignore[valid-type]
CASE_CRITERIA: tuple[str, ...] = ("diagnosis", "goal", "tools", "people", "control", "timeline")


def _every_format(values: dict[Format, object], what: str) -> None:
    missing = [item.value for item in Format if item not in values]
    if missing:
        raise ValueError(f"{what} needs a value for every format; missing: {', '.join(missing)}")


class FollowUpGap(Strict):
    """Something an answer can miss, the rules that reveal it and the default follow-up."""

    id: GapId
    rules: list[str] = Field(min_length=1, description="Rule ids whose findings open this gap.")
    ask: Text = Field(description="The follow-up when the question has no line of its own.")
    alternates: list[Text] = Field(
        default_factory=list, description="Other wordings, used when the lines above were asked already."
    )
    lead: Text | None = Field(
        default=None, description="How the candidate's words are quoted before the line ({quote})."
    )

    @model_validator(mode="after")
    def _lead_quotes(self) -> FollowUpGap:
        _check_quote_slot(self.lead)
        return self


def _check_quote_slot(lead: str | None) -> None:
    if lead is not None and "{quote}" not in lead:
        raise ValueError(f"lead {lead!r} must contain {{quote}}")


class FollowUpPolicy(Strict):
    """When and how the interviewer probes an answer."""

    max_per_question: dict[Format, Annotated[int, Field(ge=0, le=2)]]
    time_limit_s: dict[Format, Annotated[int, Field(ge=10, le=900)]]
    gaps: list[FollowUpGap] = Field(min_length=4)
    thin_answer_gap: GapId = "vague"
    thin_answer_ask: Text = Field(
        description="Follow-up for a thin answer to a question that asks for no past example."
    )
    lead: Text = Field(description="How a probe quotes the candidate's words ({quote}) before its line.")

    @model_validator(mode="after")
    def _complete(self) -> FollowUpPolicy:
        _check_quote_slot(self.lead)
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
        check_patterns(self.patterns)
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
    never_planned: list[str] = Field(
        default_factory=list,
        description="Bank questions that only make sense as a reaction to the answer before them "
        "(an interruption); never drawn as a main question.",
    )


class StressTrigger(Strict):
    """A stress challenge and what in an answer provokes it."""

    challenge: Text
    rules: list[str] = Field(default_factory=list)
    families: list[FamilyId] = Field(default_factory=list)
    over_time: bool = False
    min_words: int = Field(default=0, ge=0, description="Only for answers at least this long.")
    behavioural_only: bool = Field(
        default=False, description="Only after questions that ask about a real past event."
    )

    @model_validator(mode="after")
    def _has_condition(self) -> StressTrigger:
        if not (self.rules or self.families or self.over_time):
            raise ValueError("a stress trigger needs rules, families or over_time")
        return self


class ChallengeFit(Strict):
    """Where a sceptical stress line makes sense: the question families and what the answer holds."""

    challenge: Text
    families: list[FamilyId] = Field(min_length=1)
    min_words: int = Field(default=0, ge=0, description="Only after answers at least this long.")
    needs: Literal["claim", "answer"] | None = Field(
        default=None,
        description="claim: the answer states an outcome or a number; answer: it is not too thin.",
    )


class StressPolicy(Strict):
    """How the stress interviewer challenges, interrupts and judges composure."""

    challenge_time_limit_s: int = Field(ge=10, le=120)
    first_answer_always_challenged: bool = True
    warning_at_s: int = Field(ge=5, le=60)
    warning: Text
    interruption: Text
    triggers: list[StressTrigger] = Field(min_length=1)
    generic: list[Text] = Field(min_length=2)
    generic_fit: list[ChallengeFit] = Field(default_factory=list)
    echo: Text = Field(description="How a challenge throws the candidate's words back ({quote}).")
    transitions: list[Text] = Field(min_length=2)
    composure_rules: list[str] = Field(min_length=1)
    reply_rules: list[str] = Field(
        default_factory=list,
        description="Composure rules that judge a follow-up reply on its own words as well (a curt or "
        "defensive reply reads as one only alone, not joined to the first answer).")
    defensive: Matcher
    defensive_message: Text
    defensive_why: Text
    defensive_fix: Text

    @model_validator(mode="after")
    def _fits_known(self) -> StressPolicy:
        _check_quote_slot(self.echo)
        for fit in self.generic_fit:
            if fit.challenge not in self.generic:
                raise ValueError(f"generic_fit names {fit.challenge!r}, which is not a generic line")
        return self


class Recommendation(Strict):
    """A band of the panel's mean score and the recommendation it gives."""

    min_average: float = Field(ge=0, le=5)
    min_overall: int = Field(
        default=0, ge=0, le=100,
        description="The session's mean answer score (0-100, no answer counts 0) this band also needs.",
    )
    verdict: Text


class PanelAngle(Strict):
    """A panel persona's angle: the people an advert may name who ask from it, and its families."""

    persona: Slug
    words: list[str] = Field(min_length=1, description="Words in a named interviewer's title.")
    families: list[FamilyId] = Field(min_length=1, description="The question families it asks.")


class PanelPolicy(Strict):
    """How the panel introduces itself and words its verdict."""

    introduction: Text
    director: Text
    member_cues: list[str] = Field(
        default_factory=list,
        description="Words of a job-text sentence that names the interviewers (interview, panel...).",
    )
    angles: list[PanelAngle] = Field(default_factory=list)
    near_duplicate: float = Field(
        default=0.7, gt=0, lt=1,
        description="Two planned questions at least this similar (sentence embeddings) are near-duplicates.",
    )
    recommendations: list[Recommendation] = Field(min_length=2)
    weak_answer_cap: int = Field(
        default=1, ge=0,
        description="An answer too thin to judge, or no answer, caps the verdict at this band "
        "(0 is the first): one such answer never earns the top recommendation.",
    )

    @model_validator(mode="after")
    def _bands(self) -> PanelPolicy:
        bounds = [band.min_average for band in self.recommendations]
        if bounds != sorted(bounds, reverse=True) or bounds[-1] != 0:
            raise ValueError("recommendations must go from the highest min_average down to 0")
        overall = [band.min_overall for band in self.recommendations]
        if overall != sorted(overall, reverse=True) or overall[-1] != 0:
            raise ValueError("recommendations must go from the highest min_overall down to 0")
        if self.weak_answer_cap >= len(self.recommendations):
            raise ValueError("weak_answer_cap must name one of the recommendation bands")
        return self


class SessionVerdict(Strict):
    """A band of the session's mean answer score and the verdict it gives."""

    min_overall: int = Field(ge=0, le=100)
    verdict: Text


class VerdictPolicy(Strict):
    """The verdict every session ends with, from its answers (no answer counts 0)."""

    bands: list[SessionVerdict] = Field(min_length=2)
    weak_answer_cap: int = Field(default=1, ge=0)
    weak_below: int = Field(
        default=40, ge=0, le=100, description="An answer scoring below this is a weak answer."
    )
    weak_rules: list[str] = Field(
        default_factory=list, description="Findings that make an answer weak whatever its score."
    )

    @model_validator(mode="after")
    def _bands(self) -> VerdictPolicy:
        bounds = [band.min_overall for band in self.bands]
        if bounds != sorted(bounds, reverse=True) or bounds[-1] != 0:
            raise ValueError("verdict bands must go from the highest min_overall down to 0")
        if self.weak_answer_cap >= len(self.bands):
            raise ValueError("weak_answer_cap must name one of the verdict bands")
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
    verdict: VerdictPolicy
    biographical: BiographicalPolicy


class ClosingTopic(Strict):
    """A usual closing question and the interviewer's answer when the job text has none."""

    id: Slug
    patterns: list[str] = Field(min_length=1)
    reply: Text

    @model_validator(mode="after")
    def _valid(self) -> ClosingTopic:
        check_patterns(self.patterns)
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


class SpokenPart(Strict):
    """How one piece of a concern's shorthand ("team of 20 → 70") is said aloud."""

    match: str = Field(description="A regular expression over the piece; named groups fill `say`.")
    say: Text

    @model_validator(mode="after")
    def _valid(self) -> SpokenPart:
        check_patterns([self.match])
        return self


class SpokenLines(Strict):
    """How the interviewer turns a concern's shorthand into speech (no arrows, no labels)."""

    parts: list[SpokenPart] = Field(default_factory=list)
    arrow: Text = Field(description="Any other 'A → B' piece: {have} and {need}.")
    units: dict[str, str] = Field(default_factory=dict, description="Money suffixes said in words.")
    label_prefix: str = Field(
        default=r"^[A-Z][\w -]{2,40}: ",
        description="An internal label at the start of a title ('Missing must-have: '), dropped.",
    )


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
    spoken: SpokenLines

    @model_validator(mode="after")
    def _valid(self) -> ClosingFile:
        check_patterns(self.pause_patterns)
        check_patterns(self.done_patterns)
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
    alternates: list[Text] = Field(
        default_factory=list, description="Other wordings, used when the lines above were asked already."
    )
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

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


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


class SessionConcern(Strict):
    """A concern drawn from what the candidate said in the session, quoting their words."""

    id: Slug
    kind: Slug
    title: Text
    severity: Literal["high", "medium", "low"]
    rules: list[str] = Field(default_factory=list, description="Findings that show the gap.")
    scale: bool = Field(default=False, description="Drawn from a sentence that states a scale.")
    projective: bool = Field(
        default=False, description="Also drawn from a projective answer the reading treats with care."
    )
    claims: bool = Field(
        default=False, description="Also drawn from a claimed outcome that carries no number."
    )
    not_for: list[FamilyId] = Field(
        default_factory=list, description="Answers to these families are never quoted for it."
    )
    question: Text = Field(description="How the interviewer voices it; {quote} is the candidate's words.")
    why: Text
    answer_plan: ConcernAnswerPlan

    @model_validator(mode="after")
    def _has_source(self) -> SessionConcern:
        if not self.rules and not self.scale:
            raise ValueError("a session concern needs rules or scale: true")
        if "{quote}" not in self.question:
            raise ValueError("a session concern's question must quote the candidate ({quote})")
        return self


class KindPlan(Strict):
    """How to answer a concern of one kind, and a model reply in the candidate's voice."""

    kinds: list[Slug] = Field(min_length=1)
    answer_plan: ConcernAnswerPlan
    model_reply: Text


class GenericConcernsFile(Strict):
    """interview/generic_concerns.yaml."""

    weak_below: int = Field(ge=0, le=100)
    concerns: list[GenericConcern] = Field(min_length=2)
    from_session: list[SessionConcern] = Field(default_factory=list)
    scale_nouns: list[str] = Field(
        default_factory=list, description="Nouns that, next to a number, state a scale (team, budget)."
    )
    plans: list[KindPlan] = Field(default_factory=list)
    generic_note: Text = Field(
        description="What the report says when the concern had to be generic."
    )


class InterviewContent(Strict):
    """Everything under content/interview/, validated together."""

    engine: InterviewEngineFile
    closing: ClosingFile
    cases: CaseCriteriaFile
    projective: ProjectiveReadingFile
    concerns: GenericConcernsFile
