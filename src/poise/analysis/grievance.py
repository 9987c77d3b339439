"""A grievance with the speaker's own present work, read from the parse.

- ``worn_down``: something does the speaker harm now, told in the present or the present perfect
  with the speaker as its object: "the current set-up has worn me down", "the politics drain
  me", "it frustrates me". A harm told in a finished past ("the night shifts wore me out that
  winter") is a story, not a complaint about where the speaker is.
- ``nobody_heeds``: "nobody" does something now to what the speaker's present work makes: "I
  spend half my week putting together reports nobody reads". A general truth beside the
  speaker's work ("nobody reads a forty-page report, so I write one page") stays a lesson.
- ``stopped_being_good``: the work (or "it") has stopped being what was good about it: "it
  stopped being interesting years ago", "the job has stopped being fun".

Valence is VADER's (``meaning.valence``), the verbs of wearing down a small class; each test is a
pure function of one parsed sentence.
"""

from __future__ import annotations

from poise.analysis.meaning import WordClasses, children, negated, subtree, valence
from poise.analysis.text import Sentence

SPEAKER_OBJECTS = frozenset({"me", "us"})
WEARING = frozenset({"wear", "grind", "burn", "drag", "tire", "drain", "bore", "sap", "exhaust"})
"""Verbs of wearing a person down ("worn me down", "burnt me out", "drains me")."""
WEARING_PARTICLES = frozenset({"down", "out"})
NOBODY = frozenset({"nobody", "no-one", "noone"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
CONDITIONS = frozenset({"when", "whenever", "if"})
STOPPING = frozenset({"stop", "cease"})
GOOD_AT = 1.0
"""The VADER valence from which a word names something good ("interesting", "fun")."""
HARM_AT = -1.5
"""The VADER valence at or below which a verb names harm ("frustrate", "annoy")."""
NONE = WordClasses()


def _perfect(sent: Sentence, verb: int) -> bool:
    return sent.tokens[verb].tag == "VBN" and any(
        sent.tokens[c].lower in {"has", "have", "'s", "'ve"} and sent.tokens[c].dep == "aux"
        for c in children(sent, verb))


def _now(sent: Sentence, verb: int) -> bool:
    """The clause at ``verb`` speaks of now: a present tense, a present progressive or a present
    perfect."""
    token = sent.tokens[verb]
    if token.tag in PRESENT_TAGS:
        return True
    if token.tag == "VBG" and any(sent.tokens[c].tag in PRESENT_TAGS and sent.tokens[c].dep == "aux"
                                  for c in children(sent, verb)):
        return True
    return _perfect(sent, verb)


def worn_down(sent: Sentence) -> bool:
    """Something wears the speaker down now: "has worn me down", "it frustrates me"."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.pos != "VERB" or not _now(sent, position) or negated(sent, position):
            continue
        kids = children(sent, position)
        if not any(sent.tokens[c].lower in SPEAKER_OBJECTS and sent.tokens[c].dep == "dobj"
                   for c in kids):
            continue
        if any(sent.tokens[c].lower in SPEAKER_OBJECTS and sent.tokens[c].dep in {"nsubj"}
               for c in kids):
            continue
        if any(sent.tokens[c].dep == "advcl" and any(
                sent.tokens[g].lower in CONDITIONS and sent.tokens[g].dep in {"mark", "advmod"}
                for g in children(sent, c)) for c in kids):
            continue  # "it frustrates me when deadlines slip": a general dislike, not this job
        worn = token.lemma in WEARING and (
            token.lemma in {"drain", "bore", "sap", "exhaust", "tire"}
            or any(sent.tokens[c].lower in WEARING_PARTICLES for c in kids))
        if worn or valence(token, NONE) <= HARM_AT:
            return True
    return False


def nobody_heeds(sent: Sentence) -> bool:
    """ "Nobody" acts now on what the speaker's present work makes: "reports nobody reads" (the
    "nobody" clause describes a thing under a present verb of the speaker's)."""
    if not sent.parsed:
        return False
    own_now = [token.head for token in sent.tokens
               if token.lower == "i" and token.dep in {"nsubj", "nsubjpass"}
               and 0 <= token.head < len(sent.tokens) and _now(sent, token.head)]
    under = {p for verb in own_now for p in subtree(sent, verb)}
    for position, token in enumerate(sent.tokens):
        if token.lower not in NOBODY or token.dep != "nsubj":
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or sent.tokens[verb].tag not in PRESENT_TAGS:
            continue
        if sent.tokens[verb].dep == "relcl" and sent.tokens[verb].head in under \
                and not negated(sent, verb) and position > 0:
            return True
    return False


def stopped_being_good(sent: Sentence) -> bool:
    """The work has stopped being what was good: "it stopped being interesting"."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in STOPPING or negated(sent, position):
            continue
        subjects = [c for c in children(sent, position) if sent.tokens[c].dep == "nsubj"]
        if any(sent.tokens[c].lower in {"i", "we", "they", "he", "she"} for c in subjects):
            continue  # "I stopped being defensive": the speaker changed
        for clause in children(sent, position):
            if sent.tokens[clause].lemma != "be" or sent.tokens[clause].dep != "xcomp":
                continue
            said = [c for c in children(sent, clause) if sent.tokens[c].dep in {"acomp", "attr"}]
            if any(valence(sent.tokens[c], NONE) >= GOOD_AT for c in said):
                return True
    return False
