"""Leave one round out: how the question-family model carries to paraphrases it was not trained on.

Every measured round of paraphrased questions (benchmarks/blind/family_questions.jsonl = round 1,
round2, round4, round6 to round13 family_questions.jsonl; the list is
train_models.FAMILY_ROUNDS, never a glob, so a later round is never read) is development data once its first
measurement is recorded. For each round R this trains the family model with
scripts/train_models.py's recipe (the bank, the training paraphrases and every other round)
without R, and measures top-1 on R as the analyser counts it: the most probable family, "unsure"
(counted wrong) when its probability is below the shipped model's threshold (with ``--cv``: the
threshold the recipe's cross-validation picks without R, five more fits per round).
Printed per round and pooled: top-1, the unsure share, accuracy when sure; then accuracy per
family and the most frequent confusions over all rounds.

``--recipe embedding`` measures the recipe before analysis/question_features (the question's
embedding alone, 600 steps, no extra training questions) on the same rounds (its figures in the
report of this change were taken with ``--cv``).

Figures (shipped threshold 0.30). Before round 8 joined the data, each of rounds 1, 2, 4, 6, 7
left out: 0.896, 0.943, 0.950, 0.913, 0.783 (pooled 0.901, 634/704); round 8 left out (trained
on rounds 1-7, its first measurement) 0.867; rounds 1-8 pooled 0.896 (738/824). With round 8
in the training data, each round left out: 0.903, 0.943, 0.943, 0.913, 0.825, 0.867 (rounds 1,
2, 4, 6, 7, 8); pooled 0.902 (743/824), unsure 4%, accuracy when sure 0.936.

Round 9 (120 questions) joined the data: left out (trained on rounds 1-8, as at its first
measurement) 0.825 (99/120), unsure 5%, accuracy when sure 0.868 (its first measurement with the
model shipped then: 0.792, 9 unsure). With round 9 in the training data, each round left out
(threshold 0.29): rounds 1, 2, 4, 6, 7, 8 0.896, 0.936, 0.936, 0.927, 0.858, 0.892 (were 0.903,
0.943, 0.943, 0.913, 0.825, 0.867); rounds 1-8 pooled 0.909 (749/824, was 0.902); rounds 1-9
pooled 0.898 (848/944), unsure 3%, accuracy when sure 0.927.

Round 10 (120 questions) joined the data. Rounds 1-10, each left out (trained without it;
rounds 8-10 fitted with the same recipe by a copy of this loop, in parallel): 0.896, 0.950,
0.957, 0.933, 0.842, 0.917, 0.850, 0.808 (rounds 1, 2, 4, 6, 7, 8, 9, 10); pooled 0.898
(955/1064), unsure 2.5%, accuracy when sure 0.921. Round 10 left out (as at its first
measurement): 0.808, 8 unsure, accuracy when sure 0.866.

Rounds 11-13 (120 questions each) joined the data, with the question's focus read from the
parse (question_features.focus_items) and 119 more questions written for training
(family_questions_focus.jsonl). Each left out, the model alone (threshold 0.27; ``--held 13
--held 12 --held 11``): round 13 0.925 (111/120, 2 unsure), round 12 0.908 (109/120, 4 unsure),
round 11 0.917 (110/120, 3 unsure); pooled 0.917 (330/360), unsure 2%, accuracy when sure 0.940.
Their first measurements, with the model shipped then (trained on rounds 1-10, blended with the
vote): 0.892, 0.917, 0.908 (pooled 0.906, 326/360). Weakest families left out: development
0.72, management_style 0.78 (delegation read as people_management). Round 14, never trained
on (aggregate only): 0.908 -> 0.933 (112/120), unsure 6 -> 3.

Rounds 14 and 15 (120 questions each) joined the data, with the asking sentence read without a
leading aside (question_features.without_preamble) and the elliptic variant of every labelled
question fitted at weight 0.5 (train_models.elliptic_variants; the held round's variants are
dropped with it). Each round left out, trained on every other round of 1, 2, 4, 6-15, the vote
at the shipped k=5, temperature 20, blend 0.5, thresholds 0.27 (model) and 0.43 (blend), old
recipe -> new: round 15 model 0.900 -> 0.883 (3 unsure both), blend 0.858 -> 0.850 (9 unsure
both); round 14 model 0.917 -> 0.925 (unsure 1 -> 3), blend 0.942 -> 0.942 (2 unsure both);
pooled over the two, blend 216/240 -> 215/240 (a wash on these rounds; the other rounds were not
re-run: a loaded machine gave each fit a tenth of a core). The old recipe left round 1 out at
0.883 (model), 0.870 (blend, 12 unsure). Round 16 (validation, aggregate only), the model
shipped before (rounds 1-13) -> this one (rounds 1-15 and the new recipe): 0.808 -> 0.833
(97 -> 100 of 120), unsure 14 -> 12, accuracy when sure 0.915 -> 0.926.

Rounds 16-18 (120 questions each) joined the data after the round-18 measurement (the model
shipped then, trained on rounds 1-15, never saw them: round 16 0.833, round 17 0.900 with 7
unsure, round 18 0.833 with 8 unsure). The recipe since: the fit steps with Adam
(train_models.FAMILY_STEPS, FAMILY_RATE: 200 steps, a fifth of the time of 1000 steps of gradient
descent, so sixteen rounds left out fit in one session on a loaded machine); an asking sentence
that points back ("How do you drive it?", "What should I tell her?", "Your move?";
question_features.leans_back) is read with the sentence before it, and an aside closed by "so" or
"and" before the question proper is left out; 85 training questions written afresh for the
neighbours the rounds confuse (family_questions_pairs.jsonl). Every round of 1, 2, 4, 6-18 left
out, the vote of the other rounds blended in (k=5, temperature 20), features and fit as
train_models builds them, Adam for both recipes; old reading -> new reading and questions:
  blend 0.5, unsure below 0.43 (the setting shipped before): pooled 0.931 -> 0.932 (1885 ->
  1886/2024), unsure 67 -> 64; round 17 114 -> 115/120 (1 unsure both), round 18 106 -> 107/120
  (unsure 6 -> 4), round 16 104 -> 103/120;
  blend share and unsure threshold chosen on the other rounds only (nested; the rule of
  train_models.threshold_from): pooled 0.927 -> 0.929 (1877 -> 1881/2024), unsure 4.1% both,
  accuracy when sure 0.967 -> 0.969; round 17 0.933 (4 unsure), round 18 0.900 -> 0.917 (4
  unsure), round 16 0.858 -> 0.867;
  the model alone (unsure below 0.27): pooled 0.929 -> 0.933 (1880 -> 1889/2024), unsure 25 -> 21.
Chosen on every round and shipped: blend 0.35, unsure below 0.42 (the nested choice took share
0.35 for every round left out). The written training questions change the pooled figure by
nothing measurable on these rounds (1886 with and without them at the old setting); they are
there for the shapes the next writer may use.

``--blend-from probs.npz`` adds the vote of the nearest labelled questions
(analysis/family_neighbours.py) to those saved probabilities, each round's settings and unsure
threshold chosen on the other rounds only (nested). On rounds 1-10: pooled 0.898 -> 0.905
(963/1064), unsure 2.5% -> 4.7%, accuracy when sure 0.921 -> 0.950; per round 0.870, 0.943,
0.957, 0.933, 0.867, 0.958, 0.842, 0.858; round 10 left out 0.808 -> 0.858 (10 unsure,
accuracy when sure 0.866 -> 0.936). Chosen on every round and shipped: k=5, temperature 20,
blend 0.5, unsure below 0.43 (the same setting was chosen for 6 of the 8 rounds left out).

The model's own unsure threshold (used only without the vote) is chosen on held-out
probabilities: ``--probs-out`` saves each round's out-of-round probabilities, ``--sweep-from``
prints top-1, the unsure share and the wrong-when-sure share at each threshold and chooses one
by train_models.threshold_from (the highest threshold costing at most UNSURE_COST of top-1),
``--save-threshold`` writes it into the shipped model. On rounds 9 and 1 left out (274
questions): 0.27 (top-1 0.869, unsure 3.3%, accuracy when sure 0.898; at 0.29, top-1 0.865).

Run: .venv/bin/python benchmarks/family_loro.py [--recipe features|embedding] [--held 8 --held 7]
     [--probs-out probs.npz] | --sweep-from probs.npz [--save-threshold] | --blend-from probs.npz
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import train_models  # noqa: E402
from train_models import (  # noqa: E402
    FAMILY_MODEL,
    FAMILY_ROUNDS,
    NEIGHBOUR_GRID,
    family_data,
    family_features,
    threshold_from,
)

from poise.analysis import family_neighbours, learned, nlp  # noqa: E402

DECAY = 1e-4
"""The weight decay the shipped recipe's cross-validation chooses (scripts/train_models.py family)."""


