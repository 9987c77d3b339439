"""Posts held in turn at one employer that a résumé tells only in a note, in a semicolon title or
as titles dated on one line before the employer; a military base beside the unit; graded and
incorporated memberships, industry diplomas and registration numbers as certificates held; a
city's numbered district in an advert's header."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.resume_facts import certification_candidates
from poise.fit.resume_reader import ResumeLine, read_resume
from poise.fit.role_header import read_header


def _roles(text: str) -> list[tuple[str, str, str, str]]:
    return [(role.title, role.employer, role.start.iso() if role.start else "",
             "present" if role.current else role.end.iso() if role.end else "")
            for role in read_resume(text, today=TODAY).roles]


def _cv(block: str) -> str:
    return ("# Robin Vale\n\n## Experience\n\n**Plant Director**\nKessel Works Ltd, Derby\n"
            "Apr 2016 – Present\n\n- Ran the plant.\n\n" + block + "\n## Education\n\n- BSc, 2001\n")


NOTE = """**Senior Network Engineer**
Harrow Telecom plc, Bristol
Feb 2009 – Mar 2016

- Built the core network.
- Promoted from Network Engineer in 2012.
"""


def test_a_promotion_told_only_in_a_note_splits_the_role_at_its_year() -> None:
    roles = _roles(_cv(NOTE))
    assert ("Network Engineer", "Harrow Telecom plc", "2009-02", "2012") in roles
    assert ("Senior Network Engineer", "Harrow Telecom plc", "2012", "2016-03") in roles


def test_a_note_dated_outside_the_role_splits_nothing() -> None:
    roles = _roles(_cv(NOTE.replace("in 2012", "in 2018")))
    assert ("Senior Network Engineer", "Harrow Telecom plc", "2009-02", "2016-03") in roles
    assert not any(title == "Network Engineer" for title, *_rest in roles)


def test_a_note_naming_no_title_splits_nothing() -> None:
    roles = _roles(_cv(NOTE.replace("Network Engineer in 2012", "the graduate scheme in 2012")))
    assert ("Senior Network Engineer", "Harrow Telecom plc", "2009-02", "2016-03") in roles
    assert len(roles) == 2


SEMICOLON = """**Harrow Benefit Services** — Bristol

**Claims Examiner; Claims Supervisor (from 2011)** | 05/2008 – 03/2016

- Checked claims, later led the appeals desk.
"""


def test_two_titles_joined_by_a_semicolon_split_where_the_later_began() -> None:
    roles = _roles(_cv(SEMICOLON))
    assert ("Claims Examiner", "Harrow Benefit Services", "2008-05", "2011") in roles
    assert ("Claims Supervisor", "Harrow Benefit Services", "2011", "2016-03") in roles


CHAIN = """### Category Buyer, then Senior Category Buyer
**Fenwick & Dale Ltd, Leeds** | March 2008 – January 2016

