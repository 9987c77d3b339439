"""The threshold of analysis/gap_evidence.py: how close to the stated gap the record a concern
reply cites comes, for evidence the writers quoted and for sentences of replies on another
subject.

Data: the concern replies (phase "concern") of the blind rounds 1-25, development data. For every
sentence past the first that ``cites_record`` hears, its cosine with the stated gap
(``stated_gap``) is read; it is "quoted evidence" when it overlaps a writer's own_action or
outcome_number quote in a reply not labelled off topic, and "off subject" when its reply is
labelled off topic and it overlaps none. Printed: each side's share at or above each threshold,
and the replies whose only record would be heard this way.

Run: PYTHONPATH=src .venv/bin/python benchmarks/gap_evidence.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from poise.analysis import gap_evidence
from poise.analysis.text import parse

HERE = Path(__file__).resolve().parent
ROUNDS = range(1, 26)
LADDER = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def paths() -> list[Path]:
    found = sorted((HERE / "blind").glob("answers_*.jsonl"))
    for number in ROUNDS:
        found += sorted((HERE / "blind" / f"round{number}").glob("answers_*.jsonl"))
    return found


def main() -> None:
    quoted: list[float] = []
    other: list[float] = []
    for path in paths():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("phase") != "concern":
                continue
            answer = parse(record["answer"])
            evidence = record.get("evidence") or {}
            quotes = [quote for kind in ("own_action", "outcome_number")
                      for quote in evidence.get(kind, [])]
            spans = [(m.start(), m.start() + len(q)) for q in quotes
                     for m in [re.search(re.escape(q), record["answer"])] if m]
            off = any(item["flaw"] == "off_topic" for item in record.get("flaws", []))
            sims = gap_evidence.gap_similarities(answer, record["question"])
            for sent in answer.sentences[1:]:
                if not gap_evidence.cites_record(sent):
                    continue
                inside = any(a < sent.end and sent.start < b for a, b in spans)
                if inside and not off:
                    quoted.append(float(sims[sent.index]))
                elif off and not inside:
                    other.append(float(sims[sent.index]))
    print(f"quoted evidence sentences {len(quoted)}, off-subject sentences {len(other)}")
    for threshold in LADDER:
        print(f"  >= {threshold:.2f}: quoted {np.mean(np.array(quoted) >= threshold):.2f}  "
              f"off subject {np.mean(np.array(other) >= threshold):.2f}")


if __name__ == "__main__":
    main()
