"""Migrations build the schema on an empty database, re-run harmlessly and match the models."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from poise.settings import Settings
from poise.store import (
    ApplicationRepository,
    Database,
    alembic_config,
    head_revision,
)
from poise.store.models import Application, Base

# Every table the models declare; the migrations must create exactly these.
TABLES = set(Base.metadata.tables)


def test_migrations_create_every_table_on_empty_database(database_settings: Settings) -> None:
    db = Database.open(database_settings)
    try:
        tables = set(inspect(db.engine).get_table_names())
        assert tables == TABLES | {"alembic_version"}
        assert db.revision() == head_revision()
    finally:
        db.close()


def test_migrations_are_idempotent_on_reopen(database_settings: Settings) -> None:
    with Database.open(database_settings) as first, first.session() as session:
        ApplicationRepository(session).add(Application(company="Acme", title="Head of Ops"))
    with Database.open(database_settings) as second:
        assert second.revision() == head_revision()
        with second.session() as session:
            applications = ApplicationRepository(session).list()
        assert [application.company for application in applications] == ["Acme"]
    with Database.open(database_settings) as third:
        assert set(inspect(third.engine).get_table_names()) == TABLES | {"alembic_version"}


def test_models_match_migrations_with_no_differences(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_models_match_migrations_when_metadata_has_every_table() -> None:
    assert set(Base.metadata.tables) == TABLES


def test_downgrade_to_base_removes_every_table_and_upgrade_restores_them(
    database: Database,
) -> None:
    with database.engine.begin() as connection:
        command.downgrade(alembic_config(connection=connection), "base")
    assert set(inspect(database.engine).get_table_names()) <= {"alembic_version"}
    assert database.revision() is None
    with database.engine.begin() as connection:
        command.upgrade(alembic_config(connection=connection), "head")
    assert set(inspect(database.engine).get_table_names()) == TABLES | {"alembic_version"}
    assert database.revision() == head_revision()
