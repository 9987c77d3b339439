"""Page contexts for the dashboard, applications, the story bank, prep pages and settings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from poise.analysis.report import (
    SEVERITY_ORDER,
    Report,
)
from poise.content.loader import KnowledgeBase
from poise.web.contexts.base import SEVERITY_LABELS, PageContext
from poise.web.contexts.catalogue import (
    MAX_QUOTES,
    AnalyseForm,
    Counts,
    Option,
    OptionGroup,
    ReportFragment,
    ReportView,
    _quote,
    home_context,
    report_view,
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
