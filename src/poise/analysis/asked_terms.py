"""The words a question asks about, by their stems, and whether a sentence of the answer names
one: a sentence that names the asked thing in a word of its own family ("About relocation, ...",
asked "how do you feel about relocating?") speaks to the question, whatever else it tells."""

from __future__ import annotations

from poise.analysis import asked, gap_named
from poise.analysis.question_features import LIGHT_WORDS
from poise.analysis.text import Sentence, Token


def content_word(token: Token) -> bool:
    """A word that can name what is asked: content (``gap_named.content``) and not light."""
    return gap_named.content(token) and token.lemma not in LIGHT_WORDS and token.lower not in LIGHT_WORDS


def stems(token: Token) -> frozenset[str]:
    """The stems a word is read by: of its lemma and of its form."""
    return frozenset({gap_named.stem(token.lemma), gap_named.stem(token.lower)})


def question_terms(question: str) -> frozenset[str]:
    """The stems of the question's content words, leaving out words of asking, doing in general
    and light nouns ("time", "example", "thing")."""
    terms: set[str] = set()
    for sent in asked.parsed_question(question).sentences:
        for token in sent.tokens:
            if content_word(token):
                terms.update(stems(token))
    return frozenset(terms)


def names_asked(sent: Sentence, terms: frozenset[str]) -> bool:
    """The sentence holds a content word whose stem is one of the question's ``terms``."""
    return any(content_word(token) and bool(stems(token) & terms) for token in sent.tokens)
