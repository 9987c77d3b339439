"""The analyser on blind answer sets: texts written by people who saw neither the rules, the
lexicons nor the development set (benchmarks/blind/answers_*.jsonl).

Each record is one answer with its writer's labels: ``label`` (strong, weak or flawed), ``pair``
(a strong and a weak answer to the same question), ``flaws`` (each a flaw id from a neutral
taxonomy with the words that show it) and ``evidence`` (the exact words that show an own action,
a number on an outcome, a lesson). The answer is analysed as a user would meet it: the question's
family is detected from its words, a reply to "what gives you pause" is judged as a concern
reply, a stress-format answer as one.

``benchmarks/data/flaw_map.yaml`` says which rules express each flaw of the taxonomy and which
strengths claim an own action, a number on an outcome or a lesson.

Printed per set:
- pairwise accuracy (strong scored above its weak twin), overall and on the pairs whose weak
  answer is as long or longer, beside a length-only baseline (the longer answer wins) on the
  same pairs;
- per-flaw recall and precision (a flaw is found when any of its rules fires; a rule of that
  flaw firing on an answer not labelled with it is a false alarm), and their micro totals;
- strengths precision: a strength of a labelled kind is right when its quoted words overlap
  the writer's evidence of that kind;
- evidence recall: the share of the writer's quotes of each kind (an own action, a number on
  an outcome, a lesson) that a strength of that kind quotes (overlapping words), and the share
  of answers with such quotes where a strength of that kind quotes at least one of them;
- the share of weak answers scoring 85 or more, and of strong answers with a high-severity
  finding;
- scores without grounds: dimensions at 5/5 with no quote (concision is measured, not quoted)
  and dimensions below 5 with no reason given.

Run: .venv/bin/python benchmarks/blind_answers.py [--dir benchmarks/blind/round2 [--dir ...]] [--set a]
     [--pool | --pool-only] [--show-misses]
Targets (issue 11): pairwise >= 0.93 and >= 0.90 on weak-as-long; flaw recall >= 0.80 at
precision >= 0.90; weak >= 85 at most 20%; strong with a high finding at most 5%; strengths
precision >= 0.95.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from poise.analysis import AnalysisContext, analyse
from poise.errors import PoiseError

HERE = Path(__file__).resolve().parent
BLIND = HERE / "blind"
FLAW_MAP = HERE / "data" / "flaw_map.yaml"
PHASE_OF = {"answer": "answer", "concern": "concern_reply"}
STRENGTH_KINDS = ("own_action", "outcome_number", "lesson")
EVIDENCE_KEYS = {"first_person_action": "own_action"}
"""flaw_map.yaml's name for a strength kind → the key the writers used for it, where they differ."""
HIGH_SCORE = 85
MEASURED = frozenset({"concision"})
"""Dimensions read from a measure (the answer's length), not from quoted words."""


@dataclass
class SetResult:
    """What one blind set scored."""

    name: str
    pairs: int = 0
    pairs_right: int = 0
    long_pairs: int = 0
    long_right: int = 0
    length_right: int = 0
    long_length_right: int = 0
    tp: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    fp: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    fn: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    strengths_right: int = 0
    strengths_checked: int = 0
    strengths_unlabelled: int = 0
    kind_right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kind_checked: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kind_found: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kind_labelled: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    answers_found: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    answers_labelled: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    weak: int = 0
    weak_high: int = 0
    strong: int = 0
    strong_severe: int = 0
    dimensions: int = 0
    unquoted_fives: int = 0
    unexplained: int = 0
    errors: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


def load_map() -> tuple[dict[str, set[str]], dict[str, list[str]]]:
    """(flaw → rule ids, strength kind → phrases naming such a strength)."""
    data = yaml.safe_load(FLAW_MAP.read_text(encoding="utf-8"))
    flaws = {name: set(rules or []) for name, rules in (data.get("flaws") or {}).items()}
    strengths = {kind: list(names or []) for kind, names in (data.get("strengths") or {}).items()}
    return flaws, strengths


def words(text: str) -> int:
    return len(re.findall(r"\b\w[\w'’-]*\b", text))


def quote_spans(answer: str, quotes: list[str]) -> list[tuple[int, int]]:
    spans = []
    for quote in quotes:
        start = answer.find(quote)
        if start >= 0:
            spans.append((start, start + len(quote)))
    return spans


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def strength_kind(what: str, names: dict[str, list[str]]) -> str | None:
    """The labelled kind a strength claims, from its text."""
    lowered = what.lower()
    for kind, phrases in names.items():
        if any(phrase.lower() in lowered for phrase in phrases):
            return kind
    return None


