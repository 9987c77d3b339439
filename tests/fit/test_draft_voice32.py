"""Drafts that read as the candidate would say them: a field of study is no sector to move into
("a degree in naval architecture" asks where one studied, not a career in the armed forces), and
a résumé line told in the first person keeps its tenses apart ("I reported … and attend …" under
the present role becomes "…, and I attend …")."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns.sector import sector_only_as_study
from poise.fit.concerns.wording import first_person_clause
from poise.fit.lexicon import patterns_for
from poise.fit.result import assess


def test_a_sector_word_inside_a_field_of_study_names_no_sector() -> None:
    patterns = patterns_for()
    assert sector_only_as_study("Hold a master's certificate, or a degree in naval architecture or "
                                "marine engineering with operational experience",
                                "armed_forces", patterns)
    assert sector_only_as_study("An agriculture degree", "food", patterns)


def test_a_sector_word_of_a_career_stays_a_sector_beside_a_degree() -> None:
    patterns = patterns_for()
    assert not sector_only_as_study("Ten years in the armed forces and a degree in engineering",
                                    "armed_forces", patterns)
    assert not sector_only_as_study("Experience of naval shipbuilding programmes",
                                    "armed_forces", patterns)


def test_a_degree_in_naval_architecture_raises_no_switch_into_the_armed_forces() -> None:
    job = ("# Head of Fleet Management\n\nLocation: Copenhagen, Denmark\n\n"
           "We own and operate 60 product tankers and bulk carriers.\n\n## Requirements\n"
           "- Hold a Master Mariner certificate, or a degree in naval architecture or marine "
           "engineering combined with operational experience.\n"
           "- Ten years in ship management ashore.\n")
    resume = ("# Ravi Rao\nMumbai, India · ravi@example.com\n\n## Experience\n"
              "### Fleet Manager — Konkan Ship Management, Mumbai\nJan 2016 – present\n"
              "- Manage a fleet of 22 tankers and bulk carriers with 14 superintendents.\n"
              "- Cut average dry-dock off-hire from 24 to 18 days.\n")
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    assert not any("armed forces" in concern.draft for concern in concerns)


def test_a_present_second_action_under_the_present_role_keeps_its_own_subject() -> None:
    told = first_person_clause("Reported termly to a governing body of 16 and attend its "
                               "finance and staffing committees", current=True)
    assert told == ("I reported termly to a governing body of 16, and I attend its finance and "
                    "staffing committees")


def test_a_second_action_in_the_same_tense_or_spelt_alike_is_left_as_it_is() -> None:
    assert first_person_clause("Managed the budget and reported monthly to the board",
                               current=True) == "I managed the budget and reported monthly to the board"
    assert first_person_clause("Led 9 sites and cut costs by 9%", current=True) == \
        "I led 9 sites and cut costs by 9%"


def test_a_present_second_action_under_an_ended_role_is_told_in_the_past() -> None:
    told = first_person_clause("Opened two depots and manage the night shift", current=False)
    assert told == "I opened two depots and managed the night shift"


def test_a_line_that_already_tells_who_reports_to_the_speaker_is_told_as_a_clause() -> None:
    assert first_person_clause("7 HODs report to me; 420 permanent employees", current=True) == \
        "7 HODs report to me, with 420 permanent employees"
    assert first_person_clause("7 HODs report to me; 420 permanent employees", current=False) == \
        "7 HODs reported to me, with 420 permanent employees"
    # a figure with no clause of its own stays a remit
    assert first_person_clause("150 staff across 3 sites", current=True) == \
        "my remit covers 150 staff across 3 sites"


def test_one_industry_named_on_both_sides_is_no_switch_of_sector() -> None:
    job = ("# Unit Head\n\nLocation: Pali, Rajasthan, India\n\n"
           "We run three integrated plants with a captive limestone mine and a power plant; the "
           "manufacturing team runs the kilns.\n\n## Requirements\n"
           "- 22+ years in the cement industry, including 5 years as head of a manufacturing plant.\n"
           "- Run manufacturing to cost: power per tonne and heat per tonne.\n")
    resume = ("# Hari Thapa\nButwal, Nepal · hari@example.com\n\n## Summary\n"
              "- 25 years in the cement industry.\n\n## Experience\n"
              "### Plant Manager — Himal Binders Ltd, Butwal\nApr 2013 – present\n"
              "- Head a clinker and grinding plant with a captive quarry under the mining licence.\n"
              "- Approve the quarry's mine plan and the mining contractor's monthly dispatch.\n"
              "- Kiln run factor improved from 88% to 93%.\n")
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    assert "industry_switch" not in [concern.kind for concern in concerns]


def test_a_housing_society_or_a_block_of_flats_is_no_part_of_the_town() -> None:
    from poise.fit.places import town_of

    assert town_of("Flat 903, Sai Darshan CHS, Sector 17, Vashi, Navi Mumbai – 400 703") == \
        "Vashi, Navi Mumbai"
    assert town_of("B-12, Green Park Apartments, Andheri East, Mumbai") == "Andheri East, Mumbai"


def test_a_ships_on_board_procedure_is_no_board_work() -> None:
    from poise.fit.concerns.board import BOARD_NEAR_RE

    assert not BOARD_NEAR_RE.search("Ran the on-board complaint procedure with the crewing team")
    assert not BOARD_NEAR_RE.search("Kept the crew on board the vessel during the lay-up")
    assert BOARD_NEAR_RE.search("Presented the capital plan to the board twice a year")


def test_a_province_after_its_town_is_no_company_form_and_a_company_form_still_is() -> None:
    from poise.followup.draft_check import check_text

    assert not any(problem.kind == "legal form" for _, problems in
                   check_text("I live in Calgary, AB today.") for problem in problems)
    assert any(problem.kind == "legal form" for _, problems in
               check_text("At Nordvik Logistik AB, I led 40 drivers.") for problem in problems)


def test_a_present_address_label_and_a_council_named_for_its_town_give_the_town() -> None:
    from poise.fit.job_location import read_job_place
    from poise.fit.resume_reader import read_resume

    resume = read_resume("# Rafiq Chowdhury\n\n**Present Address:** Officers' Quarter, Konabari, "
                         "Gazipur-1751\n**Mobile:** +880 1711-384926\n\n## Experience\n"
                         "### General Manager — Delta Knit Ltd, Gazipur\nMar 2015 – present\n"
                         "- Run a knit factory of 1,900 workers.\n", today=TODAY)
    assert resume.location == "Gazipur"
    job = "# Director of Public Works\n\n**City of Copper Mesa, Arizona**\n\nLead 420 staff.\n"
    assert read_job_place(job, patterns_for()).place == "Copper Mesa, Arizona"


def test_a_body_that_approves_the_post_holder_is_no_certificate_to_enrol_for() -> None:
    from poise.fit.concerns.evidence import approving_body

    patterns = patterns_for()
    assert approving_body("NCAA", "Previous acceptance as a post holder by the NCAA or another "
                          "ICAO contracting state's civil aviation authority.", patterns)
    assert approving_body("NCAA", "Serve as the NCAA-accepted post holder for Flight Operations",
                          patterns)
    assert approving_body("FCA", "Must be acceptable to the FCA as a senior manager", patterns)
    # a certificate with an approved equivalent is still a certificate
    assert not approving_body("PMP", "PMP certification, or an approved equivalent", patterns)


def test_whole_time_equivalents_count_people_as_full_time_equivalents_do() -> None:
    from poise.fit.resume_reader import read_resume

    resume = read_resume("# Ann Lowe\nLancaster · ann@example.com\n\n## Experience\n"
                         "### Deputy Director of Finance — Lune Hospitals NHS Trust\n"
                         "Apr 2017 – present\n- Lead management and financial accounts: 85 WTE in "
                         "four teams, each led by a head of service.\n"
                         "- Management accounts for a £610m budget; team of 14.\n", today=TODAY)
    assert max(size.value for size in resume.team_sizes) == 85
