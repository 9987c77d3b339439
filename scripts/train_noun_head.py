"""Rebuild the judged-noun head (src/poise/analysis/data/noun_head.npz): whether a noun said of a
third party passes a verdict on them (``poise.analysis.noun_head``).

Run: .venv/bin/python scripts/train_noun_head.py [--check] [--sites FILE]
     [--leave-out 20-31] [--out FILE]
    (``--check``: fit, save nothing, and say whether the rebuilt file equals the shipped one
     byte for byte; exit status 1 when it does not. ``--sites``: keep the parsed sites in FILE,
     a JSON cache, so a second run skips the parse. ``--leave-out``: fit without those answer
     rounds, to measure them held out with benchmarks/blind_answers.py; never shipped.)

Rows: every site ``judged_nouns.said_of_someone`` finds (a predicate nominal or an apposition
whose subject is a particular third party), in
  - the labelled sentences written for training (benchmarks/data/training/):
    flaw_sentences_*.jsonl and tone_sentences_*.jsonl (each with near misses), and
    judged_noun_sentences.jsonl (nouns said of people: verdicts, and harsh-sounding nouns that
    name a job, a kind or the speaker, said of someone the speaker then helped or learned from),
    always in training, and
  - every sentence of the measured answer rounds (train_models.ROUND_FILES: rounds 1-42, each
    once blind, measured and reported, now development data), read as the analyser reads it
    and labelled as the flaw model labels it (``train_models._answer_rows``: a writer's quote
    of a flaw overlapping the sentence).
A site is a verdict when its sentence is labelled badmouthing; every other site is not (a job,
a kind of firm, the speaker's own failing, a hard market, praise).
Split: the threshold is chosen on leave-one-round-out probabilities (each answer round scored
by a head trained on the training sentences and the other rounds), as the lowest probability
that keeps the held-out precision at or above ``PRECISION``; the shipped head is then fitted on
every row. Held out, never read here: round 43 and any later round.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_models

from poise.analysis import judged_nouns, learned, nlp, noun_head, word_valence
from poise.analysis.meaning import WordClasses
from poise.content.loader import load_knowledge_base

TRAINING = train_models.ROOT / "benchmarks" / "data" / "training"
SENTENCES = (*train_models.FLAW_SENTENCES, *sorted(TRAINING.glob("tone_sentences_*.jsonl")),
             TRAINING / "judged_noun_sentences.jsonl")
"""The labelled sentences written for training (see the module doc)."""
RULE = "tone.judges_others"
VERDICT = "badmouthing"
PRECISION = 0.75
DECAY = 3e-3
STEPS = 400
RATE = 0.02
LABELS = ("none", "verdict")


def _classes() -> tuple[WordClasses, frozenset[str]]:
    kb = load_knowledge_base()
    params = kb.rules[RULE].params

    def words(name: str) -> frozenset[str]:
        found: set[str] = set()
        for item in params.get(name, []):
            lexicon = kb.lexicons.get(str(item))
            if lexicon is None:
                found.add(str(item).lower())
            else:
                found.update(entry.phrase.lower() for entry in lexicon.entries)
        return frozenset(found)

    return WordClasses(targets=words("targets"), negative=words("negative")), words("roles")


def _sites(sentences: list, label_of: list[str], source: str, classes: WordClasses,
           roles: frozenset[str]) -> list[dict]:
    rows = []
    for sent, label in zip(sentences, label_of, strict=True):
        for position in judged_nouns.said_of_someone(sent, classes):
            noun = sent.tokens[position]
            if noun.pos != "NOUN" or noun.lemma in roles or noun.lower in roles:
                continue  # a role names, it does not judge (as ``judged_nouns``)
            rows.append({"source": source, "verdict": label == VERDICT, "sentence": sent.text,
                         "phrase": noun_head.phrase(sent, position),
                         "valence": judged_nouns.noun_valence(sent, position, classes,
                                                              word_valence.estimate)})
    return rows


def sites() -> list[dict]:
    """Every site of the training sentences and the answer rounds (see the module doc)."""
    classes, roles = _classes()
    rows: list[dict] = []
    dev = [record for path in SENTENCES for record in train_models._records(path)]
    judged, _ = train_models.as_judged([record["sentence"] for record in dev])
    for record, analysed in zip(dev, judged, strict=True):
        rows += _sites(list(analysed.sentences), [record["label"]] * len(analysed.sentences),
                       "dev", classes, roles)
    for name, paths in train_models.ROUND_FILES.items():
        records = [record for path in paths for record in train_models._records(path)]
        judged, cleaned = train_models.as_judged([record["answer"] for record in records])
        for record, analysed, clean in zip(records, judged, cleaned, strict=True):
            labels = [label for _, label, _ in train_models._answer_rows(record, analysed.sentences,
                                                                          clean)]
            rows += _sites(list(analysed.sentences), labels, name, classes, roles)
    return rows


def fit(x: np.ndarray, y: np.ndarray) -> learned.LinearModel:
    """A logistic head; the verdicts weigh in total as much as the other sites."""
    weights = np.where(y == 1, (len(y) - y.sum()) / max(1, y.sum()), 1.0)
    return learned.fit(x, y, LABELS, fingerprint=nlp.embedding_fingerprint(), decay=DECAY,
                       steps=STEPS, rate=RATE, sample_weights=weights, adam=True)


def held_out(x: np.ndarray, y: np.ndarray, sources: np.ndarray) -> np.ndarray:
    """Each answer round's probabilities from a head fitted without it (training sentences: -1)."""
    probs = np.full(len(y), -1.0)
    for name in sorted(set(sources) - {"dev"}):
        out = sources == name
        probs[out] = fit(x[~out], y[~out]).probabilities(x[out])[:, 1]
    return probs


