"""Pushing back on the interviewer, read from the parse: the question contested or judged.

A defensive reply rarely says "you are wrong". It contests the question's terms ("I'd push back
on the word failure", "I'd challenge the premise"), judges the question by denying it a good
quality ("I'm not sure that's a very useful question"), or tells the interviewer they would know
better had they looked ("if you'd read my CV you'd see...").

Each function asks one grammatical question of one parsed sentence and returns the positions of
the words that answer it (empty when the sentence does not show it). Word classes (verbs of
contesting, nouns for the question's terms) are passed in by the rule, from content lexicons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import SUBJECT_DEPS, WordClasses, children, negated, subtree, valence

if TYPE_CHECKING:
    from poise.analysis.text import Sentence

NOW_MOODS = frozenset({"present", "habitual", "hypothetical", "other"})
"""Moods of the reply itself; a past contest ("I challenged the plan") is a story."""
WOULD = frozenset({"would", "'d", "will", "'ll", "must", "let"})
DOUBT_HEADS = frozenset({"sure", "convinced", "certain"})
QUESTION_NOUNS = frozenset({"question", "questioning", "line"})
DILIGENT = frozenset({"properly", "actually", "really", "closely", "carefully", "fully"})
"""Adverbs that turn "if you had read it" into a reproach of the reader's care."""


def _speaker_now(sent: Sentence, verb: int) -> bool:
    """ "I" is the verb's subject and the clause is the reply itself (present, "I'd...")."""
    kids = [sent.tokens[c] for c in children(sent, verb)]
    if not any(kid.lower == "i" and kid.dep in SUBJECT_DEPS for kid in kids):
        return False
    if clause_mood(sent, verb) not in NOW_MOODS:
        return False
    return sent.tokens[verb].tag in {"VB", "VBP", "VBZ"} or any(kid.lower in WOULD for kid in kids)


def contests_terms(sent: Sentence, contest: frozenset[str], terms: frozenset[str]) -> list[int]:
    """The speaker contests the question's terms now: a verb of contesting ("push back",
    "challenge", "question", "dispute") whose object, or the object of its preposition, is a word
    for the question's terms ("the word", "the premise", "the framing"), or a "how much" /
    "whether" clause ("I'd question how much of a gap that is"). A contest told in a story ("I
    challenged the budget in the steering group") is not one."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in contest or not token.tag.startswith("VB"):
            continue
        if token.lemma == "push" and not any(sent.tokens[c].lower == "back"
                                             for c in children(sent, position)):
            continue  # "push" contests only as "push back"
        if not _speaker_now(sent, position):
            continue
        for child in children(sent, position):
            kid = sent.tokens[child]
            if kid.dep == "dobj" and (kid.lemma in terms or kid.lower in terms):
                return [position, child]
            if kid.dep == "prep":
                for grandchild in subtree(sent, child):
                    word = sent.tokens[grandchild]
                    if word.dep in {"pobj", "compound"} and (word.lemma in terms or word.lower in terms):
                        return [position, grandchild]  # "on the word failure", "with the premise"
            if kid.dep in {"ccomp", "dobj"} and any(sent.tokens[p].lower in {"how", "whether"}
                                                    for p in subtree(sent, child)[:2]):
                return [position, child]  # "I'd question how much of a gap that is"
    return []


def question_judged(sent: Sentence) -> list[int]:
    """The question denied a good quality: "that's not a very useful question", "I'm not sure
    it's a particularly productive line of questioning". A question noun with a positive
    adjective, in a clause that is denied or doubted by the speaker."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in QUESTION_NOUNS or token.dep not in {"attr", "nsubj"}:
            continue
        if token.lemma == "line" and not any(sent.tokens[p].lower == "questioning"
                                             for p in subtree(sent, position)):
            continue
        good = [c for c in children(sent, position) if sent.tokens[c].dep == "amod"
                and valence(sent.tokens[c], WordClasses()) > 0]
        if not good:
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or not (
            sent.tokens[verb].lemma == "be" or sent.tokens[verb].lower in {"'s", "’s"}
        ):
            continue
        if sent.tokens[verb].tag not in {"VBZ", "VBP"}:
            continue  # "it was not a useful question to ask the board": a story
        if negated(sent, verb) or _doubted(sent, verb):
            return [position]
    return []


def _doubted(sent: Sentence, verb: int) -> bool:
    """The clause sits under the speaker's doubt: "I'm not sure that...", "I don't think..."."""
    head = sent.tokens[verb].head
    if not 0 <= head < len(sent.tokens) or head == verb:
        return False
    word = sent.tokens[head]
    holder = head
    if word.lower in DOUBT_HEADS:
        holder = word.head if 0 <= word.head < len(sent.tokens) else head
    elif word.lemma not in {"think", "believe"}:
        return False
    return negated(sent, holder) and any(
        sent.tokens[c].lower == "i" and sent.tokens[c].dep in SUBJECT_DEPS for c in children(sent, holder)
    )


def told_to_look(sent: Sentence, cognition: frozenset[str]) -> list[int]:
    """The interviewer told they would know better had they looked: "if you'd read my CV
    properly you'd see...", "if you had been on that site you would know..." (a counterfactual
    "if you had..." and "you would" with a verb of understanding)."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in cognition or token.lower == "get":
            continue
        kids = [sent.tokens[c] for c in children(sent, position)]
        if not any(kid.lower == "you" and kid.dep in SUBJECT_DEPS for kid in kids):
            continue
        if not any(kid.lower in {"would", "'d"} for kid in kids):
            continue
        for child in children(sent, position):
            if sent.tokens[child].dep != "advcl":
                continue
            inner = [sent.tokens[c] for c in children(sent, child)]
            pointed = [sent.tokens[p] for p in subtree(sent, child)]
            if any(w.lower == "if" for w in inner) and any(w.lower == "you" for w in inner) and any(
                w.lower in {"had", "'d"} for w in inner
            ) and any(w.lower in DILIGENT or w.lower == "my" for w in pointed):
                return [child, position]  # not a generic "if you had asked the users, you'd know"
    return []
