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
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship
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


LOCAL_USER_ID = 1
"""The account created by migration 0006: the one person of personal mode, and the first admin of
an organisation (whoever is added first as an admin takes it over, with the data already stored)."""


class Owned:
    """Mixin: the row belongs to one account (``owner_id``). Every query of an owned model is
    filtered by the owner the session carries (see ``store.scope``), so no caller can forget it."""

    @declared_attr
    def owner_id(cls) -> Mapped[int]:
        """The account the row belongs to; deleting the account deletes its rows."""
        return mapped_column(
            ForeignKey("user_account.id", ondelete="CASCADE"), index=True
        )


class CandidateProfile(Owned, Base):
    """The person preparing: who they are and the level they aim for."""

    __tablename__ = "candidate_profile"
    __table_args__ = (CheckConstraint(_in_list("target_level", LEVELS), name="target_level"), NEVER_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200))
    headline: Mapped[str] = mapped_column(Text, default="")
    target_level: Mapped[Level] = mapped_column(String(20), default="manager")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class Application(Owned, Base):
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


class Story(Owned, Base):
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


class PracticeSession(Owned, Base):
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


class Turn(Owned, Base):
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


class KeyFact(Owned, Base):
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


class QuizCard(Owned, Base):
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


class InterviewDebrief(Owned, Base):
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


class PracticeQueueItem(Owned, Base):
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


# --- Accounts, sign-in and the coach's review (migration 0006_accounts) ----------------------

ROLES: tuple[str, ...] = ("admin", "coach", "candidate")
Role = Literal["admin", "coach", "candidate"]
COMMENT_TARGETS: tuple[str, ...] = ("turn", "story")


class UserAccount(Base):
    """A person who signs in (organisation mode), or the one local person (personal mode)."""

    __tablename__ = "user_account"
    __table_args__ = (CheckConstraint(_in_list("role", ROLES), name="role"), NEVER_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Lower-cased; the local account of personal mode has an address that cannot receive mail.
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20), default="candidate")
    # Argon2id hash; None until a password is set (the local account never has one).
    password_hash: Mapped[str | None] = mapped_column(String(200))
    disabled_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    password_changed_at: Mapped[datetime | None] = mapped_column()


class AuthSession(Base):
    """A signed-in session: only the SHA-256 of its token is stored; it expires and can be revoked."""

    __tablename__ = "auth_session"
    __table_args__ = NEVER_REUSE

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    expires_at: Mapped[datetime] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column()


class LoginFailure(Base):
    """One failed sign-in, kept a short while to slow down guessing per account and per address."""

    __tablename__ = "login_failure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # SHA-256 of the lower-cased e-mail typed, so unknown addresses are not stored in clear.
    account_key: Mapped[str] = mapped_column(String(64), index=True)
    address: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(default=utc_now, index=True)


class Share(Base):
    """A candidate's application shared with a coach, until the candidate revokes it."""

    __tablename__ = "share"
    __table_args__ = NEVER_REUSE

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), index=True
    )
    coach_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column()


class ReviewComment(Base):
    """A coach's comment on a turn of a session or on a story, quoting the words it is about."""

    __tablename__ = "review_comment"
    __table_args__ = (CheckConstraint(_in_list("target", COMMENT_TARGETS), name="target"), NEVER_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # The candidate whose material it is: the comment is theirs to read (and goes with their data).
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), index=True
    )
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    share_id: Mapped[int | None] = mapped_column(ForeignKey("share.id", ondelete="SET NULL"))
    target: Mapped[str] = mapped_column(String(10))
    target_id: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class PracticeAssignment(Base):
    """Practice a coach set: a format, chosen questions and a due date, shown in next actions."""

    __tablename__ = "practice_assignment"
    __table_args__ = NEVER_REUSE

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), index=True
    )
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"))
    format: Mapped[str] = mapped_column(String(40))
    question_ids: Mapped[list[str]] = mapped_column(default=list)
    due_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    done_at: Mapped[datetime | None] = mapped_column()


class AuditEvent(Base):
    """Someone other than the candidate looked at (or commented on) the candidate's material."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), index=True
    )
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    actor_email: Mapped[str] = mapped_column(String(320))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(300))
    at: Mapped[datetime] = mapped_column(default=utc_now)


ACCOUNT_MODELS: tuple[type[Base], ...] = (
    UserAccount, AuthSession, LoginFailure, Share, ReviewComment, PracticeAssignment, AuditEvent,
)
OWNED_MODELS: tuple[type[Base], ...] = ALL_MODELS + PREP_MODELS + FOLLOWUP_MODELS
"""Every model whose rows belong to one account and are filtered by owner on every query."""
