"""The follow-up schedule: weekends skipped, growing gaps, at most four steps, stops once closed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from poise.content.loader import KnowledgeBase
from poise.content.schema import ScheduleFile
from poise.followup.application import CLOSED_STAGES, ApplicationView
from poise.followup.debrief import Debrief, validate_debrief
from poise.followup.letter import filler_in, tone_findings
from poise.followup.schedule import add_working_days, build_schedule, is_working_day, schedule_ics

from .conftest import TODAY, debrief_data

STAMP = datetime(2024, 5, 7, 18, 0, tzinfo=UTC)


def _templates(kb: KnowledgeBase) -> ScheduleFile:
    assert kb.followup is not None
    return kb.followup.schedule


def _undated(kb: KnowledgeBase) -> Debrief:
    bank = {question.id: question.text for question in kb.questions.values()}
    debrief, problems = validate_debrief(debrief_data(next_step=None), bank=bank, today=TODAY)
    assert debrief is not None, problems
    return debrief


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)), st.integers(1, 40))
def test_add_working_days_skips_weekends(start: date, days: int) -> None:
    end = add_working_days(start, days)
    assert is_working_day(end)
    counted = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        counted += is_working_day(day)
    assert counted == days
    assert (end - start).days <= days + 2 * (days // 5 + 1)


def test_add_working_days_from_friday_lands_on_monday() -> None:
    assert add_working_days(date(2024, 5, 17), 1) == date(2024, 5, 20)
    assert add_working_days(date(2024, 5, 18), 1) == date(2024, 5, 20)  # from a Saturday


def test_schedule_checks_in_the_working_day_after_the_date_they_gave(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    schedule = build_schedule(view, debrief, _templates(kb), today=TODAY, candidate="Alex Morgan")
    assert [step.key for step in schedule.steps] == ["thank_you", "check_in", "keep_in_touch", "last_note"]
    assert [step.due for step in schedule.steps] == [
        date(2024, 5, 7),   # the interview day: within 24 hours
        date(2024, 5, 20),  # Friday 17 May given, so Monday 20 May, not Saturday
        add_working_days(date(2024, 5, 20), 12),
        add_working_days(add_working_days(date(2024, 5, 20), 12), 20),
    ]
    for step in schedule.steps:
        assert is_working_day(step.due)
    check_in = schedule.steps[1]
    assert "a panel with the CEO by Friday 17 May" in check_in.body
    assert check_in.body.startswith("Dear Maria,") and check_in.body.endswith("Alex Morgan")
    assert schedule.stopped is None


def test_schedule_without_a_date_checks_in_seven_to_ten_working_days_later(
    kb: KnowledgeBase, view: ApplicationView
) -> None:
    schedule = build_schedule(view, _undated(kb), _templates(kb), today=TODAY)
    check_in = schedule.steps[1]
    assert check_in.due == date(2024, 5, 16)  # 7 working days after Tuesday 7 May
    assert check_in.window_end == date(2024, 5, 21)  # 10 working days
    assert "by Tuesday 21 May" in check_in.why


def test_schedule_gaps_grow_and_there_are_at_most_two_after_the_check_in(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    steps = build_schedule(view, debrief, _templates(kb), today=TODAY).steps
    gaps = [(later.due - earlier.due).days for earlier, later in pairwise(steps[1:])]
    assert len(steps) - 2 <= 2
    assert gaps == sorted(gaps) and gaps[0] < gaps[-1]


def test_schedule_with_one_later_gap_sends_only_the_last_note(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    templates = _templates(kb).model_copy(update={"later": [15]})
    keys = [step.key for step in build_schedule(view, debrief, templates, today=TODAY).steps]
    assert keys == ["thank_you", "check_in", "last_note"]


def test_schedule_stops_when_the_application_closes(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    for stage in CLOSED_STAGES:
        schedule = build_schedule(replace(view, stage=stage), debrief, _templates(kb), today=TODAY)
        assert schedule.steps == ()
        assert schedule.stopped is not None and stage in schedule.stopped


def test_schedule_without_a_debrief_says_what_to_do(kb: KnowledgeBase, view: ApplicationView) -> None:
    schedule = build_schedule(view, None, _templates(kb), today=TODAY)
    assert schedule.steps == () and schedule.stopped is not None
    assert "record the interview" in schedule.stopped


def test_schedule_when_everything_is_past(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    schedule = build_schedule(view, debrief, _templates(kb), today=date(2025, 1, 1))
    assert len(schedule.steps) == 4 and schedule.upcoming(date(2025, 1, 1)) == []
    assert schedule.stopped is not None and "wait for their reply" in schedule.stopped


def test_thank_you_step_carries_the_letter(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    schedule = build_schedule(view, debrief, _templates(kb), today=TODAY, thank_you_body="Dear Maria...")
    thank_you = schedule.steps[0]
    assert thank_you.body == "Dear Maria..."
    assert thank_you.title == "Send your thank-you letter to Maria Lopez and Sam Reed"


def test_ics_parses_back_with_one_event_per_step(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    schedule = build_schedule(view, debrief, _templates(kb), today=TODAY, thank_you_body="Dear Maria")
    calendar = Calendar.from_ical(schedule_ics(schedule, stamp=STAMP))
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 4
    for event, step in zip(events, schedule.steps, strict=True):
        assert event.decoded("dtstart") == step.due
        assert event.decoded("dtend") == step.due + timedelta(days=1)
        assert str(event["uid"]) == f"poise-application-7-round-1-{step.key}@poise.local"
        assert str(event["summary"]) == step.title
        assert step.body in str(event["description"])
        alarms = list(event.walk("VALARM"))
        assert len(alarms) == 1 and alarms[0].decoded("trigger") == timedelta(hours=9)
    # Exporting again gives the same UIDs, so calendars update the events instead of duplicating.
    again = Calendar.from_ical(schedule_ics(schedule, stamp=STAMP + timedelta(days=1)))
    assert [str(event["uid"]) for event in again.walk("VEVENT")] == [str(e["uid"]) for e in events]


def test_ics_of_a_closed_application_has_no_events(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    schedule = build_schedule(replace(view, stage="declined"), debrief, _templates(kb), today=TODAY)
    calendar = Calendar.from_ical(schedule_ics(schedule, stamp=STAMP))
    assert list(calendar.walk("VEVENT")) == []


def test_every_draft_message_passes_the_tone_rules(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    assert kb.followup is not None
    for item in (debrief, _undated(kb)):
        for step in build_schedule(view, item, _templates(kb), today=TODAY, candidate="Alex").steps[1:]:
            assert tone_findings(step.body, kb=kb) == [], step.body
            assert filler_in(step.body, kb.followup.letter) == [], step.body
            assert "{" not in step.body and "{" not in step.title and "{" not in step.why


def test_a_debrief_filed_late_puts_the_thank_you_today_not_on_the_past_interview_day(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    late = date(2024, 5, 9)  # the interview was Tuesday 7 May; the check-in is Monday 20 May
    schedule = build_schedule(view, debrief, _templates(kb), today=late, filed_on=late,
                              thank_you_letter=lambda day: f"written for {day:%d %B}")
    thank_you, check_in = schedule.steps[:2]
    assert thank_you.due == late and check_in.due == date(2024, 5, 20)
    assert thank_you.why.startswith("Late: ") and "Tuesday 7 May" in thank_you.why
    assert thank_you.body == "written for 09 May"  # the letter is drafted for the day it is sent
    assert all(step.due >= late for step in schedule.steps)
    assert schedule.stopped is None
    # seen again a day later, the schedule does not move: the letter is not asked for twice
    again = build_schedule(view, debrief, _templates(kb), today=date(2024, 5, 10), filed_on=late)
    assert again.steps[0].due == late and again.upcoming(date(2024, 5, 10))[0].key == "check_in"


def test_a_debrief_filed_on_the_day_keeps_the_thank_you_on_the_interview_day(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    schedule = build_schedule(view, debrief, _templates(kb), today=date(2024, 5, 9), filed_on=TODAY)
    assert schedule.steps[0].due == TODAY and not schedule.steps[0].why.startswith("Late")


def test_a_missed_check_in_moves_to_today_and_the_later_notes_follow_it(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    late = date(2024, 5, 22)  # the check-in was due Monday 20 May
    schedule = build_schedule(view, debrief, _templates(kb), today=late, filed_on=late)
    thank_you, check_in, keep, last = schedule.steps
    assert thank_you.due == date(2024, 5, 7)  # long past: it is history, not a reminder
    assert check_in.due == late and check_in.why.startswith("Late: ")
    assert keep.due == add_working_days(late, 12) and last.due == add_working_days(keep.due, 20)
    assert [step.key for step in schedule.upcoming(late)] == ["check_in", "keep_in_touch", "last_note"]


def test_the_calendar_file_holds_no_reminder_in_the_past(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    late = date(2024, 5, 22)
    schedule = build_schedule(view, debrief, _templates(kb), today=late)
    events = Calendar.from_ical(schedule_ics(schedule, stamp=STAMP)).walk("VEVENT")
    assert [event.decoded("dtstart") for event in events] == [
        step.due for step in schedule.steps if step.due >= late
    ]


def test_a_next_step_noted_as_a_clause_is_reported_not_named(
    kb: KnowledgeBase, view: ApplicationView
) -> None:
    bank = {question.id: question.text for question in kb.questions.values()}
    data = debrief_data(next_step={"what": "They will decide on a second round within two weeks",
                                   "by": "2024-05-17", "said_by": "Maria"})
    debrief, problems = validate_debrief(data, bank=bank, today=TODAY)
    assert debrief is not None, problems
    check_in = build_schedule(view, debrief, _templates(kb), today=TODAY, candidate="Alex Morgan").steps[1]
    assert check_in.why.startswith("You were told that they will decide on a second round within two weeks, "
                                   "by Friday 17 May;")
    assert "expect They" not in check_in.why and "would be They" not in check_in.body
    assert "I understood that they will decide" in check_in.body
