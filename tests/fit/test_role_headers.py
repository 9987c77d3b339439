"""Reading a role's title, employer and dates from the layout of a résumé (issue 12)."""

from __future__ import annotations

from tests.fit.conftest import TODAY, roles_of

from poise.fit.extract import read_resume
from poise.fit.lexicon import patterns_for
from poise.fit.role_header import classify, employer_name, read_header


def test_a_piece_is_a_title_an_employer_a_place_or_a_description() -> None:
    patterns = patterns_for(None)
    assert classify("Warehouse Supervisor", patterns).kind == "title"
    assert classify("Tamworth Borough Council", patterns).kind == "employer"
    assert classify("Leeds, UK", patterns).kind == "place"
    assert classify("Austin, TX", patterns).kind == "place"
    assert classify("family-owned maker of garden tools, 300 staff", patterns).kind == "description"


def test_a_state_code_is_not_a_company_suffix() -> None:
    patterns = patterns_for(None)
    assert classify("Boise, CO", patterns).kind == "place"
    assert classify("Holm & Sons Co.", patterns).kind == "employer"


def test_employer_name_drops_the_place_after_it() -> None:
    patterns = patterns_for(None)
    assert employer_name("Fernhill Foods Ltd, Leicester", patterns) == "Fernhill Foods Ltd"
    assert employer_name("Brightwater Housing (Norwich)", patterns) == "Brightwater Housing"


def test_a_comma_after_the_title_qualifies_it_when_the_employer_stands_alone() -> None:
    patterns = patterns_for(None)
    header = read_header(["Osprey Mutual Assurance", "Senior Manager, Home Claims"], patterns)
    assert (header.title, header.employer) == ("Senior Manager, Home Claims", "Osprey Mutual Assurance")


def test_an_employer_line_above_serves_every_role_under_it() -> None:
    text = ("EXPERIENCE\n\n**Osprey Mutual Assurance** - Reading\n\n"
            "*Senior Manager, Home Claims* | Feb 2020 - Present\n- Lead 4 managers.\n\n"
            "*Manager, Motor Claims* | Mar 2016 - Jan 2020\n- Ran a team of 30.\n\n"
            "**Tern Valley Insurance** - Slough\n\n*Claims Handler* | Sep 2012 - Feb 2016\n"
            "- Handled motor claims.\n")
    assert roles_of(text) == [
        ("Senior Manager, Home Claims", "Osprey Mutual Assurance", "2020-02", "present"),
        ("Manager, Motor Claims", "Osprey Mutual Assurance", "2016-03", "2020-01"),
        ("Claims Handler", "Tern Valley Insurance", "2012-09", "2016-02"),
    ]


def test_a_dated_employer_line_spanning_the_roles_under_it_is_their_employer() -> None:
    text = ("CAREER HISTORY\n\n**Royal Navy**          2004 - 2022\n\n"
            "*Executive Officer, HMS Example*          Jun 2018 - Dec 2022\n- Second in command.\n\n"
            "*Logistics Officer*          2004 - 2018\n- Ran stores.\n")
    assert roles_of(text) == [
        ("Executive Officer, HMS Example", "Royal Navy", "2018-06", "2022-12"),
        ("Logistics Officer", "Royal Navy", "2004", "2018"),
    ]


def test_dates_first_then_title_then_employer_with_a_description_between() -> None:
    text = ("WORK EXPERIENCE\n\n**03.2017 - today** | **LORENTZ PACKAGING SAS** - Lille\n"
            "*maker of folding cartons, 900 employees*\n**Plant Director**\n- Runs 2 sites.\n")
    assert roles_of(text) == [("Plant Director", "LORENTZ PACKAGING SAS", "2017-03", "present")]


