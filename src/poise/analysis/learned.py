"""Small linear models over the sentence embeddings: trained offline, shipped as data, read here.

A model is a multinomial logistic regression (softmax over classes) on unit-length embedding
vectors, optionally with a few extra features appended. Training is plain numpy (full-batch
gradient descent with L2 weight decay), so rebuilding a model needs nothing beyond what Poise
already installs. Each shipped ``.npz`` records the fingerprint of the embedding model it was
trained on; with another embedding model the learned model is not used (the caller falls back
to its untrained method).

The scripts that rebuild the models, and the split of their data, are in ``scripts/`` (see
``scripts/train_models.py``).
"""

from __future__ import annotations

import itertools
import re
import zlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

WORD_RE = re.compile(r"[a-z']+")


def bag_of_words(text: str, dims: int) -> np.ndarray:
    """A unit vector of the words and word pairs of ``text``, hashed into ``dims`` slots
    (CRC-32, so the same on every machine): what the embedding blurs ("never", "clueless")."""
    vector = np.zeros(dims, dtype=np.float32)
    words = WORD_RE.findall(text.lower())
    for item in words + [f"{first}_{second}" for first, second in itertools.pairwise(words)]:
        vector[zlib.crc32(item.encode()) % dims] = 1.0
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


@dataclass(frozen=True)
class LinearModel:
    """Softmax weights: ``labels[i]`` scores ``features @ weights[i] + bias[i]``."""

    labels: tuple[str, ...]
    weights: np.ndarray
    bias: np.ndarray
    fingerprint: str
    threshold: float = 0.0
    """The probability below which the caller should not trust the top class."""
    bow_dims: int = 0
    """Hashed word slots appended to the embedding (0: the embedding alone)."""

    def features(self, texts: list[str], embeddings: np.ndarray) -> np.ndarray:
        """The model's input for ``texts`` whose embeddings are given."""
        if not self.bow_dims:
            return embeddings
        words = np.stack([bag_of_words(text, self.bow_dims) for text in texts]) if texts else (
            np.zeros((0, self.bow_dims), dtype=np.float32))
        return np.hstack([embeddings, words])

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per row of ``features``."""
        return softmax(np.atleast_2d(features) @ self.weights.T + self.bias)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            np.savez_compressed(
                handle, labels=np.array(self.labels), weights=self.weights.astype(np.float32),
                bias=self.bias.astype(np.float32), fingerprint=np.array(self.fingerprint),
                threshold=np.array(self.threshold), bow_dims=np.array(self.bow_dims),
            )


def softmax(scores: np.ndarray) -> np.ndarray:
    shifted = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    result: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
    return result


def fit(
    features: np.ndarray,
    targets: np.ndarray,
    labels: tuple[str, ...],
    *,
    fingerprint: str,
    decay: float = 1e-3,
    steps: int = 600,
    rate: float = 2.0,
    sample_weights: np.ndarray | None = None,
) -> LinearModel:
    """Fit a softmax regression: ``targets`` holds each row's class index into ``labels``."""
    rows, width = features.shape
    classes = len(labels)
    onehot = np.zeros((rows, classes), dtype=np.float32)
    onehot[np.arange(rows), targets] = 1.0
    weight = np.ones(rows) if sample_weights is None else sample_weights.astype(np.float64)
    weight = (weight / weight.sum()).astype(np.float32)
    x = features.astype(np.float32)
    w = np.zeros((classes, width), dtype=np.float32)
    b = np.zeros(classes, dtype=np.float32)
    for _ in range(steps):
        probs = softmax(x @ w.T + b)
        error = (probs - onehot) * weight[:, None]
        w -= rate * (error.T @ x + decay * w)
        b -= rate * error.sum(axis=0)
    return LinearModel(labels, w.astype(np.float32), b.astype(np.float32), fingerprint)


def shipped_path(name: str) -> Path:
    """Where a shipped model lives (``poise/analysis/data/<name>``)."""
    return Path(str(resources.files("poise.analysis"))) / "data" / name


def load(name: str, fingerprint: str) -> LinearModel | None:
    """The shipped model ``name`` when it exists and was trained on this embedding model."""
    path = shipped_path(name)
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        if str(data["fingerprint"]) != fingerprint:
            return None
        return LinearModel(
            labels=tuple(str(label) for label in data["labels"]),
            weights=data["weights"].astype(np.float32),
            bias=data["bias"].astype(np.float32),
            fingerprint=fingerprint,
            threshold=float(data["threshold"]),
            bow_dims=int(data["bow_dims"]) if "bow_dims" in data.files else 0,
        )
