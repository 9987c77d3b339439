"""The résumé reader holds on every common layout: a small work history, written by the layout
benchmark's renderer (benchmarks/resume_layouts.py) in each of its layouts, reads back with the
same titles, employers and dates; and the mechanisms behind it, one by one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tests.fit.conftest import TODAY

from poise.fit.dates import date_range
from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import read_resume, read_roles
from poise.fit.role_header import pieces_of, read_header

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import resume_layouts as layouts

HISTORY = layouts.Key(
    name="test/history",
    roles=(
        layouts.KeyRole("Head of Operations", "Halden Freight Ltd", "2019-03", "present"),
        layouts.KeyRole("Warehouse Manager", "Halden Freight Ltd", "2016-01", "2019-02"),
        layouts.KeyRole("Senior Software Engineer", "Tamar Systems GmbH", "2011-06", "2015-12"),
        layouts.KeyRole("Shift Supervisor", "Korvi Foods plc", "2008", "2011"),
    ),
    evidence=("Led a team of 40 staff across two sites and three shifts",
              "Cut the cost per order line by 12 percent in two years",
              "Opened a new cross-dock hall on time and under budget",
              "Trained six supervisors who now run their own shifts"),
    town="Leeds",
)
"""A work history in the project's own words: a promotion at one employer, an industry word in
a title ("Software"), a legal suffix of each common kind, month and year-only dates."""


def _read(text: str) -> list[dict[str, object]]:
    return [role.to_dict() for role in read_roles(text, today=TODAY)]


@pytest.mark.parametrize("layout", layouts.LAYOUTS, ids=[layout.name for layout in layouts.LAYOUTS])
def test_every_layout_reads_back(layout: layouts.Layout) -> None:
    result = layouts.score(HISTORY, layout, reader=_read)
    assert result.misses == []
    assert result.roles == len(HISTORY.roles)


def test_read_roles_gives_the_roles_read_resume_gives() -> None:
    text, _stated = layouts.render(HISTORY, layouts.BASE)
    assert read_roles(text, today=TODAY) == read_resume(text, today=TODAY).roles


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Head of Operations — Halden Freight Ltd          2019-", "2019", "present"),
    ("Mar 2019 – | Head of Operations", "2019-03", "present"),
    ("Head of Operations (03/2019 –)", "2019-03", "present"),
    ("2015-2019 Warehouse Manager", "2015", "2019"),
])
def test_a_range_with_a_dash_and_no_end_is_still_running(text: str, start: str, end: str) -> None:
    found = date_range(text, TODAY.year * 12 + TODAY.month - 1)
    assert found is not None
    assert found[0].iso() == start
    assert ("present" if found[2] else found[1].iso() if found[1] else None) == end


def test_a_dash_before_a_title_opens_no_range() -> None:
    assert date_range("2019 - Leiter Technik", TODAY.year * 12) is None


@pytest.mark.parametrize(("line", "title", "employer"), [
    ("Korvi Foods plc, Head of Operations", "Head of Operations", "Korvi Foods plc"),
    ("Senior Software Engineer, Tamar Systems GmbH", "Senior Software Engineer",
     "Tamar Systems GmbH"),
    ("Harbour Home Goods, Marketing Director", "Marketing Director", "Harbour Home Goods"),
    ("Tamar Valley Hospital (Exe Health Group), Ward Manager, Surgery", "Ward Manager, Surgery",
     "Tamar Valley Hospital (Exe Health Group)"),
    ("Director, Finance & Corporate Services, Exe Housing Corporation",
     "Director, Finance & Corporate Services", "Exe Housing Corporation"),
    ("Asst. Manager – Logistics — Korvi Consumer Products Ltd.", "Asst. Manager – Logistics",
     "Korvi Consumer Products Ltd."),
    ("Site Manager – Harbour Hospital Project — Northshire County Council",
     "Site Manager – Harbour Hospital Project", "Northshire County Council"),
    ("Consultant Supply Chain – expert SAP APO — Axon Conseil",
     "Consultant Supply Chain – expert SAP APO", "Axon Conseil"),
    ("Marketing Director (Harbour Home Goods)", "Marketing Director", "Harbour Home Goods"),
    ("Senior Software Engineer (Tamar Systems GmbH)", "Senior Software Engineer",
     "Tamar Systems GmbH"),
    ("Site Manager (Contract)", "Site Manager (Contract)", ""),
    ("Werkleiter (Plant Manager)", "Werkleiter (Plant Manager)", ""),
    ("Leiter Montage (Head of Assembly) (Korvi Antriebe GmbH)", "Leiter Montage (Head of Assembly)",
     "Korvi Antriebe GmbH"),
])
def test_a_header_piece_is_split_by_what_each_part_names(line: str, title: str, employer: str
                                                         ) -> None:
    header = read_header([line], patterns_for(None))
    assert (header.title, header.employer) == (title, employer)


def test_at_splits_before_a_name_with_an_accented_or_inner_capital() -> None:
    assert pieces_of("Sanitäter at Österreichisches Rotes Kreuz") == [
        "Sanitäter", "Österreichisches Rotes Kreuz"]
    assert pieces_of("Technical Lead at iNova Systems Ltd.") == ["Technical Lead",
                                                                 "iNova Systems Ltd."]
    assert pieces_of("Head of Learning at scale") == ["Head of Learning at scale"]


def test_a_plain_line_under_a_dated_header_is_no_section_heading() -> None:
    text = ("## Experience\n\n2019 – present | Exe Food Rescue\nVolunteer\n\n"
            "2012 – 2019 | Korvi Foods plc\nStore Manager\n")
    roles = [(role.title, role.employer) for role in read_roles(text, today=TODAY)]
    assert roles[1] == ("Store Manager", "Korvi Foods plc")


def test_a_title_outside_the_vocabulary_keeps_the_marked_employer_before_the_town() -> None:
    text = ("## Experience\n\nHead of IT — Tamar Systems GmbH — Leeds          2015 – present\n"
            "Team Lead IT — Exe Networks Ltd — Leeds          2011 – 2015\n"
            "Systemadministrator — Korvi Antriebe GmbH — München          2008 – 2011\n")
    roles = [(role.title, role.employer) for role in read_roles(text, today=TODAY)]
    assert roles[2] == ("Systemadministrator", "Korvi Antriebe GmbH")


def test_a_header_ending_in_a_dotted_legal_suffix_is_no_sentence() -> None:
    text = ("## Experience\n\nSite Manager — Nordvik Logistics Polska Sp. z o.o.\n"
            "Sep 2019 – Present\n- Led 280 staff\n")
    roles = [(role.title, role.employer) for role in read_roles(text, today=TODAY)]
    assert roles == [("Site Manager", "Nordvik Logistics Polska Sp. z o.o.")]


def test_a_title_ending_in_a_sections_word_after_a_preposition_is_no_heading() -> None:
    text = ("## Experience\n\n**Senior Geologist**\nKorvi Mining Ltd\n2008 – 2011\n\n"
            "**Graduate Geologist in Training**\nKorvi Mining Ltd\n2005 – 2008\n\n"
            "## Education\n\nBSc Chemical Engineering, 2004\n")
    roles = [(role.title, role.start.iso() if role.start else "") for role in
             read_roles(text, today=TODAY)]
    assert roles == [("Senior Geologist", "2008"), ("Graduate Geologist in Training", "2005")]
