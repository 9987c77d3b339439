"""Words that name a degree or a credential also name the things a duty acts on: a plan or a
schedule that governs the rest ("the master plan"), a craft title, a plant's process line known by
its initials, a regulator's approvals. Such a duty asks for no degree and no credential, so a
degree or the same initials on the résumé must not make it strong (``poise.fit.degree_asked``,
``poise.fit.initials_thing``). Near-misses keep the checks: a master's degree, a possessive
degree name, a standard named by its number, initials before a credential's own word."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY, hash_embed

from poise.fit.degree_asked import degree_asked
from poise.fit.extract import read_job
from poise.fit.initials_thing import names_thing
from poise.fit.lexicon import patterns_for
from poise.fit.match import INSTITUTION_RE, STRONG, match_requirements, similarity
from poise.fit.resume_reader import read_resume

RESUME = """# Ilse Varga
Gdansk, Poland

## Experience
Works Manager, Baltic Ferroalloys, Gdansk, 2019 – present
- Run the sinter plant and the two DRX lines, 310 staff.
- Agreed yearly ore contracts with suppliers of the QLX concentrate.

## Education
MSc Process Engineering, Gdansk University of Technology, 2008

## Certifications
- NEBOSH International General Certificate, 2012
"""


def _degree(text: str) -> bool:
    return degree_asked(text, patterns_for().evidence["degree"], INSTITUTION_RE)


@pytest.mark.parametrize("text", [
    "Own the ten-year master plan of the estate and its yearly updates",
    "Keep the integrated master schedule of the rebuild up to date",
    "Work with the Master Roaster on the blend of each season",
    "Run the master data function for the group",
    "Collect 360-degree feedback for every senior leader",
])
def test_a_degree_word_naming_another_thing_asks_no_degree(text: str) -> None:
    assert not _degree(text)


@pytest.mark.parametrize("text", [
    "Master's degree in engineering or economics",
    "A master's-level qualification in finance",
    "Bachelor degree in civil engineering",
    "A master's in supply chain management",
    "A Master of Science in a technical field",
    "Diploma in Brewing or an equivalent award",
    "Honours degree in a relevant subject",
])
def test_a_degree_asked_is_still_read(text: str) -> None:
    assert _degree(text)


def test_a_place_of_study_named_asks_no_degree() -> None:
    assert not _degree("Experience at a public university of 20,000 students")


@pytest.mark.parametrize(("text", "token"), [
    ("Lead the safe operation of all DRX lines of the works", "DRX"),
    ("Secure KVB approvals for every new product", "KVB"),
])
def test_initials_before_a_thing_of_the_work_name_no_credential(text: str, token: str) -> None:
    assert names_thing(text, token)


@pytest.mark.parametrize(("text", "token"), [
    ("Keep the plant's IATF 16949 certification", "IATF"),
    ("Sustain NABH accreditation across all units", "NABH"),
    ("CIPS membership or working towards it", "CIPS"),
    ("NEBOSH Diploma required", "NEBOSH"),
    ("A current PMP", "PMP"),
    ("CSCP or CPIM certification", "CSCP"),
])
def test_initials_of_a_credential_are_still_a_credential(text: str, token: str) -> None:
    assert not names_thing(text, token)


def _match(duty: str):
    job = read_job("# Works Director\n\n## Key responsibilities\n" + f"- {duty}\n")
    resume = read_resume(RESUME, today=TODAY)
    (match,) = match_requirements(job, resume, similarity(job, resume, hash_embed), patterns_for())
    return match


def test_a_duty_on_a_master_plan_is_not_met_by_a_degree() -> None:
    match = _match("Own the ten-year master plan of the works and its yearly updates")
    assert not any(verdict.kind == "education" for verdict in match.verdicts)


def test_a_degree_asked_is_still_met_by_the_degree() -> None:
    match = _match("Master's degree in engineering")
    education = [verdict for verdict in match.verdicts if verdict.kind == "education"]
    assert education and education[0].strength == STRONG


def test_a_duty_on_a_process_line_is_not_met_by_its_initials() -> None:
    # The résumé writes "DRX" too; running those lines is what the duty asks, not a credential.
    match = _match("Lead the safe operation of all DRX lines and the kilns")
    assert not any(verdict.kind == "certification" for verdict in match.verdicts)


def test_a_credential_the_resume_holds_is_still_met() -> None:
    match = _match("NEBOSH International General Certificate")
    certification = [verdict for verdict in match.verdicts if verdict.kind == "certification"]
    assert certification and certification[0].strength == STRONG


def test_initials_of_a_degree_are_a_degree_wherever_they_stand() -> None:
    assert _degree("MBA or postgraduate management studies")
