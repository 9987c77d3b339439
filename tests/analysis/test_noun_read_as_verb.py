"""A noun the tagger reads as a verb after "and" ("district metering and leak detection") is no
act of the speaker's: the undermining rule does not hear "leak" there, and still hears a leak
the speaker did. Sentences written for these tests."""

from __future__ import annotations

from poise.analysis import analyse
from poise.analysis.grammar import noun_read_as_verb
from poise.analysis.text import parse


def test_a_noun_after_and_before_a_bare_noun_is_read_as_a_noun() -> None:
    sent = parse("I cut water losses through zone metering and leak detection.").sentences[0]
    position = next(index for index, token in enumerate(sent.tokens) if token.lower == "leak")
    if sent.tokens[position].dep == "conj":  # the tagger's verb reading, which this guards
        assert noun_read_as_verb(sent, position)


def test_a_verb_after_and_with_its_own_object_stays_a_verb() -> None:
    sent = parse("I reported to the governors and attend its committees.").sentences[0]
    position = next(index for index, token in enumerate(sent.tokens) if token.lower == "attend")
    assert not noun_read_as_verb(sent, position)


def test_leak_detection_is_not_undermining_and_a_leak_told_as_a_win_is() -> None:
    fair = analyse("What do you bring?", "At Carden Falls I reduced lost water from 24% to 13% "
                   "through district metering and leak detection.")
    assert "tone.undermining" not in {finding.rule for finding in fair.findings}
    leaked = analyse("Tell me about a win.", "I won the contract because I leaked the rival bid "
                     "to the buyer before the deadline, so we came in lower.")
    assert "tone.undermining" in {finding.rule for finding in leaked.findings}
