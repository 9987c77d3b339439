"""Page context of a mock interview's report: every turn with its feedback, the charts, the
panel's verdict and the closing phase."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from poise.content.loader import KnowledgeBase
from poise.web.contexts.base import SEVERITY_LABELS, PageContext
from poise.web.contexts.practice import (
    MODE_LABELS,
    TURN_LABELS,
    FeedbackView,
    FlagView,
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


PLAN_STEPS = (("acknowledge", "Acknowledge"), ("evidence", "Evidence"), ("plan", "Plan"),
              ("check_back", "Check back"))


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
        concern_note="" if concern.get("personal", True) else str(concern.get("note") or ""),
        answer_plan=tuple(
            (label, str((concern.get("answer_plan") or {}).get(key) or ""))
            for key, label in PLAN_STEPS if (concern.get("answer_plan") or {}).get(key)
        ),
        model_reply=str(concern.get("model_reply") or ""),
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
            note="no answer" if item.get("no_answer") else ("cut off" if item.get("cut_off") else "over"),
        ))
    if timing.get("measured"):
        summary = (f"{timing['measured']} answers timed, {clock(timing.get('average_s'))} on average, "
                   f"{clock(timing.get('total_s'))} in all; {timing.get('over_limit', 0)} over the limit")
        extra = []
        if timing.get("cut_off"):
            extra.append(f"{timing['cut_off']} cut off at the limit")
        if timing.get("no_answer"):
            extra.append(f"{timing['no_answer']} with no answer before the time ran out")
        summary += (" (" + "; ".join(extra) + ")." if extra else ".")
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
        started=short_day(session.get("started_at")),
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
