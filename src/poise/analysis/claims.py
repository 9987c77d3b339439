"""Claims about oneself that admit no exception, read from the parse.

Two shapes a coach hears as overclaiming whatever the words:
- a double negation over a whole class: "no X that I could not V" ("I've never met a problem I
  couldn't solve", "there's nothing in this trade I haven't seen"), which says "every X";
- credit claimed whole: the result is the speaker's and nobody else's ("it was entirely my
  work", "the scheme is essentially based on my design"), marked by a word that totals it;
- the speaker set above everyone: "nobody else" as the subject of an ability or a record
  ("nobody else could have...", "no one else has ever..."), which says the speaker is alone;
- acclaim from a whole field: everyone in, or the whole of, a field wider than the speaker's
  own organisation (an industry, a market, a country) as the subject of a clause about the
  speaker's own work ("the whole sector copies our model");
- a result owned outright ("the turnaround was mine"), a record with no exception about the
  speaker's people ("no one who worked for me has ever..."), a first in a whole field ("nobody
  in the sector had done it before us") and a field changed by the speaker's work ("it changed
  how the whole industry thinks about...").
"""

from __future__ import annotations

import itertools
import re

from poise.analysis.meaning import children, negated, subtree
from poise.analysis.text import Sentence, Token, per_position, per_sentence

# The head of a class with no exception: "a problem", "any site", "anything", "nothing".
OPEN_DETERMINERS = frozenset({"a", "an", "any", "no", "one", "single"})
OPEN_PRONOUNS = frozenset({"anything", "nothing", "anyone", "nobody", "anybody", "everything",
                           "everyone"})
NONE_WORDS = frozenset({"nothing", "nobody", "no", "none"})
ABILITY_AUXES = frozenset({"can", "could", "ca", "have", "'ve", "has"})
# Words that total a share: the whole of the credit, not a part of it.
TOTALS = frozenset({"entirely", "solely", "wholly", "completely", "purely", "essentially",
                    "basically", "largely", "single-handedly", "singlehandedly", "all", "alone"})
DERIVED = frozenset({"base", "build", "model", "derive", "found", "copy", "pattern"})
MINE_NOUNS = frozenset({"doing"})  # "my doing": a cause, not a share
# Verbs that praise the class rather than the speaker: "never a boss I couldn't learn from".
ADMIRING = frozenset({"learn", "like", "respect", "trust", "admire", "enjoy", "love", "value"})
NO_ONE = frozenset({"nobody", "none", "noone", "no-one"})
# A record ("has done", "could have done"): a perfect, not a plain "could" ("nobody else could
# cover the shift" says who was free, not who was able).
RECORD_AUXES = frozenset({"has", "have", "'ve"})
# Fields wider than one organisation: acclaim from all of one cannot be known.
FIELDS = frozenset({"industry", "sector", "market", "country", "world", "profession", "field",
                    "trade", "region", "city"})
EVERYONE = frozenset({"everyone", "everybody"})
WHOLE = frozenset({"whole", "entire"})
OWN = frozenset({"our", "my", "us", "me"})


def _ancestors(sent: Sentence, position: int) -> list[int]:
    found = []
    current = sent.tokens[position].head
    while 0 <= current < len(sent.tokens) and current not in found:
        found.append(current)
        if sent.tokens[current].head == current:
            break
        current = sent.tokens[current].head
    return found


