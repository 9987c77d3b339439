"""An outcome told only in vague words is a claim, not a result; a change told in words is one.

The closing sentence of a story that says things got better without saying what changed ("it
made a huge difference to how the unit runs", "the rota was finished and everyone was happy",
"the complaints were dealt with") is read as a claim (``claimed_result.claimed``), so it neither
counts as an outcome nor stops the finding. A change that can be seen, with or without a number
("queue times halved", "two other depots copied the sheet", "the complaints stopped"), is still
a result. Every example is written afresh in the project's own words.
"""

from __future__ import annotations

import pytest

from poise.analysis.claimed_result import claimed
from poise.analysis.outcome_told import result_in
from poise.analysis.text import Sentence, parse


def _first(text: str) -> Sentence:
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    # a change in general with only its size on it, made to nothing named
    "The new intake form made a huge difference to the way the unit runs.",
    "I believe the pilot had a big impact.",
    # a standing with only a verdict on it
    "The feedback from the drivers was positive and it left the depot on a far better footing.",
    "The warehouse is in good shape now.",
    # a noun whose only content is praise
    "Looking back, it was a good change.",
    # a matter attended to, with nobody named and nothing said of what became of it
    "The late suppliers were dealt with.",
    "The complaints were handled.",
    # the work finished or launched beside a verdict
    "The portal went live in the spring and the staff were really pleased with it.",
    "The review was finished and everyone was happy.",
    # an aside to the listener beside a verdict
    "After that, things calmed down and, you see, we carried on.",
    # how hard people worked beside a verdict
    "Everyone worked hard and things settled down.",
])
def test_an_outcome_in_vague_words_is_a_claim(text: str) -> None:
    sent = _first(text)
    assert claimed(sent)
    assert not result_in(sent)


@pytest.mark.parametrize("text", [
    # a change that can be seen, no number
    "The portal went live in the spring and the phone queue disappeared.",
    "The complaints stopped once the new form was in use.",
    "Two other depots copied the route sheet within the year.",
    "The review was finished and the regulator lifted the warning notice.",
    # the measure named with its size
    "The new intake form cut the wait for a first visit from six weeks to ten days.",
    # a standing now that names what changed
    "The warehouse is in good shape now, with every aisle scanned each night.",
])
def test_a_change_told_in_words_is_not_a_claim(text: str) -> None:
    assert not claimed(_first(text))


@pytest.mark.parametrize("text", [
    "The portal went live in the spring and the phone queue disappeared.",
    "The complaints stopped once the new form was in use.",
    "Two other depots copied the route sheet within the year.",
])
def test_a_change_told_in_words_counts_as_a_result(text: str) -> None:
    assert result_in(_first(text))


@pytest.mark.parametrize("text", [
    # a matter handled by someone named: who acted is told, not a verdict
    "The backlog was handled by the night team.",
    # the speaker's own step with a thing named is a step, not a verdict
    "I finished the review and sent it to the board.",
    # a size on a thing that is not a change in general
    "We signed a big contract with the council.",
    # a present belief is no account of how the story ended
    "Good teams are in good shape when people trust each other.",
    # how hard people worked is no verdict on how it went
    "The crews worked very hard.",
    # a participle on a noun describes the thing, it is no praise of it
    "It was very much a joined-up approach.",
    # a word ahead of the subject comments on the telling, not on how it went
    "Honestly, the old system was slow.",
])
def test_a_near_miss_is_not_a_claim(text: str) -> None:
    assert not claimed(_first(text))


# --- a figure that sizes a step is no outcome --------------------------------------------------

STORY = "Tell me about a time you changed how your team worked."
SET_UP = (
    "At the regional call centre our callbacks were handled by whoever was free, and customers "
    "waited days. I set up a callback rota with the two shift leads and gave each agent a daily "
    "slot. ")
CLAIMED = "structure.claimed_result"


def _fired(answer: str) -> set[str]:
    from poise.analysis import AnalysisContext, analyse

    return analyse(STORY, answer, context=AnalysisContext()).rules_fired()


def test_a_figure_that_sizes_a_step_does_not_stand_for_an_outcome() -> None:
    # "for three weeks" is how long a step lasted, "four other centres" what the speaker's own
    # call took in: neither measures what came of the work, so the verdict is all there is
    answer = SET_UP + (
        "I paused the old queue for three weeks and phoned four other centres for advice. "
        "By the summer the feedback from customers was really positive and management were happy.")
    assert CLAIMED in _fired(answer)


def test_a_figure_of_what_came_of_it_keeps_the_verdict_from_being_all_there_is() -> None:
    answer = SET_UP + (
        "I paused the old queue for three weeks and phoned four other centres for advice. "
        "The open cases at the end of the summer were 40, and management were happy.")
    assert CLAIMED not in _fired(answer)
