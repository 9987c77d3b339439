"""Goals with nothing to measure them by, read from the parse of one sentence.

A goal clause is what a goal word is said to be ("my aim was to take the service up a level",
"we set goals around improving quality"), what the speaker wants, aims, plans or expects
("I'd want to strengthen our links with the community", "I'd expect the team to be
energised"), or an item of a list of aims ("the second was to widen our reach"). Its content
is vague when it promises betterment (a verb of improving, a comparative or superlative, a
word of praise) and holds no number and nothing named: a deadline around it ("by day 90")
dates the goal but does not measure it. A goal may also be listed after the sentence that
announces it, with no verb at all ("My aim for the first year is simple. Quicker turnarounds,
happier tenants."): a verbless list of comparatives right after a stated aim is read as its
content (``listed_aims``).
"""

from __future__ import annotations

from poise.analysis.meaning import POSITIVE, WordClasses, children, negated, subtree, valence
from poise.analysis.text import Sentence

GOAL_NOUNS = frozenset({"goal", "aim", "ambition", "objective", "target", "plan", "priority",
                        "vision", "focus", "intention", "mission", "aspiration"})
WANTING = frozenset({"want", "aim", "plan", "intend", "hope", "expect", "like", "seek", "strive",
                     "mean", "wish", "look"})
SETTING = frozenset({"set", "have", "agree", "give", "build", "define", "articulate", "create",
                     "share", "communicate", "develop", "write"})
SPEAKERS = frozenset({"i", "we"})
IMPROVING = frozenset({"improve", "strengthen", "enhance", "modernise", "modernize", "lift",
                       "raise", "boost", "drive", "grow", "develop", "transform", "elevate",
                       "deepen", "move", "take", "become", "embed", "foster", "empower",
                       "align", "energise", "energize", "step", "level", "upgrade", "refresh",
                       "revitalise", "revitalize", "professionalise", "professionalize"})
BETTER_TAGS = frozenset({"JJR", "RBR", "JJS"})
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "final", "next"})
"""The subject that stands for one of a list of aims just announced ("the second was to...")."""


COGNITION = frozenset({"think", "know", "understand", "say", "see", "talk", "hear", "learn",
                       "look", "ask", "check", "find", "believe", "feel", "be"})
OWNERS = frozenset({"my", "our"})
FUTURE = frozenset({"would", "'d", "will", "'ll", "should", "shall", "must"})
STATES = frozenset({"be", "become", "feel", "look", "get"})


def _goal_word(lemma: str) -> bool:
    return lemma in GOAL_NOUNS or (lemma.endswith("s") and lemma[:-1] in GOAL_NOUNS)


def _owned_goal(sent: Sentence, noun: int, verb: int) -> bool:
    """The goal is the speaker's: "my aim", "our goal", or "the ambition should be" (a goal
    proposed now); not one described ("the inherited plan was...")."""
    positions = children(sent, noun)
    kids = [sent.tokens[c] for c in positions]
    if any(kid.lower in OWNERS and kid.dep == "poss" for kid in kids):
        return True
    # "the goals for my team"
    if any(sent.tokens[c].dep == "prep" and any(sent.tokens[g].lower in OWNERS for g in subtree(sent, c))
           for c in positions):
        return True
    for c in positions:
        kid = sent.tokens[c]
        if kid.dep in {"relcl", "acl", "amod"} and kid.tag in {"VBN", "VBD"}:
            # "the goal I set" is the speaker's; "the goal that came from above" is not
            return any(sent.tokens[g].lower in SPEAKERS and sent.tokens[g].dep == "nsubj"
                       for g in children(sent, c))
    return any(sent.tokens[c].lower in FUTURE for c in children(sent, verb))


