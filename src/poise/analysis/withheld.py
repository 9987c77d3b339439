"""Part of a record put in front of a party and the rest kept back, told by the speaker, read
from the parse. Part of tone.undermining.

- ``shown_in_part``: the speaker presented, sent or showed "only" some items of a record (a
  test, a result, a reading: the ``records`` word class) and, in the same breath, kept another
  to themselves: in their own files, back, aside or out of it ("I presented only the second
  test and kept the first one in my files"); or presented "only" some where the answer says the
  party asked for or required all of the record ("The auditors asked for every reading. I sent
  them only the March ones."). An item kept in the speaker's files
  with nothing presented "only", a summary presented because that was what was asked, and
  a selection explained to the party in the same or the next sentence ("..., and told them
  why") are none.

The words are classes (presenting, keeping, asking for, the whole), not phrases.
"""

from __future__ import annotations

from collections.abc import Sequence

from poise.analysis import conduct
from poise.analysis.meaning import children, negated
from poise.analysis.text import Sentence

PRESENTING = frozenset({"present", "show", "send", "submit", "give", "share", "report", "provide",
                        "hand", "forward", "disclose", "include", "file", "table", "upload"})
"""Verbs of putting an item in front of a party."""
KEEPING = frozenset({"keep", "hold", "leave", "put", "set", "file", "lock", "tuck"})
"""Verbs of keeping an item where it stays."""
KEPT_AWAY = frozenset({"back", "aside", "away", "out"})
"""Particles of an item kept from what was presented ("kept it back", "left it out")."""
OWN = frozenset({"my", "our"})
OWN_SELVES = frozenset({"myself", "ourselves"})
RESTRICTING = frozenset({"only", "just", "solely"})
DEMANDING = frozenset({"ask", "request", "require", "demand", "want", "need", "expect", "cover",
                       "list", "include"})
"""Verbs of a party asking for a set of items."""
WHOLE = frozenset({"all", "every", "each", "full", "complete", "entire", "whole"})
"""Words that make what was asked for the whole of a set."""
EXPLAINING = frozenset({"explain", "tell", "flag", "note", "mention", "say", "disclose", "inform"})
"""Verbs of the speaker telling the party about the selection made."""
WINDOW = 3
"""How many sentences either side a request for the whole is looked for."""
JOINS = frozenset({"conj", "xcomp"})
"""Clauses an act climbs through to its subject ("I decided to present ...")."""


def _restricted(sent: Sentence, verb: int) -> list[int]:
    """The objects of the presenting at ``verb`` that "only" restricts ("presented only the
    second test", "only sent the March figures")."""
    objects = [c for c in children(sent, verb) if sent.tokens[c].dep == "dobj"]
    on_verb = any(sent.tokens[c].lower in RESTRICTING and sent.tokens[c].dep == "advmod"
                  for c in children(sent, verb))
    return [item for item in objects if on_verb or any(
        sent.tokens[c].lower in RESTRICTING and sent.tokens[c].dep == "advmod"
        for c in children(sent, item))]


def _kept_to_self(sent: Sentence, verb: int) -> bool:
    """The keeping at ``verb`` holds its object where the party does not see it: in the
    speaker's own files ("in my files"), to themselves, back, aside or out."""
    if sent.tokens[verb].lemma not in KEEPING or negated(sent, verb):
        return False
    kids = children(sent, verb)
    objects = [c for c in kids if sent.tokens[c].dep == "dobj"]
    if not objects:
        return False
    if any(sent.tokens[c].lower in KEPT_AWAY and sent.tokens[c].dep in {"prt", "advmod"}
           for c in kids):
        return True
    for holder in [*kids, *(c for item in objects for c in children(sent, item))]:
        if sent.tokens[holder].dep != "prep" or sent.tokens[holder].lower not in {"in", "to"}:
            continue
        for place in children(sent, holder):
            if sent.tokens[place].lower in OWN_SELVES:
                return True
            if sent.tokens[holder].lower == "in" and any(
                    sent.tokens[c].lower in OWN and sent.tokens[c].dep == "poss"
                    for c in children(sent, place)):
                return True
    return False


def _whole_asked(sentences: Sequence[Sentence], index: int, records: frozenset[str]) -> bool:
    """A sentence near the one at ``index`` says another party asked for, or required, the
    whole of a record ("the audit asked for all the results", "the regulator wanted every
    reading")."""
    for near in sentences[max(0, index - WINDOW):index + WINDOW + 1]:
        if not near.parsed:
            continue
        for position, token in enumerate(near.tokens):
            if token.lemma not in DEMANDING or not token.tag.startswith("VB") \
                    or negated(near, position) or conduct.speaker_subject(near, position):
                continue
            # a party asks ("the auditors asked"; a parse may hang it on its party as a clause)
            if token.dep != "acl" and not any(near.tokens[c].dep in conduct.SUBJECTS
                                              for c in children(near, position)):
                continue
            things = [c for c in children(near, position) if near.tokens[c].dep == "dobj"]
            things += [g for c in children(near, position) if near.tokens[c].dep == "prep"
                       for g in children(near, c) if near.tokens[g].dep == "pobj"]
            if any(near.tokens[c].lower in WHOLE for thing in things
                   for c in [thing, *children(near, thing)]) and _of_a_record(near, things, records):
                return True
    return False


def _selection_explained(sentences: Sequence[Sentence], index: int) -> bool:
    """The speaker told the party about what was left out, in this sentence or the next."""
    for near in sentences[index:index + 2]:
        if not near.parsed:
            continue
        if any(token.lemma in EXPLAINING and token.tag.startswith("VB")
               and conduct.speaker_subject(near, position) and not negated(near, position)
               for position, token in enumerate(near.tokens)):
            return True
    return False


def _of_a_record(sent: Sentence, positions: Sequence[int], records: frozenset[str]) -> bool:
    """One of the items at ``positions`` is an item of a record (a test, a result, a reading):
    what a party is owed in full, not a draft or a summary of the speaker's own."""
    return any(sent.tokens[p].lower in records or sent.tokens[p].lemma in records
               for p in positions)


def shown_in_part(sentences: Sequence[Sentence], index: int, records: frozenset[str]) -> bool:
    """The speaker presented only part of a record and kept the rest back (see the module)."""
    sent = sentences[index]
    if not sent.parsed:
        return False
    for verb, token in enumerate(sent.tokens):
        if token.lemma not in PRESENTING or not token.tag.startswith("VB") \
                or negated(sent, verb) or not conduct.speaker_subject(sent, verb, joins=JOINS):
            continue
        shown = _restricted(sent, verb)
        if not shown:
            continue
        joined = [c for c in children(sent, verb) if sent.tokens[c].dep == "conj"
                  and _kept_to_self(sent, c)]
        kept = [g for c in joined for g in children(sent, c) if sent.tokens[g].dep == "dobj"]
        if joined and _of_a_record(sent, shown + kept, records):
            return True
        if _whole_asked(sentences, index, records) \
                and not _selection_explained(sentences, index):
            return True
    return False
