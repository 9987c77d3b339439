"""The tables Poise stores, as typed SQLAlchemy 2 declarative models (integer ids, UTC times)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar, Literal

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator, TypeEngine

Level = Literal["manager", "director", "executive"]
SessionMode = Literal["practice", "real"]

LEVELS: tuple[str, ...] = ("manager", "director", "executive")
SESSION_MODES: tuple[str, ...] = ("practice", "real")

# Deterministic constraint names, so later migrations (and SQLite batch mode) can name them.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_N_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    """The current time as a timezone-aware UTC datetime."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend (SQLite stores it as naive UTC text)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Refuse naive datetimes; store aware ones converted to UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(
                f"naive datetime {value.isoformat()} cannot be stored; "
                "pass a timezone-aware one such as datetime.now(UTC)"
            )
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Always hand back an aware UTC datetime."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _in_list(column: str, values: tuple[str, ...]) -> str:
    """SQL text for ``column IN ('a', 'b')`` over fixed, trusted values."""
    quoted = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({quoted})"


NEVER_REUSE: dict[str, Any] = {"sqlite_autoincrement": True}
"""Table option: SQLite never gives a deleted row's id again (PostgreSQL's sequences never do)."""


class Base(DeclarativeBase):
    """Declarative base: shared metadata with the naming convention and JSON mapping."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, TypeEngine[Any]]] = {
        dict[str, Any]: JSON(none_as_null=True),
        list[str]: JSON(none_as_null=True),
        datetime: UTCDateTime(),
    }


class CandidateProfile(Base):
    """The person preparing: who they are and the level they aim for."""

    __tablename__ = "candidate_profile"
    __table_args__ = (CheckConstraint(_in_list("target_level", LEVELS), name="target_level"), NEVER_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200))
    headline: Mapped[str] = mapped_column(Text, default="")
    target_level: Mapped[Level] = mapped_column(String(20), default="manager")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class Application(Base):
    """One job being pursued: the posting, the resume sent, the stage reached and the fit map."""

    __tablename__ = "application"
    __table_args__ = (CheckConstraint(_in_list("level", LEVELS), name="level"), NEVER_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    profile_id: Mapped[int | None] = mapped_column(
        ForeignKey("candidate_profile.id", ondelete="SET NULL"), index=True
    )
    company: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    level: Mapped[Level] = mapped_column(String(20), default="manager")
    job_text: Mapped[str] = mapped_column(Text, default="")
    resume_text: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str] = mapped_column(
        String(40), default="researching", server_default="researching"
    )
    round: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    fit: Mapped[dict[str, Any] | None] = mapped_column()
    # The candidate's own answers to the concerns, by concern id: {"text", "saved_at", "overall"}.
    # Kept apart from the fit, so computing the fit again never overwrites them.
    answers: Mapped[dict[str, Any] | None] = mapped_column(default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class Story(Base):
    """A prepared story (circumstances, actions, results, lesson) tagged with competencies."""

    __tablename__ = "story"
    __table_args__ = NEVER_REUSE

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    profile_id: Mapped[int | None] = mapped_column(
        ForeignKey("candidate_profile.id", ondelete="SET NULL"), index=True
    )
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("application.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    circumstances: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text, default="")
    results: Mapped[str] = mapped_column(Text, default="")
    lesson: Mapped[str | None] = mapped_column(Text)
    competencies: Mapped[list[str]] = mapped_column(default=list)
    report: Mapped[dict[str, Any] | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class PracticeSession(Base):
    """One mock (or real) interview: its format, seed, the engine's state and the final report."""

    __tablename__ = "practice_session"
    __table_args__ = (CheckConstraint(_in_list("mode", SESSION_MODES), name="mode"), NEVER_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("application.id", ondelete="SET NULL"), index=True
    )
    format: Mapped[str] = mapped_column(String(40))
    mode: Mapped[SessionMode] = mapped_column(String(20), default="practice")
    seed: Mapped[int] = mapped_column(Integer)
    state: Mapped[dict[str, Any]] = mapped_column(default=dict)
    report: Mapped[dict[str, Any] | None] = mapped_column()
    started_at: Mapped[datetime] = mapped_column(default=utc_now)
    ended_at: Mapped[datetime | None] = mapped_column()

    turns: Mapped[list[Turn]] = relationship(
        back_populates="practice_session",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Turn.position",
    )


