"""Typed contexts handed to the templates, and the functions that build them from core objects."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

from poise.analysis.report import (
    SEVERITY_ORDER,
    DimensionScore,
    Evidence,
    Finding,
    Fix,
    LabelledSentence,
    Report,
    Strength,
)
from poise.content.loader import KnowledgeBase
from poise.content.schema import Question
from poise.followup.application import CLOSED_STAGES, STAGES
from poise.followup.debrief import RATINGS
from poise.followup.letter import Letter
from poise.followup.pipeline import PipelineRow, stage_label
from poise.followup.schedule import Schedule
from poise.interview.model import Prompt
from poise.services.followup import ApplicationSummary, DebriefOutcome, StoredDebrief
from poise.services.practice import PracticeTranscript
from poise.web.highlight import SentenceView, sentence_views

ROLE_LABELS = {
    "circumstances": "Context",
    "actions": "Action",
    "results": "Result",
    "lesson": "Lesson",
    "other": "Off-story",
}
FAMILY_SOURCES = {
    "given": "as chosen",
    "bank": "from the bank question",
    "detected": "detected from the question",
}
SEVERITY_LABELS = {"high": "High", "medium": "Medium", "low": "Low"}


@dataclass(frozen=True)
class NavLink:
    """One entry of the main navigation."""

    key: str
    href: str
    label: str


NAV = (
    NavLink("home", "/", "Home"),
    NavLink("applications", "/pipeline", "Applications"),
    NavLink("stories", "/stories", "Stories"),
    NavLink("practice", "/practice", "Practice"),
    NavLink("questions", "/questions", "Question bank"),
    NavLink("analyse", "/analyse", "Analyse"),
    NavLink("settings", "/settings", "Settings"),
)


@dataclass(frozen=True, kw_only=True)
class PageContext:
    """What every page needs: its title and which navigation entry is current."""

    title: str
    active: str = ""
    nav: tuple[NavLink, ...] = NAV


# --- Home -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """Sizes of the knowledge base, shown on the home page."""

    questions: int
    families: int
    competencies: int
    formats: int
    rules: int


@dataclass(frozen=True, kw_only=True)
class HomeContext(PageContext):
    """The home page."""

    counts: Counts


def home_context(kb: KnowledgeBase) -> HomeContext:
    """The home page for this knowledge base."""
    counts = Counts(
        questions=len(kb.questions),
        families=len(kb.families),
        competencies=len(kb.competencies),
        formats=len(kb.formats),
        rules=len(kb.rules),
    )
    return HomeContext(title="Poise, a leadership interview coach", active="home", counts=counts)


# --- Question bank ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Option:
    """One choice of a ``<select>``."""

    value: str
    label: str


@dataclass(frozen=True)
class OptionGroup:
    """An ``<optgroup>`` of choices."""

    label: str
    options: tuple[Option, ...]


@dataclass(frozen=True)
class QuestionCard:
    """One bank question as the question browser shows it."""

    id: str
    text: str
    family: str
    family_name: str
    formats: tuple[str, ...]
    competencies: tuple[str, ...]
    really_asking: str
    good_shape: str
    pitfalls: tuple[str, ...]
    practise_href: str


@dataclass(frozen=True)
class QuestionFilters:
    """The filters of the question browser ("" means any)."""

    family: str = ""
    competency: str = ""
    format: str = ""

    @property
    def active(self) -> bool:
        """True when at least one filter is set."""
        return bool(self.family or self.competency or self.format)


@dataclass(frozen=True, kw_only=True)
class QuestionsContext(PageContext):
    """The question-bank browser: filter choices, the filters in use and the matching questions."""

    families: tuple[Option, ...]
    competencies: tuple[Option, ...]
    formats: tuple[Option, ...]
    filters: QuestionFilters
    questions: tuple[QuestionCard, ...]
    total: int


def question_card(kb: KnowledgeBase, question: Question) -> QuestionCard:
    """A bank question with its ids turned into the names people read."""
    formats = []
    for item in question.formats:
        known = kb.formats.get(item.value)
        formats.append(known.name if known else item.value)
    competencies = []
    for competency_id in question.competencies:
        competency = kb.competencies.get(competency_id)
        competencies.append(competency.name if competency else competency_id)
    family = kb.families.get(question.family)
    return QuestionCard(
        id=question.id,
        text=question.text,
        family=question.family,
        family_name=family.name if family else question.family,
        formats=tuple(formats),
        competencies=tuple(competencies),
        really_asking=question.really_asking,
        good_shape=question.good_shape,
        pitfalls=tuple(question.pitfalls),
        practise_href=f"/analyse?question={question.id}",
    )


def filter_options(kb: KnowledgeBase) -> tuple[tuple[Option, ...], ...]:
    """The family, competency and format choices, in knowledge-base order."""
    families = tuple(Option(item.id, item.name) for item in kb.families.values())
    competencies = tuple(Option(item.id, item.name) for item in kb.competencies.values())
    formats = tuple(Option(key, item.name) for key, item in kb.formats.items())
    return families, competencies, formats


def questions_context(
    kb: KnowledgeBase, questions: list[Question], filters: QuestionFilters
) -> QuestionsContext:
    """The question browser showing ``questions`` under ``filters``."""
    families, competencies, formats = filter_options(kb)
    cards = tuple(question_card(kb, question) for question in questions)
    return QuestionsContext(
        title="Question bank",
        active="questions",
        families=families,
        competencies=competencies,
        formats=formats,
        filters=filters,
        questions=cards,
        total=len(kb.questions),
    )


# --- Analyse ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """The overall score in plain words, with a band name for styling."""

    band: str
    headline: str
    detail: str


@dataclass(frozen=True)
class FindingView:
    """A finding with the quotes to show (evidence already sliced from the answer)."""

    rule: str
    severity: str
    severity_label: str
    message: str
    why: str
    fix: str
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class StrengthView:
    """A strength and the words that prove it."""

    what: str
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class ReportView:
    """Everything the report fragment shows for one analysed answer."""

    report: Report
    verdict: Verdict
    sentences: tuple[SentenceView, ...]
    dimensions: tuple[DimensionScore, ...]
    top_fixes: tuple[Fix, ...]
    findings: tuple[FindingView, ...]
    strengths: tuple[StrengthView, ...]
    family_name: str = ""

    @staticmethod
    def role_label(role: str) -> str:
        """The short label shown before a sentence with this story role."""
        return ROLE_LABELS.get(role, role.replace("_", " ").capitalize())

    @property
    def family_note(self) -> str:
        """Which question family the answer was judged as, and how Poise knows."""
        if not self.family_name:
            return "No question family recognised: general checks only"
        how = FAMILY_SOURCES.get(self.report.family_source, self.report.family_source)
        return f"Judged as: {self.family_name} ({how})"

    @property
    def summary(self) -> str:
        """One line a screen reader announces when the report changes."""
        count = len(self.findings)
        noun = "point" if count == 1 else "points"
        score = f"Score {self.report.overall} out of 100"
        return f"{score}. {self.verdict.headline}. {count} {noun} to fix."


MAX_QUOTES = 3
MAX_QUOTE_CHARS = 160


def verdict(report: Report) -> Verdict:
    """A short plain-language reading of the overall score."""
    if report.insufficient:
        return Verdict(
            "thin",
            "Too thin to judge yet",
            "Give one real example: what the situation was, what you did and how it ended.",
        )
    if report.overall >= 80:
        return Verdict("strong", "Strong answer", "Ready to use; polish the details below.")
    if report.overall >= 60:
        return Verdict("good", "Solid base", "A few fixes will make it convincing.")
    if report.overall >= 40:
        return Verdict("fair", "Needs work", "Fix the points below, starting with the first three.")
    return Verdict("weak", "Weak answer", "Rebuild it around one real example with a clear result.")


def _quote(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_QUOTE_CHARS:
        return text[: MAX_QUOTE_CHARS - 1].rstrip() + "…"
    return text


def _finding_view(finding: Finding) -> FindingView:
    quotes = []
    for item in finding.evidence[:MAX_QUOTES]:
        if item.quote.strip():
            quotes.append(_quote(item.quote))
    return FindingView(
        rule=finding.rule,
        severity=finding.severity,
        severity_label=SEVERITY_LABELS.get(finding.severity, finding.severity),
        message=finding.message,
        why=finding.why,
        fix=finding.fix,
        quotes=tuple(quotes),
    )


def _strength_view(strength: Strength) -> StrengthView | None:
    quotes = []
    for item in strength.evidence[:MAX_QUOTES]:
        if item.quote.strip():
            quotes.append(_quote(item.quote))
    if not quotes:
        return None
    return StrengthView(strength.what, tuple(quotes))


def report_view(report: Report, kb: KnowledgeBase | None = None) -> ReportView:
    """The report as the page shows it: verdict, highlighted sentences, findings by severity."""
    family_name = report.family or ""
    if kb is not None and report.family in kb.families:
        family_name = kb.families[report.family].name
    ranked = sorted(report.findings, key=lambda finding: SEVERITY_ORDER.get(finding.severity, 9))
    findings = tuple(_finding_view(finding) for finding in ranked)
    strengths = []
    for strength in report.strengths:
        view = _strength_view(strength)
        if view is not None:
            strengths.append(view)
    return ReportView(
        report=report,
        verdict=verdict(report),
        sentences=tuple(sentence_views(report)),
        dimensions=report.dimensions,
        top_fixes=report.top_fixes[:3],
        findings=findings,
        strengths=tuple(strengths),
        family_name=family_name,
    )


@dataclass(frozen=True)
class AnalyseForm:
    """What the person typed, kept as typed, and the error to show next to each field."""

    question_id: str = ""
    own_question: str = ""
    answer: str = ""
    question_error: str = ""
    answer_error: str = ""
    answer_hint: str = ""

    @property
    def has_errors(self) -> bool:
        """True when any field has an error message."""
        return bool(self.question_error or self.answer_error)


@dataclass(frozen=True)
class ReportFragment:
    """The report region: a report, or a placeholder; ``oob`` adds the field-error updates."""

    form: AnalyseForm
    report: ReportView | None = None
    oob: bool = False


@dataclass(frozen=True, kw_only=True)
class AnalyseContext(PageContext):
    """The analyse page: the question choices, the form as typed and the report region."""

    question_groups: tuple[OptionGroup, ...]
    form: AnalyseForm
    result: ReportFragment


def question_groups(kb: KnowledgeBase) -> tuple[OptionGroup, ...]:
    """The bank questions grouped by family, for the question picker."""
    groups = []
    for family in kb.families.values():
        options = tuple(
            Option(question.id, question.text) for question in kb.questions_in(family.id)
        )
        if options:
            groups.append(OptionGroup(family.name, options))
    return tuple(groups)


def analyse_context(
    kb: KnowledgeBase, form: AnalyseForm, report: Report | None = None
) -> AnalyseContext:
    """The analyse page with ``form`` filled in and, when there is one, its report."""
    view = report_view(report, kb) if report is not None else None
    return AnalyseContext(
        title="Analyse an answer",
        active="analyse",
        question_groups=question_groups(kb),
        form=form,
        result=ReportFragment(form=form, report=view),
    )


# --- Errors -----------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ErrorContext(PageContext):
    """A friendly error page: what happened and what to do."""

    status: int
    code: str
    message: str
    hint: str = ""


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


def clock(seconds: float | None) -> str:
    """Seconds as ``m:ss`` (``-`` when not measured)."""
    if seconds is None:
        return "-"
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


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


def _short_day(stamp: str | None) -> str:
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
    sessions: Sequence[Mapping[str, Any]],
) -> PracticeStartContext:
    """The practice page with ``form`` filled in, the stored applications and earlier sessions."""
    options = tuple(
        Option(str(item.id), f"{item.title} at {item.company}") for item in applications
    )
    names = {str(item.id): f"{item.title} at {item.company}" for item in applications}
    rows = []
    for data in reversed(sessions):
        fmt = kb.formats.get(str(data["format"]))
        ended = data["status"] == "ended"
        rows.append(SessionRow(
            id=int(data["id"]),
            format_name=fmt.name if fmt else str(data["format"]),
            mode=str(data["mode"]),
            status="Ended" if ended else "In progress",
            started=_short_day(data.get("started_at")),
            overall=data.get("overall"),
            application=names.get(str(data.get("application_id")), ""),
            href=f"/practice/{data['id']}/report" if ended else f"/practice/{data['id']}",
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

    @property
    def action(self) -> str:
        """Where the answer form posts."""
        return f"/practice/{self.session_id}"

    @property
    def report_href(self) -> str:
        """The session report."""
        return f"/practice/{self.session_id}/report"


def report_from_dict(data: Mapping[str, Any]) -> Report:
    """A Report rebuilt from its JSON shape (``Report.to_dict``), as stored with every turn."""

    def evidence(items: Sequence[Mapping[str, Any]]) -> tuple[Evidence, ...]:
        return tuple(Evidence(int(item["start"]), int(item["end"]), str(item["quote"])) for item in items)

    dimensions = []
    for name, item in (data.get("dimensions") or {}).items():
        dimensions.append(DimensionScore(name, item["label"], int(item["score"]), item["anchor"]))
    structure = []
    for item in data.get("structure") or []:
        structure.append(LabelledSentence(int(item["index"]), int(item["start"]), int(item["end"]),
                                          item["role"], item["quote"]))
    findings = []
    for item in data.get("findings") or []:
        findings.append(Finding(
            rule=item["rule"], severity=item["severity"], dimension=item.get("dimension", ""),
            message=item["message"], why=item["why"], fix=item["fix"], source=item.get("source", ""),
            evidence=evidence(item.get("evidence") or []),
        ))
    strengths = []
    for item in data.get("strengths") or []:
        strengths.append(Strength(item["what"], evidence(item.get("evidence") or [])))
    fixes = []
    for item in data.get("top_fixes") or []:
        fixes.append(Fix(item["rule"], item["message"], item["fix"]))
    return Report(
        question=data.get("question") or "",
        answer=data.get("answer") or "",
        family=data.get("family"),
        family_source=data.get("family_source") or "",
        interview_format=data.get("format"),
        phase=data.get("phase") or "answer",
        words=int(data.get("words") or 0),
        state=data.get("state") or "",
        overall=int(data.get("overall") or 0),
        dimensions=tuple(dimensions),
        structure=tuple(structure),
        findings=tuple(findings),
        strengths=tuple(strengths),
        top_fixes=tuple(fixes),
    )


def _case_view(data: Mapping[str, Any] | None) -> CaseView | None:
    if not data:
        return None
    criteria = []
    for item in data.get("criteria") or []:
        criteria.append(CriterionView(
            name=str(item["name"]), met=bool(item["met"]), quote=str(item.get("quote") or ""),
            why=str(item.get("why") or ""), fix=str(item.get("fix") or ""),
        ))
    return CaseView(int(data["score"]), int(data["met"]), int(data["of"]), tuple(criteria))


def _composure_view(data: Mapping[str, Any] | None) -> ComposureView | None:
    if not data:
        return None
    lapses = tuple(
        LapseView(str(item["message"]), str(item.get("quote") or ""), str(item.get("fix") or ""))
        for item in data.get("lapses") or []
    )
    return ComposureView(int(data["score"]), bool(data["kept"]), lapses)


def _vacancy_view(data: Mapping[str, Any] | None) -> VacancyView | None:
    if not data:
        return None
    touched = tuple((str(item["requirement"]), str(item["quote"])) for item in data.get("touched") or [])
    relevance = data.get("relevance")
    words = data.get("words")
    return VacancyView(
        relevance=int(relevance) if relevance is not None else None,
        words=int(words) if words is not None else None,
        brevity=str(data.get("brevity") or ""),
        touched=touched,
    )


def feedback_view(
    feedback: Mapping[str, Any], kb: KnowledgeBase, *, answer: str = ""
) -> FeedbackView:
    """One turn's stored feedback as the page shows it; the analysis through the report fragment."""
    analysis = feedback.get("analysis")
    kind = str(feedback.get("kind") or "")
    fragment = None
    if analysis and kind not in QUESTION_TURNS:
        fragment = ReportFragment(form=AnalyseForm(), report=report_view(report_from_dict(analysis), kb))
    closing = feedback.get("closing") or {}
    flags = tuple(
        FlagView(str(item.get("message") or ""), str(item.get("fix") or ""))
        for item in closing.get("flags") or []
    )
    text = answer or (analysis or {}).get("answer") or ""
    return FeedbackView(
        kind=kind,
        label=TURN_LABELS.get(kind, kind.replace("_", " ").capitalize()),
        speaker=str(feedback.get("speaker") or ""),
        question=str(feedback.get("question") or ""),
        answer=str(text),
        seconds=clock(feedback.get("seconds")),
        time_limit=clock(feedback.get("time_limit_s")),
        over_time=bool(feedback.get("over_time")),
        notes=tuple(str(note) for note in feedback.get("notes") or []),
        report=fragment,
        case=_case_view(feedback.get("case")),
        composure=_composure_view(feedback.get("composure")),
        vacancy=_vacancy_view(feedback.get("vacancy")),
        flags=flags,
        follow_up=str(feedback.get("follow_up") or ""),
    )


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
            PanelMember(p["name"], p["role"], p["criterion"], p["id"] == prompt.persona and not step.ended)
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
        asked = turn["prompt"]
        kind = str(turn["kind"])
        exchanges.append(ExchangeView(
            number=int(turn["index"]) + 1,
            speaker=str(asked["speaker"]),
            prompt=str(asked["text"]),
            kind_label=TURN_LABELS.get(kind, kind),
            answer=str(turn["answer"]),
            seconds=clock(turn.get("seconds")),
        ))
    feedback = None
    if step.feedback is not None and not step.ended:
        last_answer = str(transcript.turns[-1]["answer"]) if transcript.turns else ""
        feedback = feedback_view(step.feedback, kb, answer=last_answer)
    application = transcript.application
    label = ""
    href = ""
    if application is not None:
        label = f"{application['title']} at {application['company']}"
        if application.get("id") is not None:
            href = f"/applications/{application['id']}"
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
    )


