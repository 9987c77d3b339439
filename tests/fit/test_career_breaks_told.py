"""Gaps between roles and career breaks: what accounts for a gap (a dated period, a line telling
of time out with no dates), how a gap between roles dated by years is said, and how long an
explained break is still asked about; always kindly."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns import Concern
from poise.fit.concerns.time_out import cue_is_work
from poise.fit.lexicon import any_match, patterns_for
from poise.fit.result import assess

JOB = "# Director of Operations\n\n## Requirements\n- At least 10 years in operations.\n"


def _gaps(resume_body: str) -> list[Concern]:
    resume = f"# Sam Lee\nLyon, France · sam.lee@example.com\n\n{resume_body}"
    fit = assess(JOB, resume, embed=hash_embed, today=TODAY)
    return [concern for concern in fit.concerns if concern.kind == "employment_gap"]


MONTH_ROLES = """## Experience
### Operations Manager — Acme Retail, Lyon
Sep 2006 – present
- Led a team of 40 pickers in the Lyon distribution centre.
### Site Engineer — Beta Mining, Surabaya
Jan 2004 – Feb 2006
- Ran haulage planning for two open pits.
"""


def test_a_side_entry_dated_by_years_from_before_the_gap_does_not_account_for_it() -> None:
    # "learned on site, 2004–2006": the years run beside the earlier job and reach the gap's
    # months only because no month is given
    body = MONTH_ROLES + "\n## Languages\n- Indonesian – basic (learned on site, 2004–2006)\n"
    gaps = _gaps(body)
    assert len(gaps) == 1 and gaps[0].title.startswith("Unexplained gap: 6 months")


def test_a_course_dated_in_the_gaps_months_accounts_for_it() -> None:
    # near-miss: the same gap filled by a course whose months are given
    body = MONTH_ROLES + ("\n## Training\n- Mar 2006 – Aug 2006 — Diploma in Mine Management, "
                          "full-time course\n")
    assert not [gap for gap in _gaps(body) if gap.title.startswith("Unexplained")]


def test_a_side_entry_dated_by_years_that_begins_in_the_gaps_year_still_accounts_for_it() -> None:
    # near-miss: an entry beginning in the gap's own year may be what the gap went to
    body = MONTH_ROLES + "\n## Volunteering\n- Village water committee volunteer, 2006–2007\n"
    assert not [gap for gap in _gaps(body) if gap.title.startswith("Unexplained")]


YEAR_ROLES = """## Experience
### Vice President of Operations — Horizon Schools
2012 – present
- Led transport and facilities for 14 campuses.
### Captain — United States Army
2005 – 2010
- Commanded a transport company of 120 soldiers.
"""


def test_study_whose_own_range_spans_the_gap_accounts_for_it() -> None:
    # the line reads as 2012, but states its own years: a full-time programme 2010–2012
    body = YEAR_ROLES + ("\n## Education\n- MBA, University of Texas — 2012 (full-time programme, "
                         "2010–2012)\n")
    assert _gaps(body) == []


def test_without_the_study_the_same_year_is_an_unexplained_gap_said_in_years() -> None:
    # near-miss: no line accounts for 2011; between roles dated by years, no month is invented
    gaps = _gaps(YEAR_ROLES)
    assert len(gaps) == 1
    assert gaps[0].title == "Unexplained gap: 12 months (2011)"
    assert "between 2010 and 2012" in gaps[0].why and "Dec 2010" not in gaps[0].why


TOLD = ("## Profile\nFinance leader in local government. After time away from work caring for a "
        "close family member I returned to the council sector and have since taken on a wider "
        "role.\n\n" + """## Experience
### Head of Finance — Wrekinside Council
2019 – present
- Led the year-end accounts and the external audit.
### Principal Accountant — Northshire Council
2010 – 2017
- Built the capital programme's business cases.
""")


def test_a_gap_told_of_without_dates_is_a_kind_career_break_to_confirm() -> None:
    gaps = _gaps(TOLD)
    assert len(gaps) == 1
    concern = gaps[0]
    assert concern.title == "Career break: 12 months (2018)"
    assert "Unexplained" not in concern.why and concern.severity == "low"
    # only the sentence that tells of the break is quoted, not the whole profile
    assert '("After time away from work caring for a close family member' in concern.why
    assert "Finance leader in local government" not in concern.why
    acknowledge = concern.answer_plan.acknowledge
    assert "career break between 2017 and 2019" in acknowledge and "planned" not in acknowledge
    assert "back in full-time work" in acknowledge  # years of work since: nothing to catch up


def test_an_offer_to_move_is_no_account_of_a_gap() -> None:
    # near-miss: a cue offered for the future tells nothing of the gap, which stays unexplained
    body = TOLD.replace("After time away from work caring for a close family member I returned to "
                        "the council sector and have since taken on a wider role.",
                        "Open to relocation for the right role.")
    gaps = _gaps(body)
    assert len(gaps) == 1 and gaps[0].title.startswith("Unexplained gap")


def _dated_break(start: str, end: str, later: str) -> str:
    return f"""## Experience
### Hotel Manager — Marina Hotel, Limassol
{later} – present
- Led 120 staff across rooms and food and beverage.
### Rooms Division Manager — Sands Resort, Paphos
May 2010 – {start}
- Ran front office and housekeeping for 300 rooms.

## Career break
{start} – {end} | Career break: full-time study for an MSc
"""


def test_an_explained_break_within_ten_years_is_asked_lightly() -> None:
    gaps = _gaps(_dated_break("Nov 2019", "Jun 2020", "Jul 2020"))
    assert len(gaps) == 1
    concern = gaps[0]
    assert concern.title.startswith("Career break: 8 months") and concern.severity == "low"
    assert "back in full-time work" in concern.answer_plan.acknowledge
    assert "Unexplained" not in concern.why


def test_an_explained_break_more_than_ten_years_ago_is_history() -> None:
    # near-miss: the same eight months, ended twelve years ago with work ever since
    assert _gaps(_dated_break("Nov 2013", "Jun 2014", "Jul 2014")) == []


@pytest.mark.parametrize(("text", "work"), [
    # the cue hangs on the noun before it: time out, not work on a thing
    ("After time away from work caring for a close family member I returned", False),
    # near-misses: the noun before the cue says what the work was done to
    ("Ran the depot relocation programme", True),
    ("Business cases for a new theatre block and clinic relocation", True),
])
def test_a_noun_before_the_cue_makes_it_work_only_when_it_qualifies_the_cue(text: str,
                                                                             work: bool) -> None:
    patterns = patterns_for(None)
    cue = any_match(patterns.evidence["gap_explained"], text)
    assert cue is not None, text
    assert cue_is_work(text, cue, patterns.evidence["time_out_owner"]) is work
