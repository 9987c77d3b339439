"""Job and résumé layouts read by general mechanisms: headings by meaning on either side of a
slash or with an aside, sub-headings and list introductions that are no requirement, lines that
hold two requirements, coordinated duties split by the parse, promotion steps dated "since",
nested roles dated by year under a dated employer, a name followed by its blurb, side roles."""

from __future__ import annotations

from tests.fit.conftest import TODAY, roles_of

from poise.fit.job_lines import coordinated_duties
from poise.fit.job_reader import read_job
from poise.fit.resume_reader import read_resume


def _sections(text: str) -> dict[str, str]:
    return {item.text: item.section for item in read_job(text).requirements}




def test_a_heading_with_an_aside_and_a_second_name_is_read_by_meaning() -> None:
    text = ("Head of Logistics\n\nAbout the Depot\nWe run 40 lorries from a site near Hull.\n\n"
            "Role Overview / Main Responsibilities (MRs)\n\n"
            "1. Run the night trunking network.\n2. Own the fleet maintenance budget.\n")
    sections = _sections(text)
    assert sections["Run the night trunking network."] == "duties"
    assert sections["Own the fleet maintenance budget."] == "duties"


def test_a_bilingual_heading_is_read_by_either_wording() -> None:
    text = ("Teamleiter Einkauf\n\nWas erwarten wir? / What we expect\n\n"
            "- Five years of purchasing experience\n- Fluent German\n\n"
            "Warum zu uns? / Why join us?\n\n- A canteen with hot meals every day\n")
    sections = _sections(text)
    assert sections["Five years of purchasing experience"] == "must"
    assert "A canteen with hot meals every day" not in sections


def test_a_sub_heading_and_a_list_introduction_are_not_requirements() -> None:
    text = ("Operations Manager\n\nKey responsibilities\n\n"
            "You will be measured against the following:\n"
            "- Keep the warehouse open seven days a week\n"
            "People & Budget\n"
            "- Lead the shift supervisors and their teams\n")
    texts = [item.text for item in read_job(text).requirements]
    assert texts == ["Keep the warehouse open seven days a week",
                     "Lead the shift supervisors and their teams"]


def test_a_line_with_a_must_and_an_advantage_becomes_two_requirements() -> None:
    text = ("Lab Manager\n\nRequirements\n\n"
            "- A degree in chemistry – MUST. A PhD will be an added advantage.\n"
            "- Experience with GC-MS, e.g. Agilent systems.\n")
    by_text = {item.text: item.must for item in read_job(text).requirements}
    assert by_text["A degree in chemistry – MUST."] is True
    assert by_text["A PhD will be an added advantage."] is False
    assert "Experience with GC-MS, e.g. Agilent systems." in by_text


def test_coordinated_duties_are_split_by_the_parse() -> None:
    sentence = ("In this post you will run a fleet of sixty vehicles across four depots, negotiate "
                "fuel contracts worth four million pounds a year and chair the monthly safety "
                "board with the drivers and their union.")
    parts = coordinated_duties(sentence)
    assert len(parts) == 3
    assert parts[0].startswith("In this post you will run a fleet of sixty vehicles")
    assert parts[1].startswith("Negotiate fuel contracts")
    assert parts[2].startswith("Chair the monthly safety board")


def test_a_sentence_with_one_shared_object_stays_whole() -> None:
    sentence = ("You will recruit and develop a senior team of six regional managers who between "
                "them look after every store in the north of the country and its staff.")
    assert coordinated_duties(sentence) == [sentence]
    assert coordinated_duties("Run the depot and chair the board.") == [
        "Run the depot and chair the board."]


def test_a_promotion_step_dated_since_with_the_employer_after_the_last_step() -> None:
    text = ("BERUFSERFAHRUNG\n\n"
            "| 04/2012 – 08/2020 | **Buyer → Senior Buyer (seit 03/2016)** – Halberg Textil GmbH, "
            "Ulm (DE) |\n| | • Bought yarn for 3 mills |\n"
            "| 09/2008 – 03/2012 | **Junior Buyer** – Ostra Stoffe AG, Gera (DE) |\n")
    assert roles_of(text) == [
        ("Buyer", "Halberg Textil GmbH", "2012-04", "2016-02"),
        ("Senior Buyer", "Halberg Textil GmbH", "2016-03", "2020-08"),
        ("Junior Buyer", "Ostra Stoffe AG", "2008-09", "2012-03"),
    ]


def test_year_only_roles_under_a_dated_employer_take_its_months() -> None:
    text = ("EXPERIENCE\n\nBRANTWOOD LABS, Leeds                                  Apr 2014 – Oct 2020\n"
            "Contract research for crop science\n\n"
            "  Principal Scientist                                      2018 – 2020\n"
            "  Senior Scientist                                         2014 – 2018\n"
            "  • Ran the soil assay programme\n\n"
            "HOLLIN SEEDS, York                                     Jan 2010 – Mar 2014\n"
            "Research Scientist\n  • Bred two wheat lines\n")
    assert roles_of(text) == [
        ("Principal Scientist", "BRANTWOOD LABS", "2018", "2020-10"),
        ("Senior Scientist", "BRANTWOOD LABS", "2014-04", "2018"),
        ("Research Scientist", "HOLLIN SEEDS", "2010-01", "2014-03"),
    ]


