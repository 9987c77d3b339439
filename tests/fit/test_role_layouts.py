"""Résumé role layouts read by general mechanisms: table cells with line breaks, numbered employer
items, labels inside a role, a promotion chain under the dated line, a dated event between roles,
and a title's line that names more than the title when the employer has a line of its own."""

from __future__ import annotations

from tests.fit.conftest import TODAY, roles_of

from poise.fit.resume_reader import expand_line_breaks, read_resume


def test_table_cells_with_line_breaks_become_rows() -> None:
    row = "| **03/2016 – 05/2020** | **Werkleiter**<br>Falkner Gießerei GmbH, Wels<br>• Led 90 staff |"
    assert expand_line_breaks(row).splitlines() == [
        "| **03/2016 – 05/2020** | **Werkleiter** |",
        "|  | Falkner Gießerei GmbH, Wels |",
        "|  | • Led 90 staff |",
    ]
    assert expand_line_breaks("no breaks here") == "no breaks here"


def test_a_tabular_cv_with_title_and_employer_in_one_cell() -> None:
    text = ("## Berufserfahrung\n\n| | |\n|---|---|\n"
            "| **seit 06/2020** | **Betriebsleiter**<br>Falkner Gießerei GmbH, Wels |\n"
            "| | • Führung von 120 Mitarbeitenden<br>• Budget EUR 9 Mio. |\n"
            "| **01/2014 – 05/2020** | **Schichtleiter Formerei**<br>Ortner Guss AG, Steyr |\n")
    assert roles_of(text) == [("Betriebsleiter", "Falkner Gießerei GmbH", "2020-06", "present"),
                            ("Schichtleiter Formerei", "Ortner Guss AG", "2014-01", "2020-05")]


def test_numbered_employer_items_over_indented_titles_and_a_label_inside_the_role() -> None:
    text = ("WORK EXPERIENCE\n\n"
            "1) Sahyadri Cold Chain Pvt. Ltd., Nagpur\n"
            "   Depot Manager – Cold Storage                 Jan'19 – Till Date\n\n"
            "   Achievements:\n"
            "   • Cut spoilage by 14% across 3 depots.\n\n"
            "2) Vidarbha Agro Traders Ltd., Akola\n"
            "   Shift Supervisor – Dispatch                  Jul'14 – Dec'18\n\n"
            "   • Ran dispatch for 40 trucks a day.\n\n"
            "SKILLS\n\nWMS, Excel\n")
    assert roles_of(text) == [
        ("Depot Manager – Cold Storage", "Sahyadri Cold Chain Pvt. Ltd.", "2019-01", "present"),
        ("Shift Supervisor – Dispatch", "Vidarbha Agro Traders Ltd.", "2014-07", "2018-12"),
    ]


def test_a_numbered_list_of_duties_is_not_a_header() -> None:
    text = ("EXPERIENCE\n\nPlant Manager, Korvi Foods Ltd | 2018 – 2022\n"
            "1. Closed two loss-making lines in 2019.\n2. Opened a new packing hall.\n"
            "Production Manager, Korvi Foods Ltd | 2012 – 2018\n")
    profile = read_resume(text, today=TODAY)
    assert [role.title for role in profile.roles] == ["Plant Manager", "Production Manager"]
    assert all(line.bullet for line in profile.lines if line.text.endswith("hall."))


def test_a_promotion_chain_under_the_dated_employer_line() -> None:
    text = ("## Experience\n\n**Lumenfold** — Austin, TX · 2017 – Present\n"
            "*Manager, Platform → Director, Platform Engineering (2021)*\n"
            "- Lead 4 managers and 38 engineers\n\n"
            "**Corvath** — Austin, TX · 2012 – 2017\n*Software Engineer*\n- Built the billing stack\n")
    assert roles_of(text) == [
        ("Manager, Platform", "Lumenfold", "2017", "2021"),
        ("Director, Platform Engineering", "Lumenfold", "2021", "present"),
        ("Software Engineer", "Corvath", "2012", "2017"),
    ]


def test_a_chain_with_step_years_takes_the_month_of_the_whole_range() -> None:
    text = ("EXPERIENCE\n\n**Dunmore Retail**, Leeds — Buyer (2015) → Senior Buyer (2018)"
            "    Sep 2015 – Jan 2022\n- Bought for 40 stores\n")
    assert roles_of(text) == [("Buyer", "Dunmore Retail", "2015-09", "2018"),
                            ("Senior Buyer", "Dunmore Retail", "2018", "2022-01")]


