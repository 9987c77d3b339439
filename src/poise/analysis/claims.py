"""Claims about oneself that admit no exception, read from the parse.

Two shapes a coach hears as overclaiming whatever the words:
- a double negation over a whole class: "no X that I could not V" ("I've never met a problem I
  couldn't solve", "there's nothing in this trade I haven't seen"), which says "every X";
- credit claimed whole: the result is the speaker's and nobody else's ("it was entirely my
  work", "the scheme is essentially based on my design"), marked by a word that totals it.
"""

from __future__ import annotations

from poise.analysis.meaning import children, negated
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