def no_exception(sent: Sentence) -> bool:
    """ "No X that I could not V": a class opened with "a/any/no/nothing", qualified by the
    speaker's own denied ability or experience ("I couldn't fix", "I haven't seen"), under a
    denial ("I've never met...", "there isn't...", "nothing...")."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.dep != "relcl" or token.lemma in ADMIRING or not negated(sent, position):
            continue
        kids = [sent.tokens[c] for c in children(sent, position)]
        own = any(kid.lower == "i" and kid.dep == "nsubj" for kid in kids) and any(
            kid.dep == "aux" and kid.lower in ABILITY_AUXES for kid in kids)
        if not own and not _devoted(sent, position):
            continue
        head = token.head
        if not 0 <= head < len(sent.tokens):
            continue
        noun = sent.tokens[head]
        if noun.lower in QUANTITY_NOUNS:
            continue  # "not a lot on that site I haven't touched": a rough amount, not a class
        dets = {sent.tokens[c].lower for c in children(sent, head) if sent.tokens[c].dep == "det"}
        if noun.lower not in OPEN_PRONOUNS and not dets & OPEN_DETERMINERS:
            # the class may sit inside a phrase: "anything in a hospital I haven't seen"
            opened = [a for a in _ancestors(sent, head)[:2]
                      if sent.tokens[a].lower in OPEN_PRONOUNS]
            if not opened:
                continue
            head = opened[0]
            noun = sent.tokens[head]
            dets = set()
        if noun.lower in NONE_WORDS or dets & NONE_WORDS:
            return True
        if any(negated(sent, a) for a in _ancestors(sent, head)):
            return True
    return False


QUANTITY_NOUNS = frozenset({"lot", "lots", "bit", "deal", "few", "many", "much", "number"})
"""Heads of a rough amount: "not a lot I haven't done" says "most", not "every"."""
RELATIVES = frozenset({"who", "that", "which"})
WILLING_AUXES = frozenset({"would", "'d", "will", "wo"})


def _devoted(sent: Sentence, clause: int) -> bool:
    """The relative clause at ``clause`` tells what a member of the class would not do for the
    speaker ("a person who wouldn't walk through a wall for me", "a client who wouldn't vouch
    for me"): with the class denied, everyone would."""
    kids = [sent.tokens[c] for c in children(sent, clause)]
    return any(kid.lower in RELATIVES and kid.dep == "nsubj" for kid in kids) and any(
        kid.dep == "aux" and kid.lower in WILLING_AUXES for kid in kids) and any(
        sent.tokens[q].lower in SPEAKER_OBJECTS for q in subtree(sent, clause))


def _totalled(sent: Sentence, positions: list[int]) -> bool:
    return any(sent.tokens[c].lower in TOTALS and sent.tokens[c].dep in {"advmod", "npadvmod"}
               for p in positions for c in children(sent, p))


def whole_credit(sent: Sentence) -> bool:
    """The result called the speaker's whole ("that was entirely my work", "the growth was my
    doing"), or said to rest on the speaker's work ("essentially based on my design", "largely
    built on the model I developed")."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.dep != "attr" or token.pos != "NOUN":
            continue
        head = token.head
        if not 0 <= head < len(sent.tokens) or sent.tokens[head].lemma != "be" or negated(sent, head):
            continue
        if not any(sent.tokens[c].lower == "my" and sent.tokens[c].dep == "poss"
                   for c in children(sent, position)):
            continue
        if token.lower in MINE_NOUNS or _totalled(sent, [head, position]):
            return True
    for position, token in enumerate(sent.tokens):
        if token.lemma not in DERIVED or token.tag != "VBN" or negated(sent, position):
            continue
        if not _totalled(sent, [position]):
            continue
        for prep in children(sent, position):
            if sent.tokens[prep].lower not in {"on", "from"}:
                continue
            for noun in children(sent, prep):
                for c in children(sent, noun):
                    kid = sent.tokens[c]
                    if kid.lower == "my" and kid.dep == "poss":
                        return True  # "based on my design"
                    if kid.dep == "relcl" and any(sent.tokens[g].lower == "i"
                                                  and sent.tokens[g].dep == "nsubj"
                                                  for g in children(sent, c)):
                        return True  # "built on the model I developed"
    return False


def _no_one_else(sent: Sentence, position: int) -> bool:
    token = sent.tokens[position]
    kids = children(sent, position)
    alone = token.lower in NO_ONE or (token.lower == "one" and any(
        sent.tokens[c].lower == "no" for c in kids))
    return alone and any(sent.tokens[c].lower == "else" for c in kids)


def alone_above(sent: Sentence) -> bool:
    """ "Nobody else could have done it", "no one else here has run one that size": the active
    subject "nobody else" with a record or an ability over a whole past (a perfect); not
    "nobody else wanted the shift" (a plain past: who was there, not who was able) nor a
    passive ("nobody else had been trained")."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.dep != "nsubj" or not _no_one_else(sent, position):
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or sent.tokens[verb].dep in {"relcl", "acl"}:
            continue  # "an idea nobody else has had" describes the idea, it claims no record
        if any(sent.tokens[c].dep == "aux" and sent.tokens[c].lower in RECORD_AUXES
               for c in children(sent, verb)):
            return True
    return False


def _whole_field(sent: Sentence, position: int) -> bool:
    """The subject at ``position`` is all of a field: "everyone in the industry", "the whole
    sector", "the entire market"."""
    token = sent.tokens[position]
    kids = children(sent, position)
    if token.lower in FIELDS:
        return any(sent.tokens[c].lower in WHOLE for c in kids)
    if token.lower in EVERYONE:
        return any(sent.tokens[g].lower in FIELDS and sent.tokens[g].dep == "pobj"
                   for c in kids if sent.tokens[c].dep == "prep" for g in children(sent, c))
    return False


def field_acclaim(sent: Sentence) -> bool:
    """All of a field wider than the speaker's organisation (``FIELDS``) as the subject of a
    clause about the speaker's own work: "the whole sector now copies our model", "everyone in
    the market talked about our launch". Not a field on its own ("the industry changed") nor
    everyone of the speaker's team ("everyone on the team used the checklist")."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.dep != "nsubj" or not _whole_field(sent, position):
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or negated(sent, verb):
            continue
        said = [q for c in children(sent, verb) if sent.tokens[c].dep in {"dobj", "prep", "attr"}
                for q in subtree(sent, c)]
        if any(sent.tokens[q].lower in OWN for q in said):
            return True
    return False


# Results a speaker can share in but not own outright: "the turnaround was mine" claims all of it.
# A fault, a decision or a call owned ("the mistake was mine", "the call was mine") is ownership,
# not a claim, so those nouns are not in the class.
RESULT_NOUNS = frozenset({"turnaround", "turnround", "success", "result", "results", "growth",
                          "win", "achievement", "recovery", "transformation", "improvement",
                          "rescue", "outcome", "progress", "comeback", "revival", "saving",
                          "savings", "increase", "rise", "gain", "gains", "breakthrough"})
MINE = frozenset({"mine"})
EVER = frozenset({"ever"})
SPEAKER_OBJECTS = frozenset({"me", "myself"})
FIRST_WORDS = frozenset({"first"})
ANYONE = frozenset({"anyone", "anybody", "nobody", "noone", "no-one"})
US = frozenset({"us", "me"})
CHANGING = frozenset({"transform", "change", "revolutionise", "revolutionize", "redefine",
                      "reshape", "rewrite", "reinvent", "shape"})
WAY_NOUNS = frozenset({"way", "ways"})
HOW_WORDS = frozenset({"how"})


def result_owned(sent: Sentence) -> bool:
    """A result said to be the speaker's alone: a result noun (``RESULT_NOUNS``) as the subject of
    "be" with "mine" as its complement ("that turnaround was mine", "the growth was all mine"). A
    mistake or a decision owned ("the call was mine") is not a result claimed."""
    if not sent.parsed:
        return False
    for token in sent.tokens:
        if token.lower not in MINE or token.dep not in {"attr", "acomp"}:
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or sent.tokens[verb].lemma != "be" or negated(sent, verb):
            continue
        if any(sent.tokens[c].dep in {"nsubj", "nsubjpass"} and sent.tokens[c].lemma in RESULT_NOUNS
               for c in children(sent, verb)):
            return True
        if _whole_span(sent, [verb, sent.tokens.index(token)]) and not any(
                sent.tokens[c].dep == "nsubj" and sent.tokens[c].lemma in FAULT_NOUNS
                for c in children(sent, verb)):
            return True  # "that system was mine from beginning to end"
    return False


SPAN_FROM = frozenset({"from"})
SPAN_TO = frozenset({"to", "till", "until"})
FAULT_NOUNS = frozenset({"mistake", "fault", "error", "failure", "blame", "call", "decision",
                         "responsibility", "miss"})
"""What a speaker owns when owning up ("the mistake was mine from start to finish")."""


def _whole_span(sent: Sentence, positions: list[int]) -> bool:
    """A span from one end to the other on a word at ``positions``: "from beginning to end",
    "from the first day to the last" (a "from" with a "to" inside or beside it)."""
    for position in positions:
        for child in children(sent, position):
            if sent.tokens[child].lower not in SPAN_FROM or sent.tokens[child].dep != "prep":
                continue
            inside = subtree(sent, child)
            after = [c for c in children(sent, position) if c > child]
            if any(sent.tokens[q].lower in SPAN_TO for q in inside + after):
                return True
    return False


def spotless_record(sent: Sentence) -> bool:
    """A record about the speaker with no exception in it: "not one person who worked for me has
    ever left because of me", "no one on my teams has ever missed a payroll": a subject opened by
    "no"/"not one"/"nobody", "ever" on its verb with a perfect ("has ever"), and the speaker in the
    clause (the people are theirs, or the cause is). Not a plain fact of a period ("nobody had ever
    run it before", with no one of the speaker's in it)."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.dep not in {"nsubj", "nsubjpass"} or not _none_of(sent, position):
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens):
            continue
        kids = children(sent, verb)
        if not any(sent.tokens[c].lower in EVER for c in kids):
            continue
        if not any(sent.tokens[c].dep == "aux" and sent.tokens[c].lower in RECORD_AUXES | {"had", "'d"}
                   for c in kids):
            continue
        if any(sent.tokens[p].lower in SPEAKER_OBJECTS for p in subtree(sent, verb) if p != position):
            return True
    return False


def _none_of(sent: Sentence, position: int) -> bool:
    """The token at ``position`` opens a class with no member: "nobody", "no one", "not one person",
    "no manager"."""
    token = sent.tokens[position]
    if token.lower in NO_ONE or token.lower == "nobody":
        return True
    for child in children(sent, position):
        kid = sent.tokens[child]
        if kid.lower == "no" and kid.dep == "det":
            return True  # "no manager"
        if kid.lower == "one" and kid.dep == "nummod" and any(
                sent.tokens[c].lower == "not" for c in children(sent, child)):
            return True  # "not one person"
    return False


def first_in_field(sent: Sentence) -> bool:
    """The speaker's work said to be the first anyone did: "nobody in European retail had done it
    before us" (a "nobody"/"anyone" subject with a perfect and "before us"), or "the first time
    anyone in the whole industry did this" ("first" with a subject "anyone in" a field,
    ``FIELDS``, or a whole of one). A first within the speaker's own team ("the first time anyone
    on the team had tried it") claims nothing beyond what they could know."""
    if not sent.parsed:
        return False
    firsts = any(token.lower in FIRST_WORDS for token in sent.tokens)
    for position, token in enumerate(sent.tokens):
        if token.dep not in {"nsubj", "nsubjpass"} or token.lower not in ANYONE | NO_ONE:
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens):
            continue
        before_us = any(sent.tokens[c].lower == "before" and any(
            sent.tokens[g].lower in US for g in children(sent, c)) for c in children(sent, verb))
        if before_us:
            return True
        if firsts and _in_field(sent, position):
            return True
    return False


