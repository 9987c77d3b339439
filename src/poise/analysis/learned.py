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

import io
import itertools
import re
import zipfile
import zlib
from dataclasses import dataclass
from functools import lru_cache
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
    parse_dims: int = 0
    """Parse facts appended after the words (``sentence_features``; 0: none)."""
    thresholds: tuple[float, ...] = ()
    """Per label, the probability from which the caller trusts that label (empty: ``threshold``
    for every label)."""
    confirm: tuple[str, ...] = ()
    """Per label, the name of a fact of the sentence's parse (``sentence_features.NAMES``) that
    must hold for the label to be trusted ("": none): the model proposes, the parse confirms."""
    floors: tuple[float, ...] = ()
    """Per label, for a model of whole answers: the probability below which a flaw heard in one
    of the answer's sentences is not trusted (empty or 0.0: no floor). The sentence model
    proposes, the answer model agrees; chosen on answers of rounds the models did not see."""
    governs: tuple[str, ...] = ()
    """Per label, the ids of the rules (space-separated) whose findings the label's floor
    governs: every rule that names that flaw, as counted when the floor was chosen."""

    def reads(self, width: int) -> bool:
        """Whether the model was trained on rows of ``width`` features."""
        return self.weights.shape[1] == width

    def features(self, texts: list[str], embeddings: np.ndarray,
                 parse: np.ndarray | None = None) -> np.ndarray:
        """The model's input for ``texts`` whose embeddings (and, for a model that reads them,
        parse facts: one row per text) are given."""
        parts = [embeddings]
        if self.bow_dims:
            parts.append(np.stack([bag_of_words(text, self.bow_dims) for text in texts]) if texts
                         else np.zeros((0, self.bow_dims), dtype=np.float32))
        if self.parse_dims:
            if parse is None or parse.shape != (len(texts), self.parse_dims):
                raise ValueError(f"this model reads {self.parse_dims} parse facts per text")
            parts.append(parse.astype(np.float32))
        return parts[0] if len(parts) == 1 else np.hstack(parts)

    def threshold_of(self, label: str) -> float:
        """The probability from which ``label`` is trusted."""
        if self.thresholds and label in self.labels:
            return self.thresholds[self.labels.index(label)]
        return self.threshold

    def floor_of(self, label: str) -> float:
        """The answer-level probability a sentence's hit of ``label`` needs (0.0: none)."""
        if self.floors and label in self.labels:
            return self.floors[self.labels.index(label)]
        return 0.0

    def floored(self, rule: str) -> tuple[str, float] | None:
        """The label whose floor governs findings of ``rule``, with that floor (None: none)."""
        for label, floor, rules in zip(self.labels, self.floors, self.governs, strict=False):
            if floor > 0.0 and rule in rules.split():
                return label, floor
        return None

    def confirm_of(self, label: str) -> str:
        """The parse fact that must confirm ``label`` ("" when the model alone decides)."""
        if self.confirm and label in self.labels:
            return self.confirm[self.labels.index(label)]
        return ""

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per row of ``features``."""
        return softmax(np.atleast_2d(features) @ self.weights.T + self.bias)

    def save(self, path: Path) -> None:
        """Write the model as an ``.npz`` whose bytes depend on the model alone (no time stamps
        in the archive), so a rebuild can be compared byte for byte with the file shipped."""
        write_npz(path, labels=np.array(self.labels), weights=self.weights.astype(np.float32),
                  bias=self.bias.astype(np.float32), fingerprint=np.array(self.fingerprint),
                  threshold=np.array(self.threshold), bow_dims=np.array(self.bow_dims),
                  parse_dims=np.array(self.parse_dims),
                  thresholds=np.array(self.thresholds, dtype=np.float32),
                  confirm=np.array(self.confirm, dtype=str),
                  **({"floors": np.array(self.floors, dtype=np.float32),
                      "governs": np.array(self.governs, dtype=str)} if self.floors else {}))


def write_npz(path: Path, **arrays: np.ndarray) -> None:
    """``numpy.savez_compressed`` with a fixed date on every member: the same arrays give the
    same bytes on every run and machine (numpy stamps each member with the time of writing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            member = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.asanyarray(array), allow_pickle=False)
            archive.writestr(member, buffer.getvalue())


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
    sparse: tuple[int, int] | None = None,
    adam: bool = False,
) -> LinearModel:
    """Fit a softmax regression: ``targets`` holds each row's class index into ``labels``.

    ``sparse`` = (start, stop) names a block of columns that is mostly zeros (the hashed words):
    it is multiplied through its non-zero entries only (the same result, faster). ``adam`` steps
    with Adam (``rate`` is then its step size, e.g. 0.02) instead of plain gradient descent, which
    reaches the same optimum in a fifth of the steps on the flaw model's data.
    """
    rows, width = features.shape
    classes = len(labels)
    onehot = np.zeros((rows, classes), dtype=np.float32)
    onehot[np.arange(rows), targets] = 1.0
    weight = np.ones(rows) if sample_weights is None else sample_weights.astype(np.float64)
    weight = (weight / weight.sum()).astype(np.float32)
    x = features.astype(np.float32)
    start, stop = sparse if sparse is not None else (width, width)
    dense_columns = np.r_[0:start, stop:width]
    dense = x[:, dense_columns]
    nz_rows, nz_cols = np.nonzero(x[:, start:stop])
    nz_values = x[:, start:stop][nz_rows, nz_cols]
    slots = stop - start
    # Sums over the non-zero entries, grouped by row (forward) and by column (gradient).
    present_rows, row_starts = np.unique(nz_rows, return_index=True)
    by_column = np.argsort(nz_cols, kind="stable")
    present_cols, col_starts = np.unique(nz_cols[by_column], return_index=True)
    column_rows, column_values = nz_rows[by_column], nz_values[by_column][:, None]
    params = [np.zeros((classes, len(dense_columns)), dtype=np.float32),
              np.zeros((classes, slots), dtype=np.float32), np.zeros(classes, dtype=np.float32)]
    moments = [np.zeros_like(item) for item in params]
    squares = [np.zeros_like(item) for item in params]
    for step_number in range(1, steps + 1):
        w_dense, w_sparse, b = params
        scores = dense @ w_dense.T + b
        if len(nz_rows):
            contributions = w_sparse.T[nz_cols] * nz_values[:, None]
            scores[present_rows] += np.add.reduceat(contributions, row_starts, axis=0)
        error = (softmax(scores) - onehot) * weight[:, None]
        grads = [error.T @ dense + decay * w_dense, decay * w_sparse, error.sum(axis=0)]
        if len(nz_rows):
            summed = np.add.reduceat(error[column_rows] * column_values, col_starts, axis=0)
            grads[1][:, present_cols] += summed.T
        for index, grad in enumerate(grads):
            grad = grad.astype(np.float32)
            if adam:
                moments[index] = 0.9 * moments[index] + 0.1 * grad
                squares[index] = 0.999 * squares[index] + 0.001 * grad * grad
                corrected = moments[index] / (1 - 0.9**step_number)
                scale = np.sqrt(squares[index] / (1 - 0.999**step_number)) + 1e-8
                params[index] -= rate * corrected / scale
            else:
                params[index] -= rate * grad
    w = np.zeros((classes, width), dtype=np.float32)
    w[:, dense_columns] = params[0]
    w[:, start:stop] = params[1]
    return LinearModel(labels, w, params[2].astype(np.float32), fingerprint)


