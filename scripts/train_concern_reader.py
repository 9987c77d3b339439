"""Rebuild the concern reader (src/poise/analysis/data/concern_reader.npz): whether a reply to a
stated concern talks past it (``poise.analysis.concern_reader``).

Run: .venv/bin/python scripts/train_concern_reader.py [--check] [--out FILE]
    (``--check``: fit, save nothing, and say whether the rebuilt file equals the shipped one
     byte for byte; exit status 1 when it does not.)

Rows: every concern reply (phase "concern") of the measured answer rounds
(train_models.ROUND_FILES: rounds 1-42, each once blind, measured and reported, now development
data), read as the analyser reads it (its sentences and their embeddings) against the stated gap
of its question (``gap_evidence.stated_gap``). A reply talks past the concern when its writer
labelled it off topic; every other reply (strong, weak, or flawed in another way) meets it.
The two classes are weighted to the same total.
Split: every round is scored by a model trained on the other rounds (leave one round out); the
threshold is the lowest probability at which those held-out scores, on the replies the rule
reads (those that tell no plan of the speaker's own: ``concern_reader.plan_told``), reach
precision ``PRECISION`` with at least ``LEAST_FOUND`` found; the shipped model is then fitted
on every row. Printed: the held-out AUC, and at the threshold the replies flagged, found, and
flagged among the strong ones. Held out, never read here: round 43 and any later round.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_models import ROUND_FILES

from poise.analysis import concern_reader, learned, nlp
from poise.analysis.gap_evidence import stated_gap
from poise.analysis.text import embed_many, parse_many

PRECISION = 0.9
LEAST_FOUND = 5
DECAY = 0.3
STEPS = 600
RATE = 0.2
"""Fitted on standardised features (the scaling then folded into the weights), with a strong
decay: a few hundred rows of 388 features."""


def load_rows() -> list[dict]:
    """The concern replies of every measured round, each with its round's name."""
    rows = []
    for name, paths in ROUND_FILES.items():
        for path in paths:
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line) if line.strip() else None
                if record and record.get("phase") == "concern":
                    record["round"] = name
                    rows.append(record)
    return rows


def read_rows(rows: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, targets (1: off topic) and whether each reply tells a plan of its own."""
    parsed = parse_many([row["answer"] for row in rows], [None] * len(rows))
    embed_many(parsed)
    gaps = nlp.embedder().embed([stated_gap(row["question"]) for row in rows])
    features = np.stack([concern_reader.features(np.asarray(text.sentence_embeddings, dtype=np.float32),
                                                 gap) for text, gap in zip(parsed, gaps, strict=True)])
    targets = np.array([int(any(flaw.get("flaw") == "off_topic" for flaw in row.get("flaws") or []))
                        for row in rows])
    planned = np.array([concern_reader.plan_told(text) for text in parsed])
    return features, targets, planned


def fit(features: np.ndarray, targets: np.ndarray, fingerprint: str) -> learned.LinearModel:
    """A logistic model on the features standardised, the two classes weighted alike; the
    scaling is folded into the weights, so the model reads raw features."""
    mean, scale = features.mean(axis=0), features.std(axis=0) + 1e-6
    positives = max(int(targets.sum()), 1)
    weights = np.where(targets == 1, (len(targets) - positives) / positives, 1.0)
    model = learned.fit((features - mean) / scale, targets, concern_reader.LABELS,
                        fingerprint=fingerprint, decay=DECAY, steps=STEPS, rate=RATE,
                        sample_weights=weights)
    folded = (model.weights / scale).astype(np.float32)
    bias = (model.bias - (model.weights * mean / scale).sum(axis=1)).astype(np.float32)
    return learned.LinearModel(model.labels, folded, bias, fingerprint)


def auc(scores: np.ndarray, targets: np.ndarray) -> float:
    positive, negative = scores[targets == 1], scores[targets == 0]
    if not len(positive) or not len(negative):
        return float("nan")
    return float((positive[:, None] > negative[None, :]).mean()
                 + 0.5 * (positive[:, None] == negative[None, :]).mean())


def held_out(features: np.ndarray, targets: np.ndarray, rounds: np.ndarray,
             fingerprint: str) -> np.ndarray:
    """Each reply's probability of "past" from a model trained without its round."""
    scores = np.zeros(len(targets))
    for name in sorted(set(rounds)):
        out = rounds == name
        model = fit(features[~out], targets[~out], fingerprint)
        scores[out] = model.probabilities(features[out])[:, 1]
    return scores


def choose(scores: np.ndarray, targets: np.ndarray, readable: np.ndarray) -> float:
    """The lowest probability whose held-out precision over the readable replies reaches
    ``PRECISION`` with at least ``LEAST_FOUND`` found (1.0 when none does)."""
    for threshold in sorted(set(np.round(scores[readable], 3))):
        flagged = readable & (scores >= threshold)
        found = int((flagged & (targets == 1)).sum())
        if found >= LEAST_FOUND and found / max(int(flagged.sum()), 1) >= PRECISION:
            return float(threshold)
    return 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--out", type=Path, default=learned.shipped_path(concern_reader.MODEL))
    args = parser.parse_args()
    rows = load_rows()
    features, targets, planned = read_rows(rows)
    rounds = np.array([row["round"] for row in rows])
    strong = np.array([row.get("label") == "strong" for row in rows])
    fingerprint = nlp.embedding_fingerprint()
    scores = held_out(features, targets, rounds, fingerprint)
    readable = ~planned
    threshold = choose(scores, targets, readable)
    flagged = readable & (scores >= threshold)
    print(f"{len(rows)} concern replies, {int(targets.sum())} off topic; held-out AUC "
          f"{auc(scores, targets):.3f}; threshold {threshold:.3f}: {int(flagged.sum())} flagged, "
          f"{int((flagged & (targets == 1)).sum())} off topic, {int((flagged & strong).sum())} strong")
    for name in sorted(set(rounds), key=int):
        here = rounds == name
        print(f"  round {name}: {int((flagged & here).sum())} flagged, "
              f"{int((flagged & here & (targets == 1)).sum())} of {int((here & (targets == 1)).sum())} found")
    model = fit(features, targets, fingerprint)
    model = learned.LinearModel(model.labels, model.weights, model.bias, fingerprint, threshold=threshold)
    if args.check:
        with tempfile.TemporaryDirectory() as folder:
            scratch = Path(folder) / concern_reader.MODEL
            model.save(scratch)
            same = args.out.exists() and scratch.read_bytes() == args.out.read_bytes()
        print("the rebuilt model equals the shipped one" if same else "the rebuilt model differs")
        return 0 if same else 1
    model.save(args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
