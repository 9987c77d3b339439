"""The pipeline's pure parts: stages, labels, the next action and the order of applications."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from poise.content.loader import KnowledgeBase
from poise.errors import InputError
from poise.followup.application import STAGES, ApplicationView
from poise.followup.debrief import Debrief, validate_debrief
from poise.followup.pipeline import check_stage, key_points, next_action, pipeline_row, sort_rows, stage_label
from poise.followup.schedule import build_schedule

from .conftest import TODAY, debrief_data


def test_check_stage_accepts_every_stage_and_names_them_on_error() -> None:
    for stage in STAGES:
        assert check_stage(stage.upper()) == stage
    with pytest.raises(InputError) as caught:
        check_stage("ghosted")
    assert caught.value.code == "E300"
    assert "researching, applied, interviewing, offer, accepted, declined, closed" in caught.value.hint


def test_stage_label_shows_the_round_when_interviewing() -> None:
    assert stage_label("interviewing", 2) == "interviewing (round 2)"
    assert stage_label("interviewing", 0) == "interviewing"
    assert stage_label("offer", 2) == "offer"


def test_key_points_say_who_said_what(debrief: Debrief) -> None:
    points = key_points(debrief)
    assert points[0] == "Round 1 on Tuesday 7 May with Maria Lopez (COO), Sam Reed (CFO)"
    weak = "Weak answer (2/5, weak, asked by Sam Reed): Walk me through the budget of your last site."
    assert weak in points
    assert "Concern raised by Maria Lopez, open: No formal change management certification" in points
    assert "Promised: the deck from the Zaragoza consolidation" in points
    assert points[-1] == "Next: a panel with the CEO by Friday 17 May"


def test_next_action_picks_the_earliest_of_step_promise_and_expected_date(
    kb: KnowledgeBase, view: ApplicationView
) -> None:
    assert kb.followup is not None
    bank = {question.id: question.text for question in kb.questions.values()}
    data = debrief_data(promises=[{"what": "two references", "delivery": "to_follow", "by": "2024-05-09"}])
    debrief, _ = validate_debrief(data, bank=bank, today=TODAY)
    assert debrief is not None
    interviewing = replace(view, stage="interviewing", round=1)
    schedule = build_schedule(interviewing, debrief, kb.followup.schedule, today=date(2024, 5, 8))
    action = next_action(interviewing, debrief, schedule, today=date(2024, 5, 8))
    assert action is not None
    assert (action.what, action.due, action.source) == ("Send two references (promised)", date(2024, 5, 9),
                                                         "promise")
    on_the_day = next_action(interviewing, debrief, schedule, today=TODAY)
    assert on_the_day is not None and on_the_day.source == "schedule" and on_the_day.due == TODAY


def test_next_action_by_stage(view: ApplicationView, debrief: Debrief) -> None:
    for stage, expected in (("researching", "Finish your research"), ("applied", "Prepare for the first"),
                            ("offer", "Answer the offer")):
        action = next_action(replace(view, stage=stage), debrief, None, today=TODAY)
        assert action is not None and action.what.startswith(expected) and action.due is None
    for stage in ("accepted", "declined", "closed"):
        assert next_action(replace(view, stage=stage), debrief, None, today=TODAY) is None


def test_sort_rows_puts_dated_open_applications_first_and_closed_last(
    view: ApplicationView, debrief: Debrief
) -> None:
    closed = pipeline_row(replace(view, id=1, stage="closed"), debrief, None, today=TODAY)
    applied = pipeline_row(replace(view, id=2, stage="applied"), None, None, today=TODAY)
    active = replace(view, id=3, stage="interviewing", round=1)
    interviewing = pipeline_row(active, debrief, None, today=TODAY)
    assert [row.application_id for row in sort_rows([closed, applied, interviewing])] == [3, 2, 1]
    assert interviewing.to_dict()["next_action"]["due"] == "2024-05-17"
