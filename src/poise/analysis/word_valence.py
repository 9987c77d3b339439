"""The valence of a word the sentiment lexicon does not list, estimated from its embedding.

VADER's lexicon (``meaning.sentiment_lexicon``) rates some 7,000 words from -4 to 4; a noun it
does not list reads as neutral, so "he was a <noun>" said of a colleague carries no verdict
however clearly the noun judges. A ridge regression from each listed word's embedding (the
embedding model Poise already ships) to its rating fills the gap: it ships as
``data/word_valence.npz`` with the fingerprint of the embedding model it was fitted on, and is
not used with another. Rebuild: ``scripts/train_word_valence.py`` (``--check`` rebuilds it
byte for byte); its held-out figure (1,000 listed words left out of the fit) is printed there.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from poise.analysis import learned, nlp

MODEL_NAME = "word_valence.npz"


@lru_cache(maxsize=2)
def _model(fingerprint: str) -> learned.LinearModel | None:
    return learned.load(MODEL_NAME, fingerprint)


@lru_cache(maxsize=4096)
def estimate(word: str) -> float:
    """The word's estimated valence on VADER's scale (0.0 when no model fits this embedding
    model, so the caller reads the word as neutral, as before)."""
    model = _model(nlp.embedding_fingerprint())
    if model is None or not word:
        return 0.0
    vector = nlp.embed_one(word.lower())
    return float(np.asarray(vector, dtype=np.float32) @ model.weights[0] + model.bias[0])
