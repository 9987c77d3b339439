"""Whom a verdict, a blame or a pushback is aimed at, read from the parse: a verdict on someone
else, a failure put on others, the interviewer's point called unfair (examples written for these
tests), with the near-misses that must not be read as conduct flaws."""

from __future__ import annotations

import pytest

from poise.analysis import (
    AnalysisContext,
    analyse,
    attribution,
    indirect,
    judged_nouns,
    others_verdict,
    word_valence,
)
from poise.analysis.meaning import WordClasses, judged_targets
from poise.analysis.rules import flaws
from poise.analysis.text import parse
from poise.content.loader import load_knowledge_base


def _words(*names: str) -> frozenset[str]:
    kb = load_knowledge_base()
    return frozenset(entry.phrase.lower() for name in names for entry in kb.lexicons[name].entries)


def _classes() -> WordClasses:
    return WordClasses(targets=_words("third_parties", "role_nouns") | {"he", "she", "they"},
                       negative=_words("verdict_words"))


def _first(sentence: str):  # type: ignore[no-untyped-def]
    return parse(sentence).sentences[0]


# --- a verdict on someone else ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Our regional director, who frankly had very little grasp of logistics, wanted to delay the shutdown.",
    "When I took over, I found that my predecessor, who frankly had no real grasp of the numbers, "
    "had signed it.",
])
def test_a_capacity_denied_through_a_relative_clause(sentence: str) -> None:
    assert indirect.denied_capacity(_first(sentence), _classes(), _words("capacity_nouns"))


@pytest.mark.parametrize("sentence", [
    # "a little" grants some
    "Our new director, who frankly had a little experience of retail, asked me to help.",
    # the set-up of the speaker's own act
    "The client had very little understanding of cloud, so I ran a workshop for them.",
])
def test_a_capacity_granted_or_set_up_is_no_verdict(sentence: str) -> None:
    assert not indirect.denied_capacity(_first(sentence), _classes(), _words("capacity_nouns"))


def test_the_adjective_of_a_noun_said_of_a_body_judges() -> None:
    sent = _first("The hold-up was the distributor's head office, frankly a chaotic and dishonest outfit.")
    assert judged_nouns.noun_verdict(sent, _classes(), _words("role_nouns", "third_parties"),
                                     word_valence.estimate, states=_words("passing_states"))


@pytest.mark.parametrize("sentence", [
    "Our main distributor, a small family firm, took the whole range.",
    "My manager was a worried man that spring, with two sites closing.",
])
def test_a_plain_or_passing_noun_phrase_is_no_verdict(sentence: str) -> None:
    assert not judged_nouns.noun_verdict(_first(sentence), _classes(),
                                         _words("role_nouns", "third_parties"), word_valence.estimate,
                                         states=_words("passing_states"))


def test_a_verdict_on_places_is_not_one_on_people() -> None:
    sent = _first("They are dangerous workshops, whatever the rota says.")
    pairs = judged_targets(sent, _classes(), judgement_verbs=_words("judgement_verbs"))
    assert pairs and all(others_verdict.said_of_things(sent, target, word, _classes())
                         for target, word in pairs)
    people = _first("They were lazy managers, all of them.")
    pairs = judged_targets(people, _classes(), judgement_verbs=_words("judgement_verbs"))
    assert pairs and not any(others_verdict.said_of_things(people, target, word, _classes())
                             for target, word in pairs)


def test_a_reaction_to_the_speaker_is_not_a_verdict() -> None:
    sent = _first("The director was a little impatient with me during the review.")
    pairs = judged_targets(sent, _classes(), judgement_verbs=_words("judgement_verbs"))
    assert pairs and all(others_verdict.reaction_to_speaker(sent, word) for _target, word in pairs)
    plain = _first("The director was impatient and rude.")
    assert not any(others_verdict.reaction_to_speaker(plain, word) for _target, word in
                   judged_targets(plain, _classes(), judgement_verbs=_words("judgement_verbs")))


def _rules(question: str, answer: str) -> set[str]:
    return analyse(question, answer, context=AnalysisContext()).rules_fired()


