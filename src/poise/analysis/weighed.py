"""What a sentence names as mattering most or more, read from the words in order.

"What is more important for this position is to know the road", "I think the most important in
this business is the people and the safety", "what matters most on a ward is the calm of the
nurses": a subject that ranks a thing by a word of mattering ("important", "matters", "key")
graded by "more" or "most", then a clause of "be" that names it. The parser often fails on these
sentences (it reads "for this position is" as a clause of its own, or "important" as a noun), so
the reading follows the words: the graded word of mattering inside a subject that opens with
"what" or "the", then the first "is"/"are"/"was" after it, then what follows up to the end of
the clause (a comma, a semicolon, a colon or the end of the sentence).

A reply to a stated concern that names as what matters a thing holding no word of the concern
has set the concern aside for something else (the rule decides; see
``rules.asked._gap_swap``). A subject that is a question ("what is most important to you?"), a
negated one ("what matters is not..."), one whose subject holds the speaker ("the most important
thing I did was...": a record) or one with nothing named after its "be" names nothing.
"""

from __future__ import annotations

from poise.analysis.meaning import be_clauses
from poise.analysis.text import Sentence

MATTERING = frozenset({"matter", "matters", "important", "key", "crucial", "essential", "critical",
                       "count", "counts"})
"""Words by which a subject ranks a thing as mattering."""
GRADING = frozenset({"more", "most"})
OPENERS = frozenset({"what", "the"})
"""Words a ranking subject opens with ("what is most important", "the most important thing")."""
BE_FORMS = frozenset({"is", "are", "was", "'s", "’s"})
CLAUSE_END = frozenset({",", ";", ":", ".", "!", "?", "—", "–"})
SUBJECT_SPAN = 8
"""How many words a ranking subject may hold before its "be" ("what is more important for a
tea estate of this size is...")."""
NEGATIONS = frozenset({"not", "n't", "never"})
SPEAKERS = frozenset({"i", "we"})


def ranked_named(sent: Sentence) -> list[int]:
    """The positions of what the sentence names as mattering more or most (see the module doc);
    empty when it names nothing so."""
    lowers = [token.lower for token in sent.tokens]
    if "?" in lowers:
        return []
    for position, word in enumerate(lowers):
        near = lowers[max(0, position - 3):position + 3]
        if word not in MATTERING or not GRADING & set(near):
            continue
        if not any(lowers[back] in OPENERS for back in range(max(0, position - 5), position)):
            continue
        # "what is more important ... is": the first "be" is the subject's own, so read after it
        named = _clause_after_be(lowers, position + 1, SUBJECT_SPAN)
        if named and not SPEAKERS & set(lowers[position + 1:named[0]]):
            return named  # "the most important thing I did was...": a record, not a ranking
    return []


OVERLOOKING = frozenset({"forget", "forgets", "forgot", "miss", "misses", "overlook", "overlooks",
                         "underestimate", "underestimates"})
"""Verbs of others failing to see a thing ("what people forget is...")."""
SEEING = frozenset({"realise", "realize", "realises", "realizes", "know", "knows", "see", "sees",
                    "understand", "understands", "appreciate", "appreciates"})
"""Verbs of seeing a thing, read as overlooking it when negated ("what people don't realise")."""
THING_NOUNS = frozenset({"thing", "point", "fact"})
SELF = frozenset({"me", "myself"})


def _clause_after_be(lowers: list[str], start: int, span: int) -> list[int]:
    """The positions after the first "be" within ``span`` words of ``start``, up to the end of
    the clause; empty when there is no such "be" or nothing follows it."""
    be = next((ahead for ahead in range(start, min(len(lowers), start + span))
               if lowers[ahead] in BE_FORMS), None)
    if be is None:
        return []
    named: list[int] = []
    for ahead in range(be + 1, len(lowers)):
        if lowers[ahead] in CLAUSE_END:
            if not named:
                continue  # "the thing about me is, I know...": a comma after the "be"
            break
        named.append(ahead)
    if not named or lowers[named[0]] in NEGATIONS:
        return []
    return named


def overlooked_named(sent: Sentence) -> list[int]:
    """The positions of what the sentence says others overlook or what it puts forward as the
    thing about the speaker: "what people forget about regional opera is...", "the thing people
    don't always realise is I'm a pilot", "the thing about me is, I know the trade"; empty
    otherwise. A question names nothing."""
    lowers = [token.lower for token in sent.tokens]
    if "?" in lowers:
        return []
    for position, word in enumerate(lowers):
        opener = lowers[position - 1] if position else ""
        if word == "what" or (word in THING_NOUNS and opener == "the"):
            window = lowers[position + 1:position + 1 + SUBJECT_SPAN]
            cut = next((index for index, seen in enumerate(window) if seen in BE_FORMS), len(window))
            subject = window[:cut]
            others = not SPEAKERS & set(subject)  # "what I don't know yet is..." grants a gap
            overlooked = others and (any(seen in OVERLOOKING for seen in subject) or (
                any(seen in SEEING for seen in subject) and any(seen in NEGATIONS for seen in subject)))
            about_self = word in THING_NOUNS and subject[:2] in (["about", "me"], ["about", "myself"])
            if not (overlooked or about_self):
                continue
            named = _clause_after_be(lowers, position + 1, SUBJECT_SPAN + 1)
            if named:
                return named
    return []


STRENGTH_NOUNS = frozenset({"strength", "forte", "asset", "speciality", "specialty"})
"""Nouns by which the speaker names what they are best at ("my strength is...")."""
NAMED_DEPS = frozenset({"attr", "acomp"})


def _owned_strength(sent: Sentence, positions: list[int]) -> bool:
    """The words hold a noun of ``STRENGTH_NOUNS`` the speaker owns ("my real strength")."""
    return any(sent.tokens[position].lemma in STRENGTH_NOUNS and any(
        sent.tokens[kid].lower == "my" for kid in sent.child_map[position]) for position in positions)


def strength_named(sent: Sentence) -> list[int]:
    """The positions of what the speaker names as their strength in a clause of "be": "my
    strength is really the management of a chain", "my operations experience is exactly my
    strength"; empty when the clause is negated ("my strength is not...") or names no word of
    substance ("that is my strength" points back at what was said)."""
    if not sent.parsed:
        return []
    for subject, told in be_clauses(sent, NAMED_DEPS):
        if not subject or not told:
            continue
        if _owned_strength(sent, subject):
            named = told
        elif _owned_strength(sent, told):
            named = subject
        else:
            continue
        heads = {sent.tokens[position].head for position in subject} - set(subject)
        if any(sent.tokens[kid].lower in NEGATIONS for head in heads if 0 <= head < len(sent.tokens)
               for kid in sent.child_map[head]) or any(
                sent.tokens[position].lower in NEGATIONS for position in told):
            continue
        if any(sent.tokens[position].pos in {"NOUN", "PROPN", "VERB", "ADJ"}
               and sent.tokens[position].lemma not in STRENGTH_NOUNS for position in named):
            return named
    return []