# --- Practice: the session report -------------------------------------------------------------

CHART_WIDTH = 480
CHART_LABEL_WIDTH = 138
CHART_VALUE_WIDTH = 56
CHART_ROW = 32
CHART_BAR = 20
CHART_TOP = 6
CHART_AXIS = 26


@dataclass(frozen=True)
class Bar:
    """One bar of a horizontal bar chart, already placed (SVG user units)."""

    label: str
    full_label: str
    value: float | None
    value_label: str
    y: float
    width: float
    text_y: float


@dataclass(frozen=True)
class Tick:
    """A grid line of the value axis."""

    x: float
    label: str


@dataclass(frozen=True)
class BarChart:
    """A server-rendered horizontal bar chart: geometry computed here, drawn by the template."""

    id: str
    title: str
    description: str
    width: int
    height: int
    label_width: int
    plot_width: int
    bar_height: int
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    axis_y: float


def bar_chart(
    *,
    chart_id: str,
    title: str,
    description: str,
    items: Sequence[tuple[str, str, float | None]],
    max_value: float,
    ticks: Sequence[float],
    unit: str,
) -> BarChart:
    """Bars for ``items`` (short label, full label, value) on a 0..``max_value`` scale."""
    plot = CHART_WIDTH - CHART_LABEL_WIDTH - CHART_VALUE_WIDTH
    bars = []
    for index, (label, full, value) in enumerate(items):
        top = CHART_TOP + index * CHART_ROW
        width = 0.0
        shown = "not scored"
        if value is not None:
            width = round(max(0.0, min(value, max_value)) / max_value * plot, 1)
            shown = f"{value:g}{unit}"
        bars.append(Bar(label=label, full_label=full, value=value, value_label=shown,
                        y=top + (CHART_ROW - CHART_BAR) / 2, width=width, text_y=top + CHART_ROW / 2))
    axis_y = CHART_TOP + len(items) * CHART_ROW
    grid = tuple(
        Tick(round(CHART_LABEL_WIDTH + tick / max_value * plot, 1), f"{tick:g}") for tick in ticks
    )
    return BarChart(
        id=chart_id, title=title, description=description, width=CHART_WIDTH,
        height=int(axis_y + CHART_AXIS), label_width=CHART_LABEL_WIDTH, plot_width=plot,
        bar_height=CHART_BAR, bars=tuple(bars), ticks=grid, axis_y=axis_y,
    )


