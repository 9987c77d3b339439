"""Résumé roles read from layouts the reader used to miss: an employer in a table's first row
with its posts in rows beneath, a title with a comma under an employer's described line, HTML
hard spaces between columns, a promotion chain with a note that dates one step, titles in lower
case or outside the title vocabulary, a blurb in brackets beside a name, a promotion written
"Title, from MM/YYYY Title" and a unit written beside the title. Each layout has a near miss
that must keep reading as before. The snippets are written for these tests."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.employer_spans import better_employer
from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import decode_entities, read_resume
from poise.fit.role_header import classify, is_description

PATTERNS = patterns_for(None)


def _roles(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(role["title"], role["employer"], role["start"], role["end"])
            for role in (role.to_dict() for role in read_resume(text, today=TODAY).roles)]


TABLE_HEAD = """# Rowan Pike

## Experience

| **TARNWELL BAKERIES LTD** · York | **2016–Present** |
|:---|---:|
| *Head of Supply, Chilled Goods* | 2020–Present |

Led supply planning for 30 lines.

| | |
|:---|---:|
| *Planning Manager, Ambient Goods* | 2016–2020 |

| **MERE FOODS PLC** · Hull | **2011–2016** |
|:---|---:|
| *Demand Planner* | 2011–2016 |
"""


def test_an_employer_in_a_tables_first_row_heads_the_posts_beneath_it() -> None:
    assert _roles(TABLE_HEAD) == [
        ("Head of Supply, Chilled Goods", "TARNWELL BAKERIES LTD", "2020", "present"),
        ("Planning Manager, Ambient Goods", "TARNWELL BAKERIES LTD", "2016", "2020"),
        ("Demand Planner", "MERE FOODS PLC", "2011", "2016"),
    ]


def test_a_tables_column_names_are_still_no_role() -> None:
    text = """## Work history

| Period | Position |
|---|---|
| 2017 – present | Quality Manager, Elmford Plastics Ltd |
| 2012 – 2017 | Quality Engineer, Elmford Plastics Ltd |
"""
    roles = _roles(text)
    assert [role[0] for role in roles] == ["Quality Manager", "Quality Engineer"]
    assert all(role[1] == "Elmford Plastics Ltd" for role in roles)


DESCRIBED_EMPLOYER = """## Experience

**Orrin** — Leeds-based route planning software for hauliers, 140 staff
**Director, Customer Insight** | Leeds, UK | 2019–present

- Built the insight team from two to nine analysts.

**Pell & Moss** — Manchester-based retail analytics consultancy
**Senior Analyst, Pricing** | Manchester, UK | 2014–2019
"""


def test_a_title_with_a_comma_stays_whole_under_a_described_employer() -> None:
    assert _roles(DESCRIBED_EMPLOYER) == [
        ("Director, Customer Insight", "Orrin", "2019", "present"),
        ("Senior Analyst, Pricing", "Pell & Moss", "2014", "2019"),
    ]


def test_a_title_with_an_organisation_after_its_comma_is_still_split() -> None:
    text = "## Experience\n\nSenior Analyst, Brackley Water Ltd | 2014–2019\n"
    assert _roles(text) == [("Senior Analyst", "Brackley Water Ltd", "2014", "2019")]


def test_hard_spaces_between_columns_are_a_column_gap_and_entities_are_characters() -> None:
    text = ("## Experience\n\n**Fenby Tools** — Derby\n"
            "**Operations Manager** &nbsp;&nbsp;&nbsp;&nbsp; *Feb 2018 – Present*\n\n"
            "**Lusk &amp; Daughters** — Derby\n"
            "**Buyer** &nbsp;&nbsp;&nbsp;&nbsp; *Jun 2012 – Jan 2018*\n")
    assert _roles(text) == [
        ("Operations Manager", "Fenby Tools", "2018-02", "present"),
        ("Buyer", "Lusk & Daughters", "2012-06", "2018-01"),
    ]


def test_text_without_entities_is_left_as_it_is() -> None:
    text = "R&D lead | 2019 – present\nAT&T, Dallas"
    assert decode_entities(text) == text


CHAIN_WITH_ONE_NOTE = """## Experience

**Quillon Pay** — Bristol
**Platform Engineer → Platform Lead** &nbsp;&nbsp;&nbsp;&nbsp; *Apr 2016 – Present*

- Promoted to Platform Lead in Jan 2021; lead nine engineers.
- As Platform Engineer (2016–2020): moved the card services to containers.
"""


def test_a_note_that_dates_one_step_of_a_chain_splits_the_chain() -> None:
    assert _roles(CHAIN_WITH_ONE_NOTE) == [
        ("Platform Engineer", "Quillon Pay", "2016-04", "2020-12"),
        ("Platform Lead", "Quillon Pay", "2021-01", "present"),
    ]


def test_notes_that_date_every_step_still_give_the_steps() -> None:
    text = """## Experience

**Quillon Pay** · Bristol
*Platform Engineer → Platform Lead* · 2016 – 2024
- Platform Lead (2021 – 2024): led nine engineers.
- Platform Engineer (2016 – 2020): moved the card services to containers.
"""
    roles = _roles(text)
    assert [(title, start, end) for title, _employer, start, end in roles] == [
        ("Platform Lead", "2021", "2024"), ("Platform Engineer", "2016", "2020")]
    assert {employer for _title, employer, _start, _end in roles} == {"Quillon Pay"}


def test_a_short_title_in_lower_case_after_its_first_word_is_a_title() -> None:
    assert classify("Responsable adjointe du rayon jardin", PATTERNS).kind == "title"
    text = ("## Expériences professionnelles\n\n"
            "**2012 – 2016** &nbsp;&nbsp; **Responsable adjointe du rayon jardin**\n"
            "Maison Verte, Nantes\n\n**2008 – 2012** &nbsp;&nbsp; **Vendeuse conseil**\n"
            "Maison Verte, Rennes\n")
    assert _roles(text)[0] == ("Responsable adjointe du rayon jardin", "Maison Verte", "2012", "2016")


def test_a_description_led_by_a_title_word_with_figures_stays_a_description() -> None:
    assert classify("Manager of garden centres with 40 stores", PATTERNS).kind == "description"
    assert classify("Leading supplier of garden tools", PATTERNS).kind == "description"


TITLE_BELOW = """## Career history

