"""Two readings that depend on the whole document or on content: slash dates in the order the
document writes them, and legal company forms from the one list in fit/lexicons.yaml."""

from __future__ import annotations

from poise.fit.dates import SLASH_ORDER, parse_point, slash_order
from poise.fit.lexicon import fit_content, legal_forms_anywhere
from poise.fit.resume_reader import read_resume
from poise.fit.role_header import LEGAL_SUFFIX_RE


def test_a_first_number_above_twelve_makes_the_document_day_first() -> None:
    assert slash_order("Born 23/04/1980. Joined 03/05/2019.") == "day"


def test_a_second_number_above_twelve_makes_the_document_month_first() -> None:
    assert slash_order("Started 04/23/2018, promoted 03/05/2019") == "month"


def test_without_a_telling_date_a_us_address_or_number_puts_the_month_first() -> None:
    assert slash_order("Austin, TX 78701\n03/05/2019") == "month"
    assert slash_order("+1 (512) 555 0100\n03/05/2019") == "month"
    assert slash_order("Leeds LS1 4AB\n03/05/2019") == "day"


def test_a_point_reads_in_the_order_set_for_the_document() -> None:
    token = SLASH_ORDER.set("month")
    try:
        month_first = parse_point("03/05/2019")
    finally:
        SLASH_ORDER.reset(token)
    day_first = parse_point("03/05/2019")
    assert month_first is not None and month_first.index % 12 + 1 == 3
    assert day_first is not None and day_first.index % 12 + 1 == 5
    # a date that can be read one way only is read that way whatever the document's order
    assert parse_point("30/03/2017") is not None


def test_a_us_resume_reads_its_slash_dates_month_first_and_resets_after() -> None:
    text = ("Dana Cole\nPhoenix, AZ 85004 | +1 602 555 0188\n\nEXPERIENCE\n"
            "Director of Operations, Saguaro Freight Inc.\n02/01/2018 – 11/06/2022\n- Led 60 staff\n")
    role = read_resume(text).roles[0]
    assert role.start.index % 12 + 1 == 2 and role.end is not None and role.end.index % 12 + 1 == 11
    assert SLASH_ORDER.get() == "day"


def test_the_header_readers_legal_forms_are_the_content_list() -> None:
    for form in fit_content().lexicons.legal_forms:
        assert LEGAL_SUFFIX_RE.search(f"Quillby {form}") is not None, form


def test_a_short_form_reads_only_as_written_or_in_capitals() -> None:
    forms = legal_forms_anywhere(["AG", "SpA", "Sdn Bhd", "S.p.A."])
    assert forms.search("Brennwerk AG") and forms.search("Molina SPA")
    assert not forms.search("a day spa in town") and not forms.search("the ag sector")
    assert forms.search("Tanjung Sdn. Bhd.") is None  # the dotted spelling is its own entry
    assert forms.search("molina s.p.a.") is not None  # a dotted form in any case
