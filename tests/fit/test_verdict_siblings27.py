"""Siblings and credential states: a named thing shown only as another of its family, or only as
its family, is partial and says which; a credential being worked for is not held; an awarding
body's initials are not the award. Each mechanism is tested both ways: the thing asked shown is
strong (no shortfall); a sibling, the family alone or a state short of held is partial."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY, hash_embed

from poise.fit.extract import read_job
from poise.fit.ladders import held_texts
from poise.fit.lexicon import patterns_for
from poise.fit.match import (
    PARTIAL,
    STRONG,
    Match,
    Verdict,
    _abbreviates,
    _check_certification,
    similarity,
)
from poise.fit.resume_reader import read_resume
from poise.fit.shortfall import cap
from poise.fit.siblings import sibling_shortfall


def _short(requirement: str, lines: list[str]) -> str:
    return sibling_shortfall(requirement, lines, patterns_for())


@pytest.mark.parametrize(
    ("requirement", "lines", "expected"),
    [
        # a scheme of the same benchmark is not the one asked
        ("Maintain SQF certification at the plant",
         ["Maintained BRCGS certification with grade AA in five audits."],
         "BRCGS shown; SQF asked"),
        # an accreditation body's programme: the family alone is not the programme asked
        ("Maintain JCI Academic Medical Center accreditation",
         ["Led the hospital to its first JCI accreditation in 2019."],
         "JCI accreditation shown; JCI Academic Medical Center asked"),
        # another accreditation body
        ("Lead readiness for the Accreditation Canada survey",
         ["Led two hospitals through GAHAR accreditation."],
         "GAHAR shown; Accreditation Canada asked"),
        # a distribution network's control room where the transmission system's is asked; the
        # TSO named as a counterpart worked with shows nothing
        ("Operational security of the transmission grid",
         ["Head of the control centre of a distribution system operator.",
          "Coordinated planned outages with the national TSO."],
         "a distribution system operator shown; a transmission system operator asked"),
        # a certificate asked: the member asked only as a course, or as a scheme moved away from,
        # is not held
        ("Maintain SQF certification at the plant",
         ["Maintained BRCGS certification with grade AA.", "SQF Practitioner training, 2014"],
         "BRCGS shown; SQF asked"),
        ("Maintain SQF certification at the plant",
         ["Maintained BRCGS certification with grade AA.",
          "Led the site's transition from SQF to BRCGS."],
         "BRCGS shown; SQF asked"),
        # a kind of operation the family alone does not show
        ("Introduce autonomous haulage in the new pit phase",
         ["Raised haul truck productivity by 17% through dispatch optimisation."],
         "a haul fleet shown; autonomous haulage asked"),
        # a general MBA where a master's in a named subject is asked
        ("Master's degree in Healthcare Administration, Hospital Management or Public Health",
         ["MBA (Master of Business Administration), Cairo, 2013"],
         "an MBA shown; a master's in healthcare administration asked"),
    ],
)
def test_a_sibling_or_the_family_alone_is_named_as_the_shortfall(requirement: str,
                                                                  lines: list[str],
                                                                  expected: str) -> None:
    assert _short(requirement, lines) == expected


@pytest.mark.parametrize(
    ("requirement", "lines"),
    [
        # the member asked is shown
        ("Maintain SQF certification at the plant",
         ["Maintained SQF Level 3 certification with no major findings."]),
        ("Maintain JCI Academic Medical Center accreditation",
         ["Led the JCI Academic Medical Center accreditation survey in 2022."]),
        ("Operational security of the transmission grid",
         ["Shift lead at a transmission system operator's national control centre."]),
        ("Master's degree in Healthcare Administration, Hospital Management or Public Health",
         ["Master of Health Administration (MHA), 2012"]),
        # beside "or", something the family does not name: it may be met outside the family
        ("Master's degree in Healthcare Administration or a related field",
         ["MBA (Master of Business Administration), Cairo, 2013"]),
        # alternatives: any member named meets it
        ("Postgraduate qualification in health services management or an MBA",
         ["Graduate Diploma in Health Services Management, 2010"]),
        # the requirement accepts alike
        ("Solid knowledge of a GFSI scheme, ideally SQF",
         ["Maintained BRCGS certification with grade AA in five audits."]),
        ("JCI or equivalent hospital accreditation",
         ["Led two hospitals through GAHAR accreditation."]),
        # the member asked is only a counterpart in the requirement
        ("Agree the annual outage plan with DSOs and producers",
         ["Head of the control centre of a transmission system operator."]),
        # an alternative outside the family is offered
        ("Autonomous haulage or fleet management technology",
         ["Raised haul truck productivity by 17% through dispatch optimisation."]),
        ("Introduce autonomous haulage in the new pit phase",
         ["Ran the autonomous haulage fleet of 40 trucks."]),
        # knowledge asked, not a certificate: a course in the member shows it
        ("Knowledge of SQF", ["Maintained BRCGS certification.", "SQF Practitioner training"]),
        # nothing of the family on the résumé: not this check's to say
        ("Maintain SQF certification at the plant", ["Ran a bakery of 260 staff."]),
    ],
)
def test_the_member_asked_or_an_accepted_alike_leaves_no_shortfall(requirement: str,
                                                                   lines: list[str]) -> None:
    assert _short(requirement, lines) == ""


RESUME = """# Dana Whitfield
Denver, CO

