"""A country's rules asked in any sector, the post's country read when its place leaves it open,
and a licence or registration held only under another state or country."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.career_places import place_countries
from poise.fit.concerns.jurisdiction import jurisdiction_switch_draft
from poise.fit.concerns.licence_place import licence_elsewhere, licence_place_draft, places_in
from poise.fit.concerns.model import Context
from poise.fit.concerns.regime import names_country_rules, post_country, regime_line
from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import Similarity
from poise.fit.resume_reader import read_resume

PLANT_JOB = """# Plant Director — Norte Foods
Location: {place}

## About us
Norte Foods makes snacks and sauces for supermarkets.

## Responsibilities
- Lead a plant of 600 people on three shifts.
- Keep the plant's food-safety audits clean.

## Requirements
- {rules}
- Ten years leading food manufacturing sites.
"""

PLANT_RESUME = """# Dana Ruiz
Lima, Peru

## Experience
### Plant Manager — Andes Snacks, Lima, Peru
Apr 2016 – present
- Led a snack plant of 450 people; raised line efficiency from 71% to 83%.
- Passed every food-safety audit with no major finding.

### Production Manager — Pacific Foods, Arequipa, Peru
Jan 2010 – Mar 2016
- Ran two packing lines of 120 people.
"""


def _context(job: str, resume: str) -> Context:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    return Context(read_job(job), read_resume(resume, today=TODAY), empty, patterns_for(None))


def _plant(rules: str, place: str = "Monterrey, Nuevo León, Mexico") -> Context:
    return _context(PLANT_JOB.format(place=place, rules=rules), PLANT_RESUME)


def test_a_line_naming_the_country_by_its_adjective_and_its_rules_asks_for_its_regime() -> None:
    patterns = patterns_for(None)
    assert names_country_rules("Working knowledge of Mexican food-safety regulation", "MX", patterns)
    assert names_country_rules("Knowledge of the labour legislation of Mexico", "MX", patterns)
    # near-misses: the country without its rules, rules far from the country, a language
    assert not names_country_rules("Experience selling to Mexican retailers", "MX", patterns)
    assert not names_country_rules("Fluent Spanish; you will report to the group's regulatory "
                                   "affairs team in Madrid and the board", "MX", patterns)
    assert not names_country_rules("Working knowledge of Mexican food-safety regulation", "BR",
                                   patterns)


def test_a_manufacturing_post_abroad_asking_its_countrys_rules_is_a_regulation_switch() -> None:
    context = _plant("Working knowledge of Mexican food-safety regulation and labour law.")
    line = regime_line(context, "MX")
    assert line is not None and "Mexican" in line.text
    draft = jurisdiction_switch_draft(context)
    assert draft is not None and draft.variant == "jurisdiction"
    assert (draft.values["switch_from"], draft.values["switch_to"]) == ("Peru", "Mexico")
    assert "Mexican" in draft.job_line  # the line asking the rules is the one quoted


def test_a_manufacturing_post_abroad_without_its_rules_asked_raises_no_switch() -> None:
    # manufacturing works to shared standards: a move abroad alone is no move of regime
    context = _plant("Experience of continuous improvement in a food plant.")
    assert jurisdiction_switch_draft(context) is None


def test_a_rules_line_only_welcomed_raises_no_switch() -> None:
    job = PLANT_JOB.replace("## Requirements\n- {rules}\n", "## Requirements\n").replace(
        "- Ten years leading food manufacturing sites.\n",
        "- Ten years leading food manufacturing sites.\n\n## Nice to have\n"
        "- Knowledge of Mexican food-safety regulation.\n")
    context = _context(job.format(place="Monterrey, Nuevo León, Mexico"), PLANT_RESUME)
    assert jurisdiction_switch_draft(context) is None


def test_the_same_country_asked_raises_no_switch() -> None:
    context = _plant("Working knowledge of Peruvian food-safety regulation.", place="Lima, Peru")
    assert jurisdiction_switch_draft(context) is None


def test_a_place_after_its_label_is_read_and_an_open_place_takes_the_adverts_country() -> None:
    patterns = patterns_for(None)
    assert place_countries("Ort: Gävle", patterns) == {"SE"}
    job = read_job(PLANT_JOB.format(place="Valle Norte plant", rules="Working knowledge of "
                                    "the food law of Mexico; the plant ships across Mexico."))
    assert post_country(job, patterns) == "MX"


def test_a_wish_to_work_in_the_country_is_no_work_there() -> None:
    resume = PLANT_RESUME.replace(
        "Lima, Peru\n\n", "Lima, Peru\n\nPlant leader; my family has ties to Mexico and I am "
        "looking for a role there.\n\n", 1)
    job = PLANT_JOB.format(place="Monterrey, Nuevo León, Mexico",
                           rules="Working knowledge of Mexican food-safety regulation.")
    draft = jurisdiction_switch_draft(_context(job, resume))
    assert draft is not None


ENGINEER_JOB = """# District Engineer — State Roads Agency
Location: Columbus, OH

