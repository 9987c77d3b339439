"""Build the result reader: does a sentence told after a story's set-up say how it came out?

    PYTHONPATH=src python scripts/train_result_reader.py [--cache DIR] [--target FILE] [--check FILE]

Not read by the product yet. Measured leaving one round out (rounds 12-21 held out, each with a
reader and an answer-level model trained without it): read directly, as a second way for
``structure.no_result`` to fire below its answer floor or as a veto of the outcomes the parse
finds, it reaches at most 0.8 precision on the findings it adds (the folds chose it off at 0.9);
its best result chance over an answer's sentences, given to the answer-level model as two more
inputs (the chance, and whether any sentence was read), moves ``structure.no_result`` at its
floor of 0.75 from 32 to 36 found of 92 labelled with 4 false findings either way. Wiring it in
means a new answer-level row (``answer_flaws.features``), so the answer-level model and the
praise chain are rebuilt after it.

What it learns: whether a sentence told after the set-up of a story says how it came out. The
sentences are those of the labelled answers of every measured round (rounds 1-21 under
benchmarks/blind/: ``READER_ROUNDS``), run through the analyser as the product reads them, in
answers to a question that asks for a story (``sensed.story_asked``) and that tell one
(``Shape.past_example``); of those, the sentences past the set-up that name no aim
(``candidates``). Labels:
- a result (1): a sentence holding a labelled result figure (``evidence.outcome_number``) in an
  answer not labelled "no result", or a sentence of a strong answer in which the parse finds a
  change told (``outcome_told``): results told in words as well as in numbers;
- no result (0): every such sentence of an answer labelled "no result" (the labeller found no
  outcome anywhere in it: activity, scale, effort, a launch, a feeling or a plan);
- every other sentence is left out.

The model is a logistic regression over the sentence embedding and its parse facts
(``sentence_features.parse_features``), inputs standardised, L2 decay ``DECAY``, ``STEPS`` steps
(``train_models.fit_logistic``: plain numpy, the same bytes on every run). It is trained on every
round (the figures above: on every round but the one held out). ``--check FILE`` rebuilds the
model and compares it byte for byte with ``FILE``.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import importlib
import re
import sys
import tempfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import train_models  # noqa: E402

from poise.analysis import AnalysisContext, analyse, learned, nlp, sentence_features  # noqa: E402
from poise.analysis.outcome_told import _aims as aims  # noqa: E402
from poise.analysis.outcome_told import _changed as changed  # noqa: E402
from poise.analysis.outcome_told import _measured as measured  # noqa: E402
from poise.analysis.outcome_told import first_act_of, past_setup  # noqa: E402
from poise.analysis.rules import sensed  # noqa: E402
from poise.analysis.structure import Shape  # noqa: E402
from poise.analysis.text import AnalysedText  # noqa: E402

READER_ROUNDS: dict[str, tuple[Path, ...]] = {
    **train_models.ROUND_FILES,
    "21": tuple(train_models.BLIND / "round21" / f"answers_{name}.jsonl" for name in ("ap", "aq")),
}
"""Every measured round of labelled answers (development data since its first measurement)."""
DECAY = 0.01
STEPS = 300
LABELS = ("activity", "result")
PHASES = {"answer": "answer", "concern": "concern_reply"}
WORD_RE = re.compile(r"[^a-z0-9]+")


def _plain(text: str) -> str:
    return WORD_RE.sub(" ", text.lower()).strip()


def _holds(sentence: str, quotes: list[str]) -> bool:
    """The sentence holds one of the labelled quotes (or is held in one)."""
    return any(quote and (quote in sentence or (len(sentence) > 20 and sentence in quote))
               for quote in quotes)


def candidates(answer: AnalysedText, shape: Shape | None) -> list[int]:
    """The sentences the reader is asked about: past the set-up, naming no aim."""
    start = first_act_of(answer)
    return [sent.index for sent in answer.sentences
            if past_setup(sent, shape, start) and not aims(sent)]


def answer_sentences(record: dict) -> list[tuple[np.ndarray, int]] | None:
    """The labelled candidate sentences of one answer as (features, label), or None when the
    question asks for no story or the answer tells none."""
    pipeline = importlib.import_module("poise.analysis.analyse")
    seen: list = []
    original = pipeline.run_rules

    def remember(rules, data, **options):  # type: ignore[no-untyped-def]
        if data.answer.sentences:
            seen.append(data)
        return original(rules, data, **options)

    pipeline.run_rules = remember
    try:
        context = AnalysisContext(
            family=None, phase=PHASES.get(record.get("phase", "answer"), "answer"),
            interview_format="stress" if record.get("format") == "stress" else None)
        analyse(record["question"], record["answer"], context=context)
    finally:
        pipeline.run_rules = original
    if not seen:
        return None
    data = seen[-1]
    if not (sensed.story_asked(data) and data.shape is not None and data.shape.past_example
            and len(data.answer.sentences) >= 2):
        return None
    flaws = {item["flaw"] for item in record.get("flaws", [])}
    quotes = [_plain(quote) for quote in (record.get("evidence") or {}).get("outcome_number", [])]
    start = first_act_of(data.answer)
    embeddings = np.asarray(data.answer.sentence_embeddings)
    rows: list[tuple[np.ndarray, int]] = []
    for index in candidates(data.answer, data.shape):
        sent = data.answer.sentences[index]
        if "no_result" in flaws:
            label = 0
        elif _holds(_plain(sent.text), quotes) or (
                record.get("label") == "strong" and past_setup(sent, data.shape, start)
                and (measured(sent, start) or changed(sent))):
            label = 1
        else:
            continue
        rows.append((np.concatenate([embeddings[index], sentence_features.parse_features(sent)]),
                     label))
    return rows


def reader_data(cache: Path | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(features, labels, rounds) of every labelled candidate sentence; kept in ``cache`` keyed
    by the data, the embedding model and the parse facts."""
    key = hashlib.sha256(f"{nlp.embedding_fingerprint()}|{sentence_features.NAMES}|1".encode())
    for paths in READER_ROUNDS.values():
        for path in paths:
            key.update(path.read_bytes())
    cached = cache / f"result-reader-{key.hexdigest()[:16]}.npz" if cache else None
    if cached is not None and cached.exists():
        with np.load(cached, allow_pickle=False) as stored:
            return stored["x"], stored["y"], stored["rounds"]
    xs: list[np.ndarray] = []
    ys: list[int] = []
    rounds: list[str] = []
    for name, paths in READER_ROUNDS.items():
        for path in paths:
            for record in train_models._records(path):
                for row, label in answer_sentences(record) or []:
                    xs.append(row)
                    ys.append(label)
                    rounds.append(name)
        print(f"round {name}: {len(ys)} sentences ({sum(ys)} results)", flush=True)
    x, y, where = np.stack(xs).astype(np.float32), np.array(ys), np.array(rounds)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(cached, x=x, y=y, rounds=where)
    return x, y, where