def analyse_record(record: dict[str, Any]) -> Any:
    context = AnalysisContext(
        family=None,
        phase=PHASE_OF.get(record.get("phase", "answer"), "answer"),
        interview_format="stress" if record.get("format") == "stress" else None,
    )
    return analyse(record["question"], record["answer"], context=context)


def measure(name: str, records: list[dict[str, Any]], flaws: dict[str, set[str]],
            strength_names: dict[str, list[str]]) -> SetResult:
    result = SetResult(name)
    reports: dict[str, Any] = {}
    for record in records:
        try:
            reports[record["id"]] = analyse_record(record)
        except PoiseError as exc:
            result.errors.append(f"{record['id']}: {exc.message}")
    pairs: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for record in records:
        if record.get("pair"):
            pairs[record["pair"]][record["label"]] = record
    for pair_id, members in sorted(pairs.items()):
        strong, weak = members.get("strong"), members.get("weak")
        if not strong or not weak or strong["id"] not in reports or weak["id"] not in reports:
            continue
        right = reports[strong["id"]].overall > reports[weak["id"]].overall
        longer = words(strong["answer"]) > words(weak["answer"])
        as_long = words(weak["answer"]) >= words(strong["answer"])
        result.pairs += 1
        result.pairs_right += right
        result.length_right += longer
        if as_long:
            result.long_pairs += 1
            result.long_right += right
            result.long_length_right += longer
        if not right:
            result.misses.append(f"pair {pair_id}: strong {reports[strong['id']].overall} "
                                 f"<= weak {reports[weak['id']].overall}")
    for record in records:
        report = reports.get(record["id"])
        if report is None:
            continue
        for dimension in report.dimensions:
            result.dimensions += 1
            if dimension.score == 5 and not dimension.evidence and dimension.name not in MEASURED:
                result.unquoted_fives += 1
                result.misses.append(f"{record['id']}: {dimension.name} 5/5 without a quote")
            if dimension.score < 5 and not dimension.reasons:
                result.unexplained += 1
                result.misses.append(f"{record['id']}: {dimension.name} {dimension.score}/5 "
                                     f"without a reason")
        fired = report.rules_fired()
        labelled = {item["flaw"] for item in record.get("flaws", [])}
        for flaw, rules in flaws.items():
            found = bool(fired & rules)
            if flaw in labelled:
                if found:
                    result.tp[flaw] += 1
                else:
                    result.fn[flaw] += 1
                    result.misses.append(f"{record['id']}: {flaw} not found")
            elif found:
                result.fp[flaw] += 1
                result.misses.append(f"{record['id']}: {flaw} raised by {sorted(fired & rules)}")
        if record["label"] == "weak":
            result.weak += 1
            result.weak_high += report.overall >= HIGH_SCORE
        if record["label"] == "strong":
            result.strong += 1
            severe = [finding.rule for finding in report.findings if finding.severity == "high"]
            result.strong_severe += bool(severe)
            if severe:
                result.misses.append(f"{record['id']} (strong): high finding {severe}")
        evidence = record.get("evidence") or {}
        quoted_by_kind: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for strength in report.strengths:
            kind = strength_kind(strength.what, strength_names)
            if kind is not None:
                quoted_by_kind[kind].extend((item.start, item.end) for item in strength.evidence)
        for kind in strength_names:
            labelled_spans = quote_spans(record["answer"], evidence.get(EVIDENCE_KEYS.get(kind, kind)) or [])
            if labelled_spans:
                result.answers_labelled[kind] += 1
                result.answers_found[kind] += any(_overlaps(span, quoted_by_kind[kind])
                                                  for span in labelled_spans)
            for span in labelled_spans:
                result.kind_labelled[kind] += 1
                if _overlaps(span, quoted_by_kind[kind]):
                    result.kind_found[kind] += 1
                else:
                    result.misses.append(f"{record['id']}: {kind} evidence not quoted: "
                                         f"{record['answer'][span[0]:span[1]]!r}")
        for strength in report.strengths:
            kind = strength_kind(strength.what, strength_names)
            if kind is None:
                result.strengths_unlabelled += 1
                continue
            spans = quote_spans(record["answer"], evidence.get(EVIDENCE_KEYS.get(kind, kind)) or [])
            quoted = [(item.start, item.end) for item in strength.evidence]
            result.strengths_checked += 1
            result.kind_checked[kind] += 1
            if any(_overlaps(span, spans) for span in quoted):
                result.strengths_right += 1
                result.kind_right[kind] += 1
            else:
                result.misses.append(f"{record['id']}: strength {strength.what!r} not shown by "
                                     f"{[item.quote for item in strength.evidence][:2]}")
    return result


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f} ({part}/{whole})" if whole else "n/a"


