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

from poise.analysis.meaning import children, negated, subtree
from poise.analysis.text import Sentence

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
        if not any(kid.lower == "i" and kid.dep == "nsubj" for kid in kids):
            continue
        if not any(kid.dep == "aux" and kid.lower in ABILITY_AUXES for kid in kids):
            continue
        head = token.head
        if not 0 <= head < len(sent.tokens):
            continue
        noun = sent.tokens[head]
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


UNIVERSAL_PLACES = frozenset({"anywhere", "everywhere"})
KIND_WORDS = frozenset({"kind", "sort", "type"})
SPAN_WORDS = frozenset({"years", "career", "ever"})
EXPERIENCE_LEMMAS = frozenset({"see", "be", "try", "think", "say", "guess", "meet", "hear", "raise", "work"})
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
