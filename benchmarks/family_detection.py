"""Family detection on questions that are not in the bank, written by someone who never saw it
(benchmarks/blind/family_questions.jsonl: each question with the family a seasoned interviewer
would give it).

Each question is analysed with the same neutral answer, as the Analyse page would, and the
report's family is compared with the label. An "unsure" family (the classifier's margin too
small to trust) counts as wrong for top-1 accuracy and is reported apart: it is the safe kind of
wrong, as only the general rules then apply.

Run: .venv/bin/python benchmarks/family_detection.py [--file FILE] [--show]
Target (issue 11): top-1 accuracy >= 0.85 on at least 100 questions.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from poise.analysis import AnalysisContext, analyse

QUESTIONS = Path(__file__).resolve().parent / "blind" / "family_questions.jsonl"
NEUTRAL_ANSWER = (
    "In 2021 I took over a team of eight that was missing its deadlines. I met each person, "
    "agreed three priorities with them and set a weekly review, and by the end of the year we "
    "delivered every release on time."
)
TARGET = 0.85


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every wrong or unsure question")
    parser.add_argument("--file", type=Path, default=QUESTIONS,
                        help="labelled questions (default: benchmarks/blind/family_questions.jsonl; a later "
                             "round: benchmarks/blind/round2/family_questions.jsonl)")
    args = parser.parse_args()
    records = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line]
    right = unsure = 0
    confusions: Counter[tuple[str, str]] = Counter()
    lines = []
    for record in records:
        report = analyse(record["question"], NEUTRAL_ANSWER, context=AnalysisContext())
        found = report.family if report.family_source != "unsure" else None
        if found == record["family"]:
            right += 1
            continue
        if found is None:
            unsure += 1
        confusions[(record["family"], found or "unsure")] += 1
        lines.append(f"{record['id']} {record['family']:>20} → {found or 'unsure':20} {record['question']}")
    total = len(records)
    confident = total - unsure
    print(f"questions: {total}")
    print(f"top-1 accuracy: {right / total:.3f} ({right}/{total})  target {TARGET}"
          f"{'' if right / total >= TARGET else '  MISSED'}")
    print(f"unsure: {unsure} ({unsure / total:.0%}); accuracy when sure: "
          f"{right / confident:.3f} ({right}/{confident})" if confident else "all unsure")
    print("most frequent confusions (label → detected):")
    for (label, found), count in confusions.most_common(8):
        print(f"  {count:3}  {label} → {found}")
    if args.show:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
