"""A stated gap waved away in a reply to a concern (analysis/gap_waved.py): the gap denied any
size, called the same everywhere, said to carry over by itself, or promised to be picked up
fast; the reply flagged only when no dated step backs the claim; and the near-misses a composed
reply says (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, gap_waved
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base


def _concern() -> frozenset[str]:
    entries = load_knowledge_base().lexicons["concern_words"].entries
    return frozenset(entry.phrase.lower() for entry in entries)


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def _readings(text: str) -> set[str]:
    sent = _sentence(text)
    found = {
        "belittled": gap_waved.gap_belittled(sent, _concern()),
        "same": gap_waved.called_same(sent),
        "transfer": gap_waved.transfer_asserted(sent),
        "pickup": gap_waved.quick_pickup(sent),
    }
    return {name for name, hit in found.items() if hit}


@pytest.mark.parametrize(("text", "reading"), [
    ("Honestly, that's not a huge leap for someone like me.", "belittled"),
    ("The gap isn't that wide, to be fair.", "belittled"),
    ("A ward is a ward; the job is the same whichever trust pays you.", "same"),
    ("Really it's the same work with a different logo on the door.", "same"),
    ("Everything I did in retail carries over directly.", "transfer"),
    ("My background translates to a port without much trouble.", "transfer"),
    ("Honestly, it is all transferable.", "transfer"),
    ("What I can show you is one case that is similar.", ""),  # a case offered, described
    ("I'll learn the tariff side quickly.", "pickup"),
    ("I would get that down in no time.", ""),  # no verb of taking a skill in: read by nothing here
    ("I'd master it in a couple of weeks.", "pickup"),
])
def test_a_gap_waved_away_is_read_from_the_parse(text: str, reading: str) -> None:
    if reading:
        assert reading in _readings(text)
    else:
        assert not _readings(text)


@pytest.mark.parametrize("text", [
    "It is a big step, and I haven't taken it yet.",  # the gap granted
    "It isn't the same, and I know it.",  # the difference granted
    "It wasn't a big change at the time, which was my mistake.",  # a past story
    "I was the same manager in both plants.",  # of oneself, in the past
    "I'm the same person whichever title I hold.",  # of oneself
    "Perhaps some of the problems are similar.",  # held open: a hedge, not a wave
    "I'd learn the tariff rules in my first 30 days by sitting with your customs lead.",  # a plan
    "In 2022 I learnt the tariff side quickly because I had to.",  # a past story
    "The lessons I drew there didn't carry over to the second plant.",  # a transfer denied
    "Ha, I'm still learning the coffee machine, never mind the tariffs.",  # humour at oneself
])
def test_near_misses_are_not_a_gap_waved_away(text: str) -> None:
    assert not _readings(text)


DEFENSIVE_RULES = frozenset({"concern.defensive", "concern.dismissive", "meaning.defensive",
                             "tone.defensive", "tone.heard_pushback"})
QUESTION = ("Is there anything about me that gives you pause? — Yes: you've run one site in one "
            "country, and this role runs six plants across three countries.")


def _defensive(answer: str) -> set[str]:
    report = analyse(QUESTION, answer, context=AnalysisContext(phase="concern_reply"))
    return report.rules_fired() & DEFENSIVE_RULES


def test_a_gap_waved_away_with_no_dated_plan_is_defensive() -> None:
    answer = ("I understand the worry. Honestly, it's really not a big step: running a plant is the "
              "same wherever it is. I ran the Tilburg site for six years with 300 people. I'd pick "
              "the rest up in a few weeks.")
    assert _defensive(answer)


def test_a_speed_promised_is_not_read_as_a_plan() -> None:
    answer = ("I understand the worry. My experience at Tilburg translates directly, I think. I "
              "ran the site for six years with 300 people. I'd pick the rest up in a few weeks.")
    assert _defensive(answer)


def test_the_gap_named_with_neighbouring_evidence_and_a_dated_plan_is_not() -> None:
    answer = ("That's fair: I haven't run plants across borders. The safety principles are the same "
              "everywhere, but the regulators are not, and I know that. At Tilburg I ran the site "
              "for six years and led the audit with our Belgian sister plant in 2023. In my first 60 "
              "days I would visit all six plants with each country's compliance lead. Does that "
              "address it?")
    assert not _defensive(answer)


def test_an_honest_yes_thats_new_with_evidence_and_a_plan_is_not() -> None:
    answer = ("Yes, that's new for me, and I won't pretend otherwise. The nearest I've come is "
              "running the Tilburg site's exports to four countries since 2021. Before my start date "
              "I'd spend a week at each of the other plants, and in my first quarter I'd agree one "
              "set of targets with the three country managers. Would that settle it?")
    assert not _defensive(answer)


def test_a_firm_polite_correction_of_a_wrong_fact_is_not() -> None:
    answer = ("One correction, if I may: it was two sites, not one — Tilburg and Ghent, which is in "
              "Belgium, from 2019 to 2023. That's still fewer countries than this role, I grant. In "
              "my first 60 days I'd visit all six plants with each country's lead. Does that help?")
    assert not _defensive(answer)