def fit_reader(x: np.ndarray, y: np.ndarray) -> learned.LinearModel:
    """The logistic reader over standardised inputs, folded back to raw inputs as a two-class
    softmax (activity scores 0, so the result's probability is the logistic's)."""
    x = x.astype(np.float64)
    mean, spread = x.mean(axis=0), x.std(axis=0) + 1e-6
    weights, bias = train_models.fit_logistic((x - mean) / spread, y.astype(np.float64),
                                              decay=DECAY, steps=STEPS)
    raw = weights / spread
    offset = float(bias - (raw * mean).sum())
    return learned.LinearModel(
        LABELS, np.stack([np.zeros_like(raw), raw]).astype(np.float32),
        np.array([0.0, offset], dtype=np.float32), nlp.embedding_fingerprint(), 0.0,
        parse_dims=sentence_features.ROW_DIMS)


def train(cache: Path | None, target: Path) -> None:
    x, y, _rounds = reader_data(cache)
    model = fit_reader(x, y)
    model.save(target)
    print(f"{len(y)} sentences ({int(y.sum())} results); wrote {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None,
                        help="a folder to keep the labelled sentences in between runs")
    parser.add_argument("--target", type=Path, default=Path("result_reader.npz"),
                        help="where to write the model")
    parser.add_argument("--check", type=Path, default=None,
                        help="rebuild and compare byte for byte with this model file")
    args = parser.parse_args()
    if args.check is None:
        train(args.cache, args.target)
        return
    with tempfile.TemporaryDirectory() as folder:
        rebuilt = Path(folder) / "result_reader.npz"
        train(args.cache, rebuilt)
        same = filecmp.cmp(rebuilt, args.check, shallow=False)
    print("result reader: " + ("identical" if same else "DIFFERS from its rebuild"))
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
