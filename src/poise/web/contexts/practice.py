"""Page contexts of a mock interview: choosing the format, and the live session turn by turn."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from poise.content.loader import KnowledgeBase
from poise.interview.clock import clock
from poise.interview.model import Prompt
from poise.interview.session_report import (
    ApplicationRef,
    CaseFeedback,
    ComposureFeedback,
    Cut,
    TurnFeedback,
    VacancyFeedback,
)
from poise.services.followup import ApplicationSummary
from poise.services.practice import PracticeSummary, PracticeTranscript
from poise.web.contexts.base import PageContext
from poise.web.contexts.catalogue import AnalyseForm, Option, ReportFragment, report_view

# --- Practice (mock interviews) ---------------------------------------------------------------

PROMPT_LABELS = {
    "question": "Question",
    "follow_up": "Follow-up",
    "closing": "Your questions",
    "reply": "The interviewer replies",
    "concern": "The concern",
    "end": "The interview is over",
}
TURN_LABELS = {
    "answer": "Answer",
    "follow_up_answer": "Answer to a follow-up",
    "clarification": "Clarifying question",
    "silence": "No answer in time",
    "pause_question": "The pause question",
    "candidate_question": "Your question",
    "statement": "A statement, not a question",
    "closing_done": "No more questions",
    "concern_reply": "Your reply to the concern",
    "concern_clarification": "Clarifying the concern",
}
MODE_LABELS = {
    "practice": "Practice: feedback after each answer",
    "real": "Real: feedback only at the end",
}
QUESTION_TURNS = frozenset({"pause_question", "candidate_question"})
"""Turns where the candidate asks: judged by their flags, not scored like an answer."""
DONE_TEXT = "I have no more questions, thank you."
PAUSE_QUESTION = "Is there anything about me or my experience that gives you pause?"
SENTENCE_END = re.compile(r"(?<=[.!?)])\s+(?=[A-Z])")




def first_sentence(text: str) -> str:
    """The first sentence of a description, for one-line summaries."""
    cleaned = " ".join(text.split())
    return SENTENCE_END.split(cleaned, maxsplit=1)[0]


@dataclass(frozen=True)
class FormatChoice:
    """An interview format as the start form offers it."""

    id: str
    name: str
    summary: str
    time_limit: str
    questions: int
    interviewers: tuple[str, ...]


@dataclass(frozen=True)
class PracticeForm:
    """The start form as typed, with the error to show next to each field."""

    format: str = ""
    application_id: str = ""
    mode: str = "practice"
    format_error: str = ""
    application_error: str = ""
    mode_error: str = ""

    @property
    def has_errors(self) -> bool:
        """True when any field has an error message."""
        return bool(self.format_error or self.application_error or self.mode_error)


@dataclass(frozen=True)
class SessionRow:
    """One earlier session in the list on the practice page."""

    id: int
    format_name: str
    mode: str
    status: str
    started: str
    overall: int | None
    application: str
    href: str
    action: str


@dataclass(frozen=True, kw_only=True)
class PracticeStartContext(PageContext):
    """The practice page: formats, applications, modes, and the sessions so far."""

    formats: tuple[FormatChoice, ...]
    applications: tuple[Option, ...]
    form: PracticeForm
    sessions: tuple[SessionRow, ...]
    modes: tuple[Option, ...] = (
        Option("practice", MODE_LABELS["practice"]),
        Option("real", MODE_LABELS["real"]),
    )


def format_choices(kb: KnowledgeBase) -> tuple[FormatChoice, ...]:
    """Every interview format with a one-line description, in knowledge-base order."""
    choices = []
    for key, item in kb.formats.items():
        interviewers = tuple(f"{persona.name}, {persona.role}" for persona in item.personas)
        choices.append(FormatChoice(
            id=key,
            name=item.name,
            summary=first_sentence(item.description),
            time_limit=clock(item.time_limit_s),
            questions=item.questions,
            interviewers=interviewers,
        ))
    return tuple(choices)


def short_day(stamp: str | None) -> str:
    if not stamp:
        return ""
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{when.day} {when:%b %Y}"


def practice_start_context(
    kb: KnowledgeBase,
    form: PracticeForm,
    applications: Sequence[ApplicationSummary],
    sessions: Sequence[PracticeSummary],
) -> PracticeStartContext:
    """The practice page with ``form`` filled in, the stored applications and earlier sessions."""
    options = tuple(
        Option(str(item.id), f"{item.title} at {item.company}") for item in applications
    )
    names = {str(item.id): f"{item.title} at {item.company}" for item in applications}
    rows = []
    for data in reversed(sessions):
        fmt = kb.formats.get(data.format)
        ended = data.ended
        rows.append(SessionRow(
            id=data.id,
            format_name=fmt.name if fmt else data.format,
            mode=data.mode,
            status="Ended" if ended else "In progress",
            started=short_day(data.started_at),
            overall=int(data.overall) if data.overall is not None else None,
            application=names.get(str(data.application_id), ""),
            href=f"/practice/{data.id}/report" if ended else f"/practice/{data.id}",
            action="Read the report" if ended else "Continue",
        ))
    return PracticeStartContext(
        title="Practice a mock interview",
        active="practice",
        formats=format_choices(kb),
        applications=options,
        form=form,
        sessions=tuple(rows),
    )


@dataclass(frozen=True)
class PromptView:
    """What the interviewer says now."""

    kind: str
    label: str
    speaker: str
    speaker_role: str
    text: str
    time_limit_s: int | None

    @property
    def clock(self) -> str:
        """The time limit as ``m:ss``."""
        return clock(self.time_limit_s)


@dataclass(frozen=True)
class PanelMember:
    """An interviewer of the session; ``speaking`` marks whose turn it is."""

    name: str
    role: str
    criterion: str
    speaking: bool


@dataclass(frozen=True)
class CriterionView:
    """One criterion of a situational case: met or not, and the words or the fix."""

    name: str
    met: bool
    quote: str
    why: str
    fix: str


@dataclass(frozen=True)
class CaseView:
    """How a case answer covers what a case answer needs."""

    score: int
    met: int
    of: int
    criteria: tuple[CriterionView, ...]


@dataclass(frozen=True)
class LapseView:
    """A moment composure slipped in a stress round."""

    message: str
    quote: str
    fix: str


@dataclass(frozen=True)
class ComposureView:
    """Stress format: composure on one answer."""

    score: int
    kept: bool
    lapses: tuple[LapseView, ...]


@dataclass(frozen=True)
class VacancyView:
    """Biographical format: how the answer serves this vacancy."""

    relevance: int | None
    words: int | None
    brevity: str
    touched: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class FlagView:
    """A flag on a closing question (public facts, answered in the advert, to avoid)."""

    message: str
    fix: str


@dataclass(frozen=True)
class CutView:
    """A stress answer cut off at the limit: the words heard and the words that were not."""

    at: str
    said: str
    unsaid: str


def _cut_view(cut: Cut | None) -> CutView | None:
    if cut is None:
        return None
    return CutView(at=clock(cut.at_s), said=cut.said, unsaid=cut.unsaid)


@dataclass(frozen=True)
class FeedbackView:
    """Feedback on one turn: the analysis (the shared report fragment) and the format's extras."""

    kind: str
    label: str
    speaker: str
    question: str
    answer: str
    seconds: str
    time_limit: str
    over_time: bool
    notes: tuple[str, ...]
    report: ReportFragment | None
    case: CaseView | None
    composure: ComposureView | None
    vacancy: VacancyView | None
    flags: tuple[FlagView, ...]
    follow_up: str
    cut: CutView | None = None
    resolved: tuple[tuple[str, str], ...] = ()
    """Findings on the earlier answer that the follow-up cleared: (message, the words quoted)."""

    @property
    def score(self) -> int | None:
        """The analysed answer's overall score, if it was analysed."""
        if self.report is None or self.report.report is None:
            return None
        return self.report.report.report.overall


