"""Prep: key_fact (facts to know on the day) and quiz_card (their spaced-repetition state).

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-20
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create key_fact and quiz_card with their keys, checks and the due-date index."""
    op.create_table(
        "key_fact",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("prompt", sa.String(length=300), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("source IN ('company', 'record')", name=op.f("ck_key_fact_source")),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_key_fact_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_fact")),
        sa.UniqueConstraint(
            "application_id", "prompt", name=op.f("uq_key_fact_application_id_prompt")
        ),
    )
    op.create_table(
        "quiz_card",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("key_fact_id", sa.Integer(), nullable=False),
        sa.Column("box", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_result", sa.String(length=10), nullable=True),
        sa.Column("reviews", sa.Integer(), nullable=False),
        sa.Column("lapses", sa.Integer(), nullable=False),
        sa.Column("last_reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("box BETWEEN 1 AND 5", name=op.f("ck_quiz_card_box")),
        sa.CheckConstraint(
            "last_result IS NULL OR last_result IN ('right', 'wrong')",
            name=op.f("ck_quiz_card_last_result"),
        ),
        sa.ForeignKeyConstraint(
            ["key_fact_id"],
            ["key_fact.id"],
            name=op.f("fk_quiz_card_key_fact_id_key_fact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quiz_card")),
        sa.UniqueConstraint("key_fact_id", name=op.f("uq_quiz_card_key_fact_id")),
    )
    op.create_index(op.f("ix_quiz_card_due_at"), "quiz_card", ["due_at"], unique=False)


def downgrade() -> None:
    """Drop quiz_card, then key_fact."""
    op.drop_index(op.f("ix_quiz_card_due_at"), table_name="quiz_card")
    op.drop_table("quiz_card")
    op.drop_table("key_fact")
