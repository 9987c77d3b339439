"""A case answered from another time: the answer says the thing that matters is what comes
before the case or years after it.

Asked what they would do in a case put to them ("It's midnight and the line has stopped... What do
you do?"), a speaker who answers "the most important thing is to stop it happening in the first
place" or "my priority would be to cut that reliance over the coming few years"
has moved the question to prevention or to a long-term strategy; the interviewer still does not
know what they would do in the hour asked about. Read from the parse:

- a clause of "be" whose subject holds a word of weight (the ``weight`` lexicon: "the most
  important thing", "the key", "my priority", "the real work");
- whose complement sets what it names in another time (the ``other_time`` lexicon: "before",
  "from the beginning", "years", "long-term"; not a "before" that opens a clause timing a step,
  "call the director before the customers hear it"), or keeps the case from happening at all:
  a verb of keeping off (``warding``: "avoid", "prevent") whose object points back at the case ("this
  situation", "such outages", "it"); "avoid panic" is a step in the case, not prevention.
"""

from __future__ import annotations

from collections.abc import Collection

from poise.analysis.meaning import be_clauses, subtree
from poise.analysis.text import AnalysedText, Sentence

POINTING = frozenset({"this", "that", "these", "those", "such", "it", "them"})
"""Words by which the object of "avoid" points back at the case put."""
NAMED = frozenset({"attr", "acomp", "ccomp", "xcomp", "advmod"})
"""Where a clause of "be" holds what it names: "is to avoid...", "is long-term investment", "is
before"."""
LONG = ("long", "term")
"""The two halves of "long-term", which the tokenizer may split."""


def key_elsewhere(answer: AnalysedText, weight: Collection[str], other_time: Collection[str],
                  warding: Collection[str]) -> list[int]:
    """The indices of the sentences that put the weight of the answer before the case or years
    after it (see the module doc); empty when none does."""
    return [sent.index for sent in answer.sentences if sent.parsed and _weighted_elsewhere(
        sent, frozenset(weight), frozenset(other_time), frozenset(warding))]


def _weighted_elsewhere(sent: Sentence, weight: frozenset[str], other_time: frozenset[str],
                        warding: frozenset[str]) -> bool:
    for subject, told in be_clauses(sent, NAMED):
        if not {sent.tokens[position].lemma for position in subject} & weight:
            continue
        if _elsewhere(sent, told, other_time, warding):
            return True
    return False


def _elsewhere(sent: Sentence, told: list[int], other_time: frozenset[str],
               warding: frozenset[str]) -> bool:
    """What the weighted clause names lies in another time, or keeps the case off."""
    lemmas = [sent.tokens[position].lemma for position in told]
    timed = {sent.tokens[position].lemma for position in told if sent.tokens[position].dep != "mark"}
    # "before the customers hear it" times a step inside the case; "from the beginning" does not
    if timed & other_time or any(
            lemmas[index:index + 2] == list(LONG) or lemmas[index:index + 3] == [LONG[0], "-", LONG[1]]
            for index in range(len(lemmas))):
        return True
    for position in told:
        token = sent.tokens[position]
        if token.lemma not in warding or token.pos != "VERB":
            continue
        for kid in sent.child_map[position]:
            if sent.tokens[kid].dep != "dobj":
                continue
            if any(sent.tokens[item].lower in POINTING for item in subtree(sent, kid)):
                return True
    return False