def goal_contents(sent: Sentence) -> list[int]:
    """The heads of the goal clauses of the sentence (the words whose subtree says the goal)."""
    if not sent.parsed:
        return []
    found: list[int] = []
    for position, token in enumerate(sent.tokens):
        kids = children(sent, position)
        if _goal_word(token.lemma) and token.pos == "NOUN":
            head = token.head
            if token.dep == "nsubj" and 0 <= head < len(sent.tokens) and sent.tokens[head].tag == "VBG" \
                    and any(sent.tokens[c].lemma == "be" for c in children(sent, head)) \
                    and _owned_goal(sent, position, head):
                found.append(head)  # "our goal was lifting..."
                continue
            if token.dep in {"nsubj", "nsubjpass"} and 0 <= head < len(sent.tokens) \
                    and sent.tokens[head].lemma == "be" and _owned_goal(sent, position, head):
                found += [c for c in children(sent, head)
                          if sent.tokens[c].dep in {"xcomp", "attr", "ccomp", "prep"}
                          and c != position]
            elif token.dep == "dobj" and 0 <= head < len(sent.tokens) and sent.tokens[head].lemma in SETTING \
                    and any(sent.tokens[c].lower in SPEAKERS for c in children(sent, head)):
                # "set goals around improving X": the phrase may hang from the noun or the verb
                found += [c for c in kids + children(sent, head)
                          if sent.tokens[c].dep in {"prep", "acl"} and sent.tokens[c].lower != "for"]
        elif token.lower in ORDINALS and token.dep == "nsubj" and 0 <= token.head < len(sent.tokens) \
                and sent.tokens[token.head].lemma == "be" and sent.tokens[token.head].head == token.head:
            # "The first was to deepen our links...": one of a list of aims announced before it
            found += [c for c in children(sent, token.head) if sent.tokens[c].dep == "xcomp"
                      and any(sent.tokens[g].lower == "to" and sent.tokens[g].dep == "aux"
                              for g in children(sent, c))]
        elif token.lemma in WANTING and token.pos == "VERB" and token.dep not in {"relcl", "acl", "advcl"} \
                and token.tag != "VBD" and not negated(sent, position):
            if not any(sent.tokens[c].lower in SPEAKERS and sent.tokens[c].dep == "nsubj" for c in kids):
                continue
            for c in kids:
                if sent.tokens[c].dep not in {"xcomp", "ccomp"}:
                    continue
                joined = [c] + [j for j in children(sent, c) if sent.tokens[j].dep == "conj"]
                found += [j for j in joined if _aimed(sent, j)]
        elif token.lemma in NOTICING and token.pos == "VERB" and _to_the_listener(sent, position):
            found += [c for c in kids if sent.tokens[c].dep == "dobj"]
    return found


NOTICING = frozenset({"see", "notice", "find", "hear", "feel"})


def _to_the_listener(sent: Sentence, verb: int) -> bool:
    """ "You'd see...", "you will notice...": what the interviewer is promised to observe."""
    kids = [sent.tokens[c] for c in children(sent, verb)]
    return any(kid.lower == "you" and kid.dep == "nsubj" for kid in kids) and any(
        kid.lower in FUTURE for kid in kids)


def _aimed(sent: Sentence, clause: int) -> bool:
    """The wanted clause names a change: a verb of improving ("to strengthen...") or a state
    of others reached ("the team to be energised", "repairs to feel better"); not a thought or
    a talk ("I'd like to think", "I'd want to know"), nor the speaker's own state."""
    verb = sent.tokens[clause]
    if any(sent.tokens[c].lower in {"you", "me", "it"} for c in children(sent, clause)
           if sent.tokens[c].dep in {"nsubj", "nsubjpass"}):
        return False  # "I'd want you to take from it...": a request, not a goal
    if verb.lemma in IMPROVING:
        if verb.lemma == "take":  # "to take the depot up a level", not "to take a diploma"
            return any(sent.tokens[c].lower in TAKEN_UP for c in children(sent, clause)
                       if sent.tokens[c].dep in {"prt", "advmod", "prep"})
        return verb.lemma != "move" or any(sent.tokens[c].dep == "dobj" for c in children(sent, clause))
    if verb.lemma in COGNITION - STATES or verb.pos not in {"VERB", "AUX", "ADJ"}:
        return False
    subjects = [sent.tokens[c] for c in children(sent, clause)
                if sent.tokens[c].dep in {"nsubj", "nsubjpass"}]
    if verb.lemma in STATES or verb.tag == "VBN":
        return bool(subjects)
    return False


