"""The candidate's own place from the résumé's contact block: an address over several lines, a
labelled address with a contact detail after it, and a place told in words."""

from __future__ import annotations

from poise.fit.resume_reader import read_resume

EXPERIENCE = "\n\nExperience\nHead of Finance, Dale Foods Ltd, Leeds\nMar 2018 – present\n"


def test_an_address_over_three_lines_gives_its_town() -> None:
    text = "Jane Holloway\n14 Larch Crescent\nHarrogate\nHG2 7QP\n07700 900123 | jane@example.com"
    assert read_resume(text + EXPERIENCE).location == "Harrogate"


def test_a_street_line_with_its_town_is_read_as_before() -> None:
    text = "JANE HOLLOWAY\n14 Larch Crescent, Harrogate\nNorth Yorkshire HG2 7QP\njane@example.com"
    assert read_resume(text + EXPERIENCE).location == "Harrogate"


def test_a_labelled_address_stops_before_the_contact_detail() -> None:
    text = "Tom Reed\nAddress: 22 Mill Lane, Didsbury, Manchester M20 2AB\ntom@example.com"
    assert read_resume(text + EXPERIENCE).location == "Manchester"


def test_a_place_told_in_words_is_read_without_the_remark_after_it() -> None:
    text = ("Ana Silva\nana@example.com | linkedin.com/in/anasilva\n"
            "Based in Lisbon, Portugal; open to relocation")
    assert read_resume(text + EXPERIENCE).location == "Lisbon, Portugal"


def test_the_employers_town_is_not_the_candidates() -> None:
    text = "Carla Ruiz\n+54 11 5555 0101 · carla@example.com · Buenos Aires, Argentina"
    assert read_resume(text + EXPERIENCE).location == "Buenos Aires, Argentina"
