"""SQLite tables get AUTOINCREMENT, so an id is never given again after a delete.

Without it SQLite hands a deleted row's id to the next row, and an old link or export points at
another record. PostgreSQL's sequences never reuse ids; nothing changes there.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "candidate_profile", "application", "story", "practice_session", "turn", "key_fact",
    "quiz_card", "debrief", "practice_queue",
)
"""Parents before children; every table with an integer id."""


def _rebuild(autoincrement: bool) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    # upgrade_database turns foreign keys off for the migration: a rebuilt table is dropped, and
    # with them on the drop would cascade. Run another way, only an empty database is safe.
    if bind.exec_driver_sql("PRAGMA foreign_keys").scalar():
        rows = sum(bind.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0
                   for table in TABLES)
        if rows:
            raise RuntimeError("Run this migration through Poise (it turns foreign keys off first).")
    for table in TABLES:
        with op.batch_alter_table(table, recreate="always",
                                  table_kwargs={"sqlite_autoincrement": autoincrement}):
            pass


def upgrade() -> None:
    """Rebuild every SQLite table with AUTOINCREMENT, rows and ids kept."""
    _rebuild(True)


def downgrade() -> None:
    """Rebuild them without it."""
    _rebuild(False)
