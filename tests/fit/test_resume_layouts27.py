"""The résumé reader on layouts it was not fitted to: the seeded wild sample of the layout
benchmark (benchmarks/resume_layouts.py --wild), and the general causes it exposed, one test
per mechanism: a sentence about the company naming it "a company" after the employer's name,
and the word that opens a range ("From March 2011 to August 2015") left in the post's title."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tests.fit.conftest import TODAY

from poise.fit.dates import date_range
from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import read_roles
from poise.fit.role_header import classify, pieces_of, read_header

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import resume_layouts as layouts


def _posts(text: str) -> list[tuple[str, str, str, str]]:
    return [(role.title, role.employer, role.start.iso(),
             "present" if role.current else role.end.iso() if role.end else "")
            for role in read_roles(text, today=TODAY)]


def test_the_wild_sample_is_the_same_every_run_and_draws_from_every_axis() -> None:
    first = layouts.wild_layouts("round9/some_pair", 6)
    assert first == layouts.wild_layouts("round9/some_pair", 6)
    assert first != layouts.wild_layouts("round9/other_pair", 6)
    for layout in first:
        for axis, choices in layouts.AXES.items():
            assert getattr(layout, axis) in choices


def test_the_wild_sample_writes_no_layout_a_real_cv_would_not() -> None:
    for number in range(40):
        for layout in layouts.wild_layouts(f"key{number}", 6):
            assert layout.blurb != "after" or layout.join == "\n"
            assert layout.join != "brackets" or layout.town not in ("bracket", "bar")
            assert layout.join != " at " or layout.order == "title"


def test_the_wild_sample_never_opens_a_held_out_round() -> None:
    assert all(int(folder.parent.name[5:]) <= layouts.LAST_DEV_ROUND
               for folder in layouts.WILD_DIRS if folder.parent.name.startswith("round"))


@pytest.mark.parametrize(("style", "current", "closing"), [
    ("dotted", False, "01.03.2019 – 31.01.2021"), ("dayslash", True, "01/03/2019 – Current"),
    ("from", True, "From March 2019 to date"), ("now", True, "Mar 2019 – Now"),
    ("todate", True, "03/2019 – to date"), ("current", True, "Mar/2019 – current"),
    ("french", True, "03.2019 – aujourd'hui"),
])
def test_the_new_date_styles_write_what_real_cvs_write(style: str, current: bool,
                                                       closing: str) -> None:
    assert layouts.span_text("2019-03", "present" if current else "2021-01", style) == closing


SITE_LINES = """## Professional Experience

**Plant Manager** | 03.2018 – present
*Reiser Kunststofftechnik GmbH & Co. KG* – {first}
City: Regensburg | Country: Germany

**Production Manager** | 01.2012 – 09.2017
*Oberpfalz Formtechnik GmbH* – {second}
City: Regensburg | Country: Germany
"""


@pytest.mark.parametrize(("first", "second"), [
    ("a listed company with sites in four countries", "privately owned group, 1,200 employees"),
    ("privately owned group, 1,200 employees", "a listed company with sites in four countries"),
])
def test_a_sentence_calling_the_firm_a_company_is_no_employer(first: str, second: str) -> None:
    posts = _posts(SITE_LINES.format(first=first, second=second))
    assert [(title, employer) for title, employer, _start, _end in posts] == [
        ("Plant Manager", "Reiser Kunststofftechnik GmbH & Co. KG"),
        ("Production Manager", "Oberpfalz Formtechnik GmbH")]


@pytest.mark.parametrize(("piece", "kind"), [
    ("a listed company with sites in four countries", "description"),
    ("family-owned holding company of three bakeries", "description"),
    ("Harbour Trading Company", "employer"),
    ("Nordpol Logistics sp. z o.o.", "employer"),
    ("Korvi Foods plc", "employer"),
])
def test_a_legal_word_in_lower_case_marks_a_name_only_outside_a_sentence(piece: str,
                                                                         kind: str) -> None:
    assert classify(piece, patterns_for()).kind == kind


@pytest.mark.parametrize("line", [
    "**From March 2013 to August 2018** Engineering Manager",
    "From March 2013 to August 2018 | Engineering Manager",
    "Engineering Manager (from March 2013 to August 2018)",
])
def test_the_word_opening_a_range_belongs_to_the_dates(line: str) -> None:
    found = date_range(line, TODAY.year * 12 + TODAY.month - 1)
    assert found is not None
    assert found[3].group(0).lower().startswith("from march 2013")
    assert found[0].iso() == "2013-03"
    assert found[1] is not None and found[1].iso() == "2018-08"


def test_a_bold_from_to_line_leaves_the_title_alone() -> None:
    text = """## Professional Experience

**From 2016 to date** Head of Operations

Halden Freight Ltd

- Led a team of 40 staff across two sites

**From March 2011 to August 2015** Shift Supervisor

Korvi Foods plc

- Trained six supervisors who now run their own shifts
"""
    assert [(title, start, end) for title, _employer, start, end in _posts(text)] == [
        ("Head of Operations", "2016", "present"), ("Shift Supervisor", "2011-03", "2015-08")]


def test_from_before_a_point_with_no_end_still_opens_a_running_post() -> None:
    found = date_range("Head of Operations, from 2019", TODAY.year * 12)
    assert found is not None and found[0].iso() == "2019" and found[2]


@pytest.mark.parametrize(("line", "title", "employer"), [
    ("Hotel Manager (Harbourview Hotel — Sydney)", "Hotel Manager", "Harbourview Hotel"),
    ("Marketing Director (Harbour Home Goods | Leeds)", "Marketing Director",
     "Harbour Home Goods"),
    ("Senior Software Engineer (Tamar Systems GmbH · Exeter)", "Senior Software Engineer",
     "Tamar Systems GmbH"),
])
def test_a_separator_inside_brackets_splits_no_header(line: str, title: str,
                                                      employer: str) -> None:
    header = read_header([line], patterns_for())
    assert (header.title, header.employer) == (title, employer)


def test_a_separator_outside_brackets_still_splits() -> None:
    assert pieces_of("Hotel Manager (Rooms) — Harbourview Hotel | Sydney") == [
        "Hotel Manager (Rooms)", "Harbourview Hotel", "Sydney"]
