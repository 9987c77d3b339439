"""The check run over every drafted sentence: each kind of problem it finds (invented examples),
and no problem in the drafts of a few development pairs (benchmarks/draft_quality.py drafts
them as a candidate would read them: concern answers, letters, follow-ups, brief, salary)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from poise.content.loader import KnowledgeBase
from poise.followup.draft_check import check_text, line_problems, sentence_problems
from poise.settings import Settings
from poise.store.db import Database

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from draft_quality import draft_pair, pair_folders  # noqa: E402


def _kinds(text: str, resume: str = "") -> list[str]:
    return [problem.kind for _, problems in check_text(text, resume=resume) for problem in problems]


@pytest.mark.parametrize(("text", "kind"), [
    ("Kind regards,\n[your name]", "placeholder"),
    ("I would book the {cert} course before my start date.", "placeholder"),
    ('My record does not show "Run the depots and the fleet; maintain a…" yet.', "placeholder"),
    ("I would book the Directors Course course before my start date.", "doubled word"),
    ("Twelve years' operational and commercial leadership in retail.", "no verb"),
    ("at the site I cut waste by a third within a year.", "capital"),
    ("I hold a MBA from a evening programme at the university.", "article"),
    ("I ran a HR audit.", "article"),
    ("At NORTHGATE COMMUNITY HOSPITAL, I lead the theatre teams.", "capitals"),
    ("I owned the register, and I chaired the review, and I ran the audits.", "run-on"),
    ("I cut costs by 12% .", "punctuation"),
    ("I cut costs by 12%. I cut costs by 12%.", "repeated sentence"),
    ("Dear Maria Lopez,\n\nThank you for today.", "full-name greeting"),
    ("Meet the union convenors in the first week.", "plan as an order"),
    ("I will meet the union convenors in the first week of the role", "no full stop"),
    ("You need a degree: I hold a Bachelor of Arts in History from Leeds. You also need a "
     "postgraduate award, and I hold a Bachelor of Arts in History from Leeds.", "repeated phrase"),
])
def test_each_kind_of_problem_is_found(text: str, kind: str) -> None:
    assert kind in _kinds(text)


def test_a_resume_line_pasted_is_found_and_one_restated_in_the_first_person_is_not() -> None:
    resume = "Profile\nSeasoned operations leader with a record of turning round failing depots.\n" \
             "- Led 9 depots and 420 people across the north of England"
    assert "pasted from the résumé" in _kinds(
        "That is fair. Seasoned operations leader with a record of turning round failing depots.",
        resume)
    assert _kinds("At Brook Haulage, I led 9 depots and 420 people across the north of England.",
                  resume) == []


@pytest.mark.parametrize("text", [
    "At Bramley Foundries Co., I lead 2 shifts. I met Dr. Raman at the U.S. Army base.",
    "I worked with NHS HR teams and hold an MSc and an HNC.",
    "I managed statutory compliance across 140 sites, incl. FM contracts for two hospitals.",
    "What it had had was time, and I used it well.",
    "Dear Dr Lopez,\n\nThank you for meeting me today.",
    "Thank you for the time you gave me. Would that address your concern?",
    "I ran a division with a A$410 million budget and a C$2 million fund.",
    "My qualifications include a B.Eng. Electrical Engineering (First Class) and an M.Sc. in Finance.",
    "I built a SOX-style control set, ran an SOX audit and ran a SCADA upgrade.",
])
def test_sound_sentences_pass(text: str) -> None:
    assert _kinds(text) == []


def test_a_greeting_or_a_subject_line_is_not_held_to_sentence_rules() -> None:
    assert line_problems("Dear Maria,") == []
    assert [problem for _, problems in check_text("Thank you: Director at Harlow Finch\n\nDear Maria,")
            for problem in problems] == []


PAIRS = ("internal_promotion_finance", "sg_bank_wealth_ops_head", "nhs_deputy_director_nursing")
"""One pair of round 1, one of round 4 and one of round 8: different styles of advert and CV."""


def test_no_drafted_sentence_of_a_few_pairs_has_a_problem(kb: KnowledgeBase, tmp_path: Path) -> None:
    folders = [folder for folder in pair_folders() if folder.name in PAIRS]
    assert len(folders) == len(PAIRS)
    found: list[str] = []
    with Database.open(Settings(data_dir=tmp_path)) as db:
        for folder in folders:
            drafts = draft_pair(folder, db, kb)
            assert drafts.texts["letter"] and drafts.texts["concern answers"]
            for place, lines in drafts.labels.items():
                found += [f"{folder.name} · {place}: {problem.kind} {problem.detail}"
                          for line in lines for problem in line_problems(line)
                          if problem.kind != "punctuation"]
            for place, texts in drafts.texts.items():
                for text in texts:
                    for sentence, problems in check_text(text, resume=drafts.resume_text, kb=kb):
                        found += [f"{folder.name} · {place}: {problem.kind} in {sentence!r}"
                                  for problem in problems]
    assert found == []


@pytest.mark.parametrize("sentence", [
    "I live in Present today.",
    "I live in current today.",
    "I live in RN, BN, PGCertHealthLeadership today.",
    "I live in MD. FARHANA BEGUM CHOWDHURY today.",
    "That is a fair question: I live in 2019 today.",
])
def test_a_home_that_is_no_place_is_flagged(sentence: str) -> None:
    assert "home not a place" in {problem.kind for problem in sentence_problems(sentence)}


@pytest.mark.parametrize("sentence", [
    "I live in Taguig City, Metro Manila, Philippines today.",
    "I live in Presteigne, Powys today.",
    "I live in Arlington, TX today.",
    "I live in NEW YORK today.",
    "I live in Kuala Lumpur, KL today.",
])
def test_a_home_that_is_a_place_is_not_flagged(sentence: str) -> None:
    assert "home not a place" not in {problem.kind for problem in sentence_problems(sentence)}


def test_naming_an_employer_that_stands_on_a_line_of_its_own_pastes_nothing() -> None:
    resume = ("Deputy Director of Nursing (Band 8d)\nAshbrook Valley Hospitals NHS Foundation Trust\n"
              "2019 – present\n- Led the Trust's preparation for two CQC inspections")
    assert _kinds("At Ashbrook Valley Hospitals NHS Foundation Trust, I led the Trust's "
                  "preparation for two CQC inspections.", resume) == []
    assert "pasted from the résumé" in _kinds(
        "That is fair. Led the Trust's preparation for two CQC inspections.", resume)
