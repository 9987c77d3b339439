"""Several posts inside one role's block (fit/resume_posts.py), per layout and field: earlier posts
in a bracketed aside on the date line, posts dated in brackets on the title line, the post one
joined as in an aside, a second title with its own range over the role's range, a promotion chain
dated in order by the line under it, a comma pair of titles one note dates, and a place with its
department number. Each with the cases that must stay one role."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.dates import Month
from poise.fit.lexicon import patterns_for
from poise.fit.resume_posts import post_of, posts_in_block
from poise.fit.resume_reader import read_resume
from poise.fit.role_header import is_place

PATTERNS = patterns_for(None)
NOW = 2026 * 12 + 10


def _roles(text: str) -> list[tuple[str, str, str, str]]:
    return [(role.title, role.employer, role.start.iso() if role.start else "",
             "present" if role.current else role.end.iso() if role.end else "")
            for role in read_resume(text, today=TODAY).roles]


def _sorted(text: str) -> list[tuple[str, str, str, str]]:
    return sorted(_roles(text), key=lambda role: role[2])


def _gaps(text: str) -> list[str]:
    return [period.quote for period in read_resume(text, today=TODAY).periods
            if period.kind == "gap"]


EARLIER_ASIDE = (
    "## Experience\n\n**Head of Logistics**\nOrrin Freight Ltd, Leeds\nJan 2019 – Present\n\n"
    "- Ran 4 depots.\n\n**Transport Manager**\nTarnwell Borough Council\n"
    "May 2014 – Dec 2018 (previously Fleet Supervisor, 2011 – 2014; Driver Trainer, 2008 – 2011)\n\n"
    "- Ran the fleet.\n")


def test_earlier_posts_in_an_aside_on_the_date_line_are_roles_of_their_own() -> None:
    roles = _sorted(EARLIER_ASIDE)
    assert ("Driver Trainer", "Tarnwell Borough Council", "2008", "2011") in roles
    assert ("Fleet Supervisor", "Tarnwell Borough Council", "2011", "2014") in roles
    assert ("Transport Manager", "Tarnwell Borough Council", "2014-05", "2018-12") in roles
    assert len(roles) == 4


def test_an_aside_naming_an_earlier_post_without_dates_splits_nothing() -> None:
    text = EARLIER_ASIDE.replace("(previously Fleet Supervisor, 2011 – 2014; Driver Trainer, "
                                 "2008 – 2011)", "(previously a fleet supervisor)")
    assert [role[0] for role in _roles(text)] == ["Head of Logistics", "Transport Manager"]


def test_posts_dated_by_their_start_in_brackets_on_the_title_line() -> None:
    text = ("## Experience\n\n**2015 – now**\nHead of Claims\nBrisa Insurance NV, Ghent\n\n"
            "- Led claims.\n\n**2009 – 2015**\nClaims Handler (2009), Senior Claims Handler (2012)\n"
            "Brisa Insurance NV, Ghent\n\n- Handled claims.\n")
    roles = _sorted(text)
    assert roles[0] == ("Claims Handler", "Brisa Insurance NV", "2009", "2012")
    assert roles[1] == ("Senior Claims Handler", "Brisa Insurance NV", "2012", "2015")
    assert len(roles) == 3


def test_the_post_one_joined_as_in_an_aside_under_the_employer() -> None:
    text = ("## Experience\n\n**2003 – 2012**\nPlant Manager, Coatings\nVeldhoven Chemie BV, Venlo\n"
            "(joined as shift engineer; plant manager from 2008)\n\n- Ran the plant.\n")
    roles = _sorted(text)
    assert roles == [("shift engineer", "Veldhoven Chemie BV", "2003", "2008"),
                     ("Plant Manager, Coatings", "Veldhoven Chemie BV", "2008", "2012")]


def test_a_dated_aside_naming_no_post_starts_no_role() -> None:
    text = ("## Experience\n\n**2003 – 2012**\nPlant Manager, Coatings\nVeldhoven Chemie BV, Venlo\n"
            "(acquired by a listed group in 2008)\n\n- Ran the plant.\n")
    assert _roles(text) == [("Plant Manager, Coatings", "Veldhoven Chemie BV", "2003", "2012")]


def test_a_second_title_with_its_own_range_over_the_role_range() -> None:
    text = ("## Experience\n\n**Operations Manager, Air Freight**\nMar 2014 – Present\n"
            "Kestrel Cargo Sdn Bhd, Penang\n\n- Ran air freight.\n\n"
            "**Supervisor, Cargo Handling**\nCoordinator, Cargo (2007 – 2010)\nJun 2007 – Feb 2014\n"
            "Bintang Logistics Sdn Bhd, Ipoh\n\n- Handled cargo.\n")
    roles = _sorted(text)
    assert roles[0] == ("Coordinator, Cargo", "Bintang Logistics Sdn Bhd", "2007-06", "2010")
    assert roles[1] == ("Supervisor, Cargo Handling", "Bintang Logistics Sdn Bhd", "2010", "2014-02")
    assert len(roles) == 3


def test_an_employer_heading_over_posts_dated_in_brackets_keeps_each_post() -> None:
    # The dated line over the posts names an employer, not a post: the posts are roles.
    text = ("## Experience\n\n**Harrow Facilities Ltd, Leeds** | Jan 2012 – Present\n"
            "*Operations Director* (Mar 2018 – Present)\n"
            "*Contract Manager* (Jan 2012 – Feb 2018)\n- Ran contracts.\n")
    roles = _sorted(text)
    assert [role[0] for role in roles] == ["Contract Manager", "Operations Director"]
    assert roles[1][2:] == ("2018-03", "present")


def test_a_chain_dated_in_order_by_the_line_under_it() -> None:
    text = ("## Experience\n\n**HARLOW GENERAL HOSPITAL** — Harlow   **04/2012 – 06/2019**\n\n"
            "**Manager, Pharmacy → Director, Pharmacy Services**   04/2012 – 06/2019\n"
            "East wing (2012–2015), then the whole trust (2015–2019).\n- Cut waste.\n")
    assert _sorted(text) == [("Manager, Pharmacy", "HARLOW GENERAL HOSPITAL", "2012-04", "2015"),
                             ("Director, Pharmacy Services", "HARLOW GENERAL HOSPITAL", "2015",
                              "2019-06")]


def test_a_chain_whose_ranges_do_not_meet_is_not_dated_by_them() -> None:
    steps = posts_in_block("Manager → Director", Month(2012 * 12 + 3, True),
                           Month(2019 * 12 + 5, True), False,
                           ["East wing (2012–2013), then the whole trust (2016–2019)."],
                           PATTERNS, NOW)
    assert steps is None


def test_a_comma_pair_of_titles_split_by_the_note_that_dates_one() -> None:
    text = ("## Experience\n\n**Quality Manager, Laboratory Manager**\nBrenny Foods Ltd, Cork\n"
            "2006 – 2013\n\n- Laboratory Manager for dairy testing (2006–2009), then quality for "
            "the site.\n")
    assert _sorted(text) == [("Laboratory Manager", "Brenny Foods Ltd", "2006", "2009"),
                             ("Quality Manager", "Brenny Foods Ltd", "2009", "2013")]


def test_a_title_with_its_scope_after_a_comma_stays_one_post() -> None:
    text = ("## Experience\n\n**Senior Manager, Infrastructure & Operations**\nBrenny Foods Ltd\n"
            "2006 – 2013\n\n- Led the data centre move (2009–2010).\n")
    assert _roles(text) == [("Senior Manager, Infrastructure & Operations", "Brenny Foods Ltd",
                             "2006", "2013")]


def test_a_role_named_again_with_its_start_is_one_role() -> None:
    text = "## Experience\n\n**Head of Audit — Corvel Bank** since 2021\n- Led audits.\n"
    assert _roles(text) == [("Head of Audit", "Corvel Bank", "2021", "present")]


def test_a_post_dated_after_the_role_ends_splits_nothing() -> None:
    assert posts_in_block("Transport Manager", Month(2014 * 12, False), Month(2018 * 12, False),
                          False, ["2014 – 2018 (then Fleet Director, 2020 – 2022)"], PATTERNS,
                          NOW) is None


def test_a_part_names_a_post_only_with_a_title_word() -> None:
    assert post_of("previously Fleet Supervisor, 2011 – 2014", PATTERNS, NOW) is not None
    assert post_of("Northside campus (2014–2016)", PATTERNS, NOW) is None
    assert post_of("acquired by a listed group in 2008", PATTERNS, NOW) is None


def test_a_place_with_its_department_number_is_a_place() -> None:
    assert is_place("Lyon Part-Dieu (69)", PATTERNS)
    text = ("## Experience\n\n**2006 to 2009 – Night Manager**\n"
            "Hôtels Corvette – Lyon Part-Dieu (69)\n- Ran nights.\n")
    assert _roles(text)[0][1] == "Hôtels Corvette"


def test_earlier_posts_in_an_aside_leave_no_false_gap() -> None:
    assert _gaps(EARLIER_ASIDE) == []


def test_posts_dated_on_one_line_under_an_employer_span_take_its_months() -> None:
    text = ("## Experience\n\n**Aldgate Engineering Ltd, Bolton** | Sep 2002 – May 2010\n\n"
            "*Maintenance Planner* (2006 – 2010), *Shift Technician* (2002 – 2006)\n\n"
            "- Ran planned maintenance.\n")
    assert _sorted(text) == [("Shift Technician", "Aldgate Engineering Ltd", "2002-09", "2006"),
                             ("Maintenance Planner", "Aldgate Engineering Ltd", "2006", "2010-05")]
