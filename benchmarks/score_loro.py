"""How the overall score's constants are chosen: leave-one-round-out over the blind answer rounds.

Each answer of the chosen rounds is analysed once; the dimension scores, the findings and the
strengths it gets are kept, and only the overall score (``scoring.overall_score``) is computed
again for every setting of the grid: the points each kind of proven story evidence earns
(``PROVEN_POINTS``), how far past a bound they may carry an answer (``PROVEN_REACH``), what a
finding costs by severity (``FINDING_COST``, high twice medium, low half of it) and how much
points above a bound count (``ABOVE_CEILING``).

A setting is judged on the pairs of a round (a strong and a weak answer to the same question;
a tie is a miss) twice: with the findings as found, and with every finding dropped, as if the
flaw rules and models had missed them all, so a setting is preferred whose positive evidence
alone still ranks the strong answer first (on answers the flaw models were not trained on, they
find fewer flaws). Objective on the training rounds: pairs right in both readings, plus half the
pairs right whose weak answer is as long or longer, less three for every weak answer at 85 or
more. For each round, the best setting on the other rounds is measured on it. Only settings that keep
the calibration of docs/philosophy.md true compete: its worked examples (the texts of
tests/analysis/test_scoring.py) must stay in their bands (the strong story 85 or more, the
competent one 60-75, the generic one under 60, the short measured answer above the short empty
one).

Run: .venv/bin/python benchmarks/score_loro.py [--rounds 10-19]
"""

from __future__ import annotations

import argparse
import copy
import importlib
import importlib.util
import itertools
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from blind_answers import BLIND, analyse_record, load_set, words

from poise.analysis import AnalysisContext, analyse, scoring

analyse_module = importlib.import_module("poise.analysis.analyse")

WORKED = Path(__file__).resolve().parent.parent / "tests" / "analysis" / "test_scoring.py"
BANDS = {"STRONG": (85, 100), "COMPETENT": (60, 75), "GENERIC": (0, 59)}
SHORT = ("I brought invoice approval time down from 19 days to 6.",
         "We fixed some processes. It went fine.")

GRID: dict[str, list[float]] = {
    "PROVEN_POINTS": [1.5, 2.0, 2.5, 3.0, 3.5, 4.5],
    "PROVEN_REACH": [3.0, 6.0, 9.0, 12.0],
    "medium": [2.0, 3.0, 4.0],
    "ABOVE_CEILING": [0.15, 0.25, 0.4],
}


@dataclass
class Answer:
    """One analysed answer: what the overall score is computed from, and its labels."""

    record: dict[str, Any]
    scored: tuple[Any, ...]
    """The arguments ``score_dimensions`` was called with (the findings among them)."""
    kwargs: dict[str, Any]
    """The keyword arguments ``overall_score`` was called with."""


def rounds_arg(text: str) -> list[int]:
    first, _, last = text.partition("-")
    return list(range(int(first), int(last or first) + 1))


def captured(record: dict[str, Any], family: str | None = None) -> Answer:
    """One answer analysed, with the arguments its dimension and overall scores came from."""
    seen: dict[str, Any] = {}
    original: Callable[..., int] = analyse_module.overall_score
    original_dimensions: Callable[..., Any] = analyse_module.score_dimensions

    def keep(dimensions: tuple[Any, ...], **kwargs: Any) -> int:
        seen["overall"] = kwargs
        return original(dimensions, **kwargs)

    def keep_dimensions(*args: Any, **kwargs: Any) -> Any:
        seen["dimensions"] = (args, kwargs)
        return original_dimensions(*args, **kwargs)

    analyse_module.overall_score = keep
    analyse_module.score_dimensions = keep_dimensions
    try:
        if family is None:
            analyse_record(record)
        else:
            analyse(record["question"], record["answer"], context=AnalysisContext(family=family))
        return Answer(record, seen["dimensions"], seen["overall"])
    finally:
        analyse_module.overall_score = original
        analyse_module.score_dimensions = original_dimensions


def worked_examples() -> dict[str, Answer]:
    """The worked examples of docs/philosophy.md, analysed as its tests analyse them."""
    spec = importlib.util.spec_from_file_location("worked_examples", WORKED)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    records = {name: {"id": name, "question": module.QUESTION, "answer": getattr(module, name)}
               for name in BANDS}
    records.update({f"SHORT{i}": {"id": f"SHORT{i}", "question": module.QUESTION, "answer": text}
                    for i, text in enumerate(SHORT)})
    return {name: captured(record, family=module.CONTEXT.family) for name, record in records.items()}


def calibrated(examples: dict[str, Answer]) -> bool:
    """Whether the worked examples are in their bands under the constants set now."""
    score = {name: overall(item, blind=False) for name, item in examples.items()}
    return all(low <= score[name] <= high for name, (low, high) in BANDS.items()) and (
        score["SHORT0"] > score["SHORT1"])


