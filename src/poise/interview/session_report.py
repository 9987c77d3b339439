"""The session report and a turn's feedback as typed values: the JSON shape the engine builds
(``build_session_report``, ``Engine.feedback``) declared once, read back with ``from_dict``.

Stored reports are read as they were written: a field an older report lacks, or holds as null
where this version expects text or a number, gets its default; a key this version does not
declare is kept (``extra="allow"``); and ``to_dict`` gives back exactly the stored document. A
test checks that the current engine writes no key these models leave undeclared.
"""

from __future__ import annotations

from types import NoneType, UnionType
from typing import Any, Self, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, PrivateAttr, model_validator

from poise.analysis.report import Report

Number = int | float


def _takes_none(annotation: Any) -> bool:
    if annotation is None or annotation is NoneType or annotation is Any:
        return True
    return get_origin(annotation) in (Union, UnionType) and NoneType in get_args(annotation)


class Shape(BaseModel):
    """A read-only view of one part of a stored JSON document."""

    model_config = ConfigDict(extra="allow", frozen=True)
    _document: dict[str, Any] | None = PrivateAttr(default=None)

    @model_validator(mode="wrap")
    @classmethod
    def _read(cls, data: Any, handler: Any) -> Any:
        """Nulls where a field takes none mean "not given" (its default applies); the document
        read is kept for ``to_dict``."""
        if not isinstance(data, dict):
            return handler(data)
        given = {key: value for key, value in data.items()
                 if value is not None or key not in cls.model_fields
                 or _takes_none(cls.model_fields[key].annotation)}
        shape = handler(given)
        shape._document = data
        return shape

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Read the stored JSON (a mapping); missing fields take their defaults."""
        return cls.model_validate(data)

    def to_dict(self) -> dict[str, Any]:
        """The JSON document again, exactly as it was read (or, when built in code, its fields)."""
        if self._document is not None:
            return dict(self._document)
        return self.model_dump(mode="json", exclude_unset=True)


# --- One turn's feedback -------------------------------------------------------------------------


class Flag(Shape):
    """A flag on a closing question or a finding on a reply: what and what to do."""

    rule: str = ""
    message: str = ""
    fix: str = ""
    quote: str | None = None


class CaseCriterion(Shape):
    """One criterion of a situational case: met or not, the words or the fix."""

    id: str = ""
    name: str = ""
    met: bool = False
    quote: str | None = None
    cue: str | None = None
    why: str = ""
    fix: str = ""


class CaseFeedback(Shape):
    """How a case answer covers what a case answer needs."""

    score: int = 0
    met: int = 0
    of: int = 0
    criteria: tuple[CaseCriterion, ...] = ()


class Lapse(Shape):
    """A moment composure slipped in a stress round."""

    rule: str = ""
    severity: str = ""
    message: str = ""
    quote: str = ""
    fix: str = ""
    turn: int = 0


class ComposureFeedback(Shape):
    """Stress format: composure on one answer."""

    score: int = 0
    kept: bool = False
    lapses: tuple[Lapse, ...] = ()


class Touched(Shape):
    """A requirement of the vacancy an answer spoke to, with the words that did."""

    requirement: str = ""
    quote: str = ""
    similarity: Number | None = None


class VacancyFeedback(Shape):
    """Biographical format: how the answer serves this vacancy."""

    relevance: Number | None = None
    words: Number | None = None
    brevity: str = ""
    touched: tuple[Touched, ...] = ()


class ClosingFeedback(Shape):
    """A question the candidate asked in the closing phase, and how the interviewer took it."""

    pause: bool = False
    flags: tuple[Flag, ...] = ()
    reply: str | None = None
    concern: str | None = None


class Cut(Shape):
    """A stress answer cut off at the limit: the words heard and the words that were not."""

    at_s: Number | None = None
    said: str = ""
    unsaid: str = ""
    last: str = ""
    words_said: int = 0
    words_unsaid: int = 0


class ResolvedFinding(Shape):
    """A finding on an earlier answer that the follow-up answer cleared."""

    rule: str = ""
    message: str = ""
    quote: str = ""


class TurnFeedback(Shape):
    """Feedback on one turn: the analysis of the answer and the format's extras."""

    turn: int = 0
    kind: str = ""
    question: str = ""
    speaker: str = ""
    analysis: dict[str, Any] | None = None
    seconds: Number | None = None
    time_limit_s: Number | None = None
    over_time: bool = False
    notes: tuple[str, ...] = ()
    case: CaseFeedback | None = None
    composure: ComposureFeedback | None = None
    vacancy: VacancyFeedback | None = None
    closing: ClosingFeedback | None = None
    follow_up: str | None = None
    follow_up_quote: str | None = None
    cut: Cut | None = None
    resolved: tuple[ResolvedFinding, ...] = ()

    @property
    def report(self) -> Report | None:
        """The analysis of the answer as a ``Report`` (None when the turn was not analysed)."""
        return Report.from_dict(self.analysis) if self.analysis else None


