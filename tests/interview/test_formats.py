"""Format rules: stress, projective reading, panel verdict, competency cases, biographical focus."""

from __future__ import annotations

from collections import Counter

import pytest
from fastapi.testclient import TestClient
from tests.interview.conftest import (
    DONE,
    PAUSE,
    PROJECTIVE,
    STORY,
    fake_report,
    post,
    run_questions,
    stub_tools,
)

from poise.content.loader import KnowledgeBase
from poise.interview import respond, start_interview
from poise.interview.judges import interview_content

EXCUSE = "With all due respect, I already told you. It wasn't my fault, the team let me down."

# --- stress ------------------------------------------------------------------------------------


def test_stress_first_answer_is_challenged_with_a_line_from_formats_yaml(kb: KnowledgeBase) -> None:
    state = start_interview(kb, interview_format="stress", seed=9).state
    step = respond(kb, state, STORY, seconds=30, tools=stub_tools(lambda q, a, c: set()))
    assert step.prompt.kind == "follow_up"
    line = step.state.challenges_used[-1]
    assert line in kb.formats["stress"].challenges
    assert step.prompt.text.endswith(line)
    quote = step.turn.feedback["follow_up_quote"] if step.turn else None
    assert quote and quote.rstrip("…") in STORY and f"“{quote}”" in step.prompt.text
    policy = interview_content(kb).engine.stress
    assert step.prompt.time_limit_s == policy.challenge_time_limit_s < kb.formats["stress"].time_limit_s
    assert step.state.challenges_used == [line]


def test_stress_over_time_is_interrupted_and_told_to_be_shorter(kb: KnowledgeBase) -> None:
    state = start_interview(kb, interview_format="stress", seed=9).state
    limit = state.pending.time_limit_s or 0
    step = respond(kb, state, STORY, seconds=limit * 2, tools=stub_tools(lambda q, a, c: set()))
    assert step.prompt.text.startswith("Stop there. ")
    assert step.prompt.text.endswith("Shorter. What's the point?")
    assert step.turn is not None and step.turn.feedback["over_time"]
    assert any("Cut off" in note for note in step.turn.feedback["notes"])
    cut = step.turn.feedback["cut"]
    # Twice the limit: about half the words were heard, and only they are kept and judged.
    assert cut["words_said"] == round(len(STORY.split()) / 2)
    assert step.turn.answer == cut["said"] and STORY.startswith(cut["said"])
    assert cut["said"] + " " + cut["unsaid"] == STORY


def test_an_answer_within_the_limit_is_never_interrupted(kb: KnowledgeBase) -> None:
    state = start_interview(kb, interview_format="stress", seed=9).state
    limit = state.pending.time_limit_s or 0
    step = respond(kb, state, STORY, seconds=limit - 5, tools=stub_tools(lambda q, a, c: set()))
    assert "Stop there" not in step.prompt.text
    assert step.turn is not None and not step.turn.feedback["over_time"]
    assert step.turn.feedback.get("cut") is None and step.turn.answer == STORY


def test_an_answer_cut_exactly_at_the_limit_is_over_time(kb: KnowledgeBase) -> None:
    state = start_interview(kb, interview_format="stress", seed=9).state
    limit = state.pending.time_limit_s or 0
    step = respond(kb, state, STORY, seconds=limit + 0.1, tools=stub_tools(lambda q, a, c: set()))
    assert step.turn is not None and step.turn.feedback["over_time"]
    assert step.prompt.text.startswith("Stop there.")


def test_stress_excuses_draw_the_excuse_challenge_and_cost_composure(kb: KnowledgeBase) -> None:
    state = start_interview(kb, interview_format="stress", seed=9).state
    step = respond(kb, state, EXCUSE, seconds=20)
    assert step.prompt.text.endswith("That sounds like an excuse.")
    assert "the team let me down" in step.prompt.text
    composure = step.turn.feedback["composure"] if step.turn else None
    assert composure is not None and not composure["kept"] and composure["score"] <= 2
    rules = {lapse["rule"] for lapse in composure["lapses"]}
    assert {"tone.blame", "stress.defensive"} <= rules


