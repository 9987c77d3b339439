"""Follow-up services on the store (SQLite and PostgreSQL): debrief → letter → schedule → .ics."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar
from sqlalchemy import select

from poise.content.loader import KnowledgeBase
from poise.errors import InputError, NextStep, NotFoundError
from poise.services import followup as service
from poise.store.db import Database
from poise.store.models import Application, CandidateProfile, InterviewDebrief, PracticeQueueItem

from .conftest import CHANGE_PLAN, TODAY, add_application, debrief_data


def _application(db: Database, application_id: int) -> Application:
    with db.session() as session:
        record = session.get(Application, application_id)
        assert record is not None
        return record


def test_record_debrief_stores_queues_merges_and_moves_the_stage(
    database: Database, kb: KnowledgeBase
) -> None:
    app_id = add_application(database)
    outcome = service.record_debrief(database, app_id, debrief_data(), kb=kb, today=TODAY)

    assert outcome.stored.debrief.round == 1 and outcome.stored.application_id == app_id
    assert outcome.application.stage == "interviewing" and outcome.application.round == 1
    assert [item.question_text for item in outcome.queued] == [
        "Walk me through the budget of your last site.",
        kb.questions["failures.biggest_failure"].text,
    ]
    assert outcome.queued[1].question_id == "failures.biggest_failure"

    record = _application(database, app_id)  # read back in a fresh session: the JSON was saved
    assert record.stage == "interviewing" and record.round == 1
    assert record.fit is not None
    by_id = {concern["id"]: concern for concern in record.fit["concerns"]}
    assert by_id["c1"]["raised"] is True
    assert by_id["raised_has_never_worked_with_unionised"]["kind"] == "raised_in_interview"

    with database.session() as session:
        stored = session.scalars(select(InterviewDebrief)).one()
        assert stored.held_on == date(2024, 5, 7) and stored.data["interviewers"][0]["name"] == "Maria Lopez"


def test_weak_answers_are_queued_once_and_can_be_marked_practised(
    database: Database, kb: KnowledgeBase
) -> None:
    app_id = add_application(database)
    other_id = add_application(database, company="Contoso", title="COO")
    service.record_debrief(database, app_id, debrief_data(), kb=kb, today=TODAY)
    second = service.record_debrief(database, app_id, debrief_data(round=2, date="2024-05-14"), kb=kb,
                                    today=date(2024, 5, 14))
    assert second.queued == () and len(second.already_queued) == 2

    queued = service.queued_questions(database, app_id)
    assert [item.reason.split(" in the ")[0] for item in queued] == [
        "You rated your answer 2/5 (weak)", "You rated your answer 1/5 (went badly)"]
    assert service.queued_questions(database, other_id) == []
    assert len(service.queued_questions(database)) == 2

    done = service.mark_practised(database, queued[0].id, when=datetime(2024, 5, 15, tzinfo=UTC))
    assert done.done_at is not None
    assert [item.id for item in service.queued_questions(database)] == [queued[1].id]
    with pytest.raises(NotFoundError):
        service.mark_practised(database, 9999)


def test_recording_the_same_round_again_replaces_it(database: Database, kb: KnowledgeBase) -> None:
    app_id = add_application(database)
    service.record_debrief(database, app_id, debrief_data(), kb=kb, today=TODAY)
    again = service.record_debrief(database, app_id, debrief_data(notes="Second thoughts"), kb=kb,
                                   today=TODAY)
    assert again.replaced
    stored = service.list_debriefs(database, app_id)
    assert len(stored) == 1 and stored[0].debrief.notes == "Second thoughts"
    with database.session() as session:
        assert len(session.scalars(select(PracticeQueueItem)).all()) == 2
    record = _application(database, app_id)
    assert record.fit is not None and len(record.fit["concerns"]) == 3


def test_debrief_of_a_closed_application_leaves_its_stage(database: Database, kb: KnowledgeBase) -> None:
    app_id = add_application(database, stage="offer")
    outcome = service.record_debrief(database, app_id, debrief_data(), kb=kb, today=TODAY)
    assert outcome.application.stage == "offer"
    assert outcome.notes and "offer" in outcome.notes[0]


def test_debrief_without_a_fit_map_keeps_the_concerns_in_the_debrief(
    database: Database, kb: KnowledgeBase
) -> None:
    with database.session() as session:
        record = Application(company="Acme", title="COO", level="executive")
        session.add(record)
        session.flush()
        app_id = record.id
    outcome = service.record_debrief(database, app_id, debrief_data(), kb=kb, today=TODAY)
    assert outcome.concerns == () and "no fit map" in outcome.notes[0]
    assert _application(database, app_id).fit is None


def test_invalid_debrief_lists_every_field(database: Database, kb: KnowledgeBase) -> None:
    app_id = add_application(database)
    data = debrief_data()
    data["questions"][0]["rating"] = 0
    data["concerns"][0]["handled"] = "ignored"
    with pytest.raises(InputError) as caught:
        service.record_debrief(database, app_id, data, kb=kb, today=TODAY)
    assert "questions.0.rating" in caught.value.message and "concerns.0.handled" in caught.value.message
    assert service.list_debriefs(database, app_id) == []


def test_find_application_by_id_or_company(database: Database) -> None:
    first = add_application(database)
    add_application(database, company="Contoso", title="COO")
    add_application(database, company="Contoso", title="CFO")
    with database.session() as session:
        assert service.find_application(session, str(first)).id == first
        assert service.find_application(session, "northwind").id == first
        assert service.find_application(session, "contoso cfo").title == "CFO"
        with pytest.raises(InputError, match="matches 2 applications"):
            service.find_application(session, "Contoso")
        with pytest.raises(NotFoundError):
            service.find_application(session, "Globex")
        with pytest.raises(NotFoundError):
            service.find_application(session, "999")


def test_flow_debrief_letter_schedule_ics(database: Database, kb: KnowledgeBase) -> None:
    with database.session() as session:
        profile = CandidateProfile(name="Alex Morgan", target_level="director")
        session.add(profile)
        session.flush()
        profile_id = profile.id
    app_id = add_application(database)
    with database.session() as session:
        record = session.get(Application, app_id)
        assert record is not None
        record.profile_id = profile_id

    service.record_debrief(database, app_id, debrief_data(), kb=kb, today=TODAY)

    letter = service.draft_thank_you(database, app_id, today=TODAY, kb=kb)
    assert "Dear Maria," in letter.body
    assert "how the Lisbon hub could absorb the Porto volumes" in letter.body
    assert CHANGE_PLAN in letter.body
    assert letter.body.rstrip().endswith("Alex Morgan")  # signed with the profile's name
    assert letter.tone == ()

    schedule = service.followups(database, app_id, today=TODAY, kb=kb)
    assert [step.due for step in schedule.steps][:2] == [date(2024, 5, 7), date(2024, 5, 20)]
    assert schedule.steps[0].body == letter.body

    calendar = Calendar.from_ical(service.followups_ics(schedule, stamp=datetime(2024, 5, 7, tzinfo=UTC)))
    events = list(calendar.walk("VEVENT"))
    assert [event.decoded("dtstart") for event in events] == [step.due for step in schedule.steps]
    assert "Dear Maria," in str(events[0]["description"])

    service.set_stage(database, app_id, "closed")
    closed = service.followups(database, app_id, today=TODAY, kb=kb)
    assert closed.steps == ()
    assert list(Calendar.from_ical(service.followups_ics(closed)).walk("VEVENT")) == []


def test_letter_before_any_debrief_says_to_record_one(database: Database, kb: KnowledgeBase) -> None:
    app_id = add_application(database)
    with pytest.raises(InputError, match="no debrief") as caught:
        service.draft_thank_you(database, app_id, kb=kb)
    assert "Record the interview" in caught.value.hint
    assert (caught.value.next_step, caught.value.subject) == (NextStep.RECORD_DEBRIEF, str(app_id))


def test_set_stage_validates_stage_and_round(database: Database) -> None:
    app_id = add_application(database)
    with pytest.raises(InputError) as caught:
        service.set_stage(database, app_id, "hired")
    assert "Unknown stage 'hired'" in caught.value.message and "interviewing" in caught.value.hint
    summary = service.set_stage(database, app_id, "Interviewing")
    assert (summary.stage, summary.round) == ("interviewing", 1)
    summary = service.set_stage(database, app_id, None, round_number=3)
    assert summary.to_dict()["stage_label"] == "interviewing (round 3)"
    with pytest.raises(InputError):
        service.set_stage(database, app_id, "interviewing", round_number=0)
    with pytest.raises(InputError):
        service.set_stage(database, app_id, None)
    assert service.set_stage(database, app_id, "offer").stage == "offer"


def test_pipeline_lists_every_application_with_its_next_action(database: Database, kb: KnowledgeBase) -> None:
    researching = add_application(database, company="Globex", title="VP Supply Chain", stage="researching")
    interviewing = add_application(database)
    declined = add_application(database, company="Initech", title="COO", stage="declined")
    service.record_debrief(database, interviewing, debrief_data(), kb=kb, today=TODAY)

    rows = service.pipeline(database, today=date(2024, 5, 8), kb=kb)
    assert [row.application_id for row in rows] == [interviewing, researching, declined]
    first = rows[0]
    assert first.stage_label == "interviewing (round 1)"
    assert first.next_action is not None
    assert first.next_action.what == "Expect a panel with the CEO (said Maria Lopez)"
    assert first.next_action.due == date(2024, 5, 17)
    assert first.practice_pending == 2
    assert any(point.startswith("Weak answer (2/5") for point in first.key_points)
    assert first.last_debrief is not None and first.last_debrief.open_concerns == (
        "No formal change management certification", "Has never worked with unionised warehouse staff")
    assert rows[1].next_action is not None and rows[1].next_action.due is None
    assert rows[2].next_action is None and rows[2].key_points == ()

    later = service.pipeline(database, today=date(2024, 5, 18), kb=kb)[0]
    assert later.next_action is not None and later.next_action.due == date(2024, 5, 20)
    assert later.next_action.source == "schedule"


def test_next_mock_interview_starts_with_weak_debrief_answers(database: Database) -> None:
    from poise.services.followup import queued_questions
    from poise.services.practice import start_practice
    from poise.store.models import PracticeQueueItem
    from poise.store.repositories import PracticeQueueRepository

    with database.session() as session:
        PracticeQueueRepository(session).add(PracticeQueueItem(
            question_id="failures.biggest_failure", question_text="Tell me about a failure.",
            reason="rated 2/5 in the debrief"))
    step = start_practice(database, interview_format="competency", seed=3)
    assert step.prompt.question_id == "failures.biggest_failure"
    assert queued_questions(database) == []


def test_the_name_a_letter_is_signed_with_signs_the_schedule(
    database: Database, kb: KnowledgeBase
) -> None:
    app_id = add_application(database)
    service.record_debrief(database, app_id, debrief_data(), kb=kb, today=TODAY)
    assert "[your name]" in service.draft_thank_you(database, app_id, kb=kb, today=TODAY).body
    unsigned = service.followups(database, app_id, kb=kb, today=TODAY)
    assert b"[your name]" in service.followups_ics(unsigned)
    service.remember_sender(database, app_id, "Daniel  Hartley")
    assert "Daniel Hartley" in service.draft_thank_you(database, app_id, kb=kb, today=TODAY).body
    schedule = service.followups(database, app_id, kb=kb, today=TODAY)
    assert schedule.steps
    assert b"[your name]" not in service.followups_ics(schedule)