# --- The session report ---------------------------------------------------------------------------


class PersonaView(Shape):
    """An interviewer of the session."""

    id: str = ""
    name: str = ""
    role: str = ""
    criterion: str = ""


class ApplicationRef(Shape):
    """The vacancy a session practised for."""

    id: int | None = None
    company: str = ""
    title: str = ""


class SessionInfo(Shape):
    """Which session: format, mode, seed, status, dates, the vacancy and the interviewers."""

    id: int | None = None
    format: str = ""
    format_name: str = ""
    mode: str = ""
    seed: int = 0
    status: str = ""
    started_at: str | None = None
    ended_at: str | None = None
    application: ApplicationRef | None = None
    personas: tuple[PersonaView, ...] = ()
    questions_planned: int = 0
    questions_asked: int = 0
    notes: tuple[str, ...] = ()


class PauseQuestion(Shape):
    """Whether the candidate asked what gives the interviewer pause, and what that means."""

    asked: bool = False
    message: str = ""


class LowestAnswer(Shape):
    """The answer that scored lowest on a dimension."""

    question: str = ""
    score: int = 0


class DimensionAverage(Shape):
    """A dimension averaged over the session."""

    label: str = ""
    average: Number | None = None
    answers: int = 0
    lowest: LowestAnswer | None = None


class FixExample(Shape):
    """Where a thing to fix was seen."""

    quote: str | None = None
    question: str = ""


class FixFirst(Shape):
    """One of the things to fix first across the session."""

    rule: str = ""
    severity: str = ""
    message: str = ""
    fix: str = ""
    why: str = ""
    count: int = 1
    example: FixExample | None = None


class TimedAnswer(Shape):
    """How long one answer took against its limit."""

    turn: int = 0
    kind: str = ""
    question: str = ""
    seconds: Number | None = None
    time_limit_s: Number | None = None
    over_time: bool = False
    no_answer: bool = False
    cut_off: bool = False


class Timing(Shape):
    """Every timed answer and the totals."""

    answers: tuple[TimedAnswer, ...] = ()
    no_answer: int = 0
    cut_off: int = 0
    measured: int = 0
    average_s: Number | None = None
    total_s: Number | None = None
    over_limit: int = 0


class FamilyScore(Shape):
    """The answers to one question family."""

    name: str = ""
    answers: int = 0
    overall: Number | None = None
    dimensions: dict[str, Number | None] = {}


class ClosingConcern(Shape):
    """The concern the interviewer raised (from the fit map or the session), and how to meet it."""

    id: str = ""
    kind: str = ""
    title: str = ""
    why: str = ""
    severity: str = ""
    source: str = ""
    answer_plan: dict[str, str] = {}
    model_reply: str = ""
    quote: str | None = None
    note: str | None = ""
    personal: bool = True
    raised_as: str = ""


class ClosingReply(Shape):
    """The candidate's reply to the concern and its verdict."""

    answer: str = ""
    overall: Number | None = None
    findings: tuple[Flag, ...] = ()
    handled: bool = False
    verdict: str = ""


class ClosingQuestion(Shape):
    """A question the candidate asked at the end."""

    text: str = ""
    pause: bool = False
    flags: tuple[Flag, ...] = ()
    reply: str | None = None


class Closing(Shape):
    """The closing phase: the pause question, the concern, the reply, the questions asked."""

    asked_pause: bool = False
    concern: ClosingConcern | None = None
    reply: ClosingReply | None = None
    questions: tuple[ClosingQuestion, ...] = ()
    result: str = ""
    asked: int = 0
    ended_by: str | None = None
    notes: tuple[str, ...] = ()


class PanelEvidence(Shape):
    """The words a panellist's score rests on."""

    quote: str = ""
    question: str = ""
    why: str = ""


class Panellist(Shape):
    """One panellist's score on their own criterion, and why."""

    name: str = ""
    role: str = ""
    criterion: str = ""
    score: Number | None = None
    reason: str = ""
    persona: str = ""
    dimension: str = ""
    evidence: PanelEvidence | None = None
    asked: tuple[str, ...] = ()


class Panel(Shape):
    """The panel's verdict as the hiring director receives it."""

    recommendation: str = ""
    average: Number | None = None
    panellists: tuple[Panellist, ...] = ()
    memo: str = ""
    director: str = ""
    overall: Number | None = None
    reservations: tuple[str, ...] = ()


