"""Whether a cue of time out between jobs on a résumé line ("relocation", "sabbatical", "parental
leave") tells of the candidate's own time out, or names a thing the candidate worked on: "Led the
office relocation", "Relocated the distribution centre", "Wrote the parental leave policy" are
work done in a job and explain no gap between jobs. Read from the line's dependency parse."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from poise.fit.concerns.parsed_line import parsed_line
from poise.fit.lexicon import Patterns, any_match

if TYPE_CHECKING:
    from spacy.tokens import Token

NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")


def cue_is_work(text: str, cue: re.Match[str], owners: Patterns) -> bool:
    """True when the cue ``cue`` found in ``text`` names work done on something, not time out:
    it modifies a noun after it ("relocation project", "leave policy"), it is a verb with a
    direct object ("relocated the plant"), it takes an "of" naming what moved ("relocation of
    the head office"), or a noun before it says what it was done to ("outpatient relocation"),
    unless that noun is one of ``owners`` ("family relocation")."""
    doc = parsed_line(text)
    inside = [token for token in doc if cue.start() <= token.idx < cue.end()]
    if not inside:
        return False
    head = _span_head(inside)
    if head.dep_ == "compound" and head.head.i > head.i and head.head not in inside:
        return True  # "the office relocation project": the cue names a kind of project
    for child in head.children:
        if child.dep_ == "dobj" and head.tag_.startswith("VB"):
            return True  # "relocated the distribution centre"
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                grand.dep_ == "pobj" for grand in child.children):
            return True  # "the relocation of the head office"
    first = inside[0]
    if first.i == 0:
        return False
    before = doc[first.i - 1]
    # a noun the cue itself describes names no work done on anything ("time away from work
    # caring for a parent": "caring" hangs on "work"); one that qualifies the cue does
    # ("outpatient relocation")
    described = head.head.i == before.i and head.dep_ in ("acl", "relcl")
    return not described and before.tag_ in NOUN_TAGS and any_match(owners, before.lower_) is None


def _span_head(tokens: list[Token]) -> Token:
    """The last token of a span whose head lies outside it ("leave" in "parental leave policy",
    where both words hang on "policy"), or the span's last token when the parse disagrees."""
    inside = {token.i for token in tokens}
    for token in reversed(tokens):
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[-1]
