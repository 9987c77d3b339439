"""Typed repositories over a SQLAlchemy ``Session``: every query Poise runs against the store."""

from __future__ import annotations

import builtins
from datetime import UTC, date, datetime
from typing import Any, ClassVar, Generic, TypeVar, cast

from sqlalchemy import Table, delete, func, inspect, select
from sqlalchemy.orm import Session

from poise.errors import InputError, NextStep, NotFoundError
from poise.store.db import current_revision
from poise.store.models import (
    Application,
    Base,
    CandidateProfile,
    InterviewDebrief,
    PracticeQueueItem,
    PracticeSession,
    Story,
    Turn,
)
from poise.store.scope import ScopeViolation, scope_of

ModelT = TypeVar("ModelT", bound=Base)

EXPORT_FORMAT = "poise-export"
EXPORT_VERSION = 1

_NEVER_UPDATED = frozenset({"id", "created_at", "updated_at"})


class _Repository(Generic[ModelT]):
    """Shared add/get/update/delete for one model; subclasses add their own listings."""

    model: ClassVar[type[Base]]
    noun: ClassVar[str]
    list_hint: ClassVar[str]
    list_step: ClassVar[NextStep | None] = None

    def __init__(self, session: Session) -> None:
        self.session = session

    def _missing(self, record_id: int) -> NotFoundError:
        """The error for an id that names nothing."""
        return NotFoundError(f"No {self.noun} with id {record_id}.", hint=self.list_hint,
                             next_step=self.list_step)

    def _get(self, record_id: int) -> ModelT:
        record = cast("ModelT | None", self.session.get(self.model, record_id))
        if record is None:
            raise self._missing(record_id)
        return record

    def add(self, record: ModelT) -> ModelT:
        """Store a new record and return it with its id assigned."""
        self.session.add(record)
        self.session.flush()
        return record

    def get(self, record_id: int) -> ModelT:
        """The record with this id; ``NotFoundError`` when there is none."""
        return self._get(record_id)

    def updatable_fields(self) -> builtins.list[str]:
        """The field names ``update`` accepts (every column but the id and timestamps)."""
        names: builtins.list[str] = []
        for attribute in inspect(self.model).column_attrs:
            if attribute.key not in _NEVER_UPDATED:
                names.append(attribute.key)
        return names

    def update(self, record_id: int, /, **changes: Any) -> ModelT:
        """Change the named fields of one record and return it (an unknown name: ``InputError``)."""
        allowed = self.updatable_fields()
        for name in changes:
            if name not in allowed:
                raise InputError(
                    f"A {self.noun} has no field {name!r} that can be changed.",
                    hint=f"Fields that can be changed: {', '.join(allowed)}.",
                )
        record = self._get(record_id)
        for name, value in changes.items():
            setattr(record, name, value)
        self.session.flush()
        return record

    def delete(self, record_id: int) -> None:
        """Delete one record (dependent rows follow their foreign keys' ON DELETE rules)."""
        record = self._get(record_id)
        self.session.delete(record)
        self.session.flush()

    def count(self) -> int:
        """How many records of this kind exist."""
        return self.session.scalar(select(func.count()).select_from(self.model)) or 0


class ProfileRepository(_Repository[CandidateProfile]):
    """Candidate profiles."""

    model = CandidateProfile
    noun = "profile"
    list_hint = "Check the profile id, or leave the profile out."

    def list(self) -> builtins.list[CandidateProfile]:
        """Every profile, oldest first."""
        return builtins.list(
            self.session.scalars(select(CandidateProfile).order_by(CandidateProfile.id))
        )


class ApplicationRepository(_Repository[Application]):
    """Job applications."""

    model = Application
    noun = "application"
    list_hint = "See the saved applications and their ids."
    list_step = NextStep.LIST_APPLICATIONS

    def list(
        self, *, stage: str | None = None, profile_id: int | None = None
    ) -> builtins.list[Application]:
        """Applications, oldest first, optionally only those at ``stage`` or of ``profile_id``."""
        query = select(Application).order_by(Application.id)
        if stage is not None:
            query = query.where(Application.stage == stage)
        if profile_id is not None:
            query = query.where(Application.profile_id == profile_id)
        return builtins.list(self.session.scalars(query))


