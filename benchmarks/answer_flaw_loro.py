"""Leave-one-round-out figures of each flaw as the analyser decides it on a whole answer: the
rules that name the flaw, kept or dropped by the answer-level model's floor, and the answer-level
model heard alone, with that model's probabilities read on rounds it never learned from.

The rows are scripts/train_models.py's ``answer_rows`` (every answer of every measured round,
analysed with the sentence model trained without its round, no answer-level model in place),
with the latest measured round (``--latest``, default 22) added after the others: its sentence
model is the one trained on all of FLAW_ROUNDS, as the product reads a new answer. For each flaw
of the answer-level model the probability of every answer is taken from a model fitted on the
other rounds (``fit_logistic``, the shipped recipe); its threshold and floor are those
``fit_answer_model`` chooses on those held-out probabilities. An answer shows a flaw when a rule
of the flaw fires and the held-out probability clears the floor, or (for ANSWER_FLAWS) when the
probability clears the threshold. Flaws the answer-level model does not govern count their rules
alone. Figures are pooled over ``--rounds`` (default 12-22), per flaw and micro.

Figures (rounds 12-22 pooled, 1320 answers, with the answer-level model held out), before -> after
the parse shapes of analysis/appearance.py and grievance.py, attribution.placed_wholly, the bare
denial before a dash and the tone model trained on rounds 1-21 (its rows for rounds 14-21 are then
in-sample; round 22 is not): unethical 0.66 (25/38) at 0.89 (25/28) -> 0.76 (29/38) at 0.91
(29/32); blame 0.77 (60/78) at 0.82 (60/73) -> 0.79 (62/78) at 0.84 (62/74); job_complaint 0.60
(25/42) at 0.89 (25/28) -> 0.67 (28/42) at 0.93 (28/30); every flaw, micro, 0.76 (813/1070) at
0.87 (813/932) -> 0.77 (822/1070) at 0.88 (822/939).

Run: PYTHONPATH=src .venv/bin/python benchmarks/answer_flaw_loro.py --cache DIR [--flaws a,b]
     [--save rows.pkl | --load rows.pkl]  (about 15 minutes for the rows; cached in --cache)
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import train_models  # noqa: E402


def rows_with_latest(cache: Path | None, latest: str) -> tuple[np.ndarray, list[set[str]],
                                                               np.ndarray, list[frozenset[str]]]:
    """``answer_rows`` over ANSWER_ROUNDS and round ``latest`` (the corpus of sentences stays
    that of ANSWER_ROUNDS: the latest round trains no sentence model)."""
    folder = train_models.BLIND / f"round{latest}"
    known = dict(train_models.ANSWER_ROUNDS)
    if latest not in known:
        train_models.ANSWER_ROUNDS[latest] = tuple(sorted(folder.glob("answers_*.jsonl")))
    original = train_models.flaw_corpus

    def corpus(rounds=None, *, cache=None):  # type: ignore[no-untyped-def]
        return original(known, cache=cache)

    train_models.flaw_corpus = corpus  # type: ignore[assignment]
    try:
        return train_models.answer_rows(cache)
    finally:
        train_models.flaw_corpus = original  # type: ignore[assignment]
        train_models.ANSWER_ROUNDS.clear()
        train_models.ANSWER_ROUNDS.update(known)


def held_out(x: np.ndarray, y: np.ndarray, rounds: np.ndarray) -> np.ndarray:
    """Each answer's probability from a model fitted without its round."""
    mean, spread = x.mean(axis=0), x.std(axis=0) + 1e-6
    scaled = (x - mean) / spread
    held = np.zeros(len(y))
    for name in dict.fromkeys(rounds.tolist()):
        train, test = rounds != name, rounds == name
        w, b = train_models.fit_logistic(scaled[train], y[train])
        held[test] = 1 / (1 + np.exp(-(scaled[test] @ w + b)))
    return held


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--latest", default="22")
    parser.add_argument("--rounds", default="12,13,14,15,16,17,18,19,20,21,22")
    parser.add_argument("--flaws", default="", help="flaws to print (default: every flaw)")
    parser.add_argument("--save", type=Path, help="keep the rows read (pickle) here")
    parser.add_argument("--load", type=Path, help="read the rows kept by --save")
    args = parser.parse_args()
    if args.load:
        with args.load.open("rb") as handle:
            x, labels, rounds, fired = pickle.load(handle)
    else:
        x, labels, rounds, fired = rows_with_latest(args.cache, args.latest)
        if args.save:
            with args.save.open("wb") as handle:
                pickle.dump((x, labels, rounds, fired), handle)
    rules = train_models.flaw_rules()
    chosen = np.isin(rounds, args.rounds.split(","))
    governed = set(train_models.ANSWER_FLAWS) | set(train_models.ANSWER_FLOORS)
    wanted = [flaw for flaw in rules if not args.flaws or flaw in args.flaws.split(",")]
    total = np.zeros(3, dtype=int)
    print(f"rounds {args.rounds}, {int(chosen.sum())} answers; rules alone -> with the "
          f"answer-level model held out")
    for flaw in rules:
        y = np.array([flaw in item for item in labels], dtype=np.float64)
        named = np.array([bool(item & rules[flaw]) for item in fired])
        found = named.copy()
        if flaw in governed:
            held = held_out(x, y, rounds)
            floor = (train_models.answer_floor(held, y, fired, rules[flaw])[0]
                     if flaw in train_models.ANSWER_FLOORS else 0.0)
            threshold = (train_models.answer_threshold(held, y)[0]
                         if flaw in train_models.ANSWER_FLAWS else 1.01)
            found = (named & (held >= floor)) | (held >= threshold)
        counts = []
        for hit in (named, found):
            tp = int((hit & (y == 1) & chosen).sum())
            fp = int((hit & (y == 0) & chosen).sum())
            fn = int((~hit & (y == 1) & chosen).sum())
            counts.append((tp, fp, fn))
        total += np.array(counts[1])
        if flaw in wanted:
            print(f"  {flaw:17} " + " -> ".join(
                f"recall {tp}/{tp + fn} = {tp / max(1, tp + fn):.2f}, precision {tp}/{tp + fp} = "
                f"{tp / max(1, tp + fp):.2f}" for tp, fp, fn in counts))
    tp, fp, fn = (int(value) for value in total)
    print(f"  micro             recall {tp}/{tp + fn} = {tp / max(1, tp + fn):.2f}, precision "
          f"{tp}/{tp + fp} = {tp / max(1, tp + fp):.2f}")


if __name__ == "__main__":
    main()
