"""Off-topic answers ("answers another question"): can a model over the sentence embeddings find
them on answers it was not trained on? Leave-one-round-out over the blind rounds.

Data: every answer (phase "answer") of the blind rounds, all development data now
(benchmarks/blind/answers_{a,b,c}.jsonl = round 1, benchmarks/blind/round2 ... round5); an answer
is off topic when its writer labelled the flaw ``off_topic``. The development set
(benchmarks/data/devset.jsonl) adds on-topic answers for training only and is never a test round.

Scorers (a higher score means "more likely off topic"):
- ``question_similarity``: one minus the answer's best cosine to the question, what a strong
  answer to it covers and its family (what ``relevance.off_topic`` thresholds today; untrained);
- ``question_family_model``: one minus the probability the shipped question-family model
  (analysis/data/family_model.npz, trained on questions) gives the asked question's family when
  it reads the answer instead;
- ``answer_family_model``: a softmax over answer embeddings, trained on the on-topic answers of the
  other rounds and of the dev set, each labelled with its question's family; the score is one
  minus the probability of the asked question's family (an answer that reads like an answer to
  another kind of question).

Split: for each held-out round, the model is trained on the other rounds plus the dev set; its
threshold is chosen on the other rounds only (out-of-fold scores, each training round scored by
a model trained without it): the lowest score that reaches precision PRECISION_GATE there, or, if
none does, the one with the best F1 (reported as such). The question's family is the writer's
(as when a user names it); a detected family can only be worse.

Printed: AUC pooled and per round, and per held-out round the answers flagged, off-topic answers
found, recall, precision and false alarms on answers the writer labelled strong; then whether
the pooled figures pass the gate to ship (precision >= PRECISION_GATE, recall >= RECALL_GATE,
at most STRONG_GATE false alarms on strong answers).

Run: .venv/bin/python benchmarks/off_topic.py
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from poise.analysis import learned, nlp
from poise.analysis.analyse import analyser_for
from poise.analysis.text import embed_many, parse_many
from poise.content.loader import knowledge_base

HERE = Path(__file__).resolve().parent
ROUNDS = {
    "round1": sorted((HERE / "blind").glob("answers_*.jsonl")),
    "round2": sorted((HERE / "blind" / "round2").glob("answers_*.jsonl")),
    "round3": sorted((HERE / "blind" / "round3").glob("answers_*.jsonl")),
    "round4": sorted((HERE / "blind" / "round4").glob("answers_*.jsonl")),
    "round5": sorted((HERE / "blind" / "round5").glob("answers_*.jsonl")),
}
DEVSET = HERE / "data" / "devset.jsonl"
PRECISION_GATE = 0.8
RECALL_GATE = 0.3
STRONG_GATE = 1
FAMILY_DECAY = 1e-3
FAMILY_STEPS = 800


@dataclass
class Item:
    """One answer with what every scorer reads."""

    round: str
    id: str
    family: str
    label: str
    off_topic: bool
    centroid: np.ndarray
    references: np.ndarray


def load(kb_families: set[str]) -> list[Item]:
    """Every answer of the blind rounds and the dev set, embedded once."""
    records: list[tuple[str, dict]] = []
    for name, paths in {**ROUNDS, "dev": [DEVSET]}.items():
        for path in paths:
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                record = json.loads(line)
                if record.get("phase", "answer") != "answer" or record.get("family") not in kb_families:
                    continue
                records.append((name, record))
    kb = knowledge_base()
    analyser = analyser_for(kb)
    parsed = parse_many([record["answer"] for _, record in records], [None] * len(records))
    embed_many(parsed)
    items = []
    for (name, record), one in zip(records, parsed, strict=True):
        resolved = analyser.resolve_family(record["question"], record["family"])
        references = nlp.embed_texts(tuple(analyser.references(record["question"], resolved)))
        flaws = record.get("flaws") or []
        items.append(Item(
            round=name, id=record["id"], family=record["family"], label=record.get("label", ""),
            off_topic=any(flaw.get("flaw") == "off_topic" for flaw in flaws),
            centroid=np.asarray(one.centroid), references=references,
        ))
    return items


def auc(scores: list[float], positives: list[bool]) -> float:
    """Probability that an off-topic answer outscores an on-topic one (ties count half)."""
    pos = np.array([score for score, flag in zip(scores, positives, strict=True) if flag])
    neg = np.array([score for score, flag in zip(scores, positives, strict=True) if not flag])
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean()
    return float(wins)


def fit_answer_families(train: list[Item], families: tuple[str, ...]) -> learned.LinearModel:
    """The answer-family softmax on the on-topic answers of ``train``."""
    rows = [item for item in train if not item.off_topic]
    features = np.stack([item.centroid for item in rows])
    targets = np.array([families.index(item.family) for item in rows])
    return learned.fit(features, targets, families, fingerprint=nlp.embedding_fingerprint(),
                       decay=FAMILY_DECAY, steps=FAMILY_STEPS)


def answer_family_scores(model: learned.LinearModel, items: list[Item]) -> list[float]:
    probabilities = model.probabilities(np.stack([item.centroid for item in items]))
    return [1.0 - float(probabilities[row, model.labels.index(item.family)])
            for row, item in enumerate(items)]


def choose_threshold(scores: list[float], positives: list[bool]) -> tuple[float, bool]:
    """The lowest score reaching PRECISION_GATE on these (training) answers, and True; else the
    best-F1 score, and False."""
    order = sorted(zip(scores, positives, strict=True), reverse=True)
    total = sum(positives)
    best_f1, best_threshold = -1.0, order[0][0] + 1e-9
    gated: float | None = None
    found = 0
    for rank, (score, flag) in enumerate(order, start=1):
        found += flag
        precision = found / rank
        recall = found / total if total else 0.0
        if found >= 3 and precision >= PRECISION_GATE:
            gated = score
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if f1 > best_f1:
            best_f1, best_threshold = f1, score
    return (gated, True) if gated is not None else (best_threshold, False)


Scores = dict[str, dict[str, tuple[list[float], list[float]]]]


def scorers(items: list[Item], families: tuple[str, ...]) -> Scores:
    """Per scorer and held-out round: (held-out scores, out-of-fold scores of the other rounds)."""
    question_model = learned.load("family_model.npz", nlp.embedding_fingerprint())
    fixed: dict[str, list[float]] = {"question_similarity": []}
    for item in items:
        fixed["question_similarity"].append(1.0 - float((item.references @ item.centroid).max()))
    if question_model is not None:
        probabilities = question_model.probabilities(np.stack([item.centroid for item in items]))
        fixed["question_family_model"] = [
            1.0 - float(probabilities[row, question_model.labels.index(item.family)])
            if item.family in question_model.labels else 0.0
            for row, item in enumerate(items)
        ]
    dev = [item for item in items if item.round == "dev"]
    result: Scores = {}
    for name, values in fixed.items():
        result[name] = {}
        for held in ROUNDS:
            held_scores = [value for value, item in zip(values, items, strict=True) if item.round == held]
            other = [value for value, item in zip(values, items, strict=True)
                     if item.round not in (held, "dev")]
            result[name][held] = (held_scores, other)
    result["answer_family_model"] = {}
    for held in ROUNDS:
        others = [name for name in ROUNDS if name != held]
        out_of_fold: list[float] = []
        for inner in others:
            train = dev + [item for item in items if item.round in others and item.round != inner]
            model = fit_answer_families(train, families)
            out_of_fold += answer_family_scores(model, [item for item in items if item.round == inner])
        model = fit_answer_families(dev + [item for item in items if item.round in others], families)
        held_scores = answer_family_scores(model, [item for item in items if item.round == held])
        result["answer_family_model"][held] = (held_scores, out_of_fold)
    return result


def report(items: list[Item], results: Scores) -> None:
    for name, per_round in results.items():
        print(f"\n== {name}")
        pooled_scores: list[float] = []
        pooled_flags: list[bool] = []
        totals = {"flagged": 0, "found": 0, "positives": 0, "strong": 0}
        for held, (scores, out_of_fold) in per_round.items():
            held_items = [item for item in items if item.round == held]
            other_items = [item for item in items if item.round not in (held, "dev")]
            flags = [item.off_topic for item in held_items]
            threshold, gated = choose_threshold(out_of_fold, [item.off_topic for item in other_items])
            flagged = [item for item, score in zip(held_items, scores, strict=True) if score >= threshold]
            found = sum(item.off_topic for item in flagged)
            strong = sum(item.label == "strong" for item in flagged)
            positives = sum(flags)
            precision = found / len(flagged) if flagged else float("nan")
            print(f"{held}: AUC {auc(scores, flags):.3f}  threshold {threshold:.3f} "
                  f"({'precision gate' if gated else 'best F1: no threshold reaches the gate'})  "
                  f"flagged {len(flagged)}  found {found}/{positives}  "
                  f"recall {found / max(positives, 1):.2f}  "
                  f"precision {precision:.2f}  strong false alarms {strong}")
            pooled_scores += scores
            pooled_flags += flags
            totals["flagged"] += len(flagged)
            totals["found"] += found
            totals["positives"] += positives
            totals["strong"] += strong
        precision = totals["found"] / totals["flagged"] if totals["flagged"] else 0.0
        recall = totals["found"] / max(totals["positives"], 1)
        passes = precision >= PRECISION_GATE and recall >= RECALL_GATE and totals["strong"] <= STRONG_GATE
        print(f"pooled (each round held out): AUC {auc(pooled_scores, pooled_flags):.3f}  "
              f"flagged {totals['flagged']}  found {totals['found']}/{totals['positives']}  "
              f"recall {recall:.2f}  precision {precision:.2f}  strong false alarms {totals['strong']}  "
              f"-> {'passes' if passes else 'fails'} the gate to ship")


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    from poise.services.models import configure_models
    from poise.settings import get_settings

    configure_models(get_settings())  # as the CLI, the web app and the batch workers do
    kb = knowledge_base()
    families = tuple(sorted(kb.families))
    items = load(set(families))
    rounds = {name: sum(item.round == name for item in items) for name in (*ROUNDS, "dev")}
    off = {name: sum(item.off_topic for item in items if item.round == name) for name in ROUNDS}
    print(f"answers per round {rounds}; off topic per round {off}")
    report(items, scorers(items, families))


if __name__ == "__main__":
    main()
