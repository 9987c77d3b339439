"""Spoken transcripts against written answers: the analyser on blind rounds 2-7, split by voice.

Every blind record carries its writer's ``voice``; those starting with "spoken" are transcripts
of speech (fillers, repetitions, false starts), the rest are written. Each half is measured as
benchmarks/blind_answers.py measures a set (pairwise accuracy, per-flaw recall and precision,
strengths precision), plus:
- false "no result" and false "hedging" findings (a rule of that flaw firing on an answer whose
  writer did not label it), per answer;
- the mean score of strong, weak and flawed answers;
- strengths recall: of the answers whose writer quoted an own action or a number on an outcome,
  the share where a strength of that kind quotes words overlapping the writer's.

``--save FILE`` writes every answer's score, fired rules and strengths (with quotes) as JSON, and
``--compare FILE`` lists the answers whose score, rules or strengths differ from such a file (how
a change moved written answers, which must not move).

Run: .venv/bin/python benchmarks/spoken_gap.py [--rounds 2,3,4,5,6,7] [--save out.json]
     [--compare before.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind_answers

BLIND = blind_answers.BLIND


def is_spoken(record: dict[str, Any]) -> bool:
    return str(record.get("voice") or "").startswith("spoken")


def load(rounds: list[int]) -> list[dict[str, Any]]:
    records = []
    for number in rounds:
        for path in sorted((BLIND / f"round{number}").glob("answers_*.jsonl")):
            records.extend(blind_answers.load_set(path))
    return records


def summary(report: Any) -> dict[str, Any]:
    return {
        "overall": report.overall,
        "rules": sorted(report.rules_fired()),
        "strengths": [[item.what, [ev.quote for ev in item.evidence]] for item in report.strengths],
        "quotes": sorted(ev.quote for finding in report.findings for ev in finding.evidence),
    }


def false_findings(records: list[dict[str, Any]], reports: dict[str, Any], flaw: str,
                   rules: set[str]) -> tuple[int, int]:
    """(answers where a rule of ``flaw`` fired without the label, answers measured)."""
    false = total = 0
    for record in records:
        report = reports.get(record["id"])
        if report is None:
            continue
        total += 1
        labelled = {item["flaw"] for item in record.get("flaws", [])}
        false += flaw not in labelled and bool(report.rules_fired() & rules)
    return false, total


def strength_recall(records: list[dict[str, Any]], saved: dict[str, Any], kind: str,
                    names: list[str]) -> tuple[int, int]:
    """(answers where a strength of ``kind`` overlaps the writer's evidence of it, answers with
    such evidence), from saved summaries (quotes are placed at their first occurrence)."""
    key = blind_answers.EVIDENCE_KEYS.get(kind, kind)
    found = total = 0
    for record in records:
        summary_ = saved.get(record["id"])
        quotes = (record.get("evidence") or {}).get(key) or []
        if summary_ is None or not quotes:
            continue
        total += 1
        wanted = blind_answers._spans(record["answer"], quotes)
        shown = [quote for what, items in summary_["strengths"]
                 if any(name.lower() in what.lower() for name in names) for quote in items]
        spans = blind_answers._spans(record["answer"], shown)
        found += any(blind_answers._overlaps(span, wanted) for span in spans)
    return found, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", default="2,3,4,5,6,7")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--recall-of", type=Path, help="only print strengths recall of a saved file")
    args = parser.parse_args()
    records = load([int(item) for item in args.rounds.split(",")])
    flaws, strength_names = blind_answers.load_map()
    if args.recall_of:
        saved_before = json.loads(args.recall_of.read_text(encoding="utf-8"))
        for name, chosen in (("spoken", [r for r in records if is_spoken(r)]),
                             ("written", [r for r in records if not is_spoken(r)])):
            for kind in ("first_person_action", "outcome_number"):
                found, total = strength_recall(chosen, saved_before, kind, strength_names[kind])
                print(f"{name:7} strengths recall {kind:20} {blind_answers.ratio(found, total)}")
        return
    reports: dict[str, Any] = {}
    original = blind_answers.analyse_record

    def cached(record: dict[str, Any]) -> Any:
        if record["id"] not in reports:
            reports[record["id"]] = original(record)
        return reports[record["id"]]

    blind_answers.analyse_record = cached
    for name, chosen in (("spoken", [r for r in records if is_spoken(r)]),
                         ("written", [r for r in records if not is_spoken(r)])):
        result = blind_answers.measure(name, chosen, flaws, strength_names)
        blind_answers.show(result, misses=args.show_misses)
        for flaw in ("no_result", "hedging"):
            false, total = false_findings(chosen, reports, flaw, flaws[flaw])
            print(f"false {flaw:10} findings     {blind_answers.ratio(false, total)}")
        for label in ("strong", "weak", "flawed"):
            scores = [reports[r["id"]].overall for r in chosen if r["label"] == label and r["id"] in reports]
            if scores:
                print(f"mean score {label:7}         {statistics.mean(scores):.1f} (n={len(scores)})")
    saved = {key: summary(report) for key, report in reports.items()}
    for name, chosen in (("spoken", [r for r in records if is_spoken(r)]),
                         ("written", [r for r in records if not is_spoken(r)])):
        for kind in ("first_person_action", "outcome_number"):
            found, total = strength_recall(chosen, saved, kind, strength_names[kind])
            print(f"{name:7} strengths recall {kind:20} {blind_answers.ratio(found, total)}")
    if args.save:
        args.save.write_text(json.dumps(saved, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        voice = {record["id"]: is_spoken(record) for record in records}
        for kind in (True, False):
            moved = [key for key in saved if voice.get(key) is kind and before.get(key) != saved[key]]
            print(f"\n{'spoken' if kind else 'written'} answers changed: {len(moved)}")
            for key in moved:
                old, new = before.get(key) or {}, saved[key]
                print(f"  {key}: score {old.get('overall')} -> {new['overall']}; "
                      f"rules -{sorted(set(old.get('rules', [])) - set(new['rules']))} "
                      f"+{sorted(set(new['rules']) - set(old.get('rules', [])))}")


if __name__ == "__main__":
    main()
