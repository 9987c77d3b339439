"""A lesson said among the actions is still a lesson; a count the speaker reshaped is the act.

Adversarial cases for two strength readers: a lesson is a generalisation the speaker still
applies (a learning word or a practice carried forward from the story), not the job held now,
a marker of another clause or an imagined lesson; and a before-and-after of plain counts of
the organisation's own units, people or steps under the speaker's act of reshaping them ("I cut
the product list from twelve lines to five") is what was done, not a number on its outcome.
"""

from __future__ import annotations

import pytest

from poise.analysis.grammar import carried_practice, learned_practice, owned_learning
from poise.analysis.scoring import _states_lesson
from poise.analysis.text import Sentence, parse


def _first(text: str) -> Sentence:
    return parse(text).sentences[0]


def _outcomes(text: str) -> list[str]:
    return [quote for sent in parse(text).sentences for *_, quote in sent.outcome_numbers]


@pytest.mark.parametrize(
    "text",
    [
        "Since then I check the supplier's stock myself before I promise a date.",
        "These days I ask each lead to argue with the target before I set it.",
        "I don't sign a contract without a pilot anymore.",
        "My rule now is I speak last in the review.",
        "I've learned to bring the options, not just the objection.",
        "What I took from it is that I test the offer on one branch first.",
    ],
)
def test_a_lesson_told_among_the_actions_is_found(text: str) -> None:
    assert _states_lesson(_first(text))


@pytest.mark.parametrize(
    "text",
    [
        "I now run a team of forty engineers.",  # the job held now
        "I still run the Leeds depot.",
        "Since the merger I've got sixty reports and I spend my week in meetings.",  # a date
        "We built a tracker which now logs every complaint, and I review the list each Friday.",
        "The placement taught me a lot about how depots work.",  # a topic, not a practice
        "I still get nervous when I present to the board.",  # the occasion, not a practice
        "I'd have learned to delegate if I had stayed.",  # imagined
        "I would have learned to delegate.",
        "The new hires come to the site to learn the trade.",  # someone else's learning
    ],
)
def test_no_lesson_from_the_role_another_clause_or_an_imagined_one(text: str) -> None:
    assert not _states_lesson(_first(text))


def test_the_parts_of_a_stated_lesson() -> None:
    assert carried_practice(_first("Since then I build a spare week into every plan."))
    assert not carried_practice(_first("I build a spare week into every plan."))  # nothing carries it
    assert owned_learning(_first("It taught me to ask the night shift first."))
    assert not owned_learning(_first("It taught the board a lot about risk."))
    assert learned_practice(_first("I learned to ask the night shift first."))
    assert not learned_practice(_first("I never learned to delegate properly."))


@pytest.mark.parametrize(
    "text",
    [
        "I cut the product list from twelve lines to five and margins rose.",
        "I restructured the sales team from 30 people to 22.",
        "I cut the approval steps from six to two.",
        "I led the merger of the depots from seven sites to three.",
    ],
)
def test_reshaping_the_means_is_the_act_not_its_outcome(text: str) -> None:
    assert _outcomes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We grew the client base from 40 to 65 accounts.", ["40 to 65"]),  # a result
        ("I brought complaints down from 80 to 20.", ["80 to 20"]),
        ("I cut the product list from twelve lines to five and margin rose by 4%.", ["4%"]),
    ],
)
def test_a_result_counted_from_before_to_after_is_still_an_outcome(
    text: str, expected: list[str]
) -> None:
    assert _outcomes(text) == expected


def test_a_practice_taken_up_since_answers_a_concern_about_the_gap() -> None:
    from poise.analysis import AnalysisContext, analyse

    question = ("Is there anything about my background that gives you pause? Interviewer: "
                "\"You have moved jobs three times in four years.\"")
    answer = ("I understand why that stands out. Two of the moves followed a merger and a funding "
              "cut; I restructured the second team from 40 people to 28 before I left. Since then "
              "I check three years of accounts and meet a trustee before I accept any offer, and I "
              "did both here. I can't promise you anything beyond that, but the checks are done.")
    report = analyse(question, answer, context=AnalysisContext(phase="concern_reply"))
    assert "concern.no_plan" not in report.rules_fired()


@pytest.mark.parametrize(
    "text",
    [
        "I still catch myself rewriting their reports the night before.",  # a tendency
        "I now spend ten hours a week in steering meetings.",  # how the time goes
        "The depot job taught me what a planner actually needs from a forecast.",  # knowing what
    ],
)
def test_a_tendency_a_use_of_time_or_knowing_what_is_not_a_lesson(text: str) -> None:
    assert not _states_lesson(_first(text))


def test_a_step_measured_from_before_to_after_answers_a_concern_about_the_gap() -> None:
    from poise.analysis import AnalysisContext, analyse

    question = ("Is there anything that gives you pause? Interviewer: \"You have never run a "
                "regulated product launch.\"")
    answer = ("That's fair, I haven't led one end to end. On the savings account I did run, I cut "
              "the sign-off stages from seven to three and sat with compliance twice a week, and "
              "we went live a quarter early. Does that go some way to answering it?")
    report = analyse(question, answer, context=AnalysisContext(phase="concern_reply"))
    assert "concern.no_plan" not in report.rules_fired()
