"""A remark about people in general, not a verdict on anyone the speaker worked with.

A sentence can sound critical of people and still name no one: "customers complain and
ministers call you at night", "a good director must be close to the floor, not sitting in an
office", "what many firms lack is someone who can read a balance sheet". It tells how a kind of
person behaves or ought to behave, as a fact of the trade or a principle; the interviewer hears
a view, not a former employer run down.

The parse shows it: every person the sentence speaks of is someone in general (a bare plural,
"a" or "any" before a noun for a person, "someone", "anyone", "people") and none is particular
(a third-person pronoun that points back at someone, a person with "the", "this", "my" or
"our", a name), and nothing in it is told in the past (a story's event is about someone in
particular, whatever words name them). ``about_anyone`` reads it for the learned readers of
criticism, whose words alone cannot tell a maxim from a verdict.
"""

from __future__ import annotations

from poise.analysis.meaning import children, sentiment_lexicon
from poise.analysis.text import Sentence, Token
from poise.analysis.tone_checks import is_person

ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody", "someone", "somebody",
                    "people", "folk", "folks"})
"""Words for someone in general."""
POINTING = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their", "theirs",
                      "nobody", "no-one", "noone"})
"""Third-person pronouns, which point back at someone already named (or deny anyone did)."""
SPEAKERS = frozenset({"i", "we", "me", "us", "you", "my", "our", "your", "it", "this", "that"})
INDEFINITE = frozenset({"a", "an", "any", "every", "each"})
PARTICULAR = frozenset({"the", "this", "that", "these", "those", "my", "our", "his", "her",
                        "their", "your"})
"""Determiners and owners that make a noun for a person someone in particular."""
PLACE_PREPS = frozenset({"in", "at", "on", "into", "inside", "out", "around", "across", "near"})
"""Prepositions of place: a noun under one names where, not who."""
PAST = frozenset({"VBD"})
LONGEST = 80
"""Tokens past which a sentence is not read (bounded work on odd text)."""


def _kind(sent: Sentence, position: int, people: frozenset[str]) -> str | None:
    """"general", "particular" or None (not a person) for the word at ``position``."""
    token: Token = sent.tokens[position]
    if token.lower in POINTING:
        return "particular"
    if token.lower in ANYONE:
        return "general"
    if token.lower in SPEAKERS or not is_person(token, people) or token.pos == "PRON":
        return None
    if token.dep == "pobj" and 0 <= token.head < len(sent.tokens) \
            and sent.tokens[token.head].lower in PLACE_PREPS:
        return None  # "in the office", "on the floor": a place, whatever else the word names
    if token.pos == "PROPN":
        return "particular"
    kids = [sent.tokens[c] for c in children(sent, position)]
    if any(kid.dep in {"det", "poss"} and kid.lower in PARTICULAR for kid in kids) or any(
            kid.dep == "poss" for kid in kids):
        return "particular"
    if any(kid.dep == "det" and kid.lower in INDEFINITE for kid in kids):
        return "general"
    if token.tag == "NNS":
        return "general"  # a bare plural: "customers complain"
    return None


OBLIGING = frozenset({"must", "should", "ought", "need", "needs", "have", "has"})
"""Words of obligation: "must", "should", "ought to", and "need to", "have to" before a verb."""


def _obliged(sent: Sentence, verb: int) -> bool:
    """The verb at ``verb`` is put as what ought to be ("must be close", "should listen", "has to
    earn it"), not as what ought to have been ("should have listened": a reproach of the past)."""
    kids = [sent.tokens[c] for c in children(sent, verb)]
    if any(kid.lower in {"have", "'ve", "’ve"} and kid.dep == "aux" for kid in kids):
        return False
    if any(kid.dep == "aux" and kid.lower in {"must", "should", "ought"} for kid in kids):
        return True
    token = sent.tokens[verb]
    head = token.head
    return token.dep == "xcomp" and 0 <= head < len(sent.tokens) and head != verb \
        and sent.tokens[head].lower in OBLIGING and sent.tokens[head].lemma in {"need", "have"} \
        and any(kid.lower == "to" and kid.dep == "aux" for kid in kids)