class Turn(Base):
    """One exchange in a session: the prompt, the answer, its timing and its report."""

    __tablename__ = "turn"
    __table_args__ = (UniqueConstraint("session_id", "position"), NEVER_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # The unique (session_id, position) constraint doubles as the index on session_id.
    session_id: Mapped[int] = mapped_column(ForeignKey("practice_session.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    speaker: Mapped[str] = mapped_column(String(40))
    question_id: Mapped[str | None] = mapped_column(String(200))
    prompt_text: Mapped[str] = mapped_column(Text)
    answer_text: Mapped[str | None] = mapped_column(Text)
    answer_seconds: Mapped[float | None] = mapped_column(Float)
    report: Mapped[dict[str, Any] | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    practice_session: Mapped[PracticeSession] = relationship(back_populates="turns")


ALL_MODELS: tuple[type[Base], ...] = (CandidateProfile, Application, Story, PracticeSession, Turn)


# --- Prep: key facts and their quiz cards (migration 0002) -----------------------------------

FACT_SOURCES: tuple[str, ...] = ("company", "record")
QUIZ_RESULTS: tuple[str, ...] = ("right", "wrong")
QUIZ_BOXES = 5


class KeyFact(Base):
    """A fact to know on the day: about the company (typed by the user) or the candidate's record."""

    __tablename__ = "key_fact"
    __table_args__ = (
        UniqueConstraint("application_id", "prompt"),
        CheckConstraint(_in_list("source", FACT_SOURCES), name="source"),
        NEVER_REUSE,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # The unique (application_id, prompt) constraint doubles as the index on application_id.
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE")
    )
    prompt: Mapped[str] = mapped_column(String(300))
    answer: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(20), default="company")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    card: Mapped[QuizCard | None] = relationship(
        back_populates="fact", cascade="all, delete-orphan", passive_deletes=True
    )


class QuizCard(Base):
    """The spaced-repetition state of one key fact: its Leitner box and when it is next due."""

    __tablename__ = "quiz_card"
    __table_args__ = (
        CheckConstraint(f"box BETWEEN 1 AND {QUIZ_BOXES}", name="box"),
        CheckConstraint(
            f"last_result IS NULL OR {_in_list('last_result', QUIZ_RESULTS)}", name="last_result"
        ),
        NEVER_REUSE,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key_fact_id: Mapped[int] = mapped_column(
        ForeignKey("key_fact.id", ondelete="CASCADE"), unique=True
    )
    box: Mapped[int] = mapped_column(Integer, default=1)
    due_at: Mapped[datetime] = mapped_column(index=True)
    last_result: Mapped[str | None] = mapped_column(String(10))
    reviews: Mapped[int] = mapped_column(Integer, default=0)
    lapses: Mapped[int] = mapped_column(Integer, default=0)
    last_reviewed_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    fact: Mapped[KeyFact] = relationship(back_populates="card")


PREP_MODELS: tuple[type[Base], ...] = (KeyFact, QuizCard)


# --- Follow-up: debriefs of real interviews and the practice queue (migration 0003) ----------


class InterviewDebrief(Base):
    """A real interview written down right after it; ``data`` is the validated debrief as JSON."""

    __tablename__ = "debrief"
    __table_args__ = NEVER_REUSE

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    round: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[date] = mapped_column(Date)
    data: Mapped[dict[str, Any]] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class PracticeQueueItem(Base):
    """A question to practise again (a weak answer in a real interview); done once practised."""

    __tablename__ = "practice_queue"
    __table_args__ = NEVER_REUSE

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("application.id", ondelete="SET NULL"), index=True
    )
    question_id: Mapped[str | None] = mapped_column(String(200))
    question_text: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    done_at: Mapped[datetime | None] = mapped_column()


FOLLOWUP_MODELS: tuple[type[Base], ...] = (InterviewDebrief, PracticeQueueItem)
