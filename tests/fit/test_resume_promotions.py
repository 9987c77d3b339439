"""Promotions written in one role's title ("A → B", "Senior A / A") split into their posts by the
dates the role's own list gives them; left as one role when the list dates no later post."""

from __future__ import annotations

from tests.fit.conftest import TODAY, roles_of

from poise.fit.dates import Month
from poise.fit.resume_promotions import promotion_steps
from poise.fit.resume_reader import read_resume

NOW = TODAY.year * 12 + TODAY.month - 1




def _iso(steps: list[tuple[str, Month, Month | None, bool]] | None) -> list[tuple[str, str, str]]:
    assert steps is not None
    return [(title, start.iso(), "present" if current or end is None else end.iso())
            for title, start, end, current in steps]


def test_an_arrow_chain_split_at_the_year_a_list_item_gives_the_later_post() -> None:
    steps = promotion_steps("Planner → Head of Planning, Northern Region", Month(2015 * 12, False),
                            None, True, ["Moved up to Head of Planning in 2019; region doubled."],
                            NOW)
    assert _iso(steps) == [("Planner", "2015", "2019"),
                           ("Head of Planning, Northern Region", "2019", "present")]


def test_a_slash_title_split_by_the_ranges_its_list_gives_each_post() -> None:
    steps = promotion_steps("Lead Surveyor / Surveyor", Month(2004 * 12 + 2, True),
                            Month(2011 * 12 + 8, True), False,
                            ["Surveyor (2004–2006), Lead Surveyor (2007–2011)."], NOW)
    assert _iso(steps) == [("Surveyor", "2004-03", "2006"), ("Lead Surveyor", "2007", "2011-09")]


def test_no_split_without_dates_for_the_later_post() -> None:
    assert promotion_steps("Planner → Head of Planning", Month(2015 * 12, False), None, True,
                           ["Ran the planning cycle for 40 sites."], NOW) is None
    # A slash naming one post two ways stays one role unless every name is dated.
    assert promotion_steps("Head of Finance / CFO", Month(2015 * 12, False), None, True,
                           ["CFO duties from 2016 for the group."], NOW) is None
    # A shorter title inside a longer one ("Surveyor" in "Lead Surveyor") dates only itself.
    assert promotion_steps("Lead Surveyor / Surveyor", Month(2004 * 12, False), None, True,
                           ["Lead Surveyor (2007–2011)."], NOW) is None


def test_a_year_outside_the_role_does_not_split_it() -> None:
    assert promotion_steps("Planner → Head of Planning", Month(2015 * 12, False),
                           Month(2018 * 12, False), False,
                           ["Head of Planning since 2021 at another firm."], NOW) is None


def test_a_resume_with_a_promotion_on_one_line_reads_two_roles() -> None:
    text = ("EXPERIENCE\n\n"
            "**HARTWELL FREIGHT LTD** — Leeds                              2012–Present\n\n"
            "**Depot Manager → Regional Operations Director, North**         2016–Present\n"
            "- Promoted to Regional Operations Director in 2020; 6 depots.\n"
            "- Cut empty running by 18%.\n\n"
            "**Shift Supervisor**                                             2012–2016\n"
            "- Ran the night shift.\n")
    roles = roles_of(text)
    assert [(title, start, end) for title, _employer, start, end in roles] == [
        ("Depot Manager", "2016", "2020"),
        ("Regional Operations Director, North", "2020", "present"),
        ("Shift Supervisor", "2012", "2016")]
    assert len({employer.lower() for _title, employer, _start, _end in roles}) == 1


def test_a_slash_title_over_its_employer_and_dates_reads_two_roles() -> None:
    text = ("Experience\n\n"
            "**Lead Surveyor / Surveyor**\n"
            "Marlow Estates Partnership, Reading\n"
            "Mar 2004 – Sep 2011\n\n"
            "- Surveyor (2004–2006), Lead Surveyor (2007–2011).\n"
            "- Condition surveys for 300 homes a year.\n")
    assert [(title, start, end) for title, _employer, start, end in roles_of(text)] == [
        ("Surveyor", "2004-03", "2006"), ("Lead Surveyor", "2007", "2011-09")]


def test_a_course_in_the_work_history_is_training_not_a_role() -> None:
    text = ("CAREER HISTORY\n\n"
            "**Platoon Sergeant**, 3rd Battalion Logistics Regiment\n"
            "*2012 – 2016*\n"
            "- Led 28 soldiers\n\n"
            "Army Training Centre Pirbright – Junior Leaders Course, 2011 – 2012\n\n"
            "**Lance Corporal**, 3rd Battalion Logistics Regiment\n"
            "*2008 – 2011*\n"
            "- Drove and maintained fleet vehicles\n")
    profile = read_resume(text, today=TODAY)
    assert [role.title for role in profile.roles] == ["Platoon Sergeant", "Lance Corporal"]
    assert [period.kind for period in profile.periods
            if "Junior Leaders Course" in period.quote] == ["education"]


def test_a_chain_over_its_employer_splits_at_the_promotion_the_range_aside_dates() -> None:
    text = ("Work History\n\n"
            "**Staff Nurse → Deputy Ward Manager, Surgical Unit**\n"
            "Elmridge Community Hospital, Derby\n"
            "February 2015 – Present (promoted to Deputy Ward Manager in October 2020)\n\n"
            "- Chaired the ward safety huddle.\n"
            "- Cut dispensing errors by a third.\n\n"
            "**Pharmacy Assistant**\n"
            "Kestrel Chemists, Derby\n"
            "July 2011 – January 2015\n\n"
            "- Ran the repeat prescriptions service.\n")
    assert roles_of(text) == [
        ("Staff Nurse", "Elmridge Community Hospital", "2015-02", "2020-09"),
        ("Deputy Ward Manager, Surgical Unit", "Elmridge Community Hospital", "2020-10",
         "present"),
        ("Pharmacy Assistant", "Kestrel Chemists", "2011-07", "2015-01")]


def test_a_chain_over_its_employer_dated_by_a_since_aside_naming_the_later_post() -> None:
    text = ("Experience\n\n"
            "**Site Engineer → Project Manager**\n"
            "Brackwater Civils Ltd, Norwich\n"
            "2014 – 2023 (since 2019 as Project Manager)\n\n"
            "- Delivered flood defence schemes worth £40m.\n")
    assert [(title, start, end) for title, _employer, start, end in roles_of(text)] == [
        ("Site Engineer", "2014", "2019"), ("Project Manager", "2019", "2023")]


def test_a_chain_over_its_employer_without_a_promotion_date_is_one_role_at_the_last_post() -> None:
    text = ("Experience\n\n"
            "**Site Engineer → Project Manager**\n"
            "Brackwater Civils Ltd, Norwich\n"
            "March 2014 – June 2023\n\n"
            "- Delivered flood defence schemes worth £40m.\n")
    assert roles_of(text) == [("Project Manager", "Brackwater Civils Ltd", "2014-03", "2023-06")]


def test_a_chain_summing_up_posts_dated_below_it_titles_none_of_them() -> None:
    text = ("Experience\n\n"
            "**Buyer → Category Manager**\n"
            "Fenwick Outdoor Ltd, Kendal\n"
            "2011 – 2021\n\n"
            "Category Manager, 2016 – 2021\n"
            "- Grew the camping range by 30%.\n\n"
            "Buyer, 2011 – 2016\n"
            "- Sourced from 40 suppliers.\n")
    titles = [title for title, _employer, _start, _end in roles_of(text)]
    assert titles.count("Category Manager") == 1
    assert "Buyer → Category Manager" not in titles