@pytest.mark.parametrize("reply", [
    "Well, you asked for one line, so that is what you got. Next question.",
    "Fine. Believe what you like.",
])
def test_stress_a_curt_or_sarcastic_follow_up_reply_is_a_composure_lapse_with_its_quote(
    kb: KnowledgeBase, reply: str,
) -> None:
    state = start_interview(kb, interview_format="stress", seed=9).state
    first = respond(kb, state, STORY, seconds=30)
    assert first.prompt.kind == "follow_up"
    assert first.turn is not None and first.turn.feedback["composure"]["kept"]
    second = respond(kb, first.state, reply, seconds=5)
    assert second.turn is not None and second.turn.kind == "follow_up_answer"
    composure = second.turn.feedback["composure"]
    assert not composure["kept"] and composure["score"] < 5
    assert all(lapse["quote"] and lapse["quote"] in reply for lapse in composure["lapses"])


def test_stress_composure_rules_name_every_defensive_or_curt_rule(kb: KnowledgeBase) -> None:
    named = set(interview_content(kb).engine.stress.composure_rules)
    pushback = {rule_id for rule_id, rule in kb.rules.items()
                if rule_id.startswith(("tone.", "meaning.")) and rule.severity != "low"
                and any(word in rule_id for word in ("defensive", "curt", "blame", "badmouthing"))}
    assert pushback <= named


def test_stress_second_challenge_needs_a_reason_and_the_next_question_is_curt(
    kb: KnowledgeBase,
) -> None:
    state = start_interview(kb, interview_format="stress", seed=9).state
    tools = stub_tools(lambda q, a, c: set())
    first = respond(kb, state, STORY, seconds=20, tools=tools)
    assert first.prompt.kind == "follow_up"
    second = respond(kb, first.state, "Because I did it.", seconds=10, tools=tools)
    assert second.prompt.kind == "question"
    transitions = interview_content(kb).engine.stress.transitions
    assert any(second.prompt.text.startswith(line) for line in transitions)


def test_stress_silence_at_the_limit_is_recorded_not_refused(kb: KnowledgeBase) -> None:
    state = start_interview(kb, interview_format="stress", seed=9).state
    step = respond(kb, state, "", seconds=61)
    assert step.turn is not None and step.turn.kind == "silence"
    assert step.turn.feedback["over_time"]
    assert step.prompt.kind == "question" and step.state.cursor == 1


def test_silence_to_the_limit_is_no_answer_in_every_format(kb: KnowledgeBase) -> None:
    state = start_interview(kb, interview_format="competency", seed=9).state
    limit = state.pending.time_limit_s or 0
    step = respond(kb, state, "", seconds=limit + 1)
    assert step.turn is not None and step.turn.kind == "silence" and step.state.cursor == 1


def test_stress_report_judges_composure(client: TestClient) -> None:
    created = client.post("/api/v1/sessions", json={"format": "stress", "seed": 4}).json()
    first = post(client, created["id"], EXCUSE, seconds=20)
    assert first["report"]["composure"]["kept"] is False
    closing, _ = run_questions(client, created["id"], first["prompt"], "stress")
    assert closing["text"].startswith("That's it from me")
    post(client, created["id"], DONE)
    report = client.get(f"/api/v1/sessions/{created['id']}/report").json()
    stress = report["stress"]
    assert stress["lapses"] and stress["challenges"]
    lines = _stress_lines()
    assert all(any(text.endswith(line) for line in lines) for text in stress["challenges"])
    assert "slipped" in stress["verdict"]


def _stress_lines() -> set[str]:
    from poise.content.loader import knowledge_base

    return set(knowledge_base().formats["stress"].challenges)


# --- projective ----------------------------------------------------------------------------------


def test_projective_asks_ten_or_more_rapid_questions_over_all_five_areas(kb: KnowledgeBase) -> None:
    state = start_interview(kb, interview_format="projective", seed=2).state
    assert len(state.plan) >= 10
    assert state.pending.time_limit_s is not None and state.pending.time_limit_s <= 30
    assert Counter(item.area for item in state.plan).keys() == {
        "motivation", "values", "sociability", "conflict", "clients"}
    probe_bait = stub_tools(lambda q, a, c: {"structure.no_result"})
    step = respond(kb, state, PROJECTIVE, seconds=5, tools=probe_bait)
    assert step.prompt.kind == "question"  # the projective interviewer never probes


