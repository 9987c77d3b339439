"""Follow-up services: debriefs, the thank-you letter, the follow-up schedule, the pipeline, practice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from poise.content.loader import KnowledgeBase, knowledge_base
from poise.content.schema import FollowupContent
from poise.errors import Advice, ContentError, ContentProblem, InputError, NextStep, NotFoundError
from poise.followup.application import OPEN_STAGES, ApplicationView
from poise.followup.debrief import (
    ConcernMerge,
    Debrief,
    Problem,
    merge_concerns,
    parse_debrief_yaml,
    queue_reason,
    validate_debrief,
)
from poise.followup.letter import Letter, draft_letter, letter_eml, tone_findings
from poise.followup.pipeline import (
    PipelineRow,
    check_stage,
    pipeline_row,
    sort_rows,
    stage_label,
)
from poise.followup.schedule import Schedule, build_schedule, schedule_ics
from poise.store.db import Database
from poise.store.models import (
    Application,
    CandidateProfile,
    InterviewDebrief,
    PracticeQueueItem,
)
from poise.store.repositories import (
    ApplicationRepository,
    DebriefRepository,
    PracticeQueueRepository,
)
from poise.wire import wire_fields

MAX_DEBRIEF_FILE_BYTES = 1_000_000


# --- Shapes handed to the edges ----------------------------------------------------------------


@dataclass(frozen=True)
class QueuedQuestion:
    """A question waiting in the practice queue (the next mock interview starts with these)."""

    id: int
    application_id: int | None
    question_id: str | None
    question_text: str
    reason: str
    created_at: datetime
    done_at: datetime | None = None

    @classmethod
    def from_record(cls, item: PracticeQueueItem) -> QueuedQuestion:
        return cls(item.id, item.application_id, item.question_id, item.question_text, item.reason,
                   item.created_at, item.done_at)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the fields (``poise.wire``)."""
        return wire_fields(self)


@dataclass(frozen=True)
class StoredDebrief:
    """A debrief as stored: its id, application, when it was written, and the debrief itself."""

    id: int
    application_id: int
    created_at: datetime
    debrief: Debrief

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "application_id": self.application_id,
            "created_at": self.created_at.isoformat(),
            **self.debrief.model_dump(mode="json"),
        }


@dataclass(frozen=True)
class ApplicationSummary:
    """An application's identity and where it stands."""

    id: int
    company: str
    title: str
    stage: str
    round: int

    @classmethod
    def from_record(cls, application: Application) -> ApplicationSummary:
        return cls(application.id, application.company, application.title, application.stage,
                   application.round)

    @property
    def stage_label(self) -> str:
        """The stage as people say it ("interviewing (round 2)")."""
        return stage_label(self.stage, self.round)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the fields and the stage label."""
        return {**wire_fields(self), "stage_label": self.stage_label}


@dataclass(frozen=True)
class DebriefOutcome:
    """What recording a debrief did: stored it, queued weak answers, merged concerns, moved stage."""

    stored: StoredDebrief
    application: ApplicationSummary
    queued: tuple[QueuedQuestion, ...] = ()
    already_queued: tuple[str, ...] = ()
    concerns: tuple[ConcernMerge, ...] = ()
    replaced: bool = False
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "debrief": self.stored.to_dict(),
            "application": self.application.to_dict(),
            "queued": [item.to_dict() for item in self.queued],
            "already_queued": list(self.already_queued),
            "concerns": [
                {"text": item.text, "concern_id": item.concern_id, "title": item.title,
                 "status": item.status, "handled": item.handled}
                for item in self.concerns
            ],
            "replaced": self.replaced,
            "notes": list(self.notes),
        }


# --- Helpers -----------------------------------------------------------------------------------


def _kb(kb: KnowledgeBase | None) -> KnowledgeBase:
    return kb or knowledge_base()


def _templates(kb: KnowledgeBase) -> FollowupContent:
    """The follow-up templates; a ContentError if the knowledge base has none."""
    if kb.followup is None:
        raise ContentError([ContentProblem(
            "src/poise/content/followup", 1, "the follow-up templates are missing",
            "restore letter.yaml and schedule.yaml from version control")])
    return kb.followup


def question_bank(kb: KnowledgeBase | None = None) -> dict[str, str]:
    """Bank question ids and their words, to check and fill in a debrief's questions."""
    return {question.id: question.text for question in _kb(kb).questions.values()}


