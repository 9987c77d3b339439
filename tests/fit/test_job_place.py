"""Where an advert's job is, and how the work is done, kept apart (issue 12, item 1): a row of a
facts block, a "Company — Town (hybrid)" header, a way of working with its region in brackets,
"Company AG, Town", a header line that is only a place, and "based in" in the text."""

from __future__ import annotations

from poise.fit.job_reader import read_job

REQUIREMENTS = "\n\n## Requirements\n- Ten years in operations.\n"


def _place(header: str) -> tuple[str, str]:
    job = read_job(header + REQUIREMENTS)
    return job.location, job.work_mode


def test_a_facts_block_row_is_read_although_the_block_is_one_paragraph() -> None:
    header = ("# Chief Executive\n\n**Reports to:** Board of Trustees\n**Location:** Reno, NV "
              "(on-site; travel across the state)\n**Salary:** $150,000\n")
    assert _place(header) == ("Reno, NV", "On-site")


def test_the_labels_of_a_place_are_content_not_one_spelling() -> None:
    assert _place("# Head of Service\n\nWorkplace location: Cairns (with travel)\n")[0] == "Cairns"
    assert _place("# Head of Service\n\nBase: Civic Centre, Stockport (hybrid working)\n") == (
        "Stockport", "Hybrid")


def test_a_dashed_header_gives_the_town_and_keeps_the_way_of_working_apart() -> None:
    header = "# Finance Director\n\n**Larchmont Outdoor Co.** — Boulder, CO (hybrid: two office days)\n"
    assert _place(header) == ("Boulder, CO", "Hybrid")
    # the place after a title on the title line
    assert _place("**Head of Engineering – Galway, Co. Galway**\n\nOrrin Devices Ltd.\n")[0] == (
        "Galway, Co. Galway")


def test_an_aside_after_the_headers_place_is_dropped() -> None:
    header = "# Director of Logistics\n\n**Fenwick Freight** · Hull, with travel to our three depots\n"
    assert _place(header)[0] == "Hull"


def test_a_way_of_working_with_its_region_in_brackets_gives_the_region() -> None:
    header = "# Area Director\n\nKestrel & Vane | Field-based (Midlands & East Anglia) | Permanent\n"
    assert _place(header) == ("Midlands & East Anglia", "Field-based")


def test_the_place_after_the_companys_legal_name() -> None:
    assert _place("# Head of Quality\n\n**Veltra Surgical AG, Winterthur ZH**\n")[0].startswith(
        "Winterthur")
    assert _place("# Plant Manager\n### Holzbrunner Werke GmbH – Bad Ischl, Upper Austria\n")[0] == (
        "Bad Ischl, Upper Austria")


def test_a_header_line_that_is_only_a_place_and_a_site_word_dropped() -> None:
    assert _place("CHIEF RISK OFFICER\nHalvard Bank plc\nLeeds LS1 (hybrid – 2 days in office)\n") == (
        "Leeds", "Hybrid")
    assert _place("# Director Operations\nMeridian Freight B.V. – Head office Utrecht\n")[0] == (
        "Utrecht")


def test_a_place_named_only_in_the_text_after_based_in() -> None:
    text = ("# Head of Customer Operations\n\nWe are a fast-growing insurer. The role is based in "
            "Norwich, with occasional travel.\n")
    assert _place(text)[0] == "Norwich"


def test_a_heading_or_a_company_line_is_never_the_place() -> None:
    text = ("Head of Finance\nOrlan Pay Europe DAC\nPermanent | Full-time\n**About Orlan Pay**\n"
            "Orlan Pay serves small firms.\n")
    assert _place(text)[0] == ""
    assert _place("# Director Operations Benelux\n\nAnnouncement\n")[0] == ""


def test_a_long_address_that_ends_in_its_country_is_the_place_not_the_company() -> None:
    header = ("# Head of Support\n\n**Corvel Systems** · Riverside Business Park, Pasig, Metro "
              "Manila, Philippines · Remote · Full-time\n")
    location, mode = _place(header)
    assert "Pasig" in location and "Corvel" not in location
    assert mode == "Remote"


def test_a_state_code_that_spells_like_a_legal_form_is_no_company() -> None:
    # "SA" (South Australia) and "AG" (Aargau) after a town are a state's code, not "S.A." or "AG"
    header = ("# Director, Digital Services\n\n**Korimako University**\n"
              "Digital Division | City East Campus, Adelaide SA\n")
    assert _place(header)[0] == "Adelaide SA"
    # a company that closes with the form is still a company, and the place after it is read
    assert _place("# Head of Finance\n\nBrenner Medical AG, Rotkreuz ZG\n")[0] == "Rotkreuz ZG"