@dataclass(frozen=True)
class DimensionRow:
    """A dimension averaged over the session, with the answer that scored lowest on it."""

    label: str
    average: str
    answers: int
    lowest: str


@dataclass(frozen=True)
class FixFirstView:
    """One of the three things to fix first across the session."""

    severity: str
    severity_label: str
    message: str
    fix: str
    why: str
    count: int
    quote: str
    question: str


@dataclass(frozen=True)
class TimingRow:
    """How long one answer took against its limit."""

    number: int
    kind_label: str
    question: str
    seconds: str
    limit: str
    over: bool


@dataclass(frozen=True)
class PanellistView:
    """One panellist's score on their own criterion, and why."""

    name: str
    role: str
    criterion: str
    score: int | None
    reason: str


@dataclass(frozen=True)
class PanelView:
    """The panel's verdict as the hiring director receives it."""

    director: str
    recommendation: str
    average: str
    panellists: tuple[PanellistView, ...]


@dataclass(frozen=True)
class ClosingQuestionView:
    """A question the candidate asked in the closing phase, and how the interviewer took it."""

    text: str
    pause: bool
    flags: tuple[FlagView, ...]
    reply: str


@dataclass(frozen=True)
class ClosingView:
    """The closing phase: the pause question, the concern, the reply and its verdict."""

    asked_pause: bool
    result: str
    concern_title: str
    concern_why: str
    raised_as: str
    reply: str
    reply_score: int | None
    reply_handled: bool
    reply_verdict: str
    reply_findings: tuple[FlagView, ...]
    questions: tuple[ClosingQuestionView, ...]


@dataclass(frozen=True)
class AreaView:
    """One area of the projective reading."""

    name: str
    what_it_reads: str
    summary: str
    cautions: int
    answers: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class TurnView:
    """One turn of the session with its feedback."""

    number: int
    speaker: str
    prompt: str
    kind_label: str
    answer: str
    seconds: str
    feedback: FeedbackView | None


@dataclass(frozen=True, kw_only=True)
class SessionReportContext(PageContext):
    """The report of a whole mock interview."""

    session_id: int
    format_name: str
    mode_label: str
    ended: bool
    application: str
    application_href: str
    started: str
    pause_asked: bool
    pause_message: str
    headline: tuple[str, ...]
    overall: int | None
    dimension_chart: BarChart | None
    dimension_rows: tuple[DimensionRow, ...]
    answer_chart: BarChart | None
    fixes: tuple[FixFirstView, ...]
    timing: tuple[TimingRow, ...]
    timing_summary: str
    panel: PanelView | None
    closing: ClosingView
    projective: tuple[AreaView, ...]
    projective_note: str
    extras: tuple[str, ...]
    turns: tuple[TurnView, ...]


def _dimension_parts(report: Mapping[str, Any]) -> tuple[BarChart | None, tuple[DimensionRow, ...]]:
    items = []
    rows = []
    for data in (report.get("dimensions") or {}).values():
        average = data.get("average")
        items.append((str(data["label"]), str(data["label"]), average))
        lowest = data.get("lowest") or {}
        low = ""
        if lowest:
            low = f"{lowest['score']}/5 on “{lowest['question']}”"
        rows.append(DimensionRow(
            label=str(data["label"]),
            average=f"{average:g}/5" if average is not None else "not scored",
            answers=int(data.get("answers") or 0),
            lowest=low,
        ))
    if not any(value is not None for _, _, value in items):
        return None, tuple(rows)
    chart = bar_chart(
        chart_id="dimension-chart",
        title="Dimension scores across the session",
        description="Average score out of 5 on each dimension, over every answer of the session.",
        items=items, max_value=5, ticks=(0, 1, 2, 3, 4, 5), unit="/5",
    )
    return chart, tuple(rows)


def _answer_chart(turns: Sequence[TurnView]) -> BarChart | None:
    items = []
    for turn in turns:
        score = turn.feedback.score if turn.feedback is not None else None
        if score is None or turn.feedback is None:
            continue
        if turn.feedback.kind not in ("answer", "follow_up_answer", "concern_reply"):
            continue
        label = f"Turn {turn.number}"
        items.append((label, f"{label}: {turn.prompt}", float(score)))
    if not items:
        return None
    return bar_chart(
        chart_id="answer-chart",
        title="Score of each answer",
        description="Overall score out of 100 of each analysed answer, in the order given.",
        items=items, max_value=100, ticks=(0, 25, 50, 75, 100), unit="",
    )


def _closing_view(data: Mapping[str, Any]) -> ClosingView:
    concern = data.get("concern") or {}
    reply = data.get("reply") or {}
    findings = tuple(
        FlagView(str(item.get("message") or ""), str(item.get("fix") or ""))
        for item in reply.get("findings") or []
    )
    questions = []
    for item in data.get("questions") or []:
        flags = tuple(
            FlagView(str(flag.get("message") or ""), str(flag.get("fix") or ""))
            for flag in item.get("flags") or []
        )
        questions.append(ClosingQuestionView(
            text=str(item.get("text") or ""), pause=bool(item.get("pause")), flags=flags,
            reply=str(item.get("reply") or ""),
        ))
    score = reply.get("overall")
    return ClosingView(
        asked_pause=bool(data.get("asked_pause")),
        result=str(data.get("result") or ""),
        concern_title=str(concern.get("title") or ""),
        concern_why=str(concern.get("why") or ""),
        raised_as=str(concern.get("raised_as") or ""),
        reply=str(reply.get("answer") or ""),
        reply_score=int(score) if score is not None else None,
        reply_handled=bool(reply.get("handled")),
        reply_verdict=str(reply.get("verdict") or ""),
        reply_findings=findings,
        questions=tuple(questions),
    )


def _panel_view(data: Mapping[str, Any] | None) -> PanelView | None:
    if not data:
        return None
    panellists = tuple(
        PanellistView(
            name=str(item["name"]), role=str(item["role"]), criterion=str(item["criterion"]),
            score=item.get("score"), reason=str(item.get("reason") or ""),
        )
        for item in data.get("panellists") or []
    )
    average = data.get("average")
    return PanelView(
        director=str(data.get("director") or "the hiring director"),
        recommendation=str(data.get("recommendation") or ""),
        average=f"{average:g}/5" if average is not None else "not scored",
        panellists=panellists,
    )


def _extras(report: Mapping[str, Any]) -> tuple[str, ...]:
    """The format's own summary lines: stress composure, cases, biographical focus."""
    lines = []
    stress = report.get("stress")
    if stress:
        lines.append(f"Composure: {stress['verdict']}")
        for lapse in stress.get("lapses") or []:
            lines.append(f"Turn {int(lapse['turn']) + 1}: {lapse['message']} (“{lapse['quote']}”). "
                         f"{lapse['fix']}")
    cases = report.get("cases")
    if cases:
        lines.append(str(cases["summary"]))
    biographical = report.get("biographical")
    if biographical:
        lines.append(str(biographical["summary"]))
        missed = (biographical.get("requirements") or {}).get("missed") or []
        if missed:
            lines.append("Requirements of the role you did not speak to: " + "; ".join(missed) + ".")
    return tuple(lines)


def session_report_context(kb: KnowledgeBase, report: Mapping[str, Any]) -> SessionReportContext:
    """The session report page from ``practice_report``'s dict."""
    session = report.get("session") or {}
    turns = []
    for data in report.get("turns") or []:
        asked = data["prompt"]
        kind = str(data["kind"])
        feedback = data.get("feedback")
        turns.append(TurnView(
            number=int(data["turn"]) + 1,
            speaker=str(asked["speaker"]),
            prompt=str(asked["text"]),
            kind_label=TURN_LABELS.get(kind, kind),
            answer=str(data.get("answer") or ""),
            seconds=clock(data.get("seconds")),
            feedback=feedback_view(feedback, kb, answer=str(data.get("answer") or "")) if feedback else None,
        ))
    chart, rows = _dimension_parts(report)
    fixes = []
    for item in report.get("fix_first") or []:
        example = item.get("example") or {}
        fixes.append(FixFirstView(
            severity=str(item["severity"]),
            severity_label=SEVERITY_LABELS.get(str(item["severity"]), str(item["severity"])),
            message=str(item["message"]), fix=str(item["fix"]), why=str(item.get("why") or ""),
            count=int(item.get("count") or 1), quote=str(example.get("quote") or ""),
            question=str(example.get("question") or ""),
        ))
    timing = report.get("timing") or {}
    timing_rows = []
    for item in timing.get("answers") or []:
        kind = str(item["kind"])
        timing_rows.append(TimingRow(
            number=int(item["turn"]) + 1, kind_label=TURN_LABELS.get(kind, kind),
            question=str(item["question"]), seconds=clock(item.get("seconds")),
            limit=clock(item.get("time_limit_s")), over=bool(item.get("over_time")),
        ))
    if timing.get("measured"):
        summary = (f"{timing['measured']} answers timed, {clock(timing.get('average_s'))} on average, "
                   f"{clock(timing.get('total_s'))} in all; {timing.get('over_limit', 0)} over the limit.")
    else:
        summary = "No answer was timed."
    projective = report.get("projective") or {}
    areas = tuple(
        AreaView(
            name=str(area["name"]), what_it_reads=str(area.get("what_it_reads") or ""),
            summary=str(area.get("summary") or ""), cautions=int(area.get("cautions") or 0),
            answers=tuple(
                (str(item["question"]), str(item["answer"])) for item in area.get("questions") or []
            ),
        )
        for area in projective.get("areas") or []
    )
    application = session.get("application") or None
    label = ""
    href = ""
    if application:
        label = f"{application['title']} at {application['company']}"
        if application.get("id") is not None:
            href = f"/applications/{application['id']}"
    pause = report.get("pause_question") or {}
    ended = session.get("status") == "ended"
    view_turns = tuple(turns)
    warning = str(pause.get("message") or "")
    headline = tuple(
        str(line) for line in report.get("headline") or []
        if pause.get("asked") or str(line) != warning
    )
    return SessionReportContext(
        title=f"Report: {session.get('format_name', 'mock interview')}",
        active="practice",
        session_id=int(session.get("id") or 0),
        format_name=str(session.get("format_name") or ""),
        mode_label=MODE_LABELS.get(str(session.get("mode")), str(session.get("mode") or "")),
        ended=ended,
        application=label,
        application_href=href,
        started=_short_day(session.get("started_at")),
        pause_asked=bool(pause.get("asked")),
        pause_message=str(pause.get("message") or ""),
        headline=headline,
        overall=report.get("overall"),
        dimension_chart=chart,
        dimension_rows=rows,
        answer_chart=_answer_chart(view_turns),
        fixes=tuple(fixes),
        timing=tuple(timing_rows),
        timing_summary=summary,
        panel=_panel_view(report.get("panel")),
        closing=_closing_view(report.get("closing") or {}),
        projective=areas,
        projective_note=str(projective.get("note") or ""),
        extras=_extras(report),
        turns=view_turns,
    )


