"""The résumé reader on four layouts the layout benchmark now writes as axes of its own: an
employer followed by the group that owns it, a town followed by a tag in capitals on the
employer's line, a title with an aside in brackets before "Employer, Town" under a dates-only
line, and the earlier posts as a list under a heading of their own. One test per mechanism, each
with a near miss that must not change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tests.fit.conftest import TODAY

from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import _break_title, read_roles
from poise.fit.role_header import classify, is_place, read_header, split_title_employer

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import resume_layouts as layouts

PATTERNS = patterns_for()


def _posts(text: str) -> list[tuple[str, str, str, str]]:
    return [(role.title, role.employer, role.start.iso(),
             "present" if role.current else role.end.iso() if role.end else "")
            for role in read_roles(text, today=TODAY)]


# -- a group that owns the employer ------------------------------------------------------------

def test_who_owns_the_employer_describes_it_and_names_no_employer() -> None:
    assert classify("subsidiary of Brennwald Holding AG (Switzerland)", PATTERNS).kind == "description"
    assert classify("owned by Talvik Capital Oy", PATTERNS).kind == "description"


def test_a_holding_named_on_its_own_is_still_an_employer() -> None:
    piece = classify("Brennwald Holding AG", PATTERNS)
    assert (piece.kind, piece.strong) == ("employer", True)


def test_the_works_before_its_owner_is_the_employer() -> None:
    header = read_header(["Quality Lead", "Ostrava Castings (OCS), Vítkovice works – subsidiary of "
                          "Brennwald Holding AG (Switzerland)"], PATTERNS)
    assert (header.title, header.employer) == ("Quality Lead", "Ostrava Castings")


def test_a_dated_title_over_a_works_owned_by_a_group_reads_the_works() -> None:
    text = """## Experience

**Since 2019 – Works Manager**
Ostrava Castings (OCS), Vítkovice works – subsidiary of Brennwald Holding AG (Switzerland)

- Run a foundry of 700 people on three shifts

**2013 – 2019 – Quality Lead**
Ostrava Castings (OCS), Kunčice works

- Led the foundry through its first customer audits
"""
    assert _posts(text) == [("Works Manager", "Ostrava Castings", "2019", "present"),
                            ("Quality Lead", "Ostrava Castings", "2013", "2019")]


# -- a town with a tag in capitals ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["Hong Kong SAR", "Leeds UK", "Kowloon, Hong Kong SAR"])
def test_a_known_town_with_a_tag_in_capitals_is_a_place(text: str) -> None:
    assert is_place(text, PATTERNS)


@pytest.mark.parametrize("text", [
    "Oslo ASA",  # a legal form after a town's name: a company
    "Seaview Dunes Resort, Gold Coast QLD",  # a resort's name before the town: not a place alone
    "Quillon Harbour SAR",  # no town the gazetteer knows
])
def test_a_name_with_a_tag_that_is_no_known_town_is_no_place(text: str) -> None:
    assert not is_place(text, PATTERNS)


def test_the_town_after_a_bar_over_the_title_is_not_the_employer() -> None:
    text = """## Experience

Brightwater Grand Kowloon | Hong Kong SAR
**Head of Housekeeping**
Mar 2018 – Present

- Lead 210 room attendants and supervisors

Brightwater Grand Kowloon | Hong Kong SAR
**Assistant Head of Housekeeping**
Jan 2015 – Feb 2018

- Ran the night shift and public areas
"""
    assert [(title, employer) for title, employer, _start, _end in _posts(text)] == [
        ("Head of Housekeeping", "Brightwater Grand Kowloon"),
        ("Assistant Head of Housekeeping", "Brightwater Grand Kowloon")]


# -- a title with an aside, then "Employer, Town", under a dates-only line -----------------------

def test_a_comma_inside_the_title_brackets_does_not_split_the_header() -> None:
    assert split_title_employer(
        "Abteilungsleiterin (Head of Unit, Adult Learning), Volkshochschule Nord, Bremen",
        PATTERNS) == ("Abteilungsleiterin (Head of Unit, Adult Learning)", "Volkshochschule Nord")


def test_a_title_with_its_translation_over_employer_and_town_splits_at_the_commas() -> None:
    text = """## Employment

**2019-02 – 2019-09**
Maternity leave