def _round(path: Path) -> list[str]:
    return [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipe", choices=["features", "embedding"], default="features")
    parser.add_argument("--cv", action="store_true",
                        help="choose each round's unsure threshold by the recipe's cross-validation "
                             "(five more fits per round) instead of the shipped model's threshold")
    parser.add_argument("--held", action="append",
                        help="round(s) to leave out, in this order (default: every round)")
    parser.add_argument("--probs-out", type=Path,
                        help="save each held-out round's probabilities here (.npz, written as each "
                             "round is fitted), for --sweep-from")
    parser.add_argument("--sweep-from", type=Path,
                        help="fit nothing: read the probabilities saved by --probs-out and print "
                             "top-1 at each unsure threshold, and the threshold chosen on them")
    parser.add_argument("--save-threshold", action="store_true",
                        help="with --sweep-from: write the chosen threshold into the shipped model")
    parser.add_argument("--blend-from", type=Path,
                        help="fit nothing: blend the model probabilities saved by --probs-out with "
                             "the vote of the nearest labelled questions (analysis/family_neighbours), "
                             "each round's settings chosen on the other rounds; print top-1 per "
                             "round and pooled, and the settings chosen on every round")
    args = parser.parse_args()
    if args.sweep_from:
        sweep(args.sweep_from, save=args.save_threshold)
        return
    if args.blend_from:
        blend(args.blend_from)
        return
    held_rounds = args.held or list(FAMILY_ROUNDS)
    old = args.recipe == "embedding"
    base_texts, base_names = family_data((), extra=not old)
    held_texts = {name: _round(path) for name, path in FAMILY_ROUNDS.items()}
    _, all_names = family_data()
    labels = tuple(sorted(set(all_names)))
    everything = base_texts + [text for texts in held_texts.values() for text in texts]
    rows = nlp.embedder().embed(everything) if old else family_features(everything)
    base_x = rows[: len(base_texts)]
    start = len(base_texts)
    round_x: dict[str, np.ndarray] = {}
    round_y: dict[str, np.ndarray] = {}
    for name, path in FAMILY_ROUNDS.items():
        count = len(held_texts[name])
        round_x[name] = rows[start : start + count]
        round_y[name] = np.array([labels.index(json.loads(line)["family"]) for line in
                                  path.read_text(encoding="utf-8").splitlines() if line.strip()])
        start += count
    base_y = np.array([labels.index(name) for name in base_names])
    # the elliptic variants (train_models.elliptic_variants) of every question but the held round's
    origin_round = np.array(["base"] * len(base_texts) + [name for name in FAMILY_ROUNDS
                                                          for _ in held_texts[name]])
    all_names_in_order = base_names + [json.loads(line)["family"] for path in FAMILY_ROUNDS.values()
                                       for line in path.read_text(encoding="utf-8").splitlines()
                                       if line.strip()]
    variants, variant_names, origins = ([], [], []) if old else train_models.elliptic_variants(
        everything, all_names_in_order)
    variant_x = family_features(variants) if variants else np.zeros((0, rows.shape[1]))
    variant_y = np.array([labels.index(name) for name in variant_names], dtype=int)
    variant_round = origin_round[np.array(origins, dtype=int)] if variants else np.array([], dtype=str)
    steps = 600 if old else train_models.FAMILY_STEPS
    totals = [0, 0, 0]
    per_family: Counter[str] = Counter()
    per_family_right: Counter[str] = Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    thresholds = {}
    shipped = learned.load(FAMILY_MODEL, nlp.embedding_fingerprint())
    saved: dict[str, np.ndarray] = {}
    for held in held_rounds:
        others = [name for name in FAMILY_ROUNDS if name != held]
        x = np.vstack([base_x, *(round_x[name] for name in others)])
        y = np.concatenate([base_y, *(round_y[name] for name in others)])
        if args.cv:
            thresholds[held] = threshold_from(
                train_models.cross_validated(x, y, labels, 5, DECAY, steps=steps), y)
        kept = variant_round != held
        weights = np.concatenate([np.ones(len(y)), np.full(int(kept.sum()), train_models.ELLIPTIC_WEIGHT)])
        x, y = np.vstack([x, variant_x[kept]]), np.concatenate([y, variant_y[kept]])
        model = learned.fit(x, y, labels, fingerprint="", decay=DECAY, steps=steps,
                            rate=2.0 if old else train_models.FAMILY_RATE, adam=not old,
                            sparse=train_models.hashed_block(x), sample_weights=weights)
        # each round is reported as soon as it is fitted (a long run can be read as it goes)
        threshold = thresholds.get(held, shipped.threshold if shipped is not None else 0.0)
        probs = model.probabilities(round_x[held])
        if args.probs_out:
            saved[f"probs_{held}"], saved[f"truth_{held}"] = probs, round_y[held]
            np.savez(args.probs_out, labels=np.array(labels), **saved)
        best = probs.argmax(axis=1)
        sure = probs.max(axis=1) >= threshold
        right = sure & (best == round_y[held])
        for row, truth in enumerate(round_y[held]):
            per_family[labels[truth]] += 1
            per_family_right[labels[truth]] += int(right[row])
            if not right[row]:
                confusions[(labels[truth], labels[best[row]] if sure[row] else "unsure")] += 1
        count, unsure = len(best), int((~sure).sum())
        print(f"round {held} held out: top-1 {right.sum() / count:.3f} ({right.sum()}/{count}), "
              f"unsure {unsure} ({unsure / count:.0%}), accuracy when sure "
              f"{right.sum() / max(count - unsure, 1):.3f} (threshold {threshold:.2f})", flush=True)
        for position, value in enumerate((int(right.sum()), unsure, count)):
            totals[position] += value
    right_all, unsure_all, count_all = totals
    print(f"pooled ({args.recipe}): top-1 {right_all / count_all:.3f} ({right_all}/{count_all}), "
          f"unsure {unsure_all / count_all:.0%}, accuracy when sure "
          f"{right_all / max(count_all - unsure_all, 1):.3f}")
    print("per family:")
    for family in labels:
        print(f"  {family:22} {per_family_right[family] / per_family[family]:.3f} "
              f"({per_family_right[family]}/{per_family[family]})")
    print("most frequent confusions (label -> detected):")
    for (label, found), count in confusions.most_common(12):
        print(f"  {count:3}  {label} -> {found}")


def _top1(probs: np.ndarray, truth: np.ndarray, threshold: float) -> tuple[int, int]:
    """(right and sure, unsure) of ``probs`` against ``truth`` at ``threshold``."""
    sure = probs.max(axis=1) >= threshold
    return int((sure & (probs.argmax(axis=1) == truth)).sum()), int((~sure).sum())


def blend(path: Path) -> None:
    """Leave one round out with the neighbours' vote blended in. For each held round R: the
    model's probabilities on R (saved by --probs-out, a model trained without R), the vote of
    the labelled questions of every other round and of the base split, and the settings
    (k, temperature, blend; NEIGHBOUR_GRID) and unsure threshold that do best on the other
    rounds' held-out probabilities (nested: R never chooses its own settings)."""
    data = np.load(path)
    rounds = [name for name in FAMILY_ROUNDS if f"probs_{name}" in data.files]
    base_texts, base_names = family_data(())
    _, all_names = family_data()
    labels = tuple(sorted(set(all_names)))
    round_texts = {name: _round(FAMILY_ROUNDS[name]) for name in FAMILY_ROUNDS}
    texts = [text.strip() for text in base_texts] + [text.strip() for name in FAMILY_ROUNDS
                                                     for text in round_texts[name]]
    vectors = nlp.embed_texts(tuple(texts))
    group = np.array(["base"] * len(base_texts) + [name for name in FAMILY_ROUNDS
                                                   for _ in round_texts[name]])
    targets = np.array([labels.index(name) for name in base_names] + [
        labels.index(json.loads(line)["family"]) for name in FAMILY_ROUNDS
        for line in FAMILY_ROUNDS[name].read_text(encoding="utf-8").splitlines() if line.strip()])
    model_probs = {name: data[f"probs_{name}"] for name in rounds}
    truth = {name: data[f"truth_{name}"] for name in rounds}
    votes: dict[tuple[str, int, float], np.ndarray] = {}
    for name in rounds:
        train = group != name
        sims = vectors[group == name] @ vectors[train].T
        for k, temperature, _ in NEIGHBOUR_GRID:
            if (name, k, temperature) not in votes:
                votes[(name, k, temperature)] = family_neighbours.vote(
                    sims, targets[train], len(labels), k=k, temperature=temperature)

    def blended(name: str, setting: tuple[int, float, float]) -> np.ndarray:
        k, temperature, share = setting
        return (1 - share) * model_probs[name] + share * votes[(name, k, temperature)]

    def choose(names: list[str]) -> tuple[tuple[int, float, float], float]:
        best = None
        for setting in NEIGHBOUR_GRID:
            probs = np.vstack([blended(name, setting) for name in names])
            y = np.concatenate([truth[name] for name in names])
            raw = float((probs.argmax(axis=1) == y).mean())
            if best is None or raw > best[0] + 1e-9:
                best = (raw, setting, threshold_from(probs, y))
        assert best is not None
        return best[1], best[2]

    totals = {"model": [0, 0, 0], "blend": [0, 0, 0]}
    shipped = learned.load(FAMILY_MODEL, nlp.embedding_fingerprint())
    model_threshold = shipped.threshold if shipped is not None else 0.0
    for name in rounds:
        setting, threshold = choose([other for other in rounds if other != name])
        count = len(truth[name])
        k, temperature, share = setting
        for kind, probs, cut, note in (
            ("model", model_probs[name], model_threshold, ""),
            ("blend", blended(name, setting), threshold, f", k={k} t={temperature:g} blend={share:g}"),
        ):
            right, unsure = _top1(probs, truth[name], cut)
            for position, value in enumerate((right, unsure, count)):
                totals[kind][position] += value
            print(f"round {name} {kind:5}: top-1 {right / count:.3f} ({right}/{count}), unsure "
                  f"{unsure}, accuracy when sure {right / max(count - unsure, 1):.3f} "
                  f"(threshold {cut:.2f}{note})")
    for kind, (right, unsure, count) in totals.items():
        print(f"pooled {kind}: top-1 {right / count:.3f} ({right}/{count}), unsure "
              f"{unsure / count:.1%}, accuracy when sure {right / max(count - unsure, 1):.3f}")
    setting, threshold = choose(rounds)
    print(f"chosen on every round (to ship): k={setting[0]} temperature={setting[1]:g} "
          f"blend={setting[2]:g}, unsure below {threshold:.2f}")


def sweep(path: Path, *, save: bool) -> None:
    """Top-1 (unsure counted wrong), the unsure share and the wrong-when-sure share of the saved
    out-of-round probabilities at each threshold; the threshold chosen on them by the recipe's
    rule (train_models.threshold_from: the highest that costs at most UNSURE_COST of top-1)."""
    data = np.load(path)
    rounds = sorted(key.removeprefix("probs_") for key in data.files if key.startswith("probs_"))
    probs = np.vstack([data[f"probs_{name}"] for name in rounds])
    truth = np.concatenate([data[f"truth_{name}"] for name in rounds])
    top, right = probs.max(axis=1), probs.argmax(axis=1) == truth
    print(f"out-of-round probabilities of rounds {', '.join(rounds)} ({len(truth)} questions)")
    for threshold in np.arange(0.0, 0.61, 0.05):
        sure = top >= threshold
        print(f"  threshold {threshold:.2f}: top-1 {(right & sure).mean():.3f}, unsure {(~sure).mean():.1%}, "
              f"wrong when sure {(sure & ~right).sum() / max(sure.sum(), 1):.3f}")
    chosen = threshold_from(probs, truth)
    sure = top >= chosen
    print(f"chosen: unsure below p={chosen:.2f} (top-1 {(right & sure).mean():.3f}, unsure "
          f"{(~sure).mean():.1%}, accuracy when sure {right[sure].mean():.3f})")
    if save:
        model = learned.load(FAMILY_MODEL, nlp.embedding_fingerprint())
        if model is None:
            raise SystemExit("no shipped family model for this embedding model")
        learned.LinearModel(model.labels, model.weights, model.bias, model.fingerprint,
                            chosen).save(learned.shipped_path(FAMILY_MODEL))
        print(f"wrote the threshold {chosen:.2f} into {FAMILY_MODEL}")


if __name__ == "__main__":
    main()
