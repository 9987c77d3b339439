"""Prep services on the store, on SQLite and PostgreSQL: stories, facts, quiz cards, the brief."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import func, inspect, select

from poise.errors import InputError, NotFoundError, QuizCardError
from poise.prep.quiz import INTERVALS, FactDraft
from poise.services import prep as prep_service
from poise.services import stories as story_service
from poise.store import Database, alembic_config
from poise.store.models import KeyFact, QuizCard
from poise.store.repositories import ApplicationRepository

from .data import DIRECTOR_STORY, EXECUTIVE_STORY, MANAGER_STORY, WEAK_STORY, add_application

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
FACTS = [FactDraft("Founded", "1962"), FactDraft("CEO", "Maria Keller")]


def test_story_is_judged_and_stored_with_its_report(database: Database, application_id: int) -> None:
    record = story_service.create_story(database, DIRECTOR_STORY, application_id=application_id)
    assert record.id and record.overall is not None and record.overall >= 60
    assert record.report is not None and record.report.answer == record.to_dict()["text"]
    assert record.question == record.report.question
    loaded = story_service.get_story(database, record.id)
    assert loaded.competencies == ("results_achievements", "organising")
    assert loaded.report == record.report
    assert [story.id for story in story_service.list_stories(database)] == [record.id]
    by_competency = story_service.list_stories(database, competency="organising")
    assert [story.id for story in by_competency] == [record.id]
    assert story_service.list_stories(database, competency="judgement") == []


def test_story_update_rejudges_when_the_text_changes(database: Database) -> None:
    record = story_service.create_story(database, WEAK_STORY)
    assert record.overall is not None and record.overall < 60
    renamed = story_service.update_story(database, record.id, {"title": "Quality fix"})
    assert renamed.title == "Quality fix" and renamed.report == record.report
    better = story_service.update_story(database, record.id, {
        "circumstances": MANAGER_STORY.circumstances,
        "actions": MANAGER_STORY.actions,
        "results": MANAGER_STORY.results,
    })
    assert better.overall is not None and better.overall > record.overall
    with pytest.raises(InputError, match="no field 'report'"):
        story_service.update_story(database, record.id, {"report": {}})
    with pytest.raises(InputError, match="Unknown competency"):
        story_service.update_story(database, record.id, {"competencies": ["charisma"]})


def test_story_delete_and_missing_ids(database: Database) -> None:
    record = story_service.create_story(database, MANAGER_STORY)
    story_service.delete_story(database, record.id)
    with pytest.raises(NotFoundError, match=f"No story with id {record.id}"):
        story_service.get_story(database, record.id)
    with pytest.raises(NotFoundError, match="No application with id 99"):
        story_service.create_story(database, MANAGER_STORY, application_id=99)


def test_calibration_uses_the_application_level(database: Database) -> None:
    manager_app = add_application(database, None, level="manager")
    executive_app = add_application(database, None, level="executive")
    story = story_service.create_story(database, DIRECTOR_STORY, application_id=manager_app)
    at_manager = story_service.calibrate_story(database, story.id)
    assert (at_manager.target, at_manager.verdict) == ("manager", "above")
    at_executive = story_service.calibrate_story(database, story.id, application_id=executive_app)
    assert (at_executive.target, at_executive.verdict) == ("executive", "below")
    assert story_service.calibrate_story(database, story.id, target="director").verdict == "matches"
    loose = story_service.create_story(database, EXECUTIVE_STORY)
    unlinked = story_service.calibrate_story(database, loose.id)
    assert unlinked.target == "manager"


def test_a_story_linked_to_no_role_says_so_instead_of_matching_a_default_level(
    database: Database,
) -> None:
    loose = story_service.create_story(database, MANAGER_STORY)
    unlinked = story_service.calibrate_story(database, loose.id)
    assert unlinked.verdict == "unlinked"
    assert "not linked to a role" in unlinked.summary and "for a Manager role" not in unlinked.summary
    assert "matches the level" not in unlinked.summary
    # a level asked for explicitly is a target: the comparison is made
    assert story_service.calibrate_story(database, loose.id, target="manager").verdict != "unlinked"
    draft = story_service.story_feedback(database, MANAGER_STORY)
    assert draft.calibration.verdict == "unlinked"


def test_coverage_for_an_application_adds_its_requirements(
    database: Database, application_id: int
) -> None:
    other = add_application(database, None)
    story_service.create_story(database, DIRECTOR_STORY, application_id=application_id)
    story_service.create_story(database, MANAGER_STORY)
    story_service.create_story(database, EXECUTIVE_STORY, application_id=other)
    coverage = story_service.story_coverage(database, application_id=application_id,
                                            ratings={"time_management": 4})
    assert len(coverage.stories) == 2
    assert coverage.rows[0].kind == "requirement"
    assert len(coverage.rows) == 18 + 5
    assert any(gap.row_id == "time_management" for gap in coverage.gaps)
    everything = story_service.story_coverage(database)
    assert len(everything.stories) == 3 and len(everything.rows) == 18


def test_facts_are_added_replaced_and_listed_with_fresh_cards(
    database: Database, application_id: int
) -> None:
    added = prep_service.add_facts(database, application_id, FACTS, now=NOW)
    assert [(fact.prompt, fact.box, fact.due_at) for fact in added] == [
        ("Founded", 1, NOW), ("CEO", 1, NOW)
    ]
    status = prep_service.quiz_next(database, application_id, now=NOW, sync=False)
    prep_service.quiz_answer(database, application_id, int(status.card_id or 0), "1962", now=NOW)
    again = prep_service.add_facts(database, application_id,
                                   [FactDraft("Founded", "1962"), FactDraft("CEO", "M. Keller")],
                                   now=NOW + timedelta(hours=1))
    by_prompt = {fact.prompt: fact for fact in again}
    assert by_prompt["Founded"].box == 2
    assert by_prompt["CEO"].answer == "M. Keller" and by_prompt["CEO"].box == 1
    listed = prep_service.list_facts(database, application_id)
    assert [fact.prompt for fact in listed] == ["Founded", "CEO"]
    prep_service.delete_fact(database, application_id, listed[0].id)
    assert [fact.prompt for fact in prep_service.list_facts(database, application_id)] == ["CEO"]
    with pytest.raises(NotFoundError):
        prep_service.delete_fact(database, application_id, listed[0].id)


def test_record_facts_sync_from_the_fit_once(database: Database, application_id: int) -> None:
    first = prep_service.sync_facts(database, application_id, now=NOW)
    second = prep_service.sync_facts(database, application_id, now=NOW)
    assert len(first) == len(second) > 0
    assert {fact.source for fact in first} <= {"record", "company"}
    assert "record" in {fact.source for fact in first}
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(KeyFact)) == len(first)


def test_quiz_asks_due_cards_and_missed_ones_come_back_sooner(
    database: Database, application_id: int
) -> None:
    prep_service.add_facts(database, application_id, FACTS, now=NOW)
    first = prep_service.quiz_next(database, application_id, now=NOW, sync=False)
    assert (first.total, first.due, first.question) == (2, 2, "Hanse Maschinenbau: Founded?")
    right = prep_service.quiz_answer(database, application_id, int(first.card_id or 0),
                                     "nineteen sixty-two", now=NOW)
    assert right.check.correct and right.box == 2 and right.due_at == NOW + INTERVALS[2]
    second = prep_service.quiz_next(database, application_id, now=NOW, sync=False)
    assert second.question == "Hanse Maschinenbau: CEO?" and second.due == 1
    wrong = prep_service.quiz_answer(database, application_id, int(second.card_id or 0),
                                     "John Smith", now=NOW)
    assert not wrong.check.correct and wrong.check.expected == "Maria Keller"
    assert wrong.box == 1 and wrong.due_at == NOW + INTERVALS[1] < right.due_at
    idle = prep_service.quiz_next(database, application_id, now=NOW, sync=False)
    assert idle.card_id is None and idle.due == 0 and idle.next_due_at == NOW + INTERVALS[1]
    later = prep_service.quiz_next(database, application_id, now=NOW + timedelta(minutes=11),
                                   sync=False)
    assert later.card_id == second.card_id
    practice = prep_service.quiz_answer(database, application_id, int(second.card_id or 0),
                                        "Maria Keller", now=NOW, record=False)
    assert practice.check.correct and practice.box == 1


def test_quiz_answer_refuses_another_applications_card(
    database: Database, application_id: int
) -> None:
    other = add_application(database, None)
    prep_service.add_facts(database, other, FACTS, now=NOW)
    card = prep_service.quiz_next(database, other, now=NOW, sync=False).card_id
    with pytest.raises(QuizCardError, match="has no quiz card"):
        prep_service.quiz_answer(database, application_id, int(card or 0), "1962", now=NOW)


def test_deleting_an_application_cascades_to_facts_and_cards(
    database: Database, application_id: int
) -> None:
    prep_service.add_facts(database, application_id, FACTS, now=NOW)
    with database.session() as session:
        ApplicationRepository(session).delete(application_id)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(KeyFact)) == 0
        assert session.scalar(select(func.count()).select_from(QuizCard)) == 0


def test_brief_from_the_store_has_facts_stories_and_concerns(
    database: Database, application_id: int
) -> None:
    prep_service.add_facts(database, application_id, FACTS, now=NOW)
    story_service.create_story(database, DIRECTOR_STORY, application_id=application_id)
    brief = prep_service.application_brief(database, application_id, today=date(2026, 3, 2))
    assert brief.company_facts == (("Founded", "1962"), ("CEO", "Maria Keller"))
    assert [story.title for story in brief.stories] == ["Warehouse turnaround"]
    assert brief.concerns[0].severity == "high"
    assert brief.prepared_on == "2026-03-02"
    pdf = prep_service.brief_pdf(database, application_id)
    assert pdf.startswith(b"%PDF")


def test_salary_takes_role_and_company_from_the_application(
    database: Database, application_id: int
) -> None:
    result = prep_service.prepare_salary(database, low=95_000, high=115_000, currency="EUR",
                                         source="Hays 2026 salary guide",
                                         application_id=application_id)
    assert "this Director of Logistics role" in result.deflect.answer


def test_prep_migration_downgrades_and_upgrades_cleanly(database: Database) -> None:
    with database.engine.begin() as connection:
        command.downgrade(alembic_config(connection=connection), "0001")
    tables = set(inspect(database.engine).get_table_names())
    assert "key_fact" not in tables and "quiz_card" not in tables and "story" in tables
    with database.engine.begin() as connection:
        command.upgrade(alembic_config(connection=connection), "head")
    tables = set(inspect(database.engine).get_table_names())
    assert {"key_fact", "quiz_card"} <= tables


def test_fact_source_and_card_box_are_checked_by_the_database(
    database: Database, application_id: int
) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), database.session() as session:
        session.add(KeyFact(application_id=application_id, prompt="X", answer="Y", source="rumour"))
    with pytest.raises(IntegrityError), database.session() as session:
        fact = KeyFact(application_id=application_id, prompt="X", answer="Y")
        fact.card = QuizCard(box=9, due_at=NOW)
        session.add(fact)

