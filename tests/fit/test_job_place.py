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


def test_a_label_of_two_words_is_not_split_into_two_fields() -> None:
    header = ("# Country Director\n\nReports to: Regional Director\n"
              "Duty Station: Arusha, Tanzania, with frequent travel to field offices\n")
    assert _place(header)[0] == "Arusha, Tanzania"


def test_a_country_label_gives_way_to_a_later_city_label() -> None:
    header = "# Country Director\n\n**Country:** Ghana\n**City:** Kumasi\n**Type:** Full-time\n"
    assert _place(header)[0] == "Kumasi"
    # near miss: a country alone is still read when no label names a town
    assert _place("# Country Director\n\n**Country:** Ghana\n**Type:** Full-time\n")[0] == "Ghana"


def test_a_way_of_working_before_a_dash_gives_the_office_town_in_brackets() -> None:
    header = ("# Area Director\n\nLocation: Field based – East Midlands (area office: "
              "Derby)\nSalary: £60,000\n")
    assert _place(header)[0] == "Derby"
    # near miss: a bracket that holds no town leaves the region as the place
    header = "# Area Director\n\nLocation: East Midlands (three days a week in stores)\n"
    assert _place(header)[0] == "East Midlands"


def test_a_bracketed_base_names_the_town_over_a_region() -> None:
    header = "# Regional Lead\n\nLocation: Yorkshire (based at our Leeds site)\n"
    assert _place(header)[0] == "Leeds"


def test_an_address_line_gives_its_town_after_the_postcode() -> None:
    header = "# Director of Schools\n\n**Oakvale Municipality**\n\nTown Hall, Kirkegade 4, 7400 Brendholm\n"
    assert _place(header)[0] == "Brendholm"


def test_a_post_office_box_is_not_where_the_work_is() -> None:
    header = "# County Director\n\n**P.O. Box 12 – 40100, KOLANDA**\n\n**Reports to:** Chief Officer\n"
    assert _place(header)[0] == ""


def test_a_site_before_its_town_gives_the_town() -> None:
    header = "# Operations Manager\n\nKestrel Hospital, Ravensby – with travel to two clinics\n"
    assert _place(header)[0] == "Ravensby"


def test_a_region_on_the_title_line_gives_way_to_a_town_below() -> None:
    header = ("# General Manager – Araucanía Region\n\n**Frutas del Sur S.A.** | Temuco, "
              "Región de la Araucanía, Chile | Full-time\n")
    assert _place(header)[0].startswith("Temuco")


def test_a_town_in_its_own_language_is_given_its_english_name_too() -> None:
    assert _place("# Operations Director\n\nCasa Ardenti S.p.A. — Torino\n")[0] == "Torino (Turin)"
    assert _place("# Site Director\n\n**Acme CX, Lda.**\nLisboa – Parque das Nações | Full-time\n"
                  )[0] == "Lisboa (Lisbon)"
    # near miss: an English name stays as written
    assert _place("# Operations Director\n\nCasa Ardenti Ltd — Leeds\n")[0] == "Leeds"


def test_based_in_before_a_department_number_is_not_part_of_the_town() -> None:
    header = ("# Regional Director – Occitanie\n\nPermanent contract (CDI) – Based in Toulouse (31), "
              "with frequent travel\n")
    assert _place(header)[0] == "Toulouse"


def test_a_zoned_area_of_a_town_gives_the_town_not_the_region_after_it() -> None:
    header = ("# Site Director – Food Plant\n\n**Halvard Foods Ltd**\n"
              "Nakuru Industrial Area, Nakuru County, Kenya\n")
    assert _place(header)[0].startswith("Nakuru,")
    header = "# Operations Manager\n\n**Brede Logistics B.V.**\nTilburg Business Park, North Brabant\n"
    assert _place(header)[0].startswith("Tilburg")


def test_an_area_whose_first_words_are_no_known_town_is_not_cut_to_them() -> None:
    # near-miss: "Kings" is no town, so the park is not read as a town called Kings
    header = "# Operations Manager\n\n**Brede Logistics B.V.**\nKings Business Park, Merseyside\n"
    assert not _place(header)[0].startswith("Kings,")


def test_a_town_the_gazetteer_lacks_after_a_named_company_is_the_town() -> None:
    header = ("# Export Director\n\n**Viñedos Alto Sur S.A.** – Villa Tulumaya, Mendoza, Argentina\n"
              "Full time\n")
    assert _place(header)[0] == "Villa Tulumaya, Mendoza, Argentina"


def test_a_site_named_for_the_company_is_no_town() -> None:
    # near-miss: the mine's name repeats the company's, so it is the site, not a town
    header = ("# General Manager\n\n**Minera Loma Roja SCM** | Faena Loma Roja, Copiapó, Chile\n")
    assert not _place(header)[0].startswith("Faena")


def test_a_labelled_site_is_placed_in_the_town_the_header_puts_it_near() -> None:
    header = ("# Unit Head\n\n**Halvard Power Limited** | Ambika Works, near Korba, Chhattisgarh\n\n"
              "| | |\n|---|---|\n| Location | Ambika Works (plant township) |\n")
    assert _place(header)[0].startswith("Korba")
    # near-miss: a labelled site the header never places stays as the label gives it
    header = ("# Unit Head\n\n**Halvard Power Limited**\n\n"
              "| | |\n|---|---|\n| Location | Ambika Works (plant township) |\n")
    assert _place(header)[0] == "Ambika Works"


def test_a_sites_initials_in_brackets_do_not_hide_the_town_after_them() -> None:
    from poise.fit.places import without_asides

    place = _place("# Plant Director\n\n**Location:** Harbour Gate Enterprise City (HGEC), "
                   "Tangier, Morocco\n")[0]
    assert "Tangier" in place
    # a province's two-letter code and a bracket in words are still asides
    assert without_asides("Milano (MI), Italy") == "Milano"
    assert without_asides("Leeds (hybrid), United Kingdom") == "Leeds"
