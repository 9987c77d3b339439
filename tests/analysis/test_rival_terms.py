"""A rival's terms moved to another party, or a figure altered so it would look other than it
was (analysis/rival_terms.py, part of tone.undermining). Sentences written for these tests, each
shape beside near-misses that must not fire: a refusal, a request declined, a report through a
proper line, the bids shown to the speaker's own board, a legitimate tender won on price."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, rival_terms
from poise.analysis.rules.engine import RuleConfig
from poise.analysis.text import parse

UNETHICAL = {"tone.undermining", "meaning.unethical"}
RULES_ALONE = AnalysisContext(family=None, phase="answer", rules=RuleConfig(whole_answer=False))


def _shown(text: str) -> bool:
    sentences = parse(text).sentences
    return any(rival_terms.rival_bid_shown(sentences, index) for index in range(len(sentences)))


# --- a rival's bid shown to a seller ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I phoned the current caterer and showed them the full Brightway quote.",
    "We met the incumbent vendor on Monday. I sent him the competitor's bid that evening.",
    "I forwarded the Kestrel tender to the printer we had always used, and they matched it.",
])
def test_rival_bid_shown_to_a_seller(text: str) -> None:
    assert _shown(text)


@pytest.mark.parametrize("text", [
    # the buyer's own board sees the bids it asked for
    "I showed the board the Brightway quote and the two others side by side.",
    # the speaker's own side's figure
    "I rang the supplier and showed them our budget for the year.",
    # a refusal
    "The old supplier rang, and I refused to show them the Brightway quote.",
    # a request made of the speaker, declined
    "The incumbent vendor asked me to send him the competitor's bid, and I said no.",
    # a pronoun whose party is the speaker's own panel
    "I met the evaluation panel and showed them the Kestrel tender.",
])
def test_rival_bid_not_shown(text: str) -> None:
    assert not _shown(text)


# --- what a rival pays passed on or offered -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "So I told the rep that, if he held the price, I would tell him what our competitor was paying.",
    "I shared with the distributor what Halden Foods had bid for the same lot.",
])
def test_rival_paying_passed(text: str) -> None:
    assert rival_terms.rival_paying_passed(parse(text).sentences[0])


@pytest.mark.parametrize("text", [
    # the speaker refused the trade
    ("The rep offered a discount if I would tell him what our competitor was paying, and I "
     "refused to tell him."),
    # what the speaker's own side paid
    "I told the supplier what we were paying for the old contract.",
    # a wish, not an act or an offer made
    "Would I share with him what our competitor was paying? Never.",
    # a public price, not a kept figure
    "I told the board what our competitor was charging in the shops.",
])
def test_rival_paying_not_passed(text: str) -> None:
    assert not any(rival_terms.rival_paying_passed(sent) for sent in parse(text).sentences)


# --- a figure altered to look other than it was --------------------------------------------------

@pytest.mark.parametrize("text", [
    "I edited the price on their quote before I sent it on, so it looked nine percent lower.",
    "I changed the total in the spreadsheet so the saving seemed bigger than it was.",
])
def test_figure_altered_to_look(text: str) -> None:
    assert rival_terms.figure_altered_to_look(parse(text).sentences[0])


@pytest.mark.parametrize("text", [
    # a layout made clearer, not an amount
    "I changed the layout of the report so it looked cleaner.",
    # a figure corrected, no look given
    "I changed the figure on the invoice after the client spotted our error.",
    # refused
    "My director wanted me to change the numbers so they looked better, and I refused to change the numbers.",
])
def test_figure_not_altered_to_look(text: str) -> None:
    assert not rival_terms.figure_altered_to_look(parse(text).sentences[0])


# --- whole answers ------------------------------------------------------------------------------

def test_rival_bid_shown_fires_on_the_answer() -> None:
    answer = ("Our laundry contract came up for renewal in 2021 and we had three bids. The cheapest "
              "came from a new firm across town. I rang the old supplier, showed them the Brightway "
              "quote in full, and told them to come down to it. They did, and we saved twelve "
              "thousand a year.")
    report = analyse("Tell me about a negotiation you led.", answer, context=RULES_ALONE)
    assert UNETHICAL & report.rules_fired()


def test_tender_won_on_price_is_left_alone() -> None:
    answer = ("We bid for the county's school transport contract in 2022 against four other "
              "operators. I rebuilt our costing route by route, cut the empty running by a fifth "
              "and priced the bid eight percent under our last one. The evaluation was open and "
              "scored; we won on price and quality, and we have run the routes since.")
    report = analyse("Tell me about a time you won new business.", answer, context=RULES_ALONE)
    assert not UNETHICAL & report.rules_fired()


def test_rival_quote_reported_is_left_alone() -> None:
    answer = ("During the tender a supplier's rep offered me a copy of the Brightway quote. I said "
              "no, reported the approach to our procurement lead through the ethics line, and we "
              "ran the evaluation as planned. The contract went to the best scored bid.")
    report = analyse("Tell me about a time you faced an ethical dilemma.", answer, context=RULES_ALONE)
    assert not UNETHICAL & report.rules_fired()
