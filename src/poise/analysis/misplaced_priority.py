"""Someone else's attention set on the wrong thing, by a comparison: "he was more on the golf course
than in the mill", "the owners are more interested in the dinners than in the stores".

A verdict on a person can be left to a contrast: what they are said to care for, or where they
are said to be, is put before what their job asks, and the comparison carries the judgement. The
parse shows it: a "than" that takes a preposition of its own ("than in the plants", "than about
the crews": two pursuits or places weighed against each other, not two people), hanging from
"more" said of the subject or from a word of attention "more" grades ("more interested in",
"more focused on"), in a copular clause whose subject is someone other than the speaker.

Not a verdict: a comparison of people or times ("more experienced than me", "more confident
than before": "than" takes no preposition), the speaker's own leanings ("I was more interested
in..."), a case or a question, or a contrast the speaker goes on to act on in the same sentence
("the clients were more interested in price than in service, so I repriced the service").
"""

from __future__ import annotations

from poise.analysis.grammar import clause_mood, verb_above
from poise.analysis.meaning import SUBJECT_DEPS, children, negated
from poise.analysis.text import Sentence
from poise.analysis.tone_checks import is_person

ATTENTION = frozenset({"interested", "concerned", "focused", "focussed", "bothered", "worried",
                       "keen", "busy"})
"""Words of where attention goes, which "more" grades ("more interested in", "more worried
about")."""
NOT_OTHERS = frozenset({"i", "we", "you", "it", "this", "that", "what", "which", "there"})
GENERIC = frozenset({"a", "an", "any", "every", "each", "no"})
UNTOLD = frozenset({"conditional", "question", "hypothetical"})
LONGEST = 80
"""Tokens past which a sentence is not read (bounded work on odd text)."""


def _weighs_pursuits(sent: Sentence, than: int) -> bool:
    """The "than" at ``than`` takes a preposition ("than in the plants")."""
    return any(sent.tokens[c].dep in {"prep", "pcomp"} and sent.tokens[c].pos == "ADP"
               for c in children(sent, than))


def _graded(sent: Sentence, head: int, than: int) -> bool:
    """The "than" hangs from "more" itself (or from the "be" that "more" is said with) or from a
    word of attention that "more" grades."""
    token = sent.tokens[head]
    if token.lower == "more" or (token.lemma == "be" and any(
            sent.tokens[p].lower == "more" and verb_above(sent, p) == head for p in range(head, than))):
        return True  # "more on the golf course than...", the parser hanging "than" from "was"
    return token.lower in ATTENTION and any(sent.tokens[c].lower == "more"
                                            for c in children(sent, head))


def _someone_else(sent: Sentence, verb: int, people: frozenset[str]) -> bool:
    for child in children(sent, verb):
        if sent.tokens[child].dep not in SUBJECT_DEPS:
            continue
        token = sent.tokens[child]
        return token.lower not in NOT_OTHERS and is_person(token, people) and not any(
            sent.tokens[c].dep == "det" and sent.tokens[c].lower in GENERIC
            for c in children(sent, child))
    return False


def misplaced_priority(sent: Sentence, people: frozenset[str]) -> int | None:
    """The position of the "than" of such a comparison (see the module), or None."""
    if not sent.parsed or len(sent.tokens) > LONGEST or sent.own_past_actions:
        return None
    for than, token in enumerate(sent.tokens):
        if token.lower != "than" or not _weighs_pursuits(sent, than):
            continue
        head = token.head
        if not 0 <= head < len(sent.tokens) or not _graded(sent, head, than):
            continue
        verb = verb_above(sent, than)
        if verb is None or sent.tokens[verb].lemma != "be" or negated(sent, verb) \
                or clause_mood(sent, verb) in UNTOLD:
            continue
        if _someone_else(sent, verb, people):
            return than
    return None
