"""An answer that opens by announcing it will tell the speaker's own record in place of an answer.

A coach hears "you answered another question" when the speaker, before anything else, offers
to tell something of their own instead and gives a reason for the swap: "let me tell you about
the project I'm proudest of, because it shows who I am", "the best way to answer that is to
tell you what I did at my last firm, because it's relevant", "maybe I can explain what I did
with the budget, since it's the strongest thing on my CV". Read from the parse of the first
sentences (``OPENING``):

- a verb of telling (``TELLING``: tell, say, explain, describe...) offered by the speaker: the
  subject of "let me ...", or "I" with a modal ("I can explain", "I'll tell you"), or the
  complement of "the way to answer ... is to ...";
- what it tells is the speaker's own record: its object (not the listener it is told to, nor
  the reason) holds the speaker in the first person singular ("what I did", "my background",
  "the project I am most proud of") and nothing ahead ("how I'd want to be measured" is a
  view); "I'll tell you what she would say" tells another's words;
- and a reason clause ("because", "since", "as", "'cause") hangs on the offer: the story is
  put forward as standing for the answer.

An opening that ties the story to what is asked ("let me start with what I did, because my
plan builds on it") is a preface, not a swap: a reason clause that speaks of the future or of
a plan of the speaker ("would", "will", "plan", "approach") is not read as one. A question that
asks for an occasion of the speaker's own ("tell me about a time...") is answered by a story,
so the rule that reads this module does not ask it there.
"""

from __future__ import annotations

from poise.analysis.meaning import subtree
from poise.analysis.text import AnalysedText, Sentence

OPENING = 2
"""How many sentences of the answer the announcement may come in."""
TELLING = frozenset({"tell", "say", "explain", "describe", "talk", "share", "give", "walk",
                     "start", "begin", "answer"})
"""Verbs of offering something to hear ("let me tell you", "I can explain", "let me start")."""
MODALS = frozenset({"can", "could", "will", "'ll", "would", "'d", "may", "might", "shall"})
FIRST_SINGULAR = frozenset({"i", "my", "me", "myself", "mine"})
REASON_MARKS = frozenset({"because", "since", "as", "'cause", "cause", "cos", "coz"})
AHEAD = frozenset({"would", "'d", "will", "'ll", "plan", "approach", "going"})
"""Words of a reason that ties the story to something ahead (the plan asked for): a preface."""
SKIP = frozenset({"advcl", "dative"})
"""What is not the thing told: the reason clause, the listener it is told to."""


def _offered(sent: Sentence, verb: int) -> bool:
    """The speaker offers the telling: "let me tell", "I can explain", "the way to answer is to
    tell"."""
    token = sent.tokens[verb]
    kids = sent.child_map[verb]
    head = token.head
    if 0 <= head < len(sent.tokens) and head != verb:
        governor = sent.tokens[head]
        if governor.lemma == "let" and any(sent.tokens[kid].lower == "me" for kid in kids):
            return True
        if governor.lemma == "be" and token.dep == "xcomp":
            # "the (best) way to answer (that) is to tell you ..."
            for subject in sent.child_map[head]:
                if sent.tokens[subject].dep == "nsubj" and any(
                        sent.tokens[kid].lemma == "answer" for kid in sent.child_map[subject]):
                    return True
    subject = any(sent.tokens[kid].lower == "i" and sent.tokens[kid].dep == "nsubj" for kid in kids)
    modal = any(sent.tokens[kid].lower in MODALS and sent.tokens[kid].dep == "aux" for kid in kids)
    return subject and modal


def _reason(sent: Sentence, verb: int) -> int | None:
    """The reason clause on the offer or on the "let" that carries it."""
    holders = [verb]
    head = sent.tokens[verb].head
    if 0 <= head < len(sent.tokens) and head != verb and sent.tokens[head].lemma in {"let", "be"}:
        holders.append(head)
    for holder in holders:
        for kid in sent.child_map[holder]:
            if sent.tokens[kid].dep != "advcl":
                continue
            if any(sent.tokens[mark].lower in REASON_MARKS and sent.tokens[mark].dep == "mark"
                   for mark in sent.child_map[kid]):
                return kid
    return None


def _own_thing(sent: Sentence, verb: int) -> bool:
    """What is told holds the speaker in the first person singular ("what I did"), and is not
    what they would do ("how I'd want to be measured" tells a plan or a view, not a record)."""
    told = [position for kid in sent.child_map[verb]
            if sent.tokens[kid].dep not in SKIP and sent.tokens[kid].lower not in {"you", "me"}
            and sent.tokens[kid].dep not in {"nsubj", "aux", "punct", "advmod"}
            for position in subtree(sent, kid, skip=SKIP)]
    words = {sent.tokens[position].lower for position in told}
    return bool(words & FIRST_SINGULAR) and not words & AHEAD


def announcement(sent: Sentence) -> bool:
    """The sentence offers to tell the speaker's own record, with a reason that does not tie
    it to anything ahead (see the module doc)."""
    if not sent.parsed:
        return False
    for verb, token in enumerate(sent.tokens):
        if token.lemma not in TELLING or token.pos not in {"VERB", "AUX"} or not _offered(sent, verb):
            continue
        reason = _reason(sent, verb)
        if reason is None or not _own_thing(sent, verb):
            continue
        if any(sent.tokens[position].lower in AHEAD for position in subtree(sent, reason)):
            continue  # "because my plan builds on it": a preface to what is asked
        return True
    return False


def announced_record(answer: AnalysedText) -> list[int]:
    """The index of the opening sentence that announces the speaker's own record in place of
    an answer, or nothing."""
    for sent in answer.sentences[:OPENING]:
        if announcement(sent):
            return [sent.index]
    return []
