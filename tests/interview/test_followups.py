"""Follow-ups from the report (at most two per question), case probes and clarifying questions."""

from __future__ import annotations

import re

import pytest
from tests.interview.conftest import CASE, STORY, WE_ONLY, fake_report, stub_tools

from poise.analysis import AnalysisContext
from poise.content.loader import KnowledgeBase
from poise.interview import SessionState, Tools, respond, start_interview
from poise.interview.followups import is_clarifying
from poise.interview.judges import interview_content

GAP_RULES = {
    "no_actions": "structure.no_actions",
    "no_result": "structure.no_result",
    "only_we": "ownership.we_only",
    "vague": "evidence.vague",
}
DEFAULT_LINES = {
    "no_actions": "What exactly did you do?",
    "no_result": "What was the outcome, in numbers?",
    "only_we": "What was your own part?",
    "vague": "Can you give me one specific example?",
}


def _grounded(text: str, line: str, answer: str) -> bool:
    """True when ``text`` asks ``line`` after quoting the candidate's own words from ``answer``."""
    quotes = re.findall(r"“([^”]+)”", text)
    return text.endswith(line) and any(quote.rstrip("…") in answer for quote in quotes)


def _behavioural_state(kb: KnowledgeBase, *, queue: list[str]) -> SessionState:
    return start_interview(kb, interview_format="competency", seed=5, queue=queue).state


@pytest.mark.parametrize("gap", sorted(GAP_RULES))
def test_each_missing_part_draws_the_questions_own_follow_up(kb: KnowledgeBase, gap: str) -> None:
    state = _behavioural_state(kb, queue=["achievements.turnaround"])
    question = kb.questions["achievements.turnaround"]
    tools = stub_tools(lambda q, a, c: {GAP_RULES[gap]})
    step = respond(kb, state, STORY, seconds=40, tools=tools)
    assert step.prompt.kind == "follow_up"
    assert _grounded(step.prompt.text, getattr(question.follow_ups, gap), STORY)
    assert step.prompt.speaker == state.personas[0].name
    assert step.turn is not None and step.turn.feedback["follow_up"] == step.prompt.text


@pytest.mark.parametrize("gap", sorted(GAP_RULES))
def test_without_its_own_line_the_default_follow_up_is_asked(kb: KnowledgeBase, gap: str) -> None:
    state = _behavioural_state(kb, queue=["achievements.turnaround"])
    state.plan[0] = type(state.plan[0]).from_dict({**state.plan[0].to_dict(), "follow_ups": {}})
    step = respond(kb, state, STORY, tools=stub_tools(lambda q, a, c: {GAP_RULES[gap]}))
    assert _grounded(step.prompt.text, DEFAULT_LINES[gap], STORY)


def test_the_interviewer_defaults_are_those_of_the_issue(kb: KnowledgeBase) -> None:
    gaps = {gap.id: gap.ask for gap in interview_content(kb).engine.follow_ups.gaps}
    assert gaps == DEFAULT_LINES


def test_gaps_are_probed_in_order_and_at_most_twice_per_question(kb: KnowledgeBase) -> None:
    state = _behavioural_state(kb, queue=["achievements.turnaround"])
    question = kb.questions["achievements.turnaround"]
    every_gap = stub_tools(lambda q, a, c: set(GAP_RULES.values()))
    first = respond(kb, state, STORY, tools=every_gap)
    assert _grounded(first.prompt.text, question.follow_ups.no_actions, STORY)
    second = respond(kb, first.state, "I led it with the planners.", tools=every_gap)
    assert _grounded(second.prompt.text, question.follow_ups.only_we, "I led it with the planners.")
    third = respond(kb, second.state, "It went well.", tools=every_gap)
    assert third.prompt.kind == "question"
    assert third.state.cursor == 1
    kinds = [turn.kind for turn in third.state.turns]
    assert kinds == ["answer", "follow_up_answer", "follow_up_answer"]


