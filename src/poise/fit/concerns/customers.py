"""Sector words an advert uses for its customers, not for itself: "retail customers",
"Customers: discount retailers", "our clients include banks". A maker that sells to retailers
is no retailer, so such a mention says whom the employer serves, never what sector it is in."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from poise.fit.concerns.parsed_line import parsed_line
from poise.fit.lexicon import Patterns, any_match

if TYPE_CHECKING:
    from spacy.tokens import Token

PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "conj", "appos"})
"""Dependencies that keep a word inside the noun phrase (or the list) it belongs to."""
PHRASE_STEPS = 4


def _customer_word(token: Token, customers: Patterns) -> bool:
    return any_match(customers, token.lower_) is not None


def _of_customers(token: Token, customers: Patterns) -> bool:
    """True when the noun phrase holding ``token`` names customers ("retail customers"), is set
    beside a customer noun ("Customers: … retailers"), or is what customers are said to include
    ("our clients include banks")."""
    node = token
    for _ in range(PHRASE_STEPS):
        if node is not token and _customer_word(node, customers):
            return True
        if node.dep_ in ("dobj", "attr") and any(
                child.dep_ == "nsubj" and _customer_word(child, customers)
                for child in node.head.children):
            return True
        if node.dep_ not in PHRASE_DEPS or node.head is node:
            return False
        node = node.head
    return _customer_word(node, customers) and node is not token


def customer_mentions(line: str, sector: re.Pattern[str], customers: Patterns) -> int:
    """How many of ``sector``'s mentions on ``line`` name the employer's customers (the nouns
    for customers: content/fit/cues.yaml, ``evidence.customer_nouns``)."""
    if not customers:
        return 0
    hits = list(sector.finditer(line))
    if not hits:
        return 0
    doc = parsed_line(line)
    count = 0
    for hit in hits:
        span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if span is not None and _of_customers(span.root, customers):
            count += 1
    return count
