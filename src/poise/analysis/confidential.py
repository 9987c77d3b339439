"""Another party's confidential figure passed through the speaker's hands, read from the parse.

A price, a bid or terms belong to whoever set them. Told plainly as part of a win, the speaker
shows conduct a hiring panel cannot accept when such a figure moves between parties who are not
its owner, with the speaker at one end:

- someone passed the speaker a third party's figure ("a contact on their side shared the
  competitor's pricing with me", "he let slip their floor price");
- the speaker showed or passed one party's figure to another ("I showed the incumbent's account
  manager the runner-up's bid").

A party sharing its own figure ("the client shared their budget with me", "she sent me her rate
card") is ordinary business, and so is the speaker sharing their own side's ("I shared our
prices"). The owner is read from the possessive on the figure; a possessive pronoun stands for
the giver when the giver is named by a noun ("the client ... their budget"), and for someone
else when the giver is another pronoun ("he ... their floor price"). The words are the classes of
``analysis/advantage.py`` (prices and terms, verbs of passing on), not phrases.
"""

from __future__ import annotations

from poise.analysis.advantage import PASSING, PRICES
from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import children, negated, subtree
from poise.analysis.text import Sentence, Token

SPEAKERS = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
CAUSING = frozenset({"have", "get", "let", "make"})
"""Verbs by which the speaker has someone else do the passing ("I had a contact share...")."""
LEAKING = frozenset({"slip", "leak"})
PRONOUN_OWNERS = {"their": "they", "his": "he", "her": "she", "its": "it"}


def _figure_owner(sent: Sentence, position: int) -> Token | None:
    """The possessive on the price or terms word at ``position`` ("the competitor's", "their")."""
    for child in children(sent, position):
        if sent.tokens[child].dep == "poss":
            return sent.tokens[child]
    return None


def _figures(sent: Sentence, verb: int) -> list[int]:
    """The price or terms words the verb at ``verb`` passes on: its object, or the subject of a
    "what ... was" clause under it ("let slip what their floor price was")."""
    found = []
    for position in subtree(sent, verb):
        token = sent.tokens[position]
        if token.lower not in PRICES or token.pos != "NOUN":
            continue
        path: list[str] = []
        current = position
        while 0 <= current < len(sent.tokens) and current != verb and len(path) < 4:
            path.append(sent.tokens[current].dep)
            current = sent.tokens[current].head
        if current != verb:
            continue
        if path[0] in {"dobj", "appos", "pobj"} or (path[0] == "nsubj" and any(
                sent.tokens[c].tag == "WP" for c in children(sent, sent.tokens[position].head))):
            found.append(position)
    return found


def _giver(sent: Sentence, verb: int) -> Token | None:
    """Who passes the figure on: the verb's subject, or the object of a causing verb above it
    ("I had a guy on their side share it")."""
    subjects = [sent.tokens[c] for c in children(sent, verb) if sent.tokens[c].dep in SUBJECTS]
    if subjects:
        return subjects[0]
    head = sent.tokens[verb].head
    if 0 <= head < len(sent.tokens) and head != verb and sent.tokens[head].lemma in CAUSING:
        objects = [sent.tokens[c] for c in children(sent, head) if sent.tokens[c].dep == "dobj"]
        objects += [sent.tokens[c] for c in children(sent, head) if sent.tokens[c].dep in SUBJECTS]
        return objects[0] if objects else None  # "he let slip...": who let it slip
    return None


def _outside_receiver(sent: Sentence, verb: int) -> bool:
    """The figure goes to someone of another party: a receiver with an owner who is not the
    speaker ("the incumbent's account manager"), not the speaker's own board or team."""
    for child in children(sent, verb):
        dep = sent.tokens[child].dep
        if dep not in {"dative", "prep", "dobj"} or (dep == "dobj" and sent.tokens[child].lower in PRICES):
            continue  # "showed the rival's director the bid": the object shown to is a receiver
        for position in subtree(sent, child):
            owner = _figure_owner(sent, position)
            if sent.tokens[position].pos == "NOUN" and owner is not None \
                    and owner.lower not in SPEAKERS and owner.tag != "PRP$":
                return True
    return False


