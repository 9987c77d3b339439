"""A verdict on someone carried by a noun (analysis/judged_nouns.py, with the embedding estimate of
a word's valence, analysis/word_valence.py), a sarcastic opening to a challenged reply
(analysis/mock_reply.py), advice about blame that is no blame, the account of the person a people-management
question asks about (analysis/fair_account.py) and a concern talked down against how it appears
(analysis/downplayed.py): alone and through the whole analyser (examples written for these
tests)."""

from __future__ import annotations

import pytest

from poise.analysis import (
    AnalysisContext,
    analyse,
    downplayed,
    fair_account,
    judged_nouns,
    mock_reply,
    word_valence,
)
from poise.analysis.meaning import WordClasses
from poise.analysis.text import parse
from poise.content.loader import load_knowledge_base


def _words(*names: str) -> frozenset[str]:
    kb = load_knowledge_base()
    return frozenset(entry.phrase.lower() for name in names for entry in kb.lexicons[name].entries)


def _noun_verdict(text: str) -> bool:
    classes = WordClasses(targets=_words("third_parties", "role_nouns") | {"he", "she", "they"},
                          negative=_words("verdict_words"))
    roles = _words("role_nouns", "third_parties")
    return any(judged_nouns.noun_verdict(sent, classes, roles, word_valence.estimate)
               for sent in parse(text).sentences)


def test_the_estimate_reads_unrated_nouns() -> None:
    # neither is rated by the sentiment lexicon
    assert word_valence.estimate("parasite") < -1.0
    assert word_valence.estimate("mentor") > 0.5


@pytest.mark.parametrize("text", [
    "Our regional director was a parasite, honestly.",
    "The procurement department is a catastrophe.",
    "Frankly the contractors on that site were a menace.",
    "My last boss was a bit of a tyrant.",
    "The owner, a bully of the old school, ran every meeting.",
])
def test_a_noun_passes_a_verdict(text: str) -> None:
    assert _noun_verdict(text)


@pytest.mark.parametrize("text", [
    "My manager was a former engineer.",  # a job
    "The company was a family business.",  # a kind of firm
    "My boss was a great mentor to me.",  # warm
    "The team was a mix of graduates and veterans.",  # a kind or a count
    "My boss wasn't a bully, just busy.",  # denied
    "If the supplier were a monopoly, we would have had no choice.",  # imagined
    "A manager who hides bad news is a liability to everyone.",  # anyone, not someone
    "Our old system was a disaster, so I replaced it.",  # a thing, not a person or a body
    "I was a nightmare to manage in my first year.",  # the speaker
])
def test_no_noun_verdict(text: str) -> None:
    assert not _noun_verdict(text)


def _about_asked(text: str) -> bool:
    return fair_account.about_asked_person(parse(text).sentences[0])


@pytest.mark.parametrize("text", [
    "He was not careless; he was afraid to delegate.",
    "One of my shift leads, Priya, was very organised, but she had never planned a budget.",
    "For three months his reports were coming in late.",
])
def test_an_account_of_the_person_asked_about(text: str) -> None:
    assert _about_asked(text)


@pytest.mark.parametrize("text", [
    "My predecessor had let the team coast for years.",
    "The previous head had never once called him to order.",
    "The owners were never interested in the night shift.",
])
def test_another_party_is_not_the_person_asked_about(text: str) -> None:
    assert not _about_asked(text)


def _downplayed(text: str) -> bool:
    return any(downplayed.downplayed(sent, frozenset({"gap", "worry", "concern", "risk"}))
               for sent in parse(text).sentences)


@pytest.mark.parametrize("text", [
    "I'd say it's less important than it looks on paper.",
    "Honestly, that's less of a weakness than it sounds.",
    "I don't think it's as serious a problem as people make out.",
    "The worry is smaller than people think.",
])
def test_a_concern_talked_down(text: str) -> None:
    assert _downplayed(text)


@pytest.mark.parametrize("text", [
    "It was less expensive than it looked, once we had the quotes.",  # past: a story
    "It's bigger than it looks, and I take it seriously.",  # a larger degree grants it
    "It's not as simple as it sounds, so here is what I did.",  # not a size
    "It's less about the tools than about the people.",  # no clause of view
    "That gap is real, and it's as big as it looks.",  # not denied
])
def test_no_concern_talked_down(text: str) -> None:
    assert not _downplayed(text)


BADMOUTHING = {"tone.judges_others", "tone.badmouthing", "meaning.badmouthing", "tone.heard_criticism"}
DEFENSIVE = {"tone.defensive", "tone.curt", "concern.defensive", "concern.dismissive",
             "meaning.defensive", "tone.curt_in_stress", "tone.heard_pushback"}


