"""Leave-one-round-out: how the flaw judgement holds on a round of answers it was not trained on.

Every measured round of answers (round 1 = benchmarks/blind/answers_{a,b,c}, round 2 =
round2/answers_{d,e,f}, round 3 = round3/answers_{g,h}, round 4 = round4/answers_{i,j}, round 5 =
round5/answers_k, round 6 = round6/answers_{l,m}, round 7 = round7/answers_{n,o}, round 8 =
round8/answers_{p,q}, round 9 = round9/answers_{r,s}, round 10 = round10/answers_{t,u}, round
11 = round11/answers_{v,w}, round 12 = round12/answers_{x,y}, round 13 = round13/answers_{z,aa},
added at the end of the session it validated; see ``FLAW_ROUNDS`` in
scripts/train_models.py) is
development data now, so a
model trained on all of them cannot be measured on them. For each round R this trains the flaw
model (scripts/train_models.py's recipe) on the training sentences and every other round, with the
quoted flaw sentences as positives, then runs the whole analyser on round R with that model in
place of the shipped one and measures it exactly as benchmarks/blind_answers.py does (per-flaw
recall and precision, strong answers with a high finding, weak answers scoring >= 85, pairwise).
It prints each round and the pooled figure: the honest figure for how the analyser generalises.
The answer-level model (analysis/answer_flaws.py) is the shipped one, trained on rounds 1-11
(its thresholds and the floors it sets over every rule of a flaw included), so its share of
these figures is in-sample; its held-out figure is printed by
``scripts/train_models.py answer-flaws`` (leave-one-round-out, model alone).

Thresholds. ``--thresholds before`` uses the thresholds the rules carried before this benchmark
(``BEFORE``); ``--thresholds shipped`` those in scripts/train_models.py (FLAW_THRESHOLDS);
``--choose`` picks a threshold per flaw from the pooled out-of-round answers of ``--select``
(by default rounds 1-9): among the thresholds at which the flaw's answer-level precision (any of
its rules firing, as blind_answers.py counts it) reaches ``--precision`` (0.85), the one with the
best F1 (the highest recall alone would take the lowest threshold that just holds precision, a
quote too many on every round), or, when none reaches it, the most precise one. The rounds not
in ``--select`` are then a figure on answers the choice never saw (round 10 by default); the
thresholds shipped are the same choice made again on every round (``--save``).

``--shipped`` measures the shipped model as it is (no training: rounds it was trained on are
in-sample). ``--rounds 1,2,3`` limits the training sources to those rounds (the recipe before
rounds 4 to 9 were added), ``--no-parse``/``--no-bow`` drop a feature block, ``--negatives
strong`` takes "none" sentences only from strong answers, ``--flaw-share`` sets the class weight.

Figures with round 9 (pooled rounds 1-9, answer level, recall / precision; the models of each
left-out round are the same before and after): before this round's changes (the rules and
thresholds of 86c3c98) unethical 0.53 / 0.96, overclaiming 0.69 / 0.85, vague_goals 0.94 / 0.88,
hedging 0.89 / 0.96, off_topic 0.27 / 0.72, micro 0.62 / 0.84, pairwise 0.94, weak >= 85 7/400,
strong with a high finding 4/400; after (thresholds chosen again on rounds 1-9, the parse rules
for conduct through others, "nobody else", acclaim from a whole field and a list of aims)
unethical 0.69 / 0.88, overclaiming 0.75 / 0.85, vague_goals 0.93 / 0.93, hedging 0.93 / 0.95,
off_topic 0.27 / 0.68, micro 0.65 / 0.84, pairwise 0.95, weak >= 85 4/400, strong with a high
finding 4/400.

``--dump FILE`` writes each answer's labels, rules fired and quotes (JSON lines) for reading the
false findings of the development rounds (never a validation round's).

Rounds 1-11 (this session's baseline, before the answer-level floors; the sentence models of
each left-out round trained on the others, shipped answer model): pairwise 0.95 (456/480), flaw
recall 0.73 (835/1148) at precision 0.86 (835/968), weak >= 85 5/480, strong with a high
finding 9/480.

Run: .venv/bin/python benchmarks/flaw_loro.py [--choose] [--shipped] [--thresholds before]
     (about 10 minutes on two idle cores, far longer on a loaded machine: set
     OPENBLAS_NUM_THREADS=1 there; the embedded corpus and each model are cached in --cache)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "scripts"))

import blind_answers  # noqa: E402
import train_models  # noqa: E402

from poise.analysis import learned, nlp, sentence_features  # noqa: E402
from poise.analysis.rules import sensed  # noqa: E402

BEFORE = {"badmouthing": 0.8, "blame": 0.5, "job_complaint": 0.6, "defensive": 0.8,
          "unethical": 0.8, "hedging": 0.45, "overclaiming": 0.5, "self_praise": 0.5,
          "oversharing": 0.5, "vague_goals": 0.7, "hypothetical": 0.6, "weakness_no_plan": 0.6,
          "salary_evasive": 0.6, "no_own_action": 0.4, "no_result": 0.6}
"""The thresholds meaning.yaml's rules carried before leave-one-round-out choice."""
ANALYSE = blind_answers.analyse_record
GATES = {
    # not a negative word: criticism can be polite
    "badmouthing": ("third_party_subject", "third_party_denied", "third_party_negative",
                    "third_party_compared"),
    "blame": ("third_party_subject", "negated", "third_party_failed", "third_party_denied"),
    "job_complaint": ("negative_words", "present"),
    "defensive": ("listener_subject", "negated"),
    "unethical": ("speaker_subject", "past", "speaker_goes_around"),
    "hedging": ("modal",),
    "overclaiming": ("speaker_subject",),
    "self_praise": ("speaker_subject", "positive_words"),
    "vague_goals": ("modal",),
    "hypothetical": ("modal", "habitual", "conditional", "present"),
    "weakness_no_plan": ("speaker_subject", "present"),
    "no_result": ("acted_no_result", "closes_without_result"),
}
"""The parse facts that could confirm each flaw, by what the flaw is (someone else judged, a
miss put on others, a complaint in the present, a story with actions and no result...): the only
gates --choose may pick, so a gate carries meaning and is not a fact that happened to help on
these answers."""
LADDER = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01)
FLOOR = LADDER[0]


