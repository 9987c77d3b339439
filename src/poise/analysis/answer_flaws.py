"""Flaws of the whole answer, read from the whole answer: a second learned model over what the
analyser already knows of every sentence.

Some flaws are not in any one sentence: a weakness told with no step to mend it in any tense,
a goal with nothing to measure it by spread over the answer. The
sentence model (``analysis/sentence_features.py`` + ``flaw_model.npz``) hears a sentence; this
model hears the answer from a fixed summary of it (``features``):

- the question's family as the analyser resolved it (one slot per family, one for none);
- the sentence model's probabilities, the highest and the mean over the sentences;
- the parse facts of the sentences (``sentence_features``), the highest and the mean, and the
  answer's own facts (an action told, a result told, the closing sentence);
- how close the answer stays to the question: the sentences' similarity to the question and to
  what an answer to it covers (``question_sims``, ``answer_sim``), best, mean, least and first;
- its length (log words, sentences).

Each flaw is a logistic regression on those rows (one row of ``weights`` each, the scaling of
the features folded in), trained by ``scripts/train_models.py answer-flaws`` on the answers of
every measured round with the sentence probabilities each round gets from a sentence model
trained without it, so the model learns from probabilities as they are on text the sentence
model never saw. Its threshold per flaw is chosen on held-out probabilities (leave one round
out) and ships in the model. With another embedding model, or a file whose width does not
match, the model is not used.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from poise.analysis import learned, sentence_features

ANSWER_FLAW_MODEL = "answer_flaw_model.npz"
DERIVED = "answer_flaws"
CHANCES = "answer_flaw_chances"
SIMILARITY_DIMS = 10
LENGTH_DIMS = 2


def width(families: int, labels: int) -> int:
    """The number of features of a row for ``families`` families and a sentence model of
    ``labels`` classes."""
    return (families + 1 + 2 * labels + 2 * sentence_features.ROW_DIMS
            + (sentence_features.DIMS - sentence_features.ROW_DIMS) + SIMILARITY_DIMS + LENGTH_DIMS)


def features(
    *,
    family: str | None,
    families: tuple[str, ...],
    probabilities: np.ndarray,
    facts: np.ndarray,
    question_sims: np.ndarray | None,
    answer_sim: float | None,
    question: np.ndarray,
    sentence_embeddings: np.ndarray,
    centroid: np.ndarray,
    words: int,
) -> np.ndarray:
    """One answer's row: see the module doc. ``probabilities`` and ``facts`` have one row per
    sentence (at least one); ``question`` is the question's embedding."""
    slots = np.array([family == name for name in families] + [family is None], dtype=np.float64)
    rows = facts[:, :sentence_features.ROW_DIMS]
    sims = question_sims if question_sims is not None and len(question_sims) else np.zeros(1)
    unit = question / (float(np.linalg.norm(question)) + 1e-9)
    mean = centroid / (float(np.linalg.norm(centroid)) + 1e-9)
    to_question = sentence_embeddings @ unit
    closeness = np.array([sims.max(), sims.mean(), sims.min(), sims[0], answer_sim or 0.0,
                          mean @ unit, to_question.max(), to_question.mean(), to_question.min(),
                          to_question[0]], dtype=np.float64)
    length = np.array([np.log1p(words), len(probabilities) / 10], dtype=np.float64)
    return np.concatenate([slots, probabilities.max(axis=0), probabilities.mean(axis=0),
                           rows.max(axis=0), rows.mean(axis=0),
                           facts[:, sentence_features.ROW_DIMS:].max(axis=0), closeness, length])


def probabilities(model: learned.LinearModel, rows: np.ndarray) -> np.ndarray:
    """Per row, the probability of each of the model's flaws (independent logistic outputs, not
    a softmax: an answer may show several)."""
    scores = np.atleast_2d(rows) @ model.weights.T + model.bias
    result: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(scores, -50, 50)))
    return result


@lru_cache(maxsize=2)
def answer_model(fingerprint: str) -> learned.LinearModel | None:
    """The shipped answer-level flaw model for the embedding model with ``fingerprint``."""
    return learned.load(ANSWER_FLAW_MODEL, fingerprint)


def flaws_heard(model: learned.LinearModel, row: np.ndarray) -> frozenset[str]:
    """The flaws whose probability for ``row`` reaches their shipped threshold."""
    found = probabilities(model, row)[0]
    return frozenset(label for index, label in enumerate(model.labels)
                     if found[index] >= model.threshold_of(label))
