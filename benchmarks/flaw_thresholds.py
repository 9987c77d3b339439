"""Where to set each flaw's threshold: answer-level recall and precision of the shipped flaw
model on labelled answer sets, at a ladder of probability thresholds.

An answer "shows" a flaw at threshold t when any of its sentences reaches probability t for that
flaw; it truly shows it when its writer labelled it so. This reads the model alone (no gates, no
family, no supersession), so it says where a rule's ``params.threshold`` belongs, not what the
analyser scores: benchmarks/blind_answers.py measures that. Run it only on sets the model was not
trained on (``scripts/train_models.py flaws --hold-out f`` leaves set F out), never on a blind
set that has not yet been measured.

Run: .venv/bin/python benchmarks/flaw_thresholds.py --dir benchmarks/blind/round2 --set f
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import numpy as np

from poise.analysis import nlp
from poise.analysis.rules.sensed import flaw_model
from poise.analysis.text import parse

HERE = Path(__file__).resolve().parent
LADDER = (0.3, 0.4, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9)


def answer_maxima(records: list[dict]) -> tuple[list[str], np.ndarray, list[set[str]]]:
    """The model's labels, each answer's highest probability per label, and the writers' flaws."""
    model = flaw_model(nlp.embedding_fingerprint())
    if model is None:
        raise SystemExit("no shipped flaw model for this embedding model")
    rows = []
    gold = []
    for record in records:
        analysed = parse(record["answer"])
        texts = [sent.text for sent in analysed.sentences]
        probabilities = model.probabilities(model.features(texts, analysed.sentence_embeddings))
        rows.append(probabilities.max(axis=0))
        gold.append({flaw["flaw"] for flaw in record.get("flaws", [])})
    return list(model.labels), np.vstack(rows), gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=HERE / "blind" / "round2")
    parser.add_argument("--set", action="append", default=[], help="set letter(s)")
    args = parser.parse_args()
    records = []
    for letter in args.set or ["f"]:
        path = args.dir / f"answers_{letter}.jsonl"
        lines = path.read_text(encoding="utf-8").splitlines()
        records += [json.loads(line) for line in lines if line.strip()]
    labels, maxima, gold = answer_maxima(records)
    print(f"{len(records)} answers; per flaw: recall / precision at each threshold")
    print(f"{'flaw':18}" + "".join(f"{t:>12}" for t in LADDER))
    for column, label in enumerate(labels):
        if label == "none":
            continue
        cells = []
        for threshold in LADDER:
            counts: dict[str, int] = defaultdict(int)
            for row, flaws in zip(maxima, gold, strict=True):
                said = row[column] >= threshold
                counts["tp"] += said and label in flaws
                counts["fp"] += said and label not in flaws
                counts["fn"] += (not said) and label in flaws
            found = counts["tp"] + counts["fn"]
            raised = counts["tp"] + counts["fp"]
            cells.append(f"{counts['tp']}/{found} {counts['tp']}/{raised}".rjust(12))
        print(f"{label:18}" + "".join(cells))


if __name__ == "__main__":
    main()