def test_a_markdown_table_cv_with_the_employer_under_the_title() -> None:
    text = ("**WORK EXPERIENCE**\n\n| | |\n|---|---|\n"
            "| **Head of Payroll** | since 02/2019 |\n| Falkner Werke GmbH, Essen | |\n"
            "| - Leadership of 14 staff | |\n| **Payroll Clerk** | 04/2012 - 01/2019 |\n"
            "| Ostwind Logistik AG, Dortmund | |\n")
    assert roles_of(text) == [("Head of Payroll", "Falkner Werke GmbH", "2019-02", "present"),
                            ("Payroll Clerk", "Ostwind Logistik AG", "2012-04", "2019-01")]


def test_a_bold_line_is_not_a_list_item() -> None:
    items = read_resume("**EXPERIENCE**\n\n**Lead Nurse** | 2019 - 2024\nWestmoor Hospital\n",
                        today=TODAY)
    assert [(role.title, role.employer) for role in items.roles] == [("Lead Nurse",
                                                                      "Westmoor Hospital")]


def test_a_promotion_chain_with_a_date_for_each_step() -> None:
    text = ("EXPERIENCE\n\n**Kestrel Bank Plc, Leeds**\n"
            "Cashier (Mar 2009) -> Team Supervisor (2012) -> Branch Manager (2015 - Jun 2019)\n"
            "- Ran the Headingley branch.\n")
    assert roles_of(text) == [("Cashier", "Kestrel Bank Plc", "2009-03", "2012"),
                            ("Team Supervisor", "Kestrel Bank Plc", "2012", "2015"),
                            ("Branch Manager", "Kestrel Bank Plc", "2015", "2019-06")]


def test_promotions_dated_in_the_list_under_a_chain_header() -> None:
    text = ("EXPERIENCE\n\n**Larchmont Foods**, Leeds\n"
            "Buyer → Category Manager · 2011 – 2019\n"
            "- Category Manager (2015 – 2019): owned the chilled range.\n"
            "- Buyer (2011 – 2015): bought dairy lines.\n")
    assert roles_of(text) == [("Category Manager", "Larchmont Foods", "2015", "2019"),
                            ("Buyer", "Larchmont Foods", "2011", "2015")]


def test_a_month_with_a_two_digit_year() -> None:
    text = "EXPERIENCE\n\n**Sep'16 – Present | Arvind Gears Pvt. Ltd., Pune | Plant Manager**\n"
    assert roles_of(text) == [("Plant Manager", "Arvind Gears Pvt. Ltd.", "2016-09", "present")]


def test_a_dated_achievement_in_a_list_is_not_a_role() -> None:
    text = ("EXPERIENCE\n\nOperations Manager, Harrow Freight Ltd | 2015 - 2020\n"
            "- Moved the northern depots into one hub in Wakefield (2018-2019).\n")
    assert roles_of(text) == [("Operations Manager", "Harrow Freight Ltd", "2015", "2020")]


def test_a_chain_dated_by_a_note_beside_its_dates() -> None:
    text = ("EXPERIENCE\n\n**Fenwick Water plc** - York\n\n*Planner → Planning Manager*\n"
            "2012 – 2020 (Planning Manager from 2016)\n- Ran the asset plan.\n")
    assert roles_of(text) == [("Planner", "Fenwick Water plc", "2012", "2016"),
                            ("Planning Manager", "Fenwick Water plc", "2016", "2020")]


def test_a_dated_duty_in_the_list_is_not_a_promotion() -> None:
    text = ("EXPERIENCE\n\n**Osprey Mutual Assurance** - Reading\n\n"
            "*Claims Manager* | 2016 - 2020\n"
            "- Business lead for the claims system upgrade (2018-2019): testing and training.\n")
    assert roles_of(text) == [("Claims Manager", "Osprey Mutual Assurance", "2016", "2020")]


def test_an_employer_with_a_comma_before_its_legal_suffix_stays_whole() -> None:
    header = read_header(["Head of Support — Remote (US)", "Quillfeather, Inc."], patterns_for(None))
    assert (header.title, header.employer) == ("Head of Support", "Quillfeather, Inc.")


