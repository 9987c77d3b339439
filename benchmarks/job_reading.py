"""The job reader alone on the blind pairs: requirement recall and non-requirements kept, read
with ``fit.job_reader.read_job`` only (no résumé, no fit map), so it runs in seconds.

Pairing and scoring are blind_fit.py's: a key's requirement is found when one requirement read
holds most of its words; a line the key marks as no requirement is kept when a requirement read
holds most of its words. Lines the key marks as no requirement that state whom the post reports
to are counted again on their own ("reporting lines kept").

Run: .venv/bin/python benchmarks/job_reading.py [--rounds FIRST-LAST] [--show]
"""

from __future__ import annotations

import argparse
import re

import yaml
from blind_fit import _pair_requirements, cover, rounds, words

from poise.fit.job_reader import read_job

REPORTING_RE = re.compile(r"\breport(?:s|ing)?\b(?:\s+line)?\s*(?:to|into|:|line)", re.IGNORECASE)
"""A key's line that states whom the post reports to."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", metavar="FIRST-LAST", default="1-28")
    parser.add_argument("--show", action="store_true", help="list every miss")
    args = parser.parse_args()
    first, last = (int(part) for part in args.rounds.split("-"))
    wanted = found = kept = lines = reporting = reporting_kept = 0
    for folder in rounds(first, last):
        for pair in sorted(path for path in folder.iterdir() if (path / "truth.yaml").exists()):
            key = yaml.safe_load((pair / "truth.yaml").read_text(encoding="utf-8"))
            job = read_job((pair / "job.md").read_text(encoding="utf-8"))
            read = [{"text": item.text} for item in job.requirements]
            for item, match in _pair_requirements(key.get("requirements") or [], read):
                wanted += 1
                found += match is not None
                if match is None and args.show:
                    print(f"  missed  {pair.name}: {item.get('text')!r}")
            for line in key.get("not_requirements") or []:
                lines += 1
                is_reporting = bool(REPORTING_RE.search(str(line)))
                reporting += is_reporting
                line_words = words(line)
                if any(cover(line_words, words(item["text"])) >= 0.8 for item in read):
                    kept += 1
                    reporting_kept += is_reporting
                    if args.show:
                        print(f"  kept    {pair.name}: {str(line)[:90]!r}")
    print(f"requirement recall      {found}/{wanted} = {found / max(wanted, 1):.3f}")
    print(f"non-requirements kept   {kept}/{lines} = {kept / max(lines, 1):.3f}")
    print(f"reporting lines kept    {reporting_kept}/{reporting}")


if __name__ == "__main__":
    main()