class StoryRepository(_Repository[Story]):
    """Prepared stories."""

    model = Story
    noun = "story"
    list_hint = "See the saved stories and their ids."
    list_step = NextStep.LIST_STORIES

    def list(
        self,
        *,
        application_id: int | None = None,
        profile_id: int | None = None,
        competency: str | None = None,
    ) -> builtins.list[Story]:
        """Stories, oldest first, optionally filtered by application, profile or competency."""
        query = select(Story).order_by(Story.id)
        if application_id is not None:
            query = query.where(Story.application_id == application_id)
        if profile_id is not None:
            query = query.where(Story.profile_id == profile_id)
        stories: builtins.list[Story] = []
        for story in self.session.scalars(query):
            # JSON containment differs per backend; the list is short, so filter here.
            if competency is None or competency in story.competencies:
                stories.append(story)
        return stories


class SessionRepository(_Repository[PracticeSession]):
    """Practice (and real) interview sessions and their turns."""

    model = PracticeSession
    noun = "session"
    list_hint = "See the saved practice sessions and their ids."
    list_step = NextStep.LIST_SESSIONS
    turn_hint = "Open the session to see its turns."

    def list(
        self, *, application_id: int | None = None, mode: str | None = None
    ) -> builtins.list[PracticeSession]:
        """Sessions, oldest first, optionally only those of one application or mode."""
        query = select(PracticeSession).order_by(PracticeSession.id)
        if application_id is not None:
            query = query.where(PracticeSession.application_id == application_id)
        if mode is not None:
            query = query.where(PracticeSession.mode == mode)
        return builtins.list(self.session.scalars(query))

    def add_turn(self, session_id: int, turn: Turn) -> Turn:
        """Append ``turn`` to a session at the next position and return it with its id."""
        self._get(session_id)
        last = self.session.scalar(
            select(func.max(Turn.position)).where(Turn.session_id == session_id)
        )
        turn.session_id = session_id
        turn.position = 0 if last is None else last + 1
        self.session.add(turn)
        self.session.flush()
        return turn

    def turns(self, session_id: int) -> builtins.list[Turn]:
        """A session's turns in order; ``NotFoundError`` when the session does not exist."""
        self._get(session_id)
        query = select(Turn).where(Turn.session_id == session_id).order_by(Turn.position)
        return builtins.list(self.session.scalars(query))

    def get_turn(self, turn_id: int) -> Turn:
        """One turn by id; ``NotFoundError`` when there is none."""
        turn = self.session.get(Turn, turn_id)
        if turn is None:
            raise NotFoundError(f"No turn with id {turn_id}.", hint=self.turn_hint,
                                next_step=NextStep.LIST_SESSIONS)
        return turn

    def update_turn(self, turn_id: int, /, **changes: Any) -> Turn:
        """Change fields of one turn (answer, timing, report...) and return it."""
        allowed: builtins.list[str] = []
        for attribute in inspect(Turn).column_attrs:
            if attribute.key not in _NEVER_UPDATED | {"session_id", "position"}:
                allowed.append(attribute.key)
        for name in changes:
            if name not in allowed:
                raise InputError(
                    f"A turn has no field {name!r} that can be changed.",
                    hint=f"Fields that can be changed: {', '.join(allowed)}.",
                )
        turn = self.get_turn(turn_id)
        for name, value in changes.items():
            setattr(turn, name, value)
        self.session.flush()
        return turn



# --- Follow-up: debriefs and the practice queue ------------------------------------------------


class DebriefRepository(_Repository[InterviewDebrief]):
    """Debriefs of real interviews, per application."""

    model = InterviewDebrief
    noun = "debrief"
    list_hint = "See the application's debriefs."
    list_step = NextStep.LIST_DEBRIEFS

    def list(self, *, application_id: int | None = None) -> builtins.list[InterviewDebrief]:
        """Debriefs in the order the interviews happened (date, round, then entry order)."""
        query = select(InterviewDebrief).order_by(
            InterviewDebrief.held_on, InterviewDebrief.round, InterviewDebrief.id
        )
        if application_id is not None:
            query = query.where(InterviewDebrief.application_id == application_id)
        return builtins.list(self.session.scalars(query))

    def latest(self, application_id: int) -> InterviewDebrief | None:
        """The debrief of the most recent interview of one application, or None."""
        query = (
            select(InterviewDebrief)
            .where(InterviewDebrief.application_id == application_id)
            .order_by(
                InterviewDebrief.held_on.desc(),
                InterviewDebrief.round.desc(),
                InterviewDebrief.id.desc(),
            )
            .limit(1)
        )
        return self.session.scalars(query).first()


