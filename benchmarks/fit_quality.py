"""Quality of the concern predictor: recall and precision of planted gaps among the top concerns.

Each folder under benchmarks/data/fit/ holds a job (job.md), a résumé (resume.md) and the gaps
planted in them (gaps.yaml: a list of concern kinds, with the must-have's words for a
missing_must_have). For each pair the top N concerns (N = gaps planted + 2) are compared with the
planted gaps: a concern matches a gap of its kind (aliases from content/fit/concerns.yaml count),
and a missing_must_have only when it names at least a third of the must-have's words. Each gap and
each concern is matched at most once.

benchmarks/data/fit/ holds the eight main pairs (about two pages each); benchmarks/data/fit_probes/
holds six shorter pairs written afterwards to probe other layouts (run them with --data).

Run: .venv/bin/python benchmarks/fit_quality.py [--data DIR] [--verbose]
Targets: recall >= 0.85, precision >= 0.7 (over all pairs).
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from poise.fit.extract import content_words
from poise.fit.lexicon import fit_content
from poise.services.fit import build_fit

DATA = Path(__file__).resolve().parent / "data" / "fit"
TODAY = date(2026, 11, 1)
"""Résumé dates ending 'present' are counted up to this day, so the numbers never drift."""
RECALL_TARGET = 0.85
PRECISION_TARGET = 0.7
EXTRA = 2


@dataclass
class PairScore:
    """What one pair scored."""

    name: str
    planted: int
    found: int
    shown: int
    misses: list[str]
    extras: list[str]


def kind_names() -> dict[str, str]:
    """Every concern kind and alias → the kind."""
    names = {}
    for template in fit_content().concerns.concerns:
        names[template.kind] = template.kind
        for alias in template.aliases:
            names[alias] = template.kind
    return names


def _kind(name: object, names: dict[str, str]) -> str:
    key = re.sub(r"[^a-z0-9]+", "_", str(name).lower()).strip("_")
    return names.get(key, key)


def _matches(gap: dict[str, Any], concern: dict[str, Any], names: dict[str, str],
             requirements: dict[str, str]) -> bool:
    """Same kind; a missing must-have naming its words also matches a more specific concern
    about that requirement (a missing P&L is raised as a step up in scope)."""
    kind = _kind(gap["kind"], names)
    must_have = gap.get("must_have")
    if kind != "missing_must_have" or not must_have:
        return concern["kind"] == kind
    if concern["kind"] != kind and not concern.get("requirement_id"):
        return False
    wanted = content_words(str(must_have))
    requirement = requirements.get(concern.get("requirement_id") or "", "")
    said = content_words(" ".join([concern["title"], requirement, *concern.get("evidence", [])[:1]]))
    return len(wanted & said) >= max(1, len(wanted) / 3)


def score_pair(folder: Path, names: dict[str, str]) -> PairScore:
    """Recall and precision inputs for one job/résumé pair."""
    gaps = yaml.safe_load((folder / "gaps.yaml").read_text(encoding="utf-8"))["gaps"]
    fit = build_fit((folder / "job.md").read_text(encoding="utf-8"),
                    (folder / "resume.md").read_text(encoding="utf-8"), today=TODAY).to_dict()
    requirements = {item["id"]: item["text"] for item in fit["requirements"]}
    top = fit["concerns"][: len(gaps) + EXTRA]
    used: set[int] = set()
    misses = []
    for gap in gaps:
        hit = None
        for same_kind in (True, False):
            for index, concern in enumerate(top):
                if index in used or (same_kind and concern["kind"] != _kind(gap["kind"], names)):
                    continue
                if _matches(gap, concern, names, requirements):
                    hit = index
                    break
            if hit is not None:
                break
        if hit is None:
            misses.append(str(gap.get("must_have") or gap["kind"]))
        else:
            used.add(hit)
    extras = [f"{concern['id']} ({concern['title']})" for index, concern in enumerate(top)
              if index not in used]
    return PairScore(folder.name, len(gaps), len(used), len(top), misses, extras)


def main() -> None:
    """Print recall and precision per pair and overall."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder of pair folders")
    parser.add_argument("--verbose", action="store_true", help="list missed gaps and extra concerns")
    args = parser.parse_args()
    names = kind_names()
    scores = []
    print(f"{'pair':28} {'planted':>7} {'found':>5} {'shown':>5} {'recall':>6} {'precision':>9}")
    for folder in sorted(path for path in args.data.iterdir() if (path / "gaps.yaml").exists()):
        score = score_pair(folder, names)
        scores.append(score)
        recall = score.found / score.planted if score.planted else 1.0
        precision = score.found / score.shown if score.shown else 1.0
        print(f"{score.name:28} {score.planted:7d} {score.found:5d} {score.shown:5d} "
              f"{recall:6.2f} {precision:9.2f}")
        if args.verbose:
            for miss in score.misses:
                print(f"    missed: {miss}")
            for extra in score.extras:
                print(f"    extra:  {extra}")
    planted = sum(score.planted for score in scores)
    found = sum(score.found for score in scores)
    shown = sum(score.shown for score in scores)
    recall = found / planted if planted else 0.0
    precision = found / shown if shown else 0.0
    print(f"{'overall':28} {planted:7d} {found:5d} {shown:5d} {recall:6.2f} {precision:9.2f}")
    verdict = "meets" if recall >= RECALL_TARGET and precision >= PRECISION_TARGET else "misses"
    print(f"targets: recall >= {RECALL_TARGET}, precision >= {PRECISION_TARGET}: {verdict}")


if __name__ == "__main__":
    main()
