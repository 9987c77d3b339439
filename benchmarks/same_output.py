"""The analyser's full output on every development answer, to show a change for speed alters no
finding, strength or score.

Writes one JSON line per answer of the development rounds' blind sets (benchmarks/blind/answers_*
and benchmarks/blind/roundN/answers_* up to ``--last-round``): the set, the id and the report's
versioned JSON shape, analysed as benchmarks/blind_answers.py analyses it. Run it before a change
and after it, then compare the two files; every answer must be identical.

Run: .venv/bin/python benchmarks/same_output.py write OUT.jsonl --last-round 32 [--every 4 --phase 0]
     .venv/bin/python benchmarks/same_output.py compare BEFORE.jsonl AFTER.jsonl
``--every N --phase K`` writes every Nth answer only (a quick look on a busy machine; several
phases run side by side cover the whole set).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLIND = HERE / "blind"


def development_sets(last_round: int) -> list[Path]:
    """The blind answer sets of rounds 1 to ``last_round``, in order."""
    paths = sorted(BLIND.glob("answers_*.jsonl"))
    for number in range(2, last_round + 1):
        paths += sorted((BLIND / f"round{number}").glob("answers_*.jsonl"))
    return paths


def write(out: Path, *, last_round: int, every: int, phase: int) -> int:
    """Analyse the chosen answers and write their reports; the number written."""
    from blind_answers import analyse_record, load_set

    from poise.errors import PoiseError

    written = 0
    index = -1
    with out.open("w", encoding="utf-8") as stream:
        for path in development_sets(last_round):
            for record in load_set(path):
                index += 1
                if index % every != phase:
                    continue
                try:
                    report = analyse_record(record).to_dict()
                except PoiseError as error:
                    report = {"error": repr(error)}
                line = {"set": path.name, "id": record.get("id"), "report": report}
                stream.write(json.dumps(line, sort_keys=True) + "\n")
                written += 1
    return written


def _keyed(path: Path) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        found[(record["set"], str(record["id"]))] = line
    return found


def compare(before: Path, after: Path) -> int:
    """Print how many answers both files hold and which differ; the number that differ."""
    old, new = _keyed(before), _keyed(after)
    shared = [key for key in new if key in old]
    differ = [key for key in shared if old[key] != new[key]]
    print(f"{len(shared)} answers in both files ({len(old)} before, {len(new)} after): "
          f"{len(shared) - len(differ)} identical, {len(differ)} different")
    for key in differ[:20]:
        print(f"  different: {key[0]} {key[1]}")
    return len(differ)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    writing = commands.add_parser("write", help="analyse the development answers into a file")
    writing.add_argument("out", type=Path)
    writing.add_argument("--last-round", type=int, required=True,
                         help="the last development round (never a held-out one)")
    writing.add_argument("--every", type=int, default=1)
    writing.add_argument("--phase", type=int, default=0)
    comparing = commands.add_parser("compare", help="compare two written files")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "write":
        count = write(args.out, last_round=args.last_round, every=args.every, phase=args.phase)
        print(f"{count} answers written to {args.out}")
    else:
        sys.exit(1 if compare(args.before, args.after) else 0)


if __name__ == "__main__":
    main()
