"""What kind of requirement it is: the sentence embedding of a requirement reduced to its first
principal components, as inputs of the verdict head (``poise.fit.verdict_head``).

A recruiter reads some kinds of requirement generously (a duty of the post met by the same kind
of work done elsewhere, a trait shown by a relevant role) and others strictly (a named system, a
credential, a figure). No hand-made feature says which kind a requirement is; its embedding does.
The whole embedding is too wide for the few thousand verdicts the head learns from, so it is
projected on the first principal components of the requirements the head is trained on. The
projection is learned data: fitted by ``scripts/train_verdict_head.py`` on the same requirements
as the head (each fold of ``benchmarks/verdict_loro.py`` fits its own, on the training rounds
only) and shipped as ``poise/analysis/data/verdict_basis.npz``, which ``--check`` rebuilds byte
for byte. With another embedding model the basis is not used and these inputs are zero (the
head, trained on this model, is not used either). Named shortfalls still keep a verdict below
strong whatever the embedding says (``poise.fit.shortfall``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from poise.analysis import learned, nlp

MODEL_NAME = "verdict_basis.npz"
COMPONENTS = 64
"""Principal components of a requirement's embedding the head reads. Chosen on the
leave-one-round-out figures of benchmarks/verdict_loro.py (rounds 1–21, each fold's basis and head
fitted on the other rounds): 16, 32, 48, 64 and 96 tried; 64 with the components held four times
as hard by the weight decay (``verdict_loro.EMBEDDING_SHRINK``) scores best. The evidence line's
embedding was tried beside it (8 and 16 components) and added nothing."""


@dataclass(frozen=True)
class Basis:
    """The mean and principal directions (rows) of the requirements' embeddings."""

    mean: np.ndarray
    directions: np.ndarray
    fingerprint: str = ""

    def save(self, path: Path) -> None:
        """Write the basis with no time stamps, so a rebuild compares byte for byte."""
        learned.write_npz(path, mean=self.mean, directions=self.directions,
                          fingerprint=np.array(self.fingerprint))


def fit_basis(vectors: np.ndarray, *, fingerprint: str = "", count: int = COMPONENTS) -> Basis:
    """The mean of ``vectors`` (one requirement's embedding a row) and their first ``count``
    principal directions, each signed so its largest entry is positive (the same data gives the
    same basis on every run)."""
    data = np.asarray(vectors, dtype=np.float64)
    mean = data.mean(axis=0)
    centred = data - mean
    values, eigenvectors = np.linalg.eigh(centred.T @ centred)
    order = np.argsort(-values, kind="stable")[:count]
    directions = eigenvectors[:, order].T
    largest = directions[np.arange(len(directions)), np.abs(directions).argmax(axis=1)]
    directions = directions * np.where(largest < 0, -1.0, 1.0)[:, None]
    return Basis(mean.astype(np.float32), directions.astype(np.float32), fingerprint)


def project(basis: Basis | None, vector: np.ndarray | None) -> np.ndarray:
    """The coordinates of a requirement's embedding on the basis (``COMPONENTS`` values); zeros
    without a vector or a basis, or when the basis was made for embeddings of another width."""
    out = np.zeros(COMPONENTS, dtype=np.float32)
    if basis is None or vector is None or vector.shape != basis.mean.shape:
        return out
    count = min(COMPONENTS, len(basis.directions))
    out[:count] = basis.directions[:count] @ (vector - basis.mean)
    return out


def read_basis(path: Path, fingerprint: str) -> Basis | None:
    """The basis saved at ``path`` when it exists and was fitted on this embedding model."""
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        if str(data["fingerprint"]) != fingerprint:
            return None
        return Basis(data["mean"], data["directions"], fingerprint)


@lru_cache(maxsize=4)
def _shipped(fingerprint: str) -> Basis | None:
    return read_basis(learned.shipped_path(MODEL_NAME), fingerprint)


def shipped_basis() -> Basis | None:
    """The shipped basis when it was fitted on the embedding model in use; None otherwise."""
    return _shipped(nlp.embedding_fingerprint())
