"""A case put with "What do you do?" is answered by steps told in the present ("First I release
the two units we hold, then I ring the donors") and by the case lived ("I had this exact
situation last March"); a past record told in its place, with neither, still answers another
question. Answers written for these tests."""

from __future__ import annotations

from poise.analysis import analyse
from poise.analysis.asked import case_lived, plans_nothing
from poise.analysis.text import parse

CASE = ("It's Sunday night, the kiln at your second site has failed, and forty orders ship on "
        "Tuesday. What do you do?")


def test_steps_told_in_the_present_answer_the_case() -> None:
    answer = parse("First I move the forty orders to the kiln at Ashby, which has a free slot. "
                   "Then I ring Hallam Refractories for an engineer. In 2021 I rebuilt the kiln "
                   "rota and I trained two firers.")
    assert plans_nothing(answer) == []


def test_a_way_of_speaking_in_the_present_is_no_step() -> None:
    answer = parse("I think it depends. In 2021 I rebuilt the kiln rota at Ashby. I trained two "
                   "firers and I cut the stoppages by half.")
    assert plans_nothing(answer)


def test_the_case_met_by_the_speaker_is_the_case_lived() -> None:
    assert case_lived(parse("I had this exact situation at Ashby in 2021. I moved the orders."))
    assert case_lived(parse("We faced the same problem last winter, and I moved the orders."))
    assert not case_lived(parse("I had a similar idea once. I moved the orders to Ashby."))
    assert not case_lived(parse("I had this idea in 2021 and I moved the orders to Ashby."))


def test_a_record_told_for_a_case_still_answers_another_question() -> None:
    answer = ("In 2021 I rebuilt the kiln rota at Ashby and trained two new firers myself over "
              "the winter. I also cut the stoppages by half with a new maintenance plan, and I "
              "won the group's safety award that year. Before that I ran the glazing line for "
              "three years and I brought its scrap down from nine to four percent.")
    rules = {finding.rule for finding in analyse(CASE, answer).findings}
    assert "relevance.answers_another" in rules


def test_present_steps_then_the_case_lived_are_not_told_they_answer_another_question() -> None:
    answer = ("First I move the forty orders to the kiln at Ashby, which has a free slot, and I "
              "ring Hallam Refractories for an engineer on Monday morning. I had this exact "
              "situation in 2021: I moved the orders, I called the customers myself, and every "
              "order shipped on time.")
    rules = {finding.rule for finding in analyse(CASE, answer).findings}
    assert "relevance.answers_another" not in rules
