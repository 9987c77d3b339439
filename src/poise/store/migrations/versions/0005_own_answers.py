"""application.answers: the candidate's own answers to the concerns, kept apart from the fit.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the answers column (none yet for the applications already stored)."""
    with op.batch_alter_table("application") as batch:
        batch.add_column(sa.Column("answers", sa.JSON(), nullable=True))


def downgrade() -> None:
    """Drop it."""
    with op.batch_alter_table("application") as batch:
        batch.drop_column("answers")
