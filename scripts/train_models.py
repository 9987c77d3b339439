"""Rebuild the learned models Poise ships (src/poise/analysis/data/*.npz) from labelled data.

Run: .venv/bin/python scripts/train_models.py family [--folds 5]

family — which kind of question a question is (its family), from the question's embedding.
  Data (the split):
    train: every question in the bank (src/poise/content/questions/), the training paraphrases
           in benchmarks/data/training/family_questions_train.jsonl (written for training), and
           benchmarks/blind/family_questions.jsonl (round 1: once blind, measured and reported,
           now development data);
    held out, never read here: benchmarks/blind/round2/family_questions.jsonl and any later
           round, measured with benchmarks/family_detection.py --file.
  The "unsure" threshold is the highest top-class probability that costs at most
  UNSURE_COST of cross-validated top-1 accuracy (an unsure question counts as wrong); below it
  the analyser says "family: unsure" and applies the general rules only. A detected family (sure)
  still never raises a family-specific finding above medium severity (analyse.py softens them).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from poise.analysis import learned, nlp
from poise.content.loader import knowledge_base

ROOT = Path(__file__).resolve().parent.parent
FAMILY_SOURCES = (
    ROOT / "benchmarks" / "data" / "training" / "family_questions_train.jsonl",
    ROOT / "benchmarks" / "blind" / "family_questions.jsonl",
)
FAMILY_MODEL = "family_model.npz"
UNSURE_COST = 0.025


def family_data() -> tuple[list[str], list[str]]:
    """(questions, families) of the training split."""
    kb = knowledge_base()
    texts = [question.text for question in kb.questions.values()]
    labels = [question.family for question in kb.questions.values()]
    for source in FAMILY_SOURCES:
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts.append(record["question"])
                labels.append(record["family"])
    return texts, labels


def cross_validated(x: np.ndarray, y: np.ndarray, labels: tuple[str, ...], folds: int,
                    decay: float) -> np.ndarray:
    """Out-of-fold class probabilities for every row."""
    rng = np.random.default_rng(7)
    order = rng.permutation(len(y))
    probs = np.zeros((len(y), len(labels)))
    for fold in range(folds):
        test = order[fold::folds]
        train = np.setdiff1d(order, test)
        model = learned.fit(x[train], y[train], labels, fingerprint="", decay=decay)
        probs[test] = model.probabilities(x[test])
    return probs


def train_family(folds: int) -> None:
    texts, names = family_data()
    labels = tuple(sorted(set(names)))
    y = np.array([labels.index(name) for name in names])
    x = nlp.embedder().embed(texts)
    best = None
    for decay in (1e-4, 3e-4, 1e-3, 3e-3):
        probs = cross_validated(x, y, labels, folds, decay)
        accuracy = float((probs.argmax(axis=1) == y).mean())
        print(f"decay {decay:g}: cross-validated top-1 {accuracy:.3f}")
        if best is None or accuracy > best[0]:
            best = (accuracy, decay, probs)
    assert best is not None
    accuracy, decay, probs = best
    top = probs.max(axis=1)
    right = probs.argmax(axis=1) == y
    threshold = 0.0
    for candidate in np.arange(0.0, 0.9, 0.01):
        if (right & (top >= candidate)).mean() < accuracy - UNSURE_COST:
            break
        threshold = float(candidate)
    kept = top >= threshold
    print(f"chosen decay {decay:g}; unsure below p={threshold:.2f}: keeps {kept.mean():.0%} at "
          f"accuracy {right[kept].mean():.3f}")
    model = learned.fit(x, y, labels, fingerprint=nlp.embedding_fingerprint(), decay=decay)
    model = learned.LinearModel(model.labels, model.weights, model.bias, model.fingerprint, threshold)
    path = learned.shipped_path(FAMILY_MODEL)
    model.save(path)
    print(f"wrote {path.relative_to(ROOT)} ({len(texts)} questions, {len(labels)} families)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", choices=["family"])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    if args.model == "family":
        train_family(args.folds)
    else:  # pragma: no cover - argparse limits the choices
        sys.exit(f"unknown model {args.model}")


if __name__ == "__main__":
    main()