def overall(item: Answer, *, blind: bool) -> int:
    (assessed, findings, anchors), named = item.scored
    dims = scoring.score_dimensions(assessed, () if blind else findings, anchors, **named)
    kwargs = {**item.kwargs, "findings": ()} if blind else item.kwargs
    return scoring.overall_score(dims, **kwargs)


def analysed(rounds: list[int]) -> dict[int, list[Answer]]:
    """Every answer of the rounds with the arguments its scores were computed from."""
    return {number: [captured(record)
                     for path in sorted((BLIND / f"round{number}").glob("answers_*.jsonl"))
                     for record in load_set(path)]
            for number in rounds}


def apply(setting: dict[str, float]) -> None:
    scoring.PROVEN_POINTS = setting["PROVEN_POINTS"]
    scoring.PROVEN_REACH = setting["PROVEN_REACH"]
    scoring.ABOVE_CEILING = setting["ABOVE_CEILING"]
    medium = setting["medium"]
    scoring.FINDING_COST = {"high": 2 * medium, "medium": medium, "low": medium / 2}


def measure(answers: list[Answer]) -> dict[str, int]:
    """Pairs right (ties are misses), with findings and without, and weak answers at 85+."""
    counts: dict[str, int] = defaultdict(int)
    for blind in (False, True):
        prefix = "blind_" if blind else ""
        score = {}
        for item in answers:
            score[item.record["id"]] = overall(item, blind=blind)
            if item.record["label"] == "weak":
                counts[prefix + "weak"] += 1
                counts[prefix + "weak_high"] += score[item.record["id"]] >= scoring.HIGH_SCORE
        pairs: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        for item in answers:
            if item.record.get("pair"):
                pairs[item.record["pair"]][item.record["label"]] = item.record
        for members in pairs.values():
            strong, weak = members.get("strong"), members.get("weak")
            if not strong or not weak:
                continue
            right = score[strong["id"]] > score[weak["id"]]
            counts[prefix + "pairs"] += 1
            counts[prefix + "right"] += right
            if words(weak["answer"]) >= words(strong["answer"]):
                counts[prefix + "long"] += 1
                counts[prefix + "long_right"] += right
    return counts


def objective(results: dict[int, dict[str, int]], rounds: list[int]) -> float:
    return sum(results[r]["right"] + results[r]["blind_right"]
               + 0.5 * (results[r]["long_right"] + results[r]["blind_long_right"])
               - 3 * results[r]["weak_high"] for r in rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=rounds_arg, default=rounds_arg("10-19"),
                        help="blind rounds to use, e.g. 10-19")
    args = parser.parse_args()
    data = analysed(args.rounds)
    examples = worked_examples()
    shipped = {"PROVEN_POINTS": scoring.PROVEN_POINTS, "PROVEN_REACH": scoring.PROVEN_REACH,
               "medium": scoring.FINDING_COST["medium"], "ABOVE_CEILING": scoring.ABOVE_CEILING}
    saved = {name: copy.deepcopy(getattr(scoring, name))
             for name in ("PROVEN_POINTS", "PROVEN_REACH", "ABOVE_CEILING", "FINDING_COST")}
    settings = [dict(zip(GRID, values, strict=True)) for values in itertools.product(*GRID.values())]
    table = []
    for setting in settings:
        apply(setting)
        if not calibrated(examples):
            continue
        table.append((setting, {number: measure(data[number]) for number in args.rounds}))
    for name, value in saved.items():
        setattr(scoring, name, value)
    print(f"{len(table)} of {len(settings)} settings keep the worked examples in their bands")
    print(f"{'held out':9} {'chosen on the other rounds':58} {'pairs':>7} {'as long':>8} {'no findings':>11}")
    totals: dict[str, int] = defaultdict(int)
    for number in args.rounds:
        rest = [other for other in args.rounds if other != number]
        setting, results = max(table, key=lambda row: objective(row[1], rest))
        held = results[number]
        for key, value in held.items():
            totals[key] += value
        chosen = " ".join(f"{key}={value:g}" for key, value in setting.items())
        print(f"round{number:<4} {chosen:58} {held['right']:3}/{held['pairs']:<3} "
              f"{held['long_right']:3}/{held['long']:<4} {held['blind_right']:5}/{held['blind_pairs']}")
    print(f"LORO      pairs {totals['right']}/{totals['pairs']}, weak as long "
          f"{totals['long_right']}/{totals['long']}, without findings "
          f"{totals['blind_right']}/{totals['blind_pairs']}, weak >= 85 {totals['weak_high']}")
    best, results = max(table, key=lambda row: objective(row[1], args.rounds))
    print("best on all rounds:", " ".join(f"{key}={value:g}" for key, value in best.items()))
    print("shipped:           ", " ".join(f"{key}={value:g}" for key, value in shipped.items()))


if __name__ == "__main__":
    main()