def test_a_description_in_brackets_is_not_part_of_the_employer() -> None:
    assert employer_name("Dunmore Foods plc (FTSE 250 food producer), Leeds, UK",
                         patterns_for(None)) == "Dunmore Foods plc"


def test_a_town_glued_after_the_legal_suffix_is_dropped() -> None:
    patterns = patterns_for(None)
    assert employer_name("Marden Foods Ltd Ipswich", patterns) == "Marden Foods Ltd"
    assert employer_name("Kraus Spedition GmbH & Co. KG", patterns) == "Kraus Spedition GmbH & Co. KG"
    assert employer_name("AB Foods", patterns) == "AB Foods"


def test_a_company_blurb_under_the_employer_is_not_the_employer() -> None:
    from poise.fit.role_header import is_description

    assert is_description("Freight software for carriers; Series B, ~240 employees, SOC 2 audited")
    assert is_description("Regional bakery chain, acquired by Hollins Foods in 2021")
    assert not is_description("Northgate Freight Systems Ltd")


def test_a_title_with_a_bracketed_aside_is_still_a_title() -> None:
    from poise.fit.lexicon import patterns_for
    from poise.fit.resume_reader import read_resume
    from poise.fit.role_header import classify, title_with_aside

    patterns = patterns_for()
    assert title_with_aside("Junior Surveyor (RICS graduate training scheme)", patterns)
    assert classify("Junior Surveyor (RICS graduate training scheme)", patterns).kind == "title"
    # A blurb about a company stays a description, brackets or not.
    assert not title_with_aside("Regional builders' merchant (family owned since 1950)", patterns)
    text = ("EXPERIENCE\n\n"
            "Marlow Estates Partnership, Reading                         2010 – 2013\n"
            "Junior Surveyor (RICS graduate training scheme)\n"
            "• Condition surveys\n")
    role = read_resume(text).roles[0].to_dict()
    assert (role["title"], role["employer"]) == (
        "Junior Surveyor (RICS graduate training scheme)", "Marlow Estates Partnership")


def test_a_title_holding_a_section_word_is_a_role_when_set_out_like_the_others() -> None:
    # "Community" and "Volunteering" name side sections; set out as this history's titles are
    # (emphasised, over an employer and dates), the lines are roles, while a bare section name
    # still opens its section
    text = ("Work history\n\n**Head of Housing Services**\nGreyfield Homes | Mar 2015 – present\n\n"
            "- Ran repairs and lettings for 6,000 homes.\n\n"
            "**Community Warden**\nGreyfield District Council | Jan 2009 – Feb 2015\n\n"
            "- Patrolled three estates.\n\n"
            "**Volunteering**\n\nTown Food Bank | 2012 – present\n")
    roles = read_resume(text, today=TODAY).roles
    assert [(role.title, role.employer) for role in roles] == [
        ("Head of Housing Services", "Greyfield Homes"),
        ("Community Warden", "Greyfield District Council")]


def test_a_section_word_inside_another_word_opens_no_section() -> None:
    # "Transformation" holds "formation" (an education heading in French): the title stays a role
    text = ("## Work experience\n\n**03/2019 – Present**\n**Transformation Lead**\n"
            "Brandt Paper GmbH, Hamburg (Germany)\n\n- Ran the close redesign.\n\n"
            "**01/2012 – 02/2019**\n**Finance Manager**\nOsterholt AG, Bremen (Germany)\n\n"
            "- Led a team of 6.\n")
    roles = read_resume(text, today=TODAY).roles
    assert [role.title for role in roles] == ["Transformation Lead", "Finance Manager"]


def test_an_emphasised_achievements_label_stays_inside_its_role() -> None:
    text = ("## Employment history\n\n### Head of Service\n**Tamar District Council**, Plymouth | "
            "May 2018 – Present\n\n**Key achievements:**\n- Cut waiting times by 30%.\n\n"
            "### Service Manager\n**Tamar District Council**, Plymouth | June 2012 – April 2018\n\n"
            "**Key achievements:**\n- Opened two hubs.\n")
    roles = read_resume(text, today=TODAY).roles
    assert [role.title for role in roles] == ["Head of Service", "Service Manager"]


