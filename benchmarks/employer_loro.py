"""The learned employer scorer (fit/employer_spans.py) measured leaving each round out, and trained.

For every role the résumé reader pairs with a key's role (as blind_resume.py pairs them), each
span of the role's header is a row; it is positive when it names the key's employer. Leaving
each round out, a conditional logit is trained on the other rounds and the held-out round's
employers are read three ways: the rules alone, the model's best span alone, and the rules
overruled by the model when it finds another span more than 1/KEEP_RATIO times as likely (what
ships; the ratio is fixed, since the rules, written on these rounds, are right on nearly all of
them and would choose to keep themselves). ``--validate N`` trains on the development rounds and
prints round N's aggregate counts only. ``--write`` trains on the given rounds and writes the
shipped model.

Run: .venv/bin/python benchmarks/employer_loro.py --rounds 1-13 [--validate N] [--write | --check]
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from blind_fit import TODAY, rounds, same_words, words
from blind_fit import _pair_roles as pair_roles
from shipped_model import check_or_write

from poise.fit import employer_spans
from poise.fit.employer_spans import Model, Span, features, normalised, spans_of
from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import read_resume
from poise.fit.role_header import has_title

OUT = Path(__file__).resolve().parents[1] / "src" / "poise" / "analysis" / "data" / \
    employer_spans.MODEL_NAME
SHOW = False
PATTERNS = patterns_for(None)


@dataclass
class RoleRows:
    round: int
    rows: np.ndarray
    labels: np.ndarray
    rule: int
    """The row of the rules' employer (-1 when the rules read none)."""
    rule_right: bool
    texts: tuple[str, ...] = ()
    key: str = ""


def _names_only(key: object, text: str) -> bool:
    """A span names the key's employer (blind_resume.py's lenient match) and holds no title
    word beside it: "Operations Manager, Halden Freight" is no answer for "Halden Freight"."""
    if not same_words(str(key or ""), text):
        return False
    extra = words(text) - words(str(key or ""))
    return not has_title(" ".join(sorted(extra)), PATTERNS)


def _round_of(folder: Path) -> int:
    return 1 if folder.parent.name == "blind" else int(folder.parent.name[len("round"):])


def _rules_alone() -> None:
    """The reader without the shipped scorer, so that a role's employer is the rules' own."""
    employer_spans.shipped_model = lambda: None  # type: ignore[assignment]


def collect(first: int, last: int) -> list[RoleRows]:
    from poise.analysis.nlp import spacy_pipeline

    _rules_alone()

    patterns = patterns_for(None)
    nlp = spacy_pipeline(entities=True)
    found: list[RoleRows] = []
    for folder in rounds(first, last):
        number = _round_of(folder)
        for pair in sorted(path for path in folder.iterdir() if (path / "truth.yaml").exists()):
            key = yaml.safe_load((pair / "truth.yaml").read_text(encoding="utf-8"))
            profile = read_resume((pair / "resume.md").read_text(encoding="utf-8"), today=TODAY)
            roles = [*profile.roles, *profile.side_roles]
            read = [role.to_dict() for role in roles]
            for item, match in pair_roles(key.get("roles") or [], read):
                if match is None:
                    continue
                role = roles[read.index(match)]
                others = tuple(normalised(other.header) for other in roles if other.header != role.header)
                spans = spans_of(role.header, patterns)
                if role.employer and normalised(role.employer) not in {normalised(s.text) for s in spans}:
                    spans.append(Span(role.employer, piece=len(spans), pieces=len(spans) + 1,
                                      line=0, inherited=True))
                if not spans:
                    continue
                doc = nlp(role.header.replace(" | ", ". "))
                rows = np.array([features(span, patterns, doc, others) for span in spans])
                labels = np.array([float(_names_only(item.get("employer"), span.text))
                                   for span in spans])
                rule = next((n for n, span in enumerate(spans)
                             if normalised(span.text) == normalised(role.employer)), -1)
                found.append(RoleRows(number, rows, labels, rule,
                                      same_words(item.get("employer"), role.employer),
                                      tuple(span.text for span in spans),
                                      str(item.get("employer"))))
    return found