TAKEN_UP = frozenset({"up", "forward", "further", "on", "to"})
"""The particles that make "take" a verb of lifting something ("take it up a level", "take the
service forward")."""


def _shift(sent: Sentence, positions: list[int]) -> bool:
    """A named move from one thing to another ("from emergency food toward prevention")."""
    words = {sent.tokens[p].lower for p in positions if sent.tokens[p].dep == "prep"}
    return "from" in words and bool(words & {"to", "toward", "towards", "into"})


PLACE_PREPS = frozenset({"in", "across", "throughout", "around"})


def _measured(sent: Sentence, positions: list[int]) -> bool:
    """A number, or something named that is not just where ("in the Nordics")."""
    for p in positions:
        word = sent.tokens[p]
        if word.lower == "one" and any(sent.tokens[c].lower == "of" for c in children(sent, p)):
            continue  # "one of the leading...": a rank, not a measure
        if word.pos == "NUM" or any(ch.isdigit() for ch in word.text) or word.lower in {"%", "percent"}:
            return True
        if word.pos == "PROPN":
            head = word.head
            while 0 <= head < len(sent.tokens) and sent.tokens[head].pos == "PROPN" \
                    and head != sent.tokens[head].head:
                head = sent.tokens[head].head  # up through a name of several words
            if not (0 <= head < len(sent.tokens) and sent.tokens[head].lower in PLACE_PREPS):
                return True
    return False


def _betterment(sent: Sentence, positions: list[int]) -> bool:
    classes = WordClasses()
    for p in positions:
        word = sent.tokens[p]
        if word.tag in BETTER_TAGS or (word.pos == "VERB" and word.lemma in IMPROVING):
            return True
        if word.pos == "ADJ" and valence(word, classes) >= POSITIVE:
            return True
        if word.lower == "leading" and word.dep == "amod":
            return True
    return False


def vague_goal(sent: Sentence) -> bool:
    """Whether the sentence states a goal of betterment with no number and nothing named in it."""
    for head in goal_contents(sent):
        content = subtree(sent, head)
        if _betterment(sent, content) and not _measured(sent, content) and not _shift(sent, content):
            return True
    return False


FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ", "MD"})
LISTED_LEAST = 2
"""Comparatives a verbless list needs to read as a list of aims ("more digital, more open")."""


def _states_aim(sent: Sentence) -> bool:
    """The sentence announces an aim of the speaker's: a goal word ("my vision is...", "the goal
    is simple") or the speaker wanting or planning something ("I want...", "we'd aim...")."""
    for position, token in enumerate(sent.tokens):
        if _goal_word(token.lemma) and token.pos == "NOUN":
            return True
        if token.lemma in WANTING and token.pos == "VERB" and not negated(sent, position) and any(
                sent.tokens[c].lower in SPEAKERS and sent.tokens[c].dep == "nsubj"
                for c in children(sent, position)):
            return True
    return False


def listed_aims(previous: Sentence | None, sent: Sentence) -> bool:
    """A verbless list of comparatives with no number and nothing named ("More digital, more
    engaged with the community, a stronger voice."), right after a sentence that announces an
    aim: the aim's content, as vague as a goal of betterment."""
    if previous is None or not sent.parsed or not previous.parsed:
        return False
    positions = list(range(len(sent.tokens)))
    if any(token.tag in FINITE_TAGS for token in sent.tokens):
        return False
    better = sum(1 for token in sent.tokens if token.tag in BETTER_TAGS and token.lower != "most")
    return better >= LISTED_LEAST and not _measured(sent, positions) and _states_aim(previous)
