"""A question's family by its nearest labelled questions, blended with the family model.

The family model (a softmax over ``question_features``) draws one straight boundary per family. A
paraphrase that closely resembles a few known questions of its family can still fall on the
wrong side of a boundary; its nearest neighbours catch it. The analyser blends the two:

    p = (1 - blend) * p_model + blend * p_neighbours

where ``p_neighbours`` is the vote of the ``k`` labelled questions nearest in meaning (cosine of
the whole question's embedding), each weighted by exp(temperature * cosine). The labelled
questions are the family model's training split (scripts/train_models.py family: the bank, the
training paraphrases and every measured round); ``k``, ``temperature``, ``blend`` and the
"unsure" threshold of the blend are chosen by leave-one-round-out (benchmarks/family_loro.py
--blend-from) and shipped with the vectors in ``analysis/data/family_neighbours.npz`` (float16).
With another embedding model the file is not used and the model alone decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from poise.analysis import learned

NEIGHBOURS_FILE = "family_neighbours.npz"


def vote(sims: np.ndarray, targets: np.ndarray, classes: int, *, k: int,
         temperature: float) -> np.ndarray:
    """Per row of ``sims`` (cosines to the labelled questions, whose class indexes are
    ``targets``), the weighted vote of the ``k`` nearest as class probabilities."""
    sims = np.atleast_2d(sims)
    k = max(1, min(k, sims.shape[1]))
    nearest = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    near_sims = np.take_along_axis(sims, nearest, axis=1)
    weights = np.exp(temperature * (near_sims - near_sims.max(axis=1, keepdims=True)))
    votes = np.zeros((sims.shape[0], classes))
    rows = np.repeat(np.arange(sims.shape[0]), k)
    np.add.at(votes, (rows, targets[nearest].ravel()), weights.ravel())
    result: np.ndarray = votes / votes.sum(axis=1, keepdims=True)
    return result


@dataclass(frozen=True)
class Neighbours:
    """The labelled questions (unit vectors and class indexes into ``labels``) and how they vote."""

    labels: tuple[str, ...]
    vectors: np.ndarray
    targets: np.ndarray
    fingerprint: str
    k: int
    temperature: float
    blend: float
    threshold: float
    """The top probability of the blend below which the family is "unsure"."""

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """The neighbours' vote for each unit vector (one row each)."""
        sims = np.atleast_2d(vectors).astype(np.float32) @ self.vectors.T
        return vote(sims, self.targets, len(self.labels), k=self.k, temperature=self.temperature)

    def blended(self, model_probabilities: np.ndarray, vectors: np.ndarray) -> np.ndarray:
        """The model's probabilities blended with the neighbours' vote (same label order)."""
        return ((1.0 - self.blend) * np.atleast_2d(model_probabilities)
                + self.blend * self.probabilities(vectors))

    def save(self, path: Path) -> None:
        """Write the vote as an ``.npz`` whose bytes depend on its arrays alone
        (``learned.write_npz``), so a rebuild can be compared byte for byte with the file shipped."""
        learned.write_npz(
            path, labels=np.array(self.labels), vectors=self.vectors.astype(np.float16),
            targets=self.targets.astype(np.int16), fingerprint=np.array(self.fingerprint),
            k=np.array(self.k), temperature=np.array(self.temperature),
            blend=np.array(self.blend), threshold=np.array(self.threshold),
        )


def load(fingerprint: str, path: Path | None = None) -> Neighbours | None:
    """The shipped neighbours, or None when absent or built on another embedding model."""
    path = path or learned.shipped_path(NEIGHBOURS_FILE)
    if not path.exists():
        return None
    with np.load(path) as data:
        if str(data["fingerprint"]) != fingerprint:
            return None
        vectors = data["vectors"].astype(np.float32)
        vectors.setflags(write=False)
        return Neighbours(
            labels=tuple(str(item) for item in data["labels"]), vectors=vectors,
            targets=data["targets"].astype(np.int64), fingerprint=fingerprint,
            k=int(data["k"]), temperature=float(data["temperature"]),
            blend=float(data["blend"]), threshold=float(data["threshold"]),
        )
