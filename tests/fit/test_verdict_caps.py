"""Verdicts capped at partial where a check alone would say strong: a qualification still being
studied for, a list of named items shown only in part, a claim only the objective makes, a sector
only the summary names (issue 12)."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit import evaluation_view
from poise.fit.extract import read_resume
from poise.fit.lexicon import patterns_for
from poise.fit.match import is_aspiration, named_items_line, unshown_items
from poise.fit.result import assess

ROLES = """## Experience
Finance Operations Manager, Tollard Plastics Ltd, Derby, 2016 – present
- Run the P2P and O2C teams: 18 staff through two team leaders.
- Cut invoice processing cost by 30% with scanning and workflow.
"""


def _verdict(requirement: str, extra: str = "", summary: str = "") -> dict:
    job = f"# Head of Finance Operations\n\n## Requirements\n- {requirement}\n"
    resume = f"# Sam Ode\nDerby, UK · sam@example.org\n\n{summary}{ROLES}{extra}"
    view = evaluation_view(assess(job, resume, embed=hash_embed, today=TODAY))
    return view["requirements"][0]


def test_a_qualification_still_being_studied_for_is_partial() -> None:
    found = _verdict("ACCA membership",
                     "\n## Qualifications\n- Studying towards ACCA, final exams in 2027\n")
    assert found["verdict"] == "partial"
    assert "ACCA in progress" in found["missing"]


def test_a_qualification_held_is_strong() -> None:
    found = _verdict("ACCA membership", "\n## Qualifications\n- ACCA (2014)\n")
    assert found["verdict"] == "strong"


def test_a_list_of_named_processes_shown_in_part_is_partial() -> None:
    found = _verdict("Run the P2P, O2C and R2R teams: 18 staff through two team leaders.")
    assert found["verdict"] == "partial"
    assert found["missing"] == "R2R not shown"


def test_the_named_items_the_resume_does_not_show() -> None:
    resume = read_resume(ROLES, today=TODAY)
    assert unshown_items("Own P2P, O2C and R2R", resume) == ["R2R"]
    assert unshown_items("Own P2P or R2R", resume) == []
    assert unshown_items("Own P2P and O2C", resume) == []
    assert unshown_items("Own GBS and R2R", resume) == []


def test_a_currencys_code_is_no_item_to_show() -> None:
    resume = read_resume(ROLES, today=TODAY)
    codes = frozenset({"USD", "OMR", "EUR"})
    text = "Own P2P, O2C and the USD 28 million budget (approximately OMR 10.8 million)"
    assert unshown_items(text, resume) != []  # read as items, "USD 28" and "OMR" are not shown
    assert unshown_items(text, resume, not_items=codes) == []
    assert unshown_items("Own P2P, O2C and R2R (EUR 4m)", resume, not_items=codes) == ["R2R"]


def test_an_objective_is_not_evidence() -> None:
    summary = "## Career objective\nTo run a shared service centre for a growing group.\n\n"
    found = _verdict("To run a shared service centre for a growing group.", summary=summary)
    assert found["verdict"] == "partial"
    assert found["missing"] == "only the résumé's objective claims it"
    patterns = patterns_for()
    lines = read_resume(summary + ROLES, today=TODAY).lines
    assert is_aspiration(lines[0], patterns)
    assert not any(is_aspiration(line, patterns) for line in lines[1:])


def test_work_across_a_region_of_several_countries_is_international() -> None:
    extra = ("Country Manager, Baltics, Tollard Plastics Ltd, Riga, 2010 – 2016\n"
             "- Ran sales across Scandinavia and the Baltic states.\n")
    found = _verdict("Experience leading international teams across several countries", extra)
    assert found["verdict"] == "strong"


def test_an_ability_to_analyse_is_a_trait_not_a_missing_must_have() -> None:
    job = "# Head of Finance Operations\n\n## Requirements\n- Ability to analyse complex data sets\n"
    resume = f"# Sam Ode\nDerby, UK · sam@example.org\n\n{ROLES}"
    fit = assess(job, resume, embed=hash_embed, today=TODAY)
    assert [concern.kind for concern in fit.concerns if concern.kind == "missing_must_have"] == []


def test_parental_leave_raises_no_career_break_concern() -> None:
    job = "# Head of Finance Operations\n\n## Requirements\n- Ten years in finance operations.\n"
    resume = ("# Sam Ode\nDerby, UK · sam@example.org\n\n## Experience\n"
              "Finance Operations Manager, Tollard Plastics Ltd, 2019 – present\n- Run P2P.\n"
              "Parental leave, 01/2018 – 12/2018\n"
              "Finance Analyst, Tollard Plastics Ltd, 2009 – 2017\n- Ran the close.\n")
    kinds = [concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]
    assert "employment_gap" not in kinds


def test_a_willingness_to_travel_is_not_a_missing_must_have() -> None:
    job = ("# Head of Finance Operations\n\n## Requirements\n"
           "- Willingness to travel to the Lisbon office every month\n")
    resume = f"# Sam Ode\nDerby, UK · sam@example.org\n\n{ROLES}"
    kinds = [concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]
    assert "missing_must_have" not in kinds


def test_a_named_programme_is_not_met_by_any_degree() -> None:
    extra = "\n## Education\n- BSc Accounting, University of Leeds, 2008\n"
    found = _verdict("Graduate of the IoD Chartered Director programme", extra)
    assert found["verdict"] == "partial"
    assert "IoD not shown" in found["missing"]


def test_a_slash_inside_a_product_name_is_not_a_choice() -> None:
    extra = "\n## Skills\n- SAP ECC 6.0 (MM, SD)\n"
    found = _verdict("Hands-on SAP S/4HANA experience", extra)
    assert found["verdict"] == "partial"


def test_a_line_naming_every_listed_item_is_strong_evidence() -> None:
    resume = read_resume(ROLES + "- Kept the ledgers compliant with FRS 102 and HMRC MTD rules.\n",
                         today=TODAY)
    line = named_items_line("Compliance with FRS 102 and MTD rules", resume)
    assert line is not None and "HMRC MTD" in line.text
    assert named_items_line("Compliance with FRS 102 and IFRS 17", resume) is None


def test_a_candidate_still_sitting_the_exams_is_partial() -> None:
    found = _verdict("CIMA qualification",
                     "\n## Qualifications\n- CIMA: final case study candidate, sitting in 2027\n")
    assert found["verdict"] == "partial"
    assert "CIMA in progress" in found["missing"]
    found = _verdict("CIMA qualification",
                     "\n## Qualifications\n- CIMA, membership application not yet submitted\n")
    assert found["verdict"] == "partial"