BADMOUTHING = {"tone.judges_others", "tone.badmouthing", "meaning.badmouthing", "tone.heard_criticism"}
BLAME = {"tone.blames_others", "tone.blame", "meaning.blame", "tone.heard_blame"}


def test_a_situation_the_speaker_then_fixed_is_not_badmouthing() -> None:
    fired = _rules(
        "Tell me about a team you turned around.",
        "When I arrived the warehouse was a mess and customers were angry: picking errors ran at six "
        "percent. I rebuilt the slotting plan, retrained both shifts on the scanners and put a "
        "daily error board by the dock. Within a quarter errors were under one percent, and I still "
        "start every new site with that board.")
    assert not fired & BADMOUTHING


# --- blame ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Neither of the delays was down to me.",
    "The outage was the contractor's doing, not ours.",
])
def test_a_share_denied(sentence: str) -> None:
    assert attribution.share_denied(_first(sentence))


@pytest.mark.parametrize("sentence", [
    "None of the engineers reports to me.",
    "It was my doing, not theirs.",
    "Neither of the wins was down to luck.",
])
def test_no_share_denied(sentence: str) -> None:
    assert not attribution.share_denied(_first(sentence))


def test_a_fault_named_to_refuse_it_is_not_owned() -> None:
    report = analyse(
        "Tell me about a project that went wrong.",
        "The fit-out ran nine weeks late. The joinery firm went into administration halfway "
        "through, so that was hardly my fault, and the client changed the layout twice. We "
        "opened in the end.", context=AnalysisContext())
    # the parse rule names the share refused (not only the tone model's low-severity reading)
    assert "tone.blames_others" in report.rules_fired()
    # and no score quotes "my fault" as a mistake owned
    quoted = [item.quote for dimension in report.dimensions for item in dimension.evidence]
    quoted += [item.quote for strength in report.strengths for item in strength.evidence]
    assert not any(quote == "my fault" for quote in quoted)


def test_owning_the_failure_while_naming_a_supplier_is_not_blame() -> None:
    fired = _rules(
        "Tell me about a project that went wrong.",
        "The fit-out ran nine weeks late. The joinery firm did deliver the units late, but the "
        "plan was my mistake: I had left no buffer for a single supplier. I re-sequenced the "
        "trades, agreed weekend access with the landlord and now build a two-week buffer into "
        "every plan I sign.")
    assert not fired & BLAME


# --- a pushback on the interviewer's point -----------------------------------------------------------

def _dismissed(sentence: str) -> bool:
    kb = load_knowledge_base()
    fair = frozenset(entry.phrase.lower() for entry in kb.lexicons["acknowledging"].entries)
    concern = frozenset(entry.phrase.lower() for entry in kb.lexicons["concern_words"].entries)
    return flaws._dismisses(_first(sentence), concern, fair)


@pytest.mark.parametrize("sentence", [
    "I'm not sure that's a fair summary of my time there.",
    "That's not a fair description of the programme.",
])
def test_the_point_called_unfair(sentence: str) -> None:
    assert _dismissed(sentence)


@pytest.mark.parametrize("sentence", [
    "That's a fair summary, and I'm not sure I would change a thing.",
    "I'm not sure it was fair on the team, so I changed the rota.",
    "That is a fair point.",
])
def test_fairness_granted_or_about_something_else(sentence: str) -> None:
    assert not _dismissed(sentence)


def test_a_reaction_to_the_speaker_is_not_aimed_at_a_third_party() -> None:
    from poise.analysis import tone_checks

    people, feelings = _words("third_parties", "role_nouns"), _words("passing_states")
    cognition = _words("cognition_verbs")
    reaction = _first("When we presented the plan, it was a long deck and the director was a little "
                      "impatient with me.")
    assert not tone_checks.third_party(reaction, people=people, feelings=feelings, cognition=cognition)
    verdict = _first("The director was impatient and rude to the whole team.")
    assert tone_checks.third_party(verdict, people=people, feelings=feelings, cognition=cognition)
