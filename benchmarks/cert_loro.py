"""The learned certificate filter (fit/cert_filter.py) measured leaving each round out, and trained.

Every item the résumé reader lists as a certification (``certification_candidates``) is a row;
it is positive when it matches one of the key's certifications as blind_resume.py matches them
(most words shared either way, each item once). Leaving each round out, a model and its
threshold (the one that makes the most right decisions on the training rounds, ties to the
lowest) are fitted on the other rounds, and the held-out round's list is measured with and
without the filter: certifications found (of the key) and read right (of those listed).
``--validate N`` prints round N's aggregate counts only; ``--write`` writes the shipped model.

Run: .venv/bin/python benchmarks/cert_loro.py --rounds 1-13 [--validate N] [--write | --check] [--show]
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from blind_fit import TODAY, rounds
from blind_resume import matched_reads
from shipped_model import check_or_write

from poise.fit import cert_filter
from poise.fit.lexicon import patterns_for
from poise.fit.resume_facts import certification_candidates
from poise.fit.resume_reader import ResumeLine, read_resume

OUT = Path(__file__).resolve().parents[1] / "src" / "poise" / "analysis" / "data" / \
    cert_filter.MODEL_NAME
THRESHOLDS = tuple(round(0.05 * step, 2) for step in range(1, 19))


@dataclass
class Pair:
    round: int
    key: int
    rows: np.ndarray
    labels: np.ndarray
    names: tuple[str, ...]


def _matched(key: list[str], read: list[str]) -> list[bool]:
    """Which read items match a key item (blind_resume.py's matching: each read item once)."""
    used, _missed = matched_reads(key, read)
    return [number in used for number in range(len(read))]


def collect(first: int, last: int) -> list[Pair]:
    patterns = patterns_for(None)
    found = []
    for folder in rounds(first, last):
        number = 1 if folder.parent.name == "blind" else int(folder.parent.name[len("round"):])
        for pair in sorted(path for path in folder.iterdir() if (path / "truth.yaml").exists()):
            key = [str(item) for item in (yaml.safe_load((pair / "truth.yaml").read_text(
                encoding="utf-8")).get("certifications") or [])]
            profile = read_resume((pair / "resume.md").read_text(encoding="utf-8"), today=TODAY)
            lines: list[ResumeLine] = list(profile.lines)
            candidates = certification_candidates(lines, patterns)
            names = [name for name, _heading in candidates]
            rows = np.array([cert_filter.features(name, heading, patterns)
                             for name, heading in candidates]).reshape(len(candidates),
                                                                       len(cert_filter.FEATURES))
            found.append(Pair(number, len(key), rows, np.array(_matched(key, names), dtype=float),
                              tuple(names)))
    return found


def fit(pairs: list[Pair]) -> cert_filter.Model:
    rows = np.vstack([pair.rows for pair in pairs if len(pair.names)])
    labels = np.concatenate([pair.labels for pair in pairs])
    model = cert_filter.train(rows, labels)
    probabilities = model.probability(rows)
    best = max(THRESHOLDS, key=lambda threshold: (
        int(((probabilities >= threshold) == (labels > 0)).sum()), -threshold))
    return cert_filter.Model(model.mean, model.scale, model.weights, best)


def measure(pairs: list[Pair], model: cert_filter.Model | None, show: bool = False
            ) -> tuple[int, int, int]:
    """Key items, right items listed, items listed."""
    key = right = listed = 0
    for pair in pairs:
        key += pair.key
        if not len(pair.names):
            continue
        keep = (model.probability(pair.rows) >= model.threshold) if model else np.ones(
            len(pair.names), dtype=bool)
        right += int(pair.labels[keep].sum())
        listed += int(keep.sum())
        if show and model:
            for name, kept, label in zip(pair.names, keep, pair.labels, strict=True):
                if kept != bool(label):
                    print(f"    {'kept' if kept else 'dropped'} {'right' if label else 'wrong'}: "
                          f"{name!r}")
    return key, right, listed


def _line(label: str, counts: tuple[int, int, int]) -> str:
    key, right, listed = counts
    return (f"{label}: found {right}/{key} = {right / max(key, 1):.2f}, read right "
            f"{right}/{listed} = {right / max(listed, 1):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", default="1-13", metavar="FIRST-LAST")
    parser.add_argument("--validate", type=int, help="a round to report in aggregate only")
    parser.add_argument("--check", action="store_true",
                        help="rebuild the model and exit 1 unless it is the shipped file byte for byte")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--show", action="store_true",
                        help="every changed decision of the rounds given: give it only rounds you may read")
    args = parser.parse_args()
    low, _, high = args.rounds.partition("-")
    data = collect(int(low), int(high or low))
    before = np.zeros(3, dtype=int)
    after = np.zeros(3, dtype=int)
    for held in sorted({pair.round for pair in data}):
        model = fit([pair for pair in data if pair.round != held])
        held_pairs = [pair for pair in data if pair.round == held]
        before += measure(held_pairs, None)
        counts = measure(held_pairs, model, args.show)
        after += counts
        print(_line(f"round {held:2d} held out (threshold {model.threshold})", counts))
    print(_line("pooled, no filter", tuple(before)))  # type: ignore[arg-type]
    print(_line("pooled, each round held out", tuple(after)))  # type: ignore[arg-type]
    model = fit(data)
    if args.validate:
        validation = collect(args.validate, args.validate)
        print(_line(f"round {args.validate}, no filter", measure(validation, None)))
        print(_line(f"round {args.validate}, filter trained on {args.rounds}",
                    measure(validation, model)))
    check_or_write(OUT, cert_filter.save(model), check=args.check, write=args.write,
                   features=cert_filter.FEATURES, weights=model.weights, width=22,
                   note=f" (threshold {model.threshold})")

if __name__ == "__main__":
    main()