def test_a_dated_event_between_roles_is_a_break_not_a_role() -> None:
    text = ("EXPERIENCE\n\nArea Manager\nPellow Leisure Ltd                2021 – present\n"
            "- Run 6 gyms\n\n03/2019 – 12/2020: Travelled through South America\n\n"
            "Gym Manager\nPellow Leisure Ltd                2015 – 2019\n- Ran one gym\n")
    profile = read_resume(text, today=TODAY)
    assert [(role.title, role.employer) for role in profile.roles] == [
        ("Area Manager", "Pellow Leisure Ltd"), ("Gym Manager", "Pellow Leisure Ltd")]
    assert [(period.to_dict()["start"], period.kind) for period in profile.breaks] == [
        ("2019-03", "break")]


def test_a_title_line_naming_a_programme_when_the_employer_has_its_own_line() -> None:
    text = ("EXPERIENCE\n\nProject Manager – Flood Defence Programme\n"
            "Northshire County Council                      May 2019 – Jun 2022\n"
            "- Delivered 12 schemes\n")
    assert roles_of(text) == [("Project Manager – Flood Defence Programme",
                             "Northshire County Council", "2019-05", "2022-06")]


def test_a_header_without_title_words_follows_the_layout_of_the_other_roles() -> None:
    text = ("EXPÉRIENCE PROFESSIONNELLE\n\n"
            "**Directrice des opérations** — Laiterie Morvan, Rennes        2018 – 2024\n"
            "**Chef d'atelier** — Laiterie Morvan, Rennes        2014 – 2018\n"
            "**Technicienne méthodes** — Conserverie Piel, Quimper        2010 – 2014\n")
    roles = roles_of(text)
    assert roles[2] == ("Technicienne méthodes", "Conserverie Piel", "2010", "2014")


def test_without_a_layout_to_follow_an_untitled_header_is_not_guessed_by_order() -> None:
    text = "EXPERIENCE\n\nTechnicienne méthodes — Conserverie Piel, Quimper        2010 – 2014\n"
    title, employer, _start, _end = roles_of(text)[0]
    assert (title, employer) != ("Technicienne méthodes", "Conserverie Piel")


def test_one_comma_list_without_title_words_in_a_titles_first_cv() -> None:
    text = ("BERUFSERFAHRUNG\n\n09/2015 – 03/2020 | Betriebsleiter\nKarner Holz GmbH, Wels\n"
            "04/2010 – 08/2015 | Teamleiter Sägewerk\nKarner Holz GmbH, Wels\n"
            "10/2008 – 06/2009 | Zivildiener, Volkshilfe Oberösterreich, Bezirk Wels\n")
    assert roles_of(text)[2] == ("Zivildiener", "Volkshilfe Oberösterreich", "2008-10", "2009-06")


def test_a_freelance_role_is_self_employed() -> None:
    text = ("EXPERIENCE\n\n**Interim Finance Director (freelance)** · Leeds · 2023 – present\n"
            "- Three turnarounds\n")
    assert roles_of(text) == [("Interim Finance Director", "Self-employed", "2023", "present")]


def test_a_chain_dated_only_as_a_whole_stays_one_role_with_its_employer() -> None:
    text = ("Experience\nPlant Manager, Tamar Dairies Ltd (Jan 2016 - present)\n"
            "Buyer → Senior Buyer, Exe Mills (2010 – 2015)\n")
    assert roles_of(text) == [("Plant Manager", "Tamar Dairies Ltd", "2016-01", "present"),
                            ("Buyer → Senior Buyer", "Exe Mills", "2010", "2015")]


def test_a_table_with_column_names_reads_its_rows_not_its_names() -> None:
    text = ("EXPERIENCE\n\n| Period | Position | Company |\n|---|---|---|\n"
            "| 2018 – present | Head of Estates | Morrow Housing Ltd |\n"
            "| 2012 – 2018 | Estates Manager | Tees Valley Homes |\n")
    assert roles_of(text) == [("Head of Estates", "Morrow Housing Ltd", "2018", "present"),
                            ("Estates Manager", "Tees Valley Homes", "2012", "2018")]


def test_a_title_given_as_the_first_item_under_a_dated_employer() -> None:
    text = ("CAREER\n\nGrafton Buses (2009 – 2014)\n- Depot Engineer\n- Kept 80 buses on the road\n\n"
            "Ardent Coaches (2005 – 2009)\n- Managed the spares stores\n")
    roles = roles_of(text)
    assert roles[0] == ("Depot Engineer", "Grafton Buses", "2009", "2014")
    assert roles[1][0] == ""