class Recording(learned.LinearModel):
    """The model, remembering each sentence's probabilities (and parse facts) as the analyser
    asks for them."""

    seen: dict[str, np.ndarray]
    facts: dict[str, np.ndarray]

    def features(self, texts: list[str], embeddings: np.ndarray,
                 parse: np.ndarray | None = None) -> np.ndarray:
        object.__setattr__(self, "_texts", list(texts))
        if parse is not None:
            for text, row in zip(texts, parse, strict=True):
                self.facts[text] = row
        return super().features(texts, embeddings, parse)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        result = super().probabilities(features)
        for text, row in zip(getattr(self, "_texts", []), result, strict=False):
            self.seen[text] = row
        return result


def recording(model: learned.LinearModel, thresholds: dict[str, float],
              confirm: dict[str, str] | None = None) -> Recording:
    values = {item.name: getattr(model, item.name) for item in fields(learned.LinearModel)}
    values["thresholds"] = tuple(float(thresholds.get(label, model.threshold))
                                 for label in model.labels)
    values["confirm"] = tuple((confirm or {}).get(label, "") for label in model.labels)
    wrapped = Recording(**values)
    object.__setattr__(wrapped, "seen", {})
    object.__setattr__(wrapped, "facts", {})
    return wrapped


def cache_embeddings() -> None:
    """Keep every text's embedding for the process: the analyser embeds the same answers, the
    same questions and references in every run."""
    embedder = nlp.embedder()
    original = embedder.embed
    memo: dict[str, np.ndarray] = {}

    def embed(texts: list[str]) -> np.ndarray:
        missing = [text for text in dict.fromkeys(texts) if text not in memo]
        if missing:
            for text, vector in zip(missing, original(missing), strict=True):
                memo[text] = vector
        if not texts:
            return original(texts)
        return np.stack([memo[text] for text in texts])

    embedder.embed = embed  # type: ignore[method-assign]


