"""The tone model: which sentences criticise someone else, put a failure on others, complain
about the speaker's own job or push back on the interviewer, read with the question they answer.

A softmax over five classes (none and the four tone flaws) on the sentence's embedding, the
question's embedding, the answer's mean embedding, the sentence's parse facts
(``sentence_features``) and the format it was said in (a stress interview, a reply to a stated
concern: a short flat reply is curt under stress and a concern called small is pushback),
shipped as ``data/tone_model.npz`` and rebuilt by ``scripts/train_tone.py`` (its doc gives the data
and the split). Each flaw's threshold ships inside the model. With another embedding model the
shipped model does not apply and ``model`` returns None.
"""

from __future__ import annotations

import numpy as np

from poise.analysis import learned, nlp, sentence_features
from poise.analysis.text import AnalysedText

TONE_MODEL = "tone_model.npz"
TONE_FLAWS = ("badmouthing", "blame", "job_complaint", "defensive")
TONE_LABELS = ("none", *TONE_FLAWS)
FORMATS = ("stress", "concern_reply")
"""The formats the model is told of, one flag each: said in a stress interview; a reply to a
stated concern."""


def format_flags(interview_format: str | None, phase: str) -> np.ndarray:
    """One flag per ``FORMATS``: whether the answer was given in a stress interview, and whether
    it replies to a stated concern."""
    return np.array([float(interview_format == "stress"), float(phase == "concern_reply")],
                    dtype=np.float32)


def model() -> learned.LinearModel | None:
    """The shipped tone model when it was trained on the embedding model in use."""
    width = 3 * nlp.embedder().dimension + sentence_features.DIMS + len(FORMATS)
    return learned.load_reading(TONE_MODEL, nlp.embedding_fingerprint(), width)


def features(answer: AnalysedText, question_vector: np.ndarray, parse: np.ndarray,
             flags: np.ndarray) -> np.ndarray:
    """What the model reads of each sentence: its embedding, the question's, the answer's mean
    embedding (each sentence weighing the same), its parse facts and the answer's format flags
    (``format_flags``)."""
    sentences = answer.sentence_embeddings
    asked = np.tile(question_vector.astype(np.float32), (len(sentences), 1))
    mean = sentences.mean(axis=0) if len(sentences) else np.zeros(sentences.shape[1])
    mean = mean / max(float(np.linalg.norm(mean)), 1e-9)
    whole = np.tile(mean.astype(np.float32), (len(sentences), 1))
    said = np.tile(flags.astype(np.float32), (len(sentences), 1))
    return np.hstack([sentences, asked, whole, parse, said]).astype(np.float32)


def probabilities(tone: learned.LinearModel, answer: AnalysedText, question: str,
                  parse: np.ndarray, flags: np.ndarray) -> np.ndarray:
    """One row per sentence of ``answer``: the probability of each of ``TONE_LABELS``, the
    answer said in the format ``flags`` gives (``format_flags``)."""
    return tone.probabilities(features(answer, nlp.question_embedding(question), parse, flags))
