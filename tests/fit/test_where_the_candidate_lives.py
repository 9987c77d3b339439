"""Where a résumé says the candidate lives: the header's signals (a pin, an address over one long
line, a lone "Town, Region, Country" line) and what never counts (a date of birth, a line of
letters after the name); a town written in its own language keeps its English name beside it."""

from __future__ import annotations

from poise.fit.resume_reader import read_resume
from poise.fit.town_names import english_name, with_english_name


def _lives(text: str) -> str:
    return read_resume(text).location


def test_a_town_in_its_own_language_gets_its_english_name_in_brackets() -> None:
    assert with_english_name("Praha") == "Praha (Prague)"
    assert with_english_name("Lisboa, Portugal") == "Lisboa (Lisbon), Portugal"
    assert english_name("Wien") == "Vienna"


def test_english_names_and_names_of_real_towns_stay_as_written() -> None:
    assert with_english_name("Leeds, West Yorkshire") == "Leeds, West Yorkshire"
    # another language's name for Mons, but a Norwegian city in its own right
    assert with_english_name("Bergen") == "Bergen"
    assert with_english_name("") == ""


def test_the_english_name_is_not_repeated_when_the_place_already_gives_it() -> None:
    assert with_english_name("Praha (Prague)") == "Praha (Prague)"


def test_a_pin_before_the_address_marks_where_the_candidate_lives() -> None:
    text = ("Asha Rao\nMBA, CPA, CMA\n📍 Andheri East, Pune – 411001, Maharashtra, India\n"
            "asha@example.org\n\nEXPERIENCE\nHead of Finance, Kestrel Foods Ltd\n2019 – present\n")
    assert "Pune" in _lives(text)


def test_a_line_of_letters_after_the_name_is_never_the_place() -> None:
    text = ("Asha Rao\nACA, LL.M., CIA\nasha@example.org | +44 7700 900123\n\n"
            "EXPERIENCE\nHead of Audit, Kestrel Foods Ltd\n2019 – present\n")
    assert "ACA" not in _lives(text)


def test_a_date_of_birth_is_never_the_place() -> None:
    text = ("CURRICULUM VITAE\nMARIA SANTOS\nmaria@example.org\n\nPERSONAL DATA\n"
            "Date of Birth | March 4, 1980\nPlace of Birth | Davao City\n\n"
            "EXPERIENCE\nNurse Manager, St Clare Hospital\n2015 – present\n")
    assert "March" not in _lives(text) and "Davao" not in _lives(text)


def test_a_long_address_line_ending_in_its_country_gives_its_town() -> None:
    text = ("MARIA SANTOS, RN\nUnit 4 Block 9 Green Meadows Subd., Brgy. San Roque, Iloilo City "
            "5000, Philippines\nMobile: +63 917 000 1111 | Email: maria@example.org\n\n"
            "EXPERIENCE\nNurse Manager, St Clare Hospital\n2015 – present\n")
    assert "Iloilo City" in _lives(text)


def test_a_profile_exports_lone_place_line_is_read_when_the_top_names_none() -> None:
    text = ("Contact\nwww.example.org/in/sam-lee\n\nTop Skills\nPricing\nRoadmaps\n\n"
            "Sam Lee\nHead of Product at Quillby\nDenver, Colorado, United States\n\n"
            "Experience\nQuillby\nHead of Product\nMarch 2020 - Present\n")
    assert _lives(text).startswith("Denver")
