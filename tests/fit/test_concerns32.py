"""Scale in money and moves of regime: a programme or purchasing volume far above any amount the
record states, an organisation a chief executive would head, a move between the nations of the
United Kingdom, and a country worked in only long ago. Each with a near miss that must not fire."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.concerns.jurisdiction import jurisdiction_switch_draft
from poise.fit.concerns.model import Context
from poise.fit.concerns.money_scale import money_asked, money_held
from poise.fit.concerns.nation_regime import nation_regime_draft
from poise.fit.concerns.role_scale import heads_organisation, role_axes, role_scale_draft
from poise.fit.concerns.wording import word_drafts
from poise.fit.distance import place_regions
from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import Similarity
from poise.fit.quantities import amounts_in
from poise.fit.resume_reader import read_resume


def _context(job: str, resume: str) -> Context:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    return Context(read_job(job), read_resume(resume, today=TODAY), empty, patterns_for(None))


PROGRAMME_JOB = """# Programme Director — Harbourline Developments
Location: Leeds

## The role
- Lead the delivery of the {amount} waterfront construction programme on time and to quality.
- Report progress monthly to the investment committee.

## Requirements
- Fifteen years in construction delivery, five of them leading programmes.
"""

PROGRAMME_RESUME = """# Sam Okafor
Leeds

## Experience
### Project Director — Brightwell Construction, Leeds
Mar 2015 – present
- Led delivery of a {held} hospital extension with 300 people on site at peak.
- Brought the scheme in two weeks early.
"""


def _programme(amount: str, held: str) -> Context:
    return _context(PROGRAMME_JOB.format(amount=amount), PROGRAMME_RESUME.format(held=held))


def test_a_programme_far_above_the_largest_project_is_a_step_up() -> None:
    context = _programme("£1.2 billion", "£90m")
    held, asked = money_held(context), money_asked(list(context.job.requirements), context)
    assert held is not None and held.value == 90e6
    assert asked is not None and asked.value == 1.2e9
    draft = role_scale_draft(context, [])
    assert draft is not None and draft.kind == "scope_step_up"
    concern = word_drafts([draft], context)[0]
    assert "£90M" in concern.title and "£1.2bn" in concern.title
    # the candidate's own voice, quoting the record's line
    assert concern.answer_plan.acknowledge.startswith("I understand why you ask")
    assert "hospital extension" in concern.why


def test_a_programme_the_record_matches_raises_nothing() -> None:
    # near miss: the record's project is as large as the programme, in other words
    assert role_scale_draft(_programme("£120m", "£110m"), []) is None


def test_amounts_in_another_currency_are_compared_in_one() -> None:
    # near miss: SAR 450 million is about £95m, no larger than the £90m the record shows
    assert role_scale_draft(_programme("SAR 450 million", "£90m"), []) is None
    assert role_scale_draft(_programme("SAR 18 billion", "£90m"), []) is not None


def test_a_lower_case_scale_word_is_read() -> None:
    assert amounts_in("Operating budget of € 48 mio; investment budget € 9 mio.") == [
        (48e6, "EUR", "budget"), (9e6, "EUR", "budget")]


def test_a_saving_asked_is_no_programme_in_the_roles_charge() -> None:
    # near miss: a saving to find is the savings concern's, never a scale of the role
    context = _programme("£1.2 billion", "£90m")
    job = read_job("# Director\n\n## The role\n- Deliver savings of £40m over three years.\n")
    assert money_asked(list(job.requirements), context) is None


TRUST_JOB = """# {title}
Location: Telford, Shropshire

## About us
Ashcombe Learning Trust runs 12 schools, employs around 1,100 staff and manages an annual income of £60m.

## The role
- Lead the trust's school improvement strategy with the board of trustees.
- Set the culture and values of the trust.

## Requirements
- Experience of leading schools.
"""

TRUST_RESUME = """# Rhian Davies
Bridgend