def test_projective_reading_covers_all_five_areas_and_reads_money_only(client: TestClient) -> None:
    created = client.post("/api/v1/sessions", json={"format": "projective", "seed": 8}).json()
    run_questions(client, created["id"], created["prompt"], "projective", seconds=25)
    post(client, created["id"], DONE)
    reading = client.get(f"/api/v1/sessions/{created['id']}/report").json()["projective"]
    areas = {area["area"]: area for area in reading["areas"]}
    assert set(areas) == {"motivation", "values", "sociability", "conflict", "clients"}
    for area in areas.values():
        assert area["questions"], area["area"]
        assert area["summary"] and area["what_it_reads"]
        for entry in area["questions"]:
            assert entry["how_read"] and entry["answer"] == PROJECTIVE
    motivation = areas["motivation"]
    assert motivation["cautions"] >= 1
    assert "Money is the only motive named" in motivation["summary"]
    assert "longer than the 20 seconds" in motivation["summary"]


# --- panel ---------------------------------------------------------------------------------------


def test_panel_personas_ask_in_turn(kb: KnowledgeBase) -> None:
    state = start_interview(kb, interview_format="panel", seed=6).state
    personas = [persona.id for persona in state.personas]
    assert 2 <= len(personas) <= 4
    assert [item.persona for item in state.plan] == [personas[i % len(personas)]
                                                     for i in range(len(state.plan))]
    assert state.pending.speaker == state.personas[0].name
    for persona in state.personas:
        assert persona.name in state.pending.text  # the chair introduces the panel


def test_panel_verdict_lists_each_panellist_with_score_and_quoted_reason(client: TestClient) -> None:
    created = client.post("/api/v1/sessions", json={"format": "panel", "seed": 6}).json()
    run_questions(client, created["id"], created["prompt"], "panel")
    post(client, created["id"], PAUSE)
    post(client, created["id"], "I understand why you ask. I ran two sites in 2023. In my first 60 "
         "days I would meet every team. Does that help?")
    post(client, created["id"], DONE)
    panel = client.get(f"/api/v1/sessions/{created['id']}/report").json()["panel"]
    names = [persona["name"] for persona in created["personas"]]
    assert [item["name"] for item in panel["panellists"]] == names
    for item in panel["panellists"]:
        assert 1 <= item["score"] <= 5
        assert "“" in item["reason"] and item["evidence"]["quote"]
        assert item["evidence"]["quote"] in item["reason"]
        assert item["criterion"] and item["asked"]
        assert item["name"] in panel["memo"] and f"{item['score']}/5" in panel["memo"]
    assert panel["memo"].startswith("To: the hiring director")
    assert panel["recommendation"] in panel["memo"]
    assert "Closing:" in panel["memo"]


def test_each_panellist_scores_only_their_own_dimension(kb: KnowledgeBase) -> None:
    from poise.interview.report import build_session_report

    state = start_interview(kb, interview_format="panel", seed=6).state
    tools = stub_tools(lambda q, a, c: set())
    step = None
    while state.phase == "questions":
        step = respond(kb, state, STORY, tools=tools)
        state = step.state
    report = build_session_report(kb, state)
    dimensions = {item["persona"]: item["dimension"] for item in report["panel"]["panellists"]}
    assert dimensions == {persona.id: persona.dimension for persona in state.personas}
    assert len(set(dimensions.values())) == len(dimensions)


# --- competency and biographical -----------------------------------------------------------------


def test_competency_plan_has_situational_cases_judged_on_six_criteria(kb: KnowledgeBase) -> None:
    state = start_interview(kb, interview_format="competency", seed=12).state
    cases = [item for item in state.plan if item.case]
    assert len(cases) >= 2
    assert any(not item.case and item.behavioural for item in state.plan)


def test_biographical_answers_are_judged_on_relevance_and_brevity(kb: KnowledgeBase) -> None:
    state = start_interview(kb, interview_format="biographical", seed=3).state
    assert state.plan[0].family == "introduction"
    long_answer = " ".join([STORY] * 6)
    step = respond(kb, state, long_answer, seconds=200,
                   tools=stub_tools(lambda q, a, c: set()))
    vacancy = step.turn.feedback["vacancy"] if step.turn else None
    assert vacancy is not None
    assert vacancy["brevity"] == "too long"
    assert vacancy["relevance"] == fake_report().dimension("relevance").score
    assert step.turn is not None and step.turn.feedback["over_time"]


