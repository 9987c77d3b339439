"""Composure lapses in a reply to a challenge, read from the parse (analysis/composure.py): a
grudging shrug, a view credited to the interviewer to mock it, a loss for what they want, the
interviewer told to read more carefully, the concern talked down or judged. Each with fresh
positives and near misses written for these tests."""

from __future__ import annotations

import pytest

from poise.analysis import composure
from poise.analysis.text import Sentence, parse
from poise.content.loader import knowledge_base


def _words(name: str) -> frozenset[str]:
    return frozenset(entry.phrase.lower() for entry in knowledge_base().lexicons[name].entries)


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def _lapses(text: str) -> set[str]:
    sent = _sentence(text)
    concern = _words("concern_words")
    found = {
        "shrug": composure.shrug(sent, _words("assent_words")),
        "mocked": composure.mocked_view(sent),
        "loss": composure.at_a_loss(sent),
        "read": composure.told_to_read(sent),
        "down": composure.concern_talked_down(sent, concern),
        "judged": composure.point_judged(sent, concern),
        "reproach": composure.counterfactual_reproach(sent),
    }
    return {name for name, hit in found.items() if hit}


@pytest.mark.parametrize(("text", "lapse"), [
    ("I have been doing these audits for ten years, but fine.", "shrug"),
    ("Nobody on my team ever missed a payroll run, so, whatever.", "shrug"),
    ("I suppose you also think auditors slow the tills down.", "mocked"),
    ("I'd have thought a panel like yours would know how rosters work.", "mocked"),
    ("I'm not sure what else you want me to say about the audit.", "loss"),
    ("I don't know how else you want me to put it.", "loss"),
    ("Perhaps you should read the appendix more carefully.", "read"),
    ("If you'd read beyond the summary you would have seen the trend.", "read"),
    ("I think that gap is smaller than it sounds.", "down"),
    ("Honestly it's more of a wording issue than a real concern.", "down"),
    ("My time in retail is the advantage here, not the weakness.", "down"),
    ("I find that a rather unfair summary of my year.", "judged"),
    ("I think that is a bit of a smear on auditors as a group.", "judged"),
    ("I'd have thought the audit trail settled that question.", "reproach"),
    ("Frankly, I would have expected a lender of your size to ask for the ledger first.",
     "reproach"),
    ("I would have assumed the reference covered that.", "reproach"),
])
def test_a_composure_lapse_is_read_from_the_parse(text: str, lapse: str) -> None:
    assert lapse in _lapses(text)


@pytest.mark.parametrize("text", [
    "We were two weeks late on the audit, but it passed.",  # a result after "but"
    "The team was tired after the stocktake, but proud.",  # a feeling, no assent
    "I'd love to know what you think of the plan I sent.",  # an open question to the panel
    "I imagine you know the Leeds market better than I do.",  # a compliment, no view mocked
    "I don't know what else we could have done that winter.",  # the past, not the question
    "You should check the dashboard every Monday, so I built one.",  # advice in a story
    "The overspend was smaller than we feared in March.",  # a fact, no concern talked down
    "That is a fair worry, and I would ask it too.",  # the concern named, not judged
    "I find it hard to hand work over early.",  # a weakness owned
    "I wouldn't have thought so, no; the figures were audited.",  # denied: a concession
    "I would never have expected to enjoy payroll this much.",  # denied
    "You'd have thought the depot would shut, and it nearly did.",  # not the speaker's view
    "I have thought about that question a lot since March.",  # no "would": no counterfactual
])
def test_near_misses_are_not_lapses(text: str) -> None:
    assert not _lapses(text)


DEFENSIVE_RULES = frozenset({"tone.defensive", "tone.curt", "concern.defensive",
                             "concern.dismissive", "meaning.defensive", "tone.curt_in_stress",
                             "tone.heard_pushback"})


def test_a_reproach_in_a_stress_reply_is_defensive() -> None:
    from poise.analysis import AnalysisContext, analyse

    answer = ("I'd have thought the audited accounts settled that question. We cut shrinkage "
              "from 2.1% to 1.4% across forty stores in eighteen months, and I led the stock "
              "counts myself every quarter.")
    report = analyse("A shrinkage cut that size? I don't buy it.", answer,
                     context=AnalysisContext(interview_format="stress"))
    assert report.rules_fired() & DEFENSIVE_RULES


def test_the_same_words_in_a_story_asked_plainly_are_not() -> None:
    from poise.analysis import AnalysisContext, analyse

    answer = ("When I took over the Leeds depot I would have thought a rota change was a "
              "two-week job. It took three months: I met every shift, rewrote the rota with the "
              "union rep and cut overtime by 18% by the end of the year.")
    report = analyse("Tell me about a change you led that took longer than planned.", answer,
                     context=AnalysisContext())
    assert not report.rules_fired() & DEFENSIVE_RULES


def test_a_risk_granted_real_is_not_the_point_judged() -> None:
    concern = frozenset({"concern", "worry", "gap"})
    sent = parse("I think that is a real risk, and I would plan for it.").sentences[0]
    assert not composure.point_judged(sent, concern, frozenset({"real", "fair"}))
    judged = parse("Honestly, this is a bit of a stereotype.").sentences[0]
    assert composure.point_judged(judged, concern, frozenset({"real", "fair"}))
