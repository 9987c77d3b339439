"""Whether the words a pattern finds on a résumé line are only something the candidate sat in
on: the object of a verb of attending ("attend the quarterly contract review", "sat on the
supplier governance board") is a meeting joined, not a contract or a supplier managed."""

from __future__ import annotations

from poise.fit.lexicon import Patterns, any_match
from poise.fit.parsed_lines import Word, parsed_words

HEAD_STEPS = 6
"""How far up the parse a found word's governing verb is looked for."""


def _word_at(words: tuple[Word, ...], offset: int) -> int | None:
    for index, word in enumerate(words):
        if word.at <= offset < word.at + len(word.text):
            return index
    return None


def _governing_verb(words: tuple[Word, ...], index: int) -> Word | None:
    """The nearest verb above the word ``index`` in the parse (the word itself when a verb). A
    bullet's first word is its verb whatever its tag: the small model reads a headless "Sat on
    the board" as a name."""
    for _ in range(HEAD_STEPS):
        word = words[index]
        if word.tag.startswith("VB") or index == 0:
            return word
        if word.head == index:
            return None
        index = word.head
    return None


def attended_only(text: str, found: Patterns, attending: Patterns) -> bool:
    """True when every place ``found`` matches in ``text`` hangs off a verb ``attending`` names
    (the verbs of taking part: content/fit/cues.yaml, ``evidence.attends_only``); False when any
    hangs off another verb ("managed the FM contract"), or none matches."""
    if not attending:
        return False
    hits = [hit for pattern in found for hit in pattern.finditer(text)]
    if not hits:
        return False
    words = parsed_words(text)
    for hit in hits:
        index = _word_at(words, hit.start())
        verb = _governing_verb(words, index) if index is not None else None
        if verb is None or any_match(attending, verb.lower) is None:
            return False
    return True


__all__ = ["attended_only"]
