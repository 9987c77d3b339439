"""The follow-up schedule: thank-you, check-in, at most two more notes; pure, with an injected today."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from icalendar import Alarm, Calendar, Event

from poise.content.schema import ScheduleFile, ScheduleMessage
from poise.fit.lexicon import patterns_for
from poise.followup.application import ApplicationView
from poise.followup.debrief import Debrief
from poise.followup.letter import long_date
from poise.followup.one_line import one_line, plain_newlines
from poise.followup.phrases import is_clause
from poise.followup.voice import spoken_name
from poise.wire import wire_fields

UID_DOMAIN = "poise.local"
REMINDER_HOUR = 9
"""Reminders pop up at this hour on the day of each step."""


def is_working_day(day: date) -> bool:
    """Monday to Friday."""
    return day.weekday() < 5


def add_working_days(start: date, days: int) -> date:
    """The day ``days`` working days after ``start`` (Saturdays and Sundays skipped)."""
    day = start
    left = days
    while left > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            left -= 1
    return day


@dataclass(frozen=True)
class FollowupStep:
    """One reminder: what to do, on which day, why then, and the message to send."""

    key: str
    number: int
    due: date
    title: str
    why: str
    subject: str
    body: str
    uid: str
    window_end: date | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the fields (``poise.wire``)."""
        return wire_fields(self)