class StressAnswer(Shape):
    """Composure on one answer of a stress round."""

    turn: int = 0
    question: str = ""
    score: Number | None = None
    kept: bool = False


class Stress(Shape):
    """Composure across a stress round."""

    average: Number | None = None
    answers: tuple[StressAnswer, ...] = ()
    lapses: tuple[Lapse, ...] = ()
    challenges: tuple[str, ...] = ()
    cut_off: int = 0
    verdict: str = ""


class CaseScore(Shape):
    """One situational case and the criteria its answer met."""

    question: str = ""
    score: int = 0
    met: int = 0
    of: int = 0
    criteria: tuple[CaseCriterion, ...] = ()


class CriterionCount(Shape):
    """How many cases covered one criterion."""

    name: str = ""
    covered: int = 0
    of: int = 0


class Cases(Shape):
    """The situational cases of a competency session."""

    cases: tuple[CaseScore, ...] = ()
    criteria: dict[str, CriterionCount] = {}
    summary: str = ""


class Signal(Shape):
    """A projective answer's signal: what it may say about the candidate."""

    id: str = ""
    tone: str = ""
    quote: str = ""
    reading: str = ""


class ProjectiveAnswer(Shape):
    """A rapid-fire answer about other people, and how it reads."""

    question: str = ""
    answer: str = ""
    seconds: Number | None = None
    how_read: str = ""
    signals: tuple[Signal, ...] = ()


class ProjectiveArea(Shape):
    """One area of the projective reading."""

    area: str = ""
    name: str = ""
    what_it_reads: str = ""
    questions: tuple[ProjectiveAnswer, ...] = ()
    cautions: int = 0
    summary: str = ""


class Projective(Shape):
    """The projective reading by area."""

    areas: tuple[ProjectiveArea, ...] = ()
    note: str | None = ""


class BiographicalAnswer(Shape):
    """How one biographical answer serves the vacancy."""

    question: str = ""
    relevance: Number | None = None
    words: Number | None = None
    seconds: Number | None = None
    brevity: str | None = None
    touched: int = 0


class Requirements(Shape):
    """The vacancy's requirements the candidate spoke to, and those they missed."""

    touched: tuple[Touched, ...] = ()
    missed: tuple[str, ...] = ()


class Biographical(Shape):
    """A biographical session: relevance and brevity."""

    answers: tuple[BiographicalAnswer, ...] = ()
    requirements: Requirements | None = None
    summary: str = ""


class ReportTurn(Shape):
    """One turn of the session with its prompt, answer and feedback."""

    turn: int = 0
    prompt: dict[str, Any] = {}
    kind: str = ""
    answer: str = ""
    seconds: Number | None = None
    feedback: TurnFeedback | None = None

    @property
    def speaker(self) -> str:
        """Who asked."""
        return str(self.prompt.get("speaker") or "")

    @property
    def asked(self) -> str:
        """What they asked."""
        return str(self.prompt.get("text") or "")


class SessionReport(Shape):
    """The whole session as the candidate reads it afterwards (``build_session_report``)."""

    headline: tuple[str, ...] = ()
    version: int = 0
    session: SessionInfo = SessionInfo()
    pause_question: PauseQuestion = PauseQuestion()
    overall: Number | None = None
    verdict: str | None = None
    reservations: tuple[str, ...] = ()
    dimensions: dict[str, DimensionAverage] = {}
    fix_first: tuple[FixFirst, ...] = ()
    timing: Timing = Timing()
    families: dict[str, FamilyScore] = {}
    closing: Closing = Closing()
    panel: Panel | None = None
    stress: Stress | None = None
    cases: Cases | None = None
    projective: Projective | None = None
    biographical: Biographical | None = None
    turns: tuple[ReportTurn, ...] = ()


def undeclared(value: Shape, path: str = "") -> list[str]:
    """Keys of the document that no model declares (``extra`` keys), as dotted paths."""
    found = [f"{path}{key}" for key in (value.model_extra or {})]
    for name in type(value).model_fields:
        found.extend(_undeclared_in(getattr(value, name), f"{path}{name}."))
    return found


def _undeclared_in(item: Any, path: str) -> list[str]:
    if isinstance(item, Shape):
        return undeclared(item, path)
    found: list[str] = []
    if isinstance(item, tuple):
        for entry in item:
            found.extend(_undeclared_in(entry, path))
    elif isinstance(item, dict):
        for entry in item.values():
            found.extend(_undeclared_in(entry, path))
    return found