def find_application(session: Session, reference: int | str) -> Application:
    """An application by id, or by company (and title) words when they name exactly one."""
    repository = ApplicationRepository(session)
    text = str(reference).strip()
    if text.isdigit():
        return repository.get(int(text))
    if not text:
        raise InputError("Name the application by its id or its company.",
                         hint=repository.list_hint)
    wanted = text.casefold()
    applications = repository.list()
    exact = [item for item in applications if item.company.casefold() == wanted]
    found = exact or [
        item for item in applications if wanted in f"{item.company} {item.title}".casefold()
    ]
    if not found:
        raise NotFoundError(f"No application matches {text!r}.", hint=repository.list_hint)
    if len(found) > 1:
        choices = "; ".join(f"{item.id}: {item.title} at {item.company}" for item in found)
        raise InputError(f"{text!r} matches {len(found)} applications ({choices}).",
                         hint="Use the application's id instead.")
    return found[0]


def application_view(db: Database, reference: int | str) -> ApplicationView:
    """An application (by id, or by company words naming exactly one) as the follow-up code sees it."""
    with db.session() as session:
        return _view(session, find_application(session, reference))


def remember_sender(db: Database, application: int | str, name: str) -> None:
    """Keep the name the candidate signs with in the application's profile, so the schedule and
    later letters are signed too (a profile is made for it when there is none)."""
    cleaned = " ".join(name.split())[:200]
    if not cleaned:
        return
    with db.session() as session:
        record = find_application(session, application)
        profile = (session.get(CandidateProfile, record.profile_id)
                   if record.profile_id is not None else None)
        if profile is None:
            profile = CandidateProfile(name=cleaned)
            session.add(profile)
            session.flush()
            record.profile_id = profile.id
        elif profile.name != cleaned:
            profile.name = cleaned


def _view(session: Session, application: Application) -> ApplicationView:
    """The pure view of an application, with the candidate's name from its profile."""
    candidate = None
    if application.profile_id is not None:
        profile = session.get(CandidateProfile, application.profile_id)
        candidate = profile.name if profile is not None else None
    return ApplicationView(
        id=application.id, company=application.company, title=application.title,
        level=application.level, stage=application.stage, round=application.round,
        fit=application.fit, candidate=candidate,
    )


def _stored(record: InterviewDebrief) -> StoredDebrief:
    return StoredDebrief(record.id, record.application_id, record.created_at,
                         Debrief.model_validate(record.data))


def check_debrief(
    data: dict[str, Any] | Debrief, *, kb: KnowledgeBase | None = None, today: date | None = None
) -> Debrief:
    """A validated, normalised debrief; InputError listing every problem with its field."""
    debrief, problems = validate_debrief(data, bank=question_bank(kb), today=today or date.today())
    if debrief is None:
        listed = "\n".join(f"- {problem}" for problem in problems)
        raise InputError(f"The debrief has {len(problems)} problem(s):\n{listed}",
                         hint="Correct each field named and send the debrief again.")
    return debrief


def debrief_problems(
    data: dict[str, Any] | Debrief, *, kb: KnowledgeBase | None = None, today: date | None = None
) -> list[Problem]:
    """Every problem of a debrief, each with its field path (empty when it can be recorded)."""
    _, problems = validate_debrief(data, bank=question_bank(kb), today=today or date.today())
    return problems


def load_debrief_file(
    path: Path, *, kb: KnowledgeBase | None = None, today: date | None = None
) -> Debrief:
    """Read a debrief YAML file; DebriefFileError names the file, line and field of each problem."""
    try:
        size = path.stat().st_size
        if size > MAX_DEBRIEF_FILE_BYTES:
            raise InputError(f"{path} is {size:,} bytes; a debrief file is at most 1 MB.",
                             hint="Check you gave the right file.")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError(f"There is no file {path}.", hint="Check the path and try again.") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text.", hint="Save it as UTF-8 and try again.") from exc
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror or exc}.",
                         hint="Check the path and its permissions.") from exc
    return parse_debrief_yaml(text, file=str(path), bank=question_bank(kb), today=today or date.today())


# --- Debriefs ------------------------------------------------------------------------------------


def _queue_weak_answers(
    session: Session, application: Application, debrief: Debrief
) -> tuple[list[QueuedQuestion], list[str]]:
    """Put every answer rated 2 or lower in the practice queue (once per question)."""
    repository = PracticeQueueRepository(session)
    queued: list[QueuedQuestion] = []
    already: list[str] = []
    for question in debrief.weak_questions:
        text = question.text or question.question_id or ""
        existing = repository.pending_match(
            application_id=application.id, question_id=question.question_id, question_text=text
        )
        if existing is not None:
            already.append(text)
            continue
        item = repository.add(PracticeQueueItem(
            application_id=application.id,
            question_id=question.question_id,
            question_text=text,
            reason=queue_reason(question, debrief, company=application.company),
        ))
        queued.append(QueuedQuestion.from_record(item))
    return queued, already


