"""A few facts of a sentence's parse, as numbers a learned model reads beside its embedding.

The sentence embedding blurs who does what and how it is said: "the supplier let us down" and
"I let the supplier down" sit close together. These features say it outright, from the
dependency parse and the VADER sentiment lexicon (read by ``meaning.sentiment_lexicon``):
whether the speaker, the team, the listener or a third party (anyone or anything else: "the
vendor", "they", "the market") is a subject, whether the clause is
modal, conditional, negated, habitual, past or present, how negative and how positive its words
are, and whether it carries a number. Each value lies in 0..1; the same function runs when the
flaw model is trained (``scripts/train_models.py flaws``) and when an answer is analysed, so the
model always sees what it was trained on.
"""

from __future__ import annotations

import numpy as np

from poise.analysis.grammar import CONDITION_MARKS, HABITUAL_ADVERBS, MODALS, NEGATIONS
from poise.analysis.meaning import sentiment_lexicon
from poise.analysis.text import Sentence

NAMES = (
    "speaker_subject", "team_subject", "listener_subject", "third_party_subject", "modal",
    "conditional", "negated", "habitual", "past", "present", "negative_words", "positive_words",
    "number",
)
DIMS = len(NAMES)
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
SPEAKER = frozenset({"i"})
TEAM = frozenset({"we"})
LISTENER = frozenset({"you"})
THIRD_PARTY_PRONOUNS = frozenset({"he", "she", "they"})
THIRD_PARTY_POS = frozenset({"NOUN", "PROPN"})
SENTIMENT_SCALE = 4.0
"""A sum of VADER valences (each -4..4) of this size or more counts as fully negative/positive."""


def _subject_kinds(sent: Sentence) -> tuple[bool, bool, bool, bool]:
    speaker = team = listener = third = False
    for token in sent.tokens:
        if token.dep not in SUBJECTS:
            continue
        if token.lower in SPEAKER:
            speaker = True
        elif token.lower in TEAM:
            team = True
        elif token.lower in LISTENER:
            listener = True
        elif token.lower in THIRD_PARTY_PRONOUNS or token.pos in THIRD_PARTY_POS:
            third = True
    return speaker, team, listener, third


def _root(sent: Sentence) -> int | None:
    for position, token in enumerate(sent.tokens):
        if token.dep == "ROOT":
            return position
    return None


def parse_features(sent: Sentence) -> np.ndarray:
    """The sentence's parse facts (``NAMES``), each 0..1."""
    speaker, team, listener, third = _subject_kinds(sent)
    lowers = [token.lower for token in sent.tokens]
    lexicon = sentiment_lexicon()
    negative = positive = 0.0
    for token in sent.tokens:
        value = lexicon.get(token.lower, lexicon.get(token.lemma, 0.0))
        if value < 0:
            negative -= value
        else:
            positive += value
    root = _root(sent)
    root_tag = sent.tokens[root].tag if root is not None else ""
    auxes = [token.tag for token in sent.tokens if token.dep in {"aux", "auxpass"}]
    past = root_tag == "VBD" or "VBD" in auxes
    present = not past and (root_tag in {"VBZ", "VBP"} or any(tag in {"VBZ", "VBP"} for tag in auxes))
    values = (
        speaker, team, listener, third,
        any(word in MODALS for word in lowers),
        any(word in CONDITION_MARKS for word in lowers),
        any(token.dep == "neg" or token.lower in NEGATIONS for token in sent.tokens),
        any(word in HABITUAL_ADVERBS for word in lowers),
        past, present,
        min(negative / SENTIMENT_SCALE, 1.0),
        min(positive / SENTIMENT_SCALE, 1.0),
        bool(sent.numbers),
    )
    return np.array([float(value) for value in values], dtype=np.float32)


def parse_matrix(sentences: list[Sentence] | tuple[Sentence, ...]) -> np.ndarray:
    """``parse_features`` of each sentence, one row each."""
    if not sentences:
        return np.zeros((0, DIMS), dtype=np.float32)
    return np.stack([parse_features(sent) for sent in sentences])
