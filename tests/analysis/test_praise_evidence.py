"""Praise only when the quote shows it: adversarial cases for the strength readers.

A first-person action is "I" as the subject of an action verb in a clause that reports what
happened; a number on the outcome is a quantity attached to a result; a lesson is one the
speaker still applies. Each case below reads like one of those and is not.
"""

from __future__ import annotations

import pytest

from poise.analysis.grammar import applied_lesson, later_state, practised_lesson, told_actions
from poise.analysis.text import parse


def _told(text: str) -> list[str]:
    return [verb.text for sent in parse(text).sentences for verb in told_actions(sent)]


def _outcomes(text: str) -> list[str]:
    return [quote for sent in parse(text).sentences for *_, quote in sent.outcome_numbers]


@pytest.mark.parametrize(
    "text",
    [
        "I think I fixed the handover problem in the end.",  # the speaker's opinion of it
        "I'd say I turned the depot round in a year.",  # an opinion, said as one
        "I sorted it out the way managers do, I guess.",  # tagged with a hedge
        "I'd already written the old costing model years earlier.",  # the back-story
        "That was my mistake; I'd treated the budget as finance's problem.",  # a reading of it
        "After that I joined Pellow Bakeries, where I ran logistics for four depots.",  # a place
        "At the bakery I managed until last spring, the ovens kept failing.",  # the job
        "I ran a regional claims handling team of fifteen people.",  # the job, its unit split
        "I made sure I was at every morning briefing.",  # an assurance, not a thing done
    ],
)
def test_no_praised_action_when_the_clause_reports_no_act(text: str) -> None:
    assert _told(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I rewrote the handover and phoned each ward sister.", ["rewrote", "phoned"]),
        ("I managed to cut overtime by a third.", ["managed"]),
        ("I led the review and fixed the plan.", ["led", "fixed"]),
        ("I sat in on nine briefings in four weeks, then rewrote the checklist with the leads.",
         ["sat", "rewrote"]),  # a list the parser loosely attached
        ("When I joined the store, I rebuilt the rota with the two supervisors.", ["rebuilt"]),
    ],
)
def test_praised_action_still_found_when_the_speaker_did_it(text: str, expected: list[str]) -> None:
    assert _told(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "When I took over the depot, on-time delivery was down 9%.",  # what was found on arrival
        "When I joined, the region was up 4 percent on a weak year.",
        "I think in most cases a coached manager improves, maybe seven times in ten.",  # a view
    ],
)
def test_no_outcome_number_for_the_state_found_or_a_general_view(text: str) -> None:
    assert _outcomes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We kept 90% of the affected staff by moving them to the new site.", ["90%"]),
        ("By March the backlog was down 40% on the year.", ["40%"]),
    ],
)
def test_outcome_number_for_what_was_kept_or_changed(text: str, expected: list[str]) -> None:
    assert _outcomes(text) == expected


def test_a_level_reached_by_a_named_quarter_is_a_later_state() -> None:
    sent = parse("By Q3 2022 the new service was 12% of total revenue.").sentences[0]
    found = [quote for start, end, quote in sent.numbers if later_state(sent, start, end, quote)]
    assert found == ["12%"]


@pytest.mark.parametrize(
    "text",
    [
        "It taught me a lot about how much a launch depends on other departments.",
        "I learned a lot about how different the regional offices are.",
    ],
)
def test_knowing_about_a_topic_is_not_a_lesson_applied(text: str) -> None:
    assert not applied_lesson(parse(text).sentences[0])


@pytest.mark.parametrize(
    "text",
    [
        "What I learned is that a small pilot beats a strategy paper.",
        "I now ask every supplier for a site visit before we sign.",
    ],
)
def test_a_lesson_stated_or_practised_is_still_a_lesson(text: str) -> None:
    assert applied_lesson(parse(text).sentences[0])


def test_what_the_speaker_does_now_ranks_before_a_maxim() -> None:
    practice, maxim = parse(
        "I now ask every supplier for a site visit before we sign. "
        "The lesson is that buyers trust what they can see."
    ).sentences
    assert practised_lesson(practice)
    assert not practised_lesson(maxim)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I moved the weekly stock count to Thursdays.", ["moved"]),  # moved something
        ("I started a buddy scheme for the new starters.", ["started"]),  # started something
        ("I moved to Glasgow in 2018.", []),  # the speaker's own path: the scene
        ("I started my career as a trainee buyer.", []),
    ],
)
def test_a_scene_verb_acts_when_it_moves_or_starts_something(text: str, expected: list[str]) -> None:
    assert _told(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("And we did hit the savings target, about $2.4 million a year.", ["$2.4 million"]),
        ("We will hit the savings target of $2.4 million next year.", []),  # not yet met
        ("Our target was to save £3m across the two sites.", []),  # an aim
    ],
)
def test_an_aim_met_is_a_result_and_an_aim_alone_is_not(text: str, expected: list[str]) -> None:
    assert _outcomes(text) == expected


def test_a_sign_of_learning_counts_only_where_a_lesson_is_drawn() -> None:
    from poise.analysis.scoring import _lesson_if_learning

    answer = parse("It taught me a lot about how much a launch depends on other departments. "
                   "What I learned is that I now test the billing change before the launch date.")
    topic, lesson = answer.sentences
    assert not _lesson_if_learning(answer, topic.start + 3, topic.start + 14)  # "taught me"
    assert _lesson_if_learning(answer, lesson.start + 7, lesson.start + 16)  # "I learned"


@pytest.mark.parametrize(
    ("text", "drawn"),
    [
        ("I don't sign a supplier now without a site visit, even when it costs a week.", True),
        ("What I took from it is that the person who wants the date should not judge it.", True),
        ("Churn is still 4% today.", False),  # a result that holds
        ("I'm still in touch with him.", False),  # a state
    ],
)
def test_a_closing_sentence_read_as_a_result_may_draw_the_lesson(text: str, drawn: bool) -> None:
    from poise.analysis.scoring import _draws_lesson

    assert _draws_lesson(parse(text).sentences[0]) is drawn


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I moved in with my parents to look after them last spring.", []),  # private life
        ("I split up with my partner that year.", []),
        ("I rang the client's finance director with the new figures.", ["rang"]),
    ],
)
def test_an_act_in_private_life_is_not_praised(text: str, expected: list[str]) -> None:
    assert _told(text) == expected


def test_what_a_colon_lists_after_i_is_the_speakers_own() -> None:
    assert _told("I changed my approach: rang each buyer the week before and sent the figures "
                 "in advance.") == ["changed", "rang", "sent"]
    assert _told("I knew one thing: everyone wanted the rota fixed.") == []
