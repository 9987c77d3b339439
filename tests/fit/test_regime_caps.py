"""A requirement met under another jurisdiction or in a smaller amount of another currency is
never met in full: a licence of another state, another country's laws or regulators, and an
amount converted at the reference rates below the one asked keep the verdict below strong."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.concerns.licence_place import licence_shortfall
from poise.fit.extract import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import read_resume
from poise.fit.rules_place import countries_ruled, rules_shortfall
from poise.fit.shortfall import shortfalls

RESUME = """# Tomasz Weber
Graz, Austria

## Experience
Director of Operations, Murtal Wasser GmbH, Graz, Austria, 2016 – present
- Ran drinking-water supply for 300,000 residents under the Austrian Drinking Water Ordinance.
- Filed annual price submissions with the Austrian energy and water regulator.
- Delivered a EUR 40 million treatment-plant programme over five years.

Operations Manager, Steiermark Abwasser, Leoben, Austria, 2009 – 2016
- Led 120 staff across four treatment works.

## Licences
- Licensed Professional Engineer (Ohio), since 2008
"""


def _requirement(text: str):
    return read_job("# Director\n\n## Requirements\n" + f"- {text}\n").requirements[0]


def _resume(text: str = RESUME):
    return read_resume(text, today=TODAY)


def test_another_countrys_rules_are_the_requirement_met_in_part() -> None:
    patterns = patterns_for()
    text = "Working knowledge of Hungarian water legislation and tariff rules"
    assert countries_ruled(text, patterns) == {"HU"}
    found = rules_shortfall(text, _resume(), patterns)
    assert found.startswith("work under the rules of Austria shown") and "Hungary" in found


def test_the_rules_of_the_careers_own_country_are_met() -> None:
    patterns = patterns_for()
    assert rules_shortfall("Working knowledge of Austrian water legislation", _resume(),
                           patterns) == ""


def test_a_field_of_study_or_a_language_is_no_countrys_rules() -> None:
    patterns = patterns_for()
    # "law" as the subject of a degree, and a language named beside "rules" of grammar elsewhere
    assert rules_shortfall("A master's degree in Hungarian law or economics", _resume(),
                           patterns) == ""
    assert countries_ruled("Fluent Hungarian; follows company rules", patterns) == set()
    # a requirement accepting another country's equivalent is met by it
    assert rules_shortfall("Knowledge of Hungarian water legislation or an equivalent regime",
                           _resume(), patterns) == ""


def test_work_with_the_country_asked_on_the_record_answers_it() -> None:
    patterns = patterns_for()
    resume = _resume(RESUME.replace(
        "- Led 120 staff across four treatment works.",
        "- Led 120 staff across four treatment works, two of them in Hungary"))
    assert rules_shortfall("Working knowledge of Hungarian water legislation", resume,
                           patterns) == ""


def test_a_career_that_cannot_be_placed_is_left_alone() -> None:
    patterns = patterns_for()
    unplaced = """# Sam Doe

## Experience
Director of Operations, Water Company, 2016 – present
- Ran drinking-water supply for 300,000 residents.
"""
    assert rules_shortfall("Working knowledge of Hungarian water legislation", _resume(unplaced),
                           patterns) == ""


def test_a_licence_of_another_state_caps_the_verdict_unless_an_equivalent_is_accepted() -> None:
    patterns = patterns_for()
    asked = "Registration as a Professional Engineer in the State of Arizona"
    assert licence_shortfall(asked, _resume(), patterns) == "Ohio shown; Arizona asked"
    assert licence_shortfall("Registration as a Professional Engineer in Ohio", _resume(),
                             patterns) == ""
    assert licence_shortfall(asked + " or an equivalent registration", _resume(), patterns) == ""


def test_an_amount_in_another_currency_is_converted_before_it_is_compared() -> None:
    patterns = patterns_for()
    # EUR 40m is about USD 47m: short of USD 150m, though "40" and "150" alone would say so too,
    # and short of PLN 400m (about USD 110m) though its figure is a tenth of the one asked
    found = shortfalls(_requirement("Deliver a PLN 400 million capital programme"), _resume(),
                       patterns)
    assert found and found[0].startswith("€40M (about") and found[0].endswith("asked")
    # met when the converted amount is larger: EUR 40m is more than PLN 100m (about USD 28m)
    assert shortfalls(_requirement("Deliver a PLN 100 million capital programme"), _resume(),
                      patterns) == []


LADDER_RESUME = """# Sam Ali
Muscat, Oman

## Experience
HSE Manager, Gulf Gas Services, Muscat, 2015 - present
- Led the HSE team of 12 and ran the site's wine-tasting club.

## Certifications
- NEBOSH International General Certificate, 2009
- Graduate Member of IOSH (GradIOSH)
- WSET Level 2 Award in Wines, 2012
"""


def _ladder_shortfalls(text: str) -> list[str]:
    return shortfalls(_requirement(text), _resume(LADDER_RESUME), patterns_for())


def test_a_membership_grade_below_the_one_asked_is_short_of_it() -> None:
    assert _ladder_shortfalls("Chartered membership of IOSH is essential") == [
        "Graduate Member of IOSH (GradIOSH) shown; Chartered Member of IOSH (CMIOSH) asked"]
    assert _ladder_shortfalls("Technical membership of IOSH or higher") == []
    # the safety course named beside the body is another ladder, met by the NEBOSH certificate
    assert _ladder_shortfalls("IOSH Managing Safely or a NEBOSH certificate") == []


def test_a_wine_award_below_the_diploma_is_short_of_it() -> None:
    assert _ladder_shortfalls("WSET Diploma in Wines") == [
        "WSET Level 2 Award shown; WSET Diploma asked"]
    assert _ladder_shortfalls("WSET Level 2 or above") == []


ENGINEER_RESUME = """# Jo Tran
Calgary, Alberta

## Experience
Director of Generation, Prairie Power, Calgary, 2015 - present
- Ran four hydro stations.

## Designations
- {held}
"""


def test_another_provinces_engineering_licence_is_short_of_the_one_asked() -> None:
    from poise.fit.concerns.recognition import recognition_shortfall

    patterns = patterns_for()
    asked = "Registration as a Professional Engineer with Engineers and Geoscientists BC"

    def short(held: str, text: str = asked) -> str:
        return recognition_shortfall(text, _resume(ENGINEER_RESUME.format(held=held)), patterns)

    assert short("Professional Engineer (P.Eng.), APEGA, 2009") == (
        "APEGA (Alberta) shown; Engineers and Geoscientists BC (British Columbia) asked")
    # the body asked, a national title naming no body, or an equivalent accepted: no shortfall
    assert short("P.Eng., Engineers and Geoscientists BC, 2009") == ""
    assert short("P.Eng., 2009") == ""
    assert short("Professional Engineer (P.Eng.), APEGA, 2009", asked + " or an equivalent") == ""


def test_a_regulator_named_as_the_standard_a_duty_keeps_to_asks_no_regime() -> None:
    patterns = patterns_for()
    # the duty asks the work; the regulator is only what it keeps to
    assert countries_ruled("Run the complaints desk within SLA in accordance with Ofwat's "
                           "service standards", patterns) == set()
    assert countries_ruled("Prepare the price review submissions to Ofwat", patterns) == {"GB"}


def test_a_multistate_licence_accepted_is_an_equivalent() -> None:
    patterns = patterns_for()
    asked = "Registration as a Professional Engineer in the State of Arizona or a compact licence"
    assert licence_shortfall(asked, _resume(), patterns) == ""
