"""Answers that address the question in their own way must not be called off topic: a long
set-up before the plan asked for, an analogy from another field that leads into the answer, an
example from outside work tied back to work. Answers written for these tests."""

from __future__ import annotations

import pytest

from poise.analysis import analyse

OFF_TOPIC = frozenset({"relevance.off_topic", "relevance.answers_another", "relevance.digression"})

CASES = {
    "a_relevant_answer_with_a_long_set_up": (
        "How would you handle a team that resists a new rota?",
        ("Some background first, because it shapes how I'd go about it. In my last post I ran a "
         "bakery with three shifts, and the night crew had worked the same pattern for ten "
         "years. When we had to move to a seven-day rota, they pushed back hard. I sat with each"
         " crew for a full shift before proposing anything, asked what the old pattern protected"
         " for them, and kept the two things they valued most: fixed weekends every month and no"
         " single-person nights. We trialled the new rota for six weeks on one line and "
         "published the overtime figures every Friday. Sick days fell from 11 to 4 a month, and "
         "the other crews asked to switch. Here I would do the same: learn what the current rota"
         " protects, keep it where I can, trial it on one team and show the numbers before "
         "asking anyone else to move."),
    ),
    "an_analogy_from_another_field": (
        "How do you approach building trust with a new board?",
        ("I think of it the way a mountain guide thinks about a new client group: before the "
         "climb you find out what each person fears and what they think the risk is. With a "
         "board it is the same. When I joined Holloway Trust as chief executive I met each of "
         "the nine trustees alone in my first month, asked what would make them lose confidence "
         "in me, and wrote down their answers. I then sent a one-page dashboard before every "
         "meeting covering exactly those worries. By the end of the first year the board had "
         "approved the capital plan it had deferred twice, and two trustees who had opposed my "
         "appointment were chairing our sub-committees."),
    ),
    "an_example_from_outside_work_tied_back": (
        "Tell me about a time you worked across cultures and it got difficult.",
        ("A good example actually comes from sport rather than work. I coached a youth football "
         "team in Rotterdam with players from eleven countries, and the hardest moment was when "
         "two groups refused to pass to each other during a tournament. I stopped the match at "
         "half time, had each player say what they needed from the others, and rebuilt the pairs"
         " so each pair mixed the groups. We lost that game but won the next three, and the "
         "parents' groups started to sit together. I took the same approach at work when my "
         "Dutch and Polish planners clashed over deadlines: I made each side explain what "
         "'urgent' meant to them, and we agreed one written definition. Missed handovers fell "
         "from nine to two a month."),
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_an_answer_that_addresses_the_question_in_its_own_way_is_not_off_topic(name: str) -> None:
    question, answer = CASES[name]
    fired = {finding.rule for finding in analyse(question, answer).findings}
    assert not fired & OFF_TOPIC
