"""Facts a résumé states outside its roles, read in the languages CVs are written in: languages by
their other names and levels, explained breaks, and the list of languages before a passing
mention."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.ladders import languages_in
from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import read_resume


def test_languages_named_in_german_and_french_are_read_as_english_names() -> None:
    patterns = patterns_for(None)
    assert languages_in("Deutsch – Muttersprache; Spanisch – fließend", patterns) == [
        ("German", "native"), ("Spanish", "C1")]
    assert languages_in("Néerlandais : courant ; Italien : notions", patterns) == [
        ("Dutch", "C1"), ("Italian", "A1")]


def test_a_cefr_code_wins_over_the_words_beside_it() -> None:
    patterns = patterns_for(None)
    assert languages_in("Polnisch – Grundkenntnisse (A1)", patterns) == [("Polish", "A1")]
    assert languages_in("Portuguese: good working knowledge (B1)", patterns) == [
        ("Portuguese", "B1")]


def test_languages_keep_the_list_order_and_the_level_the_list_states() -> None:
    # The list of languages is the résumé's precise statement; "Bilingual" in a profile gives a
    # level only where the list states none (a recruiter's key read it so: round 1).
    text = ("PROFILE\nBilingual (Welsh/English) operations leader.\n\n"
            "EXPERIENCE\nOperations Manager, Tawe Foods Ltd | 2015 – present\n\n"
            "LANGUAGES\nEnglish (native); Welsh (conversational)\n")
    assert read_resume(text, today=TODAY).languages == (("English", "native"), ("Welsh", "B1"))
    unstated = text.replace("Welsh (conversational)", "Welsh")
    assert read_resume(unstated, today=TODAY).languages == (("English", "native"), ("Welsh", "C2"))


def test_parental_leave_written_in_german_is_an_explained_break() -> None:
    text = ("BERUFSERFAHRUNG\n\nseit 03/2021 | Leiterin Controlling\nWeserbrau AG, Bremen\n\n"
            "05/2019 – 02/2021 | Elternzeit\n\n01/2012 – 04/2019 | Controllerin\nWeserbrau AG, Bremen\n")
    profile = read_resume(text, today=TODAY)
    assert [role.title for role in profile.roles] == ["Leiterin Controlling", "Controllerin"]
    assert [(period.to_dict()["start"], period.to_dict()["explained"])
            for period in profile.breaks] == [("2019-05", True)]


def _location(header: str) -> str:
    text = header + "\n\nEXPERIENCE\nPlant Manager, Orvel Foods Ltd | 2015 – present\n"
    return read_resume(text, today=TODAY).location


def test_location_from_a_german_labelled_address() -> None:
    assert _location("# Lebenslauf\n\nName:          Jonas Berg\n"
                     "Anschrift:     Lindenweg 7, 93047 Regensburg\n") == "Regensburg"


def test_location_from_a_french_street_address_and_not_the_civil_status() -> None:
    assert _location("# Léa MARTIN\n\n8, avenue Foch – 51100 Reims\n"
                     "06 00 00 00 00 · lea.martin@example.fr\n38 ans · Mariée · Permis B\n") == "Reims"


def test_location_with_a_relocation_aside_and_a_partial_postcode() -> None:
    assert _location("# Sam Ode\n\nKirkstall, Leeds LS5 (open to relocation) · 07700 900000 · "
                     "sam@example.com\n").endswith("Leeds")
    assert _location("AMA OKAFOR\n4, Marina Road, Ikoyi, Lagos.\nPhone: 0803 000 0000\n").endswith("Lagos")


def test_certificates_and_degrees_by_the_heading_they_sit_under() -> None:
    text = ("DANA FELL BSc (Hons) MCIPS\nYork · dana@example.com\n\n"
            "EXPERIENCE\nProcurement Manager, Ouse Water Ltd | 2016 – present\n"
            "- Led the move to e-sourcing; achieved ISO 9001 certification for the team\n\n"
            "EDUCATION\nBSc (Hons) Economics, University of Hull, 2008\n"
            "Sixth Form College, York, 2003 – 2005\n\n"
            "PROFESSIONAL DEVELOPMENT\nMCIPS, Chartered Institute of Procurement & Supply (2014)\n"
            "Negotiation masterclass, Ouse Academy (2019)\n\n"
            "SKILLS\nSAP Ariba, Excel, Power BI\n\nOTHER\nFull driving licence\n")
    profile = read_resume(text, today=TODAY)
    assert profile.education == ("BSc (Hons) Economics, University of Hull",
                                 "Sixth Form College, York")
    assert profile.certifications == (
        "MCIPS, Chartered Institute of Procurement & Supply",
        "Negotiation masterclass, Ouse Academy")


def test_a_date_inside_a_breaks_description_is_no_second_break() -> None:
    text = ("EXPERIENCE\n\nHR Manager, Avon Care Ltd | May 2024 – present\n\n"
            "Career break | June 2020 – April 2024\n"
            "Cared for my mother after her stroke; school governor at Oakfield Primary (2021 – 2023).\n\n"
            "HR Business Partner, Avon Care Ltd | 2014 – May 2020\n")
    breaks = read_resume(text, today=TODAY).breaks
    assert [(period.to_dict()["start"], period.to_dict()["end"]) for period in breaks] == [
        ("2020-06", "2024-04")]


def test_a_profile_sentence_with_commas_and_numbers_is_no_address() -> None:
    text = ("RUTH AYER\n\nPROFILE\nSenior operations leader with 15 years in hotels across Kent, "
            "Sussex and Surrey, now running 4 sites.\n\nEXPERIENCE\n"
            "General Manager, Weald Hotels Ltd | 2018 – present\n\n"
            "IT SKILLS\nMS Office, Opera PMS, Power BI\n")
    profile = read_resume(text, today=TODAY)
    assert profile.location == ""
    assert profile.education == ()


def test_certificates_listed_by_their_letters_are_each_one() -> None:
    text = ("EXPERIENCE\nWard Manager, Tyne Hospital | 2016 – present\n\n"
            "CERTIFICATIONS\n- PALS (lapsed), BLS, ILS\n- Registered Nurse, NMC, active\n"
            "- Prozessauditor VDA 6.3, VDA QMC\n")
    assert read_resume(text, today=TODAY).certifications == (
        "PALS (lapsed)", "BLS", "ILS", "Registered Nurse, NMC, active",
        "Prozessauditor VDA 6.3, VDA QMC")


def test_personal_details_referees_and_table_headers_are_no_education() -> None:
    text = ("CURRICULUM VITAE – Priya Raman\n\nPersonal information\nName:            Priya Raman\n"
            "Date of birth:   04-07-1982\n\nEDUCATION\n| Degree | University | Year | % |\n"
            "|---|---|---|---|\n| MSc Chemistry | Pune University | 2005 | 71 |\n\nREFEREES\n"
            "Ms Hana Ito, Lab Director, Kestrel Labs – 020 7946 0321\n")
    education = read_resume(text, today=TODAY).education
    assert len(education) == 1
    assert education[0].startswith("MSc Chemistry")


def test_a_professional_bodys_level_diploma_is_a_certification() -> None:
    text = ("EXPERIENCE\n\nFacilities Manager, Orrel Estates Ltd | 2012 – 2020\n\n"
            "EDUCATION\nBA Geography, University of Hull, 2008\n\n"
            "PROFESSIONAL DEVELOPMENT\nBIFM Level 6 Diploma in Facilities Management (2016)\n")
    profile = read_resume(text, today=TODAY)
    assert "BIFM Level 6 Diploma in Facilities Management" in profile.certifications


def test_a_roles_dated_line_is_no_certification() -> None:
    text = ("EXPERIENCE\n\nQuantity Surveyor\nRowan & Pike Chartered Accountants, York    2009 – 2014\n"
            "- Priced two school builds\n")
    profile = read_resume(text, today=TODAY)
    assert profile.certifications == ()


def test_a_language_spoken_only_is_conversational() -> None:
    patterns = patterns_for(None)
    assert languages_in("Languages: Tamil (mother tongue), Telugu (spoken)", patterns) == [
        ("Tamil", "native"), ("Telugu", "B1")]
    assert languages_in("Gujarati - speak only", patterns) == [("Gujarati", "B1")]


def test_school_leaving_qualifications_are_education_not_certificates() -> None:
    text = ("EXPERIENCE\nStore Manager, Brackley Stores Ltd | 2012 – present\n\n"
            "EDUCATION\nBSc Retail Management, Oxford Brookes University, 2011\n"
            "A Levels: Maths (A), Economics (B)\n"
            "2001 – 2006: West Africa Senior School Certificate (WASSCE) - Kumasi Academy\n")
    profile = read_resume(text, today=TODAY)
    assert "A Levels: Maths (A), Economics (B)" in profile.education
    assert any("WASSCE" in name for name in profile.education)
    assert not any("WASSCE" in name for name in profile.certifications)


def test_a_certificate_is_named_without_the_bracket_that_only_dated_it() -> None:
    from poise.fit.resume_facts import _without_dates

    assert _without_dates("First Aid at Work (renewed 2024)") == "First Aid at Work"
    assert _without_dates("ITIL 4 Foundation (since 11/2020)") == "ITIL 4 Foundation"
    assert _without_dates("Scrum Master (Scrum Alliance, 2018)") == "Scrum Master (Scrum Alliance)"


def test_a_degree_with_its_registration_number_is_education_and_the_number_is_dropped() -> None:
    # a long registration number after a labelled degree is no phone number; a referee's phone
    # number still names no study
    text = ("EXPERIENCE\nFarm Manager, Valle Verde S.A. | 2012 – present\n\n"
            "EDUCATION\n**Graduate level:** Master of Science in Soil Science, Andes Polytechnic "
            "University, 2008–2010. Ministry registration: 2211-2010-4455667.\n"
            "Referee: Ana Ruiz, Andes Polytechnic University – 0212 555 01234\n")
    education = read_resume(text, today=TODAY).education
    assert len(education) == 1
    assert "Master of Science in Soil Science, Andes Polytechnic University" in education[0]
    assert "4455667" not in education[0]


def test_a_certificate_of_secondary_education_is_schooling_not_a_certificate() -> None:
    text = ("EXPERIENCE\nDepot Manager, Lakeside Haulage Ltd | 2012 – present\n\n"
            "EDUCATION\nBSc Logistics, Coastal University, 2011\n"
            "Northland Certificate of Secondary Education (NCSE), Hillcrest School, 2003 – 2006\n\n"
            "CERTIFICATIONS\nCertificate in Fleet Safety Management, 2019\n")
    profile = read_resume(text, today=TODAY)
    assert any("Secondary Education" in name for name in profile.education)
    assert not any("Fleet Safety" in name for name in profile.education)
    assert not any("Secondary Education" in name for name in profile.certifications)


def test_a_forms_place_of_study_label_joins_the_degree_above() -> None:
    text = ("WORK EXPERIENCE\nPlant Engineer, Norda Parts SRL | 2010 – present\n\n"
            "EDUCATION AND TRAINING\n**Dates:** 2004 – 2009\n"
            "**Title of qualification awarded:** Engineer's degree, Mechanical Engineering\n"
            "**Name of organisation providing education and training:** Riverside Technical "
            "University, Faculty of Mechanics\n")
    education = read_resume(text, today=TODAY).education
    assert education == ("Engineer's degree, Mechanical Engineering, Riverside Technical "
                         "University, Faculty of Mechanics",)


def test_a_licence_with_its_number_and_a_registrations_heading_are_certifications() -> None:
    text = ("EXPERIENCE\nSupply Manager, Lakeside Foods Ltd | 2012 – present\n\n"
            "PROFESSIONAL QUALIFICATIONS\n- Licensed Member, Northland Institute of Buyers "
            "(NIB), Licence No. NIB/P/2207\n- Member, Northland Walking Club\n\n"
            "PROFESSIONAL REGISTRATION\n- Full registration, Northland Medical Council "
            "(Registration No. NMC 4410), current to 2027\n")
    certifications = read_resume(text, today=TODAY).certifications
    assert any("NIB/P/2207" in name for name in certifications)
    assert any("Northland Medical Council" in name for name in certifications)
    # a membership with no grade, licence or number is still no certificate
    assert not any("Walking Club" in name for name in certifications)


def test_a_bodys_level_diploma_under_qualifications_is_no_degree() -> None:
    text = ("EXPERIENCE\nBuyer, Lakeside Foods Ltd | 2012 – present\n\n"
            "EDUCATION & QUALIFICATIONS\nBSc Supply Chain Management, Coastal University, 2011\n"
            "XYZB Level 4 Diploma in Purchasing – Guild of Buyers, 2015\n"
            "Graduate Diploma in Logistics, Coastal University, 2013\n")
    profile = read_resume(text, today=TODAY)
    assert not any("XYZB" in name for name in profile.education)
    assert any("XYZB Level 4 Diploma" in name for name in profile.certifications)
    # a place of study's diploma stays a study
    assert any("Graduate Diploma in Logistics" in name for name in profile.education)
