"""The step for a requirement of no known kind, chosen by what it is about: the requirement's
words compared by meaning (the sentence embeddings Poise already computes) with the subjects of
content/fit/concerns.yaml (``subject_plans``). A requirement near no subject, or between two,
keeps the fallback step (``plans.other``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from poise.content.schema.fit import FitConcernsFile

Embed = Callable[[tuple[str, ...]], np.ndarray]


def subject_step(text: str, concerns: FitConcernsFile, embed: Embed | None = None) -> str:
    """The step of the subject ``text`` (a requirement) is about, or "" when no subject is near
    enough and clearly nearer than the next one."""
    subjects = concerns.subject_plans
    if not text.strip() or not subjects:
        return ""
    if embed is None:
        from poise.analysis.nlp import embed_texts
        embed = embed_texts
    scores = nearest(text, [subject.about for subject in subjects], embed)
    order = np.argsort(-scores, kind="stable")
    best = float(scores[order[0]])
    runner_up = float(scores[order[1]]) if len(order) > 1 else -1.0
    if best < concerns.subject_plan_min or best - runner_up < concerns.subject_plan_margin:
        return ""
    chosen = subjects[int(order[0])]
    if chosen.plan:
        return chosen.plan
    if chosen.uses == "union":
        return concerns.union_plan or ""
    return concerns.plans.get(chosen.uses or "", "")


def nearest(text: str, abouts: Sequence[str], embed: Embed) -> np.ndarray:
    """Cosine similarity of ``text`` to each subject (the embeddings are unit vectors)."""
    vectors = embed((text, *abouts))
    return np.asarray(vectors[1:] @ vectors[0], dtype=np.float32)
