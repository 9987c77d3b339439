"""A reply to a concern earns its phase's dimension from the moves it makes, quoted as sentences."""

from __future__ import annotations

from poise.analysis import AnalysisContext, analyse

CONCERN = "You have only run a plant of 90 people; this site has 400. Why are you ready?"


def _concern_dimension(answer: str):
    report = analyse(CONCERN, answer, context=AnalysisContext(phase="concern"))
    [dimension] = [item for item in report.dimensions if item.label == "Concern handling"]
    return report, dimension


def test_acknowledged_and_checked_back_reply_is_credited_with_both_sentences() -> None:
    answer = (
        "That's fair: my largest site had 90 people, not 400. At Brannock Mills I ran it through "
        "two shift leads and cut scrap by 22% in a year. In my first month here I would walk every "
        "line with the shift managers and agree three measures with you by day 60. "
        "Does that address your concern?"
    )
    _report, dimension = _concern_dimension(answer)
    assert dimension.score == 5
    quotes = [item.quote for item in dimension.evidence]
    assert "Does that address your concern?" in quotes
    assert any(quote.startswith("That's fair") for quote in quotes)
    for item in dimension.evidence:
        assert answer[item.start:item.end] == item.quote


def test_one_move_is_one_sign_with_its_missing_piece_named() -> None:
    answer = (
        "That's fair: my largest site had 90 people, not 400. At Brannock Mills I ran it through "
        "two shift leads and cut scrap by 22% in a year."
    )
    _report, dimension = _concern_dimension(answer)
    assert dimension.score < 5
    assert dimension.reasons


def test_a_reply_that_argues_earns_nothing_for_the_phase() -> None:
    answer = "Headcount is not the point. Good managers can manage any number of people."
    _report, dimension = _concern_dimension(answer)
    assert dimension.score <= 2
    assert not dimension.evidence
