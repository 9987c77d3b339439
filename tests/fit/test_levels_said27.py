"""Levels as a recruiter reads them: a language's level is the one said before a bracket that
explains it, and "good understanding" is understanding only; a credential whose award is still
pending, or a standard only assessed against, is not held; accounts under one framework are not
accounts under another, and the shortfall names the framework of the evidence line. Every text is
written for these tests."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY, hash_embed

from poise.fit.extract import read_job
from poise.fit.ladders import languages_in
from poise.fit.lexicon import patterns_for
from poise.fit.match import PARTIAL, STRONG, _check_certification, similarity
from poise.fit.resume_reader import read_resume
from poise.fit.siblings import sibling_shortfall


@pytest.mark.parametrize(("line", "level"), [
    ("Norwegian – good understanding (reads professional reports; speaks Swedish with colleagues)",
     "A2"),
    ("German – fluent (daily use with the plant near professional bodies)", "C1"),
    ("Italian: good (B2)", "B2"),
    ("English (C1)", "C1"),
    ("Spanish good, Portuguese basic", "B2"),
])
def test_the_level_said_is_the_level_read(line: str, level: str) -> None:
    assert languages_in(line, patterns_for(), any_case=True)[0][1] == level


def _certification(requirement: str, line: str) -> str:
    job = read_job("# Director\n\n## Requirements\n" + f"- {requirement}\n")
    resume = read_resume("# Sam Lee\n\n## Experience\nSecurity Manager, Orbis Ltd, 2019 – present\n"
                         "- Led a team of 20.\n\n## Certifications\n" + f"- {line}\n", today=TODAY)
    verdict = _check_certification(job.requirements[0], resume, patterns_for(),
                                   similarity(job, resume, hash_embed))
    assert verdict is not None
    return verdict.strength


@pytest.mark.parametrize(("line", "strength"), [
    ("CISSP, (ISC)2, 2021", STRONG),
    ("CISSP exam passed 2024; full certification pending experience endorsement", PARTIAL),
    ("CISSP – awaiting endorsement", PARTIAL),
])
def test_a_pending_award_is_not_held(line: str, strength: str) -> None:
    assert _certification("CISSP certification", line) == strength


def test_a_standard_assessed_against_is_not_a_certified_system() -> None:
    assert _certification("ISO 27001 certification of the bank's ISMS",
                          "ISO 27001 gap assessment for the data centre, 2022") == PARTIAL
    assert _certification("ISO 27001 certification of the bank's ISMS",
                          "ISO 27001 certification of the group ISMS, renewed 2023") == STRONG


def test_accounts_under_another_framework_are_partial_and_say_which() -> None:
    lines = ["Prepared the group accounts under UK GAAP (FRS 102) for six years.",
             "Led the IFRS 16 lease project."]
    assert sibling_shortfall("Statutory accounts under German GAAP (HGB)", lines,
                             patterns_for()) == "UK GAAP shown; German GAAP asked"
    assert sibling_shortfall("Statutory accounts under UK GAAP", lines, patterns_for()) == ""