@dataclass(frozen=True)
class ExchangeView:
    """One exchange of the interview so far: the prompt and what the candidate said."""

    number: int
    speaker: str
    prompt: str
    kind_label: str
    answer: str
    seconds: str


@dataclass(frozen=True)
class AnswerForm:
    """The answer box as typed, and its error."""

    text: str = ""
    error: str = ""
    hint: str = ""


@dataclass(frozen=True, kw_only=True)
class PracticeTurnContext(PageContext):
    """A mock interview between moves: the interviewer's turn, the answer box, the feedback."""

    session_id: int
    format: str
    format_name: str
    mode: str
    mode_label: str
    application: str
    application_href: str
    progress: str
    prompt: PromptView
    panel: tuple[PanelMember, ...]
    feedback: FeedbackView | None
    transcript: tuple[ExchangeView, ...]
    form: AnswerForm
    ended: bool
    closing: bool
    shown_at: float
    elapsed_s: float = 0.0
    done_text: str = DONE_TEXT
    pause_question: str = PAUSE_QUESTION
    pause_asked: bool = False

    @property
    def action(self) -> str:
        """Where the answer form posts."""
        return f"/practice/{self.session_id}"

    @property
    def report_href(self) -> str:
        """The session report."""
        return f"/practice/{self.session_id}/report"


def _case_view(data: CaseFeedback | None) -> CaseView | None:
    if data is None:
        return None
    criteria = []
    for item in data.criteria:
        criteria.append(CriterionView(name=item.name, met=item.met, quote=item.quote or "",
                                      why=item.why, fix=item.fix))
    return CaseView(data.score, data.met, data.of, tuple(criteria))


def _composure_view(data: ComposureFeedback | None) -> ComposureView | None:
    if data is None:
        return None
    lapses = tuple(LapseView(item.message, item.quote, item.fix) for item in data.lapses)
    return ComposureView(data.score, data.kept, lapses)


def _vacancy_view(data: VacancyFeedback | None) -> VacancyView | None:
    if data is None:
        return None
    touched = tuple((item.requirement, item.quote) for item in data.touched)
    return VacancyView(
        relevance=int(data.relevance) if data.relevance is not None else None,
        words=int(data.words) if data.words is not None else None,
        brevity=data.brevity,
        touched=touched,
    )


