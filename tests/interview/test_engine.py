"""The engine: determinism, JSON state, the plan, practice vs real mode, report and progress."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.interview.conftest import (
    CONCERN_REPLY,
    DONE,
    FIT,
    FORMATS,
    JOB_TEXT,
    PAUSE,
    STORY,
    post,
    run_questions,
    stub_tools,
)

from poise.content.loader import KnowledgeBase
from poise.errors import InputError
from poise.interview import (
    SessionState,
    build_session_report,
    progress,
    respond,
    role_from_application,
    start_interview,
)
from poise.interview.judges import interview_content


def _script(
    kb: KnowledgeBase, fmt: str, seed: int, *, pause: bool = True
) -> tuple[list[str], dict[str, Any]]:
    """Run a whole session with the real analyser; return every prompt text and the report."""
    step = start_interview(kb, interview_format=fmt, seed=seed)
    prompts = [step.prompt.text]
    while step.state.phase == "questions":
        step = respond(kb, step.state, STORY, seconds=20)
        prompts.append(step.prompt.text)
    lines = [PAUSE, CONCERN_REPLY, DONE] if pause else [DONE]
    for line in lines:
        step = respond(kb, step.state, line, seconds=20)
        prompts.append(step.prompt.text)
    assert step.report is not None
    return prompts, step.report


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_seed_gives_the_same_plan(kb: KnowledgeBase, fmt: str) -> None:
    first = start_interview(kb, interview_format=fmt, seed=123).state
    second = start_interview(kb, interview_format=fmt, seed=123).state
    assert [item.to_dict() for item in first.plan] == [item.to_dict() for item in second.plan]
    assert first.pending == second.pending


def test_different_seeds_give_different_plans(kb: KnowledgeBase) -> None:
    plans = {tuple(item.question_id for item in start_interview(
        kb, interview_format="competency", seed=seed).state.plan) for seed in range(6)}
    assert len(plans) > 1


def test_a_whole_session_is_deterministic_given_the_seed(kb: KnowledgeBase) -> None:
    first_prompts, first_report = _script(kb, "stress", 77)
    second_prompts, second_report = _script(kb, "stress", 77)
    assert first_prompts == second_prompts
    assert json.dumps(first_report, sort_keys=True) == json.dumps(second_report, sort_keys=True)


def test_state_is_plain_json_and_survives_a_round_trip(kb: KnowledgeBase) -> None:
    step = start_interview(kb, interview_format="panel", seed=8)
    step = respond(kb, step.state, "Do you mean this role in particular?")
    step = respond(kb, step.state, STORY, seconds=40)
    data = json.loads(json.dumps(step.state.to_dict()))
    restored = SessionState.from_dict(data)
    assert restored.to_dict() == step.state.to_dict()
    tools = stub_tools(lambda q, a, c: set())
    assert respond(kb, restored, STORY, tools=tools).prompt == respond(kb, step.state, STORY,
                                                                       tools=tools).prompt


def test_respond_never_changes_the_state_it_is_given(kb: KnowledgeBase) -> None:
    state = start_interview(kb, interview_format="competency", seed=8).state
    before = json.dumps(state.to_dict(), sort_keys=True)
    respond(kb, state, STORY, tools=stub_tools(lambda q, a, c: {"structure.no_result"}))
    assert json.dumps(state.to_dict(), sort_keys=True) == before


def test_unknown_format_and_mode_are_input_errors(kb: KnowledgeBase) -> None:
    with pytest.raises(InputError, match="karaoke"):
        start_interview(kb, interview_format="karaoke", seed=1)
    with pytest.raises(InputError, match="mode"):
        start_interview(kb, interview_format="panel", seed=1, mode="rehearsal")


# --- the plan --------------------------------------------------------------------------------------


def test_queued_questions_come_first(kb: KnowledgeBase) -> None:
    queue = ["failures.biggest_failure", "salary.expectations", "not.a_question"]
    state = start_interview(kb, interview_format="competency", seed=4, queue=queue).state
    assert state.plan[0].question_id == "failures.biggest_failure"
    assert state.plan[0].source == "queue"
    assert any("not.a_question" in note for note in state.notes)


def test_an_application_brings_tailored_and_role_questions(kb: KnowledgeBase) -> None:
    role = role_from_application(application_id=1, company="Nordlys", title="Head of Operations",
                                 level="director", job_text=JOB_TEXT, fit=FIT)
    state = start_interview(kb, interview_format="competency", seed=4, role=role).state
    tailored = [item for item in state.plan if item.source == "tailored"]
    assert len(tailored) == interview_content(kb).engine.plan.tailored["competency"]
    musts = {item["text"] for item in FIT["requirements"] if item["must"]}
    assert {item.requirement for item in tailored} <= musts
    for item in tailored:
        assert f"“{item.requirement}”" in item.text
    assert any(item.family == "role_understanding" for item in state.plan)


def test_role_context_tolerates_a_missing_fit_map(kb: KnowledgeBase) -> None:
    role = role_from_application(application_id=1, company="Nordlys", title="Head", level="director",
                                 job_text=JOB_TEXT, fit=None)
    assert role.requirements and role.concern is None and not role.has_fit
    state = start_interview(kb, interview_format="biographical", seed=4, role=role).state
    assert any("no fit map" in note for note in state.notes)


# --- modes -----------------------------------------------------------------------------------------


def test_real_mode_shows_nothing_until_the_end(client: TestClient) -> None:
    created = client.post("/api/v1/sessions", json={"format": "competency", "seed": 5,
                                                   "mode": "real"}).json()
    assert created["mode"] == "real"
    _, results = run_questions(client, created["id"], created["prompt"], "competency")
    assert results and all(result["report"] is None for result in results)
    early = client.get(f"/api/v1/sessions/{created['id']}/report")
    assert early.status_code == 400 and early.json()["error"]["code"] == "E341"
    for line in (PAUSE, CONCERN_REPLY):
        assert post(client, created["id"], line)["report"] is None
    ended = post(client, created["id"], DONE)
    assert ended["report"] is None and ended["prompt"]["kind"] == "end"
    report = client.get(f"/api/v1/sessions/{created['id']}/report").json()
    assert report["session"]["mode"] == "real"
    answered = [turn for turn in report["turns"] if turn["kind"] == "answer"]
    assert answered and all(turn["feedback"]["analysis"] for turn in answered)


def test_practice_mode_gives_feedback_after_each_answer_and_a_report_so_far(client: TestClient) -> None:
    created = client.post("/api/v1/sessions", json={"format": "competency", "seed": 5}).json()
    first = post(client, created["id"], STORY, seconds=30)
    assert first["report"]["analysis"]["overall"] >= 0
    assert first["report"]["seconds"] == 30
    partial = client.get(f"/api/v1/sessions/{created['id']}/report").json()
    assert partial["session"]["status"] == "in_progress"
    assert partial["headline"][0].startswith("This session is still in progress")


# --- the report ------------------------------------------------------------------------------------


def test_the_report_says_first_when_the_pause_question_was_never_asked(kb: KnowledgeBase) -> None:
    _, report = _script(kb, "projective", 5, pause=False)
    never = " ".join(interview_content(kb).closing.pause.never_asked.split())
    assert report["headline"][0] == never
    assert next(iter(report)) == "headline"
    assert report["pause_question"] == {"asked": False, "message": never}
    assert report["fix_first"][0]["rule"] == "closing.no_pause_question"
    assert report["closing"]["notes"]  # and no questions at all


def test_when_the_pause_question_was_asked_the_report_leads_with_its_result(kb: KnowledgeBase) -> None:
    _, report = _script(kb, "projective", 5)
    assert report["headline"][0].startswith("You asked what gives the interviewer pause")
    assert all(fix["rule"] != "closing.no_pause_question" for fix in report["fix_first"])


def test_the_report_has_turns_averages_fixes_and_timing(kb: KnowledgeBase) -> None:
    step = start_interview(kb, interview_format="competency", seed=5)
    tools = stub_tools(lambda q, a, c: {"evidence.no_numbers"} if "turnaround" not in q else set())
    state = step.state
    while state.phase == "questions":
        state = respond(kb, state, STORY, seconds=200, tools=tools).state
    report = build_session_report(kb, state)
    assert report["session"]["questions_asked"] == len(state.plan)
    assert report["dimensions"]["structure"]["average"] == 3.0
    assert report["fix_first"][0]["rule"] in {"evidence.no_numbers", "timing.over_limit"}
    assert report["timing"]["over_limit"] >= len(state.plan)
    assert len(report["turns"]) == len(state.turns)
    assert report["families"]


def test_progress_follows_families_and_dimensions_across_sessions(kb: KnowledgeBase) -> None:
    _, first = _script(kb, "projective", 1)
    second = json.loads(json.dumps(first))
    second["overall"] = first["overall"] + 10
    second["families"]["projective"]["overall"] = first["families"]["projective"]["overall"] + 10
    result = progress(kb, [
        {"id": 1, "ended_at": "2026-01-01T10:00:00+00:00", "format": "projective", "report": first},
        {"id": 2, "ended_at": "2026-01-08T10:00:00+00:00", "format": "projective", "report": second},
        {"id": 3, "ended_at": None, "format": "panel", "report": None},
    ])
    assert result["sessions"] == 2
    family = next(item for item in result["by_family"] if item["family"] == "projective")
    assert family["change"] == 10 and family["sessions"] == 2
    assert [item["dimension"] for item in result["by_dimension"]] == [
        "structure", "evidence", "ownership", "relevance", "concision", "tone", "family"]
    assert result["overall"]["latest"] == first["overall"] + 10
    assert result["pause_question_asked"] == 2


def test_an_interruption_is_never_planned_as_a_main_question(kb: KnowledgeBase) -> None:
    for seed in range(40):
        plan = start_interview(kb, interview_format="stress", seed=seed).state.plan
        assert all(item.question_id != "stress_resistance.cut_short" for item in plan)