# --- Follow-up: pipeline, debrief, letter, follow-up schedule ---------------------------------


def long_day(day: date | None) -> str:
    """``Friday 17 May 2024``, or "" for no date."""
    if day is None:
        return ""
    return f"{day:%A} {day.day} {day:%B %Y}"


@dataclass(frozen=True)
class StageForm:
    """The stage form of one pipeline row as typed, and its errors."""

    stage: str
    round: str
    stage_error: str = ""
    round_error: str = ""


@dataclass(frozen=True)
class PipelineRowView:
    """One application in the pipeline, with its links and its stage form."""

    id: int
    company: str
    title: str
    stage_label: str
    closed: bool
    next_action: str
    next_due: str
    next_due_iso: str
    key_points: tuple[str, ...]
    practice_pending: int
    form: StageForm
    changed: bool

    @property
    def links(self) -> tuple[tuple[str, str], ...]:
        """The pages about this application: (href, label)."""
        base = f"/applications/{self.id}"
        return (
            (base, "Fit map and concerns"),
            (f"/practice?application={self.id}", "Practise"),
            (f"{base}/debrief", "Debrief"),
            (f"{base}/letter", "Thank-you letter"),
            (f"{base}/followups", "Follow-ups"),
        )


@dataclass(frozen=True, kw_only=True)
class PipelineContext(PageContext):
    """Every application, where it stands and what to do next."""

    rows: tuple[PipelineRowView, ...]
    stages: tuple[Option, ...]
    queued: int
    message: str = ""


def pipeline_context(
    rows: Sequence[PipelineRow],
    queued: int,
    *,
    changed: int | None = None,
    form: tuple[int, StageForm] | None = None,
) -> PipelineContext:
    """The pipeline page; ``changed`` marks the row just updated, ``form`` a row typed with errors."""
    views = []
    message = ""
    for row in rows:
        stage_form = StageForm(stage=row.stage, round=str(row.round))
        if form is not None and form[0] == row.application_id:
            stage_form = form[1]
        action = row.next_action
        views.append(PipelineRowView(
            id=row.application_id,
            company=row.company,
            title=row.title,
            stage_label=row.stage_label,
            closed=row.closed,
            next_action=action.what if action else "Nothing: this application is closed.",
            next_due=long_day(action.due) if action and action.due else "",
            next_due_iso=action.due.isoformat() if action and action.due else "",
            key_points=row.key_points,
            practice_pending=row.practice_pending,
            form=stage_form,
            changed=row.application_id == changed,
        ))
        if row.application_id == changed:
            message = f"{row.title} at {row.company} is now {row.stage_label}."
    stages = tuple(Option(stage, stage.capitalize()) for stage in STAGES)
    return PipelineContext(
        title="Applications", active="applications", rows=tuple(views), stages=stages,
        queued=queued, message=message,
    )


@dataclass(frozen=True)
class InterviewerRow:
    """One interviewer as typed."""

    name: str = ""
    role: str = ""
    email: str = ""


@dataclass(frozen=True)
class QuestionRow:
    """One question asked, as typed: its words (or a bank question), a rating, what was said."""

    text: str = ""
    rating: str = ""
    said: str = ""


@dataclass(frozen=True)
class ConcernRow:
    """One concern raised, as typed, and how it was handled."""

    text: str = ""
    handled: str = ""
    plan: str = ""


@dataclass(frozen=True)
class PromiseRow:
    """One promise made, as typed."""

    what: str = ""
    by: str = ""


@dataclass(frozen=True)
class DebriefForm:
    """The debrief form as typed; ``errors`` maps a field name (``questions-0-rating``) to its error."""

    date: str = ""
    round: str = "1"
    interviewers: tuple[InterviewerRow, ...] = (InterviewerRow(),)
    questions: tuple[QuestionRow, ...] = (QuestionRow(), QuestionRow(), QuestionRow())
    concerns: tuple[ConcernRow, ...] = (ConcernRow(),)
    promises: tuple[PromiseRow, ...] = (PromiseRow(),)
    next_step: str = ""
    next_step_by: str = ""
    notes: str = ""
    errors: Mapping[str, str] = field(default_factory=dict)
    general: tuple[str, ...] = ()
    focus: str = ""

    @property
    def has_errors(self) -> bool:
        """True when any field (or the whole form) has an error."""
        return bool(self.errors or self.general)

    def error(self, name: str) -> str:
        """The error of one field, or ""."""
        return self.errors.get(name, "")


@dataclass(frozen=True)
class DebriefSummary:
    """An earlier debrief of this application, in a line or two."""

    held_on: str
    round: int
    interviewers: str
    questions: int
    weak: int
    concerns: int


@dataclass(frozen=True)
class ApplicationRef:
    """An application's identity, for headings and links."""

    id: int
    company: str
    title: str

    @property
    def label(self) -> str:
        """``Title at Company``."""
        return f"{self.title} at {self.company}"

    @property
    def href(self) -> str:
        """The application's own page."""
        return f"/applications/{self.id}"

    def header(self, section: str) -> ApplicationPage:
        """The application's breadcrumbs and sub-navigation, with ``section`` as the current one."""
        return ApplicationPage(title=self.label, active="applications", application_id=self.id,
                               company=self.company, job_title=self.title, section=section)


@dataclass(frozen=True, kw_only=True)
class DebriefContext(PageContext):
    """The debrief form of one application, with its earlier debriefs."""

    application: ApplicationRef
    form: DebriefForm
    ratings: tuple[Option, ...]
    handled: tuple[Option, ...]
    bank: tuple[str, ...]
    earlier: tuple[DebriefSummary, ...]
    today: str


@dataclass(frozen=True, kw_only=True)
class DebriefSavedContext(PageContext):
    """What recording a debrief did, and where to go next."""

    application: ApplicationRef
    stage_label: str
    held_on: str
    round: int
    replaced: bool
    queued: tuple[str, ...]
    already_queued: tuple[str, ...]
    concerns: tuple[str, ...]
    notes: tuple[str, ...]


def debrief_summary(stored: StoredDebrief) -> DebriefSummary:
    """An earlier debrief in a line."""
    debrief = stored.debrief
    names = []
    for person in debrief.interviewers:
        names.append(f"{person.name} ({person.role})" if person.role else person.name)
    return DebriefSummary(
        held_on=long_day(debrief.held_on),
        round=debrief.round,
        interviewers=", ".join(names),
        questions=len(debrief.questions),
        weak=len(debrief.weak_questions),
        concerns=len(debrief.concerns),
    )


def debrief_context(
    kb: KnowledgeBase,
    application: ApplicationRef,
    form: DebriefForm,
    earlier: Sequence[StoredDebrief],
    *,
    today: date,
) -> DebriefContext:
    """The debrief form for ``application`` as typed."""
    ratings = tuple(Option(str(value), f"{value}: {label}") for value, label in RATINGS.items())
    handled = (
        Option("answered", "Answered it fully"),
        Option("partly", "Partly answered"),
        Option("open", "Left open"),
    )
    bank = tuple(question.text for question in kb.questions.values())
    return DebriefContext(
        title=f"Debrief: {application.label}",
        active="applications",
        application=application,
        form=form,
        ratings=ratings,
        handled=handled,
        bank=bank,
        earlier=tuple(debrief_summary(item) for item in earlier),
        today=today.isoformat(),
    )


def debrief_saved_context(application: ApplicationRef, outcome: DebriefOutcome) -> DebriefSavedContext:
    """The page after a debrief is saved."""
    debrief = outcome.stored.debrief
    concerns = []
    for merge in outcome.concerns:
        if merge.status == "matched":
            concerns.append(f"“{merge.text}” matches the predicted concern “{merge.title}” "
                            f"({merge.handled}).")
        elif merge.status == "updated":
            concerns.append(f"“{merge.text}” updated the concern raised before ({merge.handled}).")
        else:
            concerns.append(f"“{merge.text}” is new: added to the application's concerns "
                            f"({merge.handled}).")
    return DebriefSavedContext(
        title="Debrief saved",
        active="applications",
        application=application,
        stage_label=outcome.application.to_dict()["stage_label"],
        held_on=long_day(debrief.held_on),
        round=debrief.round,
        replaced=outcome.replaced,
        queued=tuple(item.question_text for item in outcome.queued),
        already_queued=outcome.already_queued,
        concerns=tuple(concerns),
        notes=outcome.notes,
    )


@dataclass(frozen=True)
class LetterView:
    """The drafted letter and what it was built from."""

    to_name: str
    to_role: str
    to_email: str
    subject: str
    body: str
    held_on: str
    needs: tuple[tuple[str, str], ...]
    concerns: tuple[tuple[str, str], ...]
    promises: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class LetterContext(PageContext):
    """The thank-you letter page: the editable draft, or why there is none yet."""

    application: ApplicationRef
    letter: LetterView | None
    missing: str = ""
    error: str = ""
    interviewer: str = ""
    sender: str = ""
    recipients: tuple[str, ...] = ()

    def letter_href(self, interviewer: str) -> str:
        """This page addressed to another interviewer, with the same signature."""
        query = urlencode({key: value for key, value in (("interviewer", interviewer),
                                                          ("sender", self.sender)) if value})
        return f"/applications/{self.application.id}/letter?{query}"

    @property
    def eml_href(self) -> str:
        """The letter as .eml (POSTed with the edits; a plain link gives the draft)."""
        return f"/applications/{self.application.id}/letter.eml"

    @property
    def draft_href(self) -> str:
        """The unedited draft as .eml, for the same interviewer and signature."""
        query = urlencode({key: value for key, value in (("interviewer", self.interviewer),
                                                          ("sender", self.sender)) if value})
        return self.eml_href + (f"?{query}" if query else "")


