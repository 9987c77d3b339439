"""Accounts: every row gets an owner; sign-in sessions, login failures, shares, comments, audit.

The migration creates the account table with one account, id 1: the local person of personal
mode. Every row already stored is given to it. In organisation mode the first admin added takes
that account over (``poise users add ... --role admin``), so the data already stored becomes the
first admin's.

Revision ID: 0006_accounts
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0006_accounts"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNED_TABLES = (
    "candidate_profile", "application", "story", "practice_session", "turn", "key_fact",
    "quiz_card", "debrief", "practice_queue",
)
"""Parents before children: every table of a person's own material."""

LOCAL_USER_ID = 1
LOCAL_EMAIL = "local@poise.invalid"
AUTOINCREMENT = {"sqlite_autoincrement": True}


def _now(dialect: str) -> datetime:
    """Now in UTC, as the models store it (naive on SQLite, aware on PostgreSQL)."""
    now = datetime.now(UTC)
    return now.replace(tzinfo=None) if dialect == "sqlite" else now


def _utc_datetime() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), autoincrement=True, nullable=False)


def _pk(table: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}"))


def _fk(table: str, column: str, parent: str, *, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{parent}.id"], ondelete=ondelete,
                                   name=op.f(f"fk_{table}_{column}_{parent}"))


def _index(table: str, column: str) -> None:
    op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def upgrade() -> None:
    """Create the accounts, give every stored row to account 1, add the review tables."""
    op.create_table(
        "user_account",
        _id(),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=True),
        sa.Column("disabled_at", _utc_datetime(), nullable=True),
        sa.Column("created_at", _utc_datetime(), nullable=False),
        sa.Column("password_changed_at", _utc_datetime(), nullable=True),
        sa.CheckConstraint("role IN ('admin', 'coach', 'candidate')",
                           name=op.f("ck_user_account_role")),
        sa.UniqueConstraint("email", name=op.f("uq_user_account_email")),
        _pk("user_account"),
        **AUTOINCREMENT,
    )
    bind = op.get_bind()
    bind.execute(
        sa.text("INSERT INTO user_account (id, email, name, role, created_at) "
                "VALUES (:id, :email, '', 'admin', :now)"),
        {"id": LOCAL_USER_ID, "email": LOCAL_EMAIL, "now": _now(bind.dialect.name)},
    )
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text(
            "SELECT setval(pg_get_serial_sequence('user_account', 'id'), "
            "(SELECT max(id) FROM user_account))"
        ))
    for table in OWNED_TABLES:
        with op.batch_alter_table(table, table_kwargs=AUTOINCREMENT) as batch:
            batch.add_column(sa.Column("owner_id", sa.Integer(), nullable=True))
        bind.execute(sa.text(f"UPDATE {table} SET owner_id = :owner"), {"owner": LOCAL_USER_ID})
        with op.batch_alter_table(table, table_kwargs=AUTOINCREMENT) as batch:
            batch.alter_column("owner_id", existing_type=sa.Integer(), nullable=False)
            batch.create_foreign_key(op.f(f"fk_{table}_owner_id_user_account"), "user_account",
                                     ["owner_id"], ["id"], ondelete="CASCADE")
            batch.create_index(op.f(f"ix_{table}_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "auth_session",
        _id(),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", _utc_datetime(), nullable=False),
        sa.Column("expires_at", _utc_datetime(), nullable=False),
        sa.Column("revoked_at", _utc_datetime(), nullable=True),
        sa.UniqueConstraint("token_hash", name=op.f("uq_auth_session_token_hash")),
        _fk("auth_session", "user_id", "user_account", ondelete="CASCADE"),
        _pk("auth_session"),
        **AUTOINCREMENT,
    )
    _index("auth_session", "user_id")
    op.create_table(
        "login_failure",
        _id(),
        sa.Column("account_key", sa.String(64), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("at", _utc_datetime(), nullable=False),
        _pk("login_failure"),
    )
    for column in ("account_key", "address", "at"):
        _index("login_failure", column)
    op.create_table(
        "share",
        _id(),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("coach_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("created_at", _utc_datetime(), nullable=False),
        sa.Column("revoked_at", _utc_datetime(), nullable=True),
        _fk("share", "candidate_id", "user_account", ondelete="CASCADE"),
        _fk("share", "coach_id", "user_account", ondelete="CASCADE"),
        _fk("share", "application_id", "application", ondelete="CASCADE"),
        _pk("share"),
        **AUTOINCREMENT,
    )
    for column in ("candidate_id", "coach_id", "application_id"):
        _index("share", column)
    op.create_table(
        "review_comment",
        _id(),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("coach_id", sa.Integer(), nullable=True),
        sa.Column("share_id", sa.Integer(), nullable=True),
        sa.Column("target", sa.String(10), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", _utc_datetime(), nullable=False),
        sa.CheckConstraint("target IN ('turn', 'story')", name=op.f("ck_review_comment_target")),
        _fk("review_comment", "candidate_id", "user_account", ondelete="CASCADE"),
        _fk("review_comment", "coach_id", "user_account", ondelete="SET NULL"),
        _fk("review_comment", "share_id", "share", ondelete="SET NULL"),
        _pk("review_comment"),
        **AUTOINCREMENT,
    )
    _index("review_comment", "candidate_id")
    op.create_table(
        "practice_assignment",
        _id(),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("coach_id", sa.Integer(), nullable=True),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(40), nullable=False),
        sa.Column("question_ids", sa.JSON(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", _utc_datetime(), nullable=False),
        sa.Column("done_at", _utc_datetime(), nullable=True),
        _fk("practice_assignment", "candidate_id", "user_account", ondelete="CASCADE"),
        _fk("practice_assignment", "coach_id", "user_account", ondelete="SET NULL"),
        _fk("practice_assignment", "application_id", "application", ondelete="CASCADE"),
        _pk("practice_assignment"),
        **AUTOINCREMENT,
    )
    _index("practice_assignment", "candidate_id")
    op.create_table(
        "audit_event",
        _id(),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_email", sa.String(320), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("subject", sa.String(300), nullable=False),
        sa.Column("at", _utc_datetime(), nullable=False),
        _fk("audit_event", "candidate_id", "user_account", ondelete="CASCADE"),
        _fk("audit_event", "actor_id", "user_account", ondelete="SET NULL"),
        _pk("audit_event"),
    )
    _index("audit_event", "candidate_id")


def downgrade() -> None:
    """Drop the review and account tables and every owner column (the rows stay)."""
    for table in ("audit_event", "practice_assignment", "review_comment", "share",
                  "login_failure", "auth_session"):
        op.drop_table(table)
    for table in reversed(OWNED_TABLES):
        with op.batch_alter_table(table, table_kwargs=AUTOINCREMENT) as batch:
            batch.drop_index(op.f(f"ix_{table}_owner_id"))
            batch.drop_constraint(op.f(f"fk_{table}_owner_id_user_account"), type_="foreignkey")
            batch.drop_column("owner_id")
    op.drop_table("user_account")
