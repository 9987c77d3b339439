"""The fit reader on blind job/résumé pairs: 15 pairs in 15 national and career styles, each
with a recruiter's key written by someone who never saw the extraction code
(benchmarks/blind/fit/<pair>/job.md, resume.md, truth.yaml).

For each pair, ``services.fit.fit_evaluation`` reads both documents and its view is compared with
the key:

- **requirement recall**: a requirement of the key is found when one requirement Poise read holds
  most of its words (each requirement of Poise's matched at most once);
- **non-requirements kept**: lines the key marks as not requirements (a vetting check, a
  sub-heading, benefits) that Poise read as requirements: a requirement Poise read holds most of
  the line's words and is itself mostly the line (a one-word heading such as "Experience" is not
  counted kept because a longer requirement happens to hold the word);
- **roles**: each role of the key is paired with the role Poise read that shares its start year
  and most title words; employer and title are right when their words agree, dates when start
  and end agree to the precision the key gives (a year, or a month);
- **verdict accuracy** over found requirements, and **level errors**: a partial match in the
  key that Poise rated strong;
- **evidence line**: of the found requirements the key quotes a résumé line for, the share where
  Poise quotes that line (all the key's words in Poise's quote, or Poise's in the key's; a
  requirement Poise rates missing quotes nothing);
- **concern recall and precision** by kind (each kind in the key matched at most once), over all
  the concerns Poise raised and over its top N (N = the key's concerns + 2, what a candidate
  reads first). The keys' writers name a concern's kind by its subject where Poise may name it
  by the line's standing: a missing must-have the key files under the subject's own kind (a
  board, a tool, a certificate...). ``KIND_EQUIVALENTS`` says, once for every round, which kind
  of the key a concern Poise raised on a requirement of a given kind may also stand for; a
  concern is first matched by its own kind, and only a concern left over is matched by an
  equivalent. The figures by the kinds as written (the earlier yardstick) are printed beside.

Run: .venv/bin/python benchmarks/blind_fit.py [--dir DIR ...] [--all] [--kinds] [--show]
(``--all`` measures every development round, prints each round's concern figures, then the
pooled figures and the table per concern kind; with ``--kinds`` as well, a table per concern
kind and round.)
Targets (issue 12, first measurement): requirement recall >= 0.95; employer and title >= 0.95;
role dates >= 0.95; verdict accuracy >= 0.85; concern recall and precision >= 0.85; no level
errors.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from poise.errors import PoiseError
from poise.services.fit import fit_evaluation

PAIRS = Path(__file__).resolve().parent / "blind" / "fit"
TODAY = date(2026, 11, 1)
"""Résumé dates ending 'present' are counted up to this day, so the numbers never drift."""
STOP = frozenset({
    "a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "with", "at", "by", "as", "is",
    "are", "be", "our", "your", "you", "we", "will", "from", "this", "that", "have", "has", "their",
    "its", "it", "who", "which", "within", "across",
})


KIND_EQUIVALENTS: dict[tuple[str, str], str] = {
    ("missing_must_have", "tools"): "tool_mismatch",
    ("missing_must_have", "certification"): "certification_level",
    ("missing_must_have", "languages"): "language_level",
    ("missing_must_have", "stakeholders"): "no_board_exposure",
    ("missing_must_have", "outsourcing"): "outsourcing_vendor",
    ("missing_must_have", "leadership"): "no_leading_leaders",
    ("missing_must_have", "geography"): "domestic_only",
    ("missing_must_have", "domain"): "industry_switch",
    ("missing_must_have", "regulation"): "industry_switch",
    ("industry_switch", "stakeholders"): "no_board_exposure",
}
"""(kind Poise raised, kind of the requirement it was raised on) → the kind of the key the concern
may also stand for. A must-have not shown on a line asking for a tool is what a key calls a tool
mismatch; a move to work with elected members (Poise: a switch into the public sector) is what the
keys call board exposure, the governing body the post answers to. Applied the same to every round,
never to one pair; the reverse (a key's missing must-have met by any gap kind) is left out, as
kind-only matching would then count concerns about other lines."""


def match_concerns(key_kinds: Counter[str], raised: list[tuple[str, str | None]], *,
                   equivalents: bool = True) -> tuple[Counter[str], list[bool]]:
    """The key's kinds found, and for each concern raised (kind, requirement kind) whether it is
    right: first by its own kind, then (with ``equivalents``) a concern left over by the kind
    ``KIND_EQUIVALENTS`` gives it; each concern of the key is matched at most once."""
    left = Counter(key_kinds)
    found: Counter[str] = Counter()
    right = [False] * len(raised)
    for i, (kind, _requirement_kind) in enumerate(raised):
        if left[kind] > 0:
            left[kind] -= 1
            found[kind] += 1
            right[i] = True
    if equivalents:
        for i, (kind, requirement_kind) in enumerate(raised):
            other = KIND_EQUIVALENTS.get((kind, requirement_kind or ""))
            if not right[i] and other and left[other] > 0:
                left[other] -= 1
                found[other] += 1
                right[i] = True
    return found, right


def words(text: str | None) -> set[str]:
    """The content words of ``text``, lower-cased."""
    return {word for word in re.findall(r"[a-zà-ÿ0-9]+", (text or "").lower()) if word not in STOP}


def cover(key: set[str], found: set[str]) -> float:
    """The share of the key's words that ``found`` holds."""
    return len(key & found) / len(key) if key else 0.0


def same_words(left: str | None, right: str | None) -> bool:
    """True when two names agree: most words of the shorter in the longer."""
    a, b = words(left), words(right)
    if not a or not b:
        return not a and not b
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return cover(small, large) >= 0.6


def same_date(key: Any, found: Any) -> bool:
    """True when a date agrees to the key's precision ("YYYY", "YYYY-MM" or "present")."""
    key_text, found_text = str(key or "").strip().lower(), str(found or "").strip().lower()
    if key_text in ("present", "now", "current"):
        return found_text == "present"
    if not key_text:
        return not found_text
    return found_text[: len(key_text)] == key_text


@dataclass
class Tally:
    """Counts over every pair."""

    requirements: int = 0
    found: int = 0
    not_requirements: int = 0
    not_requirements_kept: int = 0
    roles: int = 0
    employer_right: int = 0
    title_right: int = 0
    dates_right: int = 0
    verdicts: int = 0
    verdicts_right: int = 0
    level_errors: int = 0
    evidence_lines: int = 0
    evidence_right: int = 0
    concerns_key: int = 0
    concerns_found: int = 0
    concerns_raised: int = 0
    concerns_right: int = 0
    literal_found: int = 0
    literal_right: int = 0
    top_raised: int = 0
    top_right: int = 0
    kind_key: Counter[str] = field(default_factory=Counter)
    kind_found: Counter[str] = field(default_factory=Counter)
    kind_raised: Counter[str] = field(default_factory=Counter)
    kind_right: Counter[str] = field(default_factory=Counter)
    refused: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Pool ``other``'s counts into this tally."""
        for name, value in vars(other).items():
            mine = getattr(self, name)
            if isinstance(value, Counter):
                mine.update(value)
            elif isinstance(value, list):
                mine.extend(value)
            else:
                setattr(self, name, mine + value)


def _pair_requirements(key: list[dict[str, Any]], found: list[dict[str, Any]]
                       ) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Each requirement of the key with the requirement Poise read for it (or None)."""
    scored = []
    for i, item in enumerate(key):
        key_words = words(item.get("quote") or item.get("text"))
        for j, read in enumerate(found):
            read_words = words(read["text"])
            score = max(cover(key_words, read_words), cover(read_words, key_words) * 0.9)
            if score >= 0.6:
                scored.append((score, i, j))
    taken_key: dict[int, int] = {}
    taken_found: set[int] = set()
    for _score, i, j in sorted(scored, reverse=True):
        if i not in taken_key and j not in taken_found:
            taken_key[i] = j
            taken_found.add(j)
    return [(item, found[taken_key[i]] if i in taken_key else None) for i, item in enumerate(key)]


def _pair_roles(key: list[dict[str, Any]], found: list[dict[str, Any]]
                ) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    pairs = []
    used: set[int] = set()
    for item in key:
        year = str(item.get("start") or "")[:4]
        best, best_score = None, -1.0
        for j, read in enumerate(found):
            if j in used:
                continue
            score = cover(words(item.get("title")), words(read.get("title")))
            score += 1.0 if str(read.get("start") or "")[:4] == year else 0.0
            score += 0.5 if same_words(item.get("employer"), read.get("employer")) else 0.0
            if score > best_score:
                best, best_score = j, score
        if best is not None and best_score >= 1.0:
            used.add(best)
            pairs.append((item, found[best]))
        else:
            pairs.append((item, None))
    return pairs


def measure(folder: Path, tally: Tally) -> None:
    key = yaml.safe_load((folder / "truth.yaml").read_text(encoding="utf-8"))
    job = (folder / "job.md").read_text(encoding="utf-8")
    resume = (folder / "resume.md").read_text(encoding="utf-8")
    try:
        view = fit_evaluation(job, resume, today=TODAY)
    except PoiseError as exc:
        tally.refused.append(f"{folder.name}: {exc.message}")
        return
    name = folder.name
    for item, read in _pair_requirements(key.get("requirements") or [], view["requirements"]):
        tally.requirements += 1
        if read is None:
            tally.notes.append(f"{name}: requirement not read: {item.get('text')!r}")
            continue
        tally.found += 1
        tally.verdicts += 1
        if read["verdict"] == item.get("verdict"):
            tally.verdicts_right += 1
        else:
            tally.notes.append(f"{name}: verdict {read['verdict']} for {item.get('verdict')} "
                               f"on {item.get('text')!r}")
            if item.get("verdict") == "partial" and read["verdict"] == "strong":
                tally.level_errors += 1
        if item.get("evidence"):
            tally.evidence_lines += 1
            key_words, quoted = words(str(item["evidence"])), words(read.get("evidence"))
            if quoted and (cover(key_words, quoted) >= 0.8 or cover(quoted, key_words) >= 0.8):
                tally.evidence_right += 1
    for line in key.get("not_requirements") or []:
        tally.not_requirements += 1
        line_words = words(line)
        # the line's words in a requirement that is mostly the line (a heading's one word,
        # "Experience", inside a longer requirement is not the heading kept)
        if any(cover(line_words, words(read["text"])) >= 0.8 and cover(words(read["text"]), line_words) >= 0.5
               for read in view["requirements"]):
            tally.not_requirements_kept += 1
            tally.notes.append(f"{name}: not a requirement, read as one: {line[:60]!r}")
    for item, read in _pair_roles(key.get("roles") or [], view["roles"]):
        tally.roles += 1
        if read is None:
            tally.notes.append(f"{name}: role not read: {item.get('title')} at {item.get('employer')}")
            continue
        tally.employer_right += same_words(item.get("employer"), read.get("employer"))
        tally.title_right += same_words(item.get("title"), read.get("title"))
        dates_right = same_date(item.get("start"), read.get("start")) and same_date(item.get("end"),
                                                                                    read.get("end"))
        tally.dates_right += dates_right
        if not (same_words(item.get("employer"), read.get("employer"))
                and same_words(item.get("title"), read.get("title")) and dates_right):
            tally.notes.append(f"{name}: role {item} read as {read}")
    key_kinds = Counter(str(concern.get("kind")) for concern in key.get("concerns") or [])
    raised = [(str(concern["kind"]), concern.get("requirement_kind"))
              for concern in view["concerns"]]
    kinds = Counter(kind for kind, _ in raised)
    matched, right = match_concerns(key_kinds, raised)
    literal, literal_right = match_concerns(key_kinds, raised, equivalents=False)
    tally.concerns_key += sum(key_kinds.values())
    tally.concerns_found += sum(matched.values())
    tally.concerns_raised += len(raised)
    tally.concerns_right += sum(right)
    tally.literal_found += sum(literal.values())
    tally.literal_right += sum(literal_right)
    top = raised[: sum(key_kinds.values()) + 2]
    tally.top_raised += len(top)
    tally.top_right += sum(match_concerns(key_kinds, top)[1])
    tally.kind_key.update(key_kinds)
    tally.kind_found.update(matched)
    tally.kind_raised.update(kinds)
    tally.kind_right.update(kind for (kind, _), is_right in zip(raised, right, strict=True)
                            if is_right)
    missed = key_kinds - matched
    extra = Counter(kind for (kind, _), is_right in zip(raised, right, strict=True)
                    if not is_right)
    if missed or extra:
        tally.notes.append(f"{name}: concerns missed {dict(missed)}, raised beyond the key {dict(extra)}")


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f} ({part}/{whole})" if whole else "n/a"


def kind_table(tally: Tally) -> list[str]:
    """One line per concern kind: recall over the key's concerns of that kind, precision over
    the concerns Poise raised of that kind."""
    lines = [f"  {'kind':<24} {'recall':<16} precision"]
    for kind in sorted(set(tally.kind_key) | set(tally.kind_raised)):
        lines.append(f"  {kind:<24} {ratio(tally.kind_found[kind], tally.kind_key[kind]):<16} "
                     f"{ratio(tally.kind_right[kind], tally.kind_raised[kind])}")
    return lines


def rounds(first: int = 1, last: int | None = None) -> list[Path]:
    """Every development round's folder of pairs from round ``first`` to round ``last`` (all
    when None): round 1 (blind/fit), then blind/roundN/fit."""
    base = PAIRS.parent
    top = last if last is not None else 10**6
    # a round beyond ``last`` (a held-out one) is left out by its name, before any look inside it
    chosen_rounds = [path for path in base.glob("round[0-9]*")
                     if path.name[len("round"):].isdigit()
                     and first <= int(path.name[len("round"):]) <= top]
    later = sorted((path / "fit" for path in chosen_rounds if (path / "fit").is_dir()),
                   key=lambda path: int(path.parent.name[len("round"):]))
    chosen = [PAIRS, *later] if first <= 1 else later
    return [path for path in chosen
            if first <= (1 if path == PAIRS else int(path.parent.name[len("round"):]))
            <= (last if last is not None else 10**6)]


def kind_by_round(tallies: dict[str, Tally]) -> list[str]:
    """One line per concern kind: found/key's and right/raised in each round, in round order."""
    names = list(tallies)
    kinds = sorted({kind for tally in tallies.values()
                    for kind in set(tally.kind_key) | set(tally.kind_raised)})
    lines = ["  kind (found/key right/raised) " + " ".join(f"{name:>11}" for name in names)]
    for kind in kinds:
        cells = []
        for name in names:
            tally = tallies[name]
            if not tally.kind_key[kind] and not tally.kind_raised[kind]:
                cells.append(f"{'-':>11}")
                continue
            cells.append(f"{tally.kind_found[kind]}/{tally.kind_key[kind]} "
                         f"{tally.kind_right[kind]}/{tally.kind_raised[kind]}".rjust(11))
        lines.append(f"  {kind:<28} " + " ".join(cells))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every miss")
    parser.add_argument("--kinds", action="store_true", help="recall and precision per concern kind")
    parser.add_argument("--dir", type=Path, action="append",
                        help="folder of pairs (default: benchmarks/blind/fit; a later round: "
                             "benchmarks/blind/round2/fit); give it again to pool rounds")
    parser.add_argument("--all", action="store_true",
                        help="every round under benchmarks/blind, each on its own line, then pooled")
    parser.add_argument("--rounds", metavar="FIRST-LAST",
                        help="with --all, only rounds FIRST to LAST (e.g. 1-9, 9-9); a held-out "
                             "round stays out of a development measurement")
    args = parser.parse_args()
    first, last = 1, None
    if args.rounds:
        low, _, high = args.rounds.partition("-")
        first, last = int(low), int(high or low)
    tally = Tally()
    dirs = rounds(first, last) if args.all else (args.dir or [PAIRS])
    folders = []
    per_round: dict[str, Tally] = {}
    for folder_dir in dirs:
        round_tally = Tally()
        round_folders = sorted(path for path in folder_dir.iterdir()
                               if (path / "truth.yaml").exists())
        for folder in round_folders:
            measure(folder, round_tally)
        tally.add(round_tally)
        per_round[folder_dir.parent.name if folder_dir != PAIRS else "round1"] = round_tally
        folders.extend(round_folders)
        if args.all:
            print(f"{folder_dir.relative_to(PAIRS.parent)}: concern recall "
                  f"{ratio(round_tally.concerns_found, round_tally.concerns_key)}, precision "
                  f"{ratio(round_tally.concerns_right, round_tally.concerns_raised)}, top N "
                  f"{ratio(round_tally.top_right, round_tally.top_raised)}; kinds as "
                  f"written {ratio(round_tally.literal_found, round_tally.concerns_key)}, "
                  f"{ratio(round_tally.literal_right, round_tally.concerns_raised)}")
    print(f"pairs: {len(folders)}")
    print(f"requirement recall            {ratio(tally.found, tally.requirements)}")
    print(f"non-requirements kept         {ratio(tally.not_requirements_kept, tally.not_requirements)}")
    print(f"employer right, per role      {ratio(tally.employer_right, tally.roles)}")
    print(f"title right, per role         {ratio(tally.title_right, tally.roles)}")
    print(f"dates right, per role         {ratio(tally.dates_right, tally.roles)}")
    print(f"verdict accuracy              {ratio(tally.verdicts_right, tally.verdicts)}")
    print(f"level errors (partial→strong) {tally.level_errors}")
    print(f"evidence line quoted          {ratio(tally.evidence_right, tally.evidence_lines)}")
    print(f"concern recall                {ratio(tally.concerns_found, tally.concerns_key)}")
    print(f"concern precision (all)       {ratio(tally.concerns_right, tally.concerns_raised)}")
    print(f"concern precision (top N)     {ratio(tally.top_right, tally.top_raised)}")
    print(f"  kinds as written: recall    {ratio(tally.literal_found, tally.concerns_key)}")
    print(f"  kinds as written: precision {ratio(tally.literal_right, tally.concerns_raised)}")
    if args.kinds or args.all:
        print("concerns per kind:")
        print("\n".join(kind_table(tally)))
    if args.all and args.kinds:
        print("concerns per kind and round:")
        print("\n".join(kind_by_round(per_round)))
    for line in tally.refused:
        print(f"  refused: {line}")
    if args.show:
        for line in tally.notes:
            print(f"  - {line}")


if __name__ == "__main__":
    main()
