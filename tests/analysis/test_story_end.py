"""The story's end read from the parse (``analysis/story_end.py``): a figure told against a
before, a verb of change carrying a figure wherever the parser hung it, a level reached, the
problem stated in the sentence of the first act, and a change told only of a vague thing.

Each reader is tried both ways, and through the whole analysis: a story that ends on an
observable change told in words (no number) is not said to have no outcome, a story that ends on
a verdict about "things" is, and a cost rise or a head-count in the set-up is never praised as a
number on the outcome. Every example is written afresh in the project's own words.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.analyse import analyser_for, knowledge_base
from poise.analysis.outcome_told import outcome_told
from poise.analysis.praise_gates import outcome_shown
from poise.analysis.scoring import OUTCOME_NUMBER
from poise.analysis.story_end import (
    change_with_figure,
    figure_against_before,
    level_reached,
    result_figures,
    setup_clause,
    vague_change,
)
from poise.analysis.structure import label_sentences
from poise.analysis.text import Sentence, parse

NO_RESULT = {"structure.no_result", "meaning.no_result"}


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def _figure(sent: Sentence, word: str) -> int:
    return next(position for position, token in enumerate(sent.tokens) if token.text == word)


@pytest.mark.parametrize("text", [
    "By the autumn the depot was losing no pallets at all, down from eleven a month.",
    "Over the winter missed collections went from thirty a week to four.",
    "That season we had two grievances, from nine the season before.",
    "Afterwards 64 percent of drivers passed first time, compared with 41 percent before.",
    "The repair came to £8,000 against a quoted £35,000.",
    # the level before added after the level reached, set off by a comma or a bracket
    "By the spring the staff survey had confidence in the rota at 64 percent, from 29.",
    "Margin ended the year at 7.5 per cent (from 4.2 per cent).",
])
def test_a_figure_told_against_a_before_is_read(text: str) -> None:
    assert figure_against_before(_sentence(text))


@pytest.mark.parametrize("text", [
    "The pharmacy opens from 9 to 5 on Saturdays.",
    "We ran the trial from May to July with 30 nurses.",
    "I hoped to take the wait from 40 minutes to 20.",
    "The site has 300 staff across two shifts.",
    # a "from" that names where the people came from
    "We took on 12 drivers, from 70 applicants.",
])
def test_a_range_an_aim_or_a_size_is_no_before(text: str) -> None:
    assert not figure_against_before(_sentence(text))


@pytest.mark.parametrize("text", [
    # the parser reads "improved" as a participle describing "one"
    "Every crew met the standard, and the last one improved from twenty minutes to eight.",
    "Scrap on the night line dropped by about a quarter.",
    "Call-backs fell by 30 percent in the first quarter.",
    # the side's own measure moving, told with "we" and a direction
    "After the new rota we came down to 4 percent.",
])
def test_a_change_verb_with_a_figure_is_read(text: str) -> None:
    assert change_with_figure(_sentence(text))


@pytest.mark.parametrize("text", [
    "If sales dropped by 10 percent, we would close the shop.",
    "Scrap never dropped by a single point.",
    "We cut the meeting short.",
    # a journey of the speaker's side, with or without a direction
    "We went up to the three northern depots every week.",
    "We moved to 2 sites in the city.",
])
def test_a_change_imagined_denied_or_without_a_figure_is_not(text: str) -> None:
    assert not change_with_figure(_sentence(text))


@pytest.mark.parametrize("text", [
    "By week six she was on 4.1.",
    "He got to ninety-two percent.",
    "By the end of that quarter we were at 38 minutes.",
    # a counted span after which the level stood, and a rate that is no time of day
    "Within four months we were at 22 a week.",
    # a measure that came in against its mark
    "The refit came in about £9,000 under the quote.",
    "The first audit came in two weeks faster.",
])
def test_a_level_reached_is_read(text: str) -> None:
    assert level_reached(_sentence(text))


@pytest.mark.parametrize("text", [
    "The warehouse was at 40 Mill Road.",
    "He got to the site at 6.",
    "If we got to 90 percent, we would celebrate.",
    # a time that looks back is no time of the story
    "In those days we were at 50 hours a week.",
    "She came in over the weekend with 3 volunteers.",
])
def test_an_address_a_journey_or_a_hope_is_no_level(text: str) -> None:
    assert not level_reached(_sentence(text))


@pytest.mark.parametrize(("text", "word"), [
    ("In 2022 fuel costs were up 35%, so I moved the fleet onto a fixed contract.", "35"),
    ("Because rents had risen 20%, I moved the team to a smaller floor.", "20"),
    ("In March they came in at eight percent, we agreed five with a longer term.", "eight"),
    ("That spring they came in with a nine percent rise, and I turned it down.", "nine"),
])
def test_the_problem_stated_before_the_act_is_set_up(text: str, word: str) -> None:
    sent = _sentence(text)
    assert setup_clause(sent, _figure(sent, word))


@pytest.mark.parametrize(("text", "word"), [
    ("I cut fuel costs by 35%, so the board extended the contract.", "35"),
    ("They cut waste by 30 percent and I promoted two of them.", "30"),
    ("Costs fell 20% after I renegotiated the lease.", "20"),
    ("We won the tender again because our price was 8% lower.", "8"),
    ("We agreed five percent with a longer term.", "five"),
])
def test_a_result_is_not_set_up(text: str, word: str) -> None:
    sent = _sentence(text)
    assert not setup_clause(sent, _figure(sent, word))


@pytest.mark.parametrize(("text", "word", "set_up"), [
    # past the first act, a clause handed on by "so" tells what the work came to
    ("The six pilot branches were up 19 percent, so we took it to every branch.", "19", False),
    ("Because the pilot wards were down 30 percent, we rolled it out.", "30", False),
    # another party's opening is still the set-up, wherever it is told
    ("In March they came in at eight percent, we agreed five with a longer term.", "eight", True),
])
def test_after_the_first_act_only_an_opening_move_is_set_up(text: str, word: str,
                                                             set_up: bool) -> None:
    sent = _sentence(text)
    assert setup_clause(sent, _figure(sent, word), story_begun=True) is set_up
    assert setup_clause(sent, _figure(sent, word))


def test_the_span_a_change_took_is_no_figure_of_it() -> None:
    sent = _sentence("Turnover went from £4m to £6m across those three years.")
    quoted = [quote for _start, _end, quote in result_figures(sent)]
    assert quoted and not any("three" in quote for quote in quoted)


@pytest.mark.parametrize("text", [
    "After that things were better between the two shifts.",
    "In the end an agreement was reached, and the relationship continued.",
    "I think it was positive for everyone.",
    "The atmosphere improved a lot.",
])
def test_a_change_of_a_vague_thing_is_a_verdict(text: str) -> None:
    assert vague_change(_sentence(text))


@pytest.mark.parametrize("text", [
    "Complaints about the night shift stopped.",
    "The backlog was cleared by Easter.",
    "Things improved, and sick days halved within a year.",
    "The relationship held, and the client renewed for two years.",
    "The two teams now share one rota.",
    "In retail many things change every season.",
    "That was my mistake.",
    "We chose ideas that fix a daily irritation.",
])
def test_a_change_one_could_observe_or_no_change_is_not_vague(text: str) -> None:
    assert not vague_change(_sentence(text))


QUESTION = "Tell me about a time you turned round a struggling team."
STORY = (
    "When I took over the parts store, pickers were walking the whole floor for every order and "
    "the early shift was always behind. I mapped the fastest-moving lines with the two team "
    "leaders and moved them next to the dispatch bay. I also rebuilt the rota so that the two "
    "most experienced pickers trained the new starters on their first week. "
)


def _told(answer: str) -> bool:
    analysed = parse(answer)
    kb = knowledge_base()
    shape = label_sentences(analysed, analyser_for(kb).cues)
    return outcome_told(analysed, shape, question=QUESTION)


@pytest.mark.parametrize("ending", [
    "Within a month the early shift was finishing on time and the late trucks stopped.",
    "By the summer the walking routes were half what they had been.",
    "The store has not missed a dispatch cut-off since.",
])
def test_a_story_ending_on_an_observable_change_tells_its_outcome(ending: str) -> None:
    assert _told(STORY + ending)


@pytest.mark.parametrize("ending", [
    "After that things were better, and the atmosphere improved.",
    "In the end it was positive for everyone, and the relationship was good.",
])
def test_a_story_ending_on_a_verdict_tells_no_outcome(ending: str) -> None:
    assert not _told(STORY + ending)


def test_a_story_ending_on_a_figure_against_before_is_not_flagged() -> None:
    answer = STORY + "That quarter we missed three dispatches, down from twenty-two."
    fired = analyse(QUESTION, answer, context=AnalysisContext()).rules_fired()
    assert not fired & NO_RESULT


def test_a_cost_rise_in_the_set_up_is_not_praised() -> None:
    question = "Tell me about a negotiation with a supplier that you led."
    answer = (
        "In 2023 our packaging supplier came to renew the contract. In January they came in at "
        "eleven percent, we settled at four with a two-year term after I showed them three other "
        "quotes. I also moved the payment terms to sixty days. The saving against their first "
        "ask was about £90,000 a year."
    )
    report = analyse(question, answer, context=AnalysisContext())
    quoted = [item.quote for strength in report.strengths if strength.what == OUTCOME_NUMBER
              for item in strength.evidence]
    assert not any("eleven" in quote for quote in quoted)


def test_a_figure_in_the_problem_statement_is_not_shown_as_an_outcome() -> None:
    sent = _sentence("In 2022 fuel costs were up 35%, so I moved the fleet onto a fixed contract.")
    start = next(token.start for token in sent.tokens if token.text == "35")
    assert not outcome_shown(sent, start, start + 3)
    result = _sentence("By June fuel costs were down 35%, and the board kept the contract.")
    start = next(token.start for token in result.tokens if token.text == "35")
    assert outcome_shown(result, start, start + 3)


def test_a_head_count_in_the_set_up_is_not_praised() -> None:
    question = "Tell me about a time you reorganised a team."
    answer = (
        "In 2022 the depot had 140 drivers, so I split them into four crews with a lead each. "
        "I rewrote the rota with the four leads and moved the handover to the yard. By the "
        "summer late departures were down from thirty a week to six."
    )
    report = analyse(question, answer, context=AnalysisContext())
    quoted = [item.quote for strength in report.strengths if strength.what == OUTCOME_NUMBER
              for item in strength.evidence]
    assert not any("140" in quote for quote in quoted)
    assert any("six" in quote or "thirty" in quote for quote in quoted)
    assert not report.rules_fired() & NO_RESULT