def _panel_report(kb: KnowledgeBase, answers: list[tuple[str, bool]]) -> dict:
    """A panel session answered with stub reports (overall, insufficient) in turn; its report."""
    from poise.interview.report import build_session_report

    step = start_interview(kb, interview_format="panel", seed=6)
    queue = list(answers)
    while step.prompt.kind in ("question", "follow_up") and queue:
        overall, thin = queue.pop(0)
        tools = stub_tools(lambda q, a, c: set(), overall=overall)
        if thin:
            tools = type(tools)(analyse=lambda q, a, c, o=overall: fake_report(set(), overall=o,
                                insufficient=True, answer=a), similarity=tools.similarity)
        step = respond(kb, step.state, STORY, seconds=30, tools=tools)
    return build_session_report(kb, step.state)


def test_one_answer_too_thin_to_judge_caps_the_panel_verdict_below_recommend(kb: KnowledgeBase) -> None:
    strong = _panel_report(kb, [(95, False)] * 6)
    assert strong["panel"]["recommendation"].startswith("Recommend") or strong["panel"]["average"] < 4
    capped = _panel_report(kb, [(95, False)] * 5 + [(18, True)])
    assert not capped["panel"]["recommendation"].startswith("Recommend")
    assert capped["panel"]["reservations"]


def test_weak_answers_pull_the_verdict_down_with_the_average(kb: KnowledgeBase) -> None:
    report = _panel_report(kb, [(30, False)] * 6)
    assert report["overall"] == 30
    assert report["panel"]["recommendation"].startswith("Do not proceed")


def test_the_report_names_questions_in_the_words_asked_and_counts_silence(kb: KnowledgeBase) -> None:
    from poise.interview.report import build_session_report

    step = start_interview(kb, interview_format="biographical", seed=2)
    opening = step.prompt.text
    step = respond(kb, step.state, STORY, seconds=30, tools=stub_tools(lambda q, a, c: set(), overall=80))
    limit = step.prompt.time_limit_s or 0
    step = respond(kb, step.state, "", seconds=limit + 1)
    report = build_session_report(kb, step.state)
    assert report["timing"]["answers"][0]["question"].rstrip("…")[:40] in opening
    assert report["timing"]["no_answer"] == 1
    assert report["overall"] == 40
    assert any("No answer to 1 question" in line for line in report["headline"])


# --- a panel shaped by the job -----------------------------------------------------------------

PANEL_JOB = (
    "Head of Operations, Northern Europe. You will lead 120 people across four warehouses and own "
    "a budget of 14 million euros. Interviews take place in two rounds: a conversation with the COO "
    "and the HR director, then a site visit with a case discussion."
)


def test_the_people_the_advert_names_are_the_panel_each_from_their_angle(kb: KnowledgeBase) -> None:
    from poise.interview import role_from_application

    role = role_from_application(application_id=1, company="Nordvik", title="Head of Operations",
                                 level="director", job_text=PANEL_JOB, fit=None)
    state = start_interview(kb, interview_format="panel", seed=3, role=role,
                            tools=stub_tools(lambda q, a, c: set())).state
    assert [(p.id, p.role) for p in state.personas] == [("functional_head", "COO"),
                                                         ("hr_partner", "HR director")]
    assert "COO" in state.pending.text and "HR director" in state.pending.text


def test_each_panellist_asks_only_from_their_own_angle(kb: KnowledgeBase) -> None:
    angles = {angle.persona: set(angle.families) for angle in interview_content(kb).engine.panel.angles}
    for seed in range(15):
        plan = start_interview(kb, interview_format="panel", seed=seed,
                               tools=stub_tools(lambda q, a, c: set())).state.plan
        for item in plan:
            if item.source in ("opening", "queue") or item.persona not in angles:
                continue
            assert item.family in angles[item.persona], (seed, item.persona, item.text)


def test_no_two_planned_questions_are_near_duplicates(kb: KnowledgeBase) -> None:
    from poise.interview.judges import embedding_similarity

    threshold = interview_content(kb).engine.panel.near_duplicate
    for fmt in ("panel", "competency", "projective"):
        for seed in range(4):
            plan = start_interview(kb, interview_format=fmt, seed=seed).state.plan
            texts = [item.text for item in plan]
            matrix = embedding_similarity(texts, texts)
            for row in range(len(texts)):
                for column in range(row + 1, len(texts)):
                    assert matrix[row][column] < threshold, (fmt, seed, texts[row], texts[column])