## Experience
Deputy Director, Airside Operations, Front Range Airport, 2016 – present
- Ran airfield operations for an airport of 12 million passengers.

## Certifications
- AAAE Airport Certified Employee (ACE) – Operations, 2024
- AAAE Certified Member (C.M.) program – enrolled; written exam scheduled August 2025
"""


def _certification(text: str, resume_text: str = RESUME) -> Verdict | None:
    job = read_job("# Director\n\n## Requirements\n" + f"- {text}\n")
    resume = read_resume(resume_text, today=TODAY)
    patterns = patterns_for()
    return _check_certification(job.requirements[0], resume, patterns,
                                similarity(job, resume, hash_embed))


def test_a_body_s_initials_are_not_its_award_and_an_award_being_sat_is_not_held() -> None:
    verdict = _certification("AAAE Certified Member (C.M.) or Accredited Airport Executive "
                             "(A.A.E.)")
    assert verdict is not None
    assert verdict.strength == PARTIAL
    assert "C.M. in progress" in verdict.missing


def test_the_award_held_by_its_initials_is_strong() -> None:
    held = RESUME.replace("AAAE Certified Member (C.M.) program – enrolled; written exam "
                          "scheduled August 2025", "AAAE Certified Member (C.M.), 2021")
    verdict = _certification("AAAE Certified Member (C.M.) or Accredited Airport Executive "
                             "(A.A.E.)", held)
    assert verdict is not None
    assert verdict.strength == STRONG


@pytest.mark.parametrize(
    ("before", "token", "expected"),
    [("AAAE Certified Member ", "C.M.", True),
     ("Accredited Airport Executive ", "A.A.E.", True),
     ("Certified Fraud Examiner ", "CFE", True),
     ("Bilanzbuchhalter ", "IHK", False),
     ("CMRP ", "AHRMM", False)],
)
def test_initials_that_abbreviate_the_name_before_them_are_the_award_s_own(
        before: str, token: str, expected: bool) -> None:
    assert _abbreviates(before, token) is expected


def test_the_cap_lowers_a_strong_verdict_and_says_what_is_shown_and_asked() -> None:
    job = read_job("# Plant Director\n\n## Requirements\n- Maintain SQF certification\n")
    resume = read_resume("# Sam Roe\nToronto\n\n## Experience\nPlant Manager, Crumb Co, 2015 – "
                         "present\n- Maintained BRCGS certification with grade AA.\n",
                         today=TODAY)
    requirement = job.requirements[0]
    strong = Match(requirement.id, STRONG, "Maintained BRCGS certification with grade AA.", "",
                   0.9, None, ())
    capped = cap(job.requirements, (strong,), resume, patterns_for())[0]
    assert capped.strength == PARTIAL
    assert "BRCGS shown; SQF asked" in capped.missing
    # the same with SQF shown stays strong
    shown = read_resume("# Sam Roe\nToronto\n\n## Experience\nPlant Manager, Crumb Co, 2015 – "
                        "present\n- Maintained SQF certification with no majors.\n", today=TODAY)
    assert cap(job.requirements, (strong,), shown, patterns_for())[0].strength == STRONG


def test_a_sibling_degree_still_being_studied_for_is_not_held() -> None:
    resume = read_resume("# Ana Silva\nLisbon\n\n## Experience\nHospital Manager, Luz, 2015 – "
                         "present\n- Ran a 300-bed hospital.\n\n## Education\nMaster of Health "
                         "Administration (MHA), Nova University\n2024 – present\nMBA, Católica, "
                         "2012\n", today=TODAY)
    lines = held_texts(resume.lines, patterns_for())
    assert _short("Master's in Healthcare Administration", lines) == (
        "an MBA shown; a master's in healthcare administration asked")


def _capped_certificate(requirement_text: str, line: str) -> Match:
    job = read_job("# Director\n\n## Requirements\n" + f"- {requirement_text}\n")
    resume = read_resume("# Lee Park\nAustin, TX\n\n## Experience\nDirector, Acme, 2015 – present\n"
                         "- Ran a portfolio of 40 projects.\n\n## Certifications\n" + f"- {line}\n",
                         today=TODAY)
    requirement = job.requirements[0]
    index = next(item.index for item in resume.lines if item.text == line)
    check = Verdict("certification", STRONG, "", index, line, "PMP")
    strong = Match(requirement.id, STRONG, line, "", 0.9, index, (check,))
    return cap(job.requirements, (strong,), resume, patterns_for())[0]


@pytest.mark.parametrize(
    ("line", "state"),
    [("PMP, 2012 (lapsed 2019)", "PMP lapsed, not current"),
     ("PMP certification expired in 2020", "PMP lapsed, not current"),
     ("Eligible for the PMP exam (35 contact hours done)", "PMP only eligible for, not held")],
)
def test_a_credential_lapsed_or_only_eligible_for_is_not_held(line: str, state: str) -> None:
    capped = _capped_certificate("PMP certification", line)
    assert capped.strength == PARTIAL
    assert state in capped.missing


@pytest.mark.parametrize("line", ["PMP, 2012 (renewed 2024)",
                                  "CSM (lapsed 2018), PMP, 2012"])
def test_a_credential_held_now_stays_strong(line: str) -> None:
    assert _capped_certificate("PMP certification", line).strength == STRONG


QUALITY_RESUME = """# Lee Park
Troy, MI

