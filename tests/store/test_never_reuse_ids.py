"""An id is never given twice: not after deleting a row, not after delete-all, on both databases;
and the SQLite migration that adds AUTOINCREMENT keeps every row and link."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from poise.content.loader import knowledge_base
from poise.prep.stories import StoryDraft
from poise.services.data import delete_data
from poise.services.stories import create_story, delete_story, list_stories
from poise.settings import Settings
from poise.store.db import Database, create_engine_for, head_revision, upgrade_database
from poise.store.models import CandidateProfile

JOB = "Operations Director\nResponsibilities\n- Lead four regional managers and 300 staff.\n"
RESUME = "Jane Doe\nExperience\n2018 - present  Head of Operations, Halden Freight\n- Led 120 staff.\n"


def _story(db: Database, title: str, application_id: int | None = None) -> int:
    draft = StoryDraft(title, "In 2022 the warehouse missed half its slots.",
                       "I rebuilt the shift plan.", "On-time deliveries rose from 52% to 94%.",
                       None, ("results_achievements",))
    return create_story(db, draft, application_id=application_id, kb=knowledge_base()).id


def test_deleted_ids_are_never_given_again(database: Database) -> None:
    first = _story(database, "One")
    second = _story(database, "Two")
    delete_story(database, second)
    third = _story(database, "Three")
    assert third > second > first
    delete_data(database)
    fourth = _story(database, "Four")
    assert fourth > third


def test_the_sqlite_migration_keeps_rows_and_links(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", database_url="")
    engine = create_engine_for(settings)
    upgrade_database(engine, revision="0003")
    engine.dispose()
    # Rows as the 0003 schema holds them, written in its own SQL (today's models have more).
    with sqlite3.connect(tmp_path / "data" / "poise.db") as connection:
        now = "2025-01-01 00:00:00"
        connection.execute(
            "INSERT INTO application (company, title, level, job_text, resume_text, stage, round, "
            "notes, created_at, updated_at) VALUES ('Halden', 'Ops Director', 'director', ?, ?, "
            "'researching', 0, '', ?, ?)", (JOB, RESUME, now, now))
        for title, link in (("Linked", 1), ("Deleted", None)):
            connection.execute(
                "INSERT INTO story (application_id, title, circumstances, actions, results, "
                "competencies, created_at, updated_at) VALUES (?, ?, 'c', 'a', 'r', "
                "'[\"results_achievements\"]', ?, ?)", (link, title, now, now))
        connection.execute("DELETE FROM story WHERE title = 'Deleted'")
    application_id, linked = 1, 1

    with Database.open(settings) as migrated:
        assert migrated.revision() == head_revision()
        stories = list_stories(migrated, kb=knowledge_base())
        assert [(story.id, story.application_id) for story in stories] == [(linked, application_id)]
        # Ids deleted before the upgrade left no trace; from now on none is given twice.
        new = _story(migrated, "New")
        delete_story(migrated, new)
        assert _story(migrated, "Newer") > new
    with sqlite3.connect(tmp_path / "data" / "poise.db") as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        schema = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'story'").fetchone()[0]
    assert "AUTOINCREMENT" in schema


def test_nul_and_lone_surrogates_are_cleaned_the_same_on_both_databases(database: Database) -> None:
    with database.session() as session:
        profile = CandidateProfile(name="Jane\x00 Doe \ud800", headline="Ops \udfff lead")
        session.add(profile)
    with database.session() as session:
        stored = session.get(CandidateProfile, profile.id)
        assert stored is not None
        assert (stored.name, stored.headline) == ("Jane Doe \ufffd", "Ops \ufffd lead")


def test_deleted_text_leaves_the_sqlite_files(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", database_url="")
    with Database.open(settings) as db:
        _story(db, "Zanzibar-unique-marker story")
        delete_data(db)
        files = [path for path in (tmp_path / "data").iterdir() if path.name.startswith("poise.db")]
        assert files
        for path in files:
            assert b"Zanzibar-unique-marker" not in path.read_bytes(), path.name
