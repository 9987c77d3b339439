"""Whether a reply to a stated concern talks past it: a learned reading over the embeddings.

Asked "you've never run a commercial team", a reply can grant the doubt, cite the nearest thing
the speaker has done and give a dated step; or it can reassure in general terms (commitment, a
passion, loyalty, "I learn fast"), tell a success from another field or a life story, and never
meet the doubt at all. The words of the gap do not tell these apart (a good reply meets the gap
in its own words, a poor one repeats them in passing), nor does any one sentence's closeness to
the gap. What the reply is about as a whole does: the mean of its sentence embeddings, read by
a logistic model trained on the concern replies of the measured rounds, the writers' "answers
another question" labels against every other reply (strong, weak or otherwise flawed).

Features (``features``): the unit mean of the reply's sentence embeddings, then how close the
reply comes to the stated gap (the best and the mean cosine of a sentence to it, the cosine of
the mean) and the log of its sentence count. The model (``MODEL``) is rebuilt by
``scripts/train_concern_reader.py``, which chooses its threshold on rounds left out of training
and records it in the model; with another embedding model, or no model file, nothing is read.
A reply that meets the concern with a plan of the speaker's own (a dated step, or several
sentences of what they would do) is not read: it answers the doubt, well or loosely.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from poise.analysis import learned, nlp
from poise.analysis.concern_moves import planned_step
from poise.analysis.gap_evidence import gap_embedding
from poise.analysis.text import AnalysedText

MODEL = "concern_reader.npz"
LABELS = ("meets", "past")
"""The model's classes: the reply meets the concern, or talks past it."""
EXTRA = 4
"""Features after the mean embedding: best cosine, mean cosine, cosine of the mean, log sentences."""
INTENTS_MOST = 2
"""How many sentences may tell what the speaker would or will do before the reply is read as
meeting the concern with a plan, however loose (a loose plan is a vague goal, not talk past)."""


def features(sentence_embeddings: np.ndarray, gap: np.ndarray) -> np.ndarray:
    """The model's row for a reply whose sentences have ``sentence_embeddings`` (one unit row
    each) against a stated gap embedded as ``gap``; zeros for a reply without sentences."""
    width = sentence_embeddings.shape[1] if sentence_embeddings.ndim == 2 else gap.shape[0]
    row = np.zeros(width + EXTRA, dtype=np.float32)
    if sentence_embeddings.ndim != 2 or not len(sentence_embeddings):
        return row
    centre = sentence_embeddings.mean(axis=0)
    norm = float(np.linalg.norm(centre))
    if norm:
        centre = centre / norm
    cosines = sentence_embeddings @ gap
    row[:width] = centre
    row[width:] = (float(cosines.max()), float(cosines.mean()), float(centre @ gap),
                   float(np.log(len(sentence_embeddings))))
    return row


@lru_cache(maxsize=2)
def _model(fingerprint: str) -> learned.LinearModel | None:
    model = learned.load(MODEL, fingerprint)
    return model if model is not None and model.labels == LABELS else None


def past_chance(answer: AnalysedText, question: str) -> float | None:
    """The model's probability that the reply talks past the concern stated in ``question``;
    None without a model for this embedding model, or without sentences."""
    if not answer.sentences:
        return None
    model = _model(nlp.embedding_fingerprint())
    embeddings = np.asarray(answer.sentence_embeddings, dtype=np.float32)
    if model is None or not model.reads(embeddings.shape[1] + EXTRA):
        return None
    row = features(embeddings, gap_embedding(question))
    return float(model.probabilities(row)[0, LABELS.index("past")])


def plan_told(answer: AnalysedText) -> bool:
    """The reply meets the concern with a plan of the speaker's own: a dated step
    (``concern_moves.planned_step``), or more than ``INTENTS_MOST`` sentences telling what they
    would or will do. Such a reply is not read by the model."""
    return any(planned_step(sent) for sent in answer.sentences) or sum(
        bool(sent.own_hypothetical) for sent in answer.sentences) > INTENTS_MOST


def talks_past(answer: AnalysedText, question: str) -> bool:
    """The model reads the reply as talking past the concern, at the threshold it ships with,
    and the reply tells no plan of the speaker's own (``plan_told``)."""
    if plan_told(answer):
        return False
    chance = past_chance(answer, question)
    model = _model(nlp.embedding_fingerprint())
    return chance is not None and model is not None and chance >= model.threshold
