"""Page context of the home page: the pipeline, recent practice and the progress chart."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from poise.content.loader import KnowledgeBase
from poise.interview.progress import Progress, ProgressPoint
from poise.services.overview import HomeOverview
from poise.web.contexts.base import PageContext, score_band, short_date
from poise.web.contexts.catalogue import (
    Counts,
    home_context,
)

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
    series: Sequence[ProgressPoint],
    index: Mapping[int | None, int],
    count: int,
    *,
    low: float,
    high: float,
    ticks: Sequence[float],
) -> ChartPanel:
    points = []
    for point in series:
        position = index.get(point.session_id)
        if position is None:
            continue
        score = float(point.score)
        tooltip = f"Session {position + 1}: {_figure(score, high)} out of {high:.0f}"
        points.append(ChartPoint(_x_position(position, count),
                                 _y_position(score, low, high), tooltip))
    first = float(series[0].score)
    last = float(series[-1].score)
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


def progress_chart(progress: Progress, kb: KnowledgeBase) -> ProgressChart | None:
    """The progress across ended sessions as small line charts; None before the first one."""
    overall = progress.overall
    if overall is None or not overall.points:
        return None
    sessions = list(overall.points)
    count = len(sessions)
    index = {point.session_id: position for position, point in enumerate(sessions)}
    step = max(1, -(-count // PROGRESS_MAX_X_LABELS))
    x_ticks = []
    for position in range(0, count, step):
        x_ticks.append(ChartTick(_x_position(position, count), str(position + 1)))
    if count > 1 and (count - 1) % step:
        x_ticks.append(ChartTick(_x_position(count - 1, count), str(count)))
    panels = [_panel("overall", "Overall score", sessions, index, count, low=0, high=100,
                     ticks=(0, 50, 100))]
    by_session: dict[int | None, dict[str, str]] = {}
    columns = ["Overall"]
    for point in sessions:
        by_session[point.session_id] = {"Overall": f"{float(point.score):.0f}"}
    for series in progress.by_dimension:
        points = series.points
        if not points:
            continue
        label = series.label or series.dimension
        panels.append(_panel(series.dimension, label, points, index, count, low=1,
                             high=5, ticks=(1, 3, 5)))
        columns.append(label)
        for point in points:
            if point.session_id in by_session:
                by_session[point.session_id][label] = f"{float(point.score):.1f}"
    rows = []
    for position, point in enumerate(sessions):
        known = kb.formats.get(str(point.format))
        name = known.name if known else str(point.format or "")
        when = short_date(point.ended_at)
        head = f"{position + 1}. {name}" + (f", {when}" if when else "")
        values = by_session[point.session_id]
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


def dashboard_context(overview: HomeOverview, kb: KnowledgeBase, *, today: date) -> DashboardContext:
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
        known = kb.formats.get(item.format)
        overall = item.overall
        application_id = item.application_id
        sessions.append(SessionItem(
            id=item.id,
            format_name=known.name if known else item.format,
            mode="Real conditions" if item.mode == "real" else "Practice",
            when=short_date(item.ended_at or item.started_at),
            ended=item.ended,
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
