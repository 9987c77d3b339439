"""A verdict on people read from the parse (analysis/epithets.py, ``tone.names_called``) and an
answer that opens on method before its example (``structure.method_before_example``). Every
example is written afresh in the project's own words."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.epithets import class_verdict, epithet
from poise.analysis.meaning import WordClasses
from poise.analysis.text import Sentence, parse

CLASSES = WordClasses(targets=frozenset({"contractor", "contractors", "supplier", "suppliers",
                                         "agency", "agencies", "boss", "manager", "he", "she",
                                         "they"}),
                      negative=frozenset({"hopeless", "useless"}))
PRAISE = frozenset({"star"})
STORY = "Tell me about a time you turned a struggling site around."
TAIL = " I rebuilt the rota with the shift leads, and late loads fell from 14% to 5% by June."


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "The fella in charge was clueless, he had never once opened the forecast.",
    "She was lazy.",
    "My old boss was a disgrace.",
])
def test_a_name_called_is_read(text: str) -> None:
    assert epithet(_sentence(text), CLASSES, PRAISE) is not None


@pytest.mark.parametrize("text", [
    "My deputy was an absolute star and she ran the night shift.",
    "He was not a bad manager.",
    "I was a total novice back then.",
    "A manager who never listens is a liability.",
    "She would be a disaster in that job.",
    "The old system was a total mess.",
    "She was frustrated by the delays.",
])
def test_praise_denial_the_speaker_a_hypothetical_or_a_thing_is_no_name_called(text: str) -> None:
    assert epithet(_sentence(text), CLASSES, PRAISE) is None


@pytest.mark.parametrize("text", [
    "Most contractors in this region are useless.",
    "These agencies are all the same.",
])
def test_a_class_condemned_in_general_is_read(text: str) -> None:
    assert class_verdict(_sentence(text), CLASSES, PRAISE) is not None


@pytest.mark.parametrize("text", [
    "Contractors are expensive in this region.",
    "Most contractors in this region are small firms.",
    "Our contractors were useless that winter.",
    "Most contractors in this region are not useless.",
])
def test_a_fact_of_the_trade_a_particular_group_or_a_denial_is_no_class_condemned(text: str) -> None:
    assert class_verdict(_sentence(text), CLASSES, PRAISE) is None


def test_the_rule_flags_a_name_called_in_a_story() -> None:
    answer = "I took over the Hull depot in 2021. The previous manager was hopeless." + TAIL
    assert "tone.names_called" in analyse(STORY, answer, context=AnalysisContext()).rules_fired()


def test_the_rule_leaves_a_fair_account_of_poor_performance() -> None:
    answer = ("I took over the Hull depot in 2021. The previous manager had missed four of six "
              "delivery targets." + TAIL)
    assert "tone.names_called" not in analyse(STORY, answer, context=AnalysisContext()).rules_fired()


METHOD = "structure.method_before_example"
ASKED = "Tell me about a time you had to deliver bad news to a client."
METHOD_FIRST = (
    "With bad news I would always visit the client before anything goes in writing. I would bring "
    "them the facts and the options together. In 2023 our Leeds warehouse flooded and I drove to "
    "our largest client that morning; we moved their stock to Wakefield within two days and kept "
    "the contract.")
EXAMPLE_FIRST = (
    "In 2023 our Leeds warehouse flooded and I drove to our largest client that morning, before "
    "anything went in writing. We moved their stock to Wakefield within two days and kept the "
    "contract. I would always visit before I write. I would bring the options with the facts.")


def test_method_told_before_the_example_is_flagged() -> None:
    assert METHOD in analyse(ASKED, METHOD_FIRST, context=AnalysisContext()).rules_fired()


def test_example_first_with_the_principle_after_is_not_flagged() -> None:
    assert METHOD not in analyse(ASKED, EXAMPLE_FIRST, context=AnalysisContext()).rules_fired()


def test_one_opening_habit_is_not_enough() -> None:
    answer = METHOD_FIRST.replace(" I would bring them the facts and the options together.", "")
    assert METHOD not in analyse(ASKED, answer, context=AnalysisContext()).rules_fired()


def test_a_plan_asked_for_is_not_judged_as_method_first() -> None:
    fired = analyse("How would you handle a client who is unhappy with a delay?", METHOD_FIRST,
                    context=AnalysisContext()).rules_fired()
    assert METHOD not in fired


STATES = frozenset({"furious", "unhappy", "angry"})


@pytest.mark.parametrize("text", [
    "The owner was furious, and he rang me every morning.",
    "He was mad at first, really mad.",
    "I kept their planning and brought in our audit, because that's where they were weak.",
    "The thing she would mention is the losses.",
])
def test_a_feeling_a_setting_or_no_person_is_no_name_called(text: str) -> None:
    assert epithet(_sentence(text), CLASSES, PRAISE, STATES) is None


def test_a_job_held_in_the_present_is_no_method_first() -> None:
    answer = ("I run a twelve-person operations team in Leeds. I set the goals with each lead in "
              "September. In 2023 our warehouse flooded and I drove to our largest client that "
              "morning; we moved their stock within two days and kept the contract.")
    assert METHOD not in analyse(ASKED, answer, context=AnalysisContext()).rules_fired()
