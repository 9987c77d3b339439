"""How much of a requirement one résumé line covers, read from the requirement's parse.

A line that covers a requirement says most of what it asks, and above all its head words: the
things asked for and the work to be done (the nouns and verbs that head their phrases: "budget",
"manage", "programme"), not the words that only qualify them ("annual", "large", "digital"). A line
that shares a modifier or two with a requirement resembles it; a line that holds its head words is
about the same thing. Two readings, inputs of the verdict head (``poise.fit.verdict_features``):

- **covers**: the share of the requirement's content words the line holds;
- **covers heads**: the share of the requirement's head words (a noun or verb of its parse that
  is not a modifier of another word) the line holds.

Words are compared as ``poise.fit.line_shows`` compares them (the same word in another form
counts). Pure: one parse per requirement text, kept for the requirements read again.
"""

from __future__ import annotations

from functools import lru_cache

from poise.analysis.tags import lemma
from poise.fit.line_shows import MODIFIERS, same_word
from poise.fit.parsed_lines import parsed_words
from poise.fit.text import content_words

HEAD_TAGS = ("NN", "VB")
"""Fine tags (by prefix) of the words that can head what a requirement asks: nouns and verbs."""


@lru_cache(maxsize=1024)
def head_words(requirement: str) -> frozenset[frozenset[str]]:
    """The requirement's head words, each as its stems (its form and its lemma): the nouns and
    verbs of its parse that do not stand as modifiers of another word."""
    heads: set[frozenset[str]] = set()
    for word in parsed_words(requirement):
        if not word.tag.startswith(HEAD_TAGS) or word.dep in MODIFIERS:
            continue
        stems = frozenset(content_words(f"{word.text} {lemma(word.tag, word.lower)}"))
        if stems:
            heads.add(stems)
    return frozenset(heads)


def _held(stems: frozenset[str], line_words: set[str]) -> bool:
    """Whether the line holds one of ``stems`` (in the same or another form)."""
    return same_word(stems, line_words)


def line_covers(requirement: str, line: str) -> tuple[float, float]:
    """The share of the requirement's content words, and of its head words, that ``line`` holds
    (see the module's docstring); zeros for an empty line or a requirement without words."""
    wanted = content_words(requirement)
    line_words = content_words(line)
    if not wanted or not line_words:
        return 0.0, 0.0
    covered = sum(1 for word in wanted if _held(frozenset({word}), line_words)) / len(wanted)
    heads = head_words(requirement)
    if not heads:
        return covered, covered
    held = sum(1 for stems in heads if _held(stems, line_words)) / len(heads)
    return covered, held