def record_debrief(
    db: Database,
    application: int | str,
    data: dict[str, Any] | Debrief,
    *,
    kb: KnowledgeBase | None = None,
    today: date | None = None,
) -> DebriefOutcome:
    """Store a debrief; queue its weak answers, merge its concerns, move the stage on.

    Recording the same round on the same day again replaces the earlier debrief. The
    application moves to ``interviewing`` at the debrief's round unless it is already closed.
    """
    debrief = check_debrief(data, kb=kb, today=today)
    notes: list[str] = []
    with db.session() as session:
        record = find_application(session, application)
        repository = DebriefRepository(session)
        replaced = False
        stored: InterviewDebrief | None = None
        for existing in repository.list(application_id=record.id):
            if existing.round == debrief.round and existing.held_on == debrief.held_on:
                stored = existing
        payload = debrief.model_dump(mode="json")
        if stored is not None:
            stored.data = payload
            replaced = True
            session.flush()
        else:
            stored = repository.add(InterviewDebrief(
                application_id=record.id, round=debrief.round, held_on=debrief.held_on, data=payload,
            ))
        queued, already = _queue_weak_answers(session, record, debrief)
        merges: list[ConcernMerge] = []
        if debrief.concerns and isinstance(record.fit, dict):
            merged, merges = merge_concerns(record.fit, debrief)
            record.fit = merged  # a new dict: in-place JSON changes are not tracked
        elif debrief.concerns:
            notes.append("This application has no fit map yet, so the concerns raised stay in the "
                         "debrief (the letter still answers them).")
        if record.stage in OPEN_STAGES:
            record.stage = "interviewing"
            record.round = max(record.round, debrief.round)
        else:
            notes.append(f"The application is at {record.stage!r}, so its stage was left as it is.")
        session.flush()
        return DebriefOutcome(
            stored=_stored(stored),
            application=ApplicationSummary.from_record(record),
            queued=tuple(queued),
            already_queued=tuple(already),
            concerns=tuple(merges),
            replaced=replaced,
            notes=tuple(notes),
        )


def list_debriefs(db: Database, application: int | str) -> list[StoredDebrief]:
    """An application's debriefs, in the order the interviews happened."""
    with db.session() as session:
        record = find_application(session, application)
        return [_stored(item) for item in DebriefRepository(session).list(application_id=record.id)]


def _latest(session: Session, application: Application) -> Debrief | None:
    stored = DebriefRepository(session).latest(application.id)
    return Debrief.model_validate(stored.data) if stored is not None else None


def _filed_on(session: Session, application: Application, today: date) -> date | None:
    """The day the latest debrief was filed, or None without one (or one dated after ``today``)."""
    stored = DebriefRepository(session).latest(application.id)
    if stored is None or stored.created_at is None or stored.created_at.date() > today:
        return None
    return stored.created_at.date()


# --- Letter and schedule -------------------------------------------------------------------------


def _no_debrief(application: Application) -> InputError:
    return InputError(
        f"There is no debrief for {application.title} at {application.company} yet.",
        hint="Record the interview in a debrief first.",
        next_step=NextStep.RECORD_DEBRIEF, subject=str(application.id),
    )


def draft_thank_you(
    db: Database,
    application: int | str,
    *,
    interviewer: str | None = None,
    sender: str | None = None,
    today: date | None = None,
    kb: KnowledgeBase | None = None,
    check_tone: bool = True,
) -> Letter:
    """The thank-you letter from the latest debrief, with the analyser's tone findings attached."""
    base = _kb(kb)
    with db.session() as session:
        record = find_application(session, application)
        debrief = _latest(session, record)
        if debrief is None:
            raise _no_debrief(record)
        view = _view(session, record)
    letter = draft_letter(view, debrief, _templates(base).letter, today=today or date.today(),
                          interviewer=interviewer, sender=sender)
    if not check_tone:
        return letter
    findings = tone_findings(letter.body, kb=base)
    warnings = list(letter.warnings)
    for finding in findings:
        quotes = ", ".join(f'"{item.quote}"' for item in finding.evidence)
        warnings.append(Advice(f"{finding.message}: {quotes}. {finding.fix}"))
    return replace(letter, tone=tuple(findings), warnings=tuple(warnings))


def letter_as_eml(letter: Letter, *, written_at: datetime | None = None) -> bytes:
    """The letter as an unsent .eml message."""
    return letter_eml(letter, written_at=written_at or datetime.now(UTC))


