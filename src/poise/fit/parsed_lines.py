"""One dependency parse per line of text for the fit's readers of a line's grammar (what a line
shows of a requirement, the part the candidate played in it): each text is parsed once and kept,
as plain records, whichever reader asks first."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Word:
    """A token of a parsed line: its text, lower case, fine tag, dependency, the index of its
    head (its own index at the root) and its character offset."""

    text: str
    lower: str
    tag: str
    dep: str
    head: int
    at: int


@lru_cache(maxsize=2048)
def parsed_words(text: str) -> tuple[Word, ...]:
    """The tokens of ``text`` as parsed by the shared spaCy pipeline."""
    from poise.analysis.nlp import spacy_pipeline

    return tuple(Word(token.text, token.lower_, token.tag_, token.dep_, token.head.i, token.idx)
                 for token in spacy_pipeline(parse=True)(text))
