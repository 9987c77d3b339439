"""Where the speaker's tie to their field began: their youth or their family.

Asked what they know of the organisation or why they want the role, a speaker who opens with
"I've worked in kitchens since I were fifteen, me mum ran a café" or "I've always loved it,
ever since school" answers how they came to the field, another question.
Read from the parse of a sentence (``origin_told``):

- a "since" whose clause or object holds a word of youth ("since college", "since I was a
  boy") or has the speaker at an age ("since I were fifteen");
- "I" growing up ("I grew up around the trade");
- a member of the speaker's family as the subject of a clause ("my mum was a nurse", "me uncle
  drove the trains"; the spoken "me" for "my" read as well).

The words of youth and of family are lexicons (``youth``, ``family``), read as lower-case words.
"""

from __future__ import annotations

from collections.abc import Collection

from poise.analysis.meaning import subtree
from poise.analysis.text import Sentence

OWNERS = frozenset({"my", "me"})
"""Words by which a family member is the speaker's own ("my dad", the spoken "me dad")."""


def origin_told(sent: Sentence, youth: Collection[str], family: Collection[str]) -> bool:
    """The sentence dates the speaker's tie to their field to their youth or their family (see
    the module doc)."""
    if not sent.parsed:
        return False
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        kids = sent.child_map[position]
        if token.lower == "since":
            below = subtree(sent, position)[1:]
            words = {tokens[item].lower for item in below}
            if words & set(youth):
                return True
            if "i" in words and any(tokens[item].pos == "NUM" for item in below):
                return True  # "since I were fifteen"
        if token.lemma == "grow" and any(tokens[kid].lower == "up" for kid in kids) and any(
                tokens[kid].lower == "i" and tokens[kid].dep == "nsubj" for kid in kids):
            return True
        if token.lower in family and token.dep == "nsubj" and any(
                tokens[kid].lower in OWNERS for kid in kids):
            return True
    return False