def _in_field(sent: Sentence, position: int) -> bool:
    """ "anyone in the industry", "anyone in the whole sector": a field wider than the speaker's
    organisation (``FIELDS``) or the whole of something, under an "in" on the token."""
    for prep in children(sent, position):
        if sent.tokens[prep].lower != "in":
            continue
        for noun in children(sent, prep):
            if sent.tokens[noun].lower in FIELDS or sent.tokens[noun].lemma in FIELDS:
                return True
            if any(sent.tokens[c].lower in WHOLE for c in children(sent, noun)):
                return True
    return False


def field_transformed(sent: Sentence) -> bool:
    """The speaker's work said to have changed how a whole field thinks or works: a verb of
    changing (``CHANGING``) whose object is "the way" or "how" a field (``FIELDS``, or the whole of
    something) thinks or works ("it changed how the whole sector thinks about payments"). The
    speaker's own organisation changing ("it changed how the board reads the numbers") is a
    result, not a claim about a field."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in CHANGING or not token.tag.startswith("VB") or negated(sent, position):
            continue
        if any(sent.tokens[c].dep == "aux" and sent.tokens[c].lower in MODAL_AUXES
               for c in children(sent, position)):
            continue  # "the Trust can transform how the country thinks": a hope, not a record
        for child in children(sent, position):
            word = sent.tokens[child]
            clauses: list[int] = []
            if word.dep == "dobj" and word.lower in WAY_NOUNS:
                clauses = [c for c in children(sent, child) if sent.tokens[c].dep == "relcl"]
            elif word.dep == "ccomp" and any(sent.tokens[c].lower in HOW_WORDS
                                             for c in children(sent, child)):
                clauses = [child]
            for clause in clauses:
                subjects = [c for c in children(sent, clause) if sent.tokens[c].dep == "nsubj"]
                if any(_whole_field(sent, s) or sent.tokens[s].lower in FIELDS | EVERYONE
                       for s in subjects):
                    return True
    return False


MODAL_AUXES = frozenset({"can", "ca", "could", "will", "'ll", "wo", "would", "'d", "might", "may",
                         "should", "must", "shall"})
"""Auxiliaries of what may or would happen: a change hoped for or imagined is no claim."""

UNIVERSAL_PLACES = frozenset({"anywhere", "everywhere"})
KIND_WORDS = frozenset({"kind", "sort", "type"})
SPAN_WORDS = frozenset({"years", "career", "ever"})
EXPERIENCE_LEMMAS = frozenset({"see", "be", "try", "think", "say", "guess", "meet", "hear", "raise", "work",
                               "collaborate"})
"""Verbs that tell what the speaker met with or said, not what they achieved: "I've seen every
kind of budget problem" is experience, not a claim of success."""


def _own_clause(sent: Sentence, position: int) -> list[int]:
    """The words under the verb at ``position`` that are not inside a clause of their own (a
    joined clause with its own subject: "I've raised ideas, and they don't go anywhere")."""
    found, stack = [], list(children(sent, position))
    while stack:
        item = stack.pop()
        kids = children(sent, item)
        if sent.tokens[item].pos in {"VERB", "AUX"} and sent.tokens[item].dep in {"conj", "ccomp", "advcl"} \
                and any(sent.tokens[c].dep in {"nsubj", "nsubjpass"} for c in kids):
            continue
        found.append(item)
        stack.extend(kids)
    return sorted(found)
ABILITY_MODALS = frozenset({"can", "could", "ca"})