def test_an_employer_line_with_a_blurb_in_brackets_is_still_the_employer() -> None:
    text = ("CAREER HISTORY\n\nClaims Director, Motor & Home                     03/2016 – 07/2022\n"
            "Dunford Insurance UK, Bristol (UK subsidiary of Dunford Holdings)\n"
            "-  Led 400 claims handlers\n\n"
            "Claims Manager                                                2010 – 2016\n"
            "Aldwick Mutual, Bath\n")
    assert roles_of(text) == [
        ("Claims Director, Motor & Home", "Dunford Insurance UK", "2016-03", "2022-07"),
        ("Claims Manager", "Aldwick Mutual", "2010", "2016"),
    ]


def test_unpaid_and_board_roles_are_side_roles_not_jobs() -> None:
    text = ("EXPERIENCE\n\nFinance Director, Pellow Foods Ltd | 2015 – Present\n"
            "- Led a finance team of 30\n\n"
            "VOLUNTEERING\n\nTreasurer, Harrowgate Rowing Club | 2019 – Present\n"
            "- Kept the club's books\n\n"
            "OTHER\n\nTrustee, Moorside Hospice (2012 – 2016)\n")
    profile = read_resume(text, today=TODAY)
    assert [role.title for role in profile.roles] == ["Finance Director"]
    side = [(role.title, role.employer) for role in profile.side_roles]
    assert side == [("Treasurer", "Harrowgate Rowing Club"), ("Trustee", "Moorside Hospice")]
    assert profile.career_months == profile.roles[0].months


def test_month_and_two_digit_year_ranges() -> None:
    text = ("EXPERIENCE\nWarehouse Manager, Ostwick Freight Ltd, 04/20 – present\n"
            "Shift Lead, Ostwick Freight Ltd, 09/15 – 03/20\n- Ran 24/7 picking for 12/15 stores\n")
    assert roles_of(text) == [("Warehouse Manager", "Ostwick Freight Ltd", "2020-04", "present"),
                            ("Shift Lead", "Ostwick Freight Ltd", "2015-09", "2020-03")]


def test_undated_promotions_under_a_dated_employer_are_the_roles_title() -> None:
    text = ("EXPERIENCE\n\nPennard Mills Ltd, Swansea (2011 – present)\n"
            "Planner → Planning Manager\n- Planned 3 lines\n\n"
            "Gower Bakeries plc, Neath (2006 – 2011)\nProduction Supervisor\n")
    assert roles_of(text) == [
        ("Planner → Planning Manager", "Pennard Mills Ltd", "2011", "present"),
        ("Production Supervisor", "Gower Bakeries plc", "2006", "2011"),
    ]


def test_a_person_specification_ticked_essential_or_desirable() -> None:
    text = ("Head of Estates\n\n## Person specification\n\n| Criteria | Essential | Desirable |\n"
            "|---|---|---|\n| Chartered surveyor | ✓ | |\n| NEBOSH certificate | | ✓ |\n"
            "| Eight years running an estate of 50+ buildings | ✓ | |\n")
    found = [(item.text, item.must) for item in read_job(text).requirements]
    assert found == [("Chartered surveyor", True), ("NEBOSH certificate", False),
                     ("Eight years running an estate of 50+ buildings", True)]


def test_a_section_named_with_its_list_on_one_line() -> None:
    text = ("Depot Manager\n\nSalary: £48,000 plus car\n"
            "Duties: Run the depot safely; cut agency spend by 10%; coach the shift leads.\n"
            "Requirements: • HGV class 1 licence • Five years in fleet management\n")
    found = [(item.text, item.section) for item in read_job(text).requirements]
    assert found == [("Run the depot safely", "duties"), ("cut agency spend by 10%", "duties"),
                     ("coach the shift leads.", "duties"), ("HGV class 1 licence", "must"),
                     ("Five years in fleet management", "must")]


def test_items_marked_with_letters_are_each_one_requirement() -> None:
    text = ("QUALITY MANAGER\n\nREQUIREMENTS\n(a) A degree in microbiology.\n"
            "(b) Six years in food safety.\nc) BRCGS lead auditor.\n")
    assert [item.text for item in read_job(text).requirements] == [
        "A degree in microbiology.", "Six years in food safety.", "BRCGS lead auditor."]


def test_more_requirement_and_duty_headings_by_meaning() -> None:
    text = ("Regional Director\n\nKey Outcomes\nGrow regional revenue to £40m\n\n"
            "Skills Required\nFluent Polish\n\nWorking relationships\n"
            "Partner with the national account directors\n")
    sections = _sections(text)
    assert sections == {"Grow regional revenue to £40m": "duties", "Fluent Polish": "must",
                        "Partner with the national account directors": "duties"}