def _fired(question: str, answer: str, *, phase: str = "answer", fmt: str | None = None) -> set[str]:
    context = AnalysisContext(family=None, phase=phase, interview_format=fmt)
    return analyse(question, answer, context=context).rules_fired()


def test_a_noun_verdict_is_badmouthing_through_the_analyser() -> None:
    fired = _fired("Why are you leaving your current job?",
                   "Our regional director is a tyrant, to be honest. I want a role with a full "
                   "P&L and a board that backs the regions.")
    assert fired & BADMOUTHING


def test_a_job_named_is_not_badmouthing_through_the_analyser() -> None:
    fired = _fired("Why are you leaving your current job?",
                   "My manager is a former engineer, and I have learned a great deal from him. I "
                   "want a role with a full P&L, which this one offers.")
    assert not fired & BADMOUTHING


def test_a_concern_talked_down_in_a_stress_reply() -> None:
    fired = _fired("You have never managed a unionised workforce. Why should we trust you?",
                   "Honestly, I think it's less relevant than it looks. People are people.",
                   fmt="stress")
    assert fired & DEFENSIVE


def test_a_concern_granted_in_a_stress_reply() -> None:
    fired = _fired("You have never managed a unionised workforce. Why should we trust you?",
                   "It's a fair point, and the gap is as real as it looks. In my first month I "
                   "would meet each steward, and I have already read the last two agreements.",
                   fmt="stress")
    assert not fired & DEFENSIVE


def _mock(text: str) -> bool:
    return mock_reply.mock_opening(parse(text).sentences[0])


@pytest.mark.parametrize("text", [
    "Well, I suppose all my referees must be lying, then.",
    "Well, you could always phone my old boss, I suppose.",
    "Oh, so we're starting with that one, are we.",
    "Well, I guess the numbers would be wrong too, right?",
])
def test_a_sarcastic_opening(text: str) -> None:
    assert _mock(text)


@pytest.mark.parametrize("text", [
    "Well, I suppose the honest answer is that I hired too fast.",  # a plain verb answers
    "Well, I guess we could have caught it a month earlier.",  # a modal perfect owns a miss
    "Well, I guess I would start with the safety data.",  # the speaker's own answer
    "Well, I suppose my old team would say I was too cautious.",  # a view the question asks for
    "I suppose the vendor could have been clearer, then.",  # no opener
    "Are we on track? We are.",  # a real question, no opener
])
def test_no_sarcastic_opening(text: str) -> None:
    assert not _mock(text)


def test_a_concern_granted_first_then_weighed_is_not_defensive() -> None:
    fired = _fired("You have never managed a unionised workforce. Why should we trust you?",
                   "That's a fair question. I'd say it's less of a gap than it looks, though: I "
                   "ran the works council at Rennes for three years and we settled two pay "
                   "rounds without a stoppage.", fmt="stress")
    assert not fired & DEFENSIVE


def test_a_sarcastic_opening_is_defensive_in_a_stress_reply() -> None:
    fired = _fired("Two of your referees say you avoid conflict. Why should I believe you?",
                   "Well, I suppose they must both be right, then. I chaired the pay talks in "
                   "2022 and closed them in six weeks.", fmt="stress")
    assert fired & DEFENSIVE


def test_an_opener_that_answers_is_not_defensive() -> None:
    fired = _fired("Two of your referees say you avoid conflict. Why should I believe you?",
                   "Well, I suppose the fair answer is that I used to. In 2022 I chaired the pay "
                   "talks myself and closed them in six weeks, with no strike days.", fmt="stress")
    assert not fired & DEFENSIVE


BLAME = {"tone.blames_others", "tone.blame", "meaning.blame", "tone.heard_blame"}


def test_advice_about_blaming_is_no_blame() -> None:
    fired = _fired("Tell me about an outsourcing partner that wasn't delivering. What did you do?",
                   "Our print partner kept missing the Friday slot. I sat down with their "
                   "account lead, rewrote the brief and moved the deadline to Wednesday, and "
                   "they hit every slot after that. My rule since: before you blame the "
                   "supplier, check the brief you gave them.")
    assert not fired & BLAME


def test_a_failure_put_on_a_vendor_is_blame() -> None:
    fired = _fired("Tell me about a project that failed.",
                   "We missed the launch because the vendor shipped the wrong parts, and that "
                   "was entirely their fault.")
    assert fired & BLAME
