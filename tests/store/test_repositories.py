"""Repositories: CRUD per area, missing ids, cascades, and the export/delete-all pair."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from poise.errors import InputError, NextStep, NotFoundError
from poise.store import (
    Application,
    ApplicationRepository,
    CandidateProfile,
    Database,
    PracticeSession,
    ProfileRepository,
    SessionRepository,
    Story,
    StoryRepository,
    Turn,
    delete_all,
    export_all,
    head_revision,
)
from poise.store.models import Base
from poise.store.repositories import NOT_EXPORTED

FIT = {"score": 0.72, "competencies": {"strategy": {"covered": True, "evidence": ["led a team"]}}}
STATE = {"phase": "warmup", "asked": ["LEAD-001"], "queue": [{"id": "LEAD-002", "depth": 1}]}


def _turn(prompt: str = "Tell me about a time you led through change.") -> Turn:
    return Turn(kind="question", speaker="interviewer", question_id="LEAD-001", prompt_text=prompt)


def _fill(session: Session) -> dict[str, int]:
    """One of everything, linked together; returns the ids."""
    profile = ProfileRepository(session).add(
        CandidateProfile(name="Ada", headline="Engineering leader", target_level="director")
    )
    application = ApplicationRepository(session).add(
        Application(profile_id=profile.id, company="Acme", title="Director", level="director")
    )
    story = StoryRepository(session).add(
        Story(
            profile_id=profile.id,
            application_id=application.id,
            title="Turnaround",
            competencies=["change", "strategy"],
        )
    )
    practice = SessionRepository(session).add(
        PracticeSession(application_id=application.id, format="panel", seed=42, state=STATE)
    )
    turn = SessionRepository(session).add_turn(practice.id, _turn())
    return {
        "profile": profile.id,
        "application": application.id,
        "story": story.id,
        "session": practice.id,
        "turn": turn.id,
    }


def test_profile_repository_adds_gets_lists_updates_and_deletes(database: Database) -> None:
    with database.session() as session:
        repository = ProfileRepository(session)
        profile = repository.add(CandidateProfile(name="Ada"))
        assert profile.target_level == "manager"
        assert profile.headline == ""
        repository.update(profile.id, target_level="executive", headline="COO in waiting")
    with database.session() as session:
        repository = ProfileRepository(session)
        loaded = repository.get(profile.id)
        assert (loaded.name, loaded.target_level) == ("Ada", "executive")
        assert [item.id for item in repository.list()] == [profile.id]
        repository.delete(profile.id)
        assert repository.list() == []


def test_application_repository_adds_gets_lists_updates_and_deletes(database: Database) -> None:
    with database.session() as session:
        repository = ApplicationRepository(session)
        first = repository.add(
            Application(company="Acme", title="Director of Ops", job_text="Lead 40 people.")
        )
        second = repository.add(Application(company="Globex", title="VP Eng", level="executive"))
        assert (first.stage, first.round, first.fit, first.notes) == ("researching", 0, None, "")
        assert first.created_at.tzinfo is not None
    with database.session() as session:
        repository = ApplicationRepository(session)
        updated = repository.update(first.id, stage="interviewing", round=2, fit=FIT, notes="HM")
        assert updated.updated_at >= updated.created_at
    with database.session() as session:
        repository = ApplicationRepository(session)
        loaded = repository.get(first.id)
        assert (loaded.stage, loaded.round, loaded.fit, loaded.notes) == (
            "interviewing",
            2,
            FIT,
            "HM",
        )
        assert loaded.job_text == "Lead 40 people."
        assert [item.id for item in repository.list()] == [first.id, second.id]
        assert [item.id for item in repository.list(stage="interviewing")] == [first.id]
        assert repository.list(stage="offer") == []
        repository.delete(second.id)
        assert [item.id for item in repository.list()] == [first.id]
        assert repository.count() == 1


def test_story_repository_adds_gets_lists_updates_and_deletes(database: Database) -> None:
    with database.session() as session:
        application = ApplicationRepository(session).add(Application(company="A", title="T"))
        repository = StoryRepository(session)
        story = repository.add(
            Story(
                application_id=application.id,
                title="Turnaround",
                circumstances="Churn at 30%.",
                actions="I rebuilt onboarding.",
                results="Churn fell to 12%.",
                competencies=["change", "customer"],
            )
        )
        loose = repository.add(Story(title="Hiring bar"))
        assert story.lesson is None
        assert loose.competencies == []
    with database.session() as session:
        repository = StoryRepository(session)
        repository.update(story.id, lesson="Measure first.", report={"score": 3})
        loaded = repository.get(story.id)
        assert loaded.competencies == ["change", "customer"]
        assert (loaded.lesson, loaded.report) == ("Measure first.", {"score": 3})
        assert [item.id for item in repository.list()] == [story.id, loose.id]
        assert [item.id for item in repository.list(application_id=application.id)] == [story.id]
        assert [item.id for item in repository.list(competency="customer")] == [story.id]
        repository.delete(loose.id)
        assert [item.id for item in repository.list()] == [story.id]


def test_session_repository_adds_gets_lists_updates_and_deletes(database: Database) -> None:
    with database.session() as session:
        repository = SessionRepository(session)
        practice = repository.add(PracticeSession(format="panel", seed=42, state=STATE))
        real = repository.add(PracticeSession(format="screen", mode="real", seed=1))
        first = repository.add_turn(practice.id, _turn("First?"))
        second = repository.add_turn(practice.id, _turn("Second?"))
        assert (first.position, second.position) == (0, 1)
        assert practice.mode == "practice"
        assert real.state == {}
    with database.session() as session:
        repository = SessionRepository(session)
        repository.update_turn(first.id, answer_text="I led...", answer_seconds=94.5)
        ended = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
        repository.update(
            practice.id, state={"phase": "done"}, report={"overall": 3}, ended_at=ended
        )
    with database.session() as session:
        repository = SessionRepository(session)
        loaded = repository.get(practice.id)
        assert (loaded.seed, loaded.state, loaded.report) == (42, {"phase": "done"}, {"overall": 3})
        assert loaded.ended_at == datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
        turns = repository.turns(practice.id)
        assert [turn.prompt_text for turn in turns] == ["First?", "Second?"]
        assert (turns[0].answer_text, turns[0].answer_seconds) == ("I led...", 94.5)
        assert [turn.position for turn in loaded.turns] == [0, 1]
        assert repository.get_turn(second.id).prompt_text == "Second?"
        assert [item.id for item in repository.list()] == [practice.id, real.id]
        assert [item.id for item in repository.list(mode="real")] == [real.id]
        repository.delete(real.id)
        assert [item.id for item in repository.list()] == [practice.id]


@pytest.mark.parametrize(
    ("repository_class", "noun", "command"),
    [
        (ProfileRepository, "profile", None),
        (ApplicationRepository, "application", NextStep.LIST_APPLICATIONS),
        (StoryRepository, "story", NextStep.LIST_STORIES),
        (SessionRepository, "session", NextStep.LIST_SESSIONS),
    ],
    ids=["profile", "application", "story", "session"],
)
@pytest.mark.parametrize("operation", ["get", "update", "delete"])
def test_repository_raises_not_found_when_id_missing(
    database: Database, repository_class: Any, noun: str, command: NextStep | None, operation: str
) -> None:
    with database.session() as session:
        repository = repository_class(session)
        with pytest.raises(NotFoundError) as caught:
            if operation == "get":
                repository.get(404)
            elif operation == "update":
                repository.update(404)
            else:
                repository.delete(404)
    message = str(caught.value)
    assert message.startswith("[E202]")
    assert f"No {noun} with id 404." in message
    assert caught.value.next_step is command
    assert "poise " not in message  # the edges add their own command or link


def test_session_repository_raises_not_found_when_turn_or_session_missing(
    database: Database,
) -> None:
    with database.session() as session:
        repository = SessionRepository(session)
        with pytest.raises(NotFoundError, match="No turn with id 9"):
            repository.get_turn(9)
        with pytest.raises(NotFoundError, match="No session with id 9"):
            repository.turns(9)
        with pytest.raises(NotFoundError, match="No session with id 9"):
            repository.add_turn(9, _turn())


def test_update_raises_input_error_when_field_unknown_or_protected(database: Database) -> None:
    with database.session() as session:
        repository = ApplicationRepository(session)
        application = repository.add(Application(company="Acme", title="VP"))
        for field in ("salary", "id", "created_at"):
            with pytest.raises(InputError, match="Fields that can be changed: profile_id"):
                repository.update(application.id, **{field: 1})
        assert repository.get(application.id).company == "Acme"
        with pytest.raises(InputError, match="A turn has no field 'position'"):
            SessionRepository(session).update_turn(1, position=3)


def test_check_constraint_rejects_unknown_level_when_stored(database: Database) -> None:
    with pytest.raises(IntegrityError), database.session() as session:
        ApplicationRepository(session).add(Application(company="Acme", title="VP", level="emperor"))


def test_deleting_session_cascades_to_its_turns_when_deleted_by_repository(
    database: Database,
) -> None:
    with database.session() as session:
        ids = _fill(session)
        SessionRepository(session).add_turn(ids["session"], _turn("Another?"))
    with database.session() as session:
        SessionRepository(session).delete(ids["session"])
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Turn)) == 0


def test_deleting_session_cascades_to_its_turns_when_deleted_in_sql(database: Database) -> None:
    with database.session() as session:
        ids = _fill(session)
        other = SessionRepository(session).add(PracticeSession(format="screen", seed=3))
        SessionRepository(session).add_turn(other.id, _turn("Kept?"))
    with database.session() as session:
        session.execute(delete(PracticeSession).where(PracticeSession.id == ids["session"]))
    with database.session() as session:
        remaining = list(session.scalars(select(Turn.prompt_text)))
        assert remaining == ["Kept?"]


def test_deleting_application_keeps_stories_and_sessions_unlinked(database: Database) -> None:
    with database.session() as session:
        ids = _fill(session)
    with database.session() as session:
        ApplicationRepository(session).delete(ids["application"])
    with database.session() as session:
        assert StoryRepository(session).get(ids["story"]).application_id is None
        assert SessionRepository(session).get(ids["session"]).application_id is None
        assert len(SessionRepository(session).turns(ids["session"])) == 1


def test_export_all_dumps_every_table_as_json_when_filled(database: Database) -> None:
    with database.session() as session:
        ids = _fill(session)
    with database.session() as session:
        dump = export_all(session)
    assert json.loads(json.dumps(dump)) == dump
    assert dump["format"] == "poise-export"
    assert dump["version"] == 1
    assert dump["schema_revision"] == head_revision()
    tables = dump["tables"]
    assert set(tables) == set(Base.metadata.tables) - NOT_EXPORTED
    assert [row["email"] for row in tables["user_account"]] == ["local@poise.invalid"]
    assert "password_hash" not in tables["user_account"][0]
    assert [row["id"] for row in tables["application"]] == [ids["application"]]
    assert tables["application"][0]["company"] == "Acme"
    assert tables["story"][0]["competencies"] == ["change", "strategy"]
    assert tables["practice_session"][0]["state"] == STATE
    assert tables["turn"][0]["session_id"] == ids["session"]
    created = datetime.fromisoformat(tables["candidate_profile"][0]["created_at"])
    assert created.utcoffset() is not None


def test_export_all_lists_empty_tables_when_database_empty(database: Database) -> None:
    with database.session() as session:
        dump = export_all(session)
    own = {name: rows for name, rows in dump["tables"].items() if name != "user_account"}
    assert all(rows == [] for rows in own.values())
    assert set(dump["tables"]) == set(Base.metadata.tables) - NOT_EXPORTED


def test_delete_all_empties_every_table_and_counts_rows(database: Database) -> None:
    with database.session() as session:
        _fill(session)
        ApplicationRepository(session).add(Application(company="Globex", title="VP"))
    with database.session() as session:
        deleted = delete_all(session)
    filled = {"turn": 1, "practice_session": 1, "story": 1, "application": 2, "candidate_profile": 1}
    kept = NOT_EXPORTED | {"user_account"}
    assert deleted == {name: filled.get(name, 0) for name in Base.metadata.tables if name not in kept}
    with database.session() as session:
        dump = export_all(session)
        assert all(rows == [] for name, rows in dump["tables"].items() if name != "user_account")
        new = ApplicationRepository(session).add(Application(company="After", title="T"))
        assert new.id > 0