def test_a_reasonable_closing_question_is_answered_not_deflected(kb: KnowledgeBase) -> None:
    from poise.interview.closing import answer_candidate_question

    content = interview_content(kb)
    tools = stub_tools(lambda q, a, c: set())
    reply, _ = answer_candidate_question(kb, content, text="What would you need to see in six months?",
                                         report=None, role=None, similarity=tools.similarity)
    assert "next round" not in reply and reply != content.closing.replies.next_round
    unknown, _ = answer_candidate_question(kb, content, text="Is the parking free for staff?",
                                           report=None, role=None, similarity=tools.similarity)
    assert "don't know" in unknown


def test_every_session_ends_with_a_verdict_that_one_thin_answer_caps(kb: KnowledgeBase) -> None:
    from poise.interview.report import build_session_report

    bands = [band.verdict for band in interview_content(kb).engine.verdict.bands]
    step = start_interview(kb, interview_format="competency", seed=2)
    strong = stub_tools(lambda q, a, c: set(), overall=90)
    while step.prompt.kind in ("question", "follow_up"):
        step = respond(kb, step.state, STORY, seconds=30, tools=strong)
    assert build_session_report(kb, step.state)["verdict"] == bands[0]
    step = start_interview(kb, interview_format="competency", seed=2)
    thin = type(strong)(analyse=lambda q, a, c: fake_report(set(), overall=90, insufficient=True,
                                                                 answer=a), similarity=strong.similarity)
    step = respond(kb, step.state, "Fine.", seconds=5, tools=thin)
    while step.state.cursor == 0:  # every answer to the first question stays too thin to judge
        step = respond(kb, step.state, "Fine, really.", seconds=5, tools=thin)
    while step.prompt.kind in ("question", "follow_up"):
        step = respond(kb, step.state, STORY, seconds=30, tools=strong)
    report = build_session_report(kb, step.state)
    assert report["verdict"] != bands[0] and report["reservations"]


def test_a_short_reply_past_the_limit_is_stopped_but_not_told_to_be_shorter(kb: KnowledgeBase) -> None:
    state = start_interview(kb, interview_format="stress", seed=9).state
    tools = stub_tools(lambda q, a, c: set())
    first = respond(kb, state, STORY, seconds=20, tools=tools)
    assert first.prompt.kind == "follow_up"
    limit = first.prompt.time_limit_s or 0
    second = respond(kb, first.state, "Because I have done this exact job at a smaller scale.",
                     seconds=limit + 5, tools=tools)
    assert second.prompt.text.startswith("Stop there.")
    assert "Shorter" not in second.prompt.text


def test_one_weak_answer_keeps_the_panel_from_recommending(kb: KnowledgeBase) -> None:
    report = _panel_report(kb, [(95, False)] * 5 + [(18, False)])
    assert not report["panel"]["recommendation"].startswith("Recommend")
    assert any("18/100" in reason for reason in report["panel"]["reservations"])


def test_the_headline_says_what_held_the_verdict_back(kb: KnowledgeBase) -> None:
    report = _panel_report(kb, [(95, False)] * 5 + [(18, False)])
    verdict = next(line for line in report["headline"] if line.startswith("Panel verdict"))
    assert "Held back by a weak answer (18/100)" in verdict


def test_a_concern_met_badly_keeps_the_panel_from_recommending(kb: KnowledgeBase) -> None:
    from poise.interview.report import build_session_report

    step = start_interview(kb, interview_format="panel", seed=6)
    good = stub_tools(lambda q, a, c: set(), overall=95)
    while step.prompt.kind in ("question", "follow_up"):
        step = respond(kb, step.state, STORY, seconds=30, tools=good)
    assert step.prompt.kind == "closing"
    step = respond(kb, step.state, "Is there anything about me or my experience that gives you pause?",
                   seconds=5, tools=good)
    assert step.prompt.kind == "concern"
    poor = stub_tools(lambda q, a, c: set(), overall=30)
    step = respond(kb, step.state, "Honestly, that worry is overblown.", seconds=5, tools=poor)
    report = build_session_report(kb, step.state)
    assert report["closing"]["reply"]["overall"] == 30
    assert not report["panel"]["recommendation"].startswith("Recommend")
    assert any("did not meet it (30/100)" in reason for reason in report["panel"]["reservations"])
