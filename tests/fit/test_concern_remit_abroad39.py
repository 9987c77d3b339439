"""A domestic record for a post abroad whose remit crosses borders beyond the move, and a board
concern for a post working for an elected board when the résumé's boards were all appointed."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.concerns.elected_board import elected_board_draft, elected_board_line
from poise.fit.concerns.jurisdiction import not_domestic_when_moving, remit_beyond_move
from poise.fit.concerns.model import Context, Draft, Values
from poise.fit.concerns.place import international_draft
from poise.fit.job_reader import Requirement, read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import Similarity
from poise.fit.resume_reader import read_resume

WAREHOUSE_JOB = """# Director of Operations — Kettle Freight
Location: {place}

## Responsibilities
- {duty}
- Lead the operations team of 40 people.

## Requirements
- Ten years of warehouse operations leadership.
"""

RESUME = """# Tomasz Nowak
Wrocław, Poland

## Experience
### Operations Director — Odra Logistics, Wrocław, Poland
Apr 2016 – present
- Led four warehouses with 600 staff; cut picking errors by 40%.
- Shipped for retail buyers in {buyers}.

### Warehouse Manager — Vistula Stores, Poznań, Poland
Jan 2010 – Mar 2016
- Ran a 30,000 m² distribution centre.
"""


def _context(place: str, duty: str, buyers: str = "Ireland") -> Context:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    resume = read_resume(RESUME.format(buyers=buyers), today=TODAY)
    job = read_job(WAREHOUSE_JOB.format(place=place, duty=duty))
    return Context(job, resume, empty, patterns_for(None))


def _domestic(text: str) -> Draft:
    return Draft(kind="domestic_only", key="domestic_only", score=60.0, values=Values(),
                 requirement=Requirement(id="r1", text=text, kind="geography", must=True))


THIRD_COUNTRY = "Run the network of sites across Germany, Austria and Switzerland."
TOWNS = "Open new depots in Munich, Vienna and Zurich."


def test_a_remit_in_a_third_country_keeps_the_domestic_concern_when_moving() -> None:
    moving = _context("Hamburg, Germany", THIRD_COUNTRY)
    assert remit_beyond_move(_domestic(THIRD_COUNTRY).requirement, moving)
    assert len(not_domestic_when_moving([_domestic(THIRD_COUNTRY)], moving)) == 1


def test_a_line_naming_only_the_post_and_the_home_country_is_the_move_itself() -> None:
    line = "Build the flows between Germany and Poland."
    moving = _context("Hamburg, Germany", line)
    assert not remit_beyond_move(_domestic(line).requirement, moving)
    assert not_domestic_when_moving([_domestic(line)], moving) == []


def test_a_domestic_record_is_read_past_a_market_named_in_passing() -> None:
    # the résumé names Ireland as a buyers' market: no work there, the career is Polish
    draft = international_draft(_context("Hamburg, Germany", TOWNS))
    assert draft is not None and draft.kind == "domestic_only"
    assert draft.values["home_market"] == "Poland"


def test_a_record_that_names_many_countries_is_not_domestic() -> None:
    many = "Germany, France, Italy and Spain"
    assert international_draft(_context("Hamburg, Germany", TOWNS, buyers=many)) is None
    # work with the post's own country is on the record: not a one-country career for it
    named = "Germany and Ireland"
    assert international_draft(_context("Hamburg, Germany", TOWNS, buyers=named)) is None


ELECTED_JOB = """# Chief Operations Officer — Cedar Valley School District
Location: Austin, TX

Cedar Valley is governed by a seven-member Board of Trustees elected by district voters.

## Responsibilities
- Present facilities reports to the Board of Trustees.
- Lead the operations division of 300 staff.
"""

APPOINTED_JOB = """# Chief Operations Officer — Cedar Valley Schools Trust
Location: Austin, TX

Cedar Valley is a charity whose board of trustees is appointed by its founders.

## Responsibilities
- Present facilities reports to the Board of Trustees.
- Lead the operations division of 300 staff.
"""

BOARD_RESUME = """# Dana Reyes
Austin, TX

## Experience
### Director of Operations — Bluebonnet Academies, Austin, TX
Apr 2016 – present
- Reported quarterly to the Board of Directors on estates and transport.
{extra}
### Facilities Manager — Lone Star Estates, Dallas, TX
Jan 2010 – Mar 2016
- Ran maintenance for 40 buildings.
"""


def _board_context(job: str, extra: str = "") -> Context:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    resume = read_resume(BOARD_RESUME.format(extra=extra), today=TODAY)
    return Context(read_job(job), resume, empty, patterns_for(None))


def test_an_elected_board_asks_more_than_an_appointed_one() -> None:
    context = _board_context(ELECTED_JOB)
    assert elected_board_line(context) is not None
    draft = elected_board_draft(context, [])
    assert draft is not None and draft.variant == "not_elected"
    assert "Board of Directors" in (draft.resume_line.text if draft.resume_line else "")


def test_an_appointed_board_raises_no_elected_board_concern() -> None:
    # "appointed" is not "elected", and a board's name alone says nothing of a vote
    assert elected_board_line(_board_context(APPOINTED_JOB)) is None
    assert elected_board_draft(_board_context(APPOINTED_JOB), []) is None


def test_work_with_elected_officials_answers_it() -> None:
    extra = "- Briefed the mayor and elected officials on the bond programme.\n"
    assert elected_board_draft(_board_context(ELECTED_JOB, extra), []) is None


def test_one_board_concern_at_most() -> None:
    other = Draft(kind="no_board_exposure", key="no_board_exposure", score=60.0, values=Values())
    assert elected_board_draft(_board_context(ELECTED_JOB), [other]) is None