def _web_warning(warning: str) -> str:
    """A letter warning worded for the page (the service words its signature warning for the CLI)."""
    if warning.startswith("Sign the letter:"):
        return "Sign the letter: type your name in “Sign as” and update the draft."
    return warning


def letter_context(
    application: ApplicationRef,
    letter: Letter | None,
    *,
    missing: str = "",
    subject: str | None = None,
    body: str | None = None,
    error: str = "",
    interviewer: str = "",
    sender: str = "",
    recipients: Sequence[str] = (),
) -> LetterContext:
    """The letter page; ``subject`` and ``body`` keep what the candidate edited."""
    view = None
    if letter is not None:
        needs = tuple((need.need, need.quote) for need in letter.needs)
        concerns = tuple(
            (str(item.get("concern", "")), str(item.get("plan", ""))) for item in letter.concerns
        )
        view = LetterView(
            to_name=letter.interviewer,
            to_role=letter.interviewer_role,
            to_email=letter.interviewer_email or "",
            subject=letter.subject if subject is None else subject,
            body=letter.body if body is None else body,
            held_on=long_day(letter.held_on),
            needs=needs,
            concerns=concerns,
            promises=letter.promises,
            warnings=tuple(_web_warning(warning) for warning in letter.warnings),
        )
    return LetterContext(
        title=f"Thank-you letter: {application.label}", active="applications",
        application=application, letter=view, missing=missing, error=error, interviewer=interviewer,
        sender=sender, recipients=tuple(recipients),
    )


@dataclass(frozen=True)
class StepView:
    """One follow-up step with its draft message."""

    number: int
    title: str
    due: str
    due_iso: str
    window_end: str
    why: str
    subject: str
    body: str
    past: bool


@dataclass(frozen=True, kw_only=True)
class FollowupsContext(PageContext):
    """The follow-up schedule after the latest interview."""

    application: ApplicationRef
    stage_label: str
    held_on: str
    steps: tuple[StepView, ...]
    stopped: str
    has_debrief: bool

    @property
    def ics_href(self) -> str:
        """The schedule as .ics."""
        return f"/applications/{self.application.id}/followups.ics"


def followups_context(schedule: Schedule, *, today: date) -> FollowupsContext:
    """The schedule page."""
    steps = tuple(
        StepView(
            number=step.number, title=step.title, due=long_day(step.due), due_iso=step.due.isoformat(),
            window_end=long_day(step.window_end), why=step.why, subject=step.subject, body=step.body,
            past=step.due < today,
        )
        for step in schedule.steps
    )
    application = ApplicationRef(schedule.application_id, schedule.company, schedule.title)
    has_debrief = schedule.held_on is not None
    closed = schedule.stage in CLOSED_STAGES
    return FollowupsContext(
        title=f"Follow-ups: {application.label}",
        active="applications",
        application=application,
        stage_label=stage_label(schedule.stage, schedule.round),
        held_on=long_day(schedule.held_on),
        steps=steps,
        stopped=(schedule.stopped or "") if has_debrief or closed else "",
        has_debrief=has_debrief,
    )


# --- Applications, stories, prep and settings pages (routes/pages_applications.py) ------------

LEVEL_NAMES = {"manager": "Manager", "director": "Director", "executive": "VP / C-level"}
STRENGTH_LABELS = {"strong": "Strong", "partial": "Partial", "none": "Not shown"}
SECTION_LABELS = {"must": "Must have", "nice": "Nice to have", "duties": "Duty"}
PLAN_STEPS = (
    ("acknowledge", "Acknowledge"),
    ("evidence", "Evidence"),
    ("plan", "Time-bound plan"),
    ("check_back", "Check back"),
)
VERDICT_LABELS = {"below": "Reads below the role", "matches": "Matches the role", "above": "Reads above"}
SIGNAL_LABELS = {
    "people": "People led",
    "layers": "Layers of management",
    "budget": "Budget or P&L",
    "decisions": "Decisions that were yours",
    "span": "Sites and countries",
    "horizon": "Time horizon",
}
GROUP_LABELS = {
    "managerial_area": "Managerial areas",
    "employer_requirement": "Employer requirements",
    "requirement": "This role's top requirements",
}
COVERAGE_LABELS = {"good": "Covered", "weak": "Weak story", "none": "No story"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def score_band(score: float | None) -> str:
    """The colour band of a 0-100 score (the report's verdict bands)."""
    if score is None:
        return "thin"
    if score >= 80:
        return "strong"
    if score >= 60:
        return "good"
    if score >= 40:
        return "fair"
    return "weak"


def short_date(value: str | date | datetime | None, *, year: bool = False) -> str:
    """``3 Nov`` (or ``3 Nov 2026``) from an ISO string, a date or a datetime; "" for None."""
    if value is None or value == "":
        return ""
    when: date
    if isinstance(value, str):
        try:
            when = datetime.fromisoformat(value)
        except ValueError:
            return value
    else:
        when = value
    text = f"{when.day} {MONTHS[when.month - 1]}"
    return f"{text} {when.year}" if year else text


def level_name(level: str) -> str:
    """The level as people say it."""
    return LEVEL_NAMES.get(level, level.capitalize())


@dataclass(frozen=True)
class LinkItem:
    """A link with a short description."""

    href: str
    label: str
    description: str = ""
    key: str = ""


def application_links(application_id: int) -> tuple[LinkItem, ...]:
    """Everything one can do with an application, in the order of the journey."""
    base = f"/applications/{application_id}"
    return (
        LinkItem(base, "Fit and concerns", "The fit map, concerns and answers", "overview"),
        LinkItem(f"/practice?application={application_id}", "Practice",
                 "A mock interview for this role", "practice"),
        LinkItem(f"{base}/prep", "Salary and weakness", "Prepare the two hardest answers", "prep"),
        LinkItem(f"{base}/brief", "Prep brief", "One page for the day, as PDF", "brief"),
        LinkItem(f"{base}/quiz", "Key-facts quiz", "Memorise the facts and dates", "quiz"),
        LinkItem(f"{base}/debrief", "Debrief", "Write down the real interview", "debrief"),
        LinkItem(f"{base}/letter", "Thank-you letter", "Drafted from the debrief", "letter"),
        LinkItem(f"{base}/followups", "Follow-ups", "When to get back in touch", "followups"),
    )


@dataclass(frozen=True, kw_only=True)
class ApplicationPage(PageContext):
    """A page about one application: its id, names and the application's own sub-navigation."""

    application_id: int
    company: str
    job_title: str
    section: str = "overview"

    @property
    def links(self) -> tuple[LinkItem, ...]:
        """The application's sub-navigation."""
        return application_links(self.application_id)


# --- Home: pipeline, recent practice and the progress chart -------------------------------------

PROGRESS_WIDTH = 240
PROGRESS_HEIGHT = 126
PROGRESS_LEFT = 32
PROGRESS_RIGHT = 12
PROGRESS_TOP = 10
PROGRESS_BOTTOM = 26
PROGRESS_MAX_X_LABELS = 6


@dataclass(frozen=True)
class ChartTick:
    """A tick on an axis: where it sits (SVG units) and its label."""

    position: float
    label: str


@dataclass(frozen=True)
class ChartPoint:
    """One session's score in a panel: its place and the tooltip."""

    x: float
    y: float
    label: str


@dataclass(frozen=True)
class ChartPanel:
    """One line chart: a dimension (or the overall score) across sessions."""

    key: str
    label: str
    points: tuple[ChartPoint, ...]
    y_ticks: tuple[ChartTick, ...]
    latest: str
    change: str
    trend: str
    title: str

    @property
    def polyline(self) -> str:
        """The points as an SVG ``points`` attribute."""
        return " ".join(f"{point.x:.1f},{point.y:.1f}" for point in self.points)


@dataclass(frozen=True)
class ProgressChart:
    """Small multiples of line charts (one per dimension) and the same numbers as a table."""

    sessions: int
    x_ticks: tuple[ChartTick, ...]
    panels: tuple[ChartPanel, ...]
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]
    summary: str
    width: int = PROGRESS_WIDTH
    height: int = PROGRESS_HEIGHT
    left: int = PROGRESS_LEFT
    right: int = PROGRESS_RIGHT
    top: int = PROGRESS_TOP
    bottom: int = PROGRESS_BOTTOM

    @property
    def plot_right(self) -> int:
        """The x of the plot area's right edge."""
        return self.width - self.right

    @property
    def plot_bottom(self) -> int:
        """The y of the plot area's bottom edge."""
        return self.height - self.bottom


def _x_position(index: int, count: int) -> float:
    span = PROGRESS_WIDTH - PROGRESS_LEFT - PROGRESS_RIGHT
    if count <= 1:
        return PROGRESS_LEFT + span / 2
    return PROGRESS_LEFT + span * index / (count - 1)


def _y_position(score: float, low: float, high: float) -> float:
    span = PROGRESS_HEIGHT - PROGRESS_TOP - PROGRESS_BOTTOM
    clamped = min(max(score, low), high)
    return PROGRESS_TOP + span * (high - clamped) / (high - low)


def _figure(value: float, scale: float) -> str:
    return f"{value:.0f}" if scale > 5 else f"{value:.1f}"