- Bought packaging; promoted to Senior Buyer in 2012 and led two buyers.
"""


def test_a_step_named_by_what_sets_it_apart_dates_the_chain() -> None:
    roles = _roles(_cv(CHAIN))
    assert ("Category Buyer", "Fenwick & Dale Ltd", "2008-03", "2012") in roles
    assert ("Senior Category Buyer", "Fenwick & Dale Ltd", "2012", "2016-01") in roles


DATED_TITLES = ("**Shift Manager** (2011 – 2015); **Team Leader** (2007 – 2011) – Tarn Foods Ltd, "
                "Carlisle | May 2007 – October 2015\n\n- Ran the night shift.\n")


def test_a_note_naming_another_post_leaves_the_chain_whole() -> None:
    roles = _roles(_cv(CHAIN.replace("Senior Buyer", "Senior Planner")))
    assert not any(title == "Category Buyer" for title, *_rest in roles)


def test_titles_dated_before_the_employer_take_the_months_of_the_whole_span() -> None:
    roles = _roles(_cv(DATED_TITLES))
    assert ("Team Leader", "Tarn Foods Ltd", "2007-05", "2011") in roles
    assert ("Shift Manager", "Tarn Foods Ltd", "2011", "2015-10") in roles


def test_a_whole_span_in_other_years_leaves_the_steps_as_written() -> None:
    roles = _roles(_cv(DATED_TITLES.replace("May 2007", "May 2006")))
    assert all(start != "2006-05" for _title, _employer, start, _end in roles)


def test_a_military_base_beside_the_unit_is_the_place_not_the_employer() -> None:
    patterns = patterns_for(None)
    header = read_header(["Chief, Flight Safety Branch",
                          "Seventh Transport Command, Kestrel Air Force Base, NV"], patterns)
    assert header.employer == "Seventh Transport Command"
    header = read_header(["Signals Officer", "British Army, Hollin Barracks"], patterns)
    assert header.employer == "British Army"


def test_a_company_named_after_a_garrison_keeps_its_name() -> None:
    header = read_header(["Logistics Officer", "Garrison Freight Ltd"], patterns_for(None))
    assert header.employer == "Garrison Freight Ltd"


def _candidates(heading: str, *items: str) -> list[str]:
    lines = [ResumeLine(0, heading, "side", False, None, heading, True)]
    lines += [ResumeLine(number + 1, item, "side", True, None, heading)
              for number, item in enumerate(items)]
    return [name for name, _heading in certification_candidates(lines, patterns_for(None))]


def test_an_industry_bodys_diploma_is_a_certificate() -> None:
    found = _candidates("Certifications", "ABTA Travel Operations Diploma – 2014",
                        "XFTA Diploma in Customs Practice, 2011")
    assert any("Travel Operations Diploma" in name for name in found)
    assert any("Customs Practice" in name for name in found)


def test_a_university_diploma_is_not_read_as_an_industry_one() -> None:
    found = _candidates("Professional development",
                        "Postgraduate Diploma in Management, University of Kent, 2012")
    assert not found


def test_graded_and_registered_memberships_are_candidates_and_plain_ones_are_not() -> None:
    found = _candidates("Professional memberships",
                        "Incorporated Engineer (IEng), Engineering Council, registration no. 55120",
                        "Graduate, Institute of Board Directors (GIBD)",
                        "Member, Regional Logistics Forum")
    assert any(name.startswith("Incorporated Engineer") for name in found)
    assert any("GIBD" in name for name in found)
    assert not any("Logistics Forum" in name for name in found)


REQUIREMENTS = "\n\n## Requirements\n- Ten years in operations.\n"


def test_a_city_district_number_in_the_header_keeps_the_town() -> None:
    job = read_job("# Head of Risk\n\n**Quayside Mutual DAC | Dublin 4 | Permanent | Hybrid**\n"
                   + REQUIREMENTS)
    assert job.location.startswith("Dublin")
    job = read_job("# Directeur\n\n**Maison Orel**\nLyon 3e, France | CDI | Full-time\n" + REQUIREMENTS)
    assert job.location.startswith("Lyon")


def test_a_numbered_unit_in_the_header_is_no_place() -> None:
    job = read_job("# Ops Lead\n\n**Acme Ltd** | Unit 12 | Permanent\n" + REQUIREMENTS)
    assert "Unit" not in job.location


def test_a_known_town_outranks_a_name_spacy_may_take_for_one() -> None:
    job = read_job("# VP Platform\n\n**Quillmark** · Denver, CO (Hybrid) · Engineering · Full-time\n"
                   + REQUIREMENTS)
    assert job.location.startswith("Denver")


def _layouts_module():  # type: ignore[no-untyped-def]
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import resume_layouts

    return resume_layouts


def _key():  # type: ignore[no-untyped-def]
    layouts = _layouts_module()
    roles = (layouts.KeyRole("Plant Director", "Kessel Works Ltd", "2016-04", "present"),
             layouts.KeyRole("Shift Manager", "Tarn Foods Ltd", "2011-03", "2016-02"),
             layouts.KeyRole("Team Leader", "Tarn Foods Ltd", "2007-05", "2011-02"))
    return layouts, layouts.Key("test", roles, ("Ran the plant.", "Cut waste by a third."), "Leeds")


def test_the_layout_sample_writes_each_way_of_telling_posts_in_turn() -> None:
    layouts, key = _key()
    dated, _ = layouts.render(key, layouts.Layout("t", steps="dated"))
    assert "**Shift Manager** (2011–2016); **Team Leader** (2007–2011) – Tarn Foods Ltd |" in dated
    note, _ = layouts.render(key, layouts.Layout("t", steps="note"))
    assert "- Promoted from Team Leader in March 2011." in note
    semicolon, _ = layouts.render(key, layouts.Layout("t", steps="semicolon"))
    assert "Team Leader; Shift Manager (from March 2011)" in semicolon


def test_each_way_of_telling_posts_in_turn_is_read_back() -> None:
    layouts, key = _key()
    for steps in ("dated", "note", "semicolon"):
        result = layouts.score(key, layouts.Layout("t", steps=steps))
        assert result.misses == [], (steps, result.misses)


def test_posts_with_a_gap_between_them_are_written_one_by_one() -> None:
    layouts, key = _key()
    gapped = layouts.replace(key, roles=(*key.roles[:2], layouts.replace(key.roles[2], end="2009-02")))
    text, _ = layouts.render(gapped, layouts.Layout("t", steps="note"))
    assert "Promoted from" not in text