## Experience
Director of Quality, Delta Stampings, 2015 – present
- Led plant quality for four sites.

## Certifications
- ASQ Certified Quality Engineer (CQE), 2011
"""
QUALITY_ASK = "ASQ Certified Manager of Quality/Organizational Excellence (CQM/OE)"


def test_another_award_of_the_body_named_is_partial_and_names_both() -> None:
    verdict = _certification(QUALITY_ASK, QUALITY_RESUME)
    assert verdict is not None
    assert verdict.strength == PARTIAL
    assert verdict.detail == "CQM/OE|ASQ Certified Quality Engineer (CQE)"
    assert "Certified Quality Engineer" in verdict.quote


def test_the_award_named_held_is_strong_not_a_sibling() -> None:
    # near-miss: the award asked is on the résumé by its initials
    held = QUALITY_RESUME.replace("Certified Quality Engineer (CQE), 2011",
                                  "Certified Manager of Quality/Organizational Excellence "
                                  "(CQM/OE), 2019")
    verdict = _certification(QUALITY_ASK, held)
    assert verdict is not None and verdict.strength == STRONG


@pytest.mark.parametrize("line", [
    # the body's award still being sat for holds nothing yet
    "ASQ Certified Quality Engineer (CQE) – in progress, exam booked for 2026",
    # the body named with no award of its own
    "Member of ASQ since 2010",
])
def test_the_body_named_without_an_award_held_is_no_sibling(line: str) -> None:
    resume = QUALITY_RESUME.replace("ASQ Certified Quality Engineer (CQE), 2011", line)
    verdict = _certification(QUALITY_ASK, resume)
    assert verdict is None or "|" not in verdict.detail