def test_a_follow_up_answer_is_judged_with_the_first_answer(kb: KnowledgeBase) -> None:
    seen: list[str] = []

    def record(question: str, answer: str, context: AnalysisContext) -> set[str]:
        seen.append(answer)
        return {"ownership.we_only"} if len(seen) == 1 else set()

    state = _behavioural_state(kb, queue=["achievements.turnaround"])
    first = respond(kb, state, WE_ONLY, tools=stub_tools(record))
    second = respond(kb, first.state, "I chose the new carriers myself.", tools=stub_tools(record))
    assert seen[1] == WE_ONLY + " I chose the new carriers myself."
    assert second.prompt.kind == "question"


def test_a_complete_answer_moves_on_to_the_next_question(kb: KnowledgeBase) -> None:
    state = _behavioural_state(kb, queue=["achievements.turnaround", "failures.biggest_failure"])
    step = respond(kb, state, STORY, tools=stub_tools(lambda q, a, c: set()))
    assert step.prompt.kind == "question"
    assert step.prompt.question_id == state.plan[1].question_id


def test_a_thin_answer_is_asked_for_more(kb: KnowledgeBase) -> None:
    state = _behavioural_state(kb, queue=["achievements.turnaround"])
    tools = stub_tools(lambda q, a, c: set())
    thin = Tools(analyse=lambda q, a, c: fake_report(set(), insufficient=True, answer=a),
                 similarity=tools.similarity)
    step = respond(kb, state, "It went fine.", tools=thin)
    assert step.prompt.kind == "follow_up"
    assert _grounded(step.prompt.text, kb.questions["achievements.turnaround"].follow_ups.vague,
                     "It went fine.")


def test_real_analysis_of_an_all_we_story_asks_for_the_candidates_own_part(kb: KnowledgeBase) -> None:
    state = _behavioural_state(kb, queue=["achievements.proudest_result"])
    step = respond(kb, state, WE_ONLY, seconds=35)
    assert step.turn is not None
    assert "ownership.we_only" in {f["rule"] for f in step.turn.feedback["analysis"]["findings"]}
    assert step.prompt.kind == "follow_up"
    assert _grounded(step.prompt.text, kb.questions["achievements.proudest_result"].follow_ups.only_we,
                     WE_ONLY)


def test_case_answers_are_probed_on_their_missing_criteria(kb: KnowledgeBase) -> None:
    state = _behavioural_state(kb, queue=["competency_cases.key_client_threatens_to_leave"])
    assert state.plan[0].case
    slogan = "I would set a clear goal for the team, control the execution and keep everyone motivated."
    step = respond(kb, state, slogan, tools=stub_tools(lambda q, a, c: set()))
    case = step.turn.feedback["case"] if step.turn else None
    assert case is not None
    missing = [item["id"] for item in case["criteria"] if not item["met"]]
    assert missing[0] == "diagnosis"
    own = kb.questions["competency_cases.key_client_threatens_to_leave"].follow_ups.vague
    assert step.prompt.kind == "follow_up" and _grounded(step.prompt.text, own, slogan)


def test_a_full_case_answer_covers_all_six_criteria(kb: KnowledgeBase) -> None:
    state = _behavioural_state(kb, queue=["competency_cases.key_client_threatens_to_leave"])
    step = respond(kb, state, CASE, tools=stub_tools(lambda q, a, c: set()))
    case = step.turn.feedback["case"] if step.turn else None
    assert case is not None and case["met"] == 6 and case["score"] == 5
    assert step.prompt.kind == "question"


@pytest.mark.parametrize("line", [
    "Do you mean in my current role, or across my career?",
    "Sorry, by difficult do you mean underperforming?",
    "Just to clarify, are you asking about a team I led or one I joined?",
    "Should I talk about a client or an internal stakeholder?",
    "Which team do you mean?",
])
def test_clarifying_questions_are_recognised(kb: KnowledgeBase, line: str) -> None:
    assert is_clarifying(interview_content(kb), line)


@pytest.mark.parametrize("line", [
    "To be clear, I led the whole programme and I chose the suppliers myself.",
    STORY,
    "Why would anyone stay in a job like that for ten years when the market pays more and the "
    "work is the same everywhere, and the managers never change anything that matters anyway?",
])
def test_answers_are_not_mistaken_for_clarifying_questions(kb: KnowledgeBase, line: str) -> None:
    assert not is_clarifying(interview_content(kb), line)


