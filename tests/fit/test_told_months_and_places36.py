"""A role dated by years takes the month its own lines tell ("Joined in April 2012 …"); a
company's fiscal year is no post; a legal form after its comma stays with the name; an advert's
place in a label written in two scripts, after a header's kind of site, or as the town of a
registered office."""

from __future__ import annotations

from datetime import date

from poise.fit.dates import Month
from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import read_resume
from poise.fit.told_months import told_month

TODAY = date(2026, 11, 1)
REQUIREMENTS = "\n\n## Requirements\n- Ten years in operations.\n"


def _roles(body: str) -> list[dict[str, object]]:
    return [role.to_dict() for role in read_resume("## Work history\n\n" + body, today=TODAY).roles]


def test_a_month_told_after_a_start_word_refines_a_year_only_heading() -> None:
    roles = _roles("**2012 – 2019**\n**Maintenance Manager**, Orvik Paper AB, Umeå\n\n"
                   "- Joined the mill in April 2012 to rebuild its maintenance planning.\n"
                   "- Left in October 2019 when the second line closed.\n\n"
                   "**2006 – 2012**\n**Reliability Engineer**, Lindqvist Pumps AB, Sundsvall\n\n"
                   "- Ran vibration analysis for 300 pumps.\n")
    assert roles[0]["start"] == "2012-04" and roles[0]["end"] == "2019-10"
    assert roles[1]["start"] == "2006" and roles[1]["end"] == "2012"


def test_a_month_of_another_year_or_with_no_start_word_changes_nothing() -> None:
    roles = _roles("**2012 – 2019**\n**Maintenance Manager**, Orvik Paper AB, Umeå\n\n"
                   "- Since May 2014 also led the energy team.\n"
                   "- Commissioned the new boiler in June 2012.\n")
    assert roles[0]["start"] == "2012" and roles[0]["end"] == "2019"


def test_told_month_reads_only_imprecise_points_and_its_cue_kind() -> None:
    patterns = patterns_for(None)
    year = Month(2015 * 12, False)
    assert told_month(year, ["Since March 2015 heading the unit"], patterns, "start_told") == Month(
        2015 * 12 + 2, True)
    assert told_month(year, ["Since March 2015 heading the unit"], patterns, "end_told") is None
    assert told_month(Month(2015 * 12 + 5, True), ["Since March 2015"], patterns,
                      "start_told") is None
    assert told_month(year, ["x" * 50_000], patterns, "start_told") is None


def test_a_fiscal_year_in_a_roles_facts_is_no_post() -> None:
    roles = _roles("### Kaveri Spinning Mills Pvt. Ltd., Coimbatore\n**Designation:** Mill Manager\n"
                   "**Period:** August 2016 to till date\n**Turnover:** ₹ 220 Crores (FY 2022–23)\n\n"
                   "- Run 60,000 spindles.\n")
    assert len(roles) == 1
    assert roles[0]["title"] == "Mill Manager" and roles[0]["start"] == "2016-08"
    assert roles[0]["end"] == "present"


def test_a_legal_form_after_its_comma_stays_with_the_name_and_the_town_goes() -> None:
    roles = _roles("**2015 – 2023**\n**Plant Manager**, Tatranská strojáreň, a.s., Poprad\n\n"
                   "- Ran the forge.\n")
    assert roles[0]["employer"] == "Tatranská strojáreň, a.s."


def test_a_title_with_a_lower_case_subject_under_its_dates_is_still_the_header() -> None:
    roles = _roles("**2020 – present**\n**Independent adviser – port concessions and tariff "
                   "reviews**, Marlow Harbour Advisory Ltd (own firm), Plymouth\n\n"
                   "- Advising two port authorities.\n")
    assert roles[0]["title"].startswith("Independent adviser")
    assert roles[0]["employer"] == "Marlow Harbour Advisory Ltd"


def _place(header: str) -> str:
    return read_job(header + REQUIREMENTS).location


def test_a_label_written_after_its_name_in_another_script_is_a_label() -> None:
    header = ("# 廠長 | Plant Manager\n\n| 項目 Item | 內容 Details |\n|---|---|\n"
              "| 工作地點 Work location | 台中 Taichung (on-site) |\n")
    assert _place(header) == "Taichung"


def test_a_header_piece_naming_only_a_kind_of_site_is_no_place() -> None:
    header = "# OPERATIONS DIRECTOR – FACTORY\n## Brindle Foods Ltd – Leicester\n"
    assert _place(header) == "Leicester"


def test_the_town_of_a_registered_office_in_the_first_paragraph() -> None:
    text = ("# Chief Executive\n\nThe Board of Halcyon Water S.A., with its registered office in "
            "Porto, invites applications for the post of Chief Executive.\n")
    assert _place(text) == "Porto"
    text = ("# Chief Executive\n\nThe Board of Halcyon Water S.A., with its registered office in "
            "the old town hall, invites applications for the post of Chief Executive.\n")
    assert _place(text) == ""


def test_a_heading_with_its_translation_in_brackets_names_its_section() -> None:
    text = ("# Tomás Rivera\n\n## EXPERIENCIA PROFESIONAL (Work experience)\n\n"
            "**2015 – present**\n**Mill Manager**, Ingenio Andino S.A., Palmira\n\n- Run the mill.\n\n"
            "## FORMACIÓN Y CURSOS COMPLEMENTARIOS (Training and certifications)\n\n"
            "- Lean Six Sigma Black Belt — ASQ, 2018\n- Certified Energy Manager — AEE, 2016\n")
    profile = read_resume(text, today=TODAY)
    assert any("Black Belt" in item for item in profile.certifications)
    assert not any("FORMACIÓN" in item for item in (*profile.certifications, *profile.education))


def test_a_title_before_brackets_naming_a_section_is_still_a_post() -> None:
    from poise.fit.resume_reader import _resume_section

    patterns = patterns_for(None)
    assert _resume_section("Managing Director (Education and Training Group)", patterns) is None
    assert _resume_section("Brightwater Learning Ltd (Education and training)", patterns) is None