def universal_record(sent: Sentence) -> bool:
    """A record or an ability claimed over every case, with the speaker as the subject: "I have
    handled every kind of crisis", "I can manage anywhere", "I never had a problem with any
    partner", "I've never lost anyone". A plain past act over a set ("I met every agent") is a
    deed, not a claim: the clause must claim a capacity ("can"), a career ("have" + participle,
    "never") and range over any case or every kind of one."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.pos not in {"VERB", "AUX"}:
            continue
        kids = [sent.tokens[c] for c in children(sent, position)]
        if not any(kid.lower == "i" and kid.dep in {"nsubj", "nsubjpass"} for kid in kids):
            continue
        lowered = {kid.lower for kid in kids}
        able = bool(lowered & ABILITY_MODALS) and not negated(sent, position)
        career = "never" in lowered or (bool(lowered & {"have", "'ve", "has"}) and token.tag == "VBN")
        if not (able or career) or token.lemma in EXPERIENCE_LEMMAS:
            continue
        scope = [sent.tokens[p] for p in _own_clause(sent, position)]
        for index, word in enumerate(scope):
            if word.lower in UNIVERSAL_PLACES and word.dep != "nsubj":
                return True
            following = scope[index + 1].lower if index + 1 < len(scope) else ""
            if word.lower in {"every", "any"} and following in KIND_WORDS:
                return True
            if word.lower == "any" and word.dep == "det" and "never" in lowered and any(
                    other.lower in SPAN_WORDS for other in sent.tokens):
                return True  # "never had a problem with any partner in fifteen years"
    return False


# --- sole agency, counterfactual credit, ranking above everyone -------------------------------

SOLE_WORDS = frozenset({"single-handedly", "singlehandedly", "single-handed", "singlehanded"})
"""Adverbs that leave nobody else in the deed: "I single-handedly turned it round"."""
HANDED = frozenset({"handedly", "handed"})
GENERIC_SUBJECTS = frozenset({"you", "anyone", "anybody", "nobody", "one", "no-one", "noone",
                              "everyone", "everybody", "people", "leader", "manager"})
"""Subjects that make a clause a maxim about anyone ("nobody turns a plant round single-handedly")."""
WITHOUT_WORDS = frozenset({"without"})
COUNTERFACTUAL_AUXES = frozenset({"would", "'d", "might"})
"""What would (not) have happened; not "could" ("they could decide without me" is delegation)."""
SPEAKER_WORDS = frozenset({"me", "myself"})


def _sole_adverb(sent: Sentence, position: int) -> bool:
    """ "single-handedly" at ``position``, as one token or split ("single - handedly")."""
    token = sent.tokens[position]
    if token.lower in SOLE_WORDS:
        return True
    return token.lower in HANDED and position >= 2 and sent.tokens[position - 2].lower == "single" \
        and sent.tokens[position - 1].lower in {"-", "‐"}


THIRD_PERSONS = frozenset({"he", "she", "they"})
"""Subjects that make a deed someone else's: praise of them, not a claim of the speaker's."""


def _deed_of(sent: Sentence, position: int) -> int:
    """The verb the sole adverb at ``position`` says how was done: its head, or, when the parse
    hangs a split "single - handed" on a noun ("I saved that collection single - handed" read as
    a modifier of "collection"), the nearest verb before it."""
    head = sent.tokens[position].head
    if 0 <= head < len(sent.tokens) and sent.tokens[head].pos in {"VERB", "AUX"}:
        return head
    before = [q for q in range(position - 1, -1, -1) if sent.tokens[q].pos == "VERB"]
    return before[0] if before else head


def sole_agency(sent: Sentence) -> bool:
    """A deed told as done by the speaker alone: "single-handedly" on a verb that is not denied,
    not said of someone else ("she ran it single-handedly" praises her), not asked of anyone in
    general ("nobody can turn a plant round single-handedly") and not a
    wish ("I wish I could do it single-handedly")."""
    if not sent.parsed:
        return False
    for position in range(len(sent.tokens)):
        if not _sole_adverb(sent, position):
            continue
        verb = _deed_of(sent, position)
        if not 0 <= verb < len(sent.tokens) or negated(sent, verb):
            continue
        kids = [sent.tokens[c] for c in children(sent, verb)]
        if any(kid.dep in {"nsubj", "nsubjpass"} and kid.lower in GENERIC_SUBJECTS for kid in kids):
            continue
        if any(kid.lower in {"if", "can", "ca", "cannot"} for kid in kids):
            continue
        if not any(kid.dep in {"nsubj", "nsubjpass"} for kid in kids):
            continue  # "Shipped the engine single-handed": a note with no one named
        if any(kid.dep == "nsubj" and kid.lower in THIRD_PERSONS for kid in kids):
            continue  # "she saved the collection single-handed": praise of someone else
        return True
    return False


def counterfactual_credit(sent: Sentence) -> bool:
    """The result said to exist only because of the speaker: "without me that studio would not
    exist today", "the firm would not have come through 2022 without me": "without" with the
    speaker as its object, on a clause of what would (not) have happened."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lower not in WITHOUT_WORDS or token.dep != "prep":
            continue
        objects = [c for c in children(sent, position) if sent.tokens[c].dep == "pobj"]
        if not any(sent.tokens[c].lower in SPEAKER_WORDS or _own_contribution(sent, c) for c in objects):
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens):
            continue
        kids = children(sent, verb)
        if any(sent.tokens[c].lower in COUNTERFACTUAL_AUXES for c in kids):
            return True
        if negated(sent, verb) and any(sent.tokens[c].lower in ABILITY_MODALS for c in kids) \
                and not any(sent.tokens[c].dep == "nsubj" and sent.tokens[c].lower in THIRD_PERSONS | {"you"}
                            for c in kids):
            return True  # "without me this conference cannot happen"
    return False


CONTRIBUTIONS = frozenset({"vision", "leadership", "idea", "plan", "work", "effort", "decision",
                           "intervention", "drive", "push", "design", "initiative", "strategy",
                           "energy", "persistence", "insistence", "model", "programme", "program"})
"""What a speaker brings to a result (not a person): "without my vision it would have failed"
gives the result to the speaker as "without me" does; "without my team" credits the team."""


def _own_contribution(sent: Sentence, position: int) -> bool:
    """The noun at ``position`` is something of the speaker's own making: "my vision", "my
    plan" (``CONTRIBUTIONS``, owned by "my")."""
    return sent.tokens[position].lemma in CONTRIBUTIONS and any(
        sent.tokens[c].lower == "my" and sent.tokens[c].dep == "poss" for c in children(sent, position))


ABOVE_WORDS = frozenset({"better", "more", "faster", "quicker", "stronger", "further", "harder",
                         "greater", "bigger", "deeper"})
"""Comparatives that rank the speaker over others: "better than anyone", "more than anybody"."""
EVERYBODY = frozenset({"anyone", "anybody", "everyone", "everybody"})
MOST_OF = frozenset({"most", "any", "all"})
""""Many" is left out: "more than many people" ranks the speaker above some, not above all."""


def _everybody(sent: Sentence, position: int) -> bool:
    """The token at ``position`` stands for people at large: "anyone", "anybody else", "most
    people", "many managers who...", "any other director"."""
    token = sent.tokens[position]
    if token.lower in EVERYBODY:
        return True
    if token.pos not in {"NOUN", "PRON"}:
        return False
    marks = {sent.tokens[c].lower for c in children(sent, position)}
    described = any(sent.tokens[c].dep == "relcl" for c in children(sent, position))
    if token.lower in {"people", "others"} and described:
        return True  # "better than people who have spent their whole career there"
    return bool(marks & MOST_OF) and (token.lower in {"people", "others"} or "other" in marks or described)


def _speaker_clause(sent: Sentence, position: int) -> bool:
    """Walking up from ``position`` to its clause, the clause's subject is the speaker."""
    current, seen = position, set()
    while 0 <= current < len(sent.tokens) and current not in seen:
        seen.add(current)
        token = sent.tokens[current]
        if token.pos in {"VERB", "AUX"}:
            return any(sent.tokens[c].lower == "i" and sent.tokens[c].dep in {"nsubj", "nsubjpass"}
                       for c in children(sent, current)) and not negated(sent, current)
        if token.head == current:
            break
        current = token.head
    return False


