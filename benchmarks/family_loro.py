"""Leave one round out: how the question-family model carries to paraphrases it was not trained on.

Every measured round of paraphrased questions (benchmarks/blind/family_questions.jsonl = round 1,
round2, round4, round6 and round7 family_questions.jsonl) is development data once its first
measurement is recorded. For each round R this trains the family model with
scripts/train_models.py's recipe (bank questions, the training paraphrases, and the rounds of
``--with``) without R, and measures top-1 on R as the analyser counts it: the most probable family,
"unsure" (counted wrong) when its probability is below the model's threshold. Two recipes are
compared on the same held-out rounds: the shipped one before this benchmark (bank, training
paraphrases and round 1 only) and one that also learns from every other measured round.

Run: .venv/bin/python benchmarks/family_loro.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from train_models import FAMILY_ROUNDS, family_data, unsure_threshold  # noqa: E402

from poise.analysis import learned, nlp  # noqa: E402

DECAY = 1e-4
"""The weight decay the shipped recipe's cross-validation chooses (scripts/train_models.py family)."""


def _round(path: Path) -> tuple[list[str], list[str]]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [record["question"] for record in records], [record["family"] for record in records]


def measure(held: str, rounds: tuple[str, ...]) -> tuple[int, int, int]:
    """(right and sure, unsure, questions) on round ``held`` for a model trained on the bank, the
    training paraphrases and ``rounds``."""
    texts, names = family_data(tuple(FAMILY_ROUNDS[name] for name in rounds))
    labels = tuple(sorted(set(names)))
    x = nlp.embedder().embed(texts)
    y = np.array([labels.index(name) for name in names])
    threshold = unsure_threshold(x, y, labels, folds=5, decay=DECAY)
    model = learned.fit(x, y, labels, fingerprint="", decay=DECAY)
    questions, families = _round(FAMILY_ROUNDS[held])
    probs = model.probabilities(nlp.embedder().embed(questions))
    best = probs.argmax(axis=1)
    sure = probs.max(axis=1) >= threshold
    right = sum(1 for row, family in enumerate(families)
                if sure[row] and labels[best[row]] == family)
    return right, int((~sure).sum()), len(questions)


def main() -> None:
    totals = {"round 1 only": [0, 0, 0], "every other round": [0, 0, 0]}
    for held in FAMILY_ROUNDS:
        if held == "1":
            continue  # round 1 is in the old recipe's training set: no held-out figure for it
        recipes = {"round 1 only": ("1",),
                   "every other round": tuple(name for name in FAMILY_ROUNDS if name != held)}
        for recipe, rounds in recipes.items():
            right, unsure, count = measure(held, rounds)
            print(f"round {held} held out, trained with {recipe:18} top-1 {right / count:.3f} "
                  f"({right}/{count}), unsure {unsure}")
            for position, value in enumerate((right, unsure, count)):
                totals[recipe][position] += value
    for recipe, (right, unsure, count) in totals.items():
        print(f"pooled, trained with {recipe:18} top-1 {right / count:.3f} ({right}/{count}), "
              f"unsure {unsure}")


if __name__ == "__main__":
    main()
