"""A grade or band in brackets after a title ("Deputy Governor (Band 10)") is part of the post,
never its employer: where the rules read no employer, none is made up from a part of the title,
and a name on the line under the title with a blurb after a dash ("HMP Eastfold, Hull – Category
C prison, 540 men") is the employer.
The layout "Title (Employer)" still reads the employer in the brackets. Wordings written for
these tests."""

from __future__ import annotations

from datetime import date

from poise.fit.resume_reader import read_roles

TODAY = date(2026, 11, 1)


def _roles(text: str) -> list[dict[str, object]]:
    return [role.to_dict() for role in read_roles(text, today=TODAY)]


def test_a_grade_in_the_titles_brackets_is_no_employer() -> None:
    roles = _roles(
        "# Sam Reed\n\n## Career history\n\n"
        "### Senior Custody Manager (Band 9)\n"
        "**HMP Eastfold, Hull** – Category C resettlement prison, 540 men, c. 220 staff\n"
        "**Jun 2020 – date**\n\n- Ran the custody function across two wings.\n\n"
        "### Residential Manager (Grade 7)\n"
        "**HMP Westmoor, York** – Category B training prison, 610 men\n"
        "**Feb 2016 – May 2020**\n\n- Led the residential units.\n")
    assert [role["start"] for role in roles] == ["2020-06", "2016-02"]
    # the employer is the name on the line under the title, its blurb after a dash left out
    assert [role["employer"] for role in roles] == ["HMP Eastfold", "HMP Westmoor"]
    assert all("(" in str(role["title"]) for role in roles)  # the grade stays with the title


def test_a_line_of_lower_case_words_alone_is_no_employer() -> None:
    # a description with no name before its dash stays the blurb it is
    roles = _roles(
        "# Sam Reed\n\n## Career history\n\n"
        "### Operations Manager\n"
        "**Northgate Logistics Ltd**\n"
        "regional distribution network – three sites, 540 staff\n"
        "**Jun 2020 – date**\n\n- Ran three sites.\n")
    assert roles[0]["employer"] == "Northgate Logistics Ltd"


def test_an_employer_in_the_titles_brackets_is_still_read() -> None:
    roles = _roles(
        "# Sam Reed\n\n## Experience\n\n"
        "Marketing Director (Harbour Home Goods)          Mar 2019 – Present\n"
        "- Led a team of twelve.\n\n"
        "Marketing Manager (Lantern Foods Ltd)          Jan 2015 – Feb 2019\n"
        "- Ran three brands.\n")
    assert [role["employer"] for role in roles] == ["Harbour Home Goods", "Lantern Foods Ltd"]


def test_a_site_after_the_employer_on_its_own_line_is_not_the_employer() -> None:
    roles = _roles(
        "# Sam Reed\n\n## Experience\n\n"
        "**2016 – 2020**\n**Responsable de rayon frais**\n"
        "Primaprix Supermarchés – Hypermarché de Namur-Nord (7 200 m²)\n\n"
        "- Rayon frais, 18 collaborateurs\n")
    assert (roles[0]["title"], roles[0]["employer"]) == ("Responsable de rayon frais",
                                                         "Primaprix Supermarchés")


def test_an_employer_after_the_title_on_one_line_is_still_read() -> None:
    # the title and the employer on one line: the guard for a site under the title stays out
    roles = _roles(
        "# Sam Reed\n\n## Experience\n\n"
        "Store Manager – Primaprix Supermarchés SA          2016 – 2020\n"
        "- Ran a store of 80 staff.\n")
    assert roles[0]["employer"] == "Primaprix Supermarchés SA"
