"""A favour bought: the speaker gave the person who decides a contract or a permit something of
value for themselves, and the decision is told just after, read from the parse.

"I took the licensing officer out to a long lunch and the licence came through that week" tells
a decision bought, whatever the words around it. The shape is read from the parse: a giving act
of the speaker's (gave, sent, bought, arranged, booked, treated, took out) whose thing is a gift
to a person rather than terms to an organisation (``inducement_gifts``), going to a person of
another body who decides (``deciding_roles``: an officer, a buyer, their head of procurement),
with what the decision grants (``decisions_won``: a permit, a contract, signed, approved) told in
the same sentence or the next.

Money handed over outright (``MONEY_GIFTS``: cash, an envelope) to such a person is a price
whether or not the decision is told.

Not a gift refused or declared ("I turned the tickets down and put them on the register"), not
one the speaker received, not one to the speaker's own people ("I took my team out for dinner"),
and not a thank-you after the decision ("after they signed I sent the buyer a hamper").
"""

from __future__ import annotations

from collections.abc import Sequence

from poise.analysis import conduct, indirect
from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import children, negated, subtree
from poise.analysis.text import Sentence

GIVING = frozenset({"give", "send", "buy", "arrange", "book", "treat", "take", "offer", "hand",
                    "slip", "pay", "fund", "host", "organise", "organize", "lay", "get"})
"""Verbs by which the speaker gives someone something or takes them somewhere."""
OWN_SIDE = frozenset({"my", "our", "team", "staff", "colleagues", "crew", "family", "wife",
                      "husband", "kids", "children"})
"""Words that put a receiver on the speaker's own side."""
AFTER_MARKS = frozenset({"after", "once", "since", "when"})
"""Marks of a clause that puts the decision before the gift: a thank-you, not a price."""
FOR_WORDS = frozenset({"for", "to", "on"})
WITH_WORDS = frozenset({"with"})
TOLD = frozenset({"past", "other"})
MONEY_GIFTS = frozenset({"cash", "envelope", "backhander", "kickback", "bribe", "sweetener"})
"""Money handed over outright: to a person who decides for another body, a price paid whether
or not the decision is told ("I slipped the inspector an envelope")."""


def _speakers(sent: Sentence, verb: int) -> bool:
    """The act at ``verb`` is the speaker's, done (past, not denied, not refused above it)."""
    if negated(sent, verb):
        return False
    if clause_mood(sent, verb) in TOLD and conduct.speaker_subject(sent, verb, steps=3):
        return True
    # "I had our agent take care of the officer": someone the speaker had do it
    head = sent.tokens[verb].head
    return 0 <= head < len(sent.tokens) and head != verb and not negated(sent, head) \
        and clause_mood(sent, head) in TOLD and indirect.speaker_does(sent, verb)


def _gift(sent: Sentence, verb: int, gifts: frozenset[str]) -> bool:
    """The verb's thing is a gift: its object, or the object of "for" or "to" under it ("took
    him out for dinner", "treated her to a weekend")."""
    for child in children(sent, verb):
        token = sent.tokens[child]
        if token.dep in {"dobj", "npadvmod"} and (token.lemma in gifts or token.lower in gifts):
            return True
        if token.dep == "prep" and token.lower in FOR_WORDS and any(
                sent.tokens[g].dep == "pobj" and (sent.tokens[g].lemma in gifts
                                                  or sent.tokens[g].lower in gifts)
                for g in children(sent, child)):
            return True
        if token.dep == "prep" and token.lower in WITH_WORDS and _money_in(sent, child):
            return True  # "took care of the inspector with a cash fee"
    return False


def _money_in(sent: Sentence, position: int) -> bool:
    """Money given outright under ``position`` ("with a cash fee", "with an envelope")."""
    return any(sent.tokens[q].lower in MONEY_GIFTS for q in subtree(sent, position))


