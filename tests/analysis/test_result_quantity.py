"""Quantities told as the result in plain words (``analysis/result_quantity.py``): a nil, a
difference, a count held down by "only", a figure set against the one it beat, a level standing
now; and, the other way, a span of time, the speaker's means or role, a plan and a denial.

Every example is written afresh in the project's own words.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.result_quantity import result_quantities
from poise.analysis.scoring import OUTCOME_NUMBER
from poise.analysis.text import parse

NO_RESULT = {"structure.no_result", "meaning.no_result"}


def _quoted(text: str) -> list[str]:
    return [quote for sent in parse(text).sentences for _start, _end, quote in result_quantities(sent)]


@pytest.mark.parametrize(("text", "word"), [
    ("The following spring we had zero lost pallets.", "zero"),
    ("By March the overdue invoices were zero.", "zero"),
    ("Not one delivery was missed that winter.", "one"),
    ("After the trial the council sent us three more contracts.", "three more contracts"),
    ("That season the crews used 15 percent less grit.", "15 percent"),
    ("We cancelled only nine sailings out of four hundred.", "only nine sailings"),
    ("By the close first-time fixes were 88 percent, not 92.", "88 percent"),
    ("The archive now lists 610 restored maps.", "610"),
    ("We got set-up times from forty minutes down to twelve.", "from forty minutes down to twelve"),
    ("Within a month the misroutes were down to three a day.", "down to three"),
    ("We shipped every order that winter and did not drop a single pallet.", "a single pallet"),
    ("The next year we never lost a single tender on price.", "a single tender"),
    ("Footfall was up nine percent on the year by the spring.", "nine percent"),
    ("Scrap was down by two points after the change.", "two points"),
    ("The repair bill was down $40,000 on the year before.", "40,000"),
    ("Missed pickups went from, I reckon, eleven a month to three.", "eleven a month to three"),
    ("The audit score went from, I think, a 3.1 to a 4.4.", "3.1 to a 4.4"),
    # a part of a group told as how it came out
    ("Of the twelve clubs we approached, nine of them signed for a second season.", "nine"),
    ("The other seven renewed their contracts in the spring.", "seven"),
    ("In the end we kept fourteen of the sixteen apprentices.", "fourteen"),
    ("In the end 210 of the schools were online.", "210"),
    # a past clause the parser hangs on a modal one is still told
    ("In a year breakages went from around 9 percent to 3 percent, the packers could drop a "
     "shift, and returns fell.", "9 percent to 3 percent"),
])
def test_a_quantity_told_as_the_result_is_read(text: str, word: str) -> None:
    assert any(word in quote for quote in _quoted(text))


@pytest.mark.parametrize("text", [
    "We had only two weeks to move the warehouse.",
    "I stayed at the depot for three more years.",
    "I'm not one for setting big numbers on day one.",
    "It was just one of those weeks.",
    "We were one of only three firms on the list.",
    "There's zero patience for that here.",
    "Today the depot has three managers.",
    "It is one partner, not four agencies.",
    "If the board doubts it, tell them three more times.",
    "This spring I signed up for two more evening courses.",
    "Now the whole file sits in one place.",
    "I only had three staff on the night shift.",
    "I now run forty stores across the north.",
    "We now have 30 engineers in the plant.",
    "We plan to add three more depots next year.",
    "If we had lost zero pallets, the bonus would have paid out.",
    "We had 14 vans on the road.",
    "Then I cut the weekly pack from twelve pages to five.",
    "The scheme ran from 2019 to 2023.",
    "We plan to take waiting times from nine days to five.",
    "I did not have a single analyst on the project.",
    "We were down two drivers that whole winter.",
    "The lift was up two floors when it stuck.",
    "If sales are up ten percent, the bonus pays out.",
    "I cut the weekly pack from, say, twelve pages to five.",
    "The coach went from, I think, Leeds to York.",
    "If breakages went from 9 percent to 3 percent, the packers could drop a shift.",
    # a part of a group described, or a part of the speaker's side acting
    "Two of them were agency drivers.",
    "Three of the supervisors were on leave that week.",
    "Two of us drove down to the port.",
    "One of them complained to the union about it.",
    "Two of them were doing all the loading while the rest watched.",
])
def test_a_span_the_means_a_role_or_a_plan_is_not(text: str) -> None:
    assert _quoted(text) == []


QUESTION = "Tell me about a time you turned around an operation that was struggling."
STORY = (
    "When I took over the returns desk at the distribution centre, parcels were going missing "
    "between the dock and the shelves, and the client was threatening to move the contract. I "
    "walked the route with the two shift leads, mapped every hand-off, and rewrote the handover "
    "sheet so each parcel was scanned at the dock and again at the shelf. I also sat with the "
    "agency staff on their first week to show them the new scan points and why they mattered. "
)


def test_a_story_ending_on_a_nil_is_praised_and_not_flagged() -> None:
    answer = STORY + "The next quarter we had zero missing parcels, and the client renewed for two years."
    report = analyse(QUESTION, answer, context=AnalysisContext())
    quoted = [item.quote for strength in report.strengths if strength.what == OUTCOME_NUMBER
              for item in strength.evidence]
    assert any("zero missing parcels" in quote for quote in quoted)
    assert not report.rules_fired() & NO_RESULT


def test_a_story_ending_on_a_plan_with_a_figure_is_not_praised() -> None:
    answer = STORY + "We now plan to add three more scan points, and I think it will help."
    report = analyse(QUESTION, answer, context=AnalysisContext())
    quoted = [item.quote for strength in report.strengths if strength.what == OUTCOME_NUMBER
              for item in strength.evidence]
    assert not any("three more" in quote for quote in quoted)


def _achieved(text: str) -> list[str]:
    from poise.analysis.result_quantity import counts_achieved

    return [quote for sent in parse(text).sentences for _start, _end, quote in counts_achieved(sent)]


@pytest.mark.parametrize(("text", "words"), [
    ("We rehoused 85 families by the spring.", "85 families"),
    # a measure set off by a comma after the clause that reports it
    ("The buyer renewed the supply deal, 2,400 tonnes for the season.", "2,400 tonnes"),
    ("We won the tender, around 52,000 dollars.", "52,000 dollars"),
])
def test_a_count_reported_as_done_or_set_off_after_it_is_read(text: str, words: str) -> None:
    assert any(words in quote for quote in _achieved(text))


@pytest.mark.parametrize("text", [
    "I took over the region, 40 stores and 600 staff.",  # the size of what was taken on
    "I joined the firm in 2019, 300 people at the time.",  # the set-up, set off the same way
    "We had a bad year, 14 accidents.",  # what the speaker had
    "We will sign the contract, about 2,000 tonnes.",  # not told as done
])
def test_a_size_set_off_by_a_comma_is_not_a_count_achieved(text: str) -> None:
    assert _achieved(text) == []


def _levels(text: str) -> list[str]:
    from poise.analysis.result_quantity import levels_reached

    return [quote for sent in parse(text).sentences for _start, _end, quote in levels_reached(sent)]


@pytest.mark.parametrize(("text", "words"), [
    ("By the autumn the night crew was at 88.", "88"),
    ("We are at 9,400 members now.", "9,400 members"),
    ("Churn was at 4 percent by March.", "4 percent"),
    ("Paid memberships stabilised at around 3,200.", "3,200"),
    ("Attendance stayed above 97 percent through the winter.", "97 percent"),
])
def test_a_level_a_measure_stood_at_is_read(text: str, words: str) -> None:
    assert any(words in quote for quote in _levels(text))


@pytest.mark.parametrize("text", [
    "I was at 60 hours a week.",  # the speaker's own load
    "The meeting was at 10 in the morning.",  # a time of day
    "The coach left at 7:40.",  # a time of day
    "When I arrived, the site was at 62 percent.",  # the state found on arrival
    "We want to be at 95 percent by June.",  # an aim
    "I stayed at the depot until 9.",  # a time of day
    "I remained at 50 hours a week all year.",  # the speaker's own load
])
def test_a_time_a_load_an_aim_or_the_start_is_no_level_reached(text: str) -> None:
    assert _levels(text) == []


def test_a_level_in_the_closing_sentence_is_praised_and_tells_the_outcome() -> None:
    answer = ("Our night crew was missing half its pick targets when I took the shift over. "
              "I paired each new picker with an experienced one and I moved the slow lines nearer "
              "the dock. By the autumn the night crew was at 88 percent of target.")
    report = analyse("Tell me about a time you improved a team's performance.", answer,
                     context=AnalysisContext(family="past_behaviour"))
    assert not report.rules_fired() & NO_RESULT
