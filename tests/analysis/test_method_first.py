"""An answer that opens on method before its example (``structure.method_before_example``):
asked what the speaker did, two or more sentences of "I would"/"I always" come before the first
action told. Every example is written afresh in the project's own words."""

from __future__ import annotations

from poise.analysis import AnalysisContext, analyse

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



def test_a_job_held_in_the_present_is_no_method_first() -> None:
    answer = ("I run a twelve-person operations team in Leeds. I set the goals with each lead in "
              "September. In 2023 our warehouse flooded and I drove to our largest client that "
              "morning; we moved their stock within two days and kept the contract.")
    assert METHOD not in analyse(ASKED, answer, context=AnalysisContext()).rules_fired()


ONE_LONG_OPENING = (
    "My way is that I would always warn the client by phone, I would always bring the options, "
    "and I would always confirm it in writing the same day. In 2023 our Leeds warehouse flooded "
    "and I drove to our largest client that morning; we moved their stock to Wakefield within two "
    "days and kept the contract.")
ONE_OPENING_STEP = (
    "I would always call before I write, and then the story is simple. In 2023 our Leeds "
    "warehouse flooded and I drove to our largest client that morning; we moved their stock to "
    "Wakefield within two days and kept the contract.")


def test_three_method_steps_in_one_opening_sentence_are_flagged() -> None:
    assert METHOD in analyse(ASKED, ONE_LONG_OPENING, context=AnalysisContext()).rules_fired()


def test_one_method_step_in_one_opening_sentence_is_not_flagged() -> None:
    assert METHOD not in analyse(ASKED, ONE_OPENING_STEP, context=AnalysisContext()).rules_fired()
