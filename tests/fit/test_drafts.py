"""Concern drafts read as the candidate speaking: evidence in the first person with its numbers,
never a pasted résumé line, a date or a blurb where an employer should be, no placeholder left,
and no tone finding from the analyser."""

from __future__ import annotations

import itertools
import re
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.fit.resume_reader import read_resume
from poise.services.fit import build_fit

PAIRS = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
FOLDERS = sorted(path for base in ("fit", "fit_probes", "fit_dev") for path in (PAIRS / base).glob("*")
                 if (path / "job.md").exists() and (path / "resume.md").exists())
TONE = ("tone.", "delivery.")


def _drafts(folder: Path) -> list[str]:
    fit = build_fit((folder / "job.md").read_text(encoding="utf-8"),
                    (folder / "resume.md").read_text(encoding="utf-8"))
    return [concern.draft for concern in fit.concerns]


def _stutters(text: str) -> list[str]:
    """Neighbouring words on the same stem ("the qualified qualification")."""
    words = text.lower().split()
    return [f"{a} {b}" for a, b in itertools.pairwise(words)
            if len(a) >= 6 and len(b) >= 6 and a.isalpha() and a[:6] == b[:6] and a != b]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda folder: folder.name)
def test_concerns_are_worded_without_stutters(folder: Path) -> None:
    fit = build_fit((folder / "job.md").read_text(encoding="utf-8"),
                    (folder / "resume.md").read_text(encoding="utf-8"))
    for concern in fit.concerns:
        for text in (concern.title, concern.question, concern.draft):
            assert _stutters(text) == [], text


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda folder: folder.name)
def test_drafts_speak_in_the_first_person(folder: Path) -> None:
    for draft in _drafts(folder):
        assert not re.search(r"\{\w*\}|\[[a-z ]+\]", draft), draft  # no placeholder left
        assert "my record shows:" not in draft, draft  # a résumé line pasted after a colon
        # a date where an employer should be
        assert not re.search(r"\bat (?:(?:19|20)\d\d|[A-Z][a-z]{2}\.? \d{4})\b", draft), draft
        assert ";" not in draft.split(" I ")[0], draft
        assert "  " not in draft and ".." not in draft, draft


@pytest.mark.parametrize("folder", FOLDERS[:6], ids=lambda folder: folder.name)
def test_drafts_raise_no_tone_finding(folder: Path) -> None:
    for draft in _drafts(folder):
        report = analyse("Is there anything about my background that gives you pause?", draft,
                         context=AnalysisContext(phase="concern_reply"))
        tone = [finding.rule for finding in report.findings if finding.rule.startswith(TONE)]
        assert tone == [], (tone, draft)


@pytest.mark.parametrize(
    ("bullet", "told"),
    [
        ("Leadership of 640 staff across five squadrons", "I led 640 staff across five squadrons"),
        ("Disciplinary responsibility for 45 employees in Accounts Payable",
         "I was responsible for 45 employees in Accounts Payable"),
        ("Leading 4 cluster managers and 62 staff", "I led 4 cluster managers and 62 staff"),
        ("Business owner of the planning system upgrade",
         "I was the business owner of the planning system upgrade"),
        ("P&L of £14m across 18 warehouses", "my remit covered a P&L of £14m across 18 warehouses"),
        ("Budget of €9m; reduced waste by 12% in a year",
         "my remit covered a budget of €9m, and I reduced waste by 12% in a year"),
        ("Support of month-end closing for three entities",
         "I supported month-end closing for three entities"),
    ],
)
def test_noun_phrase_bullets_are_told_in_the_first_person(bullet: str, told: str) -> None:
    from poise.fit.concerns.wording import _first_person
    from poise.fit.lexicon import patterns_for

    resume = read_resume("# Sam\n\n## Experience\n### Operations Manager, Halden Freight, 2015 – 2019\n"
                         f"- {bullet}\n", today=date(2026, 11, 1))
    line = next(item for item in resume.lines if item.bullet)
    context = SimpleNamespace(resume=resume, patterns=patterns_for())
    assert _first_person(line, context) == f"at Halden Freight, {told}."  # type: ignore[arg-type]
