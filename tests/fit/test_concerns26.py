"""Concerns of the twenty-sixth pass, each on small examples of its own: a sector word that is a
phase of the work a line runs through ("a start-up from construction to volume production") is
no sector of the employer; "business level" stands below "fluent" on the language ladder, so a
business-level speaker is short of a fluent level asked."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns.sector import sector_only_as_phase
from poise.fit.lexicon import patterns_for
from poise.fit.result import assess

ROLES = """### Plant Manager — Ostrava Cells s.r.o., Leeds, UK
Mar 2016 – present
- Run a battery cell manufacturing plant of 800 people.
- Raised line yield from 88% to 95% across electrode and assembly lines.
"""


def _concerns(job_lines: str, *, about: str = "", languages: str = "") -> list[tuple[str, str]]:
    job = (f"# Plant Director\n\nLocation: Leeds, UK\n\n{about}\n\n## Requirements\n{job_lines}\n")
    resume = f"# Jae Park\nLeeds, UK · jae@example.com\n\n## Experience\n{ROLES}\n{languages}"
    return [(concern.kind, concern.title)
            for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


def _kinds(found: list[tuple[str, str]]) -> list[str]:
    return [kind for kind, _ in found]


# --- A phase of the work is not a sector ------------------------------------------------------

def test_a_sector_word_that_is_a_step_of_a_course_is_a_phase() -> None:
    patterns = patterns_for()
    assert sector_only_as_phase("A track record of leading a greenfield plant start-up from "
                                "construction to volume production", "construction", patterns)
    assert sector_only_as_phase("Lead the project from design through construction to handover",
                                "construction", patterns)


def test_a_sector_word_that_names_the_work_or_a_move_between_sectors_stays_a_sector() -> None:
    patterns = patterns_for()
    # the other end of the course is a sector: a move between sectors
    assert not sector_only_as_phase("Experience moving from construction into manufacturing",
                                    "construction", patterns)
    # the sector word is where the years were spent, the course is a career's
    assert not sector_only_as_phase("10 years in construction, from site manager to director",
                                    "construction", patterns)
    assert not sector_only_as_phase("Experience in construction", "construction", patterns)


def test_an_advert_naming_construction_only_as_phases_raises_no_industry_switch() -> None:
    found = _concerns("- A track record of leading a greenfield plant start-up from construction "
                      "to volume production.\n"
                      "- Lead the plant from construction hand-over through start of production.")
    assert "industry_switch" not in _kinds(found)


def test_an_advert_of_a_construction_employer_still_raises_the_switch() -> None:
    about = ("We are a main contractor in construction and real estate, building hospitals, "
             "schools and infrastructure projects. Our construction teams deliver 40 building "
             "sites a year.")
    found = _concerns("- Ten years of experience in construction as a main contractor.\n"
                      "- Lead building sites for a general contractor.", about=about)
    assert "industry_switch" in _kinds(found)


# --- The language ladder: business level below fluent ----------------------------------------

def test_a_business_level_speaker_is_short_of_fluent_english_asked() -> None:
    found = _concerns("- Fluent English, with the ability to lead a workforce and present to "
                      "customers.", languages="## Languages\n- Korean: native\n"
                      "- English: business level\n")
    assert "language_level" in _kinds(found)


def test_a_business_level_speaker_meets_a_business_level_asked() -> None:
    found = _concerns("- Business-level English, to report to the group in English.",
                      languages="## Languages\n- Korean: native\n- English: business level\n")
    assert "language_level" not in _kinds(found)


def test_a_fluent_speaker_meets_fluent_english_asked() -> None:
    found = _concerns("- Fluent English, with the ability to lead a workforce and present to "
                      "customers.", languages="## Languages\n- Korean: native\n- English: fluent\n")
    assert "language_level" not in _kinds(found)
