"""Where the candidate lives comes from a place on the résumé's header, never from a date's open
end in a role's row, the letters after the name, the name under a document title, a personal
detail's label, a postcode's letters or a street's name."""

from __future__ import annotations

from poise.fit.places import town_of
from poise.fit.resume_reader import read_resume

ROLES = "\n## EXPERIENCE\n\n**Head of Operations** — Quillmark Foods (2019 – present)\n- Led 40 staff\n"


def _lives(header: str) -> str:
    return read_resume(header + ROLES).location


def test_a_roles_table_row_in_the_summary_gives_no_present_as_a_place() -> None:
    header = ("# ODETTE MARAIS\n\n+27 82 000 1111 | odette@example.org\n\n## SUMMARY\n\n"
              "| Period | Role | Employer | Town |\n|---|---|---|---|\n"
              "| 2021 - Present | Plant Lead | Varrow Mills | Rustenburg |\n")
    assert "Present" not in _lives(header)


def test_a_long_address_line_ending_in_its_country_is_read_as_the_place() -> None:
    header = ("# LIAM OKONJO\n\nUpper Hill Business District, Nairobi City County, Kenya\n"
              "+254 700 000 111 | liam@example.org\n")
    assert "Nairobi" in _lives(header)


def test_award_letters_written_as_one_word_are_never_the_place() -> None:
    header = ("# Hana Whitcombe\n**RN, BHSc, PGDipNursingPractice**\n\n"
              "Hamilton, New Zealand | +64 21 000 111 | hana@example.org\n")
    assert _lives(header) == "Hamilton, New Zealand"


def test_letters_with_an_awards_level_after_the_name_are_never_the_place() -> None:
    # "MA" is a US state's letters: the line of awards must not read as "BA, MA"
    header = ("# Morwenna Trelawny\nBA (Hons), MA, CIH Level 5\n\n"
              "Moseley, Birmingham B13 | 07700 900111 | morwenna@example.org\n")
    assert _lives(header) == "Moseley, Birmingham"


def test_a_name_in_capitals_under_a_document_title_is_not_the_place() -> None:
    header = ("# CURRICULUM VITAE\n\n**FARHANA BEGUM CHOWDHURY**\n"
              "House 12, Road 5, Dhanmondi, Khulna-9100, Bangladesh\n"
              "Mobile: +880 1711 000 111\n")
    place = _lives(header)
    assert "FARHANA" not in place and "Khulna" in place


def test_a_personal_details_table_gives_the_labelled_location_not_the_surname() -> None:
    header = ("# CURRICULUM VITAE\n\n## THABO PETER NKOSI\n\n### PERSONAL DETAILS\n\n| | |\n|---|---|\n"
              "| Surname | Nkosi |\n| First names | Thabo Peter |\n| Nationality | South African |\n"
              "| Gender | Male |\n| Health | Excellent |\n| Current location | Polokwane, Limpopo |\n"
              "| Contact | 082 000 1111 / thabo@example.org |\n")
    assert _lives(header) == "Polokwane, Limpopo"


def test_a_dutch_postcodes_letters_are_not_part_of_the_town() -> None:
    assert town_of("Oudegracht 12, 3511 AB Utrecht, the Netherlands").startswith("Utrecht")


def test_a_street_named_trail_or_terrace_is_not_the_town() -> None:
    assert town_of("410 Maple Trail, Boise, ID 83702") == "Boise, ID"
    assert town_of("7 Harbour Terrace, Whitby, North Yorkshire").startswith("Whitby")


def test_a_town_that_opens_like_a_date_word_is_still_a_town() -> None:
    header = "# Owen Price\n\nPresteigne, Powys | +44 7700 900111 | owen@example.org\n"
    assert _lives(header).startswith("Presteigne")


def test_a_town_whose_capital_comes_second_is_kept() -> None:
    assert town_of("eMalahleni, Mpumalanga").startswith("eMalahleni")
