"""Rebuild the tone model (src/poise/analysis/data/tone_model.npz): which sentences of an answer
criticise someone else, put a failure on others, complain about the speaker's own job, or push
back on the interviewer, read in the light of the question they answer.

Run: .venv/bin/python scripts/train_tone.py [--cache DIR]

What the model reads, per sentence: the sentence's embedding, the embedding of the question it
answers (the same words mean blame after "what went wrong?" and a plain fact after "what does your
week look like?"), the answer's mean embedding (what the whole answer is about: a sentence on a
late supplier in a story of what the speaker then did reads differently), and the facts of the
sentence's parse (analysis/sentence_features.py: who is the subject, negated, modal, tense, VADER
negative and positive words, a third party judged or denied an act...). A softmax over five
classes (none and the four tone flaws), fitted with Adam on plain numpy (analysis/learned.py);
each flaw weighs in total as much as a third of the "none" sentences.

Data (the split):
  train: the labelled sentences in benchmarks/data/training/flaw_sentences_*.jsonl and
         tone_sentences_*.jsonl (written by the project for training, each with the question it
         answers; a flaw outside these four counts as "none"), and every sentence of the answers of
         the measured blind rounds (TONE_ROUNDS: rounds 1-11, development data since their first
         measurement; round 11 added last, after the model trained on rounds 1-10 was measured on
         it held out): a sentence overlapping a writer's quote of one of the four flaws is that
         flaw, every other sentence "none";
  measured: benchmarks/tone_loro.py trains the same recipe ten times, each time without one round,
         and reads the round left out at the answer level (an answer shows a flaw when any of its
         sentences reaches the threshold); the thresholds (TONE_THRESHOLDS) are chosen there, on
         the pooled out-of-round answers, counting only what the tone rules do not already find;
  held out, never read here: any later round (measured with benchmarks/blind_answers.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_models

from poise.analysis import learned, nlp, sentence_features
from poise.analysis.tone_model import TONE_FLAWS, TONE_LABELS, TONE_MODEL

ROOT = train_models.ROOT
TRAINING = ROOT / "benchmarks" / "data" / "training"
SENTENCES = (*sorted(TRAINING.glob("flaw_sentences_*.jsonl")),
             *sorted(TRAINING.glob("tone_sentences_*.jsonl")))
TONE_ROUNDS = {**{name: paths for name, paths in train_models.FLAW_ROUNDS.items()
                  if name in {str(number) for number in range(1, 11)}},
               "11": tuple(train_models.BLIND / "round11" / f"answers_{name}.jsonl" for name in "vw")}
"""The blind rounds that train the model: rounds 1-11. Round 11 joined only after the model
trained on rounds 1-10 was measured on it held out (aggregate figures, TONE_THRESHOLDS)."""
SHARE = 1 / 3
DECAY = 1e-3
STEPS = 300
RATE = 0.02
TONE_THRESHOLDS: dict[str, float] = {"badmouthing": 1.01, "blame": 0.8, "job_complaint": 1.01,
                                     "defensive": 1.01}
"""Per flaw, the probability from which its rule quotes a sentence. ``benchmarks/tone_loro.py
--choose`` on the pooled out-of-round answers of rounds 1-10 (the lowest threshold at answer-level
precision 0.9 with five answers or more) took badmouthing 0.85 (recall 0.15, precision 0.94),
blame 0.6 (0.67 / 0.90), job_complaint 0.7 (0.44 / 0.92), defensive 0.95 (0.19 / 1.00, and
nothing beyond what the rules already find). Round 11, measured held out (aggregate figures only):
blame at 0.7 added two answers found and four false alarms to the rules' 4/9 at 4/5, so blame
ships at 0.8 (held out 0.45 / 0.97, five answers beyond the rules for one false alarm; on round 11
neither gain nor loss). The other three are classes blame is told apart from, never quoted (1.01):
beyond the rules, out of round, badmouthing at 0.85 and defensive at 0.95 found nothing more, and
job_complaint at 0.75 one answer for two false alarms; on round 11 (badmouthing 0.85,
job_complaint 0.75) neither found anything the rules missed."""
VERSION = 1


@dataclass
class ToneCorpus:
    """Every labelled sentence with the question it answers and what the model reads of it."""

    texts: list[str]
    targets: np.ndarray
    """Each row's class index into ``TONE_LABELS``."""
    sources: np.ndarray
    """"dev" (a training sentence) or the round ("1".."10") of the answer it was cut from."""
    answers: np.ndarray
    """The id of the answer (or the training sentence) a row belongs to."""
    flaws: list[frozenset[str]]
    """The flaws the writer labelled on the row's whole answer."""
    features: np.ndarray
    """Per row: the sentence's embedding, the question's, the answer's mean embedding (a training
    sentence stands alone: its own), and the parse facts."""


def _label(flaw: str) -> int:
    return TONE_LABELS.index(flaw) if flaw in TONE_FLAWS else 0


