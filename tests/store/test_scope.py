"""The store's owner scoping, on SQLite and PostgreSQL: every query and write of owned rows is
the session's owner's; a coach's view is read-only and narrowed to the shared application."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select, update

from poise.errors import NotFoundError
from poise.services.accounts import add_user
from poise.store.db import Database
from poise.store.models import Application, PracticeSession, Story, Turn
from poise.store.repositories import (
    ApplicationRepository,
    SessionRepository,
    StoryRepository,
    delete_all,
    export_all,
)
from poise.store.scope import Scope, ScopeViolation

PASSWORD = "a long enough password"


def _two_people(database: Database) -> tuple[Database, Database, dict[str, int]]:
    alice = add_user(database, "alice@example.org", role="candidate", password=PASSWORD)
    bob = add_user(database, "bob@example.org", role="candidate", password=PASSWORD)
    as_alice, as_bob = database.scoped(Scope(alice.id)), database.scoped(Scope(bob.id))
    ids: dict[str, int] = {"alice": alice.id, "bob": bob.id}
    with as_alice.session() as session:
        shared = ApplicationRepository(session).add(Application(company="Shared Co", title="COO"))
        private = ApplicationRepository(session).add(Application(company="Private Co", title="VP"))
        story = StoryRepository(session).add(Story(title="Depot", application_id=shared.id))
        practice = SessionRepository(session).add(
            PracticeSession(format="panel", seed=1, application_id=shared.id))
        SessionRepository(session).add_turn(practice.id, Turn(
            kind="question", speaker="Ann", prompt_text="Why?", answer_text="Because."))
        ids.update(shared=shared.id, private=private.id, story=story.id, session=practice.id)
    return as_alice, as_bob, ids


def test_another_owners_rows_are_invisible_to_every_kind_of_query(database: Database) -> None:
    _, as_bob, ids = _two_people(database)
    with as_bob.session() as session:
        assert session.get(Application, ids["shared"]) is None
        assert session.scalars(select(Application)).all() == []
        assert session.scalar(select(func.count()).select_from(Story)) == 0
        assert session.scalar(select(func.max(Turn.position))) is None
        joined = select(Turn).join(PracticeSession, PracticeSession.id == Turn.session_id)
        assert session.scalars(joined).all() == []
        with pytest.raises(NotFoundError):
            ApplicationRepository(session).get(ids["shared"])


def test_bulk_update_and_delete_touch_only_ones_own_rows(database: Database) -> None:
    as_alice, as_bob, ids = _two_people(database)
    with as_bob.session() as session:
        session.execute(update(Application).values(company="Taken"))
        session.execute(delete(Story))
        assert delete_all(session)["application"] == 0
    with as_alice.session() as session:
        assert ApplicationRepository(session).get(ids["shared"]).company == "Shared Co"
        assert StoryRepository(session).count() == 1


def test_new_rows_belong_to_the_owner_and_cannot_link_to_anothers(database: Database) -> None:
    _, as_bob, ids = _two_people(database)
    with as_bob.session() as session:
        own = StoryRepository(session).add(Story(title="Mine"))
        assert own.owner_id == ids["bob"]
    with pytest.raises(NotFoundError, match=f"No application with id {ids['shared']}"), \
            as_bob.session() as session:
        StoryRepository(session).add(Story(title="Sneaky", application_id=ids["shared"]))
    with pytest.raises(ScopeViolation), as_bob.session() as session:
        session.add(Story(title="Forged", owner_id=ids["alice"]))


def test_no_scope_means_no_owned_row_at_all(database: Database) -> None:
    _two_people(database)
    with pytest.raises(ScopeViolation), database.system().session() as session:
        session.scalars(select(Application)).all()
    with pytest.raises(ScopeViolation), database.system().session() as session:
        session.add(Application(company="Nobody's", title="X"))
    with pytest.raises(ScopeViolation), database.system().session() as session:
        export_all(session)


def test_a_coachs_view_is_read_only_and_only_the_shared_application(database: Database) -> None:
    _, _, ids = _two_people(database)
    viewer = database.scoped(Scope.viewer(ids["alice"], [ids["shared"]]))
    with viewer.session() as session:
        assert [a.company for a in ApplicationRepository(session).list()] == ["Shared Co"]
        assert session.get(Application, ids["private"]) is None
        assert [s.title for s in StoryRepository(session).list()] == ["Depot"]
        assert len(SessionRepository(session).turns(ids["session"])) == 1
    with pytest.raises(ScopeViolation), viewer.session() as session:
        ApplicationRepository(session).update(ids["shared"], company="Edited by the coach")
    with pytest.raises(ScopeViolation), viewer.session() as session:
        session.execute(delete(Story))
    nothing = database.scoped(Scope.viewer(ids["alice"], []))
    with nothing.session() as session:
        assert ApplicationRepository(session).list() == []


def test_an_owned_model_without_a_rule_is_hidden_from_shared_views() -> None:
    from poise.store.scope import _shared_criteria

    class Recording:  # stands for a future owned table with no application_id
        pass

    assert str(_shared_criteria(Recording, frozenset({1}))) == "false"  # type: ignore[arg-type]
