"""Page contexts of the story bank: the list with coverage, the editor and its live feedback, calibration."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from poise.content.loader import KnowledgeBase
from poise.web.contexts.application import PlanStep
from poise.web.contexts.base import LEVEL_NAMES, PageContext, level_name, score_band, short_date
from poise.web.contexts.catalogue import (
    AnalyseForm,
    Option,
    OptionGroup,
    ReportFragment,
    ReportView,
    report_view,
)

VERDICT_LABELS = {"below": "Reads below the role", "matches": "Matches the role", "above": "Reads above",
                  "unlinked": "Not linked to a role"}
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
