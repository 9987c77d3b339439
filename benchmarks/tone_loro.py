"""Leave-one-round-out for the tone model: how it hears criticism, blame, job complaints and
pushback in a round of answers it was not trained on.

For each blind round R of scripts/train_tone.py's TONE_ROUNDS (rounds 1-21), the tone model is
trained (the shipped recipe) on the training sentences and every other round, and reads the
answers of round R (``--groups 1-3,4-6,7-9,10-12`` leaves out a group of rounds at a time
instead: four trainings instead of eleven, the figures in train_tone.TONE_THRESHOLDS): an answer
shows a flaw when any of its sentences reaches the threshold. Pooled
over the rounds, each flaw's answer-level recall and precision is printed at every threshold of
LADDER, with ``--rules FILE`` also what the model adds to the rules: FILE is the output of
benchmarks/blind_answers.py --show-misses on the same answers (rounds 2-10), whose "not found" and
"raised by" lines say what the rules alone do; the model then adds the answers it finds that the
rules missed, and the false alarms on answers the rules left clean.

A flaw the rules quote with a gate (a ``heard_tone`` rule's ``needs``: parse facts one of which
the sentence must hold; rules/heard.py) is read here with the same gate, from the rows' parse
facts, so the figures are those of the rule as shipped (``--no-gates`` reads the model alone).

``--choose`` picks per flaw the lowest threshold at which the model alone holds answer-level
precision ``--precision`` (0.9) on the pooled out-of-round answers with at least ``--support``
hits (5), or 1.01 (never) when none does; precision matters more than recall here.

Run: .venv/bin/python benchmarks/tone_loro.py [--cache DIR] [--rules FILE] [--choose] [--rounds 1-12]
     [--groups 1-3,4-6,7-9,10-12] [--held FILE.npy] [--no-gates]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import train_tone  # noqa: E402

from poise.analysis import sentence_features  # noqa: E402
from poise.analysis.tone_model import FORMATS, TONE_FLAWS, TONE_LABELS  # noqa: E402
from poise.content.loader import knowledge_base  # noqa: E402
from poise.content.schema import CodeRule  # noqa: E402

LADDER = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01)
LINE_RE = re.compile(r"\s+- (\S+): (\w+) (not found|raised by)")


def held_out(corpus: train_tone.ToneCorpus, rounds: list[str],
             groups: list[list[str]] | None = None) -> np.ndarray:
    """Every round row's probabilities from the model trained without its round (or without its
    group of rounds)."""
    probabilities = np.zeros((len(corpus.texts), len(TONE_LABELS)), dtype=np.float32)
    for group in groups or [[name] for name in rounds]:
        test = np.flatnonzero(np.isin(corpus.sources, group))
        model = train_tone.train(corpus, np.flatnonzero(~np.isin(corpus.sources, group)))
        probabilities[test] = model.probabilities(corpus.features[test])
        print(f"rounds {', '.join(group)}: {len(test)} sentences read", flush=True)
    return probabilities


def _span(text: str) -> list[str]:
    first, _, last = text.partition("-")
    return [str(number) for number in range(int(first), int(last or first) + 1)]


def rule_gates() -> dict[str, list[str]]:
    """Per flaw quoted by a ``heard_tone`` rule, the parse facts a sentence must hold one of
    (the rule's ``needs``; empty when it names none)."""
    gates: dict[str, list[str]] = {}
    for rule in knowledge_base().rules.values():
        if isinstance(rule, CodeRule) and rule.function == "heard_tone":
            needs = rule.params.get("needs")
            gates[str(rule.params.get("flaw"))] = (
                [str(name) for name in needs] if isinstance(needs, list) else [])
    return gates


def gate_rows(corpus: train_tone.ToneCorpus, needs: list[str]) -> np.ndarray:
    """Which rows hold one of the facts ``needs``, read from the rows' parse facts (the last
    columns of the features but the format flags, ``FORMATS``)."""
    width = sentence_features.DIMS + len(FORMATS)
    parse = corpus.features[:, -width:-len(FORMATS)]
    columns = [sentence_features.NAMES.index(name) for name in needs]
    return np.asarray((parse[:, columns] > 0).any(axis=1))


def answer_peaks(corpus: train_tone.ToneCorpus, probabilities: np.ndarray,
                 flaw: str, passed: np.ndarray | None = None) -> tuple[dict[str, float], dict[str, bool]]:
    """Per round answer, the highest probability of ``flaw`` among its sentences (those that
    pass the rule's gates, ``passed``), and whether the writer labelled the answer with it."""
    column = TONE_LABELS.index(flaw)
    peaks: dict[str, float] = defaultdict(float)
    labelled: dict[str, bool] = {}
    for row, source in enumerate(corpus.sources):
        if source == "dev":
            continue
        answer = str(corpus.answers[row])
        value = float(probabilities[row, column]) if passed is None or passed[row] else 0.0
        peaks[answer] = max(peaks[answer], value)
        labelled[answer] = flaw in corpus.flaws[row]
    return peaks, labelled


def rule_lines(path: Path) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(answer, flaw) pairs the rules missed and those they raised wrongly."""
    missed, raised = set(), set()
    for line in path.read_text(encoding="utf-8").splitlines():
        found = LINE_RE.match(line)
        if found:
            (missed if found[3] == "not found" else raised).add((found[1], found[2]))
    return missed, raised


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "poise-tone")
    parser.add_argument("--rules", type=Path, help="blind_answers.py --show-misses output")
    parser.add_argument("--choose", action="store_true")
    parser.add_argument("--rounds", default="",
                        help="read only these rounds of TONE_ROUNDS (e.g. 1-10: the figures in "
                             "train_tone.TONE_THRESHOLDS), all by default")
    parser.add_argument("--groups", default="",
                        help="leave out these groups of rounds at a time (e.g. 1-3,4-6,7-9,10-11)")
    parser.add_argument("--held", type=Path,
                        help="keep the held-out probabilities in this .npy file (read it when it "
                             "exists: the same corpus, rounds and groups)")
    parser.add_argument("--no-gates", action="store_true",
                        help="read the model alone, without the heard_tone rules' gate")
    parser.add_argument("--precision", type=float, default=0.9)
    parser.add_argument("--support", type=int, default=5)
    args = parser.parse_args()
    names = list(train_tone.TONE_ROUNDS)
    if args.rounds:
        names = _span(args.rounds)
    groups = [_span(item) for item in args.groups.split(",")] if args.groups else None
    rounds = {name: train_tone.TONE_ROUNDS[name] for name in names}
    corpus = train_tone.tone_corpus(args.cache, rounds)
    if args.held is not None and args.held.exists():
        probabilities = np.load(args.held)
    else:
        probabilities = held_out(corpus, names, groups)
        if args.held is not None:
            np.save(args.held, probabilities)
    missed, raised = rule_lines(args.rules) if args.rules else (set(), set())
    chosen: dict[str, float] = {}
    gates = {} if args.no_gates else rule_gates()
    for flaw in TONE_FLAWS:
        needs = gates.get(flaw, [])
        passed = gate_rows(corpus, needs) if needs else None
        peaks, labelled = answer_peaks(corpus, probabilities, flaw, passed)
        positives = sum(labelled.values())
        gated = f"; gated: needs one of {', '.join(needs)}" if needs else ""
        print(f"\n{flaw}: {positives} labelled answers of {len(labelled)} (pooled rounds "
              f"{names[0]}-{names[-1]}, each read by a model trained without its round{gated})")
        chosen[flaw] = 1.01
        for threshold in LADDER:
            hit = {answer for answer, peak in peaks.items() if peak >= threshold}
            tp = sum(1 for answer in hit if labelled[answer])
            fp = len(hit) - tp
            line = (f"  {threshold:4.2f}  recall {tp / max(1, positives):.2f} ({tp}/{positives})"
                    f"  precision {tp / max(1, tp + fp):.2f} ({tp}/{tp + fp})")
            if args.rules:
                ruled = {answer for answer in labelled if answer[0] > "c"}  # rounds 2 on
                added = sum(1 for answer in hit & ruled if labelled[answer]
                            and (answer, flaw) in missed)
                alarms = sum(1 for answer in hit & ruled if not labelled[answer]
                             and (answer, flaw) not in raised)
                line += f"   beyond the rules: +{added} found, +{alarms} false alarms"
            print(line)
            if chosen[flaw] > 1.0 and tp >= args.support and tp / max(1, tp + fp) >= args.precision:
                chosen[flaw] = threshold
    if args.choose:
        print("\nchosen (lowest threshold at precision >= "
              f"{args.precision} with {args.support}+ answers): {chosen}")


if __name__ == "__main__":
    main()
