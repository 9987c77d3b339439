"""Knowing denied to the absurd: a verdict on someone put as an idiom of not knowing a plain thing.

"They don't know one end of a press from the other", "he wouldn't know a budget from a
brochure", "that lot wouldn't know a warehouse if it fell on them": someone other than the
speaker is denied knowing a plain thing, and the sentence marks the denial as absurd, either by
a second thing the first cannot be told from ("from a brochure", "from the other") or by the
case of the thing striking them ("if it fell on them"). No fact is reported; the words judge the
person's competence, however lightly they are said.

The parse shows it: a negated "know" whose subject is not the speaker, the listener or a thing
("I didn't know a soul", "you wouldn't know it"), whose object is one plain thing (a noun with
"a", "an" or "one") and which carries either a "from" whose object is again one thing ("a
brochure", "the other") or an "if" clause whose subject is "it". A plain fact of not knowing
("she didn't know the new manager from her last job", "they did not know a single person from
the head office") has neither: the first names someone particular, the second a place people
come from.
"""

from __future__ import annotations

from poise.analysis.meaning import SUBJECT_DEPS, children, negated, subtree
from poise.analysis.text import Sentence

NOT_OTHERS = frozenset({"i", "we", "you", "it", "this", "that", "there", "one", "nobody",
                        "no-one", "none", "anyone", "anybody"})
"""Subjects that are the speaker, the listener, a thing or no one in particular."""
ONE_THING = frozenset({"a", "an", "one"})
"""Words that make a noun one plain thing ("a brochure", "one end")."""
OTHER = frozenset({"other"})
LONGEST = 80
"""Tokens past which a sentence is not read (bounded work on odd text)."""


def _one_thing(sent: Sentence, position: int) -> bool:
    """The noun at ``position`` is one plain thing ("a warehouse", "one end"), or "the other"."""
    token = sent.tokens[position]
    if token.lower in OTHER:
        return True
    return token.pos in {"NOUN", "PROPN"} and any(
        sent.tokens[c].lower in ONE_THING and sent.tokens[c].dep in {"det", "nummod"}
        for c in children(sent, position))


def _told_from(sent: Sentence, heads: list[int]) -> bool:
    """A "from" under one of ``heads`` whose object is one plain thing ("from a brochure")."""
    for head in heads:
        for child in children(sent, head):
            if sent.tokens[child].lower == "from" and sent.tokens[child].dep == "prep" and any(
                    sent.tokens[g].dep == "pobj" and _one_thing(sent, g) for g in children(sent, child)):
                return True
    return False


def _struck_by_it(sent: Sentence, verb: int) -> bool:
    """An "if" clause under ``verb`` whose subject is "it" ("if it fell on them")."""
    for child in children(sent, verb):
        if sent.tokens[child].dep != "advcl":
            continue
        kids = children(sent, child)
        if any(sent.tokens[k].lower == "if" and sent.tokens[k].dep == "mark" for k in kids) and any(
                sent.tokens[k].lower == "it" and sent.tokens[k].dep in SUBJECT_DEPS for k in kids):
            return True
    return False


def absurd_unknowing(sent: Sentence) -> int | None:
    """The position of the denied "know" of the idiom (see the module), or None."""
    if not sent.parsed or len(sent.tokens) > LONGEST:
        return None
    for verb, token in enumerate(sent.tokens):
        if token.lemma != "know" or token.pos not in {"VERB", "AUX"} or not negated(sent, verb):
            continue
        kids = children(sent, verb)
        subjects = [k for k in kids if sent.tokens[k].dep in SUBJECT_DEPS]
        if not subjects or any(sent.tokens[k].lower in NOT_OTHERS for k in subjects):
            continue
        things = [k for k in kids if sent.tokens[k].dep == "dobj" and _one_thing(sent, k)]
        if not things:
            continue
        inside = [p for thing in things for p in subtree(sent, thing)]  # "one end of a press"
        if _told_from(sent, [verb, *inside]) or _struck_by_it(sent, verb):
            return verb
    return None
