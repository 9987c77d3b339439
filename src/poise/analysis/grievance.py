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
- ``withheld``: what a job gives the one who holds it (pay, a rise, recognition, growth; a word
  class the caller passes) told as withheld from the speaker now: it has not moved or has moved
  only so often ("the salary has not moved in four years"), the speaker has not had it ("I
  haven't had a rise since 2021"), there is none of it where the speaker is ("there is no
  development at all"), or the employer has not paid for it. A reward withheld in a finished
  past, another person's pay ("their salary has not moved"), or a reward the new job offers is
  no complaint about where the speaker is.
- ``strained``: the speaker told as over- or under-something now ("I'm overworked and
  under-recognised", "I'm worn out by it"): a participle with a prefix of too much or too little,
  or a verb of wearing down with the speaker as its passive subject.

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
CHANGING = frozenset({"move", "change", "rise", "increase", "grow", "budge", "go", "improve", "shift"})
"""Verbs of a reward changing ("the pay has not moved", "my salary has increased only once")."""
HAVING = frozenset({"have", "get", "see", "receive", "be"})
"""Verbs of the speaker having a reward ("I haven't had a rise", "I've not seen a penny")."""
GIVING = frozenset({"pay", "fund", "invest", "spend", "offer", "give"})
"""Verbs of an employer giving a reward ("has not paid for a single course")."""
SELDOM = frozenset({"once", "twice"})
"""Counts that, under "only", tell a reward moving seldom ("has only moved twice")."""
OTHER_OWNERS = frozenset({"your", "his", "her", "their"})
EXCESS = ("over", "under")
"""Prefixes of too much or too little said of the speaker ("overworked", "under-recognised")."""


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


def _reward(sent: Sentence, position: int, rewards: frozenset[str]) -> bool:
    """The noun at ``position`` names a reward of the job ("salary", "a pay rise": the head or a
    compound before it) that is not another person's ("their pay")."""
    token = sent.tokens[position]
    if token.pos not in {"NOUN", "PROPN"}:
        return False
    words = [token] + [sent.tokens[c] for c in children(sent, position) if sent.tokens[c].dep == "compound"]
    if not any(word.lower in rewards or word.lemma in rewards for word in words):
        return False
    return not any(sent.tokens[c].dep == "poss" and sent.tokens[c].lower in OTHER_OWNERS
                   for c in children(sent, position))


def _no(sent: Sentence, position: int) -> bool:
    """The noun at ``position`` is denied by its determiner: "no recognition"."""
    return any(sent.tokens[c].lower == "no" and sent.tokens[c].dep == "det"
               for c in children(sent, position))


def _seldom(sent: Sentence, verb: int) -> bool:
    """ "only" with a small count on the verb: "has only moved twice", "increased only once"."""
    near = [c for c in children(sent, verb)]
    near += [g for c in near for g in children(sent, c)]
    words = {sent.tokens[c].lower for c in near}
    return "only" in words and bool(words & SELDOM)


def _speaker_subject(sent: Sentence, verb: int) -> bool:
    return any(sent.tokens[c].lower == "i" and sent.tokens[c].dep in {"nsubj", "nsubjpass"}
               for c in children(sent, verb))


def _now_or_past_count(sent: Sentence, verb: int) -> bool:
    """Now, or a finished past counted over years up to now ("in four years my salary increased
    only once")."""
    return _now(sent, verb) or (sent.tokens[verb].tag == "VBD" and any(
        sent.tokens[c].dep == "prep" and any(sent.tokens[g].lemma in {"year", "month"}
                                             for g in subtree(sent, c))
        for c in children(sent, verb)))


def withheld(sent: Sentence, rewards: frozenset[str]) -> bool:
    """A reward of the speaker's present job told as withheld now (see the module's docstring)."""
    if not sent.parsed or not rewards:
        return False
    for position, token in enumerate(sent.tokens):
        if not _reward(sent, position, rewards):
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens):
            continue
        head = sent.tokens[verb]
        if token.dep == "pobj" and 0 <= head.head < len(sent.tokens) and head.dep in {"prep", "agent"}:
            verb = head.head
            head = sent.tokens[verb]
        if head.pos not in {"VERB", "AUX"} or not _now_or_past_count(sent, verb):
            continue
        if token.dep in {"nsubj", "nsubjpass"} and head.lemma in CHANGING and (
                negated(sent, verb) or _seldom(sent, verb)):
            return True  # "my salary hasn't changed in four years", "has only risen once"
        if token.dep in {"dobj", "attr", "pobj"} and head.lemma in HAVING and _speaker_subject(
                sent, verb) and (negated(sent, verb) or _no(sent, position)):
            return True  # "I haven't had a rise", "I get no recognition"
        if token.dep == "attr" and head.lemma == "be" and _no(sent, position) and any(
                sent.tokens[c].dep == "expl" for c in children(sent, verb)):
            return True  # "there is no training here at all"
        if token.dep in {"dobj", "pobj"} and head.lemma in GIVING and (
                negated(sent, verb) or _no(sent, position)) and not _speaker_subject(sent, verb):
            return True  # "the company has not paid for a single course", "gives no recognition"
    return False


def strained(sent: Sentence) -> bool:
    """The speaker over- or under-something now: "I'm overworked", "I'm worn out by it"."""
    if not sent.parsed:
        return False
    for token in sent.tokens:
        if token.lower != "i" or token.dep not in {"nsubj", "nsubjpass"}:
            continue
        verb = token.head
        if 0 <= verb < len(sent.tokens) and sent.tokens[verb].dep in {"aux", "auxpass"}:
            verb = sent.tokens[verb].head  # "I" hung on "'m" in "I'm overworked"
        if not 0 <= verb < len(sent.tokens) or negated(sent, verb):
            continue
        said = [verb] + [c for c in children(sent, verb)
                         if sent.tokens[c].dep in {"conj", "acomp"}]
        if not any(sent.tokens[c].tag in PRESENT_TAGS for c in [verb, *children(sent, verb)]):
            continue  # "I was overworked that winter" is a story
        for word in said:
            item = sent.tokens[word]
            if item.tag not in {"VBN", "JJ"}:
                continue
            prefixed = (item.lower.startswith(EXCESS) and item.lower.endswith("ed")) or (
                word >= 2 and sent.tokens[word - 1].text == "-"
                and sent.tokens[word - 2].lower in EXCESS)  # "under-recognised", not "over the year"
            prefixed = prefixed and valence(item, NONE) <= 0  # not "overjoyed"
            worn = item.lemma in WEARING and any(
                sent.tokens[c].lower in WEARING_PARTICLES for c in children(sent, word))
            if prefixed or worn:
                return True
    return False
