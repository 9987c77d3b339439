"""Follow-up: debrief (real interviews written down) and practice_queue (answers to practise again).

Revision ID: 0003
Revises: 0002
Create Date: 2025-01-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create debrief and practice_queue with their keys and indexes."""
    op.create_table(
        "debrief",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_debrief_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_debrief")),
    )
    op.create_index(op.f("ix_debrief_application_id"), "debrief", ["application_id"], unique=False)
    op.create_table(
        "practice_queue",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("question_id", sa.String(length=200), nullable=True),
        sa.Column("question_text", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_practice_queue_application_id_application"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_queue")),
    )
    op.create_index(
        op.f("ix_practice_queue_application_id"), "practice_queue", ["application_id"], unique=False
    )


def downgrade() -> None:
    """Drop practice_queue and debrief."""
    op.drop_index(op.f("ix_practice_queue_application_id"), table_name="practice_queue")
    op.drop_table("practice_queue")
    op.drop_index(op.f("ix_debrief_application_id"), table_name="debrief")
    op.drop_table("debrief")
