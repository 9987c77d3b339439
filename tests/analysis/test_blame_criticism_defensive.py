"""Blame, criticism and defensiveness read where they are and not imagined (issue 11, item 3):
a failure told as bound to happen once others acted, a miss placed outside the speaker's
control, a plan that blames nobody, a verdict on people said now against a past set-up the
speaker then acted on, pushback heard by a model after the point was granted, and composure
lapses in a challenged reply. Every example is written for these tests."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, attribution
from poise.analysis.meaning import WordClasses
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base

BLAME = {"tone.blames_others", "tone.blame", "meaning.blame", "tone.heard_blame"}
DEFENSIVE = {"tone.defensive", "tone.curt", "concern.defensive", "concern.dismissive",
             "meaning.defensive", "tone.curt_in_stress", "tone.heard_pushback"}


def _words(name: str) -> frozenset[str]:
    return frozenset(entry.phrase.lower() for entry in load_knowledge_base().lexicons[name].entries)


def _others() -> WordClasses:
    return WordClasses(targets=_words("third_parties") | _words("role_nouns") | _words("circumstances")
                       | {"he", "she", "they"})


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def _fired(question: str, answer: str, *, phase: str = "answer", interview_format: str | None = None,
           family: str | None = None) -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(
        family=family, phase=phase, interview_format=interview_format))
    return report.rules_fired()


@pytest.mark.parametrize("text", [
    "The vendor shipped the scanners a month late, so we were always going to struggle at peak.",
    "Head office froze the budget in May, and after that the pilot was never going to succeed.",
    "With the currency where it was, I think anyone in my seat would have lost that contract.",
])
def test_a_failure_told_as_bound_to_happen_is_blame(text: str) -> None:
    assert attribution.doomed(_sentence(text), _others(), _words("failure_verbs"),
                              frozenset({"work", "succeed", "land", "launch"}))


@pytest.mark.parametrize("text", [
    "We were always going to open the second depot in spring.",  # a plan, no failure
    "I was always going to struggle with that deadline, and that was my call.",  # nobody else acted
    "Anyone in my seat would have done the same thing.",  # no failure
])
def test_a_plan_or_an_owned_miss_is_not_doomed(text: str) -> None:
    assert not attribution.doomed(_sentence(text), _others(), _words("failure_verbs"),
                                  frozenset({"work", "succeed", "land", "launch"}))


def test_a_miss_placed_outside_the_speakers_control_is_placed_with_others() -> None:
    placed = _sentence("Most of the delays were outside our control.")
    kept = _sentence("The delay was outside the original plan.")
    setbacks = _words("setback_nouns")
    assert attribution.origin_placed(placed, _others(), setbacks)
    assert not attribution.origin_placed(kept, _others(), setbacks)


def test_a_plan_answering_a_concern_blames_nobody() -> None:
    question = "Anything in my background that gives you pause? You have never run a site with a union."
    answer = ("That's a fair point, and I haven't. My plan would be to meet the shop stewards in my "
              "first week, not the head office team, and not to change any shift pattern until the "
              "stewards have seen the numbers.")
    assert not _fired(question, answer, phase="concern_reply") & BLAME


def test_a_failure_bound_to_happen_is_found_in_an_answer() -> None:
    question = "Tell me about a launch of yours that didn't work."
    answer = ("We launched a subscription box in 2022. The warehouse partner moved our slot to "
              "January and the courier lost the first two pallets, so from then on it was never "
              "going to land. I wound it down in March.")
    assert _fired(question, answer) & BLAME


def test_pushback_heard_after_a_grant_is_not_quoted() -> None:
    question = "Anything in my background that gives you pause? You have only worked for charities."
    answer = ("That's a fair point, and you're right that I have never run a commercial team. At "
              "the trust I ran a shop chain of 40 stores with its own profit and loss, and we took "
              "it from a loss to a 6% margin in two years. I would ask to spend my first month "
              "with your sales leads.")
    assert not _fired(question, answer, phase="concern_reply") & DEFENSIVE


def test_a_dismissal_before_the_grant_is_still_heard() -> None:
    question = "Anything in my background that gives you pause? You have only worked for charities."
    answer = ("I find that a rather unfair summary, but fair enough to ask. A shop chain is a shop "
              "chain, whoever owns it.")
    assert _fired(question, answer, phase="concern_reply") & DEFENSIVE


@pytest.mark.parametrize("answer", [
    "I have run this audit cycle for nine years without a single restatement, but fine.",
    "Perhaps you should read the appendix of my report more carefully. The savings are all there.",
    "I suppose you also think auditors slow the tills down. The numbers say otherwise.",
])
def test_a_composure_lapse_is_defensive_under_stress(answer: str) -> None:
    question = "Your savings figure sounds made up to me. Prove it."
    assert _fired(question, answer, interview_format="stress") & DEFENSIVE


def test_the_same_words_in_a_plain_question_are_not_pushback() -> None:
    question = "What is something you are not good at?"
    answer = ("I leave paperwork to the last day. It is not a big problem for the business, and "
              "in the end my stores always closed the month on time.")
    assert "tone.defensive" not in _fired(question, answer, family="weaknesses")


def test_a_request_granted_with_a_no_is_not_a_contradiction() -> None:
    question = "What's your weakness? And please don't tell me you work too hard, I've heard it all day."
    granted = ("Ha, no, you won't get that one from me. My real one is that I hold on to decisions: in "
               "2023 I signed every order myself and the new line started three weeks late, so I now "
               "let my two shift leads sign anything under five thousand.")
    assert not _fired(question, granted, interview_format="stress") & DEFENSIVE
    refused = ("No, you don't get it. Working hard is a weakness when you do the work of three people, "
               "and that is what I do.")
    assert _fired(question, refused, interview_format="stress") & DEFENSIVE
