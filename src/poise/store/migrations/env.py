"""Alembic environment for Poise: migrate the connection Poise hands over, or the configured URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from poise.store.models import Base

target_metadata = Base.metadata


def run_on(connection: Connection) -> None:
    """Run the migrations on ``connection`` (batch mode on SQLite, which cannot ALTER much)."""
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Use the shared connection from ``config.attributes``, else open the settings' database."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    # Command-line use (`alembic -c src/poise/store/alembic.ini ...`): Poise's own settings.
    from poise.settings import get_settings
    from poise.store.db import create_engine_for

    engine = create_engine_for(get_settings())
    try:
        with engine.connect() as own_connection:
            run_on(own_connection)
            own_connection.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit(
        "Poise migrations run online only: open the database with Poise "
        "(or run `alembic upgrade head` without --sql)."
    )
run_migrations_online()
