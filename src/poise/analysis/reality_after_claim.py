"""A thing the speaker told or presented, followed by what was really so, read from the parse.

Part of tone.undermining. "I told the customer the part was in stock. In reality it was still on
a ship." "I described the network as already in place. At that point we had two volunteers."
The speaker's own claim or presentation (a verb of telling with a clause, or of presenting with
"as") is followed by a sentence that opens on what was really so ("in reality", "actually", "in
fact", "at that point") and limits or denies it ("still", "only", "not", "yet"), or tells the
same act of the speaker's side again with other facts ("Actually we did it in May").

Not read: a forecast or promise told ("I told them we would need six weeks"), a present state
("we actually only have two now"), a reality the speaker then set right ("..., and I corrected
it that afternoon"), and a claim of someone else's.
"""

from __future__ import annotations

from poise.analysis.conduct import SPEAKERS, SUBJECTS
from poise.analysis.deception import CLAIMING, CORRECTING, PROMISING
from poise.analysis.meaning import children, negated
from poise.analysis.text import Sentence

PRESENTING = frozenset({"describe", "present", "write", "report", "show", "label", "mark",
                        "list", "badge", "pitch", "sell", "submit", "send"})
"""Verbs that present a thing as something ("described the network as already in place")."""
REALITY_NOUNS = frozenset({"reality", "fact", "truth"})
REALITY_ADVERBS = frozenset({"actually", "really"})
MOMENT_NOUNS = frozenset({"point", "time", "stage", "moment"})
LIMITING = frozenset({"still", "only", "just", "yet", "not", "n't", "no", "never", "nothing",
                      "none", "barely", "hardly"})
OPENING = 4
"""How far into the next sentence its opening marker may sit ("But in reality, it...")."""


def _speaker_subject(sent: Sentence, verb: int) -> bool:
    return any(sent.tokens[c].dep in SUBJECTS and sent.tokens[c].lower in SPEAKERS
               for c in children(sent, verb))


def _claims(sent: Sentence) -> list[int]:
    """The speaker's tellings of a fact (with a clause, no promise in it) and presentations of a
    thing "as" something; each as the position of its verb."""
    found = []
    for verb, token in enumerate(sent.tokens):
        if token.tag != "VBD" or negated(sent, verb) or not _speaker_subject(sent, verb):
            continue
        kids = children(sent, verb)
        if token.lemma in CLAIMING:
            clauses = [c for c in kids if sent.tokens[c].dep == "ccomp"]
            if clauses and not any(sent.tokens[g].lower in PROMISING
                                   for c in clauses for g in children(sent, c)):
                found.append(verb)
        elif token.lemma in PRESENTING and any(
                sent.tokens[c].dep == "prep" and sent.tokens[c].lower == "as" for c in kids):
            found.append(verb)
    return found


def _opens_on_reality(sent: Sentence) -> bool:
    """The sentence opens on what was really so: "In reality", "Actually", "At that point"."""
    for token in sent.tokens[:OPENING]:
        if token.lower in REALITY_ADVERBS and token.dep == "advmod":
            return True
        if token.lower in REALITY_NOUNS and token.dep == "pobj":
            return True
        if token.lower in MOMENT_NOUNS and token.dep == "pobj" and any(
                other.lower == "that" for other in sent.tokens[:OPENING]):
            return True
    return False


def _past(sent: Sentence, verb: int) -> bool:
    """The clause is in the past: "it was", "we did", "the landlord had not signed"."""
    token = sent.tokens[verb]
    return token.tag == "VBD" or (token.tag == "VBN" and any(
        sent.tokens[c].lower in {"had", "'d"} for c in children(sent, verb)))


def claim_then_reality(said: Sentence, after: Sentence | None) -> bool:
    """The speaker told or presented something, and the next sentence says what was really so."""
    if after is None or not said.parsed or not after.parsed or not _opens_on_reality(after):
        return False
    claims = _claims(said)
    if not claims:
        return False
    roots = [p for p, token in enumerate(after.tokens) if token.dep == "ROOT"]
    if not roots or not _past(after, roots[0]):
        return False  # a present state, or no clause to read
    if any(token.lemma in CORRECTING for token in after.tokens):
        return False
    if any(token.lower in LIMITING for token in after.tokens):
        return True
    # "Actually we did it in May": the same act, told again with other facts
    told = {said.tokens[c].lemma for verb in claims for c in children(said, verb)
            if said.tokens[c].dep == "ccomp"}
    root = roots[0]
    return after.tokens[root].lemma in told and _speaker_subject(after, root)
