"""Language tests and certificates of a language level are listed apart from the professional
certifications: they show how well a language is known."""

from __future__ import annotations

from poise.fit.resume_reader import read_resume

RESUME = """# Marta Kovač
Operations Director | Zagreb, Croatia

## Experience
**Operations Director**, Adriatic Freight d.o.o., Zagreb | 2018 – present
- Ran four depots with 320 staff.
- Led the site through its ISO 9001 certification audit.

## Certifications
- PRINCE2 Practitioner, 2016
- TOEFL iBT 109, 2012

## Languages
| Language | Level |
|---|---|
| Croatian | native |
| German | B2 (TestDaF 4, 2019) |
"""


def test_a_language_test_is_listed_apart_from_the_certifications() -> None:
    profile = read_resume(RESUME)
    assert any("TOEFL" in item for item in profile.language_certificates)
    assert any("TestDaF" in item for item in profile.language_certificates)
    assert not any("TOEFL" in item or "TestDaF" in item for item in profile.certifications)


def test_a_professional_certification_stays_one() -> None:
    # near miss: a certificate with a level-like name that is no language test stays
    profile = read_resume(RESUME)
    assert any("PRINCE2" in item for item in profile.certifications)
    assert not any("PRINCE2" in item for item in profile.language_certificates)
    # near miss: a role's line about a certification audit is neither
    assert not any("ISO 9001" in item for item in profile.language_certificates)


def test_the_language_certificates_are_in_the_profile_dict() -> None:
    data = read_resume(RESUME).to_dict()
    assert data["language_certificates"] == list(read_resume(RESUME).language_certificates)


def test_a_stored_fit_keeps_its_language_certificates_and_the_page_shows_them() -> None:
    from poise.followup.application import _resume
    from poise.web.contexts.application import resume_facts

    stored = _resume({"certifications": ["PRINCE2 Practitioner"],
                      "language_certificates": ["TOEFL iBT 109, 2012", 7]})
    assert stored.language_certificates == ("TOEFL iBT 109, 2012",)
    facts = dict(resume_facts(stored))
    assert facts["Language certificates"] == "TOEFL iBT 109, 2012"
    assert facts["Certifications"] == "PRINCE2 Practitioner"
    # a fit stored before the field existed reads as none
    assert "Language certificates" not in dict(resume_facts(_resume({"certifications": []})))


def test_a_sentence_naming_a_test_in_passing_is_no_certificate() -> None:
    # near miss: "OSD" (oral solid dosage) and a long profile sentence are not language tests
    resume = RESUME.replace(
        "## Experience", "Plant head with 20 years in OSD formulations, who prepared teams for "
        "IELTS-style English training sessions across three regulated sites.\n\n## Experience")
    profile = read_resume(resume)
    assert not any("OSD" in item or "regulated" in item for item in profile.language_certificates)


def test_a_test_with_its_part_scores_is_one_item() -> None:
    resume = RESUME.replace("- TOEFL iBT 109, 2012",
                            "- IELTS Academic (2024) – Overall Band 7.5 (L 8.0, R 7.5, W 7.0, S 7.5)")
    assert any(item.startswith("IELTS Academic") for item in read_resume(resume).language_certificates)
