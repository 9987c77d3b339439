"""Page context of a mock interview's report: every turn with its feedback, the charts, the
panel's verdict and the closing phase."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from poise.content.loader import KnowledgeBase
from poise.interview.session_report import Closing, Panel, SessionReport
from poise.web.contexts.base import SEVERITY_LABELS, PageContext
from poise.web.contexts.practice import (
    MODE_LABELS,
    TURN_LABELS,
    FeedbackView,
    FlagView,
    application_link,
    clock,
    feedback_view,
    short_day,
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
    note: str = ""


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
    concern_note: str = ""
    answer_plan: tuple[tuple[str, str], ...] = ()
    model_reply: str = ""


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


def _dimension_parts(report: SessionReport) -> tuple[BarChart | None, tuple[DimensionRow, ...]]:
    items: list[tuple[str, str, float | None]] = []
    rows = []
    for data in report.dimensions.values():
        average = data.average
        items.append((data.label, data.label, average))
        low = ""
        if data.lowest is not None:
            low = f"{data.lowest.score}/5 on “{data.lowest.question}”"
        rows.append(DimensionRow(
            label=data.label,
            average=f"{average:g}/5" if average is not None else "not scored",
            answers=data.answers,
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


PLAN_STEPS = (("acknowledge", "Acknowledge"), ("evidence", "Evidence"), ("plan", "Plan"),
              ("check_back", "Check back"))


def _closing_view(data: Closing) -> ClosingView:
    concern = data.concern
    reply = data.reply
    findings = tuple(FlagView(item.message, item.fix) for item in reply.findings) if reply else ()
    questions = []
    for item in data.questions:
        questions.append(ClosingQuestionView(
            text=item.text, pause=item.pause,
            flags=tuple(FlagView(flag.message, flag.fix) for flag in item.flags),
            reply=item.reply or "",
        ))
    score = reply.overall if reply else None
    plan = concern.answer_plan if concern else {}
    return ClosingView(
        asked_pause=data.asked_pause,
        result=data.result,
        concern_title=concern.title if concern else "",
        concern_why=concern.why if concern else "",
        raised_as=concern.raised_as if concern else "",
        reply=reply.answer if reply else "",
        reply_score=int(score) if score is not None else None,
        reply_handled=reply.handled if reply else False,
        reply_verdict=reply.verdict if reply else "",
        reply_findings=findings,
        questions=tuple(questions),
        concern_note="" if concern is None or concern.personal else str(concern.note or ""),
        answer_plan=tuple((label, plan[key]) for key, label in PLAN_STEPS if plan.get(key)),
        model_reply=concern.model_reply if concern else "",
    )


def _panel_view(data: Panel | None) -> PanelView | None:
    if data is None:
        return None
    panellists = tuple(
        PanellistView(
            name=item.name, role=item.role, criterion=item.criterion,
            score=int(item.score) if item.score is not None else None, reason=item.reason,
        )
        for item in data.panellists
    )
    average = data.average
    return PanelView(
        director=data.director or "the hiring director",
        recommendation=data.recommendation,
        average=f"{average:g}/5" if average is not None else "not scored",
        panellists=panellists,
    )


def _extras(report: SessionReport) -> tuple[str, ...]:
    """The format's own summary lines: stress composure, cases, biographical focus."""
    lines = []
    stress = report.stress
    if stress:
        lines.append(f"Composure: {stress.verdict}")
        for lapse in stress.lapses:
            lines.append(f"Turn {lapse.turn + 1}: {lapse.message} (“{lapse.quote}”). {lapse.fix}")
    if report.cases:
        lines.append(report.cases.summary)
    biographical = report.biographical
    if biographical:
        lines.append(biographical.summary)
        missed = biographical.requirements.missed if biographical.requirements else ()
        if missed:
            lines.append("Requirements of the role you did not speak to: " + "; ".join(missed) + ".")
    return tuple(lines)


def _timing_parts(report: SessionReport) -> tuple[tuple[TimingRow, ...], str]:
    timing = report.timing
    rows = []
    for item in timing.answers:
        rows.append(TimingRow(
            number=item.turn + 1, kind_label=TURN_LABELS.get(item.kind, item.kind),
            question=item.question, seconds=clock(item.seconds),
            limit=clock(item.time_limit_s), over=item.over_time,
            note="no answer" if item.no_answer else ("cut off" if item.cut_off else "over"),
        ))
    if not timing.measured:
        return tuple(rows), "No answer was timed."
    summary = (f"{timing.measured} answers timed, {clock(timing.average_s)} on average, "
               f"{clock(timing.total_s)} in all; {timing.over_limit} over the limit")
    extra = []
    if timing.cut_off:
        extra.append(f"{timing.cut_off} cut off at the limit")
    if timing.no_answer:
        extra.append(f"{timing.no_answer} with no answer before the time ran out")
    summary += (" (" + "; ".join(extra) + ")." if extra else ".")
    return tuple(rows), summary


def session_report_context(kb: KnowledgeBase, report: SessionReport) -> SessionReportContext:
    """The session report page from ``practice_report``."""
    session = report.session
    turns = []
    for data in report.turns:
        turns.append(TurnView(
            number=data.turn + 1,
            speaker=data.speaker,
            prompt=data.asked,
            kind_label=TURN_LABELS.get(data.kind, data.kind),
            answer=data.answer,
            seconds=clock(data.seconds),
            feedback=feedback_view(data.feedback, kb, answer=data.answer) if data.feedback else None,
        ))
    chart, rows = _dimension_parts(report)
    fixes = []
    for item in report.fix_first:
        example = item.example
        fixes.append(FixFirstView(
            severity=item.severity,
            severity_label=SEVERITY_LABELS.get(item.severity, item.severity),
            message=item.message, fix=item.fix, why=item.why,
            count=item.count or 1, quote=(example.quote or "") if example else "",
            question=example.question if example else "",
        ))
    timing_rows, summary = _timing_parts(report)
    projective = report.projective
    areas = tuple(
        AreaView(
            name=area.name, what_it_reads=area.what_it_reads, summary=area.summary,
            cautions=area.cautions,
            answers=tuple((item.question, item.answer) for item in area.questions),
        )
        for area in (projective.areas if projective else ())
    )
    label, href = application_link(session.application)
    pause = report.pause_question
    view_turns = tuple(turns)
    headline = tuple(line for line in report.headline if pause.asked or line != pause.message)
    return SessionReportContext(
        title=f"Report: {session.format_name or 'mock interview'}",
        active="practice",
        session_id=session.id or 0,
        format_name=session.format_name,
        mode_label=MODE_LABELS.get(session.mode, session.mode),
        ended=session.status == "ended",
        application=label,
        application_href=href,
        started=short_day(session.started_at),
        pause_asked=pause.asked,
        pause_message=pause.message,
        headline=headline,
        overall=int(report.overall) if report.overall is not None else None,
        dimension_chart=chart,
        dimension_rows=rows,
        answer_chart=_answer_chart(view_turns),
        fixes=tuple(fixes),
        timing=timing_rows,
        timing_summary=summary,
        panel=_panel_view(report.panel),
        closing=_closing_view(report.closing),
        projective=areas,
        projective_note=(projective.note or "") if projective else "",
        extras=_extras(report),
        turns=view_turns,
    )
