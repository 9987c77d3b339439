"""Who a failure or a verdict is aimed at, read from the parse: a failure put on someone other
than the speaker (analysis/failure_owner.py, the whole-answer blame quote), and the target of a
negative judgement (the speaker's own skill, a kind of thing, a verdict someone else would
voice). Sentences and answers written for these tests, each shape beside a near-miss that must
not fire."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, failure_owner, judged_nouns, others_verdict, word_valence
from poise.analysis.meaning import WordClasses, judged_targets
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base

BADMOUTHING = {"tone.judges_others", "tone.badmouthing", "meaning.badmouthing",
               "tone.heard_criticism"}
BLAME = {"tone.blames_others", "tone.blame", "meaning.blame", "tone.heard_blame"}


def _words(*names: str) -> frozenset[str]:
    kb = load_knowledge_base()
    return frozenset(entry.phrase.lower() for name in names for entry in kb.lexicons[name].entries)


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def _fired(question: str, answer: str) -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(family=None, phase="answer"))
    return report.rules_fired()


PEOPLE = ("third_parties", "role_nouns")


# --- a failure put on someone else ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The courier let us down twice in the peak week.",
    "The slip was entirely down to the agency.",
    "Their engineers never tested the release.",
    "The contractor should have checked the drawings.",
    "It was the agency's fault from start to finish.",
    "The root cause was the resin supplier changing its grade without notice.",
    "We slipped a week, largely because the yard had underestimated the welding.",
    "That was really their mistake, not ours.",
    "The overrun came down to the agency: their designs never matched the brief.",
])
def test_a_failure_put_on_someone_else_is_read(text: str) -> None:
    assert failure_owner.put_on_others(_sentence(text), _words(*PEOPLE))


@pytest.mark.parametrize("text", [
    "The seals failed in the first hot week.",
    "We had chosen a cheaper resin from a new source.",
    "I missed the date because I had not checked the plan.",
    "I let the team down on that one.",
    "The market was brutal that year, so I cut our fixed costs.",
    "The pump broke down on the second night.",
    "The failure was the packaging film.",
    "The root cause was our own test plan.",
])
def test_a_failure_with_no_owner_but_the_speakers_side_is_not(text: str) -> None:
    assert not failure_owner.put_on_others(_sentence(text), _words(*PEOPLE))


def test_a_hard_market_told_as_a_fact_the_speaker_then_handled_is_neither_blame_nor_criticism() -> None:
    fired = _fired("Tell me about a time results went against you.",
                   "In 2023 the furniture market was brutal: orders fell by a fifth and two rivals "
                   "closed. I cut our fixed costs by closing the second showroom, I moved the sales "
                   "team onto trade buyers and I renegotiated freight with our haulier. We ended the "
                   "year at a small profit, and trade sales are now 40% of revenue.")
    assert not fired & (BLAME | BADMOUTHING)


# --- the target of a negative judgement ----------------------------------------------------------

def _judges_classes() -> tuple[WordClasses, frozenset[str]]:
    targets = _words("third_parties", "role_nouns") | {"he", "she", "they"}
    return WordClasses(targets=targets, negative=_words("verdict_words")), _words("passing_states")


@pytest.mark.parametrize("text", [
    "My Portuguese from school was weak.",
    "Also I brushed up my Italian — my Italian was poor.",
])
def test_the_speakers_own_skill_judged_is_no_verdict_on_someone(text: str) -> None:
    classes, states = _judges_classes()
    assert others_verdict.judged_other(_sentence(text), classes, states, word_valence.estimate) is None


def test_a_person_judged_through_a_job_noun_still_is() -> None:
    classes, states = _judges_classes()
    assert others_verdict.judged_other(_sentence("The administrator was careless."), classes, states,
                                       word_valence.estimate) is not None


def test_a_verdict_a_generic_you_would_voice_is_not_the_speakers() -> None:
    sent = _sentence("Here you don't stand up in a meeting and tell your director he is wrong.")
    classes, states = _judges_classes()
    assert others_verdict.judged_other(sent, classes, states, word_valence.estimate) is None
    assert not judged_targets(sent, classes, judgement_verbs=frozenset())


def test_a_dialect_word_after_the_verdict_is_no_one_reporting_it() -> None:
    sent = _sentence("To be honest, he was useless, never left his office, couldnae tell one "
                     "lift from another.")
    classes, states = _judges_classes()
    assert others_verdict.judged_other(sent, classes, states, word_valence.estimate) is not None


def test_a_verdict_the_speaker_voices_still_is() -> None:
    sent = _sentence("My director was wrong, and I told him so.")
    classes, _states = _judges_classes()
    assert judged_targets(sent, classes, judgement_verbs=frozenset())


def test_a_target_word_naming_a_kind_of_thing_is_not_judged() -> None:
    sent = _sentence("The fake-supplier invoices go up every winter, so the checks move to the risky ones.")
    classes, _states = _judges_classes()
    assert not judged_targets(sent, classes, judgement_verbs=frozenset())


def test_a_judging_noun_said_of_a_person_the_parse_shows_is_a_verdict() -> None:
    classes, states = _judges_classes()
    roles = _words("role_nouns", "third_parties")
    assert judged_nouns.noun_verdict(_sentence("The fella before me was a bully."), classes, roles,
                                     word_valence.estimate, states=states)
    assert not judged_nouns.noun_verdict(_sentence("The fella before me was a mentor to me."), classes,
                                         roles, word_valence.estimate, states=states)


def test_the_speakers_own_weak_skill_in_an_answer_is_not_criticism() -> None:
    fired = _fired("How have you handled working across cultures?",
                   "At the Porto plant half the shift leads spoke only Portuguese. I took evening "
                   "classes for a year, because my Portuguese from school was weak. I ran the "
                   "morning briefing in Portuguese from the fourth month, and the leads started "
                   "raising problems in the meeting instead of after it. Near-misses reported went "
                   "from four a month to eleven, which is what we wanted.")
    assert not fired & BADMOUTHING


def test_praise_of_a_former_boss_with_one_fair_criticism_the_speaker_shares_is_not_badmouthing() -> None:
    fired = _fired("Tell me about a manager you learned from.",
                   "My last director, Ana, was the best manager I have had: she gave me the "
                   "Lisbon budget in my first year and backed me when the launch slipped. Her one "
                   "habit I would not copy is that she kept too many decisions on her own desk, and "
                   "I added to that by taking every call to her. I learned to bring her a "
                   "recommendation instead of a question, and our approvals went from a week to a "
                   "day.")
    assert not fired & BADMOUTHING
