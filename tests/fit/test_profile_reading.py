"""The rest of the résumé (issue 12, item 1): the town from an address's structure, a gap to the
present as a break, and what a qualification line says it is (degree, certificate, membership,
training attended, the name line's letters)."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.places import known_places, town_of
from poise.fit.resume_reader import read_resume


def _location(header: str) -> str:
    text = header + "\n\nEXPERIENCE\nWarehouse Manager, Orvel Foods Ltd | 2015 – present\n"
    return read_resume(text, today=TODAY).location


def test_a_capitals_suburb_is_read_as_the_city_by_its_postcode() -> None:
    assert town_of("Glebe NSW 2037") == "Sydney (Glebe), NSW"
    assert town_of("Carlton VIC 3053") == "Melbourne (Carlton), VIC"
    assert town_of("Dubbo NSW 2830") == "Dubbo NSW"  # outside the capital's range: its own town
    assert _location("# Mia Tran\nGlebe NSW 2037 | 0400 000 000 | mia@example.com.au").startswith(
        "Sydney")
    assert _location("# Mia Tran\nCarlton VIC 3053\nM: 0400 000 000 | E: mia@example.com.au"
                     ).startswith("Melbourne")


def test_the_town_is_the_one_beside_the_postcode_or_before_the_state() -> None:
    assert town_of("House 7, Lake View Colony, Kondapur, Pune – 411001, Maharashtra") == (
        "Pune, Maharashtra")
    assert town_of("3 Acacia Lane, Rondebosch, Stellenbosch, Western Cape") == (
        "Stellenbosch, Western Cape")
    assert town_of("Mesa, AZ 85201") == "Mesa, AZ"
    assert known_places().is_state("Karnataka") and not known_places().is_state("Pune")


def test_a_whole_address_line_is_read_as_one_address() -> None:
    assert _location("# R. Iyer\nHouse 7, Lake View Colony, Kondapur, Pune – 411001, Maharashtra\n"
                     "Mobile: +91 90000 00000 | E-mail: r.iyer@example.in") == "Pune, Maharashtra"


def test_a_labelled_residential_address_and_a_place_with_its_other_name() -> None:
    assert _location("CURRICULUM VITAE\n\nTHABO NKOSI\n\nResidential Address: 9 Oak Avenue, "
                     "Secunda, Mpumalanga\nCell: 000 000 0000") == "Secunda, Mpumalanga"
    assert town_of("Sector 2, Vadodara (Baroda) – 390001, Gujarat") == "Vadodara (Baroda), Gujarat"


def test_a_civil_status_beside_a_comma_is_never_the_place() -> None:
    assert _location("# Paul Henry\n\n51 ans – Divorcé, 3 enfants – Permis B\n9, rue Haute – 21000 "
                     "Dijon\n06 00 00 00 00 – paul@example.fr") == "Dijon"


def test_time_since_the_last_role_is_a_break_unless_the_resume_tells_it() -> None:
    ended = ("EXPERIENCE\nOperations Manager, Orvel Foods Ltd\nJan 2015 – Feb 2024\n\n"
             "Shift Lead, Orvel Foods Ltd\nJan 2010 – Dec 2014\n")
    breaks = read_resume(ended, today=TODAY).breaks
    assert [(period.to_dict()["start"], period.kind) for period in breaks] == [("2024-03", "gap")]
    told = ended.replace("EXPERIENCE\n", "EXPERIENCE\nCareer Break – Family Carer  |  "
                                         "Mar 2024 – Jun 2025\n\n")
    assert [period.kind for period in read_resume(told, today=TODAY).breaks] == ["break"]
    current = ended.replace("Jan 2015 – Feb 2024", "Jan 2015 – present")
    assert read_resume(current, today=TODAY).breaks == ()


def _facts(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    profile = read_resume(text, today=TODAY)
    return profile.education, profile.certifications


def test_the_letters_after_the_name_are_not_a_study() -> None:
    education, _ = _facts("CURRICULUM VITAE\n\nPERSONAL DATA\nIng. Maria Gruber, MSc\n"
                          "Phone: 0000 000 000\n\nEDUCATION\n- MSc Logistics, Danube University, 2012\n")
    assert education == ("MSc Logistics, Danube University",)
    education, _ = _facts("# KOFI MENSAH\nBSc (Hons), MBA, MABC\nkofi@example.com\n\n"
                          "EDUCATION\nMBA, Coastal Business School, 2015\n")
    assert education == ("MBA, Coastal Business School",)


def test_a_degree_in_progress_and_its_place_of_study_on_the_next_line() -> None:
    education, _ = _facts("EDUCATION\nDoctor of Business Administration - in progress, expected 2027\n"
                          "Northgate University, Leeds\n\nBachelor of Science in Chemistry, 2004\n")
    assert education[0] == ("Doctor of Business Administration - in progress, expected 2027, "
                            "Northgate University, Leeds")  # the expected year stays
    assert len(education) == 2
    assert _facts("EDUCATION\n- Executive MBA (in progress), Bay School of Business @ Harbour "
                  "University\n")[0] == (
        "Executive MBA (in progress), Bay School of Business @ Harbour University",)


def test_a_dated_school_bullet_under_education_is_education() -> None:
    education, _ = _facts("EDUCATION\n- 2001 – Preparatory classes (science), Lycée Montaigne, "
                          "Bordeaux\n")
    assert education == ("Preparatory classes (science), Lycée Montaigne, Bordeaux",)


def test_an_award_of_a_university_listed_with_certificates_is_education() -> None:
    education, certifications = _facts(
        "CERTIFICATIONS\n- Graduate Certificate in Project Management – Harbour University\n"
        "- PRINCE2 Practitioner\n")
    assert certifications == ("PRINCE2 Practitioner",)
    assert education == ("Graduate Certificate in Project Management – Harbour University",)


def test_a_registration_to_practise_is_a_certification() -> None:
    _, certifications = _facts("# Ann Lee\nHCPC Registered Physiotherapist · Full UK driving licence\n"
                               "ann@example.com\n\nEXPERIENCE\nClinical Lead, Vale Clinic\n"
                               "2015 – present\n")
    assert certifications == ("HCPC Registered Physiotherapist",)


def test_plain_memberships_and_training_attended_are_not_certifications() -> None:
    _, certifications = _facts(
        "EXPERIENCE\nService Manager, Vale Care Ltd\n2015 – present\n- Member of the regional "
        "on-call rota.\n\nPROFESSIONAL MEMBERSHIPS & CERTIFICATIONS\n- Member, Institute of Widget "
        "Engineers (MIWE)\n- Member of the Rotary Club\n- Harbour Nurses Association — board member\n"
        "- Attended \"Leading Through Change\" workshop – 2021\n- Lean Six Sigma Green Belt\n")
    assert certifications == ("Member, Institute of Widget Engineers (MIWE)",
                              "Lean Six Sigma Green Belt")


def test_the_jobs_place_from_a_table_row_and_never_how_the_work_is_done() -> None:
    from poise.fit.job_reader import read_job

    table = ("# Director of Estates\n\n| | |\n|---|---|\n| **Location** | Ipswich, Suffolk — hybrid, "
             "three office days |\n| **Salary** | £90,000 |\n\n## Requirements\n- Ten years in estates.\n")
    assert read_job(table).location == "Ipswich, Suffolk"
    header = ("# Site Manager\n\n**Norell Foods, Inc.**\nBoise, ID 83702 | On-site | Full-time | "
              "Exempt\n\n## Requirements\n- Ten years in food production.\n")
    assert read_job(header).location == "Boise, ID"
    field = "# Area Manager\n\nLocation: Field based, Yorkshire\n\n## Requirements\n- Retail.\n"
    assert read_job(field).location == "Yorkshire"


def test_an_avenue_abbreviated_is_a_street_not_the_town() -> None:
    assert town_of("Av. Nueva Costanera 4100, Dpto. 81, Vitacura, Santiago, Chile") == \
        "Vitacura, Santiago, Chile"
    assert town_of("Avda. de Andalucía 9, Córdoba, Spain") == "Córdoba, Spain"
    assert town_of("Vitacura, Santiago, Chile") == "Vitacura, Santiago, Chile"