def merge(name: str, results: list[blind_answers.SetResult]) -> blind_answers.SetResult:
    total = blind_answers.SetResult(name)
    for result in results:
        for item in fields(blind_answers.SetResult):
            value = getattr(result, item.name)
            if isinstance(value, int):
                setattr(total, item.name, getattr(total, item.name) + value)
            elif isinstance(value, dict):
                for key, count in value.items():
                    getattr(total, item.name)[key] += count
            elif isinstance(value, list):
                getattr(total, item.name).extend(value)
    return total


def measure_round(model: Recording, paths: tuple[Path, ...], flaws: dict[str, set[str]],
                  names: dict[str, list[str]]) -> tuple[list[blind_answers.SetResult],
                                                        list[dict[str, Any]]]:
    """The round's set results with ``model`` in place, and per answer what each flaw's rules
    did (for choosing thresholds)."""
    sensed.flaw_model = lambda fingerprint: model  # type: ignore[assignment]
    reports: dict[str, Any] = {}

    def analyse_once(record: dict[str, Any]) -> Any:
        if record["id"] not in reports:
            reports[record["id"]] = ANALYSE(record)
        return reports[record["id"]]

    blind_answers.analyse_record = analyse_once  # type: ignore[assignment]
    results = []
    answers = []
    for path in paths:
        records = blind_answers.load_set(path)
        results.append(blind_answers.measure(path.stem.removeprefix("answers_"), records, flaws,
                                             names))
        for record in records:
            report = reports.get(record["id"])
            if report is None:
                continue
            fired = report.rules_fired()
            peak: dict[str, list[tuple[float, np.ndarray | None]]] = {}
            for finding in report.findings:
                flaw = finding.rule.removeprefix("meaning.")
                if finding.rule.startswith("meaning.") and flaw in model.labels:
                    column = model.labels.index(flaw)
                    peak[flaw] = [(float(model.seen[item.quote][column]), model.facts.get(item.quote))
                                  for item in finding.evidence if item.quote in model.seen]
            answers.append({"labelled": {item["flaw"] for item in record.get("flaws", [])},
                            "fired": fired, "peak": peak, "id": record["id"],
                            "label": record.get("label", ""),
                            "findings": [(finding.rule, [item.quote for item in finding.evidence])
                                         for finding in report.findings]})
    return results, answers


def _found(answer: dict[str, Any], flaw: str, rules: set[str], threshold: float,
           gate: int | None) -> bool:
    if answer["fired"] & rules:
        return True
    for probability, facts in answer["peak"].get(flaw, []):
        if probability >= threshold and (gate is None or (facts is not None and facts[gate] > 0)):
            return True
    return False


def _figure(answers: list[dict[str, Any]], flaws: dict[str, set[str]], flaw: str,
            thresholds: dict[str, float], confirm: dict[str, str]) -> str:
    """Answer-level recall and precision of ``flaw`` (any of its rules, or the model's rule at
    its threshold and gate) on recorded ``answers``."""
    rules = flaws.get(flaw, set()) - {f"meaning.{flaw}"}
    gate = sentence_features.NAMES.index(confirm[flaw]) if confirm.get(flaw) else None
    tp = fp = fn = 0
    for answer in answers:
        found = _found(answer, flaw, rules, thresholds.get(flaw, 1.01), gate)
        labelled = flaw in answer["labelled"]
        tp += found and labelled
        fp += found and not labelled
        fn += (not found) and labelled
    return f"{tp / max(1, tp + fn):.2f} ({tp}/{tp + fn}) / {tp / max(1, tp + fp):.2f} ({tp}/{tp + fp})"


