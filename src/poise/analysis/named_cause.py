"""The cause of a failure named as someone else: "the main reason was the scanning company", "it
was the duty managers who set it up wrong".

Blame is often told as an identity rather than as an act: the sentence equates the cause with a
third party, so the speaker never says what the others did, and the failure lands on them by
the grammar alone. The parse reads two shapes of a told (past) "be":

- a cause noun as the subject and a third party as what it was: "the root cause was the
  contractor", "main reason for the delay was the equipment supplier", "the problem was the
  vendor" (the party as the noun itself or as the word that qualifies it: "the supplier's
  team"); a clause on the cause noun must tell a failure ("the reason we missed it"): "the
  reason I joined was the team" gives a reason for a choice;
- a cleft with a third party in focus and a failing relative clause: "it was the planners who
  got it wrong" (a word of the relative clause scores negative in the sentiment lexicon); "it
  was my manager who suggested it" names no failure.

The caller's word classes say who counts as a third party (a supplier, the team, "they"), so
"the reason was my own plan" or "it was me who missed it" name no one else. Whether the rest of
the answer makes the setback the set-up of what the speaker did is the caller's to weigh.
"""

from __future__ import annotations

from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import (
    WordClasses,
    children,
    is_target,
    sentiment_lexicon,
    speaker_in,
    subtree,
)
from poise.analysis.text import Sentence

CAUSE_NOUNS = frozenset({"cause", "reason", "culprit", "problem"})
"""Nouns that name what made a failure happen."""
QUALIFYING = frozenset({"compound", "poss"})
FAILING = -1.0
"""A word this negative or more in the sentiment lexicon (VADER, -4..4) makes a clause fail."""
LONGEST = 80
"""Tokens past which a sentence is not read (bounded work on odd text)."""


def _third_party(sent: Sentence, position: int, classes: WordClasses) -> bool:
    """The noun at ``position`` is a third party, or is qualified by one ("the supplier's
    team")."""
    if speaker_in(sent, [position]):
        return False
    if is_target(sent.tokens[position], classes):
        return True
    return any(sent.tokens[kid].dep in QUALIFYING and is_target(sent.tokens[kid], classes)
               for kid in children(sent, position))


def _cause_of_failure(sent: Sentence, noun: int, failures: frozenset[str]) -> bool:
    """The cause noun at ``noun`` is the cause of a failure: bare ("the main reason"), or with a
    clause of its own that tells one ("the reason we missed the date"), not a reason for a choice
    ("the reason I joined")."""
    clauses = [kid for kid in children(sent, noun) if sent.tokens[kid].dep in {"relcl", "acl"}]
    return not clauses or any(sent.tokens[word].lemma in failures
                              for clause in clauses for word in subtree(sent, clause))


def _cause_equated(sent: Sentence, verb: int, classes: WordClasses,
                   failures: frozenset[str]) -> bool:
    kids = children(sent, verb)
    if not any(sent.tokens[kid].dep == "nsubj" and sent.tokens[kid].lemma in CAUSE_NOUNS
               and _cause_of_failure(sent, kid, failures) for kid in kids):
        return False
    return any(sent.tokens[kid].dep == "attr" and _third_party(sent, kid, classes) for kid in kids)


def _failing_cleft(sent: Sentence, verb: int, classes: WordClasses) -> bool:
    kids = children(sent, verb)
    if not any(sent.tokens[kid].dep == "nsubj" and sent.tokens[kid].lower == "it" for kid in kids):
        return False
    lexicon = sentiment_lexicon()
    for focus in kids:
        if sent.tokens[focus].dep != "attr" or not _third_party(sent, focus, classes):
            continue
        for clause in children(sent, focus):
            if sent.tokens[clause].dep == "relcl" and any(
                    lexicon.get(sent.tokens[word].lower, 0.0) <= FAILING
                    for word in subtree(sent, clause)):
                return True
    return False


def cause_named(sent: Sentence, classes: WordClasses, failures: frozenset[str]) -> int | None:
    """The position of the "be" that names a third party as the cause of a failure (see the
    module), or None. ``failures`` are lemmas of failing ("miss", "slip") that a clause of the
    cause noun must hold ("the reason we missed it"; "the reason I joined" is no failure's)."""
    if not sent.parsed or len(sent.tokens) > LONGEST:
        return None
    for verb, token in enumerate(sent.tokens):
        if token.lemma != "be" or clause_mood(sent, verb) != "past":
            continue
        if _cause_equated(sent, verb, classes, failures) or _failing_cleft(sent, verb, classes):
            return verb
    return None
