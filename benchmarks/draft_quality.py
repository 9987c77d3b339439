"""Drafts read as a user would: every sentence Poise drafts for a job/résumé pair, checked.

For each development pair (rounds 1-24 under benchmarks/blind) the script maps the résumé against
the job, stores it as an application in a temporary database, records a debrief (two
interviewers, questions, the fit's first concerns and one in the user's words with a plan written
as an order, a promise and a dated next step), and drafts what the candidate would read the night
before: the fit map's concern answers, the thank-you letter (signed), the follow-up messages and
their .ics text, the brief's concerns, the quiz's questions, and the salary answers when the
advert states a range.
Every sentence goes through ``poise.followup.draft_check`` (placeholders, doubled words, no verb,
a résumé line pasted whole, broken capitals or punctuation, the analyser's tone rules), and the
concern answers (and the brief's) are read together for one résumé result said twice, for
one statement said word for word in two answers, and for two answers opening on one formula.

    python benchmarks/draft_quality.py              # counts per problem kind, rounds 1-24
    python benchmarks/draft_quality.py --show       # and every sentence with a problem
    python benchmarks/draft_quality.py --dump DIR   # write each pair's drafts to DIR to read
    python benchmarks/draft_quality.py --round 4 --round 5
    python benchmarks/draft_quality.py --held-out 24   # a validation round: aggregate counts only
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

BLIND = Path(__file__).resolve().parent / "blind"
DEV_ROUNDS = tuple(range(1, 43))
"""Rounds 1-42 are development data for drafts; later rounds are held out and never read here."""
HELD_OUT_ROUNDS = (43,)
"""Validation rounds: drafted and counted, never shown or dumped (no sentence, no pair name)."""

INTERVIEW_DAY = date(2024, 5, 7)  # a Tuesday

SENDER = "Jordan Avery"

SPOKEN = frozenset({"concern answers", "brief", "salary"})
"""Drafts the candidate says aloud, where résumé shorthand (a bracketed list) reads as pasted."""
EVIDENCE_SETS = ("concern answers", "brief")
"""Drafts read one after another, where one résumé result argued twice is a repeat."""


def pair_folders(rounds: tuple[int, ...] = DEV_ROUNDS, *, held_out: bool = False) -> list[Path]:
    """The pair folders of the given development rounds (round 1 is blind/fit), or of the given
    validation rounds with ``held_out``."""
    folders: list[Path] = []
    for number in rounds:
        if held_out and number not in HELD_OUT_ROUNDS:
            raise SystemExit(f"round {number} is not a validation round")
        if not held_out and number not in DEV_ROUNDS:
            raise SystemExit(f"round {number} is not a development round")
        base = BLIND / "fit" if number == 1 else BLIND / f"round{number}" / "fit"
        folders.extend(sorted(path for path in base.iterdir()
                              if (path / "job.md").is_file() and (path / "resume.md").is_file()))
    return folders


def debrief_for(fit: dict[str, Any]) -> dict[str, Any]:
    """A debrief as a candidate would note it: the fit's first two concerns raised, one concern in
    their own words with a plan written as an order, a promise and a dated next step."""
    concerns: list[dict[str, Any]] = [
        {"text": concern["title"], "handled": "open", "raised_by": "Dana Whitfield"}
        for concern in fit.get("concerns", [])[:2]
    ]
    concerns.append({"text": "Has not yet run a budget of this size", "handled": "partly",
                     "raised_by": "Dana Whitfield",
                     "plan": "Review the budget line by line with the finance director in the "
                             "first month"})
    return {
        "date": INTERVIEW_DAY.isoformat(),
        "round": 1,
        "interviewers": [
            {"name": "Dana Whitfield", "role": "Chief Operating Officer",
             "email": "dana.whitfield@example.com"},
            {"name": "Priya Raman", "role": "HR Director", "address_as": "Dr Raman"},
        ],
        "questions": [
            {"question_id": "stress_resistance.why_hire_you", "rating": 4,
             "asked_by": "Dana Whitfield", "topic": "the first six months in the role"},
            {"text": "Tell us about a budget you cut.", "rating": 2, "asked_by": "Dana Whitfield",
             "said": "I gave the total only.",
             "add_now": "the saving came from renegotiating three contracts"},
        ],
        "concerns": concerns,
        "promises": [{"what": "the plan I described for the first 90 days", "delivery": "to_follow",
                      "by": (INTERVIEW_DAY + timedelta(days=2)).isoformat()}],
        "next_step": {"what": "a case presentation to the executive team",
                      "by": (INTERVIEW_DAY + timedelta(days=10)).isoformat(),
                      "said_by": "Dana Whitfield"},
    }


@dataclass
class PairDrafts:
    """What was drafted for one pair, by where the candidate reads it."""

    name: str
    resume_text: str
    texts: dict[str, list[str]] = field(default_factory=dict)
    labels: dict[str, list[str]] = field(default_factory=dict)
    """Text that is not prose (calendar entries): checked for placeholders and doubled words."""


def draft_pair(folder: Path, db: Any, kb: Any) -> PairDrafts:
    """Every draft Poise writes for one pair, as text, by where it appears."""
    from poise.errors import PoiseError
    from poise.prep.quiz import question_text
    from poise.services.fit import build_fit, create_application
    from poise.services.followup import (
        draft_thank_you,
        followups,
        followups_ics,
        record_debrief,
        remember_sender,
    )
    from poise.services.prep import advert_salary, application_brief, prepare_salary, sync_facts

    job_text = (folder / "job.md").read_text(encoding="utf-8")
    resume_text = (folder / "resume.md").read_text(encoding="utf-8")
    round_name = folder.parent.parent.name
    name = f"{'round1' if round_name == 'blind' else round_name}/{folder.name}"
    drafts = PairDrafts(name=name, resume_text=resume_text)
    result = build_fit(job_text, resume_text, kb=kb)
    record = create_application(db, company="Harlow Finch", title="Director",
                                job_text=job_text, resume_text=resume_text, fit=result)
    fit = result.to_dict()
    drafts.texts["concern answers"] = [concern["draft"] for concern in fit.get("concerns", [])
                                       if concern.get("draft")]
    record_debrief(db, record.id, debrief_for(fit), kb=kb, today=INTERVIEW_DAY)
    letter = draft_thank_you(db, record.id, sender=SENDER, today=INTERVIEW_DAY, kb=kb,
                             check_tone=False)
    remember_sender(db, record.id, SENDER)
    drafts.texts["letter"] = [letter.subject, letter.body]
    second = draft_thank_you(db, record.id, interviewer="Priya Raman", today=INTERVIEW_DAY, kb=kb,
                             check_tone=False)
    drafts.texts["letter to the second interviewer"] = [second.body]
    schedule = followups(db, record.id, today=INTERVIEW_DAY, kb=kb)
    # The messages the candidate sends; the titles and reasons are Poise's notes to them.
    drafts.texts["follow-ups"] = [text for step in schedule.steps[1:]
                                  for text in (step.subject, step.body)]
    calendar = followups_ics(schedule).decode("utf-8")
    drafts.labels["calendar"] = [line for line in calendar.replace("\r\n ", "").splitlines()
                                 if line.startswith(("DESCRIPTION", "SUMMARY"))]
    brief = application_brief(db, record.id, today=INTERVIEW_DAY, kb=kb)
    drafts.texts["brief"] = [f"{concern.answer}" for concern in brief.concerns]
    # The quiz the candidate drills: each card's question (a prompt, no sentence of theirs).
    drafts.labels["quiz"] = [question_text(fact.prompt, "Harlow Finch")
                             for fact in sync_facts(db, record.id, kb=kb)]
    advert = advert_salary(db, record.id, kb=kb)
    if advert is not None:
        try:
            salary = prepare_salary(db, low=advert.low, high=advert.high, currency=advert.currency,
                                    source="the advert", application_id=record.id, kb=kb)
        except PoiseError:  # the advert's figures are no yearly range: the user types their own
            salary = None
        if salary is not None:
            drafts.texts["salary"] = [salary.deflect.answer, salary.pressed.answer]
    return drafts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--round", type=int, action="append", help="a development round (default 1-20)")
    parser.add_argument("--show", action="store_true", help="print every sentence with a problem")
    parser.add_argument("--dump", type=Path, help="write each pair's drafts here")
    parser.add_argument("--pair", action="append", help="only pairs whose folder name contains this")
    parser.add_argument("--held-out", type=int, action="append",
                        help="a validation round: only the aggregate counts are printed")
    args = parser.parse_args(argv)
    if args.held_out and (args.show or args.dump or args.pair or args.round):
        parser.error("--held-out prints aggregate counts only (no --show, --dump, --pair, --round)")

    from poise.content.loader import knowledge_base
    from poise.errors import PoiseError
    from poise.followup.draft_check import (
        check_text,
        line_problems,
        repeated_evidence,
        repeated_openings,
        repeated_statements,
    )
    from poise.settings import Settings
    from poise.store.db import Database

    kb = knowledge_base()
    if args.held_out:
        folders = pair_folders(tuple(args.held_out), held_out=True)
    else:
        folders = pair_folders(tuple(args.round) if args.round else DEV_ROUNDS)
    if args.pair:
        folders = [path for path in folders if any(part in path.name for part in args.pair)]
    counts: Counter[str] = Counter()
    by_place: Counter[str] = Counter()
    sentences = 0
    refused: list[str] = []
    with tempfile.TemporaryDirectory() as data_dir:
        db = Database.open(Settings(data_dir=Path(data_dir)))
        try:
            for folder in folders:
                try:
                    drafts = draft_pair(folder, db, kb)
                except PoiseError as exc:  # a résumé Poise refuses to read (not English)
                    refused.append(f"{folder.name}: {exc.message[:60]}")
                    continue
                if args.dump:
                    args.dump.mkdir(parents=True, exist_ok=True)
                    out = args.dump / f"{drafts.name.replace('/', '_').strip('_')}.txt"
                    out.write_text("\n\n".join(f"## {place}\n\n" + "\n\n".join(texts)
                                               for place, texts in drafts.texts.items()),
                                   encoding="utf-8")
                for place, lines in drafts.labels.items():
                    for line in lines:
                        for problem in line_problems(line):
                            if problem.kind == "punctuation":
                                continue  # calendar text escapes its commas and breaks
                            counts[problem.kind] += 1
                            by_place[place] += 1
                            if args.show:
                                print(f"[{drafts.name} · {place}] {problem.kind}: {problem.detail}\n"
                                      f"    {line[:160]}")
                for place in EVIDENCE_SETS:
                    texts = drafts.texts.get(place, [])
                    said = [*repeated_evidence(texts, resume=drafts.resume_text),
                            *repeated_statements(texts), *repeated_openings(texts)]
                    for number, problem in said:
                        counts[problem.kind] += 1
                        by_place[place] += 1
                        if args.show:
                            print(f"[{drafts.name} · {place}] {problem.kind}: {problem.detail}\n"
                                  f"    {texts[number][:160]}")
                for place, texts in drafts.texts.items():
                    for text in texts:
                        checked = check_text(text, resume=drafts.resume_text, kb=kb,
                                             spoken=place in SPOKEN)
                        sentences += len(checked)
                        for sentence, problems in checked:
                            for problem in problems:
                                counts[problem.kind] += 1
                                by_place[place] += 1
                                if args.show:
                                    print(f"[{drafts.name} · {place}] {problem.kind}: {problem.detail}\n"
                                          f"    {sentence}")
        finally:
            db.close()
    total = sum(counts.values())
    if args.held_out:
        print(f"refused {len(refused)}")
    for line in refused if not args.held_out else []:
        print(f"refused {line}")
    print(f"pairs {len(folders) - len(refused)}, sentences {sentences}, problems {total}")
    for kind, count in counts.most_common():
        print(f"  {kind}: {count}")
    for place, count in by_place.most_common():
        print(f"  in {place}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