def _speaker_compared(sent: Sentence) -> list[int]:
    """The verbs a comparison with the speaker as its measure hangs on: "fixes ... faster than I
    do", "builds teams like I do", "as well as me". Only the speaker's doing stands there ("do"
    or "me"): "more times than I can count" measures nothing."""
    found: list[int] = []
    for position, token in enumerate(sent.tokens):
        if token.lower not in {"than", "like", "as"}:
            continue
        if token.dep == "mark":
            clause = token.head
            if not 0 <= clause < len(sent.tokens) or sent.tokens[clause].lemma != "do" \
                    or not _i_subject(sent, clause):
                continue
        elif token.dep == "prep" and any(sent.tokens[c].lower in SPEAKER_WORDS
                                         for c in children(sent, position)):
            clause = position
        else:
            continue
        found.extend(a for a in _ancestors(sent, clause) if sent.tokens[a].pos in {"VERB", "AUX"})
    return found


def ranked_above_all(sent: Sentence) -> bool:
    """The speaker ranked above people at large: a comparative of more or better (``ABOVE_WORDS``)
    in the speaker's own clause measured against anyone, most people or any other ("I know the
    market better than anyone in the business", "more leaders than anybody else"), or nobody (no
    other) said to match the speaker ("nobody in this industry fixes a plant faster than I do",
    "there is no one in the firm who builds teams like I do")."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lower != "than" or token.dep != "prep":
            continue
        head = token.head
        if not 0 <= head < len(sent.tokens):
            continue
        above = sent.tokens[head].lower in ABOVE_WORDS or any(
            sent.tokens[c].lower in ABOVE_WORDS for c in children(sent, head))
        if not above:
            continue
        if any(_everybody(sent, c) for c in children(sent, position)) and _speaker_clause(sent, head):
            return True
    compared = _speaker_compared(sent)
    for position, token in enumerate(sent.tokens):
        if token.dep not in {"nsubj", "attr"} or not (_none_of(sent, position) or _no_other(sent, position)):
            continue
        if token.dep == "nsubj" and token.head in compared:
            return True  # "nobody in this industry fixes a plant faster than I do"
        if token.dep == "attr" and any(c in compared for c in subtree(sent, token.head)
                                       if sent.tokens[c].dep == "relcl"):
            return True  # "there is no one in the firm who builds teams like I do"
    return False


def _no_other(sent: Sentence, position: int) -> bool:
    """ "no other head of department", "no one else", "nobody else": a class of others with no
    member. Worked out once per token: the readers of sole credit ask it of the same nouns."""
    return _reads_no_other(sent, position)


@per_position
def _reads_no_other(sent: Sentence, position: int) -> bool:
    kids = {sent.tokens[c].lower for c in children(sent, position)}
    if "no" in kids and "other" in kids:
        return True
    before = [sent.tokens[p].lower for p in subtree(sent, position) if p < position]
    if any(word == "no" and later == "other" for word, later in itertools.pairwise(before)):
        return True  # "no other operations head", the "no other" hung on a part of the name
    return _no_one_else(sent, position)


ABILITY_OR_RECORD = frozenset({"can", "could", "ca", "has", "have", "'ve"})


def _i_subject(sent: Sentence, verb: int) -> bool:
    return any(sent.tokens[c].lower == "i" and sent.tokens[c].dep == "nsubj" for c in children(sent, verb))


def _relative_clauses(sent: Sentence, position: int) -> list[int]:
    """The relative clauses on the noun at ``position``, or on a noun of a phrase of it ("nobody
    in the company who could...")."""
    found = []
    for child in children(sent, position):
        if sent.tokens[child].dep == "relcl":
            found.append(child)
        elif sent.tokens[child].dep == "prep":
            found.extend(g for n in children(sent, child) for g in children(sent, n)
                         if sent.tokens[g].dep == "relcl")
    return found


def _others_able(sent: Sentence, position: int) -> list[int]:
    """The clauses that say what others could do or have done, when the token at ``position``
    names a class of others with no member ("no other head has achieved", "there is nobody else
    in the firm who could") or the speaker as the only one ("I was the only one who could")."""
    token = sent.tokens[position]
    if token.dep == "nsubj" and _no_other(sent, position) and not _no_one_else(sent, position):
        return [token.head]  # "no other head has achieved..." ("nobody else" is alone_above's)
    if token.dep != "attr":
        return []
    if any(sent.tokens[c].dep == "expl" for c in children(sent, token.head)):
        # "there was nobody who could cover" says who was there: only "else" or "no other" rank
        return _relative_clauses(sent, position) if _no_other(sent, position) else []
    only = any(sent.tokens[c].lower == "only" and sent.tokens[c].dep == "amod"
               for c in children(sent, position))
    if not only or not 0 <= token.head < len(sent.tokens) or not _i_subject(sent, token.head):
        return []
    return [c for c in _relative_clauses(sent, position)
            if any(sent.tokens[k].lower in ABILITY_MODALS for k in children(sent, c))]


def nobody_else_could(sent: Sentence) -> bool:
    """Nobody else able, or with the same record: "there's nobody else in the company who could
    have run that recovery", "no other operations head in the country has achieved that", "there
    is no other head of department here who has developed so many leaders", "I was the only
    person who could have done it", "I was the only one who could see it"."""
    if not sent.parsed:
        return False
    for position in range(len(sent.tokens)):
        for clause in _others_able(sent, position):
            if 0 <= clause < len(sent.tokens) and any(
                    sent.tokens[c].dep == "aux" and sent.tokens[c].lower in ABILITY_OR_RECORD
                    for c in children(sent, clause)):
                return True
    return False


TOP_WORDS = frozenset({"best", "greatest", "strongest", "finest", "most"})
"""Heads of a ranking at the top: "the best manager", "the most successful programme"."""
PRAISING_TOPS = frozenset({"best", "greatest", "strongest", "finest"})
RANKED_SUBJECTS = frozenset({"i", "we"})
WIDE_SUBJECTS = frozenset({"any", "anyone", "anybody", "nobody", "no"})
COPULA_FORMS = frozenset({"'s", "'re", "'m"})
"""Contracted forms of "be" the parse may leave unlemmatised ("it's the best ...")."""
SCOPE_PREPS = frozenset({"in", "on", "across", "within"})
"""Prepositions that set a ranking over a place or a field ("the best-run terminal on the whole
coast", "the best turnaround in the device space")."""
MAKING_PREPS = frozenset({"into"})
"""What the speaker's deed made of a thing ("turned it into the most profitable resort in the
region")."""
DIGIT_RE = re.compile(r"\d")


def _copula(token: Token) -> bool:
    """Whether ``token`` is a form of "be", the contracted ones included."""
    return token.lemma == "be" or (token.lower in COPULA_FORMS and token.tag.startswith("VB"))


def _top_ranked(sent: Sentence, noun: int) -> bool:
    """The noun at ``noun`` is ranked at the top: "the best manager", "the most successful
    programme" (a praising "most"), "the best in Poland", "the best-run terminal" (the superlative
    inside a modifier of the noun)."""
    for child in children(sent, noun):
        word = sent.tokens[child]
        if word.lower in PRAISING_TOPS and word.tag == "JJS":
            return True
        if word.dep == "amod" and any(sent.tokens[c].lower == "most" for c in children(sent, child)):
            from poise.analysis.meaning import sentiment_lexicon

            if sentiment_lexicon().get(word.lower, 0.0) >= 1.0:
                return True
        if word.dep in {"amod", "compound"} and any(
                sent.tokens[c].lower in PRAISING_TOPS and sent.tokens[c].tag in {"JJS", "RBS"}
                for c in children(sent, child)):
            return True
    return sent.tokens[noun].lower in {"best", "greatest"} and sent.tokens[noun].tag == "JJS"


def _ranked_nouns(sent: Sentence, position: int) -> list[int]:
    """The nouns a complement at ``position`` ranks: itself, or the noun of "one of the best
    ..." (a place among the top is still a rank over a field)."""
    found = [position]
    if sent.tokens[position].lower == "one":
        found += [g for c in children(sent, position)
                  if sent.tokens[c].dep == "prep" and sent.tokens[c].lower == "of"
                  for g in children(sent, c) if sent.tokens[g].dep == "pobj"]
    return found


def _proper(sent: Sentence, position: int) -> bool:
    """A proper name or a proper adjective ("Gulf Coast", "Australian") inside a scope."""
    word = sent.tokens[position]
    return word.tag in {"NNP", "NNPS"} or (
        word.tag == "JJ" and position > 0 and word.text[:1].isupper())


def _wide_scope(sent: Sentence, prep: int) -> bool:
    """A prepositional phrase at ``prep`` that sets a ranking over a place or a field: a proper
    name in it ("in the Pacific Northwest device space", "in Australian food retail"), a field
    (``FIELDS``: "in the region") or all of something ("on the whole coast")."""
    if sent.tokens[prep].lower not in SCOPE_PREPS:
        return False
    for child in children(sent, prep):
        if sent.tokens[child].dep != "pobj":
            continue
        scope = [q for q in subtree(sent, child) if sent.tokens[q].dep not in {"relcl", "acl", "appos"}]
        if any(_proper(sent, q) or sent.tokens[q].lower in FIELDS | WHOLE for q in scope):
            return True
    return False


def _ranked_over_everyone(sent: Sentence, noun: int, speaker: bool) -> bool:
    """What sets the ranking over a whole: a clause of what they ever had or have met ("the best
    manager they ever had", "the best head she's worked with"; the speaker's own experience, "the
    best decision I ever made", ranks nothing), one whose subject is anyone at all ("the most
    successful programme any utility has ever run"); a place is read by ``_ranked_over_field``."""
    for child in children(sent, noun):
        word = sent.tokens[child]
        kids = [sent.tokens[c] for c in children(sent, child)]
        if word.dep == "relcl":
            subjects = [kid for kid in kids if kid.dep == "nsubj"]
            if any(kid.lower in WIDE_SUBJECTS or any(sent.tokens[g].lower in WIDE_SUBJECTS
                                                     for g in children(sent, sent.tokens.index(kid)))
                   for kid in subjects):
                return True
            if speaker and subjects and not any(kid.lower in {"i", "we"} for kid in subjects) and any(
                    kid.lower == "ever" or (kid.dep == "aux" and kid.lower in RECORD_AUXES | {"'s"})
                    for kid in kids):
                return True
    return False


def _ranked_over_field(sent: Sentence, noun: int) -> bool:
    """A rank at the top over a place or a field, with no figure in the sentence to back it:
    "the best-run terminal on the whole coast", "one of the best performances in Australian
    retail". A sentence that gives the figure ("ranked first of 14 sites in the region") shows
    the rank rather than claiming it."""
    if DIGIT_RE.search(sent.text):
        return False
    return any(sent.tokens[c].dep == "prep" and _wide_scope(sent, c) for c in children(sent, noun))


def _made_top(sent: Sentence) -> bool:
    """A speaker's deed that made a thing the top of its field: "I transformed it into the most
    profitable resort in the region"."""
    for position, token in enumerate(sent.tokens):
        if token.dep != "prep" or token.lower not in MAKING_PREPS:
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or negated(sent, verb) or not any(
                sent.tokens[c].dep == "nsubj" and sent.tokens[c].lower in RANKED_SUBJECTS
                for c in children(sent, verb)):
            continue
        if any(sent.tokens[g].dep == "pobj" and _top_ranked(sent, g) and _ranked_over_field(sent, g)
               for g in children(sent, position)):
            return True
    return False


def top_of_all(sent: Sentence) -> bool:
    """The speaker, or the speaker's work, put at the top of everyone: "I'm the best manager they
    ever had", "she'd tell you I'm the best director she's worked with", "it is the most
    successful programme any utility has ever run", "our exhibitions are the best in Poland",
    "we were the best-run terminal on the whole coast", "it's one of the best performances in
    Australian retail", or made so by the speaker ("I turned it into the most profitable resort in
    the region"). A fact at the top ("the largest site in Europe") is not praise; the speaker's own
    best ("the best decision I ever made") ranks nothing."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if not _copula(token) or negated(sent, position):
            continue
        subjects = [sent.tokens[c] for c in children(sent, position) if sent.tokens[c].dep == "nsubj"]
        if not subjects:
            continue
        speaker = any(s.lower in RANKED_SUBJECTS for s in subjects)
        ours = speaker or any(s.lower in {"it", "this", "that"} or any(
            sent.tokens[g].lower in {"our", "my"} for g in children(sent, sent.tokens.index(s)))
            for s in subjects)
        if not ours:
            continue
        for child in children(sent, position):
            if sent.tokens[child].dep not in {"attr", "acomp"}:
                continue
            for noun in _ranked_nouns(sent, child):
                if _top_ranked(sent, noun) and (_ranked_over_everyone(sent, noun, speaker)
                                                or _ranked_over_field(sent, noun)):
                    return True
    return _made_top(sent)


ORIGIN_VERBS = frozenset({"come", "start", "originate", "stem", "begin"})
ALL_WORDS = frozenset({"every", "all", "whole", "entire"})


def all_from_me(sent: Sentence) -> bool:
    """Every result said to come from the speaker: "almost every improvement in the last five
    years started from me", "the whole recovery came from my plan"."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in ORIGIN_VERBS or negated(sent, position):
            continue
        kids = children(sent, position)
        whole = any(sent.tokens[c].dep == "nsubj" and any(sent.tokens[g].lower in ALL_WORDS
                                                           for g in children(sent, c)) for c in kids)
        if not whole:
            continue
        for prep in kids:
            if sent.tokens[prep].lower not in {"from", "with"}:
                continue
            for noun in children(sent, prep):
                if sent.tokens[noun].lower in SPEAKER_WORDS or any(
                        sent.tokens[g].lower == "my" for g in children(sent, noun)):
                    return True
    return False


TURNING_TO = frozenset({"turn", "look", "come", "go", "call", "run"})
ALWAYS_WORDS = frozenset({"always"})


def always_the_one(sent: Sentence) -> bool:
    """The speaker as everyone's recourse, always: "I have always been the person colleagues turn
    to in a crisis", "in every role I've been the one others look to": "be" with the speaker as
    subject, "always" or "every" on it, and "the person/one" whom others turn, look or come to."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma != "be" or negated(sent, position):
            continue
        kids = children(sent, position)
        if not any(sent.tokens[c].lower == "i" and sent.tokens[c].dep == "nsubj" for c in kids):
            continue
        always = any(sent.tokens[c].lower in ALWAYS_WORDS for c in kids) or any(
            sent.tokens[g].lower == "every" for c in kids if sent.tokens[c].dep == "prep"
            for n in children(sent, c) for g in children(sent, n))
        if not always:
            continue
        for attr in kids:
            if sent.tokens[attr].dep != "attr" or sent.tokens[attr].lower not in {"person", "one"}:
                continue
            for clause in children(sent, attr):
                if sent.tokens[clause].dep == "relcl" and sent.tokens[clause].lemma in TURNING_TO and any(
                        sent.tokens[c].dep == "nsubj" and sent.tokens[c].lower not in {"i", "who", "that"}
                        for c in children(sent, clause)):
                    return True
    return False


CREDIT_ADVERBS = frozenset({"basically", "essentially", "practically", "effectively", "solely",
                            "alone"})
"""Adverbs that give the speaker the whole of a deed: "I basically built the whole network"."""
MAKING = frozenset({"build", "create", "transform", "turn", "save", "rescue", "set", "grow",
                    "run", "make", "drive", "deliver", "develop", "change", "rebuild", "found"})


def built_whole(sent: Sentence) -> bool:
    """The speaker told as making the whole of something alone: "I basically built our whole
    international network", "I essentially created the entire function": a verb of making with
    the speaker as subject, an adverb that gives them all the credit (``CREDIT_ADVERBS``) and a
    whole as its object."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in MAKING or negated(sent, position):
            continue
        kids = children(sent, position)
        if not any(sent.tokens[c].lower == "i" and sent.tokens[c].dep == "nsubj" for c in kids):
            continue
        if not any(sent.tokens[c].lower in CREDIT_ADVERBS for c in kids) and not _alone_in(sent, position):
            continue
        if any(sent.tokens[c].dep == "dobj" and any(sent.tokens[g].lower in WHOLE
                                                    for g in children(sent, c)) for c in kids):
            return True
    return False


ALONE_WORDS = frozenset({"alone"})
BY_SELF = frozenset({"myself"})


def _alone_in(sent: Sentence, verb: int) -> bool:
    """The deed at ``verb`` told as done alone: "alone" anywhere in its own clause (the parse may
    hang it on the object's last word), "by myself" or "on my own"."""
    for position in _own_clause(sent, verb):
        token = sent.tokens[position]
        if token.lower in ALONE_WORDS and token.dep == "advmod":
            return True
        if token.dep == "pobj" and 0 <= token.head < len(sent.tokens) and (
                (token.lower in BY_SELF and sent.tokens[token.head].lower == "by")
                or (token.lower == "own" and sent.tokens[token.head].lower == "on" and any(
                    sent.tokens[c].lower == "my" for c in children(sent, position)))):
            return True
    return False


def none_i_could_not(sent: Sentence) -> bool:
    """ "There isn't a CISO in the region I couldn't get a meeting with": a denied "there is"
    with a clause in which the speaker could not do something, the class read whole; the parse
    often hangs the speaker's clause on "is" rather than on the class."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma != "be" or not any(sent.tokens[c].dep == "expl" for c in children(sent, position)):
            continue
        kids = children(sent, position)
        denied = negated(sent, position) or any(
            sent.tokens[c].dep == "attr" and (sent.tokens[c].lower in NONE_WORDS or any(
                sent.tokens[g].lower == "no" for g in children(sent, c))) for c in kids)
        if not denied:
            continue
        for clause in range(position + 1, len(sent.tokens)):
            if sent.tokens[clause].pos not in {"VERB", "AUX"} or not negated(sent, clause):
                continue
            below = children(sent, clause)
            if not (any(sent.tokens[c].lower == "i" and sent.tokens[c].dep == "nsubj" for c in below)
                    and any(sent.tokens[c].dep == "aux" and sent.tokens[c].lower in ABILITY_AUXES
                            for c in below)):
                continue
            speaker = min(c for c in below if sent.tokens[c].lower == "i")
            if any(sent.tokens[c].dep in {"mark", "cc", "advmod"} and c < speaker for c in below):
                continue  # "no budget left so I couldn't hire": a consequence, not the class
            between = sent.tokens[position + 1:speaker]
            # "there wasn't a plan, and I couldn't get one": two clauses, not one class
            if not any(word.tag in {",", ":", "."} or (word.dep == "cc" and 0 <= word.head < len(sent.tokens)
                                                       and sent.tokens[word.head].pos in {"VERB", "AUX"})
                       for word in between):
                return True
    return False


BREAKS = frozenset({"—", "–", ";", ":", "."})


SELF_DESCRIBING = frozenset({"describe", "call", "consider", "see"})
"""Verbs a speaker pins labels on themself with ("I'd describe myself as ...", "I consider
myself ...")."""


def _labels_self(sent: Sentence, position: int) -> bool:
    """The verb at ``position`` says what the speaker is: "I am"/"I'm", or a verb of
    self-description with the speaker as both subject and object ("I'd describe myself as")."""
    token = sent.tokens[position]
    if token.lemma != "be" and token.lemma not in SELF_DESCRIBING:
        return False  # the cheap test first: nearly every word of a sentence fails it
    if negated(sent, position) or not any(
            sent.tokens[c].lower == "i" and sent.tokens[c].dep == "nsubj"
            for c in children(sent, position)):
        return False
    if token.lemma == "be":
        return True
    # "myself" as the object ("describe myself as") or as the subject of a small clause
    # ("consider myself loyal")
    near = list(children(sent, position))
    near += [grand for child in near if sent.tokens[child].dep in {"ccomp", "oprd", "xcomp"}
             for grand in children(sent, child)]
    return token.lemma in SELF_DESCRIBING and any(
        sent.tokens[item].lower == "myself" and sent.tokens[item].dep in {"dobj", "nsubj"}
        for item in near)


@per_sentence
def praise_string(sent: Sentence) -> bool:
    """A string of praising words about the speaker: after "I'm"/"I am" (or "I'd describe myself
    as"), three or more adjectives or words used as adjectives ("a visionary leader") run on
    through commas or "and" ("I'm honest, I'm inspirational, I'm the best motivator...",
    "they'd say I'm incredibly fair, approachable, inspiring, the best boss they've had"), up to
    the first verb or dash. A rank inside such a string is one more word of self-praise, not a
    claim of credit: what is said is a list of qualities, not a result taken from others."""
    if not sent.parsed:
        return False
    for position in range(len(sent.tokens)):
        if not _labels_self(sent, position):
            continue
        praised: set[int] = set()
        for offset, word in enumerate(sent.tokens[position + 1:], start=position + 1):
            # "dead organised", "results-driven": a participle praising
            described = word.dep in {"acomp", "amod"} or (word.dep == "conj" and word.tag == "VBN")
            if word.text in BREAKS or (word.pos == "VERB" and word.lemma != "be" and not described):
                break
            # "brilliant, charismatic, visionary": a word joined to a praising one praises too,
            # whatever part of speech the tagger gave it
            joined = word.dep == "conj" and word.head in praised
            if (word.pos == "ADJ" and word.dep != "advmod") or (
                    word.pos in {"VERB", "NOUN"} and described) or joined:
                praised.add(offset)
        if len(praised) >= 3:
            return True
    return False


def credit_taken(sent: Sentence) -> bool:
    """Credit taken from others in so many words: a deed done single-handedly or alone, a result
    that would not exist without the speaker, credit totalled as theirs."""
    return sole_agency(sent) or counterfactual_credit(sent) or whole_credit(sent)


def sole_credit(sent: Sentence) -> bool:
    """Any of the claims that leave nobody else in the speaker's result or put them above
    everyone: a deed done single-handedly, a result that would not exist without them, a rank
    above anyone, nobody else able to do it, the best anyone has had, every result from them,
    always the one others turn to, the whole built alone, no one they could not reach."""
    return (sole_agency(sent) or counterfactual_credit(sent) or ranked_above_all(sent)
            or nobody_else_could(sent) or top_of_all(sent) or all_from_me(sent)
            or always_the_one(sent) or built_whole(sent) or none_i_could_not(sent))


RANK_WORDS = frozenset({"first", "only"})
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
SCOPE_PREPOSITIONS = frozenset({"in", "across", "throughout"})
ALL_OF = frozenset({"all", "whole", "entire"})
SPEAKER = frozenset({"i"})
OWN_DETERMINERS = frozenset({"my", "our"})
BEING = frozenset({"be", "become", "remain"})
NOT_A_RANK = frozenset({"time", "step", "thing", "week", "month", "year", "day", "phase"})
"""Nouns a rank word orders in time, not in merit: "the first time", "my first step"."""


def _scope(sent: Sentence, positions: tuple[int, ...]) -> tuple[bool, bool]:
    """Whether a phrase at one of ``positions`` is scoped over a place or a field ("in
    Honduras", "in all Central Africa", "across the whole country"), and whether over all of it."""
    for position in positions:
        for prep in children(sent, position):
            if sent.tokens[prep].lower not in SCOPE_PREPOSITIONS:
                continue
            for noun in children(sent, prep):
                token = sent.tokens[noun]
                if token.dep != "pobj":
                    continue
                whole = any(sent.tokens[c].lower in ALL_OF for c in children(sent, noun))
                if token.lower in ALL_OF:  # "in all of Scandinavia": the place after "of"
                    whole = True
                    token = next((sent.tokens[g] for c in children(sent, noun)
                                  if sent.tokens[c].lower == "of" for g in children(sent, c)
                                  if sent.tokens[g].dep == "pobj"), token)
                if token.tag in {"NNP", "NNPS"} or token.lower in FIELDS or token.lemma in FIELDS:
                    return True, whole
    return False, False


def _clause_subject(sent: Sentence, position: int) -> int | None:
    """The subject of the clause the token at ``position`` stands in: the nearest verb above it
    (itself included) with a subject."""
    seen: set[int] = set()
    while 0 <= position < len(sent.tokens) and position not in seen:
        seen.add(position)
        for child in children(sent, position):
            if sent.tokens[child].dep in {"nsubj", "nsubjpass"}:
                return child
        if sent.tokens[position].dep == "ROOT":
            return None
        position = sent.tokens[position].head
    return None


def ranked_over_a_place(sent: Sentence) -> bool:
    """The speaker ranked first, only or best across a place or a field they cannot survey ("I was
    the first person in Honduras to bring digital records in", "I'm the best planner in the
    country"), or their own organisation ranked so across all of one ("our mill is the most
    efficient in all Central Africa"); and "no other shop in the region does it as well as us".
    Not a rank in time ("the first time in Kenya I..."), a denial, an organisation's rank in a
    named place without "all" or "whole" ("the first hospital in Kenya to gain accreditation" is a
    fact one can check), nor a rank inside one's own organisation ("the only one in the plant")."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lower in {"no"} and token.dep == "det":
            noun = token.head
            if (0 <= noun < len(sent.tokens) and any(sent.tokens[c].lower in {"other", "else"}
                                                        for c in children(sent, noun))
                    and _scope(sent, (noun,))[0] and any(t.lower in US for t in sent.tokens)):
                return True  # "no other shop in Central America does it as well as us"
            continue
        if token.lower not in RANK_WORDS and token.tag not in SUPERLATIVE_TAGS:
            continue
        head = token.head if token.dep in {"amod", "advmod"} else position
        if not 0 <= head < len(sent.tokens) or sent.tokens[head].lemma in NOT_A_RANK:
            continue
        verb = sent.tokens[head].head
        if sent.tokens[head].dep not in {"attr", "acomp", "oprd"} or not (
                0 <= verb < len(sent.tokens) and sent.tokens[verb].lemma in BEING):
            continue  # only what the speaker is said to be ranks them ("I was the first person")
        placed, whole = _scope(sent, (head, position))
        if not placed or negated(sent, sent.tokens[head].head) or negated(sent, head):
            continue
        subject = _clause_subject(sent, head)
        if subject is None:
            continue
        said_of = sent.tokens[subject]
        if said_of.lower in SPEAKER:
            return True
        if whole and any(sent.tokens[c].lower in OWN_DETERMINERS for c in children(sent, subject)):
            return True
    return False
