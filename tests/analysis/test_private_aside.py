"""A sentence that names private life as an aside, against one about work that only mentions it
(analysis/private_aside.py), and through the analyser as ``relevance.digression`` (examples
written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.matching import Match
from poise.analysis.private_aside import about_work
from poise.analysis.text import parse

WORK = frozenset({"job", "role", "salary", "office", "manager"})


def _about_work(text: str, phrase: str) -> bool:
    sent = parse(text).sentences[0]
    start = text.index(phrase)
    return about_work(sent, [Match(start, start + len(phrase), phrase)], WORK)


@pytest.mark.parametrize(("text", "phrase"), [
    # the private thing only in a clause joined to a work clause: a cost of the work
    ("Some weeks I stay at the plant till nine, and my husband is not impressed.", "my husband"),
    # in a clause under a preposition: a sailing of the ferry, not a hobby
    ("The harbour master and I argued about whether to cancel the evening sailing.",
     "I argued about whether to cancel the evening sailing"),
    # the last of a run of clauses set side by side
    ("I was on site at five every day, I left at nine at night, I hardly saw my children.",
     "my children"),
    # the relative owns a thing of work: a move to talk through
    ("The one thing to settle is the start date, because my wife's job ends in June.", "my wife"),
])
def test_mentions_inside_a_sentence_about_work(text: str, phrase: str) -> None:
    assert _about_work(text, phrase)


@pytest.mark.parametrize(("text", "phrase"), [
    ("By the way, I also love sailing and I race a dinghy on weekends with my son.",
     "I also love sailing"),
    ("My sister-in-law, who I go walking with every Easter, swears by lists.", "My sister-in-law"),
    ("Last summer my kids and I walked the whole of the Pembrokeshire coast.", "my kids"),
    # a relative who owns nothing of work is still the sentence's subject
    ("My wife's garden won a prize at the county show this year.", "My wife"),
])
def test_asides_about_private_life(text: str, phrase: str) -> None:
    assert not _about_work(text, phrase)


def test_pointing_back_at_the_story_is_about_work() -> None:
    text = "My husband still laughs at me about those nights."
    sent = parse(text).sentences[0]
    match = [Match(0, len("My husband"), "My husband")]
    assert about_work(sent, match, WORK, frozenset({"night", "nights", "shift"}))
    # the nights were never named before: an aside of its own
    assert not about_work(sent, match, WORK, frozenset({"shift"}))


def test_no_match_on_a_word_reads_nothing() -> None:
    sent = parse("I ran the depot.").sentences[0]
    assert not about_work(sent, [], WORK)


RULE = "relevance.digression"
QUESTION = "Tell me about a time you improved a process."


def _fired(answer: str) -> set[str]:
    report = analyse(QUESTION, answer, context=AnalysisContext(family="past_behaviour"))
    return set(report.rules_fired())


def test_family_mentioned_as_the_cost_of_long_days_is_no_digression() -> None:
    answer = (
        "In 2022 our invoice approval took eleven days on average. I mapped the steps with the "
        "finance team and removed two approvals that added nothing. For a month I was in at six "
        "every day, I stayed till nine at night, I barely saw my kids that month. I then moved "
        "the remaining approvals into the ERP workflow. Approval time fell to three days within "
        "a quarter."
    )
    assert RULE not in _fired(answer)


def test_a_hobby_told_for_itself_is_still_a_digression() -> None:
    answer = (
        "In 2022 our invoice approval took eleven days on average. I mapped the steps with the "
        "finance team and removed two approvals that added nothing. By the way, I also love "
        "sailing and I race a small boat on weekends with my daughter. I then moved the remaining "
        "approvals into the ERP workflow. Approval time fell to three days within a quarter."
    )
    assert RULE in _fired(answer)


def test_the_digression_matcher_is_compiled_once_not_per_answer() -> None:
    """Analysing more answers adds nothing to the rule set's compiled patterns: the private-life
    matcher the digression rule reads is made once, so its patterns are compiled once and the
    cache does not grow with every answer."""
    from poise.analysis.analyse import analyser_for
    from poise.content.loader import knowledge_base

    rules = analyser_for(knowledge_base()).rules
    question = "Tell me about a time you turned around an underperforming team."
    answers = [
        "I took over a depot that was missing its targets. My husband thought I was mad to take it. "
        "I met every driver, rebuilt the rota and set weekly reviews with the shift leads. I also "
        "moved two loaders onto the early shift, where the delays began, and asked the planners to "
        "send the routes the night before. Within a quarter we were on time again, and complaints "
        "fell from forty a week to nine.",
        "The call centre was losing staff every month. I love cycling at weekends. I sat with each "
        "team lead, changed the shift pattern and gave every new starter a buddy for their first "
        "month. I also asked the leads to hold a short huddle before each shift so problems came up "
        "early. By the summer we had cut leavers by a third and the waiting time fell to two minutes.",
    ]
    for answer in answers:
        analyse(question, answer)
    compiled = len(rules._compiled)
    for answer in answers * 2:
        analyse(question, answer)
    assert len(rules._compiled) == compiled