def test_a_spanish_cv_with_its_own_headings_suffixes_and_titles() -> None:
    text = ("EXPERIENCIA PROFESIONAL\n\n"
            "Jefa de Logística | Almacenes Duero S.L. | Valladolid | feb. 2017 – actualidad\n"
            "Técnica de Compras | Grupo Miranda | Burgos | 2011 – 2017\n\n"
            "FORMACIÓN\nLicenciatura en Economía, Universidad de Salamanca, 2010\n\n"
            "IDIOMAS\nEspañol: nativo; Inglés: B2\n")
    profile = read_resume(text, today=TODAY)
    assert [(role.title, role.employer) for role in profile.roles] == [
        ("Jefa de Logística", "Almacenes Duero S.L."), ("Técnica de Compras", "Grupo Miranda")]
    assert profile.roles[0].to_dict()["start"] == "2017-02"
    assert profile.languages == (("Spanish", "native"), ("English", "B2"))


def test_an_unnamed_experience_heading_after_education_still_gives_roles() -> None:
    text = ("EDUCATIONAL BACKGROUND\nMSc Finance, Cranfield University, 2009\n\n"
            "PROFESSIONAL BACKGROUND\nFinance Director — Fenland Growers Ltd (2017 – present)\n\n"
            "BOARD APPOINTMENTS\nTrustee, Ely Food Bank (2019 – present)\n")
    profile = read_resume(text, today=TODAY)
    assert [(role.title, role.employer) for role in profile.roles] == [
        ("Finance Director", "Fenland Growers Ltd")]
    assert profile.education == ("MSc Finance, Cranfield University",)
    assert profile.certifications == ()


def test_a_capitalised_title_holding_a_section_word_is_no_heading() -> None:
    text = ("PROFESSIONAL EXPERIENCE\n\nHEAD OF TRAINING\nOsprey Rail Ltd, Derby | 2019 – Present\n"
            "- Run the driver academy.\n\nCOMMUNITY MANAGER\nPebble Games Ltd | 2015 – 2019\n\n"
            "NON-EXECUTIVE ROLES\nTrustee, Derby Youth Trust | 2020 – present\n\n"
            "EXECUTIVE SUMMARY\nA rail leader.\n")
    profile = read_resume(text, today=TODAY)
    assert [(role.title, role.employer) for role in profile.roles] == [
        ("HEAD OF TRAINING", "Osprey Rail Ltd"), ("COMMUNITY MANAGER", "Pebble Games Ltd")]
    assert profile.lines[-1].section == "summary"


def test_a_dutch_cv_with_its_headings_dates_and_languages() -> None:
    text = ("WERKERVARING\n\nmrt 2019 – heden | Teamleider Inkoop | Zeeland Zuivel B.V.\n"
            "jan 2014 – feb 2019 | Inkoper | Zeeland Zuivel B.V.\n\n"
            "OPLEIDING\nBSc Bedrijfskunde, Hogeschool Zeeland, 2013\n\n"
            "TALEN\nNederlands (moedertaal), Engels (vloeiend), Duits (basiskennis)\n")
    profile = read_resume(text, today=TODAY)
    assert [(role.title, role.to_dict()["start"], role.to_dict()["end"]) for role in profile.roles] == [
        ("Teamleider Inkoop", "2019-03", "present"), ("Inkoper", "2014-01", "2019-02")]
    assert profile.languages == (("Dutch", "native"), ("English", "C1"), ("German", "A2"))
    assert profile.education == ("BSc Bedrijfskunde, Hogeschool Zeeland",)


def test_labels_with_their_values_in_a_second_column_name_the_title_and_employer() -> None:
    from poise.fit.resume_reader import read_resume

    text = """EMPLOYMENT HISTORY
Company:            Vaal River Cement (Pty) Ltd – Sasolburg
Position:           Kiln Manager
Period:             Feb 2017 – Present
Reported to:        Works Manager
- Ran two kilns of 3,000 tonnes a day

Company:            Umgeni Quarries Ltd – Durban
Position:           Shift Engineer
Period:             04/2012 – 01/2017
Reported to:        Plant Manager
- Cut unplanned stops by a third
"""
    roles = read_resume(text).roles
    assert [(role.title, role.employer.split(" – ")[0]) for role in roles] == [
        ("Kiln Manager", "Vaal River Cement (Pty) Ltd"), ("Shift Engineer", "Umgeni Quarries Ltd")]


