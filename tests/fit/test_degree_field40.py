"""A degree's field read through its initials, "or equivalent", and degrees no ladder places."""

from __future__ import annotations

from poise.fit.degree_field import asked_fields, field_shortfall, spelled_awards
from poise.fit.lexicon import patterns_for

HEALTH = "Master's degree in hospital administration, public health or business administration"


def test_an_award_known_by_its_initials_is_read_in_its_field() -> None:
    patterns = patterns_for()
    assert spelled_awards("Executive MBA, Lakeside Business School, 2014", patterns) == (
        "master of business administration")
    assert field_shortfall(HEALTH, ["Executive MBA, Lakeside Business School, 2014"],
                           patterns) == ""
    assert field_shortfall(HEALTH, ["MPH, Northbay University, 2009"], patterns) == ""


def test_an_award_of_another_field_is_still_shown_short() -> None:
    text = "Master's degree in engineering or public administration"
    found = field_shortfall(text, ["MBA, Lakeside Business School, 2014"], patterns_for())
    assert found.startswith("MBA shown; a master's degree in engineering")


def test_initials_beside_another_degree_do_not_give_it_their_field() -> None:
    text = "Master's degree in business administration or economics"
    found = field_shortfall(text, ["MSc Logistics (MBA electives), Northbay University, 2003"],
                            patterns_for())
    assert found.startswith("MSc Logistics shown")
    assert spelled_awards("MSc Logistics, Northbay University, 2003", patterns_for()) == ""


def test_a_field_list_closed_by_or_equivalent_asks_no_field() -> None:
    text = "Bachelor's degree in accounting, finance or equivalent"
    assert asked_fields(text, patterns_for()) == []
    assert field_shortfall(text, ["BA History, Northbay University, 1998"], patterns_for()) == ""


def test_equivalence_of_a_foreign_degree_still_asks_the_fields() -> None:
    text = ("Master's degree in law or economics, or a foreign degree recognised as equivalent "
            "under national law")
    found = field_shortfall(text, ["MSc Finance, Northbay University, 2005"], patterns_for())
    assert found.startswith("MSc Finance shown")


def test_a_degree_no_ladder_places_shows_its_field() -> None:
    text = "Bachelor's degree in civil or environmental engineering"
    lines = ["MSc Urban Planning, Delft, 2011",
             "Engineer's degree in Environmental Engineering, Polytechnic of Turin, 2004"]
    assert field_shortfall(text, lines, patterns_for()) == ""


def test_a_degree_no_ladder_places_in_another_field_shows_nothing() -> None:
    text = "Bachelor's degree in civil or environmental engineering"
    lines = ["MSc Urban Planning, Delft, 2011",
             "Engineer's degree in Naval Architecture, Polytechnic of Turin, 2004"]
    assert field_shortfall(text, lines, patterns_for()).startswith("MSc Urban Planning shown")


def test_a_degree_named_outside_the_education_section_is_not_read_unplaced() -> None:
    text = "Bachelor's degree in civil or environmental engineering"
    lines = ["Ran a degree apprenticeship scheme in environmental engineering for 40 trainees",
             "MSc Urban Planning, Delft, 2011"]
    assert field_shortfall(text, lines, patterns_for()) == ""
    found = field_shortfall(text, lines, patterns_for(), schooling=[False, True])
    assert found.startswith("MSc Urban Planning shown")