def show(result: SetResult, *, misses: bool) -> None:
    print(f"\n== set {result.name} ==")
    print(f"pairwise accuracy          {ratio(result.pairs_right, result.pairs)}"
          f"   length-only baseline {ratio(result.length_right, result.pairs)}")
    print(f"  weak as long or longer   {ratio(result.long_right, result.long_pairs)}"
          f"   length-only baseline {ratio(result.long_length_right, result.long_pairs)}")
    tp, fp, fn = (sum(counts.values()) for counts in (result.tp, result.fp, result.fn))
    print(f"flaw recall (micro)        {ratio(tp, tp + fn)}")
    print(f"flaw precision (micro)     {ratio(tp, tp + fp)}")
    for flaw in sorted(set(result.tp) | set(result.fn) | set(result.fp)):
        print(f"  {flaw:18} recall {ratio(result.tp[flaw], result.tp[flaw] + result.fn[flaw]):14}"
              f" precision {ratio(result.tp[flaw], result.tp[flaw] + result.fp[flaw])}")
    print(f"strengths precision        {ratio(result.strengths_right, result.strengths_checked)}"
          f"   ({result.strengths_unlabelled} strengths of other kinds not checked)")
    for kind in sorted(result.kind_checked):
        print(f"  {kind:24} {ratio(result.kind_right[kind], result.kind_checked[kind])}")
    found, labelled = sum(result.kind_found.values()), sum(result.kind_labelled.values())
    print(f"evidence recall            {ratio(found, labelled)}   (labelled quotes a strength of "
          f"their kind quotes)")
    for kind in sorted(result.kind_labelled):
        print(f"  {kind:24} {ratio(result.kind_found[kind], result.kind_labelled[kind]):14}"
              f" answers {ratio(result.answers_found[kind], result.answers_labelled[kind])}")
    print(f"weak answers scoring >= {HIGH_SCORE}  {ratio(result.weak_high, result.weak)}")
    print(f"scores without grounds     {result.unquoted_fives} at 5/5 without a quote, "
          f"{result.unexplained} below 5 without a reason (of {result.dimensions} dimension scores)")
    print(f"strong with a high finding {ratio(result.strong_severe, result.strong)}")
    for error in result.errors:
        print(f"  refused: {error}")
    if misses:
        for line in result.misses:
            print(f"  - {line}")


def pooled(results: list[SetResult]) -> SetResult:
    """The sum of several sets' counts, read as one set (each answer analysed once)."""
    total = SetResult("pooled (" + ", ".join(result.name for result in results) + ")")
    for result in results:
        for name, value in vars(result).items():
            if name == "name":
                continue
            if isinstance(value, int):
                setattr(total, name, getattr(total, name) + value)
            elif isinstance(value, list):
                getattr(total, name).extend(value)
            else:
                for key, count in value.items():
                    getattr(total, name)[key] += count
    return total


def load_set(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", help="set letter(s) to run (default: all)")
    parser.add_argument("--show-misses", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--dir", type=Path, action="append",
                        help="folder(s) of answers_*.jsonl sets (default: benchmarks/blind; a later round: "
                             "benchmarks/blind/round2; repeat to take several rounds)")
    parser.add_argument("--pool", action="store_true",
                        help="also measure every chosen set together, as one pooled set")
    parser.add_argument("--pool-only", action="store_true", help="print the pooled set alone")
    args = parser.parse_args()
    flaws, strength_names = load_map()
    paths = [path for folder in (args.dir or [BLIND]) for path in sorted(folder.glob("answers_*.jsonl"))]
    if args.set:
        paths = [path for path in paths if path.stem.removeprefix("answers_") in args.set]
    results = []
    for path in paths:
        results.append(measure(path.stem.removeprefix("answers_"), load_set(path), flaws, strength_names))
        if not args.pool_only:
            show(results[-1], misses=args.show_misses)
    if (args.pool or args.pool_only) and results:
        show(pooled(results), misses=args.show_misses and args.pool_only)


if __name__ == "__main__":
    main()
