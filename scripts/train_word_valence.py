"""Fit the word valence model (analysis/word_valence.py): a ridge regression from the embedding
of each word VADER's lexicon rates (alphabetic entries, every one) to that rating.

Split: the fit shipped reads every listed word; the held-out figure printed first is from a fit
without 1,000 words drawn at random (seed 0), measured on them (correlation with the rating and
the share whose sign it gets right). Nothing from the answer rounds is read.

Run: PYTHONPATH=src .venv/bin/python scripts/train_word_valence.py [--check]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

from poise.analysis import learned, nlp, word_valence
from poise.analysis.meaning import sentiment_lexicon

RIDGE = 1.0
HELD_OUT = 1000


def ridge(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Weights and bias of the least-squares fit with ``RIDGE`` on every coefficient."""
    padded = np.hstack([x, np.ones((len(x), 1))])
    solved = np.linalg.solve(padded.T @ padded + RIDGE * np.eye(padded.shape[1]), padded.T @ y)
    return solved[:-1], float(solved[-1])


def build(path: Path) -> None:
    lexicon = sentiment_lexicon()
    words = sorted(word for word in lexicon if word.isalpha())
    x = nlp.embed_texts(tuple(words)).astype(np.float64)
    y = np.array([lexicon[word] for word in words])
    order = np.random.default_rng(0).permutation(len(words))
    test, train = order[:HELD_OUT], order[HELD_OUT:]
    weights, bias = ridge(x[train], y[train])
    predicted = x[test] @ weights + bias
    print(f"{len(words)} words; held out {HELD_OUT}: correlation "
          f"{np.corrcoef(predicted, y[test])[0, 1]:.3f}, sign right "
          f"{np.mean(np.sign(predicted) == np.sign(y[test])):.3f}")
    weights, bias = ridge(x, y)
    learned.LinearModel(labels=("valence",), weights=weights[None, :].astype(np.float32),
                        bias=np.array([bias], dtype=np.float32),
                        fingerprint=nlp.embedding_fingerprint()).save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="rebuild and compare byte for byte")
    args = parser.parse_args()
    shipped = learned.shipped_path(word_valence.MODEL_NAME)
    if not args.check:
        build(shipped)
        print(f"wrote {shipped}")
        return
    with tempfile.TemporaryDirectory() as folder:
        rebuilt = Path(folder) / word_valence.MODEL_NAME
        build(rebuilt)
        same = rebuilt.read_bytes() == shipped.read_bytes()
    print("identical" if same else "differs from the shipped file")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
