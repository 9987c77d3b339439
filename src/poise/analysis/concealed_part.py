"""Concealment told by the speaker, read from the parse: a part of the speaker's own kept from
the person it was done against, a fact kept from a party while something else was said to it,
and a thing altered so that it would pass as genuine.

- ``own_part_unknown``: someone else never found out, knew or realised that it was the speaker
  ("... and Russ never found out it was me", "the director never knew it was us"): the act was
  done behind that person and the speaker's hand in it hidden. The speaker not knowing ("I never
  found out it was him") or someone knowing ("she knew it was me") is none.
- ``withheld_and_claimed``: the speaker did not tell a party something pointed back to ("I did
  not tell him this") and, in the same breath, said something else to them ("I said yes, all
  certified"), where the sentence before told a shortfall ("only", a negation): a fact kept from
  the party and a claim told in its place. A silence with nothing said instead, or with no
  shortfall before it, is none; a promise said instead ("I said I would check") is none.
- ``altered_to_pass``: the speaker altered or made something so that it would look genuine
  ("... with the price line changed so it'd look real", "I edited the letter so it looked
  official"): what looks genuine by design was not. Made to look cleaner, clearer or
  professional is presentation, not forgery.

Each test is a pure function of parsed sentences; the words are closed classes (knowing,
altering, genuineness), not phrases.
"""

from __future__ import annotations

from poise.analysis import conduct
from poise.analysis.deception import CLAIMING, PROMISING
from poise.analysis.meaning import children, negated, subtree
from poise.analysis.text import Sentence

SPEAKER_OBJECTS = frozenset({"me", "us", "i", "we"})
"""What "it was ..." names when the part hidden is the speaker's own."""
NOBODY = frozenset({"nobody", "no-one", "noone", "none"})
"""Subjects that deny the verb they govern ("nobody ever realised")."""
FINDING_OUT = frozenset({"find", "know", "realise", "realize", "discover", "learn", "suspect",
                         "guess", "work", "figure"})
"""Verbs of coming to know who did something ("found out", "worked out", "figured out")."""
WITHHOLDING = frozenset({"tell", "inform", "mention", "say"})
POINTERS = frozenset({"this", "that", "it"})
SHORTFALL = frozenset({"only", "just", "barely", "hardly"})
"""Adverbs that make a figure or a state fall short of what was needed ("only 70 percent")."""
ALTERING = frozenset({"change", "alter", "edit", "adjust", "amend", "doctor", "tweak", "fake",
                      "forge", "mock", "rewrite", "retype", "backdate", "fiddle"})
"""Verbs of altering or making a thing."""
PASSING = frozenset({"look", "seem", "appear", "pass"})
GENUINE = frozenset({"real", "genuine", "authentic", "legitimate", "official", "original",
                     "proper", "legit", "valid", "signed"})
"""What a thing made to look so was not already: genuine, official, valid."""


def own_part_unknown(sent: Sentence) -> bool:
    """Someone other than the speaker never found out, knew or realised that it was the
    speaker ("Russ never found out it was me")."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in FINDING_OUT or token.pos not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in children(sent, position) if sent.tokens[c].dep in conduct.SUBJECTS]
        if not negated(sent, position) and not any(sent.tokens[c].lower in NOBODY for c in subjects):
            continue
        if not subjects or any(sent.tokens[c].lower in conduct.SPEAKERS for c in subjects):
            continue  # "I never found out it was him": the speaker's own not knowing
        for clause in children(sent, position):
            if sent.tokens[clause].dep != "ccomp" or sent.tokens[clause].lemma != "be":
                continue
            kids = children(sent, clause)
            if any(sent.tokens[c].lower in {"it", "that"} and sent.tokens[c].dep in conduct.SUBJECTS
                   for c in kids) and any(sent.tokens[c].lower in SPEAKER_OBJECTS
                                          and sent.tokens[c].dep in {"attr", "acomp", "dobj"}
                                          for c in kids):
                return True
    return False


def _shortfall(sent: Sentence | None) -> bool:
    """The sentence says something fell short: "only" or "just" on a figure, or a negation."""
    if sent is None or not sent.parsed:
        return False
    return any(token.lower in SHORTFALL and token.dep == "advmod" for token in sent.tokens) or any(
        negated(sent, position) for position, token in enumerate(sent.tokens)
        if token.pos in {"VERB", "AUX"})


def _linked(sent: Sentence, first: int, second: int) -> bool:
    """The two clauses hang one from the other or from the same verb."""
    one, two = sent.tokens[first], sent.tokens[second]
    return one.head == second or two.head == first or (
        one.head == two.head and one.head not in {first, second})


def withheld_and_claimed(sent: Sentence, before: Sentence | None) -> bool:
    """The speaker did not tell a party something pointed back to and said something else to
    them in the same sentence, after a sentence that told a shortfall."""
    if not sent.parsed or not _shortfall(before):
        return False
    silences = [p for p, token in enumerate(sent.tokens)
                if token.lemma in WITHHOLDING and negated(sent, p) and conduct.speaker_subject(sent, p)
                and any(sent.tokens[c].dep == "dobj" and sent.tokens[c].lower in POINTERS
                        for c in children(sent, p))]
    if not silences:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in CLAIMING or token.tag != "VBD" or negated(sent, position) \
                or not conduct.speaker_subject(sent, position):
            continue
        said = [c for c in children(sent, position) if sent.tokens[c].dep in {"ccomp", "intj", "dobj"}]
        if not said or any(sent.tokens[g].lower in PROMISING and sent.tokens[g].dep == "aux"
                           for c in said for g in children(sent, c)):
            continue  # "I said I would check": a promise, not a claim
        if any(_linked(sent, silence, position) for silence in silences):
            return True
    return False


def altered_to_pass(sent: Sentence) -> bool:
    """Something the speaker altered or made so that it would look genuine: an altering verb
    whose clause has a purpose "so it would look real", in a sentence where the speaker acts."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in PASSING or token.pos not in {"VERB", "AUX"} or negated(sent, position):
            continue
        if not any(sent.tokens[g].lower in GENUINE for c in children(sent, position)
                   if sent.tokens[c].dep in {"acomp", "attr", "oprd", "prep", "advmod"}
                   for g in subtree(sent, c)):
            continue
        if not any(sent.tokens[c].lower == "so" and sent.tokens[c].dep in {"mark", "advmod"}
                   for c in children(sent, position)):
            continue
        altered = sent.tokens[position].head
        if not 0 <= altered < len(sent.tokens) or sent.tokens[altered].lemma not in ALTERING:
            continue
        if conduct.speaker_subject(sent, altered) or conduct.speaker_acted_before(sent, position):
            return True
    return False
