"""Promotions told in an aside under a role, leaves dated inside a role, gaps dated by years alone,
and the job's town (a capital with its district's initials, a town with its other name in
brackets, a site named in the advert's title): each with a near-miss that must not change."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.dates import month_span
from poise.fit.job_location import read_job_place
from poise.fit.lexicon import patterns_for
from poise.fit.resume_posts import in_order
from poise.fit.resume_reader import read_resume

PATTERNS = patterns_for(None)


def _roles(text: str) -> list[tuple[str, str, str]]:
    return sorted(((role.title, role.start.iso() if role.start else "",
                    "present" if role.current else role.end.iso() if role.end else "")
                   for role in read_resume(text, today=TODAY).roles), key=lambda role: role[1])


def _breaks(text: str) -> list[dict[str, object]]:
    return [period.to_dict() for period in read_resume(text, today=TODAY).breaks]


ASIDE_PROMOTION = (
    "## Work history\n\n### Harlow Mills Ltd., Derby\n"
    "**Plant Manager – Operations** | Mar'14 – Present\n"
    "(Joined as Deputy Plant Manager; {verb} PM in Sep'18)\n\n"
    "- Ran three lines.\n\n### Tern Foods Ltd., Leicester\n"
    "**Shift Engineer** | Jan'09 – Feb'14\n\n- Ran shifts.\n")


def test_a_promotion_told_in_an_aside_is_two_steps_of_one_career() -> None:
    for verb in ("elevated to", "promoted to", "upgraded to"):
        roles = _roles(ASIDE_PROMOTION.format(verb=verb))
        assert roles == [("Shift Engineer", "2009-01", "2014-02"),
                         ("Deputy Plant Manager", "2014-03", "2018-08"),
                         ("Plant Manager – Operations", "2018-09", "present")], verb


def test_no_role_read_from_an_aside_ends_before_it_starts() -> None:
    for verb in ("elevated to", "moved to", "made"):
        profile = read_resume(ASIDE_PROMOTION.format(verb=verb), today=TODAY)
        for role in profile.roles:
            assert role.start is not None
            assert role.current or (role.end is not None and in_order(
                (role.title, role.start, role.end, role.current))), role


def test_an_aside_naming_no_later_post_keeps_the_role_whole() -> None:
    # near-miss: the aside names whom the post reported to, not a later post
    text = ASIDE_PROMOTION.replace("(Joined as Deputy Plant Manager; {verb} PM in Sep'18)",
                                   "(reporting to the Managing Director; team of 40 in 2018)")
    assert _roles(text) == [("Shift Engineer", "2009-01", "2014-02"),
                            ("Plant Manager – Operations", "2014-03", "present")]


def test_initials_that_are_not_the_titles_own_make_no_step() -> None:
    # near-miss: "DPM" is no shortening of "Plant Manager – Operations" and no title of the
    # vocabulary: no phantom step is made of it, and the role stays whole
    text = ASIDE_PROMOTION.format(verb="promoted to").replace("PM in Sep'18", "DPM in Sep'18")
    assert _roles(text) == [("Shift Engineer", "2009-01", "2014-02"),
                            ("Plant Manager – Operations", "2014-03", "present")]


LEAVE_IN_ROLE = (
    "## Experience\n\n**Delivery Manager**\n**Arden Digital** – Leeds\n09/2019 – present\n\n"
    "- Ran 6 teams.\n- {line}\n\n**Project Manager**\n**Bolt Soft** – York\n03/2015 – 08/2019\n\n"
    "- Ran projects.\n")


def test_a_leave_dated_under_a_role_is_a_career_break() -> None:
    for line in ("Unpaid leave 03/2022 – 05/2022 while moving house.",
                 "Parental leave January–June 2022."):
        breaks = _breaks(LEAVE_IN_ROLE.format(line=line))
        assert [(item["start"], item["explained"]) for item in breaks] in (
            [("2022-03", True)], [("2022-01", True)]), line


def test_work_dated_under_a_role_is_no_break() -> None:
    # near-miss: a project or a board seat dated inside the role is time at work
    for line in ("Led the migration 03/2022 – 05/2022 for the bank.",
                 "Board member, Leeds Digital (volunteer), 2021 – present."):
        assert _breaks(LEAVE_IN_ROLE.format(line=line)) == [], line


YEARS_ONLY = (
    "## Experience\n\n*Production Manager* | 2014–present\nAcme Cheese, Twin Falls\n\n- Ran lines.\n\n"
    "*Production Superintendent* | 2010–{end}\nBolt Creamery, Salem\n\n- Ran shifts.\n")


def test_a_gap_between_roles_dated_by_years_is_written_by_those_years() -> None:
    assert [(item["start"], item["end"]) for item in _breaks(YEARS_ONLY.format(end="2012"))] == [
        ("2012", "2014")]


def test_roles_dated_by_consecutive_years_leave_no_gap() -> None:
    assert _breaks(YEARS_ONLY.format(end="2013")) == []


def test_a_span_of_months_in_one_year() -> None:
    span = month_span("Parental leave January–June 2014.")
    assert span is not None and (span[0].iso(), span[1].iso()) == ("2014-01", "2014-06")
    assert month_span("from June to January 2014") is None  # the months run backwards
    assert month_span("Led 4 projects in 2014") is None


def _place(text: str) -> str:
    return read_job_place(text, PATTERNS).place


def test_a_capitals_district_initials_are_no_part_of_the_town() -> None:
    text = ("# Head of Logistics – Peru (Jefe de Logística)\n\n**Andes Carga S.A.C.** | "
            "Lima D.C., Peru | Full time\n\n## About us\n\nWe move goods.\n")
    assert _place(text).startswith("Lima")


def test_a_country_in_the_title_gives_way_to_the_town_below() -> None:
    text = ("# Director of Operations – Peru\n\n**Andes Carga S.A.C.** | Arequipa, Peru | "
            "Full time\n\n## About us\n\nWe move goods.\n")
    assert _place(text).startswith("Arequipa")


def test_a_town_with_its_other_name_in_brackets_before_its_areas() -> None:
    text = ("# VACANCY\n\n| | |\n|---|---|\n| **Position** | Farm Manager |\n"
            "| **Place of work** | Ziway (Batu), East Shewa Zone, Oromia Region, Ethiopia |\n")
    place = _place(text)
    assert place.startswith("Ziway") and "Ethiopia" in place


def test_a_site_named_in_the_title_outranks_the_head_office_in_the_blurb() -> None:
    text = ("# Managing Director – Processing Plant in Hvolsvöllur\n\n"
            "**Acme hf.** seeks a leader for its plant.\n\n## About Acme\n\n"
            "Acme hf. is a seafood company with headquarters in Reykjavík.\n")
    assert _place(text) == "Hvolsvöllur"


def test_a_title_naming_a_country_after_in_names_no_site() -> None:
    # near-miss: "Plant in Iceland" names a country, and the head office's town stands
    text = ("# Managing Director – Processing Plant in Iceland\n\n"
            "**Acme hf.** seeks a leader for its plant.\n\n## About Acme\n\n"
            "Acme hf. is a seafood company with headquarters in Reykjavík.\n")
    assert _place(text) != "Iceland"


def test_a_working_location_label_names_the_place_and_other_labelled_fields_none() -> None:
    text = ("# Plant Director\n\n**Acme Electronics Co., Ltd.**\n\n**Job level:** Director | "
            "**Industry:** Contract Manufacturing | **Job type:** Full-time\n\n"
            "**Working location:** Lot 7, Tan Thuan Export Zone, District 7, Ho Chi Minh City\n\n"
            "## About us\n\nWe make boards.\n")
    assert _place(text).endswith("Ho Chi Minh City")
    # near-miss: with no location given, a labelled field of the header is no place
    without = text.replace("**Working location:** Lot 7, Tan Thuan Export Zone, District 7, "
                           "Ho Chi Minh City\n\n", "")
    assert "Industry" not in _place(without) and "Manufacturing" not in _place(without)


def test_a_leave_named_in_a_study_row_is_no_career_break() -> None:
    # near-miss: the leave was taken from the studies, before the career began
    text = ("## Experience\n\n**Process Engineer** | Acme Chemical | 03/2006 – present\n\n"
            "- Ran the line.\n\n## Education\n\n| Period | School | Degree |\n|---|---|---|\n"
            "| 1998.03 ~ 2004.02 | Hanbit University | B.S., Chemistry (leave of absence for "
            "military service) |\n")
    assert _breaks(text) == []
