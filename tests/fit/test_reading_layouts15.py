"""Résumé and advert layouts read right: a section's name after a blank line, certificates named
inside a role, a town on a role's dates line, a lower-case legal form, an address's known town,
a contact line under the address, a break's title over its dates, a bold label inside a role,
and an advert's screening checks and rewards kept out of the requirements. Each with its near
miss."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY, roles_of

from poise.fit.job_line_purpose import purpose_of
from poise.fit.lexicon import patterns_for
from poise.fit.places import town_of
from poise.fit.resume_reader import read_resume
from poise.fit.role_header import is_description


def _read(text: str):
    return read_resume(text, today=TODAY)


def test_a_section_name_after_a_blank_line_under_a_dated_break_opens_the_section() -> None:
    text = ("Ilse Hartmann\nAm Hafen 3, 20457 Hamburg\n\nBerufserfahrung\n\n2018 – heute\n"
            "Leiterin Einkauf, Nordkai Handel GmbH, Hamburg\n\n2015 – 2018 Elternzeit\n\n"
            "Weiterbildung\nGeprüfte Technische Betriebswirtin (IHK), 2013\n")
    assert "Geprüfte Technische Betriebswirtin (IHK)" in _read(text).certifications


def test_a_plain_line_right_under_a_dated_line_stays_in_its_role() -> None:
    text = ("# Ola Berg\n\n## Experience\n\n2012 – present | Harbour Food Share\nVolunteer\n"
            "- Sorted donations every week.\n")
    assert roles_of(text)[0][0] == "Volunteer"


def test_certificates_listed_in_a_role_are_read_and_a_result_is_not() -> None:
    text = ("# Femi Adeyemi\n\n## Experience\n\n### Programme Manager, Ouse Rail Ltd\n2016 – present\n"
            "- Certified PRINCE2 Practitioner; ITIL 4 Foundation certificate.\n"
            "- Achieved the NEBOSH General Certificate in 2019.\n"
            "- Led the depot to its ISO 45001 certification.\n")
    certificates = _read(text).certifications
    assert "Certified PRINCE2 Practitioner" in certificates
    assert "ITIL 4 Foundation certificate" in certificates
    assert any("NEBOSH" in name for name in certificates)
    assert not any("ISO 45001" in name for name in certificates)


def test_a_profile_line_of_a_certificate_and_a_degree_lists_neither_twice() -> None:
    text = ("# Rosa Lim\n\n**SUMMARY**\n\n- 12 years in shared services\n"
            "- Certified Scrum Master; MSc in Logistics\n\n## Experience\n\n"
            "### Operations Lead, Tanjong Services Pte Ltd\n2018 – present\n- Led 40 staff.\n\n"
            "## Certifications\n- Certified Scrum Master (Scrum Alliance), 2020\n")
    certificates = _read(text).certifications
    assert certificates == ("Certified Scrum Master (Scrum Alliance)",)


def test_a_town_on_the_dates_line_is_no_employer() -> None:
    text = ("# Inés Varela\n\n## Experience\n\n### Head of Risk — Lanagro\n*Mendoza · Jan 2021 – Present*\n"
            "Farm lending start-up.\n- Built the credit team.\n\n"
            "### Credit Analyst — Fincasur\n*Salta · Mar 2016 – Dec 2020*\n- Scored 900 loans a year.\n")
    assert roles_of(text) == [("Head of Risk", "Lanagro", "2021-01", "present"),
                              ("Credit Analyst", "Fincasur", "2016-03", "2020-12")]


def test_an_employer_alone_on_its_line_still_wins_over_a_unit_on_the_title_line() -> None:
    text = ("# Sam Reid\n\n## Experience\n\nSite Manager – Harbour Bridge Project\nMarlow Build Ltd\n"
            "2019 – 2022\n- Ran the site.\n")
    assert roles_of(text)[0][:2] == ("Site Manager – Harbour Bridge Project", "Marlow Build Ltd")


def test_a_lower_case_legal_form_with_a_blurb_is_the_employer_line() -> None:
    text = ("# Anna Kowalczyk\n\n## Experience\n\n**01.02.2019 - present**\n**Head of Finance**\n"
            "Odra Maszyny sp. z o.o., Wrocław (machine tools, 600 employees)\n\n"
            "- Reporting to the Management Board.\n")
    assert roles_of(text)[0][:2] == ("Head of Finance", "Odra Maszyny sp. z o.o.")


@pytest.mark.parametrize(("text", "described"), [
    ("Odra Maszyny sp. z o.o., Wrocław", False),
    ("maker of machine tools for export, 600 staff", True),
])
def test_a_description_is_told_by_its_words_not_by_a_legal_form(text: str, described: bool) -> None:
    assert is_description(text) is described


@pytest.mark.parametrize(("address", "town"), [
    ("7 Links Road, Dunfermline, Fife KY12 7AB", "Dunfermline, Fife"),
    ("9 Beach Road, Ringsend, Dublin 4, D04 P2W8", "Dublin"),
    ("Keynsham, Bristol", "Keynsham, Bristol"),
    ("Austin, TX 78701", "Austin, TX"),
    ("69006 Lyon", "Lyon"),
    ("Leeds, West Yorkshire", "Leeds, West Yorkshire"),
])
def test_an_address_is_read_to_the_town_the_gazetteer_knows(address: str, town: str) -> None:
    assert town_of(address) == town


def test_an_email_under_the_address_is_its_own_line() -> None:
    text = ("# Moira Fraser\n3 Bank Street, Dunfermline, Fife KY12 7NQ\nmoira@example.org\n\n"
            "## Experience\n\nService Manager, Carnegie Housing Trust\n2016 – present\n")
    assert _read(text).location == "Dunfermline, Fife"


def test_a_break_title_over_its_dates_is_not_part_of_the_role_above() -> None:
    text = ("# Ewan Hay\n\n## Experience\n\nStore Manager, Tayview Stores\n2017 – present\n\n"
            "Depot Supervisor, Glen Freight\n2009 – 2013\n\nCareer break\n2013 – 2017\n"
            "Caring for my father.\n\nWarehouse Operative, Glen Freight\n2006 – 2009\n")
    assert roles_of(text)[1] == ("Depot Supervisor", "Glen Freight", "2009", "2013")
    assert any(period.kind == "break" for period in _read(text).periods)


def test_a_bold_label_inside_a_role_keeps_the_history_going() -> None:
    text = ("# Jo Pike\n\n## Career history\n\n### Head of Libraries\n**Marsh District Council** | "
            "May 2018 – present\n\n**Key achievements**\n- Opened two hubs.\n\n### Library Manager\n"
            "**Fenby County Council** | June 2011 – April 2018\n\n- Ran four branches.\n")
    assert [role[:2] for role in roles_of(text)] == [("Head of Libraries", "Marsh District Council"),
                                                      ("Library Manager", "Fenby County Council")]


@pytest.fixture(scope="module")
def words():
    return patterns_for(None).content.cues.not_asking


@pytest.mark.parametrize(("line", "purpose"), [
    ("Applicants must pass a pre-employment drug and alcohol test.", "after_hire"),
    ("You will undergo security screening before appointment.", "after_hire"),
    ("Must have passed the CFA Level III exam.", ""),
    ("Complete the quarterly stock check at every depot.", ""),
    ("Competitive salary, quarterly bonus and a car allowance", "reward"),
    ("Twelve weeks of paid parental leave", "reward"),
    ("Experience of payroll and pension administration", ""),
    ("Track record of designing bonus schemes", ""),
])
def test_checks_and_rewards_are_no_asks(words, line: str, purpose: str) -> None:
    assert purpose_of(line, "must", words) == purpose
