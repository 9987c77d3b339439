"""Speed of `poise fit`: the fit service on a two-page job and a two-page résumé, after warm-up.

Run: .venv/bin/python benchmarks/fit_speed.py [--runs N] [--pair NAME]
Target: median <= 2 s on this machine (the embedding of every requirement and résumé line is most
of it; models load during the warm-up run, which is reported separately).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from poise.services.fit import build_fit, fit_report

DATA = Path(__file__).resolve().parent / "data" / "fit"
TARGET_SECONDS = 2.0


def main() -> None:
    """Time the service: one cold run, then ``--runs`` warm runs; print the median."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--pair", default=None,
                        help="folder under data/fit/ (default: the longest job and the longest résumé)")
    args = parser.parse_args()
    job, resume = _inputs(args.pair)
    print(f"job {len(job.split())} words, résumé {len(resume.split())} words")
    start = time.perf_counter()
    fit_report(build_fit(job, resume))
    print(f"cold (loads the models): {time.perf_counter() - start:.2f} s")
    timings = []
    for _ in range(args.runs):
        start = time.perf_counter()
        fit_report(build_fit(job, resume))
        timings.append(time.perf_counter() - start)
    median = statistics.median(timings)
    print(f"warm: median {median:.3f} s, min {min(timings):.3f} s, max {max(timings):.3f} s "
          f"over {args.runs} runs")
    print(f"target <= {TARGET_SECONDS} s: {'meets' if median <= TARGET_SECONDS else 'misses'}")


def _inputs(pair: str | None) -> tuple[str, str]:
    if pair:
        folder = DATA / pair
        return ((folder / "job.md").read_text(encoding="utf-8"),
                (folder / "resume.md").read_text(encoding="utf-8"))
    jobs = [path.read_text(encoding="utf-8") for path in sorted(DATA.glob("*/job.md"))]
    resumes = [path.read_text(encoding="utf-8") for path in sorted(DATA.glob("*/resume.md"))]
    return max(jobs, key=lambda text: len(text.split())), max(resumes, key=lambda text: len(text.split()))


if __name__ == "__main__":
    main()