def threshold(probs: np.ndarray, y: np.ndarray) -> float:
    """The lowest threshold whose held-out precision reaches ``PRECISION``."""
    for cut in np.round(np.arange(0.30, 0.96, 0.05), 2):
        fired = probs >= cut
        if fired.sum() and (y[fired] == 1).mean() >= PRECISION:
            return float(cut)
    return 0.95


def build(path: Path, cache: Path | None, leave_out: frozenset[str] = frozenset()) -> None:
    if cache is not None and cache.exists():
        rows = json.loads(cache.read_text(encoding="utf-8"))
    else:
        rows = sites()
        if cache is not None:
            cache.write_text(json.dumps(rows), encoding="utf-8")
    rows = [row for row in rows if row["source"] not in leave_out]
    x = noun_head.features([row["phrase"] for row in rows], [row["sentence"] for row in rows],
                           [row["valence"] for row in rows])
    y = np.array([int(row["verdict"]) for row in rows])
    sources = np.array([row["source"] for row in rows])
    probs = held_out(x, y, sources)
    rounds = sources != "dev"
    cut = threshold(probs[rounds], y[rounds])
    fired = rounds & (probs >= cut)
    print(f"{len(y)} sites ({int(y.sum())} verdicts), {int(rounds.sum())} in answer rounds "
          f"({int(y[rounds].sum())} verdicts)")
    print(f"held out by round at {cut:.2f}: {int((y[fired] == 1).sum())} of "
          f"{int(y[rounds].sum())} verdicts found, {int((y[fired] == 0).sum())} false")
    model = fit(x, y)
    learned.LinearModel(labels=model.labels, weights=model.weights, bias=model.bias,
                        fingerprint=model.fingerprint, threshold=cut).save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="rebuild and compare byte for byte")
    parser.add_argument("--sites", type=Path, help="a JSON cache of the parsed sites")
    parser.add_argument("--leave-out", default="",
                        help="answer rounds to leave out (e.g. 20-31), to measure them held out")
    parser.add_argument("--out", type=Path, help="write here instead of the shipped file")
    args = parser.parse_args()
    first, _, last = args.leave_out.partition("-")
    leave_out = frozenset(str(n) for n in range(int(first), int(last or first) + 1)) \
        if first else frozenset()
    shipped = learned.shipped_path(noun_head.MODEL_NAME)
    if args.out is not None or leave_out:
        build(args.out or shipped, args.sites, leave_out)
        return
    if not args.check:
        build(shipped, args.sites)
        print(f"wrote {shipped}")
        return
    with tempfile.TemporaryDirectory() as folder:
        rebuilt = Path(folder) / noun_head.MODEL_NAME
        build(rebuilt, args.sites)
        same = rebuilt.read_bytes() == shipped.read_bytes()
    print("identical" if same else "differs from the shipped file")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
