"""A story's missing pieces cost points, with the reason named (issue 11, item 1).

A fluent answer with no outcome measured, no act of the speaker's or no ending keeps the middle
anchor on that dimension, says what is missing, and ranks under an answer that has it. The pairs
below are a small development sample written afresh in the project's own words: each weak answer
is as long as its strong twin or longer, and lacks a result, ownership or a measure.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.report import DimensionScore, Evidence
from poise.analysis.scoring import (
    MAX_MISSING_COST,
    MISSING_COST,
    NO_MEASURED_GOAL,
    NO_OUTCOME_NUMBER,
    NO_OWN_ACTION,
    missing_cost,
    overall_score,
)

NAMES = ("structure", "evidence", "ownership", "relevance", "concision", "tone", "family")
QUOTE = (Evidence(0, 5, "I cut"),)


def _dimensions(reasons: dict[str, tuple[str, ...]]) -> tuple[DimensionScore, ...]:
    return tuple(DimensionScore(name, name, 4, "", QUOTE, reasons.get(name, ("a second sign",)))
                 for name in NAMES)


def test_a_missing_piece_costs_its_points_in_a_story_and_is_named() -> None:
    plain = overall_score(_dimensions({}), story=True, insufficient=False)
    unmeasured = overall_score(_dimensions({"evidence": (NO_OUTCOME_NUMBER,)}), story=True,
                               insufficient=False)
    unowned = overall_score(_dimensions({"ownership": (NO_OWN_ACTION,)}), story=True,
                            insufficient=False)
    assert plain - unmeasured == MISSING_COST[NO_OUTCOME_NUMBER]
    assert plain - unowned == MISSING_COST[NO_OWN_ACTION]


def test_outside_a_story_only_an_unmeasured_goal_costs() -> None:
    plain = overall_score(_dimensions({}), story=False, insufficient=False)
    assert overall_score(_dimensions({"evidence": (NO_OUTCOME_NUMBER,)}), story=False,
                         insufficient=False) == plain
    assert plain - overall_score(_dimensions({"family": (NO_MEASURED_GOAL,)}), story=False,
                                 insufficient=False) == MISSING_COST[NO_MEASURED_GOAL]


def test_a_dimension_a_finding_lowered_pays_once() -> None:
    reasons = {"ownership": (NO_OWN_ACTION, "finding: the story is told in 'the team did'")}
    assert missing_cost(_dimensions(reasons), story=True) == 0.0


def test_the_cost_of_missing_pieces_is_bounded() -> None:
    every = {"evidence": (NO_OUTCOME_NUMBER,), "ownership": (NO_OWN_ACTION,),
             "structure": ("the story lacks an outcome",), "family": (NO_MEASURED_GOAL,)}
    assert missing_cost(_dimensions(every), story=True) == MAX_MISSING_COST


def test_a_goal_with_no_number_or_date_is_named_on_the_family_dimension() -> None:
    report = analyse("How do you set goals for your team?",
                     "I set clear and ambitious goals with each person and we talk about them "
                     "often, so everyone knows what good looks like and where they stand.",
                     context=AnalysisContext(family="goal_setting"))
    family = report.dimension("family")
    assert family.score < 5
    assert NO_MEASURED_GOAL in family.reasons or any(
        reason.startswith("finding:") for reason in family.reasons)


PAIRS = [
    pytest.param(
        "Tell me about a time you improved a process that was not working.",
        "Our warehouse in Bristol was shipping about one order in eight late. I walked the pick "
        "route with the two shift leads, moved the fastest-selling lines next to the packing "
        "benches and I rewrote the picking lists so each picker walked one aisle at a time. I "
        "also set up a ten-minute huddle at the start of each shift. Within two months late "
        "orders went down from twelve percent to three percent, and the leads now run the "
        "huddle without me.",
        "Process improvement is something I have always been passionate about, and the "
        "warehouse was a good example of that. There were a lot of challenges with the way things "
        "were set up and people were frustrated. We looked at it together as a team and talked "
        "through the different options, and there was a real sense of energy around making things "
        "better. Communication was key throughout, and keeping everyone aligned mattered a great "
        "deal. Overall it was a really positive experience and the team felt more engaged.",
        id="no own act, no result",
    ),
    pytest.param(
        "Describe a time you had to win over a sceptical stakeholder.",
        "The finance director at our client thought our new billing system would delay their "
        "month-end. I asked for an hour with her team, took them through a trial run on their own "
        "March invoices and agreed a fallback: we would keep the old export running for one close. "
        "She signed off the change that week, and their month-end close came in two days earlier "
        "than before, which she later told our board herself.",
        "The finance director at our client was very sceptical about our new billing system and "
        "honestly quite difficult to deal with at times. I spent a lot of time thinking about how "
        "to approach her and what would matter to her, and I prepared carefully for every "
        "meeting. I'm a very persuasive person and I have a good instinct for what people need to "
        "hear. I think building trust takes patience and I was patient, and over time the "
        "relationship definitely developed in a good direction.",
        id="no result, no measure",
    ),
    pytest.param(
        "Tell me about a project you led that you are proud of.",
        "Last spring I led the move of our payroll from three regional systems onto one. I "
        "mapped every pay rule with the regional leads, ran two parallel payrolls and I fixed the "
        "forty-one differences we found before go-live. The first live run paid all 2,300 staff "
        "on time, and processing time fell from four days to one and a half.",
        "I led the payroll consolidation project last year, which was a really big and important "
        "piece of work for the business with a lot of moving parts and stakeholders. The team "
        "worked extremely hard on it for many months, the regional leads were heavily involved "
        "and there were plenty of difficult moments along the way. It was one of those projects "
        "where everybody had to pull together, and the team really did. I'm proud of what the "
        "team achieved together.",
        id="team did, nothing measured",
    ),
]


@pytest.mark.parametrize(("question", "strong", "weak"), PAIRS)
def test_a_strong_answer_ranks_above_a_fluent_weak_one_as_long(question: str, strong: str,
                                                               weak: str) -> None:
    assert len(weak.split()) >= len(strong.split())
    context = AnalysisContext(family="past_behaviour")
    high, low = analyse(question, strong, context=context), analyse(question, weak, context=context)
    assert high.overall > low.overall
    missing = {reason for item in low.dimensions for reason in item.reasons}
    assert missing & set(MISSING_COST) or any(reason.startswith("finding:") for reason in missing)
