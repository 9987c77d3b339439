"""A "no" that agrees with the interviewer, read from both parses: the question rules an answer
out ("and please don't say you're a perfectionist", "don't tell me you work too hard") and a
short sentence of the reply refuses that very thing, pointed back to ("Ha, no, you'll not get
that from me", "No, I won't say that"); "No, you don't get it" tells the interviewer they do not
understand, and is no refusal of the speaker's. The refusal is the speaker going along with the
interviewer, often with a laugh at the stock answer; it is no pushback.

- ``ruled_out``: the verbs the question forbids, each a negative imperative (a verb with "do"
  and a negation and no subject of its own: "don't tell me", "please don't say").
- ``declines``: a short sentence whose negated verb is one ruled out, or the hearer's side of a
  telling ruled out ("get", "hear" for "say", "tell", "give"), with "that", "it" or "this" as
  what is refused. A refusal of anything else the question asks for ("I'm not going to do
  that" to "give me a number") is not read here.
"""

from __future__ import annotations

from functools import lru_cache

from poise.analysis.asked import parsed_question
from poise.analysis.meaning import children, negated
from poise.analysis.text import Sentence

SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
TELLING = frozenset({"say", "tell", "give", "offer", "use"})
"""Verbs of giving an answer: the interviewer forbidding one is forbidding a reply."""
RECEIVING = frozenset({"get", "hear"})
"""The hearer's side of a telling: "you'll not get that from me" refuses "don't tell me that"."""
POINTERS = frozenset({"that", "it", "this", "one"})
SHORT = 14
"""Words at most in a sentence read as a refusal: a longer one says more than the refusal."""


@lru_cache(maxsize=256)
def ruled_out(question: str) -> frozenset[str]:
    """The lemmas of the verbs the question forbids in a negative imperative."""
    found = set()
    for sent in parsed_question(question).sentences:
        if not sent.parsed:
            continue
        for position, token in enumerate(sent.tokens):
            if token.pos != "VERB" or token.tag != "VB":
                continue
            kids = children(sent, position)
            if any(sent.tokens[c].dep in SUBJECTS for c in kids):
                continue
            if any(sent.tokens[c].lemma == "do" and sent.tokens[c].dep == "aux" for c in kids) \
                    and negated(sent, position):
                found.add(token.lemma)
    return frozenset(found)


def declines(sent: Sentence, forbidden: frozenset[str]) -> bool:
    """The sentence refuses, pointed back, what the question ruled out."""
    if not forbidden or not sent.parsed:
        return False
    if sum(1 for token in sent.tokens if token.pos != "PUNCT") > SHORT:
        return False
    for position, token in enumerate(sent.tokens):
        if token.pos not in {"VERB", "AUX"} or not negated(sent, position):
            continue
        if not (token.lemma in forbidden or (token.lemma in RECEIVING and forbidden & TELLING)):
            continue
        if not _refused_by_speaker(sent, position, receiving=token.lemma in RECEIVING
                                   and token.lemma not in forbidden):
            continue  # "No, you don't get it": the interviewer told they do not understand
        if any(sent.tokens[c].dep == "dobj" and sent.tokens[c].lower in POINTERS
               for c in children(sent, position)):
            return True
    return False


SPEAKER = frozenset({"i", "we"})
FROM_SPEAKER = frozenset({"me", "us"})


def _refused_by_speaker(sent: Sentence, position: int, *, receiving: bool) -> bool:
    """Whether the refusal is the speaker's: "I won't say that" (the speaker the subject of the
    verb ruled out), or "you'll not get that from me" (the hearer's verb, with the speaker as
    where it would come from); not "you don't get it"."""
    kids = children(sent, position)
    if receiving:
        return any(sent.tokens[c].lower == "from" and any(
            sent.tokens[g].lower in FROM_SPEAKER for g in children(sent, c)) for c in kids)
    return any(sent.tokens[c].dep in SUBJECTS and sent.tokens[c].lower in SPEAKER for c in kids)