## Requirements
- Current registration as a Professional Engineer in Ohio.
- Ten years managing highway construction.
- {extra}
"""

ENGINEER_RESUME = """# Sam Okafor
Indianapolis, IN

## Experience
### Construction Manager — Hoosier Paving, Indianapolis, IN
Apr 2014 – present
- Managed $80M of highway resurfacing a year with 120 staff.

## Certifications
- {licence}
- Full driving licence
"""


def _engineer(licence: str, extra: str = "Valid driving licence.") -> Context:
    return _context(ENGINEER_JOB.format(extra=extra),
                    ENGINEER_RESUME.format(licence=licence))


def _elsewhere(requirement, context: Context):
    return licence_elsewhere(requirement.text, context.resume, context.patterns)


def _requirement(context: Context, words: str):
    return next(requirement for requirement in context.job.requirements if words in requirement.text)


def test_a_licence_of_another_state_is_a_level_below_the_one_asked() -> None:
    context = _engineer("Licensed Professional Engineer (Indiana), since 2008")
    requirement = _requirement(context, "Professional Engineer")
    found = _elsewhere(requirement, context)
    assert found is not None
    asked, line, held = found
    assert asked == {("US", "Ohio")} and held == {("US", "Indiana")}
    assert "Indiana" in line  # the résumé's own credential line is the one quoted
    draft = licence_place_draft(requirement, None, context)
    assert draft is not None and draft.kind == "certification_level"
    assert draft.variant == "jurisdiction"
    assert (draft.values["switch_from"], draft.values["switch_to"]) == ("Indiana", "Ohio")


def test_the_licence_of_the_state_asked_answers_the_line() -> None:
    context = _engineer("Licensed Professional Engineer (Ohio and Indiana), since 2008")
    assert _elsewhere(_requirement(context, "Professional Engineer"), context) is None


def test_a_driving_licence_or_another_credential_is_no_licence_elsewhere() -> None:
    # a permit to drive is no profession's registration, whatever state issued it
    context = _engineer("Licensed Professional Engineer (Ohio), since 2008",
                        extra="A full Ohio driving licence.")
    assert _elsewhere(_requirement(context, "driving"), context) is None
    # a credential of another kind, from another state, shares no word with the one asked
    context = _engineer("Certified Public Accountant (Indiana)")
    assert _elsewhere(_requirement(context, "Professional Engineer"), context) is None


def test_a_national_body_is_read_by_its_countrys_name_or_adjective() -> None:
    patterns = patterns_for(None)
    assert ("EG", "") in places_in("Active membership of the Egyptian Syndicate of Engineers",
                                   patterns)
    assert ("JO", "") in places_in("Jordan Engineers Association, member since 2004", patterns)
    assert ("US", "Ohio") in places_in("Professional Engineer in Ohio", patterns)
    # a state that is also a country's name is left to the country
    assert ("US", "Georgia") not in places_in("Registered in Georgia", patterns)


def test_a_province_settles_a_town_name_several_countries_share() -> None:
    patterns = patterns_for(None)
    job = read_job(PLANT_JOB.format(place="Cornwall, Ontario",
                                    rules="Ten years in food plants in the United States."))
    assert post_country(job, patterns) == "CA"


def test_a_regulator_named_alone_is_left_to_the_regulator_reading() -> None:
    # "inspection readiness for <a national regulator>" names no country's rules in words: the
    # regulator is judged against the résumé's own regulators (regulator.py), not as a regime
    patterns = patterns_for(None)
    assert not names_country_rules("Keep the site ready for Swissmedic and FDA inspections", "CH",
                                   patterns)
    assert not names_country_rules("Deep knowledge of US GAAP and SEC reporting", "US", patterns)
