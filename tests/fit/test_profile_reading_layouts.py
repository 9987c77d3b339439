"""Certificates told from skills, degrees and results, and languages with their level in any
layout (issue 12, item 1): a skills list that names a certificate, an "Education and training"
heading, a result that mentions accreditation, lower-case names on a languages line, test
scores, and the level the list of languages states."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import read_resume

ROLE = "EXPERIENCE\nOperations Manager, Tarn Foods Ltd\n2015 – present\n- Ran two sites.\n\n"


def _read(text: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    profile = read_resume("# Ana Reyes\nLeeds\n\n" + text, today=TODAY)
    return profile.certifications, profile.languages


def test_a_certificate_named_in_a_list_of_skills_is_a_skill() -> None:
    certifications, _ = _read(
        "KEY SKILLS\n- Budget management\n- Continuous improvement (Yellow Belt)\n- PRINCE2 "
        "Practitioner\n\n" + ROLE + "CERTIFICATIONS\n- Lean Six Sigma Yellow Belt, 2019\n")
    assert certifications == ("PRINCE2 Practitioner", "Lean Six Sigma Yellow Belt")
    labelled, _ = _read("Core Competencies: Sourcing | Lean / Six Sigma | S&OP\n\n" + ROLE)
    assert labelled == ()


def test_under_education_and_training_a_line_is_a_certificate_by_what_it_says() -> None:
    certifications, _ = _read(
        ROLE + "EDUCATION AND TRAINING\n\n2008 – 2010\nMaster in Economics | EQF level 7\n"
        "Universidade de Braga, Braga (Portugal)\n\nITIL 4 Foundation, 2021\n")
    assert certifications == ("ITIL 4 Foundation",)


def test_a_result_that_mentions_accreditation_is_no_certificate() -> None:
    certifications, _ = _read(
        "EXPERIENCE\nWard Manager, Kelby Hospital\n2015 – present\n- Unit accreditation rose from "
        "Silver to Gold in one year\n- PRINCE2 Practitioner certified 2019\n")
    assert certifications == ("PRINCE2 Practitioner certified",)


def test_a_languages_line_in_lower_case_and_a_test_score() -> None:
    _, languages = _read(ROLE + "Langues : anglais courant, allemand notions, espagnol (TOEIC 600)\n")
    assert languages == (("English", "C1"), ("German", "A1"), ("Spanish", "B1"))
    _, scored = _read(ROLE + "LANGUAGES\nFrench (native); English (IELTS Academic 7.5)\n")
    assert scored == (("French", "native"), ("English", "C1"))


def test_the_level_the_list_of_languages_states_stands_over_a_claim_elsewhere() -> None:
    _, languages = _read("PROFILE\nBilingual (English/Italian) leader of food operations.\n\n"
                         + ROLE + "LANGUAGES\nEnglish (native); Italian (professional working "
                         "proficiency)\n")
    assert languages == (("English", "native"), ("Italian", "B2"))
    _, unstated = _read("PROFILE\nBilingual (English/Italian) leader.\n\n" + ROLE
                        + "LANGUAGES\nEnglish, Italian\n")
    assert dict(unstated)["Italian"] == "C2"


def test_language_test_bands_are_content() -> None:
    tests = {test.name: test for test in patterns_for(None).content.lexicons.language_tests}
    assert {"TOEIC", "IELTS", "TOEFL iBT"} <= set(tests)
