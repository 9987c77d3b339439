"""Verdicts on a group of people or a share of them, read from the parse: part of the criticism
check (``tone.judges_others``).

A judged group is the subject of a clause that states something: a share of people ("some of
them", "half of the board": a quantity word whose "of" names a third party) or a third party
swept together by a quantifier ("most consultants", "many site managers"). The verdict is the
clause's evaluative head:

- a negative predicate (an adjective or noun the sentiment lexicon scores negative: "are lazy"),
  not a feeling or a passing state ("were worried");
- a denied act of knowing or judging made pointed ("never", "properly", "even", an object of
  "anything" or "any ..."): "half of them hadn't read a board paper properly";
- next to nothing as what they do ("most consultants add very little").

A third party named alone is also judged by a denied act of understanding with "anything" as
its object ("they don't understand anything about the region"); a plain past fact ("the client
didn't know about the delay") is not one. A clause put as a condition, a question or a
prediction is no verdict, and neither is a class in general with no quantifier ("banks punish
surprises"): those stay with ``meaning.judged_targets``.
"""

from __future__ import annotations

from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import (
    SAYING_LEMMAS,
    WordClasses,
    children,
    is_target,
    negated,
    negative_predicate,
)
from poise.analysis.text import Sentence, Token

PARTS = frozenset({"some", "most", "half", "many", "all", "none", "few", "majority", "lot",
                   "several", "plenty", "bunch"})
"""Words for a share of people when an "of" phrase names who ("some of them", "a lot of the
staff")."""
SWEEPING = frozenset({"most", "many", "half", "all"})
"""Quantifiers that sweep a class of people together ("most consultants")."""
GROUP_PRONOUNS = frozenset({"them", "those", "these", "us"})
POINTED_MANNER = frozenset({"never", "properly", "even", "really", "ever"})
POINTED_OBJECTS = frozenset({"anything"})
NEXT_TO_NOTHING = frozenset({"nothing", "little"})
UNSTATED = frozenset({"conditional", "question", "hypothetical", "past_future"})
PREDICTING = frozenset({"would", "'d", "might", "may", "should", "will", "'ll", "must"})
"""Auxiliaries of a prediction or a wish ("they wouldn't understand"): no verdict told."""


def _of_whom(sent: Sentence, position: int) -> Token | None:
    """The people an "of" phrase under ``position`` names ("some *of them*")."""
    for kid in children(sent, position):
        if sent.tokens[kid].dep == "prep" and sent.tokens[kid].lower == "of":
            for inner in children(sent, kid):
                if sent.tokens[inner].dep == "pobj":
                    return sent.tokens[inner]
    return None


def _group_subject(sent: Sentence, position: int, classes: WordClasses) -> bool:
    """The subject at ``position`` is a share of third parties or a class of them swept
    together by a quantifier."""
    token = sent.tokens[position]
    if token.lemma in PARTS or token.lower in PARTS:
        whom = _of_whom(sent, position)
        if whom is not None and (whom.lower in GROUP_PRONOUNS - {"us"} or is_target(whom, classes)):
            return True
    if not is_target(token, classes) or token.tag not in {"NNS", "NNPS"}:
        return False
    return any(sent.tokens[kid].dep in {"amod", "det"} and sent.tokens[kid].lower in SWEEPING
               for kid in children(sent, position))


def _pointed_denial(sent: Sentence, verb: int) -> bool:
    kids = [sent.tokens[kid] for kid in children(sent, verb)]
    if any(kid.lower in POINTED_MANNER for kid in kids):
        return True
    return any(kid.dep == "dobj" and (kid.lower in POINTED_OBJECTS or any(
        sent.tokens[det].lower == "any" and sent.tokens[det].dep == "det"
        for det in children(sent, sent.tokens.index(kid)))) for kid in kids)


def _moving(sent: Sentence, verb: int) -> bool:
    """The verb tells a movement, not knowing: a preposition or a particle and no object ("never
    got past the second month", "never got through the list"), unlike "never got the point"."""
    kids = [(kid, sent.tokens[kid].dep) for kid in children(sent, verb)]
    return any(dep in {"prep", "prt"} for _, dep in kids) and not any(
        dep == "dobj" or (dep == "ccomp" and kid > verb) for kid, dep in kids)


def _next_to_nothing(sent: Sentence, verb: int) -> bool:
    """What the subject does is next to nothing ("add very little", "did nothing"): "nothing" or
    a bare "little" as the verb's object or measure, not "little time"."""
    if sent.tokens[verb].lemma in SAYING_LEMMAS or negated(sent, verb):
        return False
    return any(sent.tokens[kid].lower in NEXT_TO_NOTHING
               and sent.tokens[kid].dep in {"dobj", "advmod", "npadvmod"}
               and not any(sent.tokens[inner].dep == "amod" for inner in children(sent, kid)
                           if sent.tokens[inner].pos == "NOUN")
               for kid in children(sent, verb))


def _verdict_word(sent: Sentence, verb: int, classes: WordClasses, states: frozenset[str]) -> bool:
    """A negative predicate that is not a feeling or a passing state ("were worried", "were
    struggling" tell how they were, not what they are)."""
    word = negative_predicate(sent, verb, classes)
    return word is not None and (word.lower in classes.negative or not (
        word.lower in states or word.lemma in states or word.lower.endswith(("ed", "ing"))))


def judged_group(sent: Sentence, classes: WordClasses, knowing: frozenset[str],
                 states: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence passes a verdict on a group of third parties (see the module
    docstring); ``knowing`` are lemmas of knowing and judging ("understand", "read", "listen"),
    ``states`` words of feeling or passing states."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.dep != "nsubj" or not 0 <= token.head < len(sent.tokens):
            continue
        verb = token.head
        if clause_mood(sent, verb) in UNSTATED or any(
                sent.tokens[kid].dep == "aux" and sent.tokens[kid].lower in PREDICTING
                for kid in children(sent, verb)):
            continue
        lemma = sent.tokens[verb].lemma
        denied = negated(sent, verb) and lemma in knowing and not _moving(sent, verb)
        if _group_subject(sent, position, classes):
            if (_verdict_word(sent, verb, classes, states)
                    or (denied and _pointed_denial(sent, verb))
                    or _next_to_nothing(sent, verb)):
                return True
        elif is_target(token, classes) and denied and lemma != "know" and any(
                sent.tokens[kid].dep == "dobj" and sent.tokens[kid].lower in POINTED_OBJECTS
                for kid in children(sent, verb)):
            return True
    return False
