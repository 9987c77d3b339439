"""Résumé reading per layout and field: several posts written as a paragraph of prose
(fit/resume_prose.py), a promotion inside one title line with the month it began, a chain of
titles over the employer and dates with the next post's title under them, an employer's unit
beside its name before the title, and a post whose title holds an organisation noun stacked
under its employer. Each with the cases that must not change."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.lexicon import patterns_for
from poise.fit.resume_posts import posts_in_block
from poise.fit.resume_prose import posts_in_prose
from poise.fit.resume_reader import read_resume
from poise.fit.role_header import read_header

PATTERNS = patterns_for(None)
NOW = 2026 * 12 + 10


def _roles(text: str) -> list[tuple[str, str, str, str]]:
    return [(role.title, role.employer, role.start.iso() if role.start else "",
             "present" if role.current else role.end.iso() if role.end else "")
            for role in read_resume(text, today=TODAY).roles]


def _posts(text: str) -> list[tuple[str, str, str, str]]:
    return [(post.title, post.employer, post.start.iso(), post.end.iso() if post.end else "")
            for post in posts_in_prose(text, PATTERNS, NOW)]


# --- several posts in a paragraph -----------------------------------------------------------

PROSE = ("Warehouse Manager at Corran Distribution, Doncaster (2011–2016), leading three shifts "
         "of pickers. Before that, Shift Leader (2008–2011) and Stock Controller (2006–2008) with "
         "Pellow Foods in Hull. I began as an apprentice buyer at Ashgrove Mills, Leeds (2004–2006).")


def test_a_paragraph_names_each_post_with_its_employer_and_dates() -> None:
    assert _posts(PROSE) == [
        ("Warehouse Manager", "Corran Distribution", "2011", "2016"),
        ("Shift Leader", "Pellow Foods", "2008", "2011"),
        ("Stock Controller", "Pellow Foods", "2006", "2008"),
        ("apprentice buyer", "Ashgrove Mills", "2004", "2006"),
    ]


def test_the_posts_of_an_earlier_career_paragraph_are_roles() -> None:
    text = ("## Experience\n\n**Head of Supply Chain**\nBrackley Retail plc\nMarch 2016 – present\n\n"
            "- Ran four depots.\n\n## Earlier career\n\n" + PROSE + "\n\n## Education\n\n- BA, 2004\n")
    roles = _roles(text)
    assert ("Head of Supply Chain", "Brackley Retail plc", "2016-03", "present") in roles
    assert ("Warehouse Manager", "Corran Distribution", "2011", "2016") in roles
    assert ("Shift Leader", "Pellow Foods", "2008", "2011") in roles
    assert ("Stock Controller", "Pellow Foods", "2006", "2008") in roles
    assert ("apprentice buyer", "Ashgrove Mills", "2004", "2006") in roles
    assert len(roles) == 5


def test_a_paragraph_of_dated_work_names_no_post() -> None:
    text = ("Led the move of the plant to a new site in Corby (2014–2016) and the rollout of a new "
            "planning system (2017–2018) with the group's finance team.")
    assert _posts(text) == []


def test_one_post_in_a_paragraph_is_left_to_the_rest_of_the_reader() -> None:
    assert _posts("Worked as a buyer at Fenwick Stores (2004–2006), learning the trade.") == []


def test_a_post_with_no_employer_anywhere_in_its_sentence_is_not_read() -> None:
    text = ("Shift Leader (2008–2011) and Stock Controller (2006–2008), both on nights. "
            "Warehouse Manager at Corran Distribution (2011–2016).")
    assert _posts(text) == []


def test_a_title_outside_the_vocabulary_is_read_when_written_as_a_title() -> None:
    text = ("Youth Worker at Harbour Trust (2004–2006). Before that, Kitchen Porter at Lune "
            "Hotels (2002–2004).")
    assert _posts(text) == [("Youth Worker", "Harbour Trust", "2004", "2006"),
                            ("Kitchen Porter", "Lune Hotels", "2002", "2004")]


def test_work_led_in_title_case_is_no_post() -> None:
    text = ("Delivered Project Atlas at Harbour Trust (2004–2006). Launched Digital Services at "
            "Lune Hotels (2002–2004).")
    assert _posts(text) == []


def test_a_title_word_in_the_employer_place_is_no_employer() -> None:
    text = "Buyer (2008–2011) and Planner (2006–2008) with Senior Manager support."
    assert _posts(text) == []


# --- a promotion inside one title line -----------------------------------------------------

PROMOTED = ("## Experience\n\n**04.2010 – 09.2017** Shift Engineer, from 05.2013 Production "
            "Supervisor\n\nHalden Castings a.s., Plzeň\n\n- Ran the foundry line.\n\n"
            "**09.2004 – 03.2010** Process Technician\n\nRokyta Metal s.r.o., Brno\n\n- Set up lines.\n")


def test_a_promotion_in_the_title_line_splits_at_the_month_it_began() -> None:
    roles = _roles(PROMOTED)
    assert ("Shift Engineer", "Halden Castings a.s.", "2010-04", "2013-04") in roles
    assert ("Production Supervisor", "Halden Castings a.s.", "2013-05", "2017-09") in roles
    assert ("Process Technician", "Rokyta Metal s.r.o.", "2004-09", "2010-03") in roles
    assert len(roles) == 3


def test_a_start_with_no_second_title_stays_one_role() -> None:
    text = PROMOTED.replace("Shift Engineer, from 05.2013 Production Supervisor",
                            "Shift Engineer, from 05.2013 on the night shift")
    roles = _roles(text)
    assert [role[2] for role in roles] == ["2010-04", "2004-09"]


def test_a_second_post_starting_after_the_role_ended_is_no_step() -> None:
    start, end = (read_resume(PROMOTED, today=TODAY).roles[-1].start,
                  read_resume(PROMOTED, today=TODAY).roles[-1].end)
    assert start is not None and end is not None
    assert posts_in_block("Process Technician, from 05.2013 Line Supervisor", start, end, False,
                          [], PATTERNS, NOW) is None


def test_a_promotion_on_a_header_line_split_by_dashes_splits_too() -> None:
    text = ("## Experience\n\n**06/2007 – 08/2015** Engineer – Press Shop, from 03/2011 Senior "
            "Engineer – Press Shop\n\nValmora Stampings Ltd., Pune\n\n- Ran the presses.\n")
    roles = _roles(text)
    assert [(role[0], role[2], role[3]) for role in roles] == [
        ("Engineer – Press Shop", "2007-06", "2011-02"),
        ("Senior Engineer – Press Shop", "2011-03", "2015-08")]


# --- a chain of titles over the employer and dates -------------------------------------------

CHAIN = ("## Experience\n\n**Ward Sister, then Modern Matron**\nEastleigh Community Trust | 2005 – 2011"
         "\n\n**Staff Nurse, Renal Medicine**\nFarleigh General Hospital | 2001 – 2005\n")


def test_the_title_under_a_chain_opens_the_next_post() -> None:
    roles = _roles(CHAIN)
    assert roles[0][1:] == ("Eastleigh Community Trust", "2005", "2011")
    assert "Matron" in roles[0][0] and "Staff Nurse" not in roles[0][0]
    assert roles[1] == ("Staff Nurse, Renal Medicine", "Farleigh General Hospital", "2001", "2005")


# --- headers ---------------------------------------------------------------------------------


def test_a_unit_beside_the_employer_is_no_title() -> None:
    header = read_header(["Morikawa Seiki Corporation, Head Office, Osaka – Manager, Export "
                          "Planning Department"], PATTERNS)
    assert header.title == "Manager, Export Planning Department"
    assert header.employer == "Morikawa Seiki Corporation"


def test_a_title_after_the_employer_still_splits() -> None:
    assert read_header(["Murtal Papier GmbH, Head of IT"], PATTERNS).title == "Head of IT"
    assert read_header(["Kelso Mills Ltd, Head of Sales Division"], PATTERNS).title == (
        "Head of Sales Division")
    header = read_header(["Kelso Mills Ltd, Head Office Services Manager"], PATTERNS)
    assert header.title == "Head Office Services Manager"
    assert header.employer == "Kelso Mills Ltd"


def test_an_organisation_noun_inside_a_title_keeps_it_a_title() -> None:
    header = read_header(["Battery Commander (Major), 2nd Artillery Regiment"], PATTERNS)
    assert header.title == "Battery Commander (Major), 2nd Artillery Regiment"
    assert header.employer == ""
    split = read_header(["Senior Systems Engineer, Alpentel IT Services GmbH"], PATTERNS)
    assert (split.title, split.employer) == ("Senior Systems Engineer", "Alpentel IT Services GmbH")


def test_posts_stacked_under_one_employer_take_its_name() -> None:
    text = ("## Experience\n\n**British Army** – Tidworth and Cyprus\n03/2004 – 06/2012\n\n"
            "**Battery Commander (Major), 2nd Artillery Regiment** (05/2009 – 06/2012)\n\n"
            "- Commanded 120 soldiers.\n\n**Troop Commander (Captain)** (03/2004 – 04/2009)\n\n"
            "- Led a troop of 30.\n")
    roles = _roles(text)
    assert ("Battery Commander (Major), 2nd Artillery Regiment", "British Army", "2009-05",
            "2012-06") in roles
    assert all(role[1] == "British Army" for role in roles)
