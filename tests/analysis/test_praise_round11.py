"""Evidence found where it is, praise only where the quote shows it (issue 11).

Own actions told through a verb of having something done ("I had the rota rewritten"), through
a verb that usually sets the scene but here says what was done ("I spent my first fortnight
riding along with the crews"), or as the second verb of a list that shares the speaker's subject;
a lesson that is a fact about others, imagined or still being learned is not praised; a figure in
what someone else had done before the story is the set-up. Each case has its near miss.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.grammar import (
    acts,
    brought_about,
    caused_by_speaker,
    learning_not_drawn,
    lesson_about_others,
    told_actions,
)
from poise.analysis.scoring import LESSON, OWN_ACTION
from poise.analysis.text import parse


def _caused(text: str) -> list[str]:
    return [verb.text for sent in parse(text).sentences for verb in caused_by_speaker(sent)]


def _acting_scene(text: str) -> list[str]:
    return [verb.text for sent in parse(text).sentences for verb in told_actions(sent)
            if acts(verb, sent)]


def _outcomes(text: str) -> list[str]:
    return [quote for sent in parse(text).sentences for *_, quote in sent.outcome_numbers]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I had the safety cards reprinted in three languages.", ["had"]),
        ("I got the supervisors running a short handover at six.", ["got"]),
        ("I had each supervisor walk the line with a checklist.", ["had"]),
        ("I got the finance director to sign off the second crane.", ["got"]),
        ("I got the waiting list down by a third.", ["got"]),
        ("I did get the complaint rate down in the end.", ["get"]),
    ],
)
def test_having_something_done_is_an_own_action(text: str, expected: list[str]) -> None:
    assert _caused(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I had a plan for the second quarter.",  # a possession
        "I had to tell the owner on the Friday.",  # an obligation
        "I had my travel budget cut by half.",  # something that happened to the speaker
        "I had a supplier go bust in the middle of it.",  # an event
        "I got a call from the regional director.",  # something received
        "If I had the crews working weekends, we would burn them out.",  # a condition
        "I never got the board to agree.",  # a denial
    ],
)
def test_having_without_causing_is_no_action(text: str) -> None:
    assert _caused(text) == []


def test_a_caused_act_joined_to_the_speakers_verb_counts() -> None:
    assert _caused("I rang the carrier and had the pallets sent through Hull.") == ["had"]


def test_brought_about_needs_a_parse() -> None:
    sent = parse("I had the forms reprinted.").sentences[0]
    assert brought_about(sent, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I spent my first month visiting every depot on the night shift.", ["spent"]),
        ("I worked with the payroll team to rebuild the overtime rules.", ["worked"]),
        ("I went back through three years of incident logs myself.", ["went"]),
        ("I went to the board with two options and a recommendation.", ["went"]),
    ],
)
def test_a_scene_verb_acts_through_its_complement(text: str, expected: list[str]) -> None:
    assert _acting_scene(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I spent six years at a logistics firm in Rotterdam.",  # a span of the career
        "I worked at the council for most of that decade.",  # the job
        "I went to Leeds after university.",  # a place
        "I went over budget on the first phase.",  # no material gone through
    ],
)
def test_a_scene_verb_without_such_a_complement_sets_the_scene(text: str) -> None:
    assert _acting_scene(text) == []


def test_a_belief_is_not_an_action() -> None:
    assert [verb.text for verb in parse("I figured the paperwork would follow.").sentences[0]
            .own_past_actions] == []
    assert [verb.text for verb in parse("I figured out why the scanners dropped.").sentences[0]
            .own_past_actions] == ["figured"]


@pytest.mark.parametrize(
    "text",
    [
        "Over the years I've learned to be very wary of agencies.",
        "So I've learned to be careful with outside auditors.",
    ],
)
def test_a_stance_towards_people_is_not_a_lesson(text: str) -> None:
    assert lesson_about_others(parse(text).sentences[0])


@pytest.mark.parametrize(
    "text",
    [
        "I learned to put the risks on the first page.",
        "I learned to be patient with the approval process.",  # a stance, not towards people
        "I've learned to be careful with assumptions in a business case.",
        "What I learned is that people accept a decision when they saw how it was made.",
        "I've learned that if you don't involve the drivers early, they won't own the change.",
        "I learned that clients want options, so now I bring two to every review.",
    ],
)
def test_a_lesson_that_is_no_stance_towards_people_is_kept(text: str) -> None:
    assert not lesson_about_others(parse(text).sentences[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I guess what I'd take from it is to ask sooner.", True),
        ("What I'd maybe take from it is to ask sooner.", True),
        ("What I'd take from it is to ask sooner.", False),  # the usual way to put a lesson
        ("Where I'm still learning is pricing.", True),
        ("What I took from it is to ask sooner.", False),
        ("I'd learned by then to check the contract first.", False),  # a past perfect, drawn
    ],
)
def test_a_learning_imagined_or_under_way_is_not_drawn(text: str, expected: bool) -> None:
    assert learning_not_drawn(parse(text).sentences[0]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the time head office had cut our maintenance budget by 15 percent.", []),
        ("My predecessor had lost 40 percent of the volume to a rival.", []),
        ("By March we had cut scrap by 20 percent.", ["20 percent"]),
        ("By the summer the crews had cut overtime by 30 percent.", ["30 percent"]),
    ],
)
def test_what_others_had_done_before_is_the_set_up(text: str, expected: list[str]) -> None:
    assert _outcomes(text) == expected


def _strengths(question: str, answer: str) -> dict[str, list[str]]:
    report = analyse(question, answer, context=AnalysisContext(family=None, phase="answer"))
    return {item.what: [evidence.quote for evidence in item.evidence] for item in report.strengths}


def test_a_listed_act_is_quoted_with_what_it_acted_on() -> None:
    found = _strengths(
        "Tell me about a time you recovered a late project.",
        "In 2022 our hangar was two weeks behind on a heavy check for a major airline. I went "
        "onto the floor with the shift leads, split the remaining task cards into three streams "
        "and moved two licensed engineers off the line rota for a week. We handed the aircraft "
        "back four days late instead of fourteen, and the airline renewed the contract.",
    )
    assert any(quote.startswith("split the remaining task cards") for quote in found[OWN_ACTION])


def test_a_stance_towards_people_is_not_praised_as_a_lesson() -> None:
    found = _strengths(
        "Tell me about a time a project failed.",
        "In 2021 I led a bid for a regional rail contract and we lost it on price. I rebuilt "
        "the cost model afterwards with two outside advisers and found they had priced the "
        "maintenance too high. I've learned to be very careful with advisers.",
    )
    assert LESSON not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We reopened the line in 19 days against a group estimate of 40.", ["19"]),
        ("The crews fitted about 14 meters a day instead of 5.", ["14"]),
        ("We kept 27 of the 31 customers we were told we'd lose.", ["27"]),
        ("Staff turnover came in at 9.5% that year.", ["9.5%"]),
        ("Our repeat-call rate was about 7% versus 16% for the rest of the centre.", ["7%"]),
        ("The new contract was priced at 30% above the previous contract.", ["30%"]),
        ("The depot was handed over in May, three weeks ahead of schedule.", ["three"]),
    ],
)
def test_a_result_said_against_its_baseline_or_as_a_share_is_found(text: str, expected: list[str]) -> None:
    assert _outcomes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The budget for 2024 was 6 million against 5 million in 2023.",  # a plan
        "Our target was 12 a week instead of 6.",  # an aim
        "Three of my nine supervisors had left by the spring.",  # who, not a count won
        "If we reopen in 19 days against an estimate of 40, we keep the client.",  # a condition
        "The strike ran from 2019 against 2018 levels.",  # years
        "If we came in 10% below the incumbent, we would win.",  # a condition
        "Our target was to land 5% above the previous grant.",  # an aim
    ],
)
def test_a_figure_beside_another_is_not_always_a_result(text: str) -> None:
    assert _outcomes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2023 I started doing a walk of every bay before the first shift.", ["started"]),
        ("I began posting each crew's scores at the morning huddle.", ["began"]),
        ("I started enjoying the job after a year.", []),  # a feeling
        ("I started working at the port in 2019.", []),  # a career
        ("I kept having quiet chats with him.", []),  # how it went on
    ],
)
def test_a_practice_begun_is_an_action(text: str, expected: list[str]) -> None:
    assert [verb.text for sent in parse(text).sentences for verb in told_actions(sent)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("These days I ask each lead outright when they feel ready to take a bigger site.", True),
        ("These days were the hardest of my career.", False),  # no practice
    ],
)
def test_these_days_carries_a_practice_forward(text: str, expected: bool) -> None:
    from poise.analysis.grammar import applied_lesson

    assert applied_lesson(parse(text).sentences[0]) is expected


def test_a_practice_learned_is_praised_as_a_lesson() -> None:
    found = _strengths(
        "Tell me about a time a change you made went wrong.",
        "In 2021 I moved the sales bonus onto margin in one go across four regions. Two of our "
        "best reps left within three months and margin only rose by a point. I rebuilt the plan "
        "with the regional leads and phased the rest over two quarters, and margin rose by four "
        "points the next year. I learned to phase that kind of change over two cycles.",
    )
    assert any("learned to phase" in quote for quote in found.get(LESSON, []))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I gave each supervisor a small fund, I think it was 500 a month, to spend locally.", ["gave"]),
        ("Absence fell from 9% to 5% after I changed how the rota was built.", ["changed"]),
        ("We kept the client because I rebuilt the plan with their engineers.", ["rebuilt"]),
        ("I think I fixed the handover in the end.", []),  # the opinion still governs
        ("When I ran the claims team, we lost two clients.", []),  # the scene
    ],
)
def test_an_aside_or_a_clause_of_cause_keeps_the_act(text: str, expected: list[str]) -> None:
    assert [verb.text for sent in parse(text).sentences for verb in told_actions(sent)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I spent two mornings working the returns desk with him.", ["spent"]),
        ("I spent a week sitting with the supervisors on the night shift.", ["spent"]),
        ("I spent a few months travelling through Chile after university.", []),  # private life
        ("I spent six years working at a bank.", []),  # a career
    ],
)
def test_time_spent_acts_when_it_works_on_something_or_with_people(text: str, expected: list[str]) -> None:
    assert [verb.text for sent in parse(text).sentences for verb in told_actions(sent)] == expected


def test_a_joined_verb_with_a_subject_of_its_own_is_not_the_speakers() -> None:
    found = _strengths(
        "Tell me about a time you fixed a supply problem.",
        "In 2022 our smaller stores kept running out of chilled lines. I pulled stock from the "
        "depot allocation for the low-volume stores, and that alone recovered about a point of "
        "availability over the month. I then rebuilt the allocation rules with the planners, "
        "and availability was back to 97 percent by June.",
    )
    assert not any(quote.startswith("recovered") for quote in found.get(OWN_ACTION, []))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I agreed the scope with her in a short call, then I left the drafting to her.", ["agreed", "left"]),
        ("I agreed with him about the timing.", []),  # a view shared
        ("I agreed that the launch was late.", []),  # a view
        ("I left the bank in 2019.", []),  # a career move
    ],
)
def test_settling_and_handing_over_are_acts(text: str, expected: list[str]) -> None:
    assert [verb.text for sent in parse(text).sentences for verb in told_actions(sent)] == expected
