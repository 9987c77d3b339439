"""Rebuild the praise models (``analysis/praise_model.py``): which sentences draw a lesson, which
figures measure a result.

Data and split: the answers of the measured blind rounds (``ROUNDS``: round 1 is
benchmarks/blind/answers_*.jsonl, later rounds benchmarks/blind/roundN/), each read as the
analyser reads it (a transcript without its fillers). A sentence is a lesson when it overlaps a
writer's ``lesson`` evidence quote; a figure measures a result when it overlaps a writer's
``outcome_number`` quote. Round 13 and later are never read here.

Each model is a logistic regression (``learned.fit``, two classes) over the sentence embedding
and the facts of ``praise_model``. Its threshold is the lowest on the ladder whose precision,
on probabilities from models trained without the round (leave one round out), reaches
``PRECISION`` among the rows the rules do not already praise; the shipped model is then fitted
on every round.

Run:
  PYTHONPATH=src python scripts/train_praise.py capture --out /tmp/praise_rows.npz
  PYTHONPATH=src python scripts/train_praise.py train --rows /tmp/praise_rows.npz [--dry-run]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "benchmarks" / "blind"
ROUNDS = tuple(range(1, 12))
PRECISION = 0.85
LADDER = tuple(round(0.3 + 0.025 * step, 3) for step in range(28))
DECAY = 1e-3
STEPS = 300


def round_paths(number: int) -> list[Path]:
    folder = BLIND if number == 1 else BLIND / f"round{number}"
    return sorted(folder.glob("answers_*.jsonl"))


def _spans(answer: str, quotes: list[str]) -> list[tuple[int, int]]:
    found = []
    for quote in quotes:
        start = answer.find(quote)
        if start >= 0:
            found.append((start, start + len(quote)))
    return found


def capture(rounds: tuple[int, ...], out: Path) -> None:
    """Analyse every answer of ``rounds`` as the benchmark does and keep the models' rows."""
    import importlib

    from poise.analysis import praise_model, scoring
    from poise.analysis.analyse import Analyser, AnalysisContext, analyse

    pipeline = importlib.import_module("poise.analysis.analyse")
    seen: dict[str, Any] = {}
    original_collect = pipeline.collect_signals
    original_judge = Analyser._judge

    def collect(parsed, shape, **kwargs):  # type: ignore[no-untyped-def]
        signals = original_collect(parsed, shape, **kwargs)
        seen["parsed"], seen["shape"], seen["signals"] = parsed, shape, signals
        return signals

    def judge(self, question, answer, parsed, context, cleaned=None):  # type: ignore[no-untyped-def]
        seen["cleaned"] = cleaned
        return original_judge(self, question, answer, parsed, context, cleaned)

    pipeline.collect_signals = collect  # type: ignore[assignment]
    Analyser._judge = judge  # type: ignore[method-assign]
    lesson_x, lesson_y, lesson_r, lesson_ruled = [], [], [], []
    number_x, number_y, number_r, number_ruled = [], [], [], []
    try:
        for number in rounds:
            for path in round_paths(number):
                for line in path.read_text(encoding="utf-8").splitlines():
                    if not line.strip():
                        continue
                    record = json.loads(line)
                    seen.clear()
                    context = AnalysisContext(
                        family=None,
                        phase={"concern": "concern_reply"}.get(record.get("phase", "answer"), "answer"),
                        interview_format="stress" if record.get("format") == "stress" else None)
                    try:
                        analyse(record["question"], record["answer"], context=context)
                    except Exception:
                        continue
                    if "parsed" not in seen:
                        continue
                    parsed, shape, signals = seen["parsed"], seen["shape"], seen["signals"]
                    cleaned = seen.get("cleaned")
                    evidence = record.get("evidence") or {}
                    lessons = _spans(record["answer"], evidence.get("lesson") or [])
                    outcomes = _spans(record["answer"], evidence.get("outcome_number") or [])

                    def original(start: int, end: int, cleaned: Any = cleaned) -> tuple[int, int]:
                        return cleaned.span(start, end) if cleaned is not None and cleaned.changed \
                            else (start, end)

                    first_act = scoring._first_act(parsed)
                    if parsed.sentences:
                        rows = praise_model.lesson_rows(parsed, shape, first_act)
                        praised = [(item.start, item.end) for item in signals.lesson]
                        for sent, row in zip(parsed.sentences, rows, strict=True):
                            start, end = original(sent.start, sent.end)
                            lesson_x.append(row)
                            lesson_y.append(any(a < end and start < b for a, b in lessons))
                            lesson_r.append(number)
                            lesson_ruled.append(any(a < sent.end and sent.start < b for a, b in praised))
                    ruled = {(item.start, item.end) for item in signals.outcome_numbers}
                    items = [(sent, item, (item[0], item[1]) in ruled) for sent in parsed.sentences
                             for item in praise_model.number_candidates(sent)]
                    items = [entry for entry in items
                             if not praise_model.is_year_or_span(entry[0], *entry[1])]
                    if items:
                        rows = praise_model.number_rows(parsed, items, shape, first_act)
                        for (_sent, item, was_ruled), row in zip(items, rows, strict=True):
                            start, end = original(item[0], item[1])
                            number_x.append(row)
                            number_y.append(any(a < end and start < b for a, b in outcomes))
                            number_r.append(number)
                            number_ruled.append(was_ruled or any(
                                a <= item[0] < b for a, b in ruled))
                print(f"round {number}: {len(lesson_x)} sentences, {len(number_x)} figures so far",
                      flush=True)
    finally:
        pipeline.collect_signals = original_collect  # type: ignore[assignment]
        Analyser._judge = original_judge  # type: ignore[method-assign]
    np.savez_compressed(
        out, lesson_x=np.array(lesson_x, dtype=np.float32), lesson_y=np.array(lesson_y),
        lesson_r=np.array(lesson_r), lesson_ruled=np.array(lesson_ruled),
        number_x=np.array(number_x, dtype=np.float32), number_y=np.array(number_y),
        number_r=np.array(number_r), number_ruled=np.array(number_ruled))
    print(f"wrote {out}")