def shipped_path(name: str) -> Path:
    """Where a shipped model lives (``poise/analysis/data/<name>``)."""
    return Path(str(resources.files("poise.analysis"))) / "data" / name


def load(name: str, fingerprint: str) -> LinearModel | None:
    """The shipped model ``name`` when it exists and was trained on this embedding model."""
    return read(shipped_path(name), fingerprint)


@lru_cache(maxsize=8)
def load_reading(name: str, fingerprint: str, width: int) -> LinearModel | None:
    """The shipped model ``name`` when it was trained on this embedding model and on rows of
    ``width`` features; None otherwise. Read once per name, embedding model and width."""
    model = load(name, fingerprint)
    return model if model is not None and model.reads(width) else None


def read(path: Path, fingerprint: str) -> LinearModel | None:
    """The model saved at ``path`` when it exists and was trained on this embedding model."""
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
            parse_dims=int(data["parse_dims"]) if "parse_dims" in data.files else 0,
            thresholds=tuple(float(value) for value in data["thresholds"])
            if "thresholds" in data.files else (),
            confirm=tuple(str(name) for name in data["confirm"]) if "confirm" in data.files else (),
            floors=tuple(float(value) for value in data["floors"])
            if "floors" in data.files else (),
            governs=tuple(str(value) for value in data["governs"])
            if "governs" in data.files else (),
        )