INTERVIEW_FAMILY_SOURCE = "the kind of question the interviewer asked"


def feedback_view(feedback: TurnFeedback, kb: KnowledgeBase, *, answer: str = "") -> FeedbackView:
    """One turn's stored feedback as the page shows it; the analysis through the report fragment."""
    kind = feedback.kind
    fragment = None
    report = feedback.report
    if report is not None and kind not in QUESTION_TURNS:
        if report.family_source == "given":
            # In a mock interview nobody chose the family: it is the family of the question asked.
            report = dataclasses.replace(report, family_source=INTERVIEW_FAMILY_SOURCE)
        fragment = ReportFragment(form=AnalyseForm(), report=report_view(report, kb))
    flags: tuple[FlagView, ...] = ()
    if feedback.closing is not None:
        flags = tuple(FlagView(item.message, item.fix) for item in feedback.closing.flags)
    text = answer or (report.answer if report is not None else "")
    return FeedbackView(
        kind=kind,
        label=TURN_LABELS.get(kind, kind.replace("_", " ").capitalize()),
        speaker=feedback.speaker,
        question=feedback.question,
        answer=text,
        seconds=clock(feedback.seconds),
        time_limit=clock(feedback.time_limit_s),
        over_time=feedback.over_time,
        notes=feedback.notes,
        report=fragment,
        case=_case_view(feedback.case),
        composure=_composure_view(feedback.composure),
        vacancy=_vacancy_view(feedback.vacancy),
        flags=flags,
        follow_up=feedback.follow_up or "",
        cut=_cut_view(feedback.cut),
        resolved=tuple((item.message, item.quote) for item in feedback.resolved),
    )


def application_link(application: ApplicationRef | None) -> tuple[str, str]:
    """The vacancy a session practised for, as a label and the address of its page."""
    if application is None:
        return "", ""
    label = f"{application.title} at {application.company}"
    href = f"/applications/{application.id}" if application.id is not None else ""
    return label, href


def prompt_view(prompt: Prompt, *, number: int | None, questions: int) -> PromptView:
    """The interviewer's prompt with a label saying where the interview stands."""
    label = PROMPT_LABELS.get(prompt.kind, prompt.kind)
    if prompt.kind == "question" and number is not None:
        label = f"Question {number} of {questions}"
    return PromptView(
        kind=prompt.kind,
        label=label,
        speaker=prompt.speaker,
        speaker_role=prompt.speaker_role,
        text=prompt.text,
        time_limit_s=prompt.time_limit_s,
    )


def practice_turn_context(
    kb: KnowledgeBase,
    transcript: PracticeTranscript,
    *,
    form: AnswerForm | None = None,
    shown_at: float = 0.0,
    elapsed_s: float = 0.0,
) -> PracticeTurnContext:
    """The turn page of a session: the prompt it waits on, the last feedback, the exchanges."""
    step = transcript.step
    prompt = step.prompt
    fmt = kb.formats.get(step.format)
    format_name = fmt.name if fmt else step.format
    panel: tuple[PanelMember, ...] = ()
    if len(step.personas) > 1:
        panel = tuple(
            PanelMember(p.name, p.role, p.criterion, p.id == prompt.persona and not step.ended)
            for p in step.personas
        )
    if step.ended:
        progress = "The interview is over"
    elif step.number is not None:
        progress = f"Question {step.number} of {step.questions}"
    elif prompt.kind == "concern":
        progress = "Closing: the concern"
    else:
        progress = "Closing: your questions"
    exchanges = []
    for turn in transcript.turns:
        exchanges.append(ExchangeView(
            number=turn.index + 1,
            speaker=turn.prompt.speaker,
            prompt=turn.prompt.text,
            kind_label=TURN_LABELS.get(turn.kind, turn.kind),
            answer=turn.answer,
            seconds=clock(turn.seconds),
        ))
    feedback = None
    if step.feedback is not None and not step.ended:
        last_answer = transcript.turns[-1].answer if transcript.turns else ""
        feedback = feedback_view(step.feedback, kb, answer=last_answer)
    label, href = application_link(transcript.application)
    return PracticeTurnContext(
        title=f"{format_name}: {progress.lower()}",
        active="practice",
        session_id=step.session_id,
        format=step.format,
        format_name=format_name,
        mode=step.mode,
        mode_label=MODE_LABELS.get(step.mode, step.mode),
        application=label,
        application_href=href,
        progress=progress,
        prompt=prompt_view(prompt, number=step.number, questions=step.questions),
        panel=panel,
        feedback=feedback,
        transcript=tuple(exchanges),
        form=form or AnswerForm(),
        ended=step.ended,
        closing=not step.ended and step.number is None and prompt.kind in ("closing", "reply"),
        shown_at=shown_at,
        elapsed_s=round(max(0.0, elapsed_s), 1),
        pause_asked=any(turn.kind == "pause_question" for turn in transcript.turns),
    )
