"""A speaker's aside set inside a clause, and the sentence read without it.

A speaker may break off a clause to say how they are saying it: "he was, I will say it plainly,
careless", "the new owners were, I must admit, hopeless". The parser then hangs the rest of the
clause from the verb of saying, so a verdict on someone else no longer sits under its subject.
``without_aside`` finds such an aside (a span of a few words between two commas or dashes, whose
subject is the speaker and whose verb is one of saying, admitting or being frank) and returns the
sentence parsed without it, so the caller can read the clause the speaker meant. A sentence with
no such aside, a very long one, or one whose aside opens or closes it, is returned as None: an
aside at an end ("I must say, he was careless") leaves the clause whole and parsed as it stands,
nor does a span whose verb of saying holds the clause it says ("though I must say the site was,
frankly, chaotic").
"""

from __future__ import annotations

from itertools import pairwise

from poise.analysis.meaning import SAYING_LEMMAS, children
from poise.analysis.text import Sentence, parse

BREAKS = frozenset({",", "—", "–", "-", "--"})
ASIDE_VERBS = SAYING_LEMMAS | frozenset({"admit", "put", "be", "confess", "mean", "repeat"})
"""Verbs of an aside on the saying itself ("I will say it", "I must admit", "I'll be honest",
"I mean", "I repeat")."""
SPEAKERS = frozenset({"i", "we"})
LONGEST_ASIDE = 8
"""Words an aside may hold; a longer span is a clause of the sentence, not a remark on it."""
LONGEST_SENTENCE = 80
"""Tokens past which a sentence is not parsed again (bounded work on odd text)."""


def _aside_span(sent: Sentence) -> tuple[int, int] | None:
    """The positions of the breaks around the first aside of the speaker's (see the module)."""
    breaks = [position for position, token in enumerate(sent.tokens) if token.text in BREAKS]
    for first, second in pairwise(breaks):
        inside = range(first + 1, second)
        if not 0 < second - first - 1 <= LONGEST_ASIDE or first == 0:
            continue
        if not any(token.pos not in {"PUNCT", "SPACE"} for token in sent.tokens[second + 1:]):
            continue  # the aside closes the sentence
        for position in inside:
            token = sent.tokens[position]
            verb = token.head
            if token.lower in SPEAKERS and token.dep == "nsubj" and verb in inside \
                    and sent.tokens[verb].lemma in ASIDE_VERBS and _says_nothing_inside(
                        sent, verb, inside):
                return first, second
    return None


def _says_nothing_inside(sent: Sentence, verb: int, inside: range) -> bool:
    """The verb of saying at ``verb`` holds no clause of its own within the span: "I will say
    it plainly" is an aside, "though I must say the site was" opens the clause it says."""
    return not any(sent.tokens[c].dep in {"ccomp", "xcomp", "mark", "advcl"}
                   for c in children(sent, verb) if c in inside)


def without_aside(sent: Sentence) -> Sentence | None:
    """The sentence parsed again without the speaker's aside inside it, or None when it has
    none (see the module)."""
    if not sent.parsed or len(sent.tokens) > LONGEST_SENTENCE:
        return None
    span = _aside_span(sent)
    if span is None:
        return None
    first, second = span
    cut = sent.tokens[first].start - sent.start
    resume = sent.tokens[second].end - sent.start
    text = sent.text[:cut].rstrip() + " " + sent.text[resume:].lstrip()
    sentences = parse(text).sentences
    return sentences[0] if len(sentences) == 1 else None