def fit(train_roles: list[RoleRows]) -> Model:
    return employer_spans.train([(role.rows, role.labels) for role in train_roles])


RATIOS = (0.1, 0.25, 0.5)


def ratio_right(roles: list[RoleRows], model: Model, ratio: float) -> int:
    """Right employers when the rules' span is kept while the model gives it at least ``ratio``
    of its best span's probability, else the best span."""
    right = 0
    for role in roles:
        probs = model.probability(role.rows.copy())
        best = int(np.argmax(probs))
        if role.rule >= 0 and probs[role.rule] >= ratio * probs[best]:
            right += role.rule_right
        else:
            right += bool(role.labels[best])
    return right


def score(roles: list[RoleRows], model: Model) -> tuple[int, int, int, int]:
    """Roles, and the right employers by the rules, by the model's best span and as shipped."""
    rule = alone = 0
    for role in roles:
        probs = model.probability(role.rows.copy())
        rule += role.rule_right
        alone += bool(role.labels[int(np.argmax(probs))])
        if SHOW and not role.labels[int(np.argmax(probs))]:
            print(f"    key {role.key!r}: model {role.texts[int(np.argmax(probs))]!r} "
                  f"of {role.texts}")
    return len(roles), rule, alone, ratio_right(roles, model, model.keep_ratio)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", default="1-13", metavar="FIRST-LAST")
    parser.add_argument("--validate", type=int, help="a round to report in aggregate only")
    parser.add_argument("--check", action="store_true",
                        help="rebuild the model and exit 1 unless it is the shipped file byte for byte")
    parser.add_argument("--write", action="store_true", help="write the shipped model")
    parser.add_argument("--show", action="store_true",
                        help="every miss of the rounds given: give it only rounds you may read")
    args = parser.parse_args()
    global SHOW
    SHOW = args.show
    low, _, high = args.rounds.partition("-")
    data = collect(int(low), int(high or low))
    print(f"roles paired: {len(data)}; spans: {sum(len(role.labels) for role in data)}")
    totals = np.zeros(4, dtype=int)
    by_ratio: dict[float, int] = {}
    for held in sorted({role.round for role in data}):
        model = fit([role for role in data if role.round != held])
        counts = score([role for role in data if role.round == held], model)
        totals += counts
        held_roles = [role for role in data if role.round == held]
        for ratio in RATIOS:
            by_ratio[ratio] = by_ratio.get(ratio, 0) + ratio_right(held_roles, model, ratio)
        print(f"round {held:2d} held out: roles {counts[0]:3d}  rules {counts[1]:3d}  "
              f"model alone {counts[2]:3d}  shipped {counts[3]:3d}  "
              f"(rules kept at {model.keep_ratio} of the best span)")
    print(f"pooled, each round held out: roles {totals[0]}  rules {totals[1]}  model alone "
          f"{totals[2]}  shipped {totals[3]}  "
          + "  ".join(f"ratio {ratio}: {right}" for ratio, right in by_ratio.items()))
    model = fit(data)
    SHOW = False
    if args.validate:
        validation = collect(args.validate, args.validate)
        counts = score(validation, model)
        print(f"round {args.validate} (trained on {args.rounds}): roles {counts[0]}  rules "
              f"{counts[1]}  model alone {counts[2]}  shipped {counts[3]}  "
              + "  ".join(f"ratio {ratio}: {ratio_right(validation, model, ratio)}" for ratio in RATIOS))
    check_or_write(OUT, employer_spans.save(model), check=args.check, write=args.write,
                   features=employer_spans.FEATURES, weights=model.weights, width=18)

if __name__ == "__main__":
    main()
