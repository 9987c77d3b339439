"""Levels a strong verdict must not skip: a professional body's own name read as a grade held, a
licence of another country asked by its initials ("an active US licence") and a tier of incident
command below the one asked. Each rule is checked with a near-miss that must keep the verdict
strong."""

from __future__ import annotations

from tests.fit.test_verdict_levels28 import HEADER, _capped

from poise.fit.credential_state import place_shortfall
from poise.fit.distance import country_of_initials, is_us_state
from poise.fit.ladders import rungs_in, shown_rungs
from poise.fit.lexicon import patterns_for
from poise.fit.match import PARTIAL, STRONG, Match, Verdict
from poise.fit.quantities import counts_in


def _rungs(text: str) -> list[tuple[str, str]]:
    return [(rung.ladder, rung.name) for rung in rungs_in(text, patterns_for())]


# --- a body's own name is not a grade held --------------------------------------------------------


def test_the_institute_named_alone_shows_no_grade() -> None:
    assert _rungs("Chartered Institute of Procurement & Supply (CIPS)") == []


def test_the_grade_beside_the_institute_is_still_read() -> None:
    assert _rungs("MCIPS, Chartered Institute of Procurement & Supply") == [("cips", "MCIPS")]


def test_chartered_as_a_grade_is_still_read() -> None:
    # near-miss: "chartered" before "member" is the grade, not the body's name
    assert _rungs("Chartered member of CIPS since 2016") == [("cips", "MCIPS")]


def test_a_diploma_and_the_institute_show_the_diploma_level() -> None:
    lines = ["CIPS Level 4 Diploma in Procurement and Supply",
             "Chartered Institute of Procurement & Supply (CIPS)"]
    rung, line = shown_rungs(lines, patterns_for())["cips"]
    assert (rung.name, line) == ("CIPS Level 4", lines[0])


def test_a_body_named_alone_leaves_a_member_grade_short() -> None:
    resume = HEADER + """## Qualifications
- CIPS Level 4 Diploma in Procurement and Supply
- Chartered Institute of Procurement & Supply (CIPS)
"""
    capped = _capped("MCIPS or equivalent", resume,
                     "Chartered Institute of Procurement & Supply (CIPS)")
    assert capped.strength == PARTIAL
    assert "CIPS Level 4" in capped.missing


# --- a licence of another country ------------------------------------------------------------------

CPA = (Verdict("certification", STRONG, "The résumé shows CPA."),)


def _licence_match(quote: str) -> Match:
    return Match("r1", STRONG, quote, "Shown.", 0.9, verdicts=CPA)


def test_country_initials_name_the_country() -> None:
    assert [country_of_initials(text) for text in ("US", "U.S.", "USA")] == ["US"] * 3


def test_words_that_are_not_initials_name_no_country() -> None:
    assert [country_of_initials(text) for text in ("Usa", "U", "CPA", "Texas")] == [None] * 4


def test_a_state_of_the_united_states_is_known() -> None:
    assert is_us_state("New  York") and not is_us_state("Ontario")


def test_a_provincial_licence_is_short_of_a_us_licence() -> None:
    match = _licence_match("Chartered Professional Accountant (CPA, CA), CPA Ontario, 2010")
    assert place_shortfall("CPA, active US license", match, patterns_for()) == (
        "Ontario shown; US asked")


def test_a_state_licence_meets_a_us_licence() -> None:
    # near-miss: a licence of a state of the country asked is a licence of that country
    match = _licence_match("Certified Public Accountant, State of Texas, 2012")
    assert place_shortfall("CPA, active US license", match, patterns_for()) == ""


def test_a_licence_naming_no_place_is_left_alone() -> None:
    match = _licence_match("CPA, active license since 2011")
    assert place_shortfall("CPA, active US license", match, patterns_for()) == ""


def test_one_state_licence_is_short_of_another_state() -> None:
    match = _licence_match("CPA (New York), active")
    assert place_shortfall("CPA licensed in Texas", match, patterns_for()) == (
        "New York shown; Texas asked")


def test_the_provincial_licence_is_capped_below_strong() -> None:
    resume = HEADER + """## Designations
- Chartered Professional Accountant (CPA, CA), CPA Ontario, 2010
"""
    capped = _capped("CPA, active US license", resume,
                     "Chartered Professional Accountant (CPA, CA), CPA Ontario, 2010", CPA)
    assert capped.strength == PARTIAL
    assert "Ontario shown; US asked" in capped.missing


# --- tiers of incident command ---------------------------------------------------------------------


def test_the_tiers_of_command_are_read() -> None:
    assert _rungs("Silver Commander accreditation, renewed 2024") == [
        ("incident_command", "Silver Commander")]
    assert _rungs("Gold Commander accreditation") == [("incident_command", "Gold Commander")]


def test_gold_in_another_sense_is_no_tier() -> None:
    # near-miss: a place or a metal beside a command centre is not a tier of command
    assert _rungs("Ran the Gold Coast command centre") == []
    assert _rungs("Commander of a gold mining security detail") == []


def test_a_lower_tier_of_command_is_short_of_the_one_asked() -> None:
    resume = HEADER + """## Accreditations
- Silver Commander accreditation, renewed January 2024
"""
    capped = _capped("Gold Commander accreditation", resume,
                     "Silver Commander accreditation, renewed January 2024")
    assert capped.strength == PARTIAL
    assert "Silver Commander" in capped.missing


def test_the_tier_asked_keeps_the_verdict() -> None:
    resume = HEADER + """## Accreditations
- Gold Commander accreditation, 2023
"""
    capped = _capped("Silver or Gold Commander accreditation", resume,
                     "Gold Commander accreditation, 2023")
    assert capped.strength == STRONG


# --- a standard's number is not a count ------------------------------------------------------------


def test_a_standards_number_counts_nothing() -> None:
    assert counts_in("IATF 16949, ISO 14001 and ISO 45001 certifications maintained") == []
    assert counts_in("ISO 9001, 14001 and 45001 certifications kept") == []
    assert counts_in("ISO/IEC 27001 certified sites") == []


def test_a_count_after_capitals_still_counts() -> None:
    # near-miss: a short number after a region's or a unit's capitals is a count
    assert counts_in("Across EMEA 12 countries") == [(12.0, "country")]
    assert counts_in("FTE 250 staff") == [(250.0, "staff")]
    assert counts_in("Led 3 plant certifications") == [(3.0, "certification")]


def test_standards_kept_are_not_shown_short_of_another_standard() -> None:
    resume = HEADER + """## Experience
Plant Director, Norland Castings, Leeds, 2015 – present
- Site IATF 16949 recertification in 2021 and 2024 with zero major findings.
"""
    capped = _capped("Maintain ISO 14001 and ISO 45001 certifications across the plants", resume,
                     "Site IATF 16949 recertification in 2021 and 2024 with zero major findings.")
    assert "asked" not in capped.missing