def choose(answers: list[dict[str, Any]], flaws: dict[str, set[str]], target: float,
           labels: tuple[str, ...], gates: bool) -> tuple[dict[str, float], dict[str, str]]:
    """Per flaw, the threshold (and, with ``gates``, the parse fact that must confirm the model)
    with the best balance of recall and precision (F1) among those at precision >= target (or
    else the most precise); on a tie the more precise, then no gate, then the lower threshold."""
    thresholds: dict[str, float] = {}
    confirm: dict[str, str] = {}
    print("\nper flaw, pooled out-of-round answers: recall/precision at each threshold, no gate "
          "(1.01: the other rules alone)")
    print(f"{'flaw':17}" + "".join(f"{t:>10}" for t in LADDER))
    for flaw in labels[1:]:
        options: list[int | None] = [None]
        if gates:
            options += [sentence_features.NAMES.index(fact) for fact in GATES.get(flaw, ())]
        rules = flaws.get(flaw, set()) - {f"meaning.{flaw}"}
        cells = []
        best: tuple[Any, ...] | None = None
        for gate in options:
            for threshold in LADDER:
                tp = fp = fn = 0
                for answer in answers:
                    found = _found(answer, flaw, rules, threshold, gate)
                    labelled = flaw in answer["labelled"]
                    tp += found and labelled
                    fp += found and not labelled
                    fn += (not found) and labelled
                recall = tp / max(1, tp + fn)
                precision = tp / max(1, tp + fp)
                if gate is None:
                    cells.append(f"{recall:.2f}/{precision:.2f}".rjust(10))
                balanced = 2 * recall * precision / max(1e-9, recall + precision)
                key = (precision >= target, balanced if precision >= target else precision,
                       precision, gate is None, -threshold, gate)
                if best is None or key[:5] > best[:5]:
                    best = (*key, recall, precision)
        assert best is not None
        thresholds[flaw] = -best[4]
        confirm[flaw] = sentence_features.NAMES[best[5]] if best[5] is not None else ""
        print(f"{flaw:17}" + "".join(cells) + f"   -> {thresholds[flaw]:.2f} "
              f"{confirm[flaw] or '-'} ({best[6]:.2f}/{best[7]:.2f})")
    return thresholds, confirm


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shipped", action="store_true", help="measure the shipped model as is")
    parser.add_argument("--thresholds", choices=["before", "shipped"], default="shipped")
    parser.add_argument("--choose", action="store_true", help="choose thresholds per flaw")
    parser.add_argument("--select", default="1,2,3,4,5,6,7,8,9", help="rounds the choice reads")
    parser.add_argument("--precision", type=float, default=0.85)
    parser.add_argument("--rounds", default="1,2,3,4,5,6,7,8,9,10,11,12,13",
                        help="rounds that may train a model")
    parser.add_argument("--no-parse", action="store_true")
    parser.add_argument("--no-bow", action="store_true")
    parser.add_argument("--negatives", choices=["all", "strong"], default="all")
    parser.add_argument("--flaw-share", type=float, default=1 / 3)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--no-gates", action="store_true", help="choose thresholds only")
    parser.add_argument("--save", type=Path,
                        help="write thresholds and gates chosen on every round (JSON) here")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "poise-loro")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--dump", type=Path,
                        help="write each development answer's labels and findings (JSON lines) here")
    parser.add_argument("--choose-only", action="store_true",
                        help="with --choose: stop after the choice (the per-flaw figures it prints "
                             "are the pooled out-of-round answers; no second run of the analyser)")
    args = parser.parse_args()

    cache_embeddings()
    flaws, names = blind_answers.load_map()
    rounds = train_models.FLAW_ROUNDS
    thresholds = BEFORE if args.thresholds == "before" else train_models.FLAW_THRESHOLDS
    confirm = {} if args.thresholds == "before" else train_models.FLAW_CONFIRM
    recipe = replace(train_models.FLAW_RECIPE, bow=not args.no_bow, parse=not args.no_parse,
                     negatives=args.negatives, flaw_share=args.flaw_share, steps=args.steps)
    if not args.shipped:
        print(f"recipe: {recipe}; training rounds {args.rounds}")
        corpus = train_models.flaw_corpus(cache=args.cache)
    allowed = set(args.rounds.split(","))
    models: dict[str, learned.LinearModel] = {}
    for name in rounds:
        if args.shipped:
            shipped = learned.load(sensed.FLAW_MODEL, nlp.embedding_fingerprint())
            if shipped is None:
                raise SystemExit("no shipped flaw model for this embedding model")
            models[name] = shipped
            continue
        rows = corpus.rows(leave_out=name, negatives=recipe.negatives)
        rows = rows[np.isin(corpus.sources[rows], [*allowed, "dev"])]
        key = hashlib.sha256(f"{recipe}|{corpus.targets.sum()}|{len(corpus.texts)}|"
                             f"{sentence_features.NAMES}|".encode()
                             + rows.tobytes()).hexdigest()[:16]
        kept = args.cache / f"loro-model-{key}.npz"
        if kept.exists():
            loaded = learned.read(kept, nlp.embedding_fingerprint())
            if loaded is not None:
                models[name] = loaded
                continue
        models[name] = train_models.train_flaw_model(corpus, rows, recipe)
        models[name].save(kept)
        print(f"round {name} left out: trained on {len(rows)} sentences", flush=True)

    if args.choose:
        by_round: dict[str, list[dict[str, Any]]] = defaultdict(list)
        floor = {label: FLOOR for label in train_models.FLAW_LABELS}
        for name, paths in rounds.items():
            _, found = measure_round(recording(models[name], floor), paths, flaws, names)
            by_round[name] = found
        selected = [answer for name in args.select.split(",") for answer in by_round[name]]
        gates = recipe.parse and not args.no_gates
        print(f"choosing on rounds {args.select}")
        thresholds, confirm = choose(selected, flaws, args.precision, train_models.FLAW_LABELS,
                                     gates)
        print("thresholds:", json.dumps(thresholds))
        print("confirm:", json.dumps(confirm))
        if args.save:
            every = [answer for name in rounds for answer in by_round[name]]
            print("\n(chosen again on every round, to ship:)")
            shipped = choose(every, flaws, args.precision, train_models.FLAW_LABELS, gates)
            args.save.write_text(json.dumps({"thresholds": shipped[0], "confirm": shipped[1]},
                                            indent=1))
        unseen = [name for name in rounds if name not in args.select.split(",")]
        if unseen:
            print(f"\nper flaw on rounds {','.join(unseen)} (not read by the choice), at the "
                  f"thresholds chosen on {args.select}: recall/precision")
            held = [answer for name in unseen for answer in by_round[name]]
            for flaw in train_models.FLAW_LABELS[1:]:
                print(f"  {flaw:17} {_figure(held, flaws, flaw, thresholds, confirm)}")
        if args.choose_only:
            return

    pooled = []
    measured: list[dict[str, Any]] = []
    for name, paths in rounds.items():
        results, found = measure_round(recording(models[name], thresholds, confirm), paths,
                                       flaws, names)
        measured += found
        result = merge(f"round {name} ({'+'.join(r.name for r in results)})", results)
        blind_answers.show(result, misses=args.show_misses)
        pooled.append(result)
    if args.dump:
        with args.dump.open("w") as out:
            for answer in measured:
                out.write(json.dumps({key: sorted(value) if isinstance(value, set) else value
                                      for key, value in answer.items() if key != "peak"}) + "\n")
    span = f"{min(rounds, key=int)}-{max(rounds, key=int)}"
    blind_answers.show(merge(f"pooled, rounds {span}", pooled), misses=False)
    rule_precision(measured, flaws)


def rule_precision(answers: list[dict[str, Any]], flaws: dict[str, set[str]]) -> None:
    """Each rule's precision on the pooled answers: of the answers it fired on, how many carry
    the flaw it names (a parse rule is not trained, so this is its figure on every round)."""
    print("\nper rule, pooled: fired on answers labelled with its flaw / fired")
    for flaw, rules in sorted(flaws.items()):
        for rule in sorted(rules):
            fired = [answer for answer in answers if rule in answer["fired"]]
            right = sum(flaw in answer["labelled"] for answer in fired)
            if fired:
                print(f"  {rule:32} {right}/{len(fired)} = {right / len(fired):.2f}")


if __name__ == "__main__":
    main()