**2016/02 – Present | Borrowdale Stone (Pty) Ltd, Keswick**
**Quarry Manager**

- Ran two pits.

**2012/01 – 2016/01 | Borrowdale Stone (Pty) Ltd, Keswick**
**Pit Foreman**

**2009/03 – 2011/12 | Lorton Aggregates Ltd, Cockermouth**
**Shotfirer**

- Blasting to the mine's plan.
"""


def test_a_title_outside_the_vocabulary_is_read_where_the_other_titles_stand() -> None:
    assert _roles(TITLE_BELOW)[-1] == ("Shotfirer", "Lorton Aggregates Ltd", "2009-03", "2011-12")


def test_a_sentence_where_the_titles_stand_gives_no_title() -> None:
    text = TITLE_BELOW.replace("**Shotfirer**", "Blasting to plan.")
    assert _roles(text)[-1][0] != "Blasting to plan."


TITLE_ABOVE = """## Professional Experience

**Head of Imaging Services**
March 2017 – Present
Fellside General Hospital, Kendal

**Lead Radiographer**
May 2011 – February 2017
Fellside General Hospital, Kendal

**Sonographer**
June 2006 – April 2011
Northbeck Infirmary, Carlisle
"""


def test_a_plain_name_above_the_dates_is_the_title_and_the_name_below_the_employer() -> None:
    assert _roles(TITLE_ABOVE)[-1] == ("Sonographer", "Northbeck Infirmary", "2006-06", "2011-04")


def test_a_blurb_in_brackets_leaves_a_name_a_name() -> None:
    assert not is_description("Brico Sud (DIY & garden retail)")
    assert is_description("Brico Sud (DIY & garden retail) supplies garden tools to stores")
    assert classify("Calder Vale Care, Kendal (60-bed private hospital)", PATTERNS).kind == "name"
    assert classify("Calder Vale Hospital, Kendal", PATTERNS).kind == "employer"


def test_a_site_beside_a_described_employer_is_not_the_employer() -> None:
    text = """## Experience

**Since 09/2018 — Area Manager**
*Brico Sud* (DIY & garden retail, 80 stores) — Region Provence, based in Arles

**03/2014 – 08/2018 — Store Manager**
*Brico Sud* — Nîmes store

**09/2010 – 02/2014 — Deputy Store Manager**
*Jardiland Est* (garden retail) — Metz store
"""
    assert [employer for _title, employer, _start, _end in _roles(text)] == [
        "Brico Sud", "Brico Sud", "Jardiland Est"]


def test_a_name_heading_several_roles_keeps_its_place_against_a_site() -> None:
    header = "Area Manager | Brico Sud — Region Provence, based in Arles"
    others = ("store manager brico sud nîmes store",)
    assert better_employer(header, "Brico Sud", PATTERNS, others) == "Brico Sud"


PROMOTED_FROM = """## Berufserfahrung

| Zeitraum | Tätigkeit |
|---|---|
| 04/2013 – 06/2019 | **Halbach & Partner mbB, Ulm** <br> *Steuerassistentin, ab 07/2016 Steuerberaterin* |
| | • Jahresabschlüsse für Mandanten |
"""


def test_a_title_from_a_month_after_a_comma_is_a_promotion_in_two_steps() -> None:
    assert _roles(PROMOTED_FROM) == [
        ("Steuerassistentin", "Halbach & Partner mbB", "2013-04", "2016-06"),
        ("Steuerberaterin", "Halbach & Partner mbB", "2016-07", "2019-06"),
    ]


def test_a_month_outside_the_headers_range_is_no_promotion() -> None:
    text = PROMOTED_FROM.replace("ab 07/2016", "ab 07/2021")
    assert len(_roles(text)) <= 1 or _roles(text)[0][0] != "Steuerassistentin"


UNIT_BESIDE_TITLE = """## Work experience

**Ward Manager – Older People's Unit**
Calder Vale Hospital, Kendal
February 2015 – May 2019

**Staff Nurse**
Calder Vale Hospital, Kendal
October 2010 – January 2015
"""


def test_a_unit_beside_the_title_gives_way_to_the_employers_own_line() -> None:
    assert _roles(UNIT_BESIDE_TITLE)[0] == (
        "Ward Manager – Older People's Unit", "Calder Vale Hospital", "2015-02", "2019-05")


EXPORTED_PROFILE = """Experience

Tarnwell
2 years 5 months

Head of Planning
March 2024 - Present (1 year 9 months)
York, United Kingdom

Planning Lead
August 2023 - February 2024 (7 months)
York, United Kingdom
"""


def test_a_length_of_time_under_an_employer_names_no_employer() -> None:
    assert classify("2 years 5 months", PATTERNS).kind == "description"
    roles = _roles(EXPORTED_PROFILE)
    assert roles[0] == ("Head of Planning", "Tarnwell", "2024-03", "present")
    assert not any("months" in employer for _title, employer, _start, _end in roles)


def test_a_name_with_years_in_it_is_still_a_name() -> None:
    assert classify("Twelve Years Brewing", PATTERNS).kind != "description"