def money_given(sent: Sentence, verb: int) -> bool:
    """The gift at ``verb`` is money handed over (``MONEY_GIFTS``): a price for a decision
    whether or not the decision is told."""
    return any(_money_in(sent, child) for child in children(sent, verb)
               if sent.tokens[child].dep in {"dobj", "npadvmod", "prep", "dative"})


def _decider(sent: Sentence, person: int, deciders: frozenset[str], previous: str | None) -> bool:
    """The person at ``person`` decides for another body, not the speaker's own side: a deciding
    role, or a pronoun standing for the last one named."""
    token = sent.tokens[person]
    if token.lower in {"him", "her", "them"}:
        return previous is not None and previous in deciders
    if token.lemma not in deciders and token.lower not in deciders:
        return False
    around = [sent.tokens[g].lower for g in subtree(sent, person)]
    return not any(word in OWN_SIDE for word in around)


def _receivers(sent: Sentence, verb: int) -> list[int]:
    """Who the gift went to: the indirect object, the object of "for" or "to", or the person
    taken, treated or booked for ("took the officer out"); a gift as the object is no decider
    and falls out there."""
    found = []
    for child in children(sent, verb):
        token = sent.tokens[child]
        if token.dep in {"dative", "dobj"}:  # "took the officer out", "booked the officer a weekend"
            found.append(child)
        elif token.dep == "prep" and token.lower in {"for", "to", "of"}:
            # "of": the person a phrase of the verb's is about ("took care of the inspector")
            found += [g for g in children(sent, child) if sent.tokens[g].dep == "pobj"]
    return found


def _last_person(sentences: Sequence[Sentence], index: int, position: int,
                 deciders: frozenset[str]) -> str | None:
    """The nearest deciding role told before ``position`` (this sentence, then the one before)."""
    for back in (index, index - 1):
        if back < 0 or not sentences[back].parsed:
            continue
        sent = sentences[back]
        end = position if back == index else len(sent.tokens)
        for at in range(end - 1, -1, -1):
            if sent.tokens[at].pos == "NOUN" and (sent.tokens[at].lemma in deciders):
                return sent.tokens[at].lemma
    return None


def _decision_after(sentences: Sequence[Sentence], index: int, verb: int,
                    decisions: frozenset[str]) -> bool:
    """What the decision grants is told in the same sentence (outside a clause that puts it
    before the gift) or in the next."""
    sent = sentences[index]
    before = set()
    for child in children(sent, verb):
        if sent.tokens[child].dep == "advcl" and any(
                sent.tokens[g].lower in AFTER_MARKS and sent.tokens[g].dep in {"mark", "advmod"}
                for g in children(sent, child)):
            before |= set(subtree(sent, child))
    if any(position not in before and token.lemma in decisions and not negated(sent, position)
           for position, token in enumerate(sent.tokens) if position != verb):
        return True
    if index + 1 < len(sentences) and sentences[index + 1].parsed:
        after = sentences[index + 1]
        return any(token.lemma in decisions and not negated(after, p)
                   for p, token in enumerate(after.tokens))
    return False


def favour_bought(sentences: Sequence[Sentence], index: int, gifts: frozenset[str],
                  deciders: frozenset[str], decisions: frozenset[str]) -> bool:
    """The sentence at ``index`` tells a gift of the speaker's to a person who decides, with the
    decision told just after (see the module)."""
    sent = sentences[index]
    if not sent.parsed:
        return False
    for verb, token in enumerate(sent.tokens):
        if token.lemma not in GIVING or token.pos != "VERB" or not _speakers(sent, verb):
            continue
        if not _gift(sent, verb, gifts):
            continue
        for person in _receivers(sent, verb):
            previous = _last_person(sentences, index, person, deciders)
            if _decider(sent, person, deciders, previous) and (
                    money_given(sent, verb) or _decision_after(sentences, index, verb, decisions)):
                return True
    return False