**2014-08 – 2019-01**
Rektorin (Head Teacher), Lindenhof-Grundschule, Gemeinde Weyhe

- Primary school of 310 pupils and 28 staff

**2009-08 – 2014-07**
Lehrerin (Teacher), Waldschule Stuhr, Gemeinde Stuhr

- Years 1 to 4
"""
    assert _posts(text) == [
        ("Rektorin (Head Teacher)", "Lindenhof-Grundschule", "2014-08", "2019-01"),
        ("Lehrerin (Teacher)", "Waldschule Stuhr", "2009-08", "2014-07")]


def test_a_leave_row_is_a_break_but_a_post_named_after_leave_is_a_job() -> None:
    assert _break_title("Maternity leave", PATTERNS)
    assert _break_title("Parental leave", PATTERNS)
    assert not _break_title("Leave and Absence Manager", PATTERNS)


# -- earlier posts as a list under a heading of their own ----------------------------------------

EARLIER = """## Experience

Ferris Logistics Ltd | Felixstowe
**Operations Director**
Jan 2020 – Present

- Run three cross-dock sites

## {heading}

- Depot Manager — Calder Haulage Ltd, Wakefield (2014 – 2019)
- Transport Planner — Calder Haulage Ltd, Wakefield (2010 – 2014)
- Warehouse Supervisor — Penrose Foods, Hull (2007 – 2010)

## Education

- BSc Logistics, 2007
"""


@pytest.mark.parametrize("heading", ["Previous positions", "Earlier career", "Previous roles"])
def test_a_list_of_earlier_posts_under_its_own_heading_is_read_as_roles(heading: str) -> None:
    assert _posts(EARLIER.format(heading=heading))[1:] == [
        ("Depot Manager", "Calder Haulage Ltd", "2014", "2019"),
        ("Transport Planner", "Calder Haulage Ltd", "2010", "2014"),
        ("Warehouse Supervisor", "Penrose Foods", "2007", "2010")]


def test_dated_achievements_under_a_dated_role_are_no_roles() -> None:
    text = """## Experience

Ferris Logistics Ltd | Felixstowe
**Operations Director**
Jan 2020 – Present

- Led the warehouse system rollout (2021 – 2022)
- Chaired the site safety committee (2020 – 2023)

## Education

- BSc Logistics, 2007
"""
    assert [title for title, _employer, _start, _end in _posts(text)] == ["Operations Director"]


def test_a_list_of_earlier_posts_under_a_side_heading_stays_a_side_list() -> None:
    text = EARLIER.format(heading="Board memberships")
    assert [title for title, _employer, _start, _end in _posts(text)] == ["Operations Director"]


# -- the benchmark's new axes --------------------------------------------------------------------

def test_the_new_axes_are_drawn_without_moving_the_old_ones() -> None:
    drawn = layouts.wild_layouts("round9/some_pair", 6)
    assert any(layout.parent or layout.town_tag or layout.gloss or layout.earlier
               for name in ("a", "b", "c", "d") for layout in layouts.wild_layouts(name, 6))
    for layout in drawn:
        for axis, choices in layouts.LATER_AXES.items():
            assert getattr(layout, axis) in choices
        assert not (layout.parent and layout.join == "brackets")
        assert not (layout.parent and layout.town in ("piece", "bar"))
        assert not (layout.parent and layout.order == "employer" and layout.join != "\n")


def test_the_new_axes_write_what_they_say() -> None:
    key = layouts.Key("test/key", (
        layouts.KeyRole("Head of Sales", "Acme Ltd", "2020-01", "present"),
        layouts.KeyRole("Sales Manager", "Acme Ltd", "2016-01", "2019-12"),
        layouts.KeyRole("Account Manager", "Bolt plc", "2012-01", "2015-12"),
        layouts.KeyRole("Sales Executive", "Bolt plc", "2009-01", "2011-12")), (), "Leeds",
        "United Kingdom")
    text, stated = layouts.render(key, layouts.Layout(
        "all four", parent=True, town="comma", town_tag=True, gloss=True, earlier="list"))
    assert "Head of Sales (HS) — Acme Ltd, Leeds UK – subsidiary of " in text
    assert "- Account Manager — Bolt plc, Leeds UK (2012–2015)" in text
    assert [role.start for role in stated][-2:] == ["2012", "2009"]
