"""An answer that qualifies most of what it says (hedging.density, delivery.hedged_claims).
Answers written for these tests: qualifiers spread over most claims are heard, and so is a
claim left open on something else ("it depends on ..."); a careful answer with one "I think",
a number given as an estimate once and a plant that depends on its suppliers are not."""

from __future__ import annotations

from poise.analysis import AnalysisContext, analyse, hedging
from poise.analysis.text import parse

QUESTION = "Where do you see the business in five years?"
HEDGED = ("I think it will probably grow, although it depends a lot on the market. Maybe we "
          "could open two more sites, possibly in the north. I suppose the team might need to "
          "change somewhat too, and hopefully the owners would back it.")
PLAIN = ("Two more sites in the north and a second shift at the plant. I think the team will "
         "need a night supervisor. At Fenwick I opened three sites in four years, each paying "
         "back within eighteen months.")


def _rules(answer: str, question: str = QUESTION) -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(family="strategy_vision"))
    return {finding.rule for finding in report.findings}


def test_qualifiers_over_most_claims_are_dense() -> None:
    spread = hedging.density(parse(HEDGED).sentences)
    assert spread.total >= 7 and spread.share >= 0.5 and spread.per_100 >= 3.5


def test_a_claim_left_open_counts_as_a_qualifier() -> None:
    assert hedging.contingent(parse("It depends on the board.").sentences[0]) == 1
    assert hedging.contingent(parse("Much will depend on the regulator.").sentences[0]) == 1


def test_a_thing_that_relies_on_another_is_no_qualifier() -> None:
    assert hedging.contingent(parse("The plant depends on two suppliers.").sentences[0]) == 0


def test_a_question_is_no_claim() -> None:
    spread = hedging.density(parse("Would that maybe work? I think so.").sentences)
    assert spread.claims == 1 and spread.counts[0] == 0


def test_the_rule_fires_on_a_hedged_answer_and_quotes_its_most_hedged_sentences() -> None:
    report = analyse(QUESTION, HEDGED, context=AnalysisContext(family="strategy_vision"))
    found = [finding for finding in report.findings if finding.rule == "delivery.hedged_claims"]
    assert found and 1 <= len(found[0].evidence) <= 2
    assert not {"delivery.hedges", "meaning.hedging"} & {finding.rule for finding in report.findings}


def test_a_careful_answer_with_one_qualifier_is_not_hedged() -> None:
    assert "delivery.hedged_claims" not in _rules(PLAIN)


def test_an_estimate_given_once_is_not_hedged() -> None:
    answer = ("I cut the pick time at the Leeds depot from eleven minutes to seven by moving the "
              "fast lines next to the dock. It saved roughly forty hours a week. I trained the "
              "two shift leads myself and we kept the new layout through peak.")
    assert "delivery.hedged_claims" not in _rules(answer, "Tell me about an improvement you led.")