@dataclass(frozen=True)
class Schedule:
    """The follow-up plan of one application after its latest interview."""

    application_id: int
    company: str
    title: str
    stage: str
    round: int
    held_on: date | None
    steps: tuple[FollowupStep, ...]
    stopped: str | None = None
    made_on: date | None = None  # the day the schedule was made: earlier steps are history

    def upcoming(self, today: date) -> list[FollowupStep]:
        """Steps due today or later."""
        return [step for step in self.steps if step.due >= today]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the fields (``poise.wire``)."""
        return wire_fields(self)


_PRONOUNS = frozenset({"they", "we", "she", "he", "you", "it", "there"})


def _lower_clause(text: str) -> str:
    """A clause to follow "that": its opening pronoun lower-cased ("They will …" → "they will …");
    a name or an acronym ("HR will call") and "I" keep their capitals."""
    text = " ".join(text.split()).rstrip(" .;:,")
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first.lower() in _PRONOUNS else text


def _names(names: list[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def step_uid(application_id: int, round_number: int, key: str) -> str:
    """The calendar UID of one step: stable across exports, so calendars update, not duplicate."""
    return f"poise-application-{application_id}-round-{round_number}-{key}@{UID_DOMAIN}"


def build_schedule(
    app: ApplicationView,
    debrief: Debrief | None,
    templates: ScheduleFile,
    *,
    today: date,
    thank_you_body: str | None = None,
    thank_you_letter: Callable[[date], str] | None = None,
    filed_on: date | None = None,
    candidate: str = "",
) -> Schedule:
    """The follow-up steps after ``debrief`` (the latest interview), or none with a reason.

    Thank-you on the interview day (send within 24 hours); a check-in the working day after the
    date the interviewers gave, else 7-10 working days after the interview; then at most two
    more notes at growing gaps. A closed application (offer, accepted, declined, closed) has no
    steps. Nothing is scheduled before the day the debrief was filed (``filed_on``): filed late,
    the thank-you falls on that day while the check-in is still ahead, and a check-in already
    missed falls on that day (the later notes follow it) while a later note is still ahead; a
    step whose next step had passed too stays on its day, as history. ``today`` says when
    everything is past and which steps a calendar file still holds. ``thank_you_letter``
    drafts the letter for the day it is sent (its "today" or "yesterday" must be true then).
    """
    if app.closed or debrief is None:
        reason = (
            f"The application is {app.stage}: no more follow-ups." if app.closed
            else "No debrief yet: record the interview in a debrief first."
        )
        return Schedule(application_id=app.id, company=app.company, title=app.title,
                        stage=app.stage, round=app.round, held_on=None, steps=(), stopped=reason)
    step_info = debrief.next_step
    addressee = debrief.interviewer(step_info.said_by if step_info else None) or debrief.interviewers[0]
    values: dict[str, str] = {
        "interviewer": addressee.name,
        "address_as": addressee.greeting_name,
        "everyone": _names([person.name for person in debrief.interviewers]),
        "company": spoken_name(app.company, patterns_for().legal_forms),
        "title": app.title,
        "held_on": long_date(debrief.held_on),
        "round": str(debrief.round),
        "candidate": candidate or "[your name]",
        "next_step": step_info.what if step_info else "",
        "by": long_date(step_info.by) if step_info and step_info.by else "",
        "window_end": "",
        "thanked_on": long_date(debrief.held_on),
    }
    timing = templates.check_in
    # With one gap only the last note is sent; with two, a keep-in-touch note comes first.
    skip = 2 - len(templates.later)
    later_keys = ("keep_in_touch", "last_note")[skip:]
    later_messages = (templates.steps.keep_in_touch, templates.steps.last_note)[skip:]
    if step_info is not None and step_info.by is not None:
        check_in = add_working_days(step_info.by, timing.after_given_date)
        said = templates.steps.check_in_said if is_clause(step_info.what) else None
        check_in_message, window_end = said or templates.steps.check_in_dated, None
        if said is not None:  # "They will decide …" is reported after "that", not named
            values["next_step"] = _lower_clause(step_info.what)
    else:
        check_in = add_working_days(debrief.held_on, timing.without_date[0])
        window_end = add_working_days(debrief.held_on, timing.without_date[1])
        values["window_end"] = long_date(window_end)
        check_in_message = templates.steps.check_in
    thanked_on = debrief.held_on
    late: set[str] = set()
    filed = filed_on or debrief.held_on
    if thanked_on < filed < check_in:
        thanked_on = filed  # filed late: the letter is still worth sending, that day
        late.add("thank_you")
    elif check_in < filed and _later_dates(check_in, templates.later)[-1:] >= [filed]:
        check_in, window_end = filed, None  # missed: check in that day; the later notes follow
        late.add("check_in")
    planned: list[tuple[str, ScheduleMessage, date, date | None]] = [
        ("thank_you", templates.steps.thank_you, thanked_on, None),
        ("check_in", check_in_message, check_in, window_end),
    ]
    for key, message, due in zip(later_keys, later_messages, _later_dates(check_in, templates.later),
                                 strict=True):
        planned.append((key, message, due, None))
    steps: list[FollowupStep] = []
    for number, (key, message, due, until) in enumerate(planned, start=1):
        filled = dict(values)
        if key == "thank_you":
            # The draft letter goes to the first interviewer; the check-ins to whoever gave the date.
            filled["interviewer"] = debrief.interviewers[0].name
            filled["address_as"] = debrief.interviewers[0].greeting_name
        body = message.body.format(**filled)
        if key == "thank_you" and thank_you_letter is not None:
            body = thank_you_letter(due)
        elif key == "thank_you" and thank_you_body:
            body = thank_you_body
        why = message.why.format(**filled)
        if key in late:
            why = getattr(templates.late, key).format(**filled)
        steps.append(FollowupStep(
            key=key,
            number=number,
            due=due,
            window_end=until,
            title=message.title.format(**filled),
            why=why,
            subject=message.subject.format(**filled),
            body=body,
            uid=step_uid(app.id, debrief.round, key),
        ))
    stopped = None
    if all(step.due < today for step in steps):
        stopped = "Every follow-up is past: wait for their reply, or close the application."
    return Schedule(application_id=app.id, company=app.company, title=app.title, stage=app.stage,
                    round=debrief.round, held_on=debrief.held_on, steps=tuple(steps),
                    stopped=stopped, made_on=today)


def _later_dates(check_in: date, gaps: list[int]) -> list[date]:
    """The days of the notes after the check-in, each ``gap`` working days after the previous."""
    days: list[date] = []
    previous = check_in
    for gap in gaps:
        previous = add_working_days(previous, gap)
        days.append(previous)
    return days


def step_description(step: FollowupStep) -> str:
    """The text a calendar shows for a step: why now, then the draft message."""
    lines = [step.why]
    if step.window_end is not None:
        lines.append(f"Any working day up to {long_date(step.window_end)} is fine.")
    lines.extend(["", f"Subject: {step.subject}", "", step.body])
    return "\n".join(lines)


def schedule_ics(schedule: Schedule, *, stamp: datetime) -> bytes:
    """The schedule as an iCalendar file: one all-day VEVENT per step, with a 9:00 reminder."""
    calendar = Calendar()
    calendar.add("prodid", "-//Poise//Follow-up schedule//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", one_line(f"Follow-ups: {schedule.title} at {schedule.company}"))
    for step in schedule.steps:
        if schedule.made_on is not None and step.due < schedule.made_on:
            continue  # history, not a reminder: a calendar alarm in the past helps nobody
        event = Event()
        event.add("uid", step.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", step.due)
        event.add("dtend", step.due + timedelta(days=1))
        event.add("summary", one_line(step.title))
        event.add("description", plain_newlines(step_description(step)))
        event.add("categories", ["Poise", "Follow-up"])
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", one_line(step.title))
        alarm.add("trigger", timedelta(hours=REMINDER_HOUR))
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()
