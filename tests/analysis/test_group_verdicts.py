"""Verdicts on a group of third parties or a share of them (analysis/group_verdicts.py), alone and
through the whole analyser, and two overclaiming readings that must not fire (examples written
for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, group_verdicts
from poise.analysis.meaning import WordClasses
from poise.analysis.text import parse
from poise.content.loader import load_knowledge_base


def _words(*names: str) -> frozenset[str]:
    kb = load_knowledge_base()
    return frozenset(entry.phrase.lower() for name in names for entry in kb.lexicons[name].entries)


def _judged(text: str) -> bool:
    classes = WordClasses(targets=_words("third_parties", "role_nouns") | {"he", "she", "they"},
                          negative=_words("verdict_words"))
    knowing = _words("judgement_verbs", "cognition_verbs")
    states = _words("passing_states")
    return any(group_verdicts.judged_group(sent, classes, knowing, states)
               for sent in parse(text).sentences)


@pytest.mark.parametrize("text", [
    "Frankly, a few of the supervisors were lazy, and the rota showed it.",
    "Half of the directors had never read the risk register properly.",
    "Most auditors add very little to a project like that.",
    "Many site managers have never understood how a warehouse actually runs.",
    "Some of them were hopeless with a budget.",
    "They don't understand anything about retail.",
])
def test_a_verdict_on_a_group_is_found(text: str) -> None:
    assert _judged(text)


@pytest.mark.parametrize("text", [
    "Most of the supervisors stayed late that week to finish the count.",  # a deed, no verdict
    "Half of the directors asked for the risk register before the vote.",  # no denial
    "Some of them were worried about the new rota, so I met each shift.",  # a feeling, not a verdict
    "Most consultants would not understand the plant without a week on the floor.",  # a prediction
    "Half of the team had not read the new policy, so I ran two short briefings.",  # a plain fact, no point
    "The client didn't know anything about the delay until I called her.",  # knowing denied: a fact
    "Most of us had never seen a recall before.",  # the speaker's own side
    "Customers say very little in surveys, so we call a sample every month.",  # a saying, a class in general
    "If most of the buyers were unhappy, we would hear it in the returns.",  # a condition
    "The pattern was clear: most of the new drivers never got past the second week.",  # movement
])
def test_no_verdict_on_a_group(text: str) -> None:
    assert not _judged(text)


BADMOUTHING = {"tone.judges_others", "tone.badmouthing", "meaning.badmouthing", "tone.heard_criticism"}


def _fired(question: str, answer: str) -> set[str]:
    return set(analyse(question, answer, context=AnalysisContext()).rules_fired())


def test_group_verdict_is_criticism_in_an_answer() -> None:
    fired = _fired(
        "Why do you want to leave your current employer?",
        "I have been there six years. Honestly, half of the regional directors have never read a "
        "store report properly, and most of them add very little to the stores they visit.",
    )
    assert fired & BADMOUTHING


def test_a_fair_account_of_a_group_is_not_criticism() -> None:
    fired = _fired(
        "Tell me about a time you led a team through change.",
        "When we moved to the new ordering system in 2022, half of the store managers had not "
        "used it before, so I ran two evening sessions a week and paired each store with a "
        "mentor. Within six weeks ordering errors fell from 9% to 2%, and most of the managers "
        "asked to keep the mentor pairs.",
    )
    assert not fired & BADMOUTHING


@pytest.mark.parametrize(("question", "answer"), [
    ("Tell me about someone you developed.",
     "I hired Priya as a junior analyst in 2021. At first I reviewed every model she built, but I "
     "never let her run a client call alone until she asked for it. By 2023 she led two accounts "
     "and took over the quarterly review from me."),
    ("What are your strengths?",
     "The work I'm best at is turning round a site that has lost its way. In 2022 I took over a "
     "depot missing half its deliveries, rebuilt the shift plan with the supervisors, and on-time "
     "delivery went from 71% to 94% in five months."),
])
def test_permission_and_a_named_strength_are_not_overclaiming(question: str, answer: str) -> None:
    assert "tone.overclaim" not in _fired(question, answer)


@pytest.mark.parametrize("answer", [
    "Honestly, I never miss a deadline and I never let a client down.",
    "I can tell you I have never once failed to turn round a site I was put in charge of.",
])
def test_a_failure_denied_is_still_overclaiming(answer: str) -> None:
    fired = _fired("What is your biggest weakness?", answer)
    assert fired & {"tone.overclaim", "tone.sole_credit", "failures.denies", "meaning.overclaiming"}

