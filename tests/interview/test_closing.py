"""Closing phase: the pause question in any wording, the concern, answers from the job text."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.interview.conftest import (
    CONCERN_REPLY,
    DONE,
    FIT,
    JOB_TEXT,
    PAUSE,
    STORY,
    WE_ONLY,
    post,
    run_questions,
    stub_tools,
)

from poise.content.loader import KnowledgeBase
from poise.interview import respond, role_from_application, start_interview
from poise.interview.closing import is_done, is_pause_question
from poise.interview.judges import interview_content
from poise.store import Application, ApplicationRepository, Database


@pytest.mark.parametrize("line", [
    PAUSE,
    "Is there anything that gives you pause about my candidacy?",
    "Do you have any concerns about me for this role?",
    "Is there anything that worries you about my candidacy?",
    "Do you have any reservations about my background?",
    "What, if anything, would make you hesitate to hire me?",
    "Are there any gaps in my experience you'd want me to address?",
    "Do you have any questions regarding my candidacy?",
    "Honestly, where do I stand?",
])
def test_the_pause_question_is_recognised_in_any_wording(kb: KnowledgeBase, line: str) -> None:
    assert is_pause_question(interview_content(kb), line)


@pytest.mark.parametrize("line", [
    "How will performance in this role be measured?",
    "What are the main concerns of the leadership team this year?",
    "What worries the board most about the market?",
])
def test_other_questions_are_not_taken_for_the_pause_question(kb: KnowledgeBase, line: str) -> None:
    assert not is_pause_question(interview_content(kb), line)


@pytest.mark.parametrize("line", ["No more questions, thank you.", "No, thanks.", "That's all from me.",
                                  "I don't have any other questions.", "Nope", "You've covered everything.",
                                  "No, I think you've covered everything. Thanks?"])
def test_the_candidate_ends_the_closing_phase(kb: KnowledgeBase, line: str) -> None:
    assert is_done(interview_content(kb), line)


def test_a_question_is_never_taken_for_the_end(kb: KnowledgeBase) -> None:
    assert not is_done(interview_content(kb), "That's all, but how soon would you decide?")


def _to_closing(kb: KnowledgeBase, fmt: str = "projective", **options: Any) -> Any:
    step = start_interview(kb, interview_format=fmt, seed=1, **options)
    tools = stub_tools(lambda q, a, c: set())
    state = step.state
    while state.phase == "questions":
        step = respond(kb, state, STORY, tools=tools)
        state = step.state
    return step


def test_without_an_application_a_generic_concern_is_raised_and_judged(kb: KnowledgeBase) -> None:
    step = _to_closing(kb)
    assert step.prompt.kind == "closing"
    raised = respond(kb, step.state, PAUSE)
    assert raised.prompt.kind == "concern"
    concern = raised.state.closing.concern
    assert concern is not None and concern["source"] == "generic"
    titles = {item.title for item in interview_content(kb).concerns.concerns}
    assert concern["title"] in titles
    judged = respond(kb, raised.state, CONCERN_REPLY)
    assert judged.turn is not None and judged.turn.kind == "concern_reply"
    assert judged.turn.feedback["analysis"]["phase"] == "concern_reply"
    assert judged.turn.feedback["analysis"]["question"] == raised.prompt.text
    again = respond(kb, judged.state, "Anything else that gives you pause about me?")
    assert again.prompt.kind == "reply"
    assert "told you the main one" in again.prompt.text


def test_weak_role_answers_make_the_interviewer_doubt_the_role_was_understood(
    kb: KnowledgeBase,
) -> None:
    step = start_interview(kb, interview_format="biographical", seed=1,
                           queue=["role_understanding.what_role_means_to_you"])
    weak = stub_tools(lambda q, a, c: set(), overall=30)
    state = step.state
    while state.phase == "questions":
        state = respond(kb, state, STORY, tools=weak).state
    raised = respond(kb, state, PAUSE, tools=weak)
    assert raised.state.closing.concern is not None
    assert raised.state.closing.concern["id"] == "role_understanding"


def test_with_an_application_the_top_fit_concern_is_raised(kb: KnowledgeBase) -> None:
    role = role_from_application(application_id=3, company="Nordlys", title="Head of Operations",
                                 level="director", job_text=JOB_TEXT, fit=FIT)
    assert role.requirements[0] == FIT["requirements"][0]["text"]
    step = _to_closing(kb, role=role)
    raised = respond(kb, step.state, "Do you have any reservations about my background?")
    assert raised.prompt.kind == "concern"
    assert raised.state.closing.concern is not None
    assert raised.state.closing.concern["title"] == "No change-management track record"
    assert "change programmes across several sites" in raised.prompt.text


def test_questions_are_answered_from_the_job_text_and_flagged_when_it_says(client: TestClient) -> None:
    db: Database = client.app.state.db  # type: ignore[attr-defined]
    with db.session() as session:
        application = ApplicationRepository(session).add(Application(
            company="Nordlys Logistics", title="Head of Operations", level="director",
            job_text=JOB_TEXT, fit=FIT))
        application_id = application.id
    created = client.post("/api/v1/sessions", json={"format": "projective", "seed": 2,
                                                   "application_id": application_id}).json()
    run_questions(client, created["id"], created["prompt"], "projective")
    in_job = post(client, created["id"], "Who does this role report to?")
    flags = {flag["id"] for flag in in_job["report"]["closing"]["flags"]}
    assert "closing.answered_in_job" in flags
    assert "Chief Operating Officer" in in_job["prompt"]["text"]
    assert "“" not in in_job["prompt"]["text"]  # said in the interviewer's words, not quoted
    public = post(client, created["id"], "When was the company founded, and how many employees do you have?")
    assert "closing.public_info" in {flag["id"] for flag in public["report"]["closing"]["flags"]}
    assert "website" in public["prompt"]["text"]
    unknown = post(client, created["id"], "What is the biggest thing holding the warehouse teams back?")
    assert unknown["prompt"]["kind"] == "reply"
    pay = post(client, created["id"], "What's the salary, and how big is the bonus?")
    pay_flags = pay["report"]["closing"]["flags"]
    # the analyser's finding is the flag, once, with the kind's own reason
    assert [flag["id"] for flag in pay_flags] == ["closing.question_to_avoid"]
    assert "salary" in pay_flags[0]["message"].lower()
    raised = post(client, created["id"], PAUSE)
    assert raised["prompt"]["kind"] == "concern"
    assert "No change-management track record" in raised["prompt"]["text"]
    post(client, created["id"], CONCERN_REPLY)
    post(client, created["id"], DONE)
    report = client.get(f"/api/v1/sessions/{created['id']}/report").json()
    assert report["session"]["application"]["id"] == application_id
    assert report["closing"]["concern"]["source"] == "fit"
    assert report["closing"]["concern"]["title"] == "No change-management track record"


def test_the_interviewer_runs_out_of_time_after_many_questions(kb: KnowledgeBase) -> None:
    step = _to_closing(kb)
    state = step.state
    limit = interview_content(kb).closing.max_questions
    for _ in range(limit):
        step = respond(kb, state, "What would my first priority be?", tools=stub_tools(lambda q, a, c: set()))
        state = step.state
    assert step.prompt.kind == "end"
    assert state.closing.ended_by == "time"


def test_a_statement_is_met_with_an_invitation_to_ask(kb: KnowledgeBase) -> None:
    step = _to_closing(kb)
    reply = respond(kb, step.state, "Thank you, I have really enjoyed this conversation.")
    assert reply.prompt.kind == "reply"
    assert reply.turn is not None and reply.turn.kind == "statement"


# --- a personal concern ----------------------------------------------------------------------


def _raise_concern(kb: KnowledgeBase, answers: list[str], *, role=None, tools=None):  # type: ignore[no-untyped-def]
    step = start_interview(kb, interview_format="competency", seed=4, role=role)
    for answer in answers:
        if step.prompt.kind not in ("question", "follow_up"):
            break
        step = respond(kb, step.state, answer, seconds=30, tools=tools)
    while step.prompt.kind in ("question", "follow_up"):
        step = respond(kb, step.state, answers[-1], seconds=30, tools=tools)
    return respond(kb, step.state, PAUSE, tools=tools)


def test_with_an_application_the_concern_is_spoken_without_arrows_or_labels(kb: KnowledgeBase) -> None:
    fit = {**FIT, "concerns": [{
        "id": "c1", "kind": "scope_step_up",
        "title": "Step up in scope: team of 25 → 140; budget 3.1M → 14M",
        "why": "The role is bigger.", "severity": "high", "evidence": [], "answer_plan": {},
        "question": "This role is bigger than anything you have run so far: team of 25 → 140; "
                    "budget 3.1M → 14M. Why are you ready for that?"}]}
    role = role_from_application(application_id=1, company="Acme", title="Director", level="director",
                                 job_text=JOB_TEXT, fit=fit)
    raised = _raise_concern(kb, [STORY], role=role, tools=stub_tools(lambda q, a, c: set()))
    said = raised.prompt.text
    assert "→" not in said and "Step up in scope" not in said
    assert "25" in said and "140" in said and "14 million" in said
    concern = raised.state.closing.concern
    assert concern is not None and concern["personal"]
    assert "budget" in concern["model_reply"].lower() or "step up" in concern["model_reply"].lower()
    assert "certif" not in concern["model_reply"].lower()


def test_without_an_application_the_concern_quotes_what_the_candidate_said(kb: KnowledgeBase) -> None:
    raised = _raise_concern(kb, [WE_ONLY])
    concern = raised.state.closing.concern
    assert concern is not None and concern["source"] == "session" and concern["personal"]
    quote = concern["quote"].rstrip("…")
    assert quote and quote in WE_ONLY and quote in raised.prompt.text


def test_a_stated_scale_becomes_the_concern_when_nothing_else_stands_out(kb: KnowledgeBase) -> None:
    raised = _raise_concern(kb, [STORY], tools=stub_tools(lambda q, a, c: set()))
    concern = raised.state.closing.concern
    # The stub analyser gives no sentence roles, so the session offers nothing: generic, and said so.
    assert concern is not None and not concern["personal"] and concern["note"]


def test_a_generic_concern_is_said_to_be_generic_in_the_report(kb: KnowledgeBase) -> None:
    from poise.interview.report import build_session_report

    raised = _raise_concern(kb, [STORY], tools=stub_tools(lambda q, a, c: set()))
    judged = respond(kb, raised.state, CONCERN_REPLY, tools=stub_tools(lambda q, a, c: set()))
    ended = respond(kb, judged.state, DONE)
    report = build_session_report(kb, ended.state)
    assert report["closing"]["concern"]["personal"] is False
    assert "generic" in report["closing"]["result"]


def test_the_report_names_a_fit_concern_without_its_shorthand(kb: KnowledgeBase) -> None:
    from poise.interview.report import build_session_report

    fit = {**FIT, "concerns": [{
        "id": "c1", "kind": "scope_step_up",
        "title": "Step up in scope: team of 48 → 160; first P&L ownership",
        "why": "Bigger.", "severity": "high", "evidence": [], "answer_plan": {},
        "question": "This role is bigger than anything you have run so far: team of 48 → 160; first "
                    "P&L ownership. Why are you ready for that?"}]}
    role = role_from_application(application_id=1, company="Acme", title="GM", level="director",
                                 job_text=JOB_TEXT, fit=fit)
    tools = stub_tools(lambda q, a, c: set())
    raised = _raise_concern(kb, [STORY], role=role, tools=tools)
    ended = respond(kb, respond(kb, raised.state, CONCERN_REPLY, tools=tools).state, DONE)
    report = build_session_report(kb, ended.state)
    assert report["closing"]["concern"]["title"] == "Step up in scope"
    assert "→" not in " ".join(report["headline"])


def test_a_fit_concern_s_model_reply_is_its_own_plan_said_in_full(kb: KnowledgeBase) -> None:
    """A concern of the fit map gets its own drafted reply as the model, with the candidate's
    figures, not the kind's template with "[your largest scope, with numbers]" to fill; a
    concern drawn from elsewhere keeps the template."""
    from poise.interview.closing import _with_plan

    content = interview_content(kb)
    plan = {"acknowledge": "I understand why you ask: this would be a step up from a team of 520.",
            "evidence": "At NordTec I run a plant of 520 people with its P&L.",
            "plan": "In my first 30 days I would meet every manager one to one.",
            "check_back": "Would that give you enough confidence?"}
    fit = _with_plan(content, {"kind": "scope_step_up", "source": "fit", "answer_plan": dict(plan)})
    assert fit["model_reply"] == " ".join(plan.values())
    assert "[" not in fit["model_reply"]
    generic = _with_plan(content, {"kind": "scope_step_up", "source": "generic"})
    assert generic["model_reply"] and generic["model_reply"] != fit["model_reply"]
    partial = _with_plan(content, {"kind": "scope_step_up", "source": "fit",
                                   "answer_plan": {**plan, "evidence": ""}})
    assert partial["model_reply"] == generic["model_reply"]
