"""Quality of the concern predictor: recall and precision of planted gaps among the top concerns.

Each folder under benchmarks/data/fit/ holds a job (job.md), a résumé (resume.md) and the gaps
planted in them (gaps.yaml: a list of concern kinds, with the must-have's words for a
missing_must_have). For each pair the top N concerns (N = gaps planted + 2) are compared with the
planted gaps: a concern matches a gap of its kind (aliases from content/fit/concerns.yaml count),
and a missing_must_have only when it names at least a third of the must-have's words. Each gap and
each concern is matched at most once.

benchmarks/data/fit/ holds the eight main pairs (about two pages each); benchmarks/data/fit_probes/
holds six shorter pairs written afterwards to probe other layouts (run them with --data).

A folder with ``expected.yaml`` instead (benchmarks/data/fit_dev/, written for issue 12) is scored
on reading as well: requirement recall (an expected requirement is found when an extracted one
holds at least half its content words), essential-flag and verdict accuracy, level errors (partial
expected, strong given), lines wrongly kept as requirements, title / employer / dates per role, and
concern recall and precision by kind over all concerns. It reads the fit through
``poise.fit.evaluation_view``, the view an evaluation harness uses.

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


def _norm(text: object) -> str:
    return re.sub(r"[^\w→]+", " ", str(text or "").lower()).strip()


def read_pair(folder: Path, *, verbose: bool) -> dict[str, list[int]]:
    """Counts (hits, total) per reading measure for one pair with an expected.yaml."""
    from poise.fit import evaluation_view

    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    fit = build_fit((folder / "job.md").read_text(encoding="utf-8"),
                    (folder / "resume.md").read_text(encoding="utf-8"), today=TODAY)
    view = evaluation_view(fit)
    counts: dict[str, list[int]] = {}

    def count(name: str, hit: bool, note: str = "") -> None:
        pair = counts.setdefault(name, [0, 0])
        pair[0] += int(hit)
        pair[1] += 1
        if verbose and not hit and note:
            print(f"    {name}: {note}")

    extracted = view["requirements"]
    used: set[int] = set()
    for item in expected.get("requirements", []):
        wanted = content_words(item["text"])
        best, best_share = None, 0.0
        for index, requirement in enumerate(extracted):
            if index in used:
                continue
            share = len(wanted & content_words(requirement["text"])) / max(1, len(wanted))
            if share > best_share:
                best, best_share = index, share
        found = best is not None and best_share >= 0.5
        count("requirement recall", found, f"not found: {item['text']}")
        if not found or best is None:
            continue
        used.add(best)
        got = extracted[best]
        count("essential flag", got["essential"] == item["essential"],
              f"{item['text']}: essential {got['essential']}")
        count("verdict", got["verdict"] == item["verdict"],
              f"{item['text']}: {got['verdict']} (expected {item['verdict']}) {got['missing'][:90]}")
        if item["verdict"] in ("partial", "missing"):
            count("no level error", got["verdict"] != "strong", f"{item['text']}: strong")
    for phrase in expected.get("not_requirements", []):
        kept = any(_norm(phrase) in _norm(requirement["text"]) for requirement in extracted)
        count("non-requirement skipped", not kept, f"kept: {phrase}")
    roles = view["roles"]
    for number, role in enumerate(expected.get("roles", [])):
        got = roles[number] if number < len(roles) else {}
        count("role title", _norm(got.get("title")) == _norm(role["title"]),
              f"title {got.get('title')!r} (expected {role['title']!r})")
        count("role employer", _norm(got.get("employer")) == _norm(role["employer"]),
              f"employer {got.get('employer')!r} (expected {role['employer']!r})")
        count("role dates", (str(got.get("start")), str(got.get("end")))
              == (str(role["start"]), str(role["end"])),
              f"dates {got.get('start')}–{got.get('end')} (expected {role['start']}–{role['end']})")
    extra_roles = max(0, len(roles) - len(expected.get("roles", [])))
    for _ in range(extra_roles):
        count("role title", False, "an extra role")
    kinds_expected = list(expected.get("concerns", []))
    kinds_given = list(dict.fromkeys(view["concern_kinds"]))
    for kind in kinds_expected:
        count("concern recall", kind in kinds_given, f"missed: {kind}")
    for kind in kinds_given:
        count("concern precision", kind in kinds_expected, f"extra: {kind}")
    for name, key in (("certifications", "certifications"),):
        for item in expected.get(key, []):
            count(name, any(_norm(item) in _norm(got) or _norm(got) in _norm(item)
                            for got in view[key]), f"missing {item}")
    for item in expected.get("languages", []):
        said = [_norm(f"{lang['language']} {lang['level']}") for lang in view["languages"]]
        count("languages", _norm(item) in said, f"missing {item} (got {said})")
    for item in expected.get("breaks", []):
        hit = any(str(got["start"]).startswith(str(item["start"])[:4]) and
                  got["explained"] == item["explained"] for got in view["breaks"])
        count("breaks", hit, f"missing break {item}")
    if expected.get("location"):
        count("location", _norm(expected["location"]) in _norm(view["location"]),
              f"location {view['location']!r}")
    return counts


def reading_main(folders: list[Path], *, verbose: bool) -> None:
    """Print the reading measures over pairs with an expected.yaml."""
    totals: dict[str, list[int]] = {}
    for folder in folders:
        if verbose:
            print(folder.name)
        for name, (hits, total) in read_pair(folder, verbose=verbose).items():
            pair = totals.setdefault(name, [0, 0])
            pair[0] += hits
            pair[1] += total
    print(f"{'measure':26} {'hits':>5} {'of':>5} {'share':>6}")
    for name, (hits, total) in totals.items():
        print(f"{name:26} {hits:5d} {total:5d} {hits / total if total else 1.0:6.2f}")


def main() -> None:
    """Print recall and precision per pair and overall."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder of pair folders")
    parser.add_argument("--verbose", action="store_true", help="list missed gaps and extra concerns")
    args = parser.parse_args()
    reading = sorted(path for path in args.data.iterdir() if (path / "expected.yaml").exists())
    if reading:
        reading_main(reading, verbose=args.verbose)
        return
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
