"""A credential asked at a higher level than the one held, read as quantities (a course's
length, a numbered award in its own subject), and outsourced contracts compared by their value."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.award_level import lower_rung_held, same_subject, subject_words
from poise.fit.concerns.course_length import asked_length, course_length_draft
from poise.fit.concerns.model import Context
from poise.fit.concerns.numbered import numbered_level_draft
from poise.fit.concerns.outsourcing import contract_value, outsourcing_scale_draft
from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import Similarity
from poise.fit.resume_reader import read_resume

RESUME = """# Tomas Reyes
Bristol, UK

## Experience
### Venue Operations Manager — Harbourside Arena, Bristol
Jan 2016 – present
{work}

## Education
{education}
"""


def _context(job: str, education: str = "- BSc Geography, 2008",
             work: str = "- Ran event days for 9,000 visitors.") -> Context:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    resume = read_resume(RESUME.format(work=work, education=education), today=TODAY)
    return Context(read_job(job), resume, empty, patterns_for(None))


COURSE_JOB = """# Head of Operations

## Requirements
- A certificate in a management development course lasting not less than six (6) weeks.
- At least six months of experience in venue operations.
"""


def test_a_minimum_course_length_is_read_with_its_unit() -> None:
    assert asked_length(COURSE_JOB.splitlines()[3]) == 42
    assert asked_length("A diploma programme of at least 3 months.") == 90
    # a span of experience, or a line naming no course, asks no course length
    assert asked_length("At least six months of experience in venue operations.") is None
    assert asked_length("Able to travel for at least two weeks a year.") is None


def test_a_shorter_course_held_raises_a_level_concern() -> None:
    draft = course_length_draft(_context(
        COURSE_JOB, "- 2019: Senior Management Course (4 weeks), Civic Leadership Institute"))
    assert draft is not None and draft.kind == "certification_level"
    assert draft.values["cert_have"].startswith("Senior Management Course")


def test_a_long_enough_course_or_none_stated_raises_nothing() -> None:
    assert course_length_draft(_context(
        COURSE_JOB, "- 2019: Management Development Programme (8 weeks), Civic Institute")) is None
    assert course_length_draft(_context(COURSE_JOB, "- Senior Management Course, 2019")) is None
    # a length in the roles is work done, not a course held
    assert course_length_draft(_context(
        COURSE_JOB, work="- Ran a 3-week training course for 40 stewards.")) is None


def test_an_awards_subject_is_read_and_compared() -> None:
    asked = "The Level 5 Diploma in Crowd Safety Management, or working towards it."
    assert subject_words(asked) == {"crowd", "safety", "management"}
    assert same_subject(asked, "Level 3 Certificate in Crowd Safety Management, 2014")
    assert not same_subject(asked, "Level 4 Diploma in Hospitality Management, 2014")
    assert lower_rung_held(asked, ["Level 3 Certificate in Crowd Safety Management, 2014",
                                   "MSc Events Management, 2019"]) == (
        "Level 3 Certificate in Crowd Safety Management, 2014")
    assert lower_rung_held(asked, ["Level 5 Certificate in Crowd Safety Management"]) is None
    assert lower_rung_held("A leadership qualification at Level 7.", ["Level 5 Diploma in X"]) is None


LEVEL_JOB = """# Head of Operations

## Desirable
- The Level 5 Diploma in Crowd Safety Management, or working towards it.
"""


def test_a_degree_in_another_field_is_no_rung_of_a_named_awards_ladder() -> None:
    draft = numbered_level_draft(_context(
        LEVEL_JOB, "- MSc Events Management, 2019\n"
                   "- Level 3 Certificate in Crowd Safety Management, 2014"))
    assert draft is not None and draft.kind == "certification_level"
    assert draft.values["cert_have"] == "Level 3 Certificate in Crowd Safety Management"
    # with the subject's award not held, the master's still stands at the level asked
    assert numbered_level_draft(_context(
        LEVEL_JOB, "- MSc Events Management, 2019\n- Level 3 Award in First Aid, 2014")) is None


OUTSOURCED_JOB = """# Head of Operations

## Responsibilities
- Manage the venue's outsourced partners, including security and cleaning contracts worth £8m a year.
"""


def test_contract_value_is_money_after_the_outsourcing_cue() -> None:
    assert contract_value(OUTSOURCED_JOB.splitlines()[3], patterns_for(None).evidence["outsourcing"]) == (
        8e6, "GBP")
    # money before the cue is not the contracts' value
    assert contract_value("Grew revenue to £30m; outsourced cleaning.",
                          patterns_for(None).evidence["outsourcing"]) is None


def test_contracts_several_times_larger_raise_a_scale_concern() -> None:
    small = _context(OUTSOURCED_JOB, work="- Managed the arena's outsourced security contract "
                                          "(£1.2m a year), including a re-tender.")
    draft = outsourcing_scale_draft(small)
    assert draft is not None and draft.variant == "scale"
    assert (draft.values["outsourcing_have"], draft.values["outsourcing_asked"]) == ("£1.2M", "£8M")
    near = _context(OUTSOURCED_JOB, work="- Managed the arena's outsourced security contract "
                                         "(£6m a year).")
    assert outsourcing_scale_draft(near) is None


def test_administering_supplier_contracts_is_outsourcing_work() -> None:
    patterns = patterns_for(None)
    assert "outsourcing" in patterns.kinds_of(
        "Negotiates and administers vendor contracts for the radio and recorder systems.")
    assert "outsourcing" in patterns.kinds_of(
        "Administration of long term maintenance contracts with rolling stock OEMs.")
    assert "outsourcing" not in patterns.kinds_of(
        "Administers the collective bargaining agreement with the staff union.")
    assert "outsourcing" not in patterns.kinds_of("Administers employment contracts for all staff.")


def test_a_post_answering_to_a_governing_body_is_read_from_the_advert() -> None:
    from poise.fit.concerns.board import answers_to_body

    assert answers_to_body("The Director is appointed by and serves at the pleasure of the Board "
                           "of Supervisors.")
    assert answers_to_body("The Chief Officer reports to the Mayor and the elected Council.")
    assert answers_to_body("The Director of Finance is a whole-time Director on the Board of the "
                           "company.")
    # presenting to a council, or a post appointed by an officer, answers to no governing body
    assert not answers_to_body("Present agenda items to the City Council in public session.")
    assert not answers_to_body("Appointed by the Managing Director.")
    assert not answers_to_body("Interviews are held by a panel with a non-executive member of the "
                               "Board's Audit Committee.")
    assert not answers_to_body("The Director reports to the Chief Operating Officer.")
    assert not answers_to_body("Panel interview with the HR Director and a member of the board.")
    assert not answers_to_body("Reporting to the Rector and a member of the College Executive "
                               "Board, the Director leads finance.")


COUNCIL_JOB = """# Director of Place

The Director of Place reports to the Mayor and the elected Council.

## Requirements
- Experience of leading public services.
"""


def test_a_role_that_reported_to_an_elected_council_answers_a_council_post() -> None:
    from poise.fit.concerns.board import board_reporting_draft

    unshown = board_reporting_draft(_context(COUNCIL_JOB, work="- Led five public services."))
    assert unshown is not None and unshown.kind == "no_board_exposure"
    shown = _context(COUNCIL_JOB, work="- Reported quarterly to the Town Council on five services.")
    assert board_reporting_draft(shown) is None
