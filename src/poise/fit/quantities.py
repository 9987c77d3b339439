"""Quantities read with spaCy's parser: head-counts a résumé line says the candidate leads."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from poise.fit.lexicon import FitPatterns, any_match

if TYPE_CHECKING:
    from spacy.tokens import Token

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100,
}
MAX_ANCESTORS = 4
"""How far up the parse a people noun may sit below the word that says it is led."""


def _value(text: str) -> float | None:
    lowered = text.lower().replace(",", "")
    if lowered in NUMBER_WORDS:
        return float(NUMBER_WORDS[lowered])
    try:
        return float(lowered)
    except ValueError:
        return None


def _people_words(patterns: FitPatterns) -> frozenset[str]:
    words = set()
    for noun in patterns.content.lexicons.people_nouns:
        words.add(noun.split()[-1].lower())
    return frozenset(words)


def led_headcounts(texts: Iterable[str], patterns: FitPatterns) -> list[list[float]]:
    """Per text, the numbers of people it says are led or managed: a number modifying a people
    noun ("180 employees", "38 engineers") under a word of leading ("responsibility for",
    "leadership of", "lead 4 teams (…)"), found through the dependency parse."""
    from poise.analysis.nlp import spacy_pipeline

    leads = patterns.evidence.get("leads_people", ())
    people = _people_words(patterns)
    items = list(texts)
    found: list[list[float]] = [[] for _ in items]
    wanted = [number for number, text in enumerate(items)
              if re.search(r"\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", text, re.I)
              and any(word in text.lower() for word in people)]
    if not wanted or not leads:
        return found
    nlp = spacy_pipeline(parse=True)
    for number, doc in zip(wanted, nlp.pipe(items[number] for number in wanted), strict=True):
        for token in doc:
            if token.dep_ != "nummod" or token.head.text.lower() not in people:
                continue
            value = _value(token.text)
            if value is None or value < 2 or 1950 <= value <= 2049:
                continue
            if _led(token.head, leads) and value not in found[number]:
                found[number].append(value)
    return found


def _led(noun: Token, leads: tuple[re.Pattern[str], ...]) -> bool:
    """True when a word of leading governs the noun within a few steps up the parse, or modifies
    one of those steps (a line-initial "Lead" the tagger reads as a noun: "Lead 4 teams")."""
    node, steps = noun, 0
    while steps <= MAX_ANCESTORS:
        if node is not noun and any_match(leads, node.text):
            # "Carebridge runs 28 homes with 1,900 staff": someone else is the subject.
            return not any(child.dep_ in ("nsubj", "nsubjpass") and child.text.lower() not in
                           ("i", "we") for child in node.children)
        for child in node.children:
            if child.dep_ in ("nmod", "compound", "amod") and child.i < node.i and any_match(
                    leads, child.text):
                return True
        if node.head is node:
            return False
        node = node.head
        steps += 1
    return False
