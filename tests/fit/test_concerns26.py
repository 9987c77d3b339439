"""Concerns of the twenty-sixth pass, each on small examples of its own: a sector word that is a
phase of the work a line runs through ("a start-up from construction to volume production") is
no sector of the employer; "business level" stands below "fluent" on the language ladder, so a
business-level speaker is short of a fluent level asked; a stated line asking a record in the
post's own market (a country or a region holding it) is a domestic record where no role lies
there; a language line is judged as a language, not as an international remit."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns.markets import abroad_asked, markets_asked
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


# --- A record asked in the post's own market --------------------------------------------------

def _abroad(job_lines: str, *, location: str, roles: str, home: str) -> list[tuple[str, str]]:
    job = f"# Project Director\n\nLocation: {location}\n\n## Requirements\n{job_lines}\n"
    resume = f"# Sam Reid\n{home} · sam@example.com\n\n## Experience\n{roles}\n"
    return [(concern.kind, concern.title)
            for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


UK_ROLES = """### Project Director — Calloway Construction, Birmingham, UK
Mar 2016 – present
- Led a £600m hospital build with 1,900 operatives at peak.
"""


def test_the_market_a_line_asks_a_record_in_is_read_from_the_parse() -> None:
    patterns = patterns_for()
    asked = markets_asked("GCC or wider Middle East project experience is highly desirable.",
                          patterns)
    assert {name for name, _ in asked} == {"the GCC", "the Middle East"}
    assert [name for name, _ in markets_asked("Deep experience in the North American market",
                                              patterns)] == ["North America"]
    # a place the line sends the holder to, or reports to, is no record asked
    assert markets_asked("Willingness to travel to our sites in the GCC", patterns) == []
    assert markets_asked("Report to the regional office for the Middle East", patterns) == []


def test_a_record_asked_in_the_posts_own_market_is_raised_when_no_role_lies_there() -> None:
    found = _abroad("- Project experience in the GCC is highly desirable.\n"
                    "- Chartered engineer.", location="Riyadh, Saudi Arabia", roles=UK_ROLES,
                    home="Birmingham, UK")
    assert ("domestic_only", "No record yet in the GCC") in found


def test_a_record_in_the_market_on_the_resume_answers_it() -> None:
    roles = UK_ROLES + """
### Project Manager — Gulf Build LLC, Dubai, United Arab Emirates
Jan 2010 – Feb 2016
- Delivered a 40-storey tower in Dubai.
"""
    found = _abroad("- Project experience in the GCC is highly desirable.",
                    location="Riyadh, Saudi Arabia", roles=roles, home="Birmingham, UK")
    assert "domestic_only" not in _kinds(found)


def test_a_market_other_than_the_posts_raises_nothing() -> None:
    found = _abroad("- Experience in the North American market is an advantage.",
                    location="Riyadh, Saudi Arabia", roles=UK_ROLES, home="Birmingham, UK")
    assert "domestic_only" not in _kinds(found)


# --- A language line is judged as a language ---------------------------------------------------

def test_a_language_line_naming_an_international_audience_raises_no_domestic_concern() -> None:
    found = _concerns("- Fluent English is essential: you will report monthly to the group's "
                      "international investment committee in English.",
                      languages="## Languages\n- Korean: native\n- English: fluent\n")
    assert "domestic_only" not in _kinds(found)


def test_international_experience_asked_of_a_one_country_career_is_raised_even_when_moving() -> None:
    found = _abroad("- International experience gained in more than one country is highly "
                    "desirable.\n- Chartered engineer.", location="Riyadh, Saudi Arabia",
                    roles=UK_ROLES, home="Birmingham, UK")
    assert ("domestic_only", "International experience asked, one country shown") in found


def test_international_words_that_qualify_no_record_ask_none() -> None:
    assert abroad_asked("Overseas experience is an advantage")
    assert not abroad_asked("Knowledge of international accounting standards (IFRS)")
    assert not abroad_asked("Willingness to travel internationally")
    assert not abroad_asked("Lead international expansion into two new markets")


def test_a_place_that_qualifies_the_rules_asks_the_rules_not_a_record_there() -> None:
    patterns = patterns_for()
    assert markets_asked("Sound knowledge of Singapore employment legislation", patterns) == []
    assert markets_asked("Working knowledge of the GCC labour regulations", patterns) == []
    assert [name for name, _ in markets_asked("Five years of experience in Singapore",
                                              patterns)] == ["Singapore"]
