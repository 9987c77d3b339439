"""A move under another country's laws and regulators: the country of the post against the
countries of the résumé's roles and address, in a sector whose rules are national."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.concerns.jurisdiction import (
    career_countries,
    jurisdiction_switch_draft,
    moving_abroad,
    not_domestic_when_moving,
    place_countries,
)
from poise.fit.concerns.model import Context, Draft, Values
from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import Similarity
from poise.fit.resume_reader import read_resume

BANK_JOB = """# Head of Compliance — Harbour Bank
Location: {place}

## About us
Harbour Bank is a private bank serving wealth clients. Our banking teams look after
investment accounts, and our bank is growing its private banking business.

## Responsibilities
- Be the bank's main contact with the national financial regulator on compliance matters.
- Lead the compliance team of 12 people.

## Requirements
- In-depth knowledge of local banking regulation and anti-money-laundering law.
"""

RESUME = """# Anil Mehta
{home}

## Experience
### Compliance Director — Lotus Bank, Mumbai, India
Apr 2016 – present
- Led a compliance team of 15 in a retail bank with 2 million customers.
- Ran the bank's regulatory inspections with no findings in 2023.

### Compliance Manager — Meridian Bank, Pune, India
Jan 2010 – Mar 2016
- Built the anti-money-laundering monitoring for the bank's branches.
"""


def _context(place: str, home: str = "Mumbai, India", job: str = BANK_JOB) -> Context:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    resume = read_resume(RESUME.format(home=home), today=TODAY)
    return Context(read_job(job.format(place=place)), resume, empty, patterns_for(None))


def test_a_place_may_lie_in_every_country_with_a_town_of_its_name() -> None:
    patterns = patterns_for(None)
    assert place_countries("Singapore", patterns) == {"SG"}
    assert "AU" in place_countries("Rockhampton, Queensland", patterns)
    # a state code after a comma names its country, whatever towns share the city's name
    assert "US" in place_countries("Austin, TX", patterns)
    # an ambiguous town keeps every country it may be in
    assert {"GB", "US"} <= place_countries("Lancaster", patterns)


def test_the_career_is_placed_by_its_role_headers_and_the_address() -> None:
    context = _context("Singapore")
    assert career_countries(context.resume, context.patterns) == {"IN"}


def test_a_bank_post_in_another_country_is_a_regulation_switch() -> None:
    draft = jurisdiction_switch_draft(_context("Singapore"))
    assert draft is not None
    assert draft.kind == "industry_switch" and draft.variant == "jurisdiction"
    assert (draft.values["switch_from"], draft.values["switch_to"]) == ("India", "Singapore")
    # the advert's line about the rules is quoted, not the location label
    assert "regulat" in draft.job_line


def test_no_switch_when_the_post_is_in_a_country_the_career_knows() -> None:
    assert jurisdiction_switch_draft(_context("Mumbai, India")) is None
    # a place that may lie in the résumé's country is read as the same country
    assert jurisdiction_switch_draft(_context("Hyderabad")) is None


def test_no_switch_when_the_resume_already_names_the_country() -> None:
    context = _context("Singapore")
    lines = RESUME.format(home="Mumbai, India").replace(
        "- Built the anti-money-laundering", "- Set up the Singapore branch's reporting.\n- Built"
        " the anti-money-laundering")
    resume = read_resume(lines, today=TODAY)
    assert jurisdiction_switch_draft(Context(context.job, resume, context.sim,
                                             context.patterns)) is None


def test_sectors_under_shared_international_standards_raise_nothing() -> None:
    factory = """# Plant Manager
Location: {place}

## About us
We run a manufacturing plant: our factory makes gears on two production lines for our
manufacturing customers.

## Requirements
- Experience of running a manufacturing plant under ISO 9001.
"""
    assert jurisdiction_switch_draft(_context("Singapore", job=factory)) is None


def _domestic(variant: str = "") -> Draft:
    return Draft(kind="domestic_only", key="domestic_only", score=60.0, values=Values(),
                 variant=variant)


def test_a_candidate_moving_abroad_is_not_called_domestic() -> None:
    moving = _context("Singapore")
    assert moving_abroad(moving)
    kept = not_domestic_when_moving([_domestic(), _domestic("other_markets")], moving)
    # the plain "every role in one country" goes; "the markets named are new to you" stays
    assert [draft.variant for draft in kept] == ["other_markets"]


def test_a_candidate_at_home_keeps_the_domestic_concern() -> None:
    home = _context("Mumbai, India")
    assert not moving_abroad(home)
    assert len(not_domestic_when_moving([_domestic()], home)) == 1


MINE_JOB = """# General Manager Operations — Red Ridge Iron
Location: {place}

## About us
Red Ridge Iron runs two open-pit iron-ore mines and a mining camp; our mining fleet moves
90 million tonnes a year.

## Responsibilities
- Hold the statutory mine manager appointment under the state's mine safety legislation.
- Lead 1,400 employees and contractors across the mining operation.

## Requirements
- Working knowledge of the mine safety regulations of the state.
"""

MINE_RESUME = """# Ana Soto
{home}

## Experience
### Superintendent of Mine Operations — Minera Alta, Calama, Chile
Jun 2020 – present
- Led 250 people in a copper mine moving 60 ktpd.

### Mine Shift Boss — Minera Los Andes, Calama, Chile
Mar 2014 – Dec 2019
- Led one shift of 55 operators.
"""


def test_mining_is_regulated_nationally_so_a_move_abroad_is_a_regulation_switch() -> None:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    resume = read_resume(MINE_RESUME.format(home="Antofagasta, Chile"), today=TODAY)
    abroad = Context(read_job(MINE_JOB.format(place="Pilbara, Western Australia")), resume, empty,
                     patterns_for(None))
    draft = jurisdiction_switch_draft(abroad)
    assert draft is not None and draft.kind == "industry_switch"
    at_home = Context(read_job(MINE_JOB.format(place="Santiago, Chile")), resume, empty,
                      patterns_for(None))
    assert jurisdiction_switch_draft(at_home) is None