def test_a_name_after_the_title_gives_way_to_an_organisation_on_the_next_line() -> None:
    from poise.fit.resume_reader import read_resume

    text = """EXPERIENCE
**Ward Manager – Critical Care**                                   2015 – 2019
Northfield Hospitals Foundation Trust, Leeds
- Ran a 24-bed unit with 60 staff

**Charge Nurse – Recovery**                                          2011 – 2015
Eastgate General Hospital, York
- Led the night shift
"""
    roles = read_resume(text).roles
    assert [(role.title, role.employer) for role in roles] == [
        ("Ward Manager – Critical Care", "Northfield Hospitals Foundation Trust"),
        ("Charge Nurse – Recovery", "Eastgate General Hospital"),
    ]


def test_a_break_named_over_a_line_of_dates_is_a_break_not_a_role() -> None:
    text = ("EXPERIENCE\n\n**Head of Fundraising**\nMarlow Children's Trust, Bath | June 2022 – Present\n"
            "- Raised £4M\n\n**Career break – caring for my mother**\nMarch 2020 – May 2022\n"
            "- Full-time carer during her illness\n\n**Fundraising Manager**\n"
            "Avon Arts Foundation, Bristol | April 2014 – February 2020\n- Ran campaigns\n")
    profile = read_resume(text, today=TODAY)
    assert [(role.title, role.employer) for role in profile.roles] == [
        ("Head of Fundraising", "Marlow Children's Trust"), ("Fundraising Manager", "Avon Arts Foundation")]
    assert [(period.to_dict()["start"], period.kind) for period in profile.breaks] == [
        ("2020-03", "break")]


def test_a_title_outside_the_vocabulary_over_the_employer_line_stays_the_title() -> None:
    text = ("EXPERIENCE\n\n**Gift Aid Champion**\nHarbour Hospice, Leeds | February 2023 – Present\n"
            "- Advise the board\n")
    assert roles_of(text) == [("Gift Aid Champion", "Harbour Hospice", "2023-02", "present")]


def test_a_promotion_told_with_then_keeps_the_employer_in_capitals_after_it() -> None:
    text = ("PROFESSIONAL EXPERIENCE\n\n**2011 – 2016** | **Buyer, then Purchasing Manager** – "
            "FORGES DU RHÔNE, Vienne (38)\n- Sourced castings\n")
    assert [(title, employer) for title, employer, _start, _end in roles_of(text)] == [
        ("Buyer, then Purchasing Manager", "FORGES DU RHÔNE")]


def test_an_academic_history_goes_on_after_its_publications() -> None:
    text = ("# Dr. Ruth Okafor\n\n## Appointments\n\n"
            "**Dean of Graduate Studies**, Eastmoor University, 2020–present\n"
            "- Run a school of 40 staff and a budget of $6M.\n\n"
            "**Selected publications**\n"
            "- Okafor, R. (2019). Doctoral completion in part-time cohorts. *Higher Education*.\n\n"
            "**Associate Dean, Research**, Eastmoor University, 2014–2020\n"
            "- Doubled external research income in four years.\n\n"
            "## Education\nPhD, Education Policy, Lakeside University, 2009\n")
    assert roles_of(text) == [("Dean of Graduate Studies", "Eastmoor University", "2020", "present"),
                            ("Associate Dean, Research", "Eastmoor University", "2014", "2020")]


def test_a_board_role_after_the_history_stays_a_side_role() -> None:
    text = ("## Experience\n\nChief Operating Officer, Norland Freight, 2017–present\n"
            "- Led 900 staff.\n\n## Board roles\n\nTrustee, Harbour Food Bank, 2019–present\n")
    assert roles_of(text) == [("Chief Operating Officer", "Norland Freight", "2017", "present")]


def test_open_ended_dates_in_spanish_and_portuguese() -> None:
    for open_end in ("Actual", "actualmente", "Atualmente"):
        text = ("## Experiencia\n\n**Directora Comercial** — Grupo Andino S.A.\n"
                f"Mar 2019 – {open_end}\n- Grew exports by 20%.\n\n"
                "**Gerente de Marca** — Lácteos del Sur\nEne 2014 – Feb 2019\n")
        assert [role[2:] for role in roles_of(text)] == [("2019-03", "present"), ("2014-01", "2019-02")]
