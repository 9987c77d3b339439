"""Verdicts a recruiter would agree with: a course still being finished holds no rung, a
postgraduate certificate is a rung of its own, the insurance institute's grades are a ladder, a
credential asked by its full name and initials is met by its full name, and the verdict head's
inputs for a count shown on the evidence and a part played in others' work."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit import evaluation_view
from poise.fit.ladders import asked_rungs, held_part, shown_rungs
from poise.fit.lexicon import patterns_for
from poise.fit.quantities import count_ratio
from poise.fit.result import assess
from poise.fit.verdict_features import FEATURES

PATTERNS = patterns_for()


def _view(requirement: str, lines: str) -> dict:
    job = f"# Head of Operations\n\n## Requirements\n- {requirement}\n"
    resume = ("# Sam Okafor\nBristol, UK · sam@example.org\n\n## Experience\n"
              "Operations Manager, Harrowgate Mutual, Bristol, 2016 – present\n"
              f"{lines}")
    return evaluation_view(assess(job, resume, embed=hash_embed, today=TODAY))["requirements"][0]


def test_a_course_still_being_finished_holds_no_rung() -> None:
    line = "Operations leader of 15 years; currently completing a PhD in logistics."
    assert "PhD" not in held_part(line, PATTERNS)
    shown = shown_rungs([line, "BSc Logistics, Aston University, 2008"], PATTERNS)
    assert shown["degree"][0].name == "Bachelor's degree"


def test_a_postgraduate_certificate_meets_a_postgraduate_qualification_not_a_masters() -> None:
    asked = asked_rungs("A postgraduate qualification in management", PATTERNS)["degree"]
    held = shown_rungs(["PGCert Healthcare Leadership, Kestrel University, 2019"], PATTERNS)
    assert held["degree"][0].rank == asked.rank
    masters = asked_rungs("A master's degree in management", PATTERNS)["degree"]
    assert held["degree"][0].rank < masters.rank


def test_the_insurance_institute_grades_are_a_ladder() -> None:
    asked = asked_rungs("Fellow of the Chartered Insurance Institute (FCII) preferred", PATTERNS)
    assert asked["cii"].name == "FCII"
    shown = shown_rungs(["Diploma in Insurance (Dip CII), 2011", "ACII, Chartered Insurance "
                                                                 "Institute, 2015"], PATTERNS)
    assert shown["cii"][0].name == "ACII"
    found = _view("Fellowship of the Chartered Insurance Institute (FCII)",
                  "## Qualifications\n- ACII – Associate of the Chartered Insurance Institute, 2015\n")
    assert found["verdict"] == "partial"
    assert "FCII" in found["missing"]


def test_a_credential_asked_by_full_name_and_initials_is_met_by_its_full_name() -> None:
    found = _view("Quarry Manager's Certificate of Competence (Surface Quarries) – QMC",
                  "- Run two limestone quarries with 60 staff.\n\n## Qualifications\n"
                  "- Quarry Manager's Certificate of Competence (Surface Quarries), 2012\n")
    assert found["verdict"] == "strong"
    assert "Certificate of Competence" in found["evidence"]
    # the same name with the course still under way is no credential held
    found = _view("Quarry Manager's Certificate of Competence (Surface Quarries) – QMC",
                  "- Run two limestone quarries with 60 staff.\n\n## Qualifications\n"
                  "- Quarry Manager's Certificate of Competence (Surface Quarries), in progress\n")
    assert found["verdict"] != "strong"


def test_a_count_of_the_same_things_on_the_evidence_is_compared() -> None:
    assert count_ratio("Lead the 40 branch managers of the network",
                       ["Lead 16 branch managers across the south-west"]) == 0.4
    assert count_ratio("Oversee 3 contact centres", ["Ran 4 contact centres"]) == 4 / 3
    assert count_ratio("Oversee 3 contact centres", ["Lead 200 advisers"]) is None


def test_the_head_reads_counts_and_a_part_in_others_work() -> None:
    assert {"count_short", "count_met", "part_only"} <= set(FEATURES)
    cues = (*PATTERNS.evidence["supporting_part"], *PATTERNS.evidence["exposure"])
    for line in ("Co-led the claims system replacement with the IT director",
                 "Worked alongside the Finance Director on the 2024 restructuring",
                 "Business subject-matter expert on the new policy platform"):
        assert any(pattern.search(line) for pattern in cues), line
    assert not any(pattern.search("Led the claims system replacement across 3 sites")
                   for pattern in cues)
