"""A fair account of the person a question asks about: "he was not lazy; he was afraid to
delegate", "his packages were coming in late", told before what the speaker did about it.

A question about someone on the speaker's own team asks for that person's shortfall; telling
it is the answer, not criticism. A sentence is such an account when every clause subject is
that person as the answer refers to them (a pronoun, a name, "one of my leads", "there was")
or something they own ("his packages", "her forecasts"), and none is a noun naming another
party (a predecessor, the previous head, the owners), whose failings the question did not ask
for. Whether the speaker then acted, and whether the sentence passes a verdict by the parse,
the caller decides.
"""

from __future__ import annotations

from poise.analysis.meaning import children
from poise.analysis.text import Sentence

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PERSON_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "who", "one"})
OWNERS = frozenset({"his", "her", "their"})
PLACE_HOLDERS = frozenset({"there", "it", "that", "this", "which"})
SPEAKERS = frozenset({"i", "we"})


def _refers_to_person(sent: Sentence, position: int) -> bool:
    token = sent.tokens[position]
    if token.lower in PERSON_PRONOUNS or token.lower in PLACE_HOLDERS or token.lower in SPEAKERS:
        return True
    if token.pos in {"PROPN", "NUM"}:
        return True  # "Marta was...", "one of my QA leads was..."
    return any(sent.tokens[c].dep == "poss" and sent.tokens[c].lower in OWNERS
               for c in children(sent, position))  # "his packages were coming in late"


def about_asked_person(sent: Sentence) -> bool:
    """Every clause subject of the sentence is the person asked about or theirs (see above)."""
    if not sent.parsed:
        return False
    subjects = [position for position, token in enumerate(sent.tokens) if token.dep in SUBJECTS]
    return bool(subjects) and all(_refers_to_person(sent, position) for position in subjects)
