"""A thing reduced to its outward form (analysis/mere_form.py): the concern called "just
paperwork" or a small thing in a reply to it, read by the defensive rules; a step of choosing
kept "only for the file" after the speaker settled the outcome, read by the undermining rule.
Sentences written for these tests, with adversarial ones that look alike and are not."""

from __future__ import annotations

import pytest

from poise.analysis import mere_form
from poise.analysis.analyse import AnalysisContext, analyse
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base


def _lexicon(name: str) -> frozenset[str]:
    return frozenset(entry.phrase.lower() for entry in load_knowledge_base().lexicons[name].entries)


MERE = _lexicon("mere_form")
STEPS = _lexicon("selection_steps")
CONCERN = _lexicon("concern_words")


def _sentences(text: str) -> list[Sentence]:
    return list(parse(text).sentences)


@pytest.mark.parametrize("text", [
    "The budgets and the committee side of it, that's just paperwork.",
    "Honestly, the gap is only a piece of paper.",
    "That's a minor thing, really.",
])
def test_concern_made_trivial(text: str) -> None:
    assert mere_form.trivialised(_sentences(text)[0], CONCERN, MERE)


@pytest.mark.parametrize("text", [
    "It's not just paperwork, it's how the plant stays safe.",
    "That's just my title; the work itself was the same.",
    "That is the paperwork I would start with in my first month.",
    "If it's just paperwork, I can learn it.",
    "That's just one example of how we worked.",
    "It is only a detail, but it matters to the auditors.",
])
def test_no_concern_made_trivial(text: str) -> None:
    assert not mere_form.trivialised(_sentences(text)[0], CONCERN, MERE)


@pytest.mark.parametrize("text", [
    "I told the panel whom I wanted for the post, and the interviews were only for the file.",
    "I had already agreed the price with our usual firm. The tender was just a formality.",
])
def test_step_kept_for_form(text: str) -> None:
    sentences = _sentences(text)
    assert any(mere_form.kept_for_form(sentences, position, STEPS, MERE)
               for position in range(len(sentences)))


@pytest.mark.parametrize("text", [
    "The interview was only a formality for me, since I had acted in the job for a year.",
    "We ran a full tender with three bids. The review was not a formality.",
    "I joined in May. The review was only a formality then, so I made it a real one.",
    "The audit was just for show until I arrived, so I rebuilt it with real checks.",
])
def test_no_step_kept_for_form(text: str) -> None:
    sentences = _sentences(text)
    assert not any(mere_form.kept_for_form(sentences, position, STEPS, MERE)
                   for position in range(len(sentences)))


def test_the_concern_rule_hears_it_trivialised() -> None:
    question = ("Is there anything that gives you pause? — Yes: you have no formal degree in "
                "engineering, which most of our directors hold.")
    answer = ("I see why you ask. I ran two sites for nine years and grew them both. Honestly, "
              "the degree is just a piece of paper. I'd be up to speed quickly.")
    report = analyse(question, answer, context=AnalysisContext(phase="concern_reply"))
    assert {"concern.dismissive", "tone.defensive"} & report.rules_fired()


def test_the_undermining_rule_hears_a_rigged_step() -> None:
    question = "Tell me about a time you filled a key post."
    answer = ("In 2021 I needed a new stores supervisor. Before the panel met I told the members "
              "which candidate I wanted, and the interviews were only for the file. He started in "
              "March and stock losses fell by a third.")
    report = analyse(question, answer, context=AnalysisContext())
    assert "tone.undermining" in report.rules_fired()


def test_a_step_the_speaker_was_told_about_is_not_theirs() -> None:
    sentences = _sentences("We were told which firm had won before the panel met; the tender was "
                           "only a formality, and I said so to my director.")
    assert not any(mere_form.kept_for_form(sentences, position, STEPS, MERE)
                   for position in range(len(sentences)))
