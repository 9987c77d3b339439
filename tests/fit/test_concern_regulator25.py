"""A regulation switch read from the regulators both documents name: the advert's regulator of
one country against the résumé's of another, in a sector they share; and a change line the fit
map shows in part, which is no missing must-have."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.concerns.model import Context, Draft, Values
from poise.fit.concerns.regulator import regulator_switch_draft, regulators_named
from poise.fit.job_reader import Requirement, read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import Similarity
from poise.fit.resume_reader import read_resume

JOB = """# Head of Compliance — Harbour Bank
Location: Zurich

## About us
Harbour Bank is a private bank; our banking teams serve wealth clients.

## Responsibilities
- Be the bank's main contact with FINMA on every supervisory matter.
- Keep the compliance framework current with FINMA circulars and ordinances.
- Support the country heads in their work with the FCA and BaFin.
- Lead the compliance team of 12 people.

## Requirements
- In-depth knowledge of FINMA rules and Swiss banking law.
{nice}"""

RESUME = """# Ana Lopes
Lisbon, Portugal

## Experience
### Compliance Director — Tagus Bank, Lisbon
Apr 2016 – present
- Led a compliance team of 15 in a retail bank with 2 million customers.
- {line}

### Compliance Manager — Atlantic Credit, Porto
Jan 2010 – Mar 2016
- Built the anti-money-laundering monitoring for the bank's branches.
"""

OWN = "Bank's day-to-day contact with the Central Bank of Ireland for the Dublin branch."


def _context(line: str, nice: str = "", job: str = JOB) -> Context:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    resume = read_resume(RESUME.format(line=line), today=TODAY)
    return Context(read_job(job.format(nice=nice)), resume, empty, patterns_for(None))


def test_regulators_are_read_by_name_and_by_initials_in_capitals() -> None:
    patterns = patterns_for(None)
    assert [r.country for r in regulators_named("supervised by FINMA", patterns)] == ["CH"]
    assert [r.country for r in regulators_named("the Central Bank of Ireland", patterns)] == ["IE"]
    # initials in lower case are a word, not a regulator ("mas" in a sentence names nobody)
    assert regulators_named("the sec team and mas tools", patterns) == []


def test_another_countrys_regulator_on_the_resume_is_a_regulation_switch() -> None:
    draft = regulator_switch_draft(_context(OWN))
    assert draft is not None
    assert draft.kind == "industry_switch" and draft.variant == "regulator"
    assert draft.values["switch_from"] == "the Central Bank of Ireland"
    assert draft.values["switch_to"] == "FINMA"
    # the advert's stated line is quoted, and the résumé's line naming the other regulator
    assert "FINMA" in draft.job_line
    assert draft.resume_line is not None and "Central Bank of Ireland" in draft.resume_line.text


def test_no_switch_when_the_resume_names_the_posts_regulator() -> None:
    answered = OWN + " Led the bank's response to two FINMA on-site reviews."
    assert regulator_switch_draft(_context(answered)) is None


def test_no_switch_when_the_resume_names_no_regulator() -> None:
    assert regulator_switch_draft(_context("Ran the bank's internal audits.")) is None


def test_a_regulator_of_another_sector_is_no_switch() -> None:
    # a medicines regulator says nothing about work under a banking regulator
    assert regulator_switch_draft(_context("Led the HPRA inspection of our plant.")) is None


def test_a_regional_posts_passing_mention_of_the_candidates_regulator_does_not_answer() -> None:
    # the advert names the FCA once ("support the country heads"), FINMA in line after line:
    # FINMA is the post's regime, and a career under the FCA is a switch
    draft = regulator_switch_draft(_context("Main contact with the FCA for the UK branch."))
    assert draft is not None and draft.values["switch_to"] == "FINMA"


def test_a_regulator_named_only_as_desirable_raises_nothing() -> None:
    job = """# Head of Compliance — Harbour Bank
Location: Zurich

## Responsibilities
- Lead the compliance team of 12 people.

## Nice to have
- Experience with FINMA.
"""
    assert regulator_switch_draft(_context(OWN, job=job)) is None


def _partial(kind: str, line: str = "Led the restructuring of the branch's operations team.") -> list[Draft]:
    from poise.fit.concerns.requirements import as_the_map_shows
    from poise.fit.match import PARTIAL, Match

    context = _context(line)
    quoted = next(item for item in context.resume.lines if item.text.startswith(line[:20]))
    requirement = Requirement(id="r1", text="Proven record of leading major change.", kind=kind,
                              must=True)
    draft = Draft(kind="missing_must_have", key="missing_must_have.r1", score=70.0,
                  values=Values(), job_line=requirement.text, requirement=requirement)
    match = Match(requirement_id="r1", strength=PARTIAL, quote=quoted.text, reason="", score=0.5,
                  line=quoted.index)
    return as_the_map_shows([draft], match, context)


def test_a_change_line_shown_in_part_is_no_missing_must_have() -> None:
    # change led is on the record (the quoted line tells it); how much is the scope concern's
    assert _partial("change_management") == []
    # a line rated partial by closeness of meaning alone tells no change led: the must-have stays
    assert [draft.variant for draft in _partial("change_management", OWN)] == ["partial"]
    # a line of another kind shown in part stays, worded as shown in part
    kept = _partial("other")
    assert [draft.variant for draft in kept] == ["partial"]
