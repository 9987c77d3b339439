"""What the role is for, against what the answer says the role is for: the organisation, or the
speaker's own career.

Asked what the organisation or the role is and what it needs ("what do you know about us",
"what is this job really for"), an answer can speak of the role only as a step for the speaker
("this role is the natural next step", "what I'm looking for in my next role", "a role where I
can grow"): it answers "why do you want it", another question. Both sides are read from the
parse:

- the question asks what the role is for when a post noun pointed at ("this job", "the role") is
  the subject of "be" in a question with "what" and "for" ("what is this job really for?"), or
  when it asks what the speaker knows of the organisation or the role
  (``asked.asks_about_listener``);
- a sentence of the answer frames the role as the speaker's gain when a step or move is said to
  be what something is ("it's the natural next step"), the speaker names their own career, ambition
  or growth ("my career"), grows or learns without an object or a lesson ("where I can grow";
  not "I grew up", "I learned that..."), looks for
  something ("what I'm looking for"), or wants to grow or is let grow ("I want to develop
  further", "it would let me grow").

The reading fires when the sentences that speak of the organisation or the role
(``asked.speaks_of_listener``'s references) are framed as the speaker's gain at least once and
at most one of them is not.
"""

from __future__ import annotations

from poise.analysis import asked
from poise.analysis.meaning import children
from poise.analysis.text import AnalysedText, Sentence

STEPS = frozenset({"step", "move", "progression"})
"""Nouns of a move in a career: "the next step", "the right move"."""
GAIN_NOUNS = frozenset({"career", "ambition", "ambitions", "development", "growth", "progression",
                        "aspiration", "aspirations"})
"""Nouns of the speaker's own advance, read when they are "my" ones."""
GROWING = frozenset({"grow", "progress", "develop", "learn", "stretch"})
"""Verbs of the speaker's growing, read without an object ("where I can grow")."""
WISHING = frozenset({"want", "like", "hope", "love"})
LETTING = frozenset({"let", "help", "allow", "enable"})
"""Verbs of a thing letting the speaker grow: "the role would let me grow"."""
STEP_SUBJECTS = asked.POSTS | frozenset({"it", "this", "that"})
"""Subjects a step is said of: the role itself or what points at it."""


def asks_role_purpose(question: str) -> bool:
    """The question asks what the role is for ("In your own words, what is this job really
    for?") or what the speaker knows of the organisation or the role."""
    if asked.asks_about_listener(question):
        return True
    for sent in asked.parsed_question(question).sentences:
        words = {token.lower for token in sent.tokens}
        if not {"what", "for"} <= words:
            continue
        for position, token in enumerate(sent.tokens):
            if token.lower in asked.POSTS and token.dep == "nsubj" and 0 <= token.head < len(sent.tokens) \
                    and sent.tokens[token.head].lemma == "be" and any(
                        sent.tokens[child].lower in {"this", "the"} for child in children(sent, position)):
                return True
    return False


def _step_of_role(sent: Sentence, position: int) -> bool:
    """ "It's the natural next step", "this role is the right move": a step said to be what the
    role (or what points at it) is."""
    tokens = sent.tokens
    token = tokens[position]
    if token.lemma not in STEPS or token.pos != "NOUN" or token.dep != "attr":
        return False
    verb = token.head
    if not 0 <= verb < len(tokens):
        return False
    return any(tokens[child].dep == "nsubj" and tokens[child].lower in STEP_SUBJECTS
               for child in children(sent, verb))


def own_gain(sent: Sentence) -> bool:
    """The sentence frames something as the speaker's own gain: a step of theirs, their career or
    growth, their growing or learning with no object, their looking for something."""
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        kids = [tokens[child] for child in children(sent, position)]
        if _step_of_role(sent, position):
            return True
        if token.lower in GAIN_NOUNS and any(kid.lower == "my" and kid.dep == "poss" for kid in kids):
            return True
        if token.pos != "VERB" or any(kid.dep in {"dobj", "ccomp"} or (kid.dep == "prt" and kid.lower == "up")
                                      for kid in kids):
            continue  # "I learned that...": a lesson; "I grew up": a life story
        speaker = any(kid.lower == "i" and kid.dep == "nsubj" for kid in kids)
        if speaker and token.lemma in GROWING:
            return True
        if speaker and token.lemma == "look" and any(kid.lower == "for" for kid in kids):
            return True
        if token.lemma in GROWING and 0 <= token.head < len(tokens) and (
                (token.dep == "xcomp" and tokens[token.head].lemma in WISHING)
                or (tokens[token.head].lemma in LETTING and any(
                    tokens[child].lower == "me" for child in children(sent, token.head)))
                or any(kid.lower == "me" and kid.dep == "nsubj" for kid in kids)):
            return True  # "I want to develop further", "the role would let me grow"
    return False


def role_as_own_gain(answer: AnalysedText, named: frozenset[str] = frozenset()) -> list[int]:
    """The sentences that speak of the organisation or the role as the speaker's own gain, when
    there are one or more and at most one other sentence speaks of it (and no more than those
    that frame it as a gain); else empty."""
    speaking = [sent for sent in answer.sentences
                if asked.refers_to_listener(sent, named)]
    gains = [sent.index for sent in speaking if own_gain(sent)]
    others = len(speaking) - len(gains)
    if not gains or others > min(1, len(gains)):
        return []
    return gains