def _panel(
    key: str,
    label: str,
    series: Sequence[Mapping[str, Any]],
    index: Mapping[Any, int],
    count: int,
    *,
    low: float,
    high: float,
    ticks: Sequence[float],
) -> ChartPanel:
    points = []
    for point in series:
        position = index.get(point.get("session_id"))
        if position is None:
            continue
        score = float(point["score"])
        tooltip = f"Session {position + 1}: {_figure(score, high)} out of {high:.0f}"
        points.append(ChartPoint(_x_position(position, count),
                                 _y_position(score, low, high), tooltip))
    first = float(series[0]["score"])
    last = float(series[-1]["score"])
    change = round(last - first, 1)
    if len(series) < 2:
        trend, words = "flat", "the first session so far"
    elif change > 0:
        trend, words = "up", f"up {_figure(change, high)} since the first session"
    elif change < 0:
        trend, words = "down", f"down {_figure(-change, high)} since the first session"
    else:
        trend, words = "flat", "no change since the first session"
    latest = f"{_figure(last, high)}/{high:.0f}"
    y_ticks = tuple(ChartTick(_y_position(tick, low, high), f"{tick:.0f}") for tick in ticks)
    title = f"{label}: {_figure(last, high)} out of {high:.0f} in the latest session, {words}."
    return ChartPanel(key, label, tuple(points), y_ticks, latest, words, trend, title)


