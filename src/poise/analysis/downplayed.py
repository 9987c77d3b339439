"""A concern talked down against how it appears: "it's less relevant than it looks", "it's
less of a gap than it looks from the outside", "I don't think it's as big a deal as people
make it", "the risk is smaller than people think".

Read from the parse of one sentence: a present "be" whose subject is the point in question
("it", "that", "this" or a word of concern) carries a comparison of lesser degree (a
comparative of smallness, "less" on the predicate, or "as <size> ... as" under a negation) whose far
side is a clause of appearing or of holding a view (looks, seems, sounds, people make it,
people think). The degree and the verbs are small word classes; the shape is the parse. A
past clause ("it was less expensive than it looked") tells a story, not the reply; a larger
degree ("bigger than it looks") grants the concern.
"""

from __future__ import annotations

from poise.analysis.meaning import children, negated, subtree
from poise.analysis.text import Sentence

LESSER = frozenset({"less", "lesser", "smaller", "slighter", "narrower", "milder"})
VIEWING = frozenset({"look", "seem", "appear", "sound", "make", "think", "say", "believe",
                     "suggest", "paint", "read", "imagine", "assume", "fear"})
"""Verbs of appearing or of holding a view: the far side of the comparison."""
POINTING = frozenset({"it", "that", "this"})
PRESENT = frozenset({"VBZ", "VBP"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
COMPARING = frozenset({"than", "as"})
MAGNITUDE = frozenset({"big", "large", "serious", "bad", "important", "significant", "relevant",
                       "severe", "major", "great", "much", "risky", "grave", "wide"})
"""Words of size or weight: "not as big a deal as ..." talks the point down; "not as simple
as it sounds" does the opposite."""


def _present_be(sent: Sentence, verb: int) -> bool:
    token = sent.tokens[verb]
    return (token.lemma == "be" or token.lower in {"'s", "’s"}) and token.tag in PRESENT


def _against_view(sent: Sentence, verb: int) -> int | None:
    """The position of a "than/as" clause of appearing or view hung under the clause."""
    for position in subtree(sent, verb, skip=frozenset({"ccomp", "conj"})):
        token = sent.tokens[position]
        if token.dep != "advcl" or token.lemma not in VIEWING:
            continue
        if any(sent.tokens[c].dep == "mark" and sent.tokens[c].lower in COMPARING
               for c in children(sent, position)):
            return position
    return None


def _denied_above(sent: Sentence, verb: int) -> bool:
    """The clause, or the verb of thinking it hangs from, is negated ("I don't think it's as...")."""
    if negated(sent, verb):
        return True
    head = sent.tokens[verb].head
    return sent.tokens[verb].dep == "ccomp" and 0 <= head < len(sent.tokens) and negated(sent, head)


def downplayed(sent: Sentence, concern: frozenset[str] = frozenset()) -> list[int]:
    """The positions of the subject and the degree word when the sentence talks the point in
    question down against how it appears (see above); empty otherwise."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.dep not in SUBJECTS or not (
                token.lower in POINTING or token.lemma in concern or token.lower in concern):
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or not _present_be(sent, verb):
            continue
        far = _against_view(sent, verb)
        if far is None:
            continue
        near = [p for p in subtree(sent, verb, skip=frozenset({"ccomp", "conj"}))
                if p not in subtree(sent, far)]
        for degree in near:
            word = sent.tokens[degree]
            if word.lower in LESSER and not negated(sent, verb):
                return [position, degree]  # "less relevant than it looks"
            if word.lower == "as" and word.dep == "advmod" and _denied_above(sent, verb) and (
                    sent.tokens[word.head].lower in MAGNITUDE):
                return [position, degree]  # "not as big a deal as people make it"
    return []