def test_a_clarifying_question_is_answered_from_really_asking_and_not_counted(
    kb: KnowledgeBase,
) -> None:
    state = _behavioural_state(kb, queue=["people_management.difficult_employee"])
    question = kb.questions["people_management.difficult_employee"]
    calls: list[str] = []
    tools = stub_tools(lambda q, a, c: calls.append(a) or set())
    step = respond(kb, state, "Do you mean someone who underperformed, or whose behaviour was "
                   "the problem?", tools=tools)
    assert step.prompt.kind == "reply"
    first_sentence = question.really_asking.split(". ")[0].rstrip(".")
    expected = first_sentence[0].lower() + first_sentence[1:]
    assert expected in " ".join(step.prompt.text.split())
    assert step.turn is not None and step.turn.kind == "clarification"
    assert step.turn.feedback["analysis"] is None
    assert calls == [] and step.state.cursor == 0
    assert step.state.thread is not None and step.state.thread.answers == []
    answered = respond(kb, step.state, STORY, tools=tools)
    assert calls == [STORY]
    assert answered.turn is not None and answered.turn.kind == "answer"


def test_a_third_clarifying_question_counts_as_an_answer(kb: KnowledgeBase) -> None:
    state = _behavioural_state(kb, queue=["people_management.difficult_employee"])
    tools = stub_tools(lambda q, a, c: set())
    step = respond(kb, state, "Do you mean now?", tools=tools)
    step = respond(kb, step.state, "Do you mean in this company?", tools=tools)
    step = respond(kb, step.state, "Do you mean ever?", tools=tools)
    assert step.turn is not None and step.turn.kind == "answer"


# --- grounded, never repeated -------------------------------------------------------------------


def test_a_line_asked_once_is_not_asked_again_later_in_the_session(kb: KnowledgeBase) -> None:
    state = _behavioural_state(kb, queue=["achievements.turnaround", "failures.biggest_failure"])
    for index in (0, 1):
        state.plan[index] = type(state.plan[index]).from_dict(
            {**state.plan[index].to_dict(), "follow_ups": {}})
    only_we = stub_tools(lambda q, a, c: {"ownership.we_only"})
    first = respond(kb, state, WE_ONLY, tools=only_we)
    moved = respond(kb, first.state, "I chose the carriers myself.", tools=stub_tools(lambda q, a, c: set()))
    assert moved.prompt.kind == "question"
    second = respond(kb, moved.state, WE_ONLY, tools=only_we)
    assert second.prompt.kind == "follow_up"
    lines = second.state.challenges_used
    assert len(lines) == len(set(lines)) == 2
    assert not second.prompt.text.endswith(DEFAULT_LINES["only_we"])


def test_a_second_probe_quotes_the_answer_it_follows(kb: KnowledgeBase) -> None:
    state = _behavioural_state(kb, queue=["achievements.turnaround"])
    every_gap = stub_tools(lambda q, a, c: set(GAP_RULES.values()))
    first = respond(kb, state, STORY, tools=every_gap)
    reply = "I renegotiated the contracts with two carriers in May."
    second = respond(kb, first.state, reply, tools=every_gap)
    quote = second.turn.feedback["follow_up_quote"] if second.turn else None
    assert quote and quote.rstrip("…") in reply


def _stress_item_state(kb: KnowledgeBase, family: str, seed: int) -> SessionState:
    state = start_interview(kb, interview_format="stress", seed=seed).state
    question = next(q for q in kb.questions.values() if q.family == family and "stress" in q.formats)
    state.plan[0] = type(state.plan[0]).from_dict({
        **state.plan[0].to_dict(), "family": family, "question_id": question.id, "text": question.text,
        "behavioural": question.behavioural, "source": "bank"})
    return state


