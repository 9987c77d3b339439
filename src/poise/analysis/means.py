"""The means a plan names, read from the parse rather than from a list of levers.

Asked how a goal will be reached or what the speaker does in a case, a slogan ("set goals,
control, motivate") names no means; a plan names the things it works on: "I release the two
units we hold", "I ring the hospital at Loandjili", "move two inside reps onto reactivation".
The ``tools_resources`` lexicon holds the levers of an office (data, budget, pricing, partners);
a plant, a ward or a depot has its own, which no list can hold. So an act of the speaker's (done,
doing or to be done) counts as a means when it is no verb of managing in general (a slogan's
verbs: set, control, motivate, follow up, make sure...) and what it works on, its object or the
object of its preposition, is made concrete by a number, a proper name or a noun that
qualifies it ("the donor list"). Two such acts name the means; one may be chance.
"""

from __future__ import annotations

import re

from poise.analysis.meaning import children, subtree
from poise.analysis.text import AnalysedText, Sentence, Token

SLOGAN_LEMMAS = frozenset({
    "set", "control", "motivate", "follow", "monitor", "ensure", "check", "push", "drive",
    "encourage", "inspire", "communicate", "focus", "work", "try", "make", "keep", "give",
    "support", "help", "lead", "manage", "improve", "increase", "achieve", "reach", "explain",
    "discuss", "talk", "tell", "listen", "be", "have", "do", "get", "want", "need", "like",
    "think", "see", "go", "look", "start", "begin", "continue", "know", "believe", "feel",
    "come", "stay", "join", "arrive", "leave", "spend", "take",
})
"""Verbs any plan can say of anything: managing in general, being, wanting, thinking."""
CARRYING_LEMMAS = frozenset({"get", "take", "put"})
"""Light verbs that name a means when they carry a thing somewhere ("take an options paper to the
regional director", "get loaner scanners back on the two busiest docks", "put two reps on
reactivation"), though "take time" or "get results" name none."""
CARRIED_TO = frozenset({"to", "on", "onto", "into", "back", "out", "in"})
"""The particles and prepositions that say where a carried thing goes."""
MEANS_LEAST = 2
"""Acts on concrete things that show a plan names its means."""
OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
TIME_NOUNS = frozenset({"day", "week", "month", "year", "hour", "minute", "morning", "evening",
                        "night", "time", "quarter", "weekend", "season"})
"""A time is when an act happened, not what it worked on ("in 2019", "for two weeks")."""
YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _concrete(sent: Sentence, position: int) -> bool:
    """Whether the phrase headed at ``position`` names a concrete thing: a number, a proper name
    or a noun that qualifies its head, anywhere in it."""
    head = sent.tokens[position]
    if head.pos not in {"NOUN", "PROPN", "NUM"} or head.lemma in TIME_NOUNS \
            or YEAR_RE.fullmatch(head.text):
        return False
    for index in subtree(sent, position):
        token = sent.tokens[index]
        if token.pos in {"NUM", "PROPN"}:
            return True
        if token.dep == "compound" and token.pos in {"NOUN", "PROPN"}:
            return True
    return False


def _works_on_concrete(sent: Sentence, verb: Token) -> bool:
    position = sent.tokens.index(verb)
    for child in children(sent, position):
        token = sent.tokens[child]
        if token.dep in OBJECT_DEPS and _concrete(sent, child):
            return True
        if token.dep in {"prep", "dative"} and any(
                sent.tokens[grand].dep == "pobj" and _concrete(sent, grand)
                for grand in children(sent, child)):
            return True
    return False


def _carries_thing(sent: Sentence, verb: Token) -> bool:
    """A light verb (``CARRYING_LEMMAS``) with an object it moves somewhere: the object and a
    particle or preposition of place, one of the two concrete ("took the figures to the board")."""
    position = sent.tokens.index(verb)
    objects = [child for child in children(sent, position) if sent.tokens[child].dep in {"dobj", "obj"}]
    places = [child for child in children(sent, position)
              if sent.tokens[child].dep in {"prt", "prep", "advmod"}
              and sent.tokens[child].lower in CARRIED_TO]
    if not objects or not places:
        return False
    # where it goes, said after the particle too ("back on the two busiest docks")
    ends = [grand for place in places for grand in subtree(sent, place) if sent.tokens[grand].dep == "pobj"]
    return any(_concrete(sent, index) for index in [*objects, *ends])


def _with_joined(sent: Sentence, verbs: tuple[Token, ...]) -> list[Token]:
    """The verbs and those joined to them that share their subject ("I would start with the
    pipeline, then offer a discount and move two reps"): a joined verb with no subject of its
    own."""
    found: list[Token] = []
    stack = [sent.tokens.index(verb) for verb in verbs]
    while stack:
        position = stack.pop()
        token = sent.tokens[position]
        if token in found:
            continue
        found.append(token)
        for child in children(sent, position):
            kid = sent.tokens[child]
            if kid.dep in {"conj", "xcomp", "dep"} and kid.pos == "VERB" and not any(
                    sent.tokens[grand].dep in {"nsubj", "nsubjpass"} for grand in children(sent, child)):
                stack.append(child)
    return sorted(found, key=lambda token: token.start)


def concrete_acts(answer: AnalysedText) -> list[tuple[int, Token]]:
    """The speaker's acts (past, present or planned) that work on concrete things, with the index
    of the sentence each stands in, in order."""
    found: list[tuple[int, Token]] = []
    for sent in answer.sentences:
        if not sent.parsed:
            continue
        seen: set[int] = set()
        for verb in _with_joined(sent, (*sent.own_past_actions, *sent.own_habitual,
                                        *sent.own_hypothetical)):
            if verb.start in seen or verb.pos != "VERB":
                continue
            if verb.lemma in SLOGAN_LEMMAS:
                if verb.lemma in CARRYING_LEMMAS and _carries_thing(sent, verb):
                    seen.add(verb.start)
                    found.append((sent.index, verb))
                continue
            seen.add(verb.start)
            if _works_on_concrete(sent, verb):
                found.append((sent.index, verb))
    return found


def names_means(answer: AnalysedText) -> bool:
    """Whether the answer's acts name the means of a plan (``MEANS_LEAST`` acts on concrete
    things)."""
    return len(concrete_acts(answer)) >= MEANS_LEAST
