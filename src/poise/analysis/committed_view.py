"""Whether an answer commits to a view of where things are going and what to do about it: the
evidence a question about strategy or vision tests.

A committed view is a sentence that

- forecasts or prescribes: a verb said with "will", "shall", "should", "must" or "is going to",
  "need to" / "have to", or an order with no subject ("battery ships will be standard on short
  crossings", "a company like yours should lock in grid capacity now", "put the money into the
  oldest sites first");
- is told without a qualifier ("maybe", "probably", "could", "it depends": ``hedging``; the
  speaker's own framing, "I think three things will decide it", is no qualifier);
- and is specific: it carries a figure, a year or a date, or a name (a word with a capital that
  does not open the sentence, "I" aside), so it is a position about this market and not a slogan.

A view hedged into nothing ("it could be interesting, possibly, in some cases") is no commitment;
a plan for the speaker's own habits ("I will always listen") carries no specific and counts
nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from poise.analysis.hedging import contingent, softeners
from poise.analysis.report import Evidence
from poise.analysis.text import FIGURE_RE, TIME_RE, Sentence

FORWARD_AUX = frozenset({"will", "'ll", "shall", "should", "must"})
"""Auxiliaries that forecast or prescribe."""
OBLIGATION_LEMMAS = frozenset({"need", "have"})
"""Verbs that prescribe with "to" after them ("we need to", "you have to")."""
ORDER_OPENERS = frozenset({"do", "n't", "not", "so", "and", "then", "first"})
"""Words an order may open with before its verb ("So first put …", "Don't chase …")."""
PRONOUN_ONE = frozenset({"one"})
"""A number word that is mostly a pronoun ("the one steering it"): no figure."""


def _order(sent: Sentence) -> bool:
    """An order with no subject at the root ("Put the money into repowering first", "Don't chase
    every site")."""
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.dep == "ROOT":
            return token.tag == "VB" and not any(
                item.head == position and item.dep in {"nsubj", "nsubjpass", "expl"} for item in tokens) \
                and all(item.lower in ORDER_OPENERS or item.pos == "PUNCT" for item in tokens[:position])
    return False


def _forward(sent: Sentence) -> bool:
    """A verb said with a forecasting or prescribing auxiliary, "going to", "need/have to", or an
    order."""
    tokens = sent.tokens
    if _order(sent):
        return True
    for position, token in enumerate(tokens):
        if token.dep == "aux" and token.lower in FORWARD_AUX:
            return True
        if token.lower == "going" and position + 1 < len(tokens) and tokens[position + 1].lower == "to" \
                and any(item.pos == "VERB" and item.head == position for item in tokens):
            return True
        if token.lemma in OBLIGATION_LEMMAS and token.pos == "VERB" and any(
                item.dep == "xcomp" and item.head == position and item.pos == "VERB" for item in tokens):
            return True
    return False


def _specific(sent: Sentence) -> bool:
    """A figure, a year or date, or a name inside the sentence."""
    if TIME_RE.search(sent.text) or any(match.group(0).lower() not in PRONOUN_ONE
                                        for match in FIGURE_RE.finditer(sent.text)):
        return True
    return any(position > 0 and token.text[:1].isupper() and token.lower != "i" and token.pos != "PUNCT"
               for position, token in enumerate(sent.tokens))


def committed(sent: Sentence) -> bool:
    """Whether ``sent`` commits to a specific view (see the module doc)."""
    if not sent.parsed or sent.text.rstrip().endswith("?"):
        return False
    return _forward(sent) and softeners(sent) == 0 and contingent(sent) == 0 and _specific(sent)


def committed_views(sentences: Iterable[Sentence]) -> tuple[Evidence, ...]:
    """The sentences of an answer that commit to a specific view, as quoted evidence."""
    return tuple(Evidence(sent.start, sent.end, sent.text) for sent in sentences if committed(sent))
