"""Rebuild the learned models Poise ships (src/poise/analysis/data/*.npz) from labelled data.

Run: .venv/bin/python scripts/train_models.py family|flaws [--folds 5]

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

flaws — which sentences of an answer show one of the flaws a coach hears in a sentence
  (badmouthing, blame, a job complaint, defensiveness, unethical conduct told as a win, hedging,
  overclaiming, self-praise, oversharing, a vague goal, "I would"/"I always" where an example was
  asked, a weakness accepted with no plan, a dodged salary figure, a story told only in "the team
  did", a story closed with no outcome), from the sentence's embedding and its hashed words. The
  last four are flaws of the whole answer: their rules (content/rules/meaning.yaml) hear them in a
  sentence only when the answer lacks what would answer them (a figure, an own action, a result).
  Data (the split):
    train: the labelled sentences in benchmarks/data/training/flaw_sentences_*.jsonl (written
           for training, with near misses), and every sentence of the answer sets once blind and
           now development data (benchmarks/blind/answers_{a,b,c}.jsonl, round 1,
           benchmarks/blind/round2/answers_{d,e,f}.jsonl and
           benchmarks/blind/round3/answers_{g,h}.jsonl): a sentence overlapping a writer's
           quote of a flaw is that flaw, every other sentence "none"; --hold-out f leaves a set
           out to measure the thresholds on answers (round 4 reported D, E and F with a model
           trained --hold-out def);
    held out, never read here: any later round.
  A sentence shows a flaw when the flaw's probability reaches FLAW_THRESHOLD (cross-validated
  on the training sentences; measured on answers with benchmarks/blind_answers.py).
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
FLAW_MODEL = "flaw_model.npz"
SENTENCE_FLAWS = ("badmouthing", "blame", "job_complaint", "defensive", "unethical", "hedging",
                  "overclaiming", "self_praise", "oversharing", "vague_goals", "hypothetical",
                  "weakness_no_plan", "salary_evasive", "no_own_action", "no_result")
FLAW_SENTENCES = sorted((ROOT / "benchmarks" / "data" / "training").glob("flaw_sentences_*.jsonl"))
FLAW_ANSWER_SETS = (
    *(ROOT / "benchmarks" / "blind" / f"answers_{name}.jsonl" for name in "abc"),
    *(ROOT / "benchmarks" / "blind" / "round2" / f"answers_{name}.jsonl" for name in "def"),
    *(ROOT / "benchmarks" / "blind" / "round3" / f"answers_{name}.jsonl" for name in "gh"),
)
FLAW_THRESHOLD = 0.7
BOW_DIMS = 4096
FLAW_DECAY = 1e-4
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
                    decay: float, *, steps: int = 600, rate: float = 2.0) -> np.ndarray:
    """Out-of-fold class probabilities for every row."""
    rng = np.random.default_rng(7)
    order = rng.permutation(len(y))
    probs = np.zeros((len(y), len(labels)))
    for fold in range(folds):
        test = order[fold::folds]
        train = np.setdiff1d(order, test)
        model = learned.fit(x[train], y[train], labels, fingerprint="", decay=decay, steps=steps,
                            rate=rate)
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


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def flaw_data(hold_out: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """(sentences, labels) of the training split: a flaw id or "none"; the answer sets named in
    ``hold_out`` (by letter) are left out, to measure the model on them."""
    from poise.analysis.text import parse

    texts: list[str] = []
    labels: list[str] = []
    for path in FLAW_SENTENCES:
        for record in _records(path):
            texts.append(record["sentence"])
            labels.append(record["label"])
    for path in FLAW_ANSWER_SETS:
        if path.stem.removeprefix("answers_") in hold_out:
            continue
        for record in _records(path):
            answer = record["answer"]
            quotes = [(answer.find(flaw["quote"]), len(flaw["quote"]), flaw["flaw"])
                      for flaw in record["flaws"] if flaw["flaw"] in SENTENCE_FLAWS]
            for sent in parse(answer).sentences:
                label = "none"
                for start, length, flaw in quotes:
                    if start >= 0 and start < sent.end and start + length > sent.start:
                        label = flaw
                texts.append(sent.text)
                labels.append(label)
    return texts, labels


def train_flaws(folds: int, hold_out: frozenset[str] = frozenset()) -> None:
    texts, names = flaw_data(hold_out)
    labels = ("none", *SENTENCE_FLAWS)
    y = np.array([labels.index(name) for name in names])
    probe = learned.LinearModel(labels, np.zeros((1, 1)), np.zeros(1), "", bow_dims=BOW_DIMS)
    x = probe.features(texts, nlp.embedder().embed(texts))
    print(f"{len(texts)} sentences, {int((y > 0).sum())} showing a flaw")
    if folds > 1:  # slow: about two minutes a fold on two cores
        probs = cross_validated(x, y, labels, folds, FLAW_DECAY, steps=1500, rate=10.0)
        flagged = probs[:, 1:].max(axis=1) >= FLAW_THRESHOLD
        named = probs[:, 1:].argmax(axis=1) + 1
        right = flagged & (named == y)
        recall = right.sum() / max(1, (y > 0).sum())
        precision = right.sum() / max(1, flagged.sum())
        print(f"cross-validated at p>={FLAW_THRESHOLD}: recall {recall:.2f}, precision {precision:.2f}")
    # Each flaw weighs as much in total as a third of the "none" sentences, so the rare flaws
    # are not drowned by the many ordinary sentences.
    counts = np.bincount(y, minlength=len(labels)).astype(np.float64)
    per_class = np.where(np.arange(len(labels)) == 0, 1.0, counts[0] / 3 / np.maximum(counts, 1))
    weights = per_class[y]
    model = learned.fit(x, y, labels, fingerprint=nlp.embedding_fingerprint(), decay=FLAW_DECAY,
                        steps=1500, rate=10.0, sample_weights=weights)
    model = learned.LinearModel(model.labels, model.weights, model.bias, model.fingerprint,
                                FLAW_THRESHOLD, bow_dims=BOW_DIMS)
    path = learned.shipped_path(FLAW_MODEL)
    model.save(path)
    print(f"wrote {path.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", choices=["family", "flaws"])
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (0: none)")
    parser.add_argument("--hold-out", default="", metavar="LETTERS",
                        help="flaws: leave these answer sets out (e.g. f) to measure the model on "
                             "them with benchmarks/blind_answers.py; ship a model trained on all")
    args = parser.parse_args()
    if args.model == "family":
        train_family(args.folds)
    elif args.model == "flaws":
        train_flaws(args.folds, frozenset(args.hold_out))
    else:  # pragma: no cover - argparse limits the choices
        sys.exit(f"unknown model {args.model}")


if __name__ == "__main__":
    main()