def norm_for_anyone(sent: Sentence, people: frozenset[str]) -> bool:
    """Whether ``sent`` puts what a kind of person ought to do or be ("a good director must be
    on the floor", "people have to trust the one they follow") and tells nothing in the past:
    a principle, whoever it might fault, names no one the speaker worked with. The subject of
    the obliged verb is someone in general, and no person in the sentence is named in
    particular by a noun ("the board must...", "my boss should..." are verdicts put as advice);
    a pronoun points back at the same someone."""
    if not sent.parsed or len(sent.tokens) > LONGEST:
        return False
    if any(token.tag in PAST for token in sent.tokens):
        return False
    if any(_kind(sent, position, people) == "particular" and sent.tokens[position].lower not in POINTING
           for position in range(len(sent.tokens))):
        return False
    for verb in range(len(sent.tokens)):
        if not _obliged(sent, verb):
            continue
        subjects = [c for c in children(sent, verb) if sent.tokens[c].dep in {"nsubj", "nsubjpass"}]
        if not subjects and sent.tokens[verb].dep == "xcomp":
            head = sent.tokens[verb].head
            subjects = [c for c in children(sent, head) if sent.tokens[c].dep in {"nsubj", "nsubjpass"}]
        if any(_kind(sent, subject, people) == "general" for subject in subjects):
            return True
    return False


LIKING = frozenset({"like", "dislike", "hate", "love", "enjoy", "resent", "mind", "welcome"})
"""Verbs of liking or disliking: what someone made of a thing, a reaction."""
THING_POINTERS = frozenset({"it", "this", "that"})
POINTED = frozenset({"the", "this", "that", "these", "those", "my", "our"})
UNTOWARD = -1.0
"""A word this negative or more (VADER) beyond the reaction itself says something else."""


def _thing(sent: Sentence, position: int, people: frozenset[str]) -> bool:
    """The object at ``position`` is a particular thing the speaker brought up ("it", "this",
    "the new rota"), not people and not everything new ("anything", "change"): disliking
    anything at all would be a trait."""
    token = sent.tokens[position]
    if token.lower in THING_POINTERS:
        return True
    if token.pos != "NOUN" or is_person(token, people):
        return False
    return any(sent.tokens[c].dep in {"det", "poss"} and sent.tokens[c].lower in POINTED
               for c in children(sent, position))


def told_reaction(sent: Sentence, people: frozenset[str]) -> bool:
    """Whether ``sent`` tells how someone else took a particular thing ("the crews hated it",
    "the founder did not like the change at all") and nothing else against anyone: a reaction the
    story reports, not a verdict on the person. The verb of liking has a third party for its
    subject and a particular thing for its object, and no other word of the sentence scores
    negative."""
    if not sent.parsed or len(sent.tokens) > LONGEST:
        return False
    reaction = None
    for verb, token in enumerate(sent.tokens):
        if token.lemma not in LIKING or not token.tag.startswith("VB"):
            continue
        kids = children(sent, verb)
        subjects = [c for c in kids if sent.tokens[c].dep == "nsubj"]
        objects = [c for c in kids if sent.tokens[c].dep == "dobj"]
        if subjects and objects and all(_kind(sent, s, people) is not None
                                        and sent.tokens[s].lower not in {"nobody", "no-one", "noone"}
                                        for s in subjects) \
                and all(_thing(sent, o, people) for o in objects):
            reaction = verb
            break
    if reaction is None:
        return False
    lexicon = sentiment_lexicon()
    return not any(position != reaction and min(lexicon.get(token.lower, 0.0),
                                                 lexicon.get(token.lemma, 0.0)) <= UNTOWARD
                   for position, token in enumerate(sent.tokens))