## Experience
### Headteacher — Coed Glas Comprehensive, Bridgend
Sep 2016 – present
- Lead a whole-school staff of 150 and a budget of £7m.
- Raised the share of pupils reaching the expected level from 52% to 68%.
"""


def test_the_organisation_a_chief_executive_heads_is_the_roles_scale() -> None:
    context = _context(TRUST_JOB.format(title="Chief Executive Officer"), TRUST_RESUME)
    assert heads_organisation(context)
    names = {axis.name: axis for axis in role_axes(context)}
    assert names["team"].asked == 1100 and names["team"].held == 150
    assert names["money"].asked == 60e6
    assert role_scale_draft(context, []) is not None


def test_a_post_under_the_head_reads_no_organisation_scale() -> None:
    # near miss: a director of school improvement does not answer for the whole trust
    context = _context(TRUST_JOB.format(title="Director of School Improvement"), TRUST_RESUME)
    assert not heads_organisation(context)
    assert role_scale_draft(context, []) is None


NATION_JOB = """# Chief Executive Officer — Ashcombe Learning Trust
Location: {place}

## About us
Ashcombe Learning Trust is a group of schools serving pupils aged 3 to 18.

## Requirements
- Working knowledge of school funding legislation and inspection frameworks.
- Experience of leading schools.
"""

NATION_RESUME = """# Rhian Davies
{home}

## Experience
### Headteacher — Coed Glas Comprehensive, {role_place}
Sep 2016 – present
- Lead a whole-school staff of 150 and raised attainment across the school.

### Deputy Headteacher — Ysgol y Bryn, Swansea
Sep 2010 – Aug 2016
- Led teaching and learning across a school of 900 pupils.
"""


def _nation(*, place: str = "Telford, Shropshire", home: str = "Bridgend",
            role_place: str = "Bridgend") -> Context:
    return _context(NATION_JOB.format(place=place),
                    NATION_RESUME.format(home=home, role_place=role_place))


def test_towns_are_placed_in_their_nation() -> None:
    assert place_regions("Telford, Shropshire", "GB") == {"ENG"}
    assert place_regions("Bridgend", "GB") == {"WLS"}
    assert place_regions("Bridgend", "FR") == set()


def test_a_career_in_another_nations_schools_is_a_regime_switch() -> None:
    context = _nation()
    draft = nation_regime_draft(context)
    assert draft is not None and draft.kind == "industry_switch"
    concern = word_drafts([draft], context)[0]
    assert concern.title == "Regulation switch: Wales → England"
    assert "Bridgend" in concern.why
    assert concern.answer_plan.acknowledge.startswith("That's a fair question")


def test_a_career_in_the_posts_nation_raises_no_regime_switch() -> None:
    # near miss: the most recent role already lies in England
    assert nation_regime_draft(_nation(home="Shrewsbury", role_place="Shrewsbury")) is None


def test_a_post_in_the_same_nation_raises_no_regime_switch() -> None:
    assert nation_regime_draft(_nation(place="Cardiff")) is None


ABROAD_JOB = """# Plant Director — Delta Nile Pharmaceuticals
Location: Cairo, Egypt

## Requirements
- Working knowledge of Egyptian Drug Authority regulations and GMP inspections.
- Ten years in pharmaceutical manufacturing.
"""

ABROAD_RESUME = """# Ahmed Samir
Address: Amman, Jordan (home town: Zagazig, Egypt)

## Experience
### Production Manager — Petra Pharma, Amman, Jordan
{recent}
- Led solid-dosage production of 190 people.

### Production Supervisor — Nile Valley Pharma, Alexandria, Egypt
{old}
- Supervised two tablet lines.
"""


def test_work_in_the_country_long_ago_knows_another_regime() -> None:
    context = _context(ABROAD_JOB, ABROAD_RESUME.format(recent="Jan 2012 – present",
                                                        old="Jan 2006 – Dec 2011"))
    draft = jurisdiction_switch_draft(context)
    assert draft is not None
    assert word_drafts([draft], context)[0].title == "Regulation switch: Jordan → Egypt"


def test_recent_work_in_the_country_answers_the_regime() -> None:
    # near miss: the work in Egypt ended two years ago
    context = _context(ABROAD_JOB, ABROAD_RESUME.format(recent="Jan 2025 – present",
                                                        old="Jan 2012 – Dec 2024"))
    assert jurisdiction_switch_draft(context) is None


def test_a_nation_switch_plans_its_own_step() -> None:
    context = _nation()
    draft = nation_regime_draft(context)
    assert draft is not None
    plan = word_drafts([draft], context)[0].answer_plan.draft()
    assert "England" in plan and "Wales" in plan and "by day 90" in plan
