"""Flaws heard in a sentence by meaning: the shipped flaw model, not a list of phrases.

The model (``analysis/data/flaw_model.npz``, rebuilt by ``scripts/train_models.py flaws``) reads
each sentence's embedding and its hashed words and gives the probability that the sentence shows
each flaw a coach hears in one sentence: criticism of others, blame, a complaint about the job,
defensiveness, unethical conduct told as a win, hedging, overclaiming, self-praise, oversharing.
A rule of kind ``code`` with ``function: sensed_flaw`` and ``params: {flaw: <id>}`` quotes every
sentence whose probability for that flaw reaches the model's threshold (or the rule's own
``params.threshold``, for a flaw the model hears less surely). With another embedding
model the shipped model does not apply and these rules stay silent.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from poise.analysis import learned, nlp
from poise.analysis.report import Finding
from poise.analysis.rules.base import RuleInput, make_finding
from poise.content.schema import CodeRule

FLAW_MODEL = "flaw_model.npz"
MAX_QUOTES = 3


@lru_cache(maxsize=2)
def flaw_model(fingerprint: str) -> learned.LinearModel | None:
    """The shipped flaw model when it was trained on the embedding model with ``fingerprint``."""
    return learned.load(FLAW_MODEL, fingerprint)


def sentence_probabilities(data: RuleInput) -> tuple[learned.LinearModel, np.ndarray] | None:
    """The flaw model and its probabilities for every sentence of the answer (rows), or None;
    computed once per answer and shared by the nine rules that read it."""
    model = flaw_model(nlp.embedding_fingerprint())
    sentences = data.answer.sentences
    if model is None or not sentences:
        return None
    probabilities = data.answer.derived.get(FLAW_MODEL)
    if not isinstance(probabilities, np.ndarray):
        texts = [sent.text for sent in sentences]
        probabilities = model.probabilities(model.features(texts, data.answer.sentence_embeddings))
        data.answer.derived[FLAW_MODEL] = probabilities
    return model, probabilities


def sensed_flaw(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Quote the sentences that show the flaw named in ``params.flaw``."""
    found = sentence_probabilities(data)
    if found is None:
        return []
    model, probabilities = found
    flaw = str(rule.params.get("flaw", ""))
    if flaw not in model.labels:
        return []
    column = probabilities[:, model.labels.index(flaw)]
    given = rule.params.get("threshold")
    threshold = float(given) if isinstance(given, int | float) else model.threshold
    hits = [index for index in np.argsort(-column) if column[index] >= threshold]
    if not hits:
        return []
    ordered = sorted(int(index) for index in hits[:MAX_QUOTES])
    return [make_finding(rule, data.quote_sentences(ordered, limit=MAX_QUOTES))]
