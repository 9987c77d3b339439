"""Rebuild the lesson reader (src/poise/analysis/data/lesson_model.npz): whether a sentence the
rules praise as a lesson is one the speaker still applies.

Data (the split):
  train: every sentence of the answers of the measured blind rounds (ROUNDS: 1-13; round 1 is
         benchmarks/blind/answers_*.jsonl, later rounds benchmarks/blind/roundN/), each answer
         analysed as the benchmark analyses it (a transcript read without its fillers): a
         sentence is a lesson when it overlaps a writer's ``lesson`` evidence quote, every other
         sentence is not; and the sentences written by the project for training
         (benchmarks/data/training/lesson_sentences.jsonl: each a sentence told after a short
         story of the project's own, labelled a lesson applied or not - a maxim, a platitude, a
         criticism of others, a plan, a regret, a lesson for someone else);
  measured: ``loro`` fits the same recipe once per group of rounds left out (GROUPS: rounds 1-4,
         5-8, 9-12) and reads the rounds left out:
         the lessons the rules praise there, kept when the model's probability reaches a
         threshold; the threshold shipped (THRESHOLD) is the one chosen there on the pooled
         out-of-round figures (the lesson strength's precision and the writers' lesson quotes
         it still quotes);
  held out, never read here: any later round (measured with benchmarks/blind_answers.py).

The model is a two-class softmax (``learned.fit``, Adam on plain numpy) over the sentence's
embedding, its parse facts (``sentence_features``) and the lesson facts (``praise_model``); the
lessons weigh in total as much as the other sentences. It is written with fixed member dates,
so a rebuild is the shipped file byte for byte (``--check``;
tests/analysis/test_lesson_rebuild.py with POISE_PRAISE_REBUILD=1).

Run:
  PYTHONPATH=src python scripts/train_praise.py capture [--cache DIR]   # analyse, keep the rows
  PYTHONPATH=src python scripts/train_praise.py loro [--cache DIR]      # choose the threshold
  PYTHONPATH=src python scripts/train_praise.py train [--cache DIR] [--out FILE] [--check]
  PYTHONPATH=src python scripts/train_praise.py train-outcome [--cache DIR] [--check]

The outcome reader (data/outcome_model.npz) is trained the same way on every figure of the same
answers that the narrower rules do not already praise (``Signals.narrow_outcomes``; the wider
reading praise adds since, ``figures.result_numbers``, leaves these rows as they were), past the
first thing done and never a year or a span of time (``praise_model.outcome_items``): a figure
is a result when it overlaps a writer's ``outcome_number`` quote. Its threshold
(OUTCOME_THRESHOLD) was chosen leaving each of rounds 1-12 out in turn; the analyser quotes what
it hears beside a figure the rules praise, or alone in a sentence told as the outcome.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

# one thread for the linear algebra: the same sums in the same order on every machine, so a
# rebuild is the shipped file byte for byte (and far quicker on a shared machine)
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "benchmarks" / "blind"
WRITTEN = ROOT / "benchmarks" / "data" / "training" / "lesson_sentences.jsonl"
sys.path.insert(0, str(ROOT / "benchmarks"))
from blind_answers import quote_spans  # noqa: E402  (where each labelled quote lies in its answer)

ROUNDS = tuple(range(1, 14))
"""The blind rounds that train the models shipped: rounds 1-13. Round 13 joined only after the
models trained on rounds 1-12 were measured on it held out (aggregate figures); the thresholds
are those chosen on rounds 1-12 (GROUPS, and OUTCOME_THRESHOLD)."""
DECAY = 1e-3
STEPS = 300
RATE = 0.02
THRESHOLD = 0.3
"""The probability from which a lesson the rules find is praised, chosen by ``loro`` (rounds
1-12 left out a group at a time, GROUPS): the lesson strength's precision 332/356 with the rules
alone, 332/353 from 0.2 to 0.4 (the writers' lessons quoted 343/580 throughout), 331/352 from
0.5; 0.3 is the middle of the flat stretch."""
GROUPS = ((1, 2, 3, 4), (5, 6, 7, 8), (9, 10, 11, 12))
"""The groups of rounds ``loro`` leaves out in turn."""
OUTCOME_THRESHOLD = 0.95
"""The probability from which the outcome reader adds a figure to those the rules praise,
chosen on rounds 1-12 left out one at a time (``loro-outcome``): at 0.95 the figures it adds
were quoted by the writers 130 times in 148 (0.88), at 0.9 234 in 283 (0.83)."""
LADDER = tuple(round(0.05 * step, 2) for step in range(0, 20))
CACHE = Path("/tmp/poise_praise_rows")


def round_paths(number: int) -> list[Path]:
    folder = BLIND if number == 1 else BLIND / f"round{number}"
    return sorted(folder.glob("answers_*.jsonl"))


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


class _Recorder:
    """Hooks into the analyser to see the parsed answer, its shape, signals and lessons."""

    def __init__(self) -> None:
        import importlib

        from poise.analysis import scoring

        pipeline = importlib.import_module("poise.analysis.analyse")
        self.pipeline, self.scoring = pipeline, scoring
        self.seen: dict[str, Any] = {}
        self.original_strengths = pipeline.strengths
        self.original_judge = pipeline.Analyser._judge

    def __enter__(self) -> _Recorder:
        seen, scoring, original_strengths, original_judge = (
            self.seen, self.scoring, self.original_strengths, self.original_judge)

        def strengths(signals, findings, *, story, family=None):  # type: ignore[no-untyped-def]
            seen["lessons"] = scoring.praised_lessons(signals, findings, story=story, family=family)
            seen["signals"] = signals
            found = original_strengths(signals, findings, story=story, family=family)
            seen["numbers"] = [item for strength in found if strength.what == scoring.OUTCOME_NUMBER
                               for item in strength.evidence]
            return found

        def collect(parsed, shape, **kwargs):  # type: ignore[no-untyped-def]
            seen["parsed"], seen["shape"] = parsed, shape
            return original_collect(parsed, shape, **kwargs)

        def judge(analyser, question, answer, parsed, context, cleaned=None):  # type: ignore[no-untyped-def]
            seen["cleaned"] = cleaned
            return original_judge(analyser, question, answer, parsed, context, cleaned)

        original_collect = self.pipeline.collect_signals
        self.original_collect = original_collect
        self.pipeline.strengths = strengths
        self.pipeline.collect_signals = collect
        self.pipeline.Analyser._judge = judge  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        self.pipeline.strengths = self.original_strengths
        self.pipeline.collect_signals = self.original_collect
        self.pipeline.Analyser._judge = self.original_judge  # type: ignore[method-assign]


def _read(record: dict[str, Any], recorder: _Recorder) -> dict[str, Any] | None:
    """Analyse one answer; its sentence rows, their labels and the lessons the rules praise."""
    from poise.analysis import praise_model, scoring
    from poise.analysis.analyse import AnalysisContext, analyse

    recorder.seen.clear()
    context = AnalysisContext(
        family=None,
        phase={"concern": "concern_reply"}.get(record.get("phase", "answer"), "answer"),
        interview_format="stress" if record.get("format") == "stress" else None)
    try:
        analyse(record["question"], record["answer"], context=context)
    except Exception:  # an answer the analyser refuses trains nothing
        return None
    seen = recorder.seen
    if "parsed" not in seen or not seen["parsed"].sentences:
        return None
    parsed, shape, cleaned = seen["parsed"], seen["shape"], seen.get("cleaned")

    def original(start: int, end: int) -> tuple[int, int]:
        return cleaned.span(start, end) if cleaned is not None and cleaned.changed else (start, end)

    labelled = quote_spans(record["answer"], (record.get("evidence") or {}).get("lesson") or [])
    first_act = scoring._first_act(parsed)
    rows = praise_model.lesson_rows(parsed, shape, first_act)
    labels = [_overlaps(*original(sent.start, sent.end), labelled) for sent in parsed.sentences]
    candidates = []
    for item in seen.get("lessons") or []:
        indices = [sent.index for sent in parsed.sentences
                   if sent.start < item.end and item.start < sent.end]
        candidates.append({"sentences": indices, "right": _overlaps(*original(item.start, item.end),
                                                                    labelled)})
    quotes = [[index for index, sent in enumerate(parsed.sentences)
               if _overlaps(*original(sent.start, sent.end), [span])] for span in labelled]
    # the figures: what the rules praise, and every other figure the outcome model may read
    outcomes = quote_spans(record["answer"], (record.get("evidence") or {}).get("outcome_number") or [])
    # the figures the narrower rules praise (Signals.narrow_outcomes): the reader reads the others
    ruled = [(item.start, item.end) for item in seen["signals"].narrow_outcomes] \
        if "signals" in seen else []
    praised = [_overlaps(*original(item.start, item.end), outcomes) for item in seen.get("numbers") or []]
    items = [(sent, item) for sent, item in praise_model.outcome_items(parsed, first_act)
             if not _overlaps(item[0], item[1], ruled)]
    number_rows = praise_model.number_rows(parsed, items, shape, first_act)
    number_labels = [_overlaps(*original(item[0], item[1]), outcomes) for _sent, item in items]
    number_spans = [list(original(item[0], item[1])) for _sent, item in items]
    return {"rows": rows, "labels": labels, "candidates": candidates, "quotes": quotes,
            "number_rows": number_rows, "number_labels": number_labels, "praised": praised,
            "number_spans": number_spans, "outcomes": [list(span) for span in outcomes],
            "had_strength": bool(seen.get("numbers"))}


def capture(cache: Path, rounds: tuple[int, ...] = ROUNDS) -> None:
    """Analyse every answer of ROUNDS and the written sentences; keep their rows in ``cache``."""
    from poise.analysis import praise_model

    cache.mkdir(parents=True, exist_ok=True)
    shipped = praise_model.lesson_model, praise_model.outcome_model
    # the rules' lessons and figures alone, as the models will read them
    praise_model.lesson_model = lambda: None  # type: ignore[assignment]
    praise_model.outcome_model = lambda: None  # type: ignore[assignment]
    try:
        _capture(cache, rounds)
    finally:
        praise_model.lesson_model, praise_model.outcome_model = shipped  # type: ignore[assignment]


def _capture(cache: Path, rounds: tuple[int, ...]) -> None:
    with _Recorder() as recorder:
        for number in rounds:
            target = cache / f"round{number}.npz"
            if target.exists():
                continue
            rows, labels, answers = [], [], []
            number_rows, number_labels = [], []
            for path in round_paths(number):
                for line in path.read_text(encoding="utf-8").splitlines():
                    if not line.strip():
                        continue
                    read = _read(json.loads(line), recorder)
                    if read is None:
                        continue
                    offset = sum(len(item) for item in labels)
                    number_offset = sum(len(item) for item in number_labels)
                    rows.append(read["rows"])
                    labels.append(read["labels"])
                    number_rows.append(read["number_rows"])
                    number_labels.append(read["number_labels"])
                    answers.append({
                        "offset": offset, "size": len(read["labels"]),
                        "candidates": read["candidates"], "quotes": read["quotes"],
                        "number_offset": number_offset, "praised": read["praised"],
                        "number_spans": read["number_spans"], "outcomes": read["outcomes"],
                        "had_strength": read["had_strength"]})
            np.savez_compressed(target, rows=np.vstack(rows), labels=np.array(
                [value for part in labels for value in part], dtype=bool),
                number_rows=np.vstack(number_rows), number_labels=np.array(
                    [value for part in number_labels for value in part], dtype=bool),
                answers=np.array(json.dumps(answers)))
            print(f"round {number}: {sum(len(part) for part in labels)} sentences", flush=True)
        target = cache / "written.npz"
        if not target.exists() and WRITTEN.exists():
            rows, labels = [], []
            for line in WRITTEN.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                item = json.loads(line)
                record = {"question": item["question"], "answer": f"{item['story']} {item['sentence']}"}
                read = _read(record, recorder)
                if read is None:
                    continue
                rows.append(read["rows"][-1])
                labels.append(item["label"] == "lesson")
            np.savez_compressed(target, rows=np.vstack(rows), labels=np.array(labels, dtype=bool))
            print(f"written: {len(labels)} sentences", flush=True)


def load(cache: Path, rounds: tuple[int, ...] = ROUNDS, *, written: bool = True
         ) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[int, list[dict[str, Any]]]]:
    """(rows, labels, the round of each row (0: written), each round's answers)."""
    xs, ys, rs, answers = [], [], [], {}
    for number in rounds:
        with np.load(cache / f"round{number}.npz") as data:
            xs.append(data["rows"])
            ys.append(data["labels"])
            rs.append(np.full(len(data["labels"]), number))
            answers[number] = json.loads(str(data["answers"]))
    if written and (cache / "written.npz").exists():
        with np.load(cache / "written.npz") as data:
            xs.append(data["rows"])
            ys.append(data["labels"])
            rs.append(np.zeros(len(data["labels"]), dtype=int))
    return np.vstack(xs), np.concatenate(ys), np.concatenate(rs), answers


WRITTEN_WEIGHT = 1.0
"""How much more a written training sentence weighs than a sentence of a blind answer."""


def fit(x: np.ndarray, y: np.ndarray, written: np.ndarray | None = None) -> Any:
    from poise.analysis import learned, nlp

    positives = max(1, int(y.sum()))
    weights = np.where(y, (len(y) - positives) / positives, 1.0)
    if written is not None:
        weights = weights * np.where(written, WRITTEN_WEIGHT, 1.0)
    return learned.fit(x, y.astype(int), ("other", "lesson"), fingerprint=nlp.embedding_fingerprint(),
                       decay=DECAY, steps=STEPS, rate=RATE, adam=True, sample_weights=weights)


def judge(answers: list[dict[str, Any]], probabilities: np.ndarray, threshold: float
          ) -> tuple[int, int, int, int]:
    """(lesson strengths right, lesson strengths given, writers' quotes quoted, writers'
    quotes) when the rules' lessons are kept from ``threshold``."""
    right = given = found = quotes = 0
    for answer in answers:
        base = answer["offset"]
        kept = [item for item in answer["candidates"]
                if max(probabilities[base + index] for index in item["sentences"]) >= threshold][:2]
        if kept:
            given += 1
            right += any(item["right"] for item in kept)
        quoted = {index for item in kept for index in item["sentences"]}
        for sentences in answer["quotes"]:
            quotes += 1
            found += bool(set(sentences) & quoted)
    return right, given, found, quotes


def loro(cache: Path, groups: tuple[tuple[int, ...], ...] = GROUPS) -> None:
    """Fit once per group of rounds left out (the written sentences always train); print the
    lesson strength's precision and the quotes it keeps at each threshold of the ladder, pooled
    over the rounds left out."""
    rounds = tuple(number for group in groups for number in group)
    x, y, r, answers = load(cache, rounds)
    held: dict[int, np.ndarray] = {}
    for group in groups:
        out = np.isin(r, group)
        model = fit(x[~out], y[~out], r[~out] == 0)
        for number in group:
            held[number] = model.probabilities(x[r == number])[:, 1]
    for threshold in LADDER:
        totals = np.zeros(4, dtype=int)
        for number in rounds:
            totals += judge(answers[number], held[number], threshold)
        right, given, found, quotes = totals.tolist()
        print(f"threshold {threshold:.2f}: lesson precision {right}/{given} "
              f"({right / max(1, given):.3f}), quotes {found}/{quotes}")


def load_numbers(cache: Path, rounds: tuple[int, ...] = ROUNDS
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(the figures' rows, whether a writer quoted each as a number on the outcome, the round of
    each row)."""
    xs, ys, rs = [], [], []
    for number in rounds:
        with np.load(cache / f"round{number}.npz") as data:
            xs.append(data["number_rows"])
            ys.append(data["number_labels"])
            rs.append(np.full(len(data["number_labels"]), number))
    return np.vstack(xs), np.concatenate(ys), np.concatenate(rs)


def train(cache: Path, out: Path, threshold: float, *, kind: str = "lesson") -> Path:
    """Fit the lesson reader (``kind`` "lesson") or the outcome reader ("outcome") on every row
    of ROUNDS (and, for lessons, the written sentences) and save it with ``threshold``."""
    from poise.analysis import learned

    if kind == "outcome":
        x, y, _r = load_numbers(cache)
        model = fit(x, y)
    else:
        x, y, r, _answers = load(cache)
        model = fit(x, y, r == 0)
    shipped = learned.LinearModel(model.labels, model.weights, model.bias, model.fingerprint,
                                  threshold)
    shipped.save(out)
    return out


def main() -> None:
    from poise.analysis import learned, praise_model

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["capture", "loro", "train", "train-outcome"])
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--out", type=Path, default=learned.shipped_path(praise_model.LESSON_MODEL))
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--rounds", help="capture: only these rounds (e.g. 1,2,3)")
    parser.add_argument("--check", action="store_true",
                        help="train: rebuild into a scratch file and fail unless it is the shipped file")
    args = parser.parse_args()
    rounds = tuple(int(item) for item in args.rounds.split(",")) if args.rounds else ROUNDS
    capture(args.cache, rounds)
    if args.step == "loro":
        loro(args.cache)
    elif args.step == "train-outcome":
        shipped = learned.shipped_path(praise_model.OUTCOME_MODEL)
        out = args.cache / "outcome_model.check.npz" if args.check else (
            args.out if args.out != learned.shipped_path(praise_model.LESSON_MODEL) else shipped)
        train(args.cache, out, OUTCOME_THRESHOLD, kind="outcome")
        print(f"wrote {out} (sha256 {hashlib.sha256(out.read_bytes()).hexdigest()[:16]})")
        if args.check and out.read_bytes() != shipped.read_bytes():
            sys.exit(f"the rebuild differs from {shipped}")
    elif args.step == "train":
        shipped = learned.shipped_path(praise_model.LESSON_MODEL)
        out = args.cache / "lesson_model.check.npz" if args.check else args.out
        train(args.cache, out, args.threshold)
        digest = hashlib.sha256(out.read_bytes()).hexdigest()
        print(f"wrote {out} (sha256 {digest[:16]})")
        if args.check and out.read_bytes() != shipped.read_bytes():
            sys.exit(f"the rebuild differs from {shipped}")


if __name__ == "__main__":
    main()