def thank_you_eml(
    db: Database,
    application: int | str,
    *,
    subject: str | None = None,
    body: str | None = None,
    interviewer: str | None = None,
    sender: str | None = None,
    kb: KnowledgeBase | None = None,
    written_at: datetime | None = None,
) -> bytes:
    """The thank-you letter as an unsent .eml: the draft, or the draft with the subject and body
    as the candidate edited them (an empty body is an InputError)."""
    letter = draft_thank_you(db, application, interviewer=interviewer, sender=sender, kb=kb,
                             check_tone=False)
    if body is not None:
        if not body.strip():
            raise InputError("The letter is empty.", hint="Write the letter, or reload the draft.")
        letter = replace(letter, body=body.replace("\r\n", "\n").strip())
    if subject is not None and subject.strip():
        letter = replace(letter, subject=" ".join(subject.split()))
    return letter_as_eml(letter, written_at=written_at)


def followups(
    db: Database,
    application: int | str,
    *,
    today: date | None = None,
    kb: KnowledgeBase | None = None,
    sender: str | None = None,
) -> Schedule:
    """The follow-up schedule after the latest interview (empty, with a reason, when closed)."""
    base = _kb(kb)
    templates = _templates(base)
    day = today or date.today()
    with db.session() as session:
        record = find_application(session, application)
        debrief = _latest(session, record)
        filed_on = _filed_on(session, record, day)
        view = _view(session, record)
    letter: Callable[[date], str] | None = None
    if debrief is not None and not view.closed:
        found = debrief

        def letter(sent_on: date) -> str:
            # drafted for the day the schedule sends it, so "today" or "on Thursday" is true then
            return draft_letter(view, found, templates.letter, today=sent_on, sender=sender).body

    candidate = (sender or view.candidate or "").strip()
    return build_schedule(view, debrief, templates.schedule, today=day, thank_you_letter=letter,
                          filed_on=filed_on, candidate=candidate)


def followups_ics(schedule: Schedule, *, stamp: datetime | None = None) -> bytes:
    """The schedule as an iCalendar file."""
    return schedule_ics(schedule, stamp=stamp or datetime.now(UTC))


# --- Pipeline and stages -------------------------------------------------------------------------


def pipeline(
    db: Database, *, today: date | None = None, kb: KnowledgeBase | None = None
) -> list[PipelineRow]:
    """Every application with its stage, next action and date, and the last debrief's key points."""
    templates = _templates(_kb(kb))
    day = today or date.today()
    rows: list[PipelineRow] = []
    with db.session() as session:
        pending: dict[int | None, int] = {}
        for item in PracticeQueueRepository(session).list():
            pending[item.application_id] = pending.get(item.application_id, 0) + 1
        for record in ApplicationRepository(session).list():
            view = _view(session, record)
            debrief = _latest(session, record)
            schedule = build_schedule(view, debrief, templates.schedule, today=day,
                                      filed_on=_filed_on(session, record, day))
            rows.append(pipeline_row(view, debrief, schedule, today=day,
                                     practice_pending=pending.get(record.id, 0)))
    return sort_rows(rows)


def list_applications(db: Database) -> list[ApplicationSummary]:
    """Every application's identity and stage, oldest first (for pickers)."""
    with db.session() as session:
        return [ApplicationSummary.from_record(item) for item in ApplicationRepository(session).list()]


def set_stage(
    db: Database, application: int | str, stage: str | None, *, round_number: int | None = None
) -> ApplicationSummary:
    """Move an application to a stage and/or round; InputError for an unknown stage or a bad round."""
    chosen = check_stage(stage) if stage is not None else None
    if chosen is None and round_number is None:
        raise InputError("Give a stage, a round, or both.",
                         hint="For example: stage interviewing, round 2.")
    if round_number is not None and not 0 <= round_number <= 20:
        raise InputError(f"Round {round_number} is out of range.", hint="Use a round from 1 to 20.")
    with db.session() as session:
        record = find_application(session, application)
        if chosen is not None:
            record.stage = chosen
        if round_number is not None:
            record.round = round_number
        elif record.stage == "interviewing":
            record.round = max(record.round, 1)
        if record.stage == "interviewing" and record.round < 1:
            raise InputError("An application that is interviewing is at round 1 or later.",
                             hint="Give round 1 (or later), or leave the round out.")
        session.flush()
        return ApplicationSummary.from_record(record)


# --- Practice queue (read by mock interviews) ----------------------------------------------------


def queued_questions(db: Database, application_id: int | None = None) -> list[QueuedQuestion]:
    """Questions waiting to be practised, oldest first: one application's, or all of them."""
    with db.session() as session:
        items = PracticeQueueRepository(session).list(application_id=application_id)
        return [QueuedQuestion.from_record(item) for item in items]


def mark_practised(db: Database, item_id: int, *, when: datetime | None = None) -> QueuedQuestion:
    """Take a question off the queue once it has been practised."""
    with db.session() as session:
        item = PracticeQueueRepository(session).mark_done(item_id, when=when)
        return QueuedQuestion.from_record(item)