def test_a_state_code_ending_the_employer_line_does_not_join_the_next_line() -> None:
    text = ("## Experience\n\n**LAKESIDE TRANSIT AUTHORITY** — Fort Wayne, IN\n"
            "*Regional bus operator serving 6 counties; $9M operating budget*\n\n"
            "2019–Present   **Director of Operations**\n"
            "2014–2019   **Depot Manager**\n\n- Ran two depots.\n")
    roles = read_resume(text, today=TODAY).roles
    assert [(role.title, role.employer) for role in roles] == [
        ("Director of Operations", "LAKESIDE TRANSIT AUTHORITY"),
        ("Depot Manager", "LAKESIDE TRANSIT AUTHORITY")]


def test_a_unit_between_the_title_and_the_employer_joins_the_title() -> None:
    """"Title, Unit, Employer[, Town]": the department, ward or service named after the title is
    the post's unit within the employer that follows it; a legal form keeps its own name."""
    text = ("## Work experience\n\n**2018–2024**\nWard Manager, Department of Geriatrics, "
            "Fjordside Sygehus, Vejle\n\n**2012–2018**\nCare Coordinator, Elder Care, Lunde Kommune\n\n"
            "**2009–2012**\nFinance Analyst, Harbour Foods Ltd, Retail Division\n\n"
            "**2006–2009**\nStore Manager, Kestrel Outfitters\n")
    assert roles_of(text) == [
        ("Ward Manager, Department of Geriatrics", "Fjordside Sygehus", "2018", "2024"),
        ("Care Coordinator, Elder Care", "Lunde Kommune", "2012", "2018"),
        ("Finance Analyst", "Harbour Foods Ltd, Retail Division", "2009", "2012"),
        ("Store Manager", "Kestrel Outfitters", "2006", "2009"),
    ]


def test_an_employer_heading_over_a_long_blurb_serves_the_roles_under_it() -> None:
    """The employer's line, then its blurb of any length, then titles with a unit after a comma:
    the heading is the employer, the unit stays in the title."""
    text = ("## PROFESSIONAL EXPERIENCE\n\n**WREN AXLE COMPONENTS, INC.**, Dayton, OH\n"
            "*Tier-1 supplier of stamped brackets and cross-members to heavy-truck and bus makers; "
            "$180M site revenue*\n\n**Plant Manager, Dayton Operations**          Apr 2018 – Present\n\n"
            "- Full P&L for a 500-employee plant.\n\n**Operations Manager**          May 2014 – Apr 2018\n\n"
            "- Ran production and maintenance.\n")
    assert roles_of(text) == [
        ("Plant Manager, Dayton Operations", "WREN AXLE COMPONENTS, INC.", "2018-04", "present"),
        ("Operations Manager", "WREN AXLE COMPONENTS, INC.", "2014-05", "2018-04"),
    ]


def test_two_dated_titles_stacked_over_one_employer_share_it() -> None:
    """Two posts dated one over the other, then the employer's line: both are posts there, not
    the first a post at the employer of the role before."""
    text = ("## Work experience\n\n**03.2021 – present** Plant Manager\n\n"
            "Borvik Stamping s.r.o., Žilina – supplier of stamped parts\n\n"
            "- Responsible for the plant with 520 employees.\n\n"
            "**01.2017 – 08.2020** Operations Manager\n\n**03.2015 – 12.2016** Quality Manager\n\n"
            "Tatra Metal a.s., Považská Bystrica – stamping and assembly\n\n"
            "- As Operations Manager responsible for production.\n")
    assert roles_of(text) == [
        ("Plant Manager", "Borvik Stamping s.r.o.", "2021-03", "present"),
        ("Operations Manager", "Tatra Metal a.s.", "2017-01", "2020-08"),
        ("Quality Manager", "Tatra Metal a.s.", "2015-03", "2016-12"),
    ]