class PracticeQueueRepository(_Repository[PracticeQueueItem]):
    """Questions to practise again, oldest first; done ones keep their ``done_at``."""

    model = PracticeQueueItem
    noun = "practice queue item"
    list_hint = "See the questions waiting to be practised."
    list_step = NextStep.PRACTICE_QUEUE

    def list(
        self, *, application_id: int | None = None, pending: bool = True
    ) -> builtins.list[PracticeQueueItem]:
        """Queued questions, oldest first: only those not yet practised unless ``pending=False``."""
        query = select(PracticeQueueItem).order_by(PracticeQueueItem.created_at, PracticeQueueItem.id)
        if application_id is not None:
            query = query.where(PracticeQueueItem.application_id == application_id)
        if pending:
            query = query.where(PracticeQueueItem.done_at.is_(None))
        return builtins.list(self.session.scalars(query))

    def pending_match(
        self, *, application_id: int | None, question_id: str | None, question_text: str
    ) -> PracticeQueueItem | None:
        """The pending item for the same question (by bank id, else by text), if any."""
        for item in self.list(application_id=application_id):
            if question_id is not None and item.question_id == question_id:
                return item
            if question_id is None and item.question_text.strip().lower() == question_text.strip().lower():
                return item
        return None

    def mark_done(self, item_id: int, *, when: datetime | None = None) -> PracticeQueueItem:
        """Mark one queued question as practised (at ``when``, default now)."""
        item = self._get(item_id)
        item.done_at = when or datetime.now(UTC)
        self.session.flush()
        return item

def _tables() -> builtins.list[Table]:
    """Every Poise table, parents before children."""
    tables: builtins.list[Table] = []
    for table in Base.metadata.sorted_tables:
        tables.append(table)
    return tables


def _json_value(value: Any) -> Any:
    """A column value as JSON: datetimes become ISO 8601 text, the rest is already JSON."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


PERSON_COLUMNS: dict[str, str] = {
    "share": "candidate_id",
    "review_comment": "candidate_id",
    "practice_assignment": "candidate_id",
    "audit_event": "candidate_id",
    "user_account": "id",
}
"""Tables that are not owned material but hold rows about one person, by the column naming them."""

NOT_EXPORTED = frozenset({"auth_session", "login_failure"})
"""Sign-in records: neither exported nor deleted with the data (they are not the person's work)."""

SECRET_COLUMNS = frozenset({"password_hash"})


def _owner_column(table: Table) -> str | None:
    """The column naming whose a row of ``table`` is, or None for tables not exported."""
    if "owner_id" in table.columns:
        return "owner_id"
    return PERSON_COLUMNS.get(table.name)


def _owner(session: Session) -> int:
    scope = scope_of(session)
    if scope is None or scope.read_only:
        raise ScopeViolation("export and delete-all need the person's own scope")
    return scope.owner_id


def export_all(session: Session) -> dict[str, Any]:
    """A JSON-ready dump of the person's rows: ``{"format", "version", ..., "tables": {name: rows}}``."""
    owner = _owner(session)
    tables: dict[str, builtins.list[dict[str, Any]]] = {}
    for table in _tables():
        column = _owner_column(table)
        if column is None or table.name in NOT_EXPORTED:
            continue
        query = (select(table).where(table.c[column] == owner)
                 .order_by(*table.primary_key.columns))
        rows: builtins.list[dict[str, Any]] = []
        for row in session.execute(query).mappings():
            record: dict[str, Any] = {}
            for name, value in row.items():
                if name not in SECRET_COLUMNS:
                    record[name] = _json_value(value)
            rows.append(record)
        tables[table.name] = rows
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "schema_revision": current_revision(session.connection()),
        "exported_at": datetime.now(UTC).isoformat(),
        "tables": tables,
    }


def delete_all(session: Session) -> dict[str, int]:
    """Delete every row of the person's material and of their review (children first); the
    account itself stays. Return how many went from each table."""
    owner = _owner(session)
    deleted: dict[str, int] = {}
    for table in reversed(_tables()):
        column = _owner_column(table)
        if column is None or table.name in NOT_EXPORTED or table.name == "user_account":
            continue
        result = session.execute(delete(table).where(table.c[column] == owner))
        deleted[table.name] = result.rowcount  # type: ignore[attr-defined]
    session.expunge_all()
    return deleted