def _fit(x: np.ndarray, y: np.ndarray) -> Any:
    from poise.analysis import learned, nlp

    weights = np.where(y, (len(y) - y.sum()) / max(1, y.sum()) / 2, 1.0)
    return learned.fit(x, y.astype(int), ("no", "yes"), fingerprint=nlp.embedding_fingerprint(),
                       decay=DECAY, steps=STEPS, rate=0.02, adam=True, sample_weights=weights)


def choose(held: np.ndarray, y: np.ndarray, ruled: np.ndarray) -> tuple[float, str]:
    """The lowest threshold whose held-out precision on the rows the rules miss reaches
    ``PRECISION`` (1.01: never)."""
    new = ~ruled
    for threshold in LADDER:
        hit = (held >= threshold) & new
        if hit.sum() < 3:
            continue
        right = int((hit & y).sum())
        if right / hit.sum() >= PRECISION:
            return threshold, (f"adds {right}/{int(hit.sum())} right ({right / hit.sum():.2f}); "
                               f"of {int((y & new).sum())} the rules miss")
    return 1.01, "no threshold reaches the precision"


def train(rows: Path, dry_run: bool) -> None:
    from poise.analysis import learned, praise_model

    data = np.load(rows)
    for kind, name in (("lesson", praise_model.LESSON_MODEL), ("number", praise_model.OUTCOME_MODEL)):
        x, y, r, ruled = (data[f"{kind}_{part}"] for part in ("x", "y", "r", "ruled"))
        y, ruled = y.astype(bool), ruled.astype(bool)
        held = np.zeros(len(y))
        for number in sorted(set(r.tolist())):
            model = _fit(x[r != number], y[r != number])
            held[r == number] = model.probabilities(x[r == number])[:, 1]
        threshold, figure = choose(held, y, ruled)
        print(f"{kind}: {len(y)} rows, {int(y.sum())} labelled, {int((ruled & y).sum())}/"
              f"{int(ruled.sum())} of the rules' right; threshold {threshold:.3f}: {figure}")
        for line in (0.5, 0.6, 0.7, 0.8, 0.9):
            hit = (held >= line) & ~ruled
            print(f"   at {line}: {int((hit & y).sum())}/{int(hit.sum())} right among the new")
        if dry_run:
            continue
        model = _fit(x, y)
        shipped = learned.LinearModel(model.labels, model.weights, model.bias, model.fingerprint,
                                      threshold)
        path = learned.shipped_path(name)
        shipped.save(path)
        print(f"wrote {path.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["capture", "train"])
    parser.add_argument("--out", type=Path, default=Path("/tmp/praise_rows.npz"))
    parser.add_argument("--rows", type=Path, default=Path("/tmp/praise_rows.npz"))
    parser.add_argument("--dry-run", action="store_true", help="train: report, do not ship")
    args = parser.parse_args()
    if args.step == "capture":
        capture(ROUNDS, args.out)
    else:
        train(args.rows, args.dry_run)


if __name__ == "__main__":
    main()
