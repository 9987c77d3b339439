"""Page contexts for the pipeline, the debrief form, the thank-you letter and follow-ups."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from poise.content.loader import KnowledgeBase
from poise.errors import Advice, NextStep
from poise.followup.application import CLOSED_STAGES, STAGES
from poise.followup.debrief import RATINGS
from poise.followup.letter import Letter
from poise.followup.pipeline import PipelineRow, stage_label
from poise.followup.schedule import Schedule
from poise.services.followup import DebriefOutcome, StoredDebrief
from poise.web.contexts.application import ApplicationPage
from poise.web.contexts.base import PageContext
from poise.web.contexts.catalogue import Option
from poise.web.next_steps import link_for

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
    address_as: str = ""


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
        stage_label=outcome.application.stage_label,
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
    warnings: tuple[WarningView, ...]


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


@dataclass(frozen=True)
class WarningView:
    """Something to check in the letter, with a link to do it when there is one."""

    text: str
    href: str = ""
    label: str = ""


def _web_warning(warning: Advice, application_id: int) -> WarningView:
    """A letter warning as the page shows it: its words, and the link of its next step."""
    if warning.step is NextStep.SIGN_LETTER:
        return WarningView("Sign the letter: type your name in “Sign as” and update the draft.")
    link = link_for(warning.step, warning.subject, application_id=application_id)
    return WarningView(warning.text, link.href if link else "", link.label if link else "")


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
            (item.concern, item.plan) for item in letter.concerns
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
            warnings=tuple(_web_warning(warning, application.id) for warning in letter.warnings),
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
