"""A sentence where what was just said leads the speaker on to another thing: "which actually
brings me to something I care about a great deal, which is...", "that reminds me of the biggest
job I ever did". A coach hears the answer leave the question for whatever the last sentence
called to the speaker's mind.

Read from the parse (``segue_to``): a verb of leading on (``LEADING``: bring, remind, lead,
take) whose subject points back at what was just said ("which", "that", "this", "it", or a noun
pointed at with "this" or "that": "this situation reminds me of..."), whose
object is the speaker ("me") and whose "to" or "of" names where it leads. A subject that is a
person or a thing of the story ("my grandfather took me to the races", "you bring me to your
company") leads nobody on from what was said; neither does a clause with no place named.

What the sentence leads to is returned for the rule to set against what was asked: a segue to
the thing asked ("which brings me to the budget", asked about the budget) is no turn away.
"""

from __future__ import annotations

from poise.analysis.meaning import subtree
from poise.analysis.text import Sentence

LEADING = frozenset({"bring", "remind", "lead", "take"})
"""Verbs by which what was said leads the speaker on ("that brings me to", "that reminds me of")."""
BACK = frozenset({"which", "that", "this", "it"})
"""Subjects that point back at what was just said."""
POINTERS = frozenset({"this", "that"})
"""Determiners by which a noun subject points back at what was just said ("this situation")."""
WHERE = frozenset({"to", "of"})
"""Prepositions that name where the speaker is led."""


def _points_back(sent: Sentence, position: int) -> bool:
    """The subject at ``position`` points back at what was just said: "that", "which", or a
    noun with "this" or "that" ("this situation"), not one of the story ("my grandfather")."""
    token = sent.tokens[position]
    if token.dep != "nsubj":
        return False
    if token.lower in BACK:
        return True
    return token.pos == "NOUN" and any(
        sent.tokens[kid].lower in POINTERS and sent.tokens[kid].dep == "det"
        for kid in sent.child_map[position])


def segue_to(sent: Sentence) -> list[int]:
    """The positions of what the sentence says the speaker is led on to (see the module doc);
    empty when it holds no such segue."""
    if not sent.parsed:
        return []
    tokens = sent.tokens
    for verb, token in enumerate(tokens):
        if token.lemma not in LEADING or token.pos != "VERB":
            continue
        kids = sent.child_map[verb]
        if not any(tokens[kid].lower == "me" and tokens[kid].dep == "dobj" for kid in kids):
            continue
        if not any(_points_back(sent, kid) for kid in kids):
            continue
        for kid in kids:
            if tokens[kid].dep == "prep" and tokens[kid].lower in WHERE:
                named = subtree(sent, kid)[1:]
                if named:
                    return named
    return []
