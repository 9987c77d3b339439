"""Level errors a verdict must not make: a lower rung of a ladder (a framework's practitioner
against its consultant, an engineer in training against a licensed engineer, ISO 9001 against a
sector standard built on it), a supporting part in joint work read as its lead, and a line that
denies the thing read as evidence of it. Each comes as a pair: the higher rung or the lead shown
keeps a strong verdict; the lower one or the denial lowers it to partial."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY

from poise.fit.denied import denial_shortfall, denied_words
from poise.fit.extract import read_job
from poise.fit.ladders import asked_rungs, rungs_in
from poise.fit.lexicon import patterns_for
from poise.fit.match import PARTIAL, STRONG, Match
from poise.fit.part_played import part_shortfall
from poise.fit.resume_reader import read_resume
from poise.fit.shortfall import cap, shortfalls
from poise.fit.unit_counts import unit_shortfalls, units_in

HEAD = """# Sam Okafor
Leeds, UK

## Experience
Operations Director, Fenwick Components, Leeds, 2018 – present
- Run two assembly plants with 420 staff.
"""


def _requirement(text: str):
    return read_job("# Operations Director\n\n## Requirements\n" + f"- {text}\n").requirements[0]


def _capped(requirement_text: str, lines: str) -> Match:
    requirement = _requirement(requirement_text)
    resume = read_resume(HEAD + lines, today=TODAY)
    strong = Match(requirement.id, STRONG, "Run two assembly plants with 420 staff.", "Shown.", 0.9)
    (capped,) = cap((requirement,), (strong,), resume, patterns_for())
    return capped


@pytest.mark.parametrize(
    ("asked", "higher", "lower"),
    [("SAFe Program Consultant (SPC) certification", "Certified SAFe 6 Practice Consultant (SPC)",
      "Certified SAFe 6 Practitioner (SP)"),
     ("Licensed Professional Engineer (PE)", "Licensed Professional Engineer (PE), Ohio",
      "Engineer-in-Training (EIT), Ohio"),
     ("Registered Professional Engineer (Pr.Eng) with ECSA", "Pr.Eng, ECSA registered",
      "Candidate Engineer, ECSA"),
     ("Chartered Engineer (CEng)", "CEng MIMechE", "IEng MIMechE"),
     ("Quality systems to IATF 16949", "Led the plant's IATF 16949 certification audit",
      "Led the plant's ISO 9001 certification audit"),
     ("AS9100 quality management system", "Kept the AS9100D approval through two audits",
      "Kept the ISO 9001:2015 approval through two audits")])
def test_the_higher_rung_keeps_strong_and_the_lower_one_is_partial(
        asked: str, higher: str, lower: str) -> None:
    assert _capped(asked, f"- {higher}\n").strength == STRONG
    capped = _capped(asked, f"- {lower}\n")
    assert capped.strength == PARTIAL
    assert "asked" in capped.missing


def test_a_standard_built_on_another_meets_the_one_beneath_it() -> None:
    assert _capped("ISO 9001 quality systems", "- Led the IATF 16949 certification audit\n"
                   ).strength == STRONG


def test_one_sector_standard_never_stands_for_another() -> None:
    patterns = patterns_for()
    shown = {rung.ladder for rung in rungs_in("AS9100D approval", patterns)}
    asked = set(asked_rungs("IATF 16949 experience", patterns))
    assert not shown & asked


@pytest.mark.parametrize("text", ["Keep the site safe", "a SAFE working culture",
                                  "PE teacher", "Our PE fund portfolio"])
def test_ordinary_words_name_no_rung(text: str) -> None:
    assert not rungs_in(text, patterns_for())


def test_a_rung_still_being_worked_for_is_not_held() -> None:
    requirement = _requirement("Licensed Professional Engineer (PE)")
    resume = read_resume(HEAD + "- EIT; working towards the Professional Engineer licence\n",
                         today=TODAY)
    assert shortfalls(requirement, resume, patterns_for())


@pytest.mark.parametrize(
    ("line", "denied"),
    [("No greenfield experience; all start-ups were line additions.", {"greenfield"}),
     ("Ran the terminal system (Tideworks, not Navis) across two berths.", {"navi"}),
     ("Never managed a P&L directly.", {"p&l"}),
     ("Have not worked in a unionised environment.", {"unionis", "environ"})])
def test_a_denying_word_denies_what_it_governs(line: str, denied: set[str]) -> None:
    assert denied <= denied_words(line, patterns_for())


@pytest.mark.parametrize("line", ["Not only led the merger but also integrated its IT.",
                                  "Led the greenfield start-up of the Leeds plant.",
                                  "Used Navis N4, not Tideworks, at both berths."])
def test_a_line_denying_nothing_asked_is_no_denial(line: str) -> None:
    assert not denied_words(line, patterns_for()) & {"merger", "greenfield", "navi"}


def test_a_denied_requirement_is_capped_and_an_affirmed_one_is_not() -> None:
    capped = _capped("Greenfield plant start-up", "- No greenfield experience; all start-ups were "
                     "line additions.\n")
    assert capped.strength == PARTIAL
    assert "résumé says not" in capped.missing
    assert _capped("Greenfield plant start-up", "- Led the greenfield start-up of the Leeds plant."
                   "\n").strength == STRONG


def test_a_denial_elsewhere_is_outweighed_by_a_line_that_names_the_thing() -> None:
    lines = ["Used Tideworks, not Navis, at Harwich.", "Moved the Felixstowe berths onto Navis N4."]
    assert denial_shortfall("Navis N4 terminal operating system", lines, patterns_for()) == ""


def test_a_requirement_asking_for_the_absence_is_not_capped_by_a_line_agreeing() -> None:
    lines = ["Delivered three shutdowns without a lost-time incident."]
    assert denial_shortfall("Lead a zero-harm culture with no lost-time incidents", lines,
                            patterns_for()) == ""


@pytest.mark.parametrize(
    ("line", "capped"),
    [("Worked with the CFO on the annual budget cycle.", True),
     ("Collaborated with Finance on the annual budget cycle.", True),
     ("Owned the annual budget cycle, working with the CFO.", False),
     ("Led the annual budget cycle with the CFO.", False),
     ("Worked on the annual budget cycle for eight years.", False)])
def test_joint_work_is_a_supporting_part_and_leading_it_is_not(line: str, capped: bool) -> None:
    found = part_shortfall("Lead the annual budget cycle", [line], patterns_for())
    assert bool(found) is capped


@pytest.mark.parametrize(
    ("text", "counted"),
    [("Finance for a group of two clinics", [(2.0, "clinic")]),
     ("800 staff on two EV cell lines", [(2.0, "line")]),
     ("a dozen stores in 4 countries", [(12.0, "store"), (4.0, "country")]),
     ("one of three plants", [(3.0, "plant")]),
     ("50% of sites", []),
     ("2019 site closures", [])])
def test_units_are_counted_in_figures_and_in_words(text: str, counted: list) -> None:
    assert units_in(text, patterns_for()) == counted


@pytest.mark.parametrize(
    ("asked", "higher", "lower"),
    [("Lead the commercial divisions of three sites", "Ran four clinics across the region",
      "Ran two clinics across the region"),
     ("Run 4 plants", "General manager of five plants", "General manager of three factories"),
     ("Commercial leadership across 6 countries", "Sales in 8 markets", "Sales in 3 markets")])
def test_a_count_of_units_below_the_one_asked_is_partial(asked: str, higher: str,
                                                        lower: str) -> None:
    assert _capped(asked, f"- {higher}\n").strength == STRONG
    capped = _capped(asked, f"- {lower}\n")
    assert capped.strength == PARTIAL
    assert "asked" in capped.missing


def test_a_unit_is_not_shown_by_a_wider_one() -> None:
    # sites counted do not show plants: the plant count is left to the head, not compared
    assert unit_shortfalls("Run 4 plants", ["Ran 3 sites"], patterns_for()) == []
    assert unit_shortfalls("Run 4 sites", ["Ran 3 plants"], patterns_for()) == [
        "3 sites shown; 4 asked"]


def test_a_choice_of_counts_is_not_compared() -> None:
    assert _capped("Run 3 plants or 400 staff", "- Ran two plants\n").strength == STRONG


@pytest.mark.parametrize("line", ["1,200 days without LTI; ISO 14001 certification achieved.",
                                  "Two GMP inspections closed with no critical or major findings.",
                                  "Launched 14 programmes through PPAP with no late submissions.",
                                  "Ran production at No. 3 Shaft; store ranked no. 2 in France."])
def test_an_outcome_achieved_or_a_number_is_no_denial(line: str) -> None:
    assert not denied_words(line, patterns_for())
