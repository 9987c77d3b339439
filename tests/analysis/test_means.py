"""The means a plan names, read from the parse (analysis/means.py): acts of the speaker on
concrete things (a number, a name, a noun that qualifies another) name a plan's means where the
levers lexicon has no word for them, and a slogan's verbs ("set goals, control, motivate") name
none, whatever they are said of. Sentences written for these tests."""

from __future__ import annotations

from poise.analysis import AnalysisContext, analyse
from poise.analysis.means import concrete_acts, names_means
from poise.analysis.text import parse

CASE = ("Picture this: it's Sunday night, the kiln at your second site has failed, and forty "
        "orders ship on Tuesday. What do you do?")


def test_acts_on_numbered_and_named_things_name_the_means() -> None:
    answer = parse("First I move the forty orders to the kiln at Ashby, which has a free slot. "
                   "Then I ring Hallam Refractories for an engineer on Monday morning and I "
                   "phone our three biggest customers myself before they hear it elsewhere.")
    assert names_means(answer)
    assert {verb.lemma for _index, verb in concrete_acts(answer)} >= {"move", "ring"}


def test_a_slogan_names_no_means_even_with_numbers() -> None:
    answer = parse("I would set clear goals for all 40 people and control the progress every "
                   "day. I would motivate the 3 team leaders and make sure everyone gives their "
                   "best.")
    assert not names_means(answer)


def test_one_concrete_act_is_not_yet_a_plan() -> None:
    answer = parse("I would call the Ashby site and then keep everyone motivated and focused.")
    assert not names_means(answer)


def test_a_case_answered_with_its_own_means_is_not_told_it_names_no_tools() -> None:
    answer = ("First I move the forty orders to the kiln at Ashby, which has a free slot. Then I "
              "ring Hallam Refractories for an engineer on Monday morning, and I phone our three "
              "biggest customers myself before they hear it from anyone else.")
    report = analyse(CASE, answer, context=AnalysisContext(family="competency_cases"))
    assert "goal_setting.no_tools" not in {finding.rule for finding in report.findings}


def test_a_slogan_for_a_case_is_still_told_it_names_no_tools() -> None:
    answer = ("First I would set a clear goal for every person on the team. Then I would control "
              "the progress every day and motivate people to give their best so that we ship.")
    report = analyse(CASE, answer, context=AnalysisContext(family="competency_cases"))
    assert "goal_setting.no_tools" in {finding.rule for finding in report.findings}


def test_a_light_verb_that_carries_a_thing_somewhere_names_a_means() -> None:
    answer = parse("In week one I'd get loaner scanners back on the two busiest docks. By the "
                   "end of the month I'd take a costed options paper to the regional director.")
    assert {verb.lemma for _index, verb in concrete_acts(answer)} == {"get", "take"}
    assert names_means(answer)


def test_a_light_verb_with_nothing_carried_names_no_means() -> None:
    answer = parse("I would take responsibility for the 40 drivers and get results for the "
                   "Harlow team. I would take time with the 12 supervisors and get buy-in.")
    assert not names_means(answer)