def test_a_challenge_fits_the_question_and_the_answer(kb: KnowledgeBase) -> None:
    job_answer = "Probably earning the trust of the warehouse managers while we change the shift model."
    for seed in range(12):
        state = _stress_item_state(kb, "success_in_role", seed)
        step = respond(kb, state, job_answer, seconds=20, tools=stub_tools(lambda q, a, c: set()))
        assert "Other candidates have done more" not in step.prompt.text
        assert "heard that same answer" not in step.prompt.text
    for seed in range(12):
        state = _stress_item_state(kb, "salary", seed)
        step = respond(kb, state, "I am looking for 120,000 in base salary.", seconds=20,
                       tools=stub_tools(lambda q, a, c: set()))
        assert "heard that same answer" not in step.prompt.text


def test_no_challenge_is_repeated_in_a_stress_session(kb: KnowledgeBase) -> None:
    step = start_interview(kb, interview_format="stress", seed=3)
    tools = stub_tools(lambda q, a, c: {"evidence.no_numbers"})
    prompts = []
    while step.prompt.kind in ("question", "follow_up"):
        prompts.append(step.prompt.text)
        step = respond(kb, step.state, STORY, seconds=20, tools=tools)
    lines = step.state.challenges_used
    assert len(lines) == len(set(lines))
    assert len(prompts) == len(set(prompts))


def test_a_finding_the_follow_up_answer_fixes_is_shown_as_resolved(kb: KnowledgeBase) -> None:
    answers: list[str] = []

    def record(question: str, answer: str, context: AnalysisContext) -> set[str]:
        answers.append(answer)
        return {"ownership.we_only", "delivery.fillers"} if len(answers) == 1 else {"delivery.fillers"}

    state = _behavioural_state(kb, queue=["achievements.turnaround"])
    first = respond(kb, state, WE_ONLY, tools=stub_tools(record))
    second = respond(kb, first.state, "I chose the new carriers myself.", tools=stub_tools(record))
    feedback = second.state.turns[-1].feedback
    assert [item["rule"] for item in feedback["resolved"]] == ["ownership.we_only"]
    assert feedback["resolved"][0]["message"]  # shown with its message, not an id
    assert first.state.turns[-1].feedback.get("resolved") is None  # a first answer clears nothing


def test_a_follow_up_that_supplies_the_missing_steps_resolves_no_steps(kb: KnowledgeBase) -> None:
    state = _behavioural_state(kb, queue=["weaknesses.greatest_weakness"])
    first = respond(kb, state, (
        "My biggest weakness is that I take on too much myself instead of handing work to my team. "
        "It has slowed projects down more than once, and people on my team have said so."), seconds=30)
    assert first.turn is not None
    assert "weaknesses.no_steps" in {item["rule"] for item in first.turn.feedback["analysis"]["findings"]}
    assert first.prompt.kind == "follow_up"
    second = respond(kb, first.state, (
        "Last spring I started handing each new client project to one of my two senior analysts and "
        "I only review the plan at the start and the draft at the end. I also blocked Friday "
        "afternoons for coaching them. Since then two projects shipped a week early."), seconds=40)
    feedback = second.state.turns[-1].feedback
    assert "weaknesses.no_steps" in {item["rule"] for item in feedback["resolved"]}
    assert "weaknesses.no_steps" not in {item["rule"] for item in feedback["analysis"]["findings"]}


def test_fix_first_says_when_a_follow_up_put_the_answer_right(kb: KnowledgeBase) -> None:
    # the session report counts the first answer (a real interviewer may not ask again), but it
    # must not contradict the "Resolved by your follow-up" the candidate saw during the session
    from poise.interview import build_session_report

    seen: list[str] = []

    def record(question: str, answer: str, context: AnalysisContext) -> set[str]:
        seen.append(answer)
        return {"ownership.we_only"} if len(seen) == 1 else set()

    state = _behavioural_state(kb, queue=["achievements.turnaround"])
    first = respond(kb, state, WE_ONLY, tools=stub_tools(record))
    second = respond(kb, first.state, "I chose the new carriers myself.", tools=stub_tools(record))
    fixes = build_session_report(kb, second.state)["fix_first"]
    fix = next(item for item in fixes if item["rule"] == "ownership.we_only")
    assert "put right after a follow-up" in fix["message"]
