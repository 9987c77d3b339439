"""Lines that say what the holder is like rather than what they have done: "You think in numbers
and keep a cool head", "We believe you enjoy building teams", "You are a hands-on leader". The
interview judges them; no résumé line proves or lacks them, so none raises a missing must-have.

Read by the parse: the clause whose subject is "you" has a verb of disposition (enjoy, thrive,
think, care…), or "you are" is followed by a person described ("a hands-on leader") with no
credential among the words that describe them ("a qualified accountant" is an ask).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

DISPOSITION_VERBS = frozenset({
    "enjoy", "enjoys", "love", "loves", "like", "likes", "thrive", "thrives", "relish", "relishes",
    "think", "thinks", "believe", "believes", "care", "cares", "value", "values", "embrace",
    "embraces", "feel", "feels", "want", "wants", "prefer", "prefers"})
"""Verbs that say how the holder thinks or feels, in the forms a line addressed to "you" uses."""

PERSON_NOUNS = frozenset({
    "leader", "person", "personality", "character", "communicator", "thinker", "doer", "builder",
    "player", "self-starter", "starter", "motivator", "listener", "networker", "role", "model",
    "individual", "colleague", "partner", "storyteller", "problem-solver", "solver"})
"""Nouns that describe the holder as a kind of person, not as holder of a post or credential."""

CREDENTIAL_WORDS = frozenset({
    "qualified", "chartered", "certified", "registered", "licensed", "accredited", "degree",
    "senior", "experienced", "proven", "native", "fluent", "bilingual"})
"""Words that turn a description into an ask: a credential, a level, years of practice."""


@lru_cache(maxsize=256)
def _parsed(text: str) -> Doc:
    from poise.analysis.nlp import spacy_pipeline

    return spacy_pipeline(parse=True)(text[:300])


def disposition_statement(text: str) -> bool:
    """True when a line says what the holder is like (see the module's docstring)."""
    opening = text.lstrip("-•*– ")
    if not re.search(r"(?i)\byou\b", opening) or re.search(r"\d", opening):
        return False
    doc = _parsed(opening)
    for token in doc:
        if token.lower_ != "you" or token.dep_ != "nsubj":
            continue
        verb = token.head
        if verb.lower_ in DISPOSITION_VERBS and verb.tag_.startswith("VB") and not any(
                child.dep_ == "aux" for child in verb.children):
            return True
        if verb.lower_ in ("are", "'re", "’re"):
            for child in verb.children:
                if child.dep_ == "attr" and child.lower_ in PERSON_NOUNS:
                    described = {word.lower_ for word in child.subtree}
                    return not described & CREDENTIAL_WORDS
    return False