def _speaker_involved(sent: Sentence, verb: int, giver: Token) -> bool:
    """The speaker passes the figure to another party, has it passed, or receives it; or the
    figure was let slip (a leak, whoever heard it)."""
    if giver.lower in SPEAKERS:
        return _outside_receiver(sent, verb)
    if sent.tokens[verb].lemma in LEAKING:
        return True
    head = sent.tokens[verb].head
    if 0 <= head < len(sent.tokens) and sent.tokens[head].lemma in CAUSING and any(
            sent.tokens[c].lower in SPEAKERS and sent.tokens[c].dep in SUBJECTS
            for c in children(sent, head)):
        return True
    receivers = [c for c in children(sent, verb) if sent.tokens[c].dep in {"dative", "prep"}]
    return any(sent.tokens[g].lower in SPEAKERS for c in receivers for g in subtree(sent, c))


def _another_owner(owner: Token, giver: Token) -> bool:
    """The figure's owner is neither the speaker nor the giver."""
    if owner.lower in SPEAKERS:
        return False
    if owner.lower in PRONOUN_OWNERS:
        # "the client shared their budget": the pronoun is the giver's own
        return giver.tag == "PRP" and PRONOUN_OWNERS[owner.lower] != giver.lower \
            and giver.lower not in SPEAKERS
    return owner.lower != giver.lower


def figure_passed(sent: Sentence) -> bool:
    """Another party's figure passed to, by or through the speaker (see the module)."""
    if not sent.parsed:
        return False
    for verb, token in enumerate(sent.tokens):
        if token.lemma not in PASSING or token.pos != "VERB" or negated(sent, verb):
            continue
        if clause_mood(sent, verb) in {"conditional", "question", "hypothetical"}:
            continue
        giver = _giver(sent, verb)
        if giver is None or not _speaker_involved(sent, verb, giver):
            continue
        for position in _figures(sent, verb):
            owner = _figure_owner(sent, position)
            if owner is not None and _another_owner(owner, giver):
                return True
        if any(_another_payer(payer, giver) for payer in _payers(sent, verb)):
            return True
    return False


PAYING = frozenset({"pay", "bid", "tender", "spend", "quote"})
"""Verbs of a figure a party keeps to itself: what it pays, bids or quotes."""
PAYING_REACH = 4
"""How deep under the verb of passing a "what they were paying" clause is looked for ("a copy
of what they were paying")."""


def _payers(sent: Sentence, verb: int) -> list[Token]:
    """The subjects of "what ... was paying" clauses the verb at ``verb`` passes on: "slipped me
    a copy of what they were paying" gives "they"."""
    found = []
    for position in subtree(sent, verb):
        token = sent.tokens[position]
        if token.lemma not in PAYING or token.pos != "VERB" or position == verb:
            continue
        if not any(sent.tokens[c].tag == "WP" and sent.tokens[c].dep == "dobj"
                   for c in children(sent, position)):
            continue
        depth, current = 0, position
        while current != verb and depth < PAYING_REACH and 0 <= current < len(sent.tokens):
            current, depth = sent.tokens[current].head, depth + 1
        if current == verb:
            found += [sent.tokens[c] for c in children(sent, position)
                      if sent.tokens[c].dep in SUBJECTS]
    return found


def _another_payer(payer: Token, giver: Token) -> bool:
    """The payer is neither the speaker nor the giver: a pronoun payer is someone else only
    beside a pronoun giver of another person ("he slipped me what they were paying"); beside a
    giver named by a noun it stands for the giver ("the client told me what they were
    paying")."""
    if payer.lower in SPEAKERS or payer.lower == giver.lower:
        return False
    if payer.tag == "PRP":
        return giver.tag == "PRP" and giver.lower not in SPEAKERS
    return True
