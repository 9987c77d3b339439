"""A learned reading of whether a noun said of someone else judges them.

``judged_nouns.said_of_someone`` finds, from the parse, a noun said of a particular third party
("the manager was a <noun>", "the owners, a <noun> of a board, ..."). Whether that noun passes a
verdict is rarely in a word list: contempt is often carried by an ordinary noun turned on people
("a bunch of <noun>s"), and the same noun may name a job or a thing ("he worked as a <noun> at
parties"). This head reads the site as a whole:

- the embedding of the noun's own phrase (its determiner, modifiers and "of" chain: "a bit of a
  <noun>"), put as something said of people ("they were <phrase>"), so a noun that judges a person
  reads differently from one that names a job or a thing;
- the embedding of the sentence, for what the phrase is doing there (a verdict, a job, a joke at
  the speaker's own expense);
- the noun's valence (VADER's rating or the embedding estimate, ``word_valence``), scaled to
  -1..1.

A logistic regression over those rows, trained on the labelled sentences in the repository
(``scripts/train_noun_head.py`` documents the data and its split and rebuilds the file byte for
byte with ``--check``), ships as ``data/noun_head.npz`` with the fingerprint of the embedding model
it was fitted on and its decision threshold; with another embedding model it is not used and the
caller keeps to the valence alone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np

from poise.analysis import learned, nlp
from poise.analysis.meaning import subtree
from poise.analysis.text import Sentence

MODEL_NAME = "noun_head.npz"
PHRASE_SKIP = frozenset({"relcl", "acl", "punct", "cc", "conj", "appos", "advcl", "prep"})
"""Relations left out of the noun's phrase: what follows it in the clause, not the noun itself
("a clown who ..."); an "of" chain is taken back in (``phrase``)."""
FRAME = "they were {}"
VALENCE_SCALE = 4.0
"""VADER's scale runs -4..4."""


def phrase(sent: Sentence, position: int) -> str:
    """The noun's phrase: determiner, modifiers, the noun and any "of" chain ("a bit of a <noun>",
    "a bunch of <noun>s"), in the order written."""
    found = set(subtree(sent, position, skip=PHRASE_SKIP))
    for child in sent.child_map[position]:
        if sent.tokens[child].dep == "prep" and sent.tokens[child].lower == "of":
            found.update(subtree(sent, child, skip=PHRASE_SKIP - {"prep"}))
    return " ".join(sent.tokens[index].text for index in sorted(found))


def features(phrases: list[str], sentences: list[str], valences: list[float]) -> np.ndarray:
    """The head's rows: the framed phrase's embedding, the sentence's, and the scaled valence."""
    framed = nlp.embed_texts(tuple(FRAME.format(text) for text in phrases))
    whole = nlp.embed_texts(tuple(sentences))
    scaled = np.clip(np.array(valences, dtype=np.float32) / VALENCE_SCALE, -1.0, 1.0)[:, None]
    return np.hstack([framed, whole, scaled]).astype(np.float32)


@lru_cache(maxsize=2)
def _model(fingerprint: str) -> learned.LinearModel | None:
    return learned.load(MODEL_NAME, fingerprint)


def shipped() -> learned.LinearModel | None:
    """The shipped head, or None when it was fitted on another embedding model."""
    return _model(nlp.embedding_fingerprint())


def probability(model: learned.LinearModel, sent: Sentence, position: int, valence: float) -> float:
    """The head's probability that the noun at ``position`` passes a verdict on its subject."""
    row = features([phrase(sent, position)], [sent.text], [valence])
    return float(model.probabilities(row)[0, model.labels.index("verdict")])


def judges(sent: Sentence, position: int, valence: Callable[[], float]) -> bool | None:
    """Whether the head reads the noun at ``position`` as a verdict (None: no head fits this
    embedding model)."""
    model = shipped()
    if model is None:
        return None
    return probability(model, sent, position, valence()) >= model.threshold
