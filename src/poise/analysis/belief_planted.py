"""A party led by the speaker to believe what the speaker, in the same sentence, says was not so.

"I told the union it was only a pilot, although in fact we had decided to make it permanent";
"I let the client believe our team had ten engineers on it, when it was really four";
"I assured the board the project was on track, although I knew it was two months late". The
speaker tells, assures or leads someone to believe a claim (a clause under the verb of telling,
or under a verb of believing the speaker let or made the party hold), and a clause set against
it ("although", "when", "whereas") tells what was really so: a word of the truth ("really",
"in fact", "I knew"). A plain contrast without one ("I told them we would finish,
although it was tight") tells no claim known to be false, and a telling denied or only planned
is not told as done.
"""

from __future__ import annotations

from poise.analysis.conduct import SPEAKERS, SUBJECTS
from poise.analysis.meaning import children, negated, subtree
from poise.analysis.text import Sentence, per_sentence

TELLING = frozenset({"tell", "assure", "promise", "convince", "persuade", "inform", "reassure"})
"""Verbs by which the speaker puts a claim to a party."""
LEADING = frozenset({"let", "make", "lead", "leave", "allow"})
"""Verbs by which the speaker has a party hold a belief ("I let them believe...")."""
BELIEVING = frozenset({"believe", "think", "assume", "understand", "expect", "feel"})
CONTRAST = frozenset({"although", "though", "when", "whereas", "while"})
"""Words that set a clause against the claim."""
TRUTH = frozenset({"really", "actually", "fact", "truth", "reality", "knew", "known"})
"""Words by which the set-against clause tells what was really so."""
CLAIM_DEPS = frozenset({"ccomp"})
TOLD_TAGS = frozenset({"VBD", "VBN", "VBP"})
"""A telling told as done ("told", "had assured"; "let" in the past reads as VBP too)."""


def _speaker_said(sent: Sentence, verb: int) -> bool:
    """The verb has "I" or "we" as its subject and is told as done, not denied."""
    tokens = sent.tokens
    if tokens[verb].tag not in TOLD_TAGS or negated(sent, verb):
        return False
    return any(tokens[c].dep in SUBJECTS and tokens[c].lower in SPEAKERS
               for c in children(sent, verb))


def _claim(sent: Sentence, verb: int) -> int | None:
    """The clause the speaker put to the party: a clause under the verb of telling, or, under a
    verb of leading, the clause under the belief the party was let or made to hold."""
    tokens = sent.tokens
    lemma = tokens[verb].lemma
    for child in children(sent, verb):
        if lemma in TELLING and tokens[child].dep in CLAIM_DEPS:
            return child
        if lemma in TELLING and tokens[child].dep == "dobj":
            # "told the supplier we had an offer": the parse may hang the claim on the party
            for clause in children(sent, child):
                if tokens[clause].dep == "relcl" and any(
                        tokens[g].dep in SUBJECTS and tokens[g].tag == "PRP"
                        for g in children(sent, clause)):
                    return clause
        if lemma in LEADING and tokens[child].dep in {"ccomp", "xcomp"} \
                and tokens[child].lemma in BELIEVING:
            claims = [g for g in children(sent, child) if tokens[g].dep in CLAIM_DEPS]
            return claims[0] if claims else None
    return None


@per_sentence
def believed_against_truth(sent: Sentence) -> bool:
    """The speaker told or led a party to believe a claim, and a clause after it, set against it,
    tells what was really so."""
    if not sent.parsed:
        return False
    tokens = sent.tokens
    for verb, token in enumerate(tokens):
        if token.lemma not in TELLING | LEADING or not _speaker_said(sent, verb):
            continue
        claim = _claim(sent, verb)
        if claim is None:
            continue
        for position in range(claim + 1, len(tokens)):
            if tokens[position].lower not in CONTRAST or tokens[position].dep not in {"mark", "advmod"}:
                continue
            clause = tokens[position].head
            if not 0 <= clause < len(tokens) or clause == verb:
                continue
            if any(tokens[g].lower in TRUTH for g in subtree(sent, clause)):
                return True
    return False