def progress_chart(progress: Mapping[str, Any], kb: KnowledgeBase) -> ProgressChart | None:
    """The progress across ended sessions as small line charts; None before the first one."""
    overall = progress.get("overall")
    if not overall or not overall.get("points"):
        return None
    sessions = list(overall["points"])
    count = len(sessions)
    index = {point["session_id"]: position for position, point in enumerate(sessions)}
    step = max(1, -(-count // PROGRESS_MAX_X_LABELS))
    x_ticks = []
    for position in range(0, count, step):
        x_ticks.append(ChartTick(_x_position(position, count), str(position + 1)))
    if count > 1 and (count - 1) % step:
        x_ticks.append(ChartTick(_x_position(count - 1, count), str(count)))
    panels = [_panel("overall", "Overall score", sessions, index, count, low=0, high=100,
                     ticks=(0, 50, 100))]
    by_session: dict[Any, dict[str, str]] = {}
    columns = ["Overall"]
    for point in sessions:
        by_session[point["session_id"]] = {"Overall": f"{float(point['score']):.0f}"}
    for series in progress.get("by_dimension") or []:
        points = series.get("points") or []
        if not points:
            continue
        label = str(series.get("label") or series.get("dimension"))
        panels.append(_panel(str(series.get("dimension")), label, points, index, count, low=1,
                             high=5, ticks=(1, 3, 5)))
        columns.append(label)
        for point in points:
            if point.get("session_id") in by_session:
                by_session[point["session_id"]][label] = f"{float(point['score']):.1f}"
    rows = []
    for position, point in enumerate(sessions):
        known = kb.formats.get(str(point.get("format")))
        name = known.name if known else str(point.get("format") or "")
        when = short_date(point.get("ended_at"))
        head = f"{position + 1}. {name}" + (f", {when}" if when else "")
        values = by_session[point["session_id"]]
        rows.append((head, tuple(values.get(column, "–") for column in columns)))
    noun = "session" if count == 1 else "sessions"
    summary = f"Scores by dimension across {count} ended practice {noun}, oldest on the left."
    return ProgressChart(count, tuple(x_ticks), tuple(panels), tuple(columns), tuple(rows), summary)


@dataclass(frozen=True)
class PipelineItem:
    """An application on the home page: where it stands and what to do next."""

    id: int
    company: str
    title: str
    stage: str
    stage_label: str
    action: str
    due: str
    overdue: bool
    practice_pending: int

    @property
    def href(self) -> str:
        """The application's page."""
        return f"/applications/{self.id}"


@dataclass(frozen=True)
class SessionItem:
    """A practice session on the home page."""

    id: int
    format_name: str
    mode: str
    when: str
    ended: bool
    overall: int | None
    application: str

    @property
    def band(self) -> str:
        """The colour band of the overall score."""
        return score_band(self.overall)

    @property
    def href(self) -> str:
        """The report of an ended session, or the interview to carry on with."""
        return f"/practice/{self.id}/report" if self.ended else f"/practice/{self.id}"


@dataclass(frozen=True, kw_only=True)
class DashboardContext(PageContext):
    """The home page: applications and next actions, recent practice, progress, or first steps."""

    applications: tuple[PipelineItem, ...]
    sessions: tuple[SessionItem, ...]
    chart: ProgressChart | None
    stories: int
    empty: bool
    counts: Counts


def dashboard_context(overview: Any, kb: KnowledgeBase, *, today: date) -> DashboardContext:
    """The home page from ``services.overview.home_overview``."""
    names: dict[int, str] = {}
    applications = []
    for row in overview.applications:
        names[row.application_id] = row.company
        action = row.next_action
        due = action.due if action is not None else None
        label = row.stage_label[:1].upper() + row.stage_label[1:]
        applications.append(PipelineItem(
            id=row.application_id,
            company=row.company,
            title=row.title,
            stage=row.stage,
            stage_label=label,
            action=action.what if action is not None else "Nothing to do: this application is closed",
            due=short_date(due) if due else "",
            overdue=due is not None and due < today,
            practice_pending=row.practice_pending,
        ))
    sessions = []
    for item in overview.recent_sessions:
        known = kb.formats.get(str(item.get("format")))
        overall = item.get("overall")
        application_id = item.get("application_id")
        sessions.append(SessionItem(
            id=int(item["id"]),
            format_name=known.name if known else str(item.get("format")),
            mode="Real conditions" if item.get("mode") == "real" else "Practice",
            when=short_date(item.get("ended_at") or item.get("started_at")),
            ended=item.get("status") == "ended",
            overall=int(overall) if isinstance(overall, int | float) else None,
            application=names.get(application_id, "") if application_id is not None else "",
        ))
    home = home_context(kb)
    return DashboardContext(
        title="Poise, a leadership interview coach",
        active="home",
        applications=tuple(applications),
        sessions=tuple(sessions),
        chart=progress_chart(overview.progress, kb),
        stories=overview.stories,
        empty=overview.empty,
        counts=home.counts,
    )


# --- New application --------------------------------------------------------------------------


@dataclass(frozen=True)
class NewApplicationForm:
    """The new-application form as typed, with an error next to each field that caused one."""

    company: str = ""
    title: str = ""
    job_text: str = ""
    resume_text: str = ""
    company_error: str = ""
    title_error: str = ""
    job_error: str = ""
    job_hint: str = ""
    resume_error: str = ""
    resume_hint: str = ""
    job_note: str = ""
    resume_note: str = ""
    form_error: str = ""

    @property
    def has_errors(self) -> bool:
        """True when any field has an error message."""
        return bool(self.company_error or self.title_error or self.job_error or self.resume_error
                    or self.form_error)


@dataclass(frozen=True, kw_only=True)
class NewApplicationContext(PageContext):
    """The new-application page."""

    form: NewApplicationForm
    accept: str = ".txt,.md,.pdf,.docx"


# --- One application: fit map, concerns, questions ----------------------------------------------


@dataclass(frozen=True)
class FitRow:
    """One requirement of the job, how strongly the résumé shows it, and the quoted evidence."""

    requirement: str
    section: str
    must: bool
    strength: str
    quote: str
    reason: str

    @property
    def strength_label(self) -> str:
        """Strong, Partial or Not shown."""
        return STRENGTH_LABELS.get(self.strength, self.strength)


@dataclass(frozen=True)
class PlanStep:
    """One step of a concern's answer plan."""

    label: str
    text: str


@dataclass(frozen=True)
class ConcernView:
    """A concern as the application page shows it, with the reply the candidate is writing."""

    application_id: int
    index: int
    id: str
    title: str
    severity: str
    why: str
    quotes: tuple[str, ...]
    question: str
    plan: tuple[PlanStep, ...]
    draft: str
    answer: str
    report: ReportView | None = None
    answer_error: str = ""

    @property
    def severity_label(self) -> str:
        """High, Medium or Low."""
        return SEVERITY_LABELS.get(self.severity, self.severity)

    @property
    def answer_href(self) -> str:
        """Where the reply is judged."""
        return f"/applications/{self.application_id}/concerns/{self.id}/answer"

    @property
    def remove_href(self) -> str:
        """Where the concern is removed."""
        return f"/applications/{self.application_id}/concerns/{self.id}/remove"

    @property
    def fragment(self) -> ReportFragment:
        """The report region for this concern's reply."""
        return ReportFragment(form=AnalyseForm(answer=self.answer, answer_error=self.answer_error),
                              report=self.report)


@dataclass(frozen=True)
class LikelyQuestion:
    """A bank question likely for this role, and why."""

    id: str
    text: str
    family_name: str
    why: str

    @property
    def practise_href(self) -> str:
        """The analyse page with this question picked."""
        return f"/analyse?question={self.id}"


@dataclass(frozen=True)
class QuestionToAsk:
    """A question for the candidate to ask at the end, and a warning if the job text answers it."""

    text: str
    purpose: str
    warning: str


@dataclass(frozen=True)
class ApplicationEdit:
    """The company and title form as typed, with its errors."""

    company: str
    title: str
    company_error: str = ""
    title_error: str = ""

    @property
    def has_errors(self) -> bool:
        """True when a field has an error."""
        return bool(self.company_error or self.title_error)


@dataclass(frozen=True, kw_only=True)
class ApplicationContext(ApplicationPage):
    """The application page: fit map, concerns with answers, likely questions, questions to ask."""

    level: str
    stage: str
    created: str
    edit: ApplicationEdit
    fit_rows: tuple[FitRow, ...]
    concerns: tuple[ConcernView, ...]
    questions: tuple[LikelyQuestion, ...]
    asks: tuple[QuestionToAsk, ...]
    notice: str = ""

    @property
    def strength_counts(self) -> tuple[tuple[str, str, int], ...]:
        """(strength, label, how many requirements) for the fit summary."""
        counts = []
        for strength, label in STRENGTH_LABELS.items():
            counts.append((strength, label, sum(1 for row in self.fit_rows if row.strength == strength)))
        return tuple(counts)


def _concern_quotes(data: Mapping[str, Any]) -> tuple[str, ...]:
    quotes = []
    for quote in data.get("evidence") or []:
        text = " ".join(str(quote).split())
        if text and text not in quotes:
            quotes.append(_quote(text))
    return tuple(quotes[:MAX_QUOTES])


def application_context(
    detail: Any,
    kb: KnowledgeBase,
    *,
    edit: ApplicationEdit | None = None,
    answers: Mapping[str, tuple[str, Report | None, str]] | None = None,
    notice: str = "",
) -> ApplicationContext:
    """The application page from ``services.fit.application_detail``; ``answers`` maps a concern id
    to the reply typed, its report and its error (when the page is rendered after judging one)."""
    application = detail.application
    fit = application.fit or {}
    requirements = {str(item.get("id")): item for item in fit.get("requirements") or []}
    rows = []
    for match in fit.get("matches") or []:
        requirement = requirements.get(str(match.get("requirement_id")), {})
        section = str(requirement.get("section") or "")
        rows.append(FitRow(
            requirement=str(requirement.get("text") or match.get("requirement_id")),
            section=SECTION_LABELS.get(section, ""),
            must=bool(requirement.get("must")),
            strength=str(match.get("strength") or "none"),
            quote=" ".join(str(match.get("quote") or "").split()),
            reason=str(match.get("reason") or ""),
        ))
    typed = answers or {}
    concerns = []
    ranked = sorted(fit.get("concerns") or [],
                    key=lambda item: (SEVERITY_ORDER.get(str(item.get("severity")), 9),
                                      -float(item.get("score") or 0)))
    for position, data in enumerate(ranked, start=1):
        plan_data = data.get("answer_plan") or {}
        plan = tuple(PlanStep(label, str(plan_data.get(key) or ""))
                     for key, label in PLAN_STEPS if plan_data.get(key))
        concern_id = str(data.get("id"))
        answer, report, error = typed.get(concern_id, (str(data.get("draft") or ""), None, ""))
        concerns.append(ConcernView(
            application_id=application.id,
            index=position,
            id=concern_id,
            title=str(data.get("title") or ""),
            severity=str(data.get("severity") or "medium"),
            why=str(data.get("why") or ""),
            quotes=_concern_quotes(data),
            question=str(data.get("question") or ""),
            plan=plan,
            draft=str(data.get("draft") or ""),
            answer=answer,
            report=report_view(report, kb) if report is not None else None,
            answer_error=error,
        ))
    questions = []
    for item in detail.questions:
        family = kb.families.get(str(item.get("family")))
        questions.append(LikelyQuestion(str(item["id"]), str(item["text"]),
                                        family.name if family else str(item.get("family")),
                                        str(item.get("why") or "")))
    asks = tuple(QuestionToAsk(str(item["text"]), str(item.get("purpose") or ""),
                               str(item.get("warning") or ""))
                 for item in detail.questions_to_ask)
    created = application.created_at
    return ApplicationContext(
        title=f"{application.title} at {application.company}",
        active="applications",
        application_id=application.id,
        company=application.company,
        job_title=application.title,
        level=level_name(application.level),
        stage=application.stage.capitalize(),
        created=short_date(created, year=True) if created else "",
        edit=edit or ApplicationEdit(application.company, application.title),
        fit_rows=tuple(rows),
        concerns=tuple(concerns),
        questions=tuple(questions),
        asks=asks,
        notice=notice,
    )


# --- Story bank and the story editor ------------------------------------------------------------


@dataclass(frozen=True)
class StoryItem:
    """A story in the story bank list."""

    id: int
    title: str
    competencies: tuple[str, ...]
    overall: int | None
    application: str
    updated: str

    @property
    def band(self) -> str:
        """The colour band of the story's score."""
        return score_band(self.overall)

    @property
    def href(self) -> str:
        """The story editor."""
        return f"/stories/{self.id}"


@dataclass(frozen=True)
class CoverageCell:
    """One story against one row of the coverage matrix."""

    linked: bool
    quality: int | None

    @property
    def band(self) -> str:
        """The colour band of the story's score."""
        return score_band(self.quality)


@dataclass(frozen=True)
class CoverageRow:
    """A competency or requirement × every story, its status and what to do about a gap."""

    id: str
    label: str
    kind: str
    must: bool
    status: str
    best: int | None
    cells: tuple[CoverageCell, ...]
    advice: str
    new_href: str
    """The story editor, with this competency ticked or this row's application chosen."""

    @property
    def status_label(self) -> str:
        """Covered, Weak story or No story."""
        return COVERAGE_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class CoverageGroup:
    """Rows of the coverage matrix under one heading."""

    label: str
    rows: tuple[CoverageRow, ...]


@dataclass(frozen=True, kw_only=True)
class StoriesContext(PageContext):
    """The story bank: the stories and the coverage matrix."""

    stories: tuple[StoryItem, ...]
    columns: tuple[tuple[int, str], ...]
    groups: tuple[CoverageGroup, ...]
    gaps: int
    threshold: int
    applications: tuple[Option, ...]
    application_id: int | None
    notice: str = ""


def stories_context(bank: Any, kb: KnowledgeBase, *, notice: str = "") -> StoriesContext:
    """The story bank page from ``services.stories.story_bank``."""
    applications = {item_id: label for item_id, label in bank.applications}
    stories = []
    for story in bank.stories:
        names = tuple(kb.competencies[c].name if c in kb.competencies else c
                      for c in story.competencies)
        stories.append(StoryItem(
            id=story.id,
            title=story.title,
            competencies=names,
            overall=story.overall,
            application=applications.get(story.application_id, "") if story.application_id else "",
            updated=short_date(story.updated_at, year=True),
        ))
    advice = {gap.row_id: gap.advice for gap in bank.coverage.gaps}
    grouped: dict[str, list[CoverageRow]] = {}
    for row in bank.coverage.rows:
        cells = tuple(CoverageCell(cell.linked, cell.quality if cell.linked else None)
                      for cell in row.cells)
        new_href = f"/stories/new?competency={row.id}"
        if row.kind != "competency":
            new_href = f"/stories/new?application_id={bank.application_id or ''}"
        grouped.setdefault(row.group, []).append(CoverageRow(
            id=row.id, label=row.label, kind=row.kind, must=row.must, status=row.status,
            best=row.best, cells=cells, advice=advice.get(row.id, ""), new_href=new_href,
        ))
    groups = []
    for key in ("requirement", "managerial_area", "employer_requirement"):
        if key in grouped:
            groups.append(CoverageGroup(GROUP_LABELS[key], tuple(grouped.pop(key))))
    for key, rows in grouped.items():
        groups.append(CoverageGroup(GROUP_LABELS.get(key, key.replace("_", " ").capitalize()),
                                    tuple(rows)))
    return StoriesContext(
        title="Story bank",
        active="stories",
        stories=tuple(stories),
        columns=tuple(bank.coverage.stories),
        groups=tuple(groups),
        gaps=len(bank.coverage.gaps),
        threshold=bank.coverage.threshold,
        applications=tuple(Option(str(item_id), label) for item_id, label in bank.applications),
        application_id=bank.application_id,
        notice=notice,
    )


@dataclass(frozen=True)
class StoryForm:
    """The story editor's fields as typed, and an error next to each field that caused one."""

    title: str = ""
    application_id: str = ""
    competencies: tuple[str, ...] = ()
    circumstances: str = ""
    actions: str = ""
    results: str = ""
    lesson: str = ""
    target: str = ""
    errors: Mapping[str, str] = field(default_factory=dict)

    def error(self, name: str) -> str:
        """The error message of one field ("" when it has none)."""
        return self.errors.get(name, "")

    @property
    def has_errors(self) -> bool:
        """True when any field has an error message."""
        return any(self.errors.values())


@dataclass(frozen=True)
class SignalView:
    """One scope signal of the level calibration."""

    label: str
    detail: str
    level: str
    found: bool
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class CalibrationView:
    """How the story reads against the target level and what would lift it."""

    target: str
    reads_as: str
    verdict: str
    summary: str
    thin: bool
    signals: tuple[SignalView, ...]
    lifts: tuple[PlanStep, ...]

    @property
    def verdict_label(self) -> str:
        """Below, matches or above the role, in words."""
        return VERDICT_LABELS.get(self.verdict, self.verdict)


def calibration_view(calibration: Any) -> CalibrationView:
    """A ``prep.calibration.Calibration`` as the editor shows it."""
    signals = tuple(
        SignalView(SIGNAL_LABELS.get(item.name, item.name), item.detail,
                   level_name(item.level) if item.level else "", item.found, tuple(item.evidence))
        for item in calibration.signals
    )
    lifts = tuple(PlanStep(SIGNAL_LABELS.get(item.signal, item.signal), item.advice)
                  for item in calibration.lifts)
    return CalibrationView(level_name(calibration.target), calibration.reads_as_name,
                           calibration.verdict, calibration.summary, calibration.thin, signals, lifts)


@dataclass(frozen=True)
class StoryFeedbackFragment:
    """The editor's feedback region: the question, the report and the calibration, or a hint."""

    question: str = ""
    report: ReportView | None = None
    calibration: CalibrationView | None = None
    hint: str = ""

    @property
    def fragment(self) -> ReportFragment:
        """The report region (the shared report fragment)."""
        return ReportFragment(form=AnalyseForm(), report=self.report)


def story_feedback_fragment(
    feedback: Any | None, kb: KnowledgeBase, *, hint: str = ""
) -> StoryFeedbackFragment:
    """The feedback region from ``services.stories.story_feedback`` (or only a hint)."""
    if feedback is None:
        return StoryFeedbackFragment(hint=hint)
    return StoryFeedbackFragment(
        question=feedback.question.text,
        report=report_view(feedback.report, kb),
        calibration=calibration_view(feedback.calibration),
        hint=hint,
    )


@dataclass(frozen=True, kw_only=True)
class StoryEditorContext(PageContext):
    """The story editor: the form, the competency choices and the live feedback."""

    story_id: int | None
    form: StoryForm
    competency_groups: tuple[OptionGroup, ...]
    applications: tuple[Option, ...]
    levels: tuple[Option, ...]
    feedback: StoryFeedbackFragment
    notice: str = ""
    max_competencies: int = 4

    @property
    def action(self) -> str:
        """Where the form saves."""
        return f"/stories/{self.story_id}" if self.story_id else "/stories/new"


def competency_groups(kb: KnowledgeBase) -> tuple[OptionGroup, ...]:
    """The competencies by group, for the editor's checkboxes."""
    grouped: dict[str, list[Option]] = {}
    for competency in kb.competencies.values():
        grouped.setdefault(competency.group, []).append(Option(competency.id, competency.name))
    return tuple(OptionGroup(GROUP_LABELS.get(key, key), tuple(options))
                 for key, options in grouped.items())


def story_editor_context(
    kb: KnowledgeBase,
    *,
    form: StoryForm,
    applications: Sequence[tuple[int, str]],
    feedback: StoryFeedbackFragment,
    story_id: int | None = None,
    notice: str = "",
) -> StoryEditorContext:
    """The story editor for a new (``story_id`` None) or a stored story."""
    title = form.title if story_id and form.title else "New story"
    return StoryEditorContext(
        title=title,
        active="stories",
        story_id=story_id,
        form=form,
        competency_groups=competency_groups(kb),
        applications=tuple(Option(str(item_id), label) for item_id, label in applications),
        levels=tuple(Option(key, name) for key, name in LEVEL_NAMES.items()),
        feedback=feedback,
        notice=notice,
    )


@dataclass(frozen=True, kw_only=True)
class ConfirmContext(PageContext):
    """A confirmation step before something that cannot be undone."""

    question: str
    detail: str
    action: str
    button: str
    cancel_href: str


# --- Prep brief, quiz, salary and weakness ------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class BriefPageContext(ApplicationPage):
    """The brief page: what is missing from it, the printable page and the PDF."""

    missing: tuple[LinkItem, ...]

    @property
    def html_href(self) -> str:
        """The printable page on its own."""
        return f"/applications/{self.application_id}/brief.html"

    @property
    def pdf_href(self) -> str:
        """The PDF download."""
        return f"/applications/{self.application_id}/brief.pdf"


def brief_page_context(application_id: int, brief: Any) -> BriefPageContext:
    """The brief page from ``services.prep.application_brief``."""
    missing = []
    if not brief.company_facts:
        missing.append(LinkItem(f"/applications/{application_id}/quiz", "Add company facts",
                                "The brief has no facts about the company yet."))
    if not brief.stories:
        missing.append(LinkItem("/stories/new", "Write a story",
                                "The brief has no stories to tell yet."))
    if not brief.concerns:
        missing.append(LinkItem(f"/applications/{application_id}", "See the fit",
                                "The brief lists no concerns."))
    return BriefPageContext(
        title=f"Prep brief: {brief.title} at {brief.company}",
        active="applications",
        application_id=application_id,
        company=brief.company,
        job_title=brief.title,
        section="brief",
        missing=tuple(missing),
    )


@dataclass(frozen=True)
class QuizCardView:
    """The card to answer now."""

    card_id: int
    question: str
    source: str
    box: int


@dataclass(frozen=True)
class QuizResultView:
    """The verdict on the last answer."""

    correct: bool
    expected: str
    given: str
    note: str
    due: str


@dataclass(frozen=True)
class FactItem:
    """A key fact with its quiz state."""

    id: int
    prompt: str
    answer: str
    source: str
    box: int | None
    due: str
    last_result: str


@dataclass(frozen=True)
class FactForm:
    """The add-a-fact form as typed, with its errors."""

    prompt: str = ""
    answer: str = ""
    prompt_error: str = ""
    answer_error: str = ""


@dataclass(frozen=True, kw_only=True)
class QuizContext(ApplicationPage):
    """The key-facts quiz: one due card at a time, the last verdict and the facts."""

    card: QuizCardView | None
    result: QuizResultView | None
    answer: str
    answer_error: str
    due: int
    total: int
    next_due: str
    company_facts: tuple[FactItem, ...]
    record_facts: tuple[FactItem, ...]
    fact_form: FactForm
    notice: str = ""


def _due_label(when: datetime | None, now: datetime) -> str:
    if when is None:
        return ""
    if when <= now:
        return "due now"
    days = (when.date() - now.date()).days
    if days <= 0:
        return "later today"
    if days == 1:
        return "tomorrow"
    return f"in {days} days ({short_date(when)})"


def quiz_context(
    overview: Any,
    *,
    now: datetime,
    result: Any | None = None,
    answer: str = "",
    answer_error: str = "",
    fact_form: FactForm | None = None,
) -> QuizContext:
    """The quiz page from ``services.prep.quiz_overview`` (and the verdict just given)."""
    status = overview.status
    card = None
    if status.card_id is not None and status.question:
        source = "Your record" if status.source == "record" else "The company"
        card = QuizCardView(status.card_id, status.question, source, status.box or 1)
    shown = None
    if result is not None:
        check = result.check
        shown = QuizResultView(check.correct, check.expected, check.given, check.note,
                               _due_label(result.due_at, now))
    company: list[FactItem] = []
    record: list[FactItem] = []
    for fact in overview.facts:
        item = FactItem(fact.id, fact.prompt, fact.answer, fact.source, fact.box,
                        _due_label(fact.due_at, now), fact.last_result or "")
        (record if fact.source == "record" else company).append(item)
    return QuizContext(
        title=f"Key-facts quiz: {overview.title} at {overview.company}",
        active="applications",
        application_id=overview.application_id,
        company=overview.company,
        job_title=overview.title,
        section="quiz",
        card=card,
        result=shown,
        answer=answer,
        answer_error=answer_error,
        due=status.due,
        total=status.total,
        next_due=_due_label(status.next_due_at, now) if status.next_due_at else "",
        company_facts=tuple(company),
        record_facts=tuple(record),
        fact_form=fact_form or FactForm(),
    )


@dataclass(frozen=True)
class SalaryForm:
    """The salary form as typed, with an error next to each field that caused one."""

    low: str = ""
    high: str = ""
    currency: str = "EUR"
    source: str = ""
    low_error: str = ""
    high_error: str = ""
    currency_error: str = ""
    source_error: str = ""


@dataclass(frozen=True)
class WeaknessForm:
    """The weakness worksheet as typed, with its error."""

    shortcoming: str = ""
    steps: str = ""
    progress: str = ""
    error: str = ""


@dataclass(frozen=True)
class DraftView:
    """A drafted answer, the question it answers and its report."""

    label: str
    question: str
    answer: str
    report: ReportView

    @property
    def fragment(self) -> ReportFragment:
        """The report region (the shared report fragment)."""
        return ReportFragment(form=AnalyseForm(answer=self.answer), report=self.report)


@dataclass(frozen=True)
class SalaryView:
    """The two salary answers and the tips."""

    market: str
    deflect: DraftView
    pressed: DraftView
    tips: tuple[str, ...]


@dataclass(frozen=True)
class WeaknessView:
    """The weakness answer (when anything is filled in) and what the missing parts should say."""

    draft: DraftView | None
    guidance: tuple[PlanStep, ...]
    complete: bool


@dataclass(frozen=True, kw_only=True)
class PrepContext(ApplicationPage):
    """Salary and weakness prep for one application."""

    salary_form: SalaryForm
    weakness_form: WeaknessForm
    salary: SalaryView | None
    weakness: WeaknessView | None
    currencies: tuple[str, ...] = ("EUR", "GBP", "USD", "CHF", "SEK", "NOK", "DKK", "PLN", "CAD",
                                   "AUD")


def _draft_view(label: str, draft: Any, kb: KnowledgeBase) -> DraftView:
    return DraftView(label, draft.question, draft.answer, report_view(draft.report, kb))


def prep_context(
    prep: Any,
    kb: KnowledgeBase,
    *,
    salary_form: SalaryForm | None = None,
    weakness_form: WeaknessForm | None = None,
) -> PrepContext:
    """The prep page from ``services.prep.prepare_for_application``."""
    salary = None
    if prep.salary is not None:
        market = prep.salary.market
        salary = SalaryView(
            market=f"{market.low:,.0f}–{market.high:,.0f} {market.currency} ({market.source})",
            deflect=_draft_view("If they ask early: turn it back", prep.salary.deflect, kb),
            pressed=_draft_view("If they press: a range from the market", prep.salary.pressed, kb),
            tips=tuple(prep.salary.tips),
        )
    weakness = None
    if prep.weakness is not None:
        draft = prep.weakness.draft
        weakness = WeaknessView(
            draft=_draft_view("Your weakness answer", draft, kb) if draft is not None else None,
            guidance=tuple(PlanStep(item.label, f"{item.prompt} {item.advice}")
                           for item in prep.weakness.guidance),
            complete=prep.weakness.complete,
        )
    return PrepContext(
        title=f"Salary and weakness: {prep.title} at {prep.company}",
        active="applications",
        application_id=prep.application_id,
        company=prep.company,
        job_title=prep.title,
        section="prep",
        salary_form=salary_form or SalaryForm(),
        weakness_form=weakness_form or WeaknessForm(),
        salary=salary,
        weakness=weakness,
    )


# --- Settings -----------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class SettingsContext(PageContext):
    """Where the data lives, the export and the delete-everything step."""

    url: str
    backend: str
    data_dir: str
    counts: tuple[tuple[str, int], ...]
    empty: bool
    confirm: str = ""
    confirm_error: str = ""
    deleted: bool = False
    confirm_word: str = "DELETE"


def settings_context(
    location: Any, *, confirm: str = "", confirm_error: str = "", deleted: bool = False
) -> SettingsContext:
    """The settings page from ``services.data.data_location``."""
    backend = "SQLite (a file on this computer)" if location.backend == "sqlite" else "PostgreSQL"
    counts = (
        ("application" if location.applications == 1 else "applications", location.applications),
        ("story" if location.stories == 1 else "stories", location.stories),
        ("practice session" if location.sessions == 1 else "practice sessions", location.sessions),
        ("debrief" if location.debriefs == 1 else "debriefs", location.debriefs),
    )
    return SettingsContext(
        title="Settings and your data",
        active="settings",
        url=location.url,
        backend=backend,
        data_dir=location.data_dir or "",
        counts=counts,
        empty=location.empty,
        confirm=confirm,
        confirm_error=confirm_error,
        deleted=deleted,
    )