def test_two_titles_with_their_ranges_on_one_line() -> None:
    text = ("EXPERIENCE\n\nTollard Foods Ltd — Wigan\n"
            "Category Director, 2021 – present; Category Manager, 2017 – 2021\n- Ran chilled\n\n"
            "Pemberton Dairies plc — Bolton\nBuyer, 2012 – 2017\n")
    assert roles_of(text) == [("Category Director", "Tollard Foods Ltd", "2021", "present"),
                            ("Category Manager", "Tollard Foods Ltd", "2017", "2021"),
                            ("Buyer", "Pemberton Dairies plc", "2012", "2017")]


def test_a_work_history_written_as_a_list_of_dated_items() -> None:
    text = ("EXPERIENCE\n- Head of Claims at Fenwick Mutual (2018–2024)\n"
            "- Led the 2016 – 2017 claims system rebuild\n"
            "- Claims Team Leader at Fenwick Mutual (2012–2018)\n")
    assert roles_of(text) == [("Head of Claims", "Fenwick Mutual", "2018", "2024"),
                            ("Claims Team Leader", "Fenwick Mutual", "2012", "2018")]


def test_a_person_specification_copied_with_tabs_between_cells() -> None:
    text = ("Head of Audit\n\nPERSON SPECIFICATION\nCriteria\tEssential\tDesirable\n"
            "Qualifications\tCIA or ACCA\tA CISA certificate\n"
            "Experience\tSix years leading audit teams\tCharity sector audit\n")
    found = [(item.text, item.must) for item in read_job(text).requirements]
    assert found == [("CIA or ACCA", True), ("A CISA certificate", False),
                     ("Six years leading audit teams", True), ("Charity sector audit", False)]


def test_a_long_line_of_clauses_each_asking_for_something() -> None:
    text = ("Area Manager\n\nWhat you'll bring\n"
            "You'll have managed a region of ten care homes; you'll know the regulator's "
            "inspection framework well; and you'll have turned round a home rated inadequate.\n"
            "Food hygiene; first aid; manual handling.\n")
    texts = [item.text for item in read_job(text).requirements]
    assert texts == ["You'll have managed a region of ten care homes.",
                     "you'll know the regulator's inspection framework well.",
                     "you'll have turned round a home rated inadequate.",
                     "Food hygiene; first aid; manual handling."]


def test_a_title_with_its_employer_in_brackets() -> None:
    text = ("EXPERIENCE\nHead of Treasury (Marlow Shipping plc), 2019–2024\n- Ran cash for 9 entities\n"
            "Treasury Analyst (Pell & Rudd Ltd), 2014–2019\n")
    assert roles_of(text) == [("Head of Treasury", "Marlow Shipping plc", "2019", "2024"),
                            ("Treasury Analyst", "Pell & Rudd Ltd", "2014", "2019")]


def test_offer_and_process_headings_written_as_questions_are_not_requirements() -> None:
    text = ("# Plant Manager\n\n**Your profile**\n\n- Ten years running a food factory\n\n"
            "**What do we offer?**\n\n- Company bicycle and gym membership\n\n"
            "**What's on offer**\n\n- Thirty days of holiday\n\n"
            "**The Process**\n\n- A video call with the hiring team\n")
    texts = [requirement.text for requirement in read_job(text).requirements]
    assert any("food factory" in line for line in texts)
    assert not any("bicycle" in line or "holiday" in line or "video call" in line for line in texts)


def test_an_assets_heading_lists_nice_to_haves() -> None:
    text = ("# Program Director\n\n### What You Bring\n\n- Eight years leading programs\n\n"
            "### Assets\n\n- Experience with grant software\n")
    by_text = {requirement.text: requirement for requirement in read_job(text).requirements}
    assert by_text["Eight years leading programs"].must
    assert not by_text["Experience with grant software"].must


def test_numbered_employer_headings_each_name_the_post_labelled_under_them() -> None:
    resume = """### WORK EXPERIENCE

**1) Shivam Castings Pvt. Ltd., Pune**  (Aug'2016 – Till Date)

- **Plant Manager** (Apr'2020 – Till Date)
- Led 240 staff across two shifts.

**2) Mehta Alloys Ltd., Nashik (M.H.)**  (Mar'2011 – Jul'2016)
**Designation: Production Manager**

- Handled the melting and moulding lines.

**3) Deccan Forge Ltd., Satara**  (May'2007 – Feb'2011)
**Designation: Engineer – Production**
"""
    roles = roles_of(resume)
    assert ("Production Manager", "Mehta Alloys Ltd.", "2011-03", "2016-07") in roles
    assert ("Engineer – Production", "Deccan Forge Ltd.", "2007-05", "2011-02") in roles
    assert all(not employer.startswith(("1)", "2)", "3)")) for _, employer, _, _ in roles)


def test_a_key_to_the_table_marks_is_no_requirement() -> None:
    job = read_job("# Team Leader, Parks\n\n## Person specification\n\n"
                   "Key: **E** = essential, **D** = desirable; assessed at S = shortlisting\n\n"
                   "- Experience of leading a grounds team of 10 or more (E)\n"
                   "- A horticulture qualification at Level 3 (D)\n")
    texts = [requirement.text for requirement in job.requirements]
    assert len(texts) == 2 and not any("=" in text for text in texts)