def tone_corpus(cache: Path | None = None,
                rounds: dict[str, tuple[Path, ...]] | None = None) -> ToneCorpus:
    """The training sentences and the sentences of the answers of ``rounds`` (all of TONE_ROUNDS
    by default), embedded with their questions and parsed; kept in ``cache`` (a folder) keyed by
    the data and the models."""
    rounds = TONE_ROUNDS if rounds is None else rounds
    key = hashlib.sha256(f"{nlp.embedding_fingerprint()}|{sentence_features.NAMES}|{VERSION}".encode())
    for path in (*SENTENCES, *(path for paths in rounds.values() for path in paths)):
        key.update(path.read_bytes())
    cached = cache / f"tone-corpus-{key.hexdigest()[:16]}.npz" if cache else None
    if cached is not None and cached.exists():
        with np.load(cached, allow_pickle=False) as data:
            answers = data["answers"].astype(str)
            return ToneCorpus([str(text) for text in data["texts"]], data["targets"],
                              data["sources"].astype(str), answers,
                              [frozenset(json.loads(str(item))) for item in data["flaws"]],
                              with_centroid(data["features"], data["sources"].astype(str), answers))
    texts: list[str] = []
    targets: list[int] = []
    sources: list[str] = []
    answers: list[str] = []
    flaws: list[frozenset[str]] = []
    questions: list[str] = []
    parse_rows: list[np.ndarray] = []
    dev = [record for path in SENTENCES for record in train_models._records(path)]
    judged, cleaned = train_models.as_judged([record["sentence"] for record in dev])
    for record, analysed, clean in zip(dev, judged, cleaned, strict=True):
        matrix = sentence_features.parse_matrix(analysed.sentences)
        row = matrix.max(axis=0) if len(matrix) else np.zeros(sentence_features.DIMS,
                                                               dtype=np.float32)
        row[sentence_features.ROW_DIMS:] = 0.0  # a sentence alone tells nothing of its answer
        texts.append(clean.text.strip())
        targets.append(_label(record["label"]))
        sources.append("dev")
        answers.append(record["id"])
        flaws.append(frozenset({record["label"]} - {"none"}))
        questions.append(record["question"])
        parse_rows.append(row)
    for name, paths in rounds.items():
        records = [record for path in paths for record in train_models._records(path)]
        judged, cleaned = train_models.as_judged([record["answer"] for record in records])
        for record, analysed, clean in zip(records, judged, cleaned, strict=True):
            matrix = sentence_features.parse_matrix(analysed.sentences)
            labelled = frozenset(item["flaw"] for item in record.get("flaws", []))
            for row, (text, label, _kind) in enumerate(
                    train_models._answer_rows(record, analysed.sentences, clean)):
                texts.append(text)
                targets.append(_label(label))
                sources.append(name)
                answers.append(record["id"])
                flaws.append(labelled)
                questions.append(record["question"])
                parse_rows.append(matrix[row])
    embedder = nlp.embedder()
    unique = sorted(set(questions))
    question_vectors = dict(zip(unique, embedder.embed(unique), strict=True))
    sentence_vectors = embedder.embed(texts)
    features = np.hstack([sentence_vectors, np.stack([question_vectors[q] for q in questions]),
                          np.stack(parse_rows)]).astype(np.float32)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(cached, texts=np.array(texts), targets=np.array(targets),
                            sources=np.array(sources), answers=np.array(answers),
                            flaws=np.array([json.dumps(sorted(item)) for item in flaws]),
                            features=features)
    return ToneCorpus(texts, np.array(targets), np.array(sources), np.array(answers), flaws,
                      with_centroid(features, np.array(sources), np.array(answers)))


def with_centroid(features: np.ndarray, sources: np.ndarray, answers: np.ndarray) -> np.ndarray:
    """[sentence, question, parse] rows with the answer's mean embedding (each sentence weighing
    the same, normalised, as ``tone_model.features``) put after the question: [sentence, question,
    answer, parse]."""
    width = nlp.embedder().dimension
    sentences = features[:, :width]
    centroids = np.zeros_like(sentences)
    keys = np.char.add(np.char.add(sources.astype(str), "|"), answers.astype(str))
    for key in np.unique(keys):
        rows = np.flatnonzero(keys == key)
        mean = sentences[rows].mean(axis=0)
        centroids[rows] = mean / max(float(np.linalg.norm(mean)), 1e-9)
    return np.hstack([features[:, :2 * width], centroids, features[:, 2 * width:]]).astype(np.float32)


def train(corpus: ToneCorpus, rows: np.ndarray,
          thresholds: dict[str, float] | None = None) -> learned.LinearModel:
    """The tone model trained on ``rows`` of ``corpus``, with ``thresholds`` shipped inside."""
    y = corpus.targets[rows]
    counts = np.bincount(y, minlength=len(TONE_LABELS)).astype(np.float64)
    per_class = np.where(np.arange(len(TONE_LABELS)) == 0, 1.0,
                         counts[0] * SHARE / np.maximum(counts, 1))
    model = learned.fit(corpus.features[rows], y, TONE_LABELS,
                        fingerprint=nlp.embedding_fingerprint(), decay=DECAY, steps=STEPS,
                        rate=RATE, sample_weights=per_class[y], adam=True)
    given = thresholds or {}
    return learned.LinearModel(
        model.labels, model.weights, model.bias, model.fingerprint, 1.01,
        parse_dims=sentence_features.DIMS,
        thresholds=tuple(float(given.get(label, 1.01)) for label in TONE_LABELS),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep the embedded corpus in this folder")
    args = parser.parse_args()
    corpus = tone_corpus(args.cache)
    rows = np.arange(len(corpus.texts))
    print(f"{len(rows)} sentences, {int((corpus.targets > 0).sum())} showing a tone flaw")
    model = train(corpus, rows, TONE_THRESHOLDS)
    path = learned.shipped_path(TONE_MODEL)
    model.save(path)
    print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
