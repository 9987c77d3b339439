"""The asked counterpart swapped for another (analysis/counterpart.py), and a success told for a
setback read past the trouble a plan was for (analysis/asked.py): asked for an occasion with
your boss, a story with a supplier; asked for an idea that did not land, a success. Each with
near misses it must not take, and through the whole analyser (examples written for these
tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, announced, asked, counterpart
from poise.analysis.text import parse

ABOVE = frozenset({"boss", "manager", "director", "ceo", "board", "chair", "chief", "executive"})
OUTSIDE = frozenset({"supplier", "client", "customer", "contractor", "vendor"})
KINDS = {"above": ABOVE, "outside": OUTSIDE}

BOSS_QUESTION = "Tell me about a time you disagreed with your manager. What happened?"


@pytest.mark.parametrize(("question", "kind"), [
    (BOSS_QUESTION, "above"),
    ("Describe a time you pushed back on your CEO over a plan you thought was wrong.", "above"),
    ("Tell me about a time your board rejected something you proposed.", "above"),
    ("Tell me about a time your biggest client threatened to leave.", "outside"),
])
def test_asked_counterpart(question: str, kind: str) -> None:
    found = counterpart.asked_counterpart(parse(question), KINDS)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("question", [
    "Tell me about a conflict with a peer, not your boss, and how it played out.",  # denied
    "What would your chair say is the best thing you did last year?",  # a witness, not a counterpart
    "How do you set objectives for your managers? Give me an example.",  # plural: the reports
    "Tell me about a time you disagreed with a colleague.",  # no counterpart of a kind
    "Tell me about a time your boss and a client both wanted different things.",  # two kinds
])
def test_no_asked_counterpart(question: str) -> None:
    assert counterpart.asked_counterpart(parse(question), KINDS) is None


def _swapped(answer: str, question: str = BOSS_QUESTION) -> list[int]:
    asked_for = counterpart.asked_counterpart(parse(question), KINDS)
    assert asked_for is not None
    return counterpart.swapped_counterpart(parse(answer), asked_for, KINDS)


SUPPLIER_STORY = (
    "At the bakery where I am operations manager we had a row with our flour supplier in 2022. "
    "They put the price up by a fifth overnight. I asked for a meeting with their sales director, "
    "showed him the wheat index and told him we would qualify a second mill. We settled on a "
    "rise of six percent."
)


def test_story_with_a_supplier_for_a_boss_question() -> None:
    # the speaker's own title ("I am operations manager") and the supplier's director are not
    # the boss the question asks about
    assert _swapped(SUPPLIER_STORY)


def test_boss_named_by_role_is_the_asked_counterpart() -> None:
    answer = (
        "In 2022 the chief executive wanted to close our second depot to save rent. I thought it "
        "would cost us our two biggest customers, so I took her the delivery data for every route "
        "and showed her the lost margin. She kept the depot open for a year's trial, and both "
        "customers renewed."
    )
    assert _swapped(answer) == []


def test_boss_named_as_mine_with_a_supplier_in_the_story() -> None:
    answer = (
        "My boss wanted to switch to a cheaper packaging supplier in 2021. I disagreed because the "
        "cheaper film tore on our wrapping line, and I ran a week's trial to show it. We kept the "
        "old supplier and split the saving another way."
    )
    assert _swapped(answer) == []


def test_story_with_nobody_else_named_is_not_a_swap() -> None:
    answer = (
        "In 2023 I thought the new rota was wrong for the night shift. I put my case in writing "
        "with the overtime figures, and we agreed to trial it on one line first. The trial showed "
        "I was right about nights, and we changed them."
    )
    assert _swapped(answer) == []


def test_counterpart_swap_through_the_analyser() -> None:
    report = analyse(BOSS_QUESTION, SUPPLIER_STORY, context=AnalysisContext(family="past_behaviour"))
    found = [f for f in report.findings if f.rule == "relevance.answers_another"]
    assert found and "your manager" in found[0].message


def test_boss_story_by_role_passes_through_the_analyser() -> None:
    answer = (
        "In 2022 the chief executive wanted to close our second depot to save rent. I thought it "
        "would cost us our two biggest customers, so I took her the delivery data for every route "
        "and showed her the lost margin. She kept the depot open for a year's trial, and both "
        "customers renewed, which added four percent to our revenue."
    )
    report = analyse(BOSS_QUESTION, answer, context=AnalysisContext(family="past_behaviour"))
    assert not [f for f in report.findings if f.rule == "relevance.answers_another"]


# --- a setback asked, a success told -----------------------------------------------------

SETBACK_QUESTION = "Tell me about an idea of yours that didn't land."


def test_success_with_the_trouble_it_was_for_is_nothing_gone_wrong() -> None:
    # the fault the sensors were for and the "emergency" kind of call-out tell no setback
    answer = parse(
        "In 2021 I proposed sensors on our pumps so that we would know there is a fault before the "
        "customer calls. I wrote the business case and chose the supplier. Emergency call-outs fell "
        "by a third, and the system now runs on ninety pumps."
    )
    assert asked.asks_setback(SETBACK_QUESTION)
    assert asked.nothing_went_wrong(answer)


def test_failure_that_ends_in_recovery_is_something_gone_wrong() -> None:
    answer = parse(
        "In 2021 I proposed sensors on our pumps. The first batch failed in the damp and the pilot "
        "was stopped after two months. I went back to the supplier, we sealed the housings and "
        "relaunched a year later, and emergency call-outs fell by a third."
    )
    assert not asked.nothing_went_wrong(answer)


def test_a_failed_launch_as_a_modifier_still_counts() -> None:
    answer = parse("My idea was a loyalty card, and it was a failed launch: only forty people signed "
                   "up. I closed it after three months.")
    assert not asked.nothing_went_wrong(answer)


@pytest.mark.parametrize("question", [
    "Tell me about a time you had to cut costs without the customers noticing.",
    "Tell me about a time you had to reduce headcount in a team you liked.",
])
def test_a_cut_set_as_a_task_is_not_a_setback_asked(question: str) -> None:
    assert not asked.asks_setback(question)


def test_a_plan_that_was_cut_is_a_setback_asked() -> None:
    assert asked.asks_setback("Tell me about a time a project of yours was cut before it finished.")


# --- a story offered outright in place of a plan, a view or one's own growth -----------------

@pytest.mark.parametrize("sentence", [
    "Let me tell you about my career so far.",
    "Let me first tell you a little about how I ended up in retail.",
    "I think the best way to answer is to tell you about what I built at the bakery.",
])
def test_offers_telling_own(sentence: str) -> None:
    assert announced.offers_telling_own(parse(sentence).sentences[0])


@pytest.mark.parametrize("sentence", [
    "Let me tell you how I would approach the first month.",  # something ahead: a plan
    "I would start from what I did at the bakery.",  # a preface, not a story told outright
    "I'd describe myself as a calm operator.",  # a view of oneself
    "Let me tell you what the team would say.",  # not the speaker's own record
])
def test_offers_no_telling_own(sentence: str) -> None:
    assert not announced.offers_telling_own(parse(sentence).sentences[0])


PLAN_QUESTION = "What would you focus on in your first six months as our head of logistics?"
OFFERED_STORY = (
    "Let me tell you about my career so far. I joined a parcel firm in 2012 as a shift planner "
    "and became depot manager in 2016. In 2019 I moved all night loading to two hubs, and late "
    "deliveries fell from eleven to four percent. I also trained twelve new supervisors."
)


def test_story_offered_for_own_growth_through_the_analyser() -> None:
    question = "How do you keep developing yourself as a manager?"
    answer = "Learning matters to everyone in a job like mine. " + OFFERED_STORY
    report = analyse(question, answer, context=AnalysisContext(family="development"))
    found = [f for f in report.findings if f.rule == "relevance.answers_another"]
    assert found and "opens by offering your own record" in found[0].message


def test_story_offered_for_an_occasion_is_the_answer() -> None:
    question = "Tell me about a time you turned round a failing depot."
    report = analyse(question, OFFERED_STORY, context=AnalysisContext(family="past_behaviour"))
    assert "relevance.answers_another" not in report.rules_fired()


def test_plan_answered_with_a_plan_after_an_offer_of_the_plan() -> None:
    answer = (
        "Let me tell you how I would spend the first six months. In the first month I would ride "
        "the routes and read the delivery data with the planners. By month three I would agree "
        "one measure of late deliveries with your operations director, and by month six I would "
        "move night loading to the hubs if the data backs it."
    )
    report = analyse(PLAN_QUESTION, answer, context=AnalysisContext(family="success_in_role"))
    assert "relevance.answers_another" not in report.rules_fired()
