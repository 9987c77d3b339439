"""Résumé reading across layouts: a county's "Co." before its name is no company's mark and no
sentence end, a title line listing two posts with the promotion dated only in a bullet below,
posts joined by a word for "then" in the résumé's language, posts listed with a semicolon
(``_listed_steps``) and periods held beside a job (``ResumeProfile._held_throughout``)."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY, roles_of

from poise.fit.dates import parse_point
from poise.fit.job_lines import clause_parts
from poise.fit.lexicon import abbreviation_end, patterns_for
from poise.fit.resume_posts import _listed_steps
from poise.fit.resume_reader import Period, read_resume
from poise.fit.role_header import ARROW_RE, employer_name, organisation_marked
from poise.fit.text import sentences_of

# --- "Co." before a county's name --------------------------------------------------------------

COUNTY_CV = """## Career History

**Director of Operations**
Ardcluain Biologics Ireland Ltd (formerly Fennor Biotherapeutics), Ballyvolane, Co. Kerry
Jan 2019 – date

- Lead manufacturing and engineering, 300 staff.

**Process Engineer**
Tullyroe Pharmaceuticals, Little Harbour, Co. Wexford
Sep 2010 – Dec 2018

- Validation and deviation investigations.
"""


def test_a_county_after_an_employer_is_its_place_not_part_of_its_name() -> None:
    roles = roles_of(COUNTY_CV)
    assert [(title, employer) for title, employer, _start, _end in roles] == [
        ("Director of Operations", "Ardcluain Biologics Ireland Ltd"),
        ("Process Engineer", "Tullyroe Pharmaceuticals")]


@pytest.mark.parametrize("text", ["Co. Kerry", "Co Wexford", "Ballyvolane, Co. Kerry"])
def test_a_county_prefix_marks_no_organisation(text: str) -> None:
    assert not organisation_marked(text, patterns_for(None))


@pytest.mark.parametrize("text", ["Smith & Co.", "Halden Freight Co", "Brenner GmbH & Co. KG",
                                  "Tai Shan Trading Co., Ltd."])
def test_a_company_co_still_marks_an_organisation(text: str) -> None:
    assert organisation_marked(text, patterns_for(None))


def test_an_employer_named_with_co_keeps_it_and_drops_its_county() -> None:
    patterns = patterns_for(None)
    assert employer_name("Brenner GmbH & Co. KG, Ballyvolane, Co. Kerry", patterns) == (
        "Brenner GmbH & Co. KG")


def test_a_long_line_is_not_cut_after_an_abbreviation() -> None:
    text = ("The plant sits in Ringmoy, Co. Kerry and employs approx. 300 people across three "
            "shifts, with St. Brendan's Hospital as its largest customer in the region. It ships "
            "to forty countries.")
    assert sentences_of(text) == [
        "The plant sits in Ringmoy, Co. Kerry and employs approx. 300 people across three "
        "shifts, with St. Brendan's Hospital as its largest customer in the region.",
        "It ships to forty countries."]


def test_a_sentence_that_ends_in_a_word_still_ends() -> None:
    text = ("We run six sites in the north of the country and two more in the south west. Each "
            "site has its own manager and a small quality team of four or five people.")
    assert len(sentences_of(text)) == 2


@pytest.mark.parametrize(("text", "ends"), [
    ("Ringmoy, Co.", True), ("approx.", True), ("e.g.", True), ("J.", True), ("Dr.", True),
    ("the county.", False), ("Cork.", False), ("in 2019.", False), ("cost.", False)])
def test_abbreviation_ends_come_from_the_data(text: str, ends: bool) -> None:
    assert bool(abbreviation_end().search(text)) is ends


def test_a_requirement_clause_keeps_its_abbreviation() -> None:
    assert clause_parts("Based in Ringmoy, Co. Kerry. Travel is required.") == [
        "Based in Ringmoy, Co. Kerry.", "Travel is required."]


# --- a title line listing two posts, the promotion dated in a bullet ---------------------------

LISTED_TITLE_CV = """## Professional Experience

**2012 – present**
**Hotel Manager**
Kerapu Bay Hotel, Penang, Malaysia

- Lead a 300-key hotel.

**2003 – 2012**
**Reservations Manager, Assistant Reservations Manager**
Teluk Indah Resort, Kuantan, Malaysia

- Promoted to Reservations Manager in 2007; in charge of reservations and revenue
"""


def test_a_title_line_of_two_posts_splits_at_the_promotion_its_bullet_dates() -> None:
    roles = roles_of(LISTED_TITLE_CV)
    assert ("Assistant Reservations Manager", "Teluk Indah Resort", "2003", "2007") in roles
    assert ("Reservations Manager", "Teluk Indah Resort", "2007", "2012") in roles
    assert len(roles) == 3


def test_a_promotion_dated_outside_the_range_splits_nothing() -> None:
    roles = roles_of(LISTED_TITLE_CV.replace("in 2007;", "in 2015;"))
    assert len(roles) == 2
    assert roles[1][2:] == ("2003", "2012")


def test_a_promotion_in_the_range_s_first_year_splits_nothing() -> None:
    # the later post cannot start when the role does: nothing tells the earlier one's time
    roles = roles_of(LISTED_TITLE_CV.replace("in 2007;", "in 2003;"))
    assert not any(role[0] == "Assistant Reservations Manager" and role[3] == "2003"
                   for role in roles)


def test_a_title_line_of_two_posts_without_a_dated_bullet_stays_one_role() -> None:
    roles = roles_of(LISTED_TITLE_CV.replace(
        "- Promoted to Reservations Manager in 2007; in charge", "- In charge"))
    assert len(roles) == 2
    assert roles[1][0] == "Reservations Manager, Assistant Reservations Manager"


def test_a_title_and_its_scope_are_not_two_posts() -> None:
    text = LISTED_TITLE_CV.replace("**Reservations Manager, Assistant Reservations Manager**",
                                   "**Reservations Manager, Rooms Division**")
    roles = roles_of(text)
    assert len(roles) == 2
    assert roles[1][2:] == ("2003", "2012")


# --- posts joined by a word for "then" ---------------------------------------------------------

THEN_CV = """## Expérience professionnelle

**2014 – 2020**
**Chef de rayon, puis Directeur adjoint (2017)**
Carrefour-Lumière SA – Magasin de Namur

- Gestion de deux rayons
"""


def test_a_french_then_joins_two_posts_dated_in_the_line() -> None:
    roles = roles_of(THEN_CV)
    assert [(title, start, end) for title, _employer, start, end in roles] == [
        ("Chef de rayon", "2014", "2017"), ("Directeur adjoint", "2017", "2020")]


@pytest.mark.parametrize(("text", "parts"), [
    ("Analyst, then Manager", ["Analyst", "Manager"]),
    ("Analyst → Manager", ["Analyst", "Manager"]),
    ("Referent, dann Teamleiter", ["Referent", "Teamleiter"]),
    ("Chef de rayon, puis directeur", ["Chef de rayon, puis directeur"]),  # no capital after it
    ("Head of Then Street Depot", ["Head of Then Street Depot"])])
def test_then_words_split_only_before_a_capital(text: str, parts: list[str]) -> None:
    assert ARROW_RE.split(text) == parts


# --- _listed_steps ----------------------------------------------------------------------------


def test_listed_steps_reads_each_later_post_with_its_start() -> None:
    patterns = patterns_for(None)
    posts = _listed_steps("Process Engineer; Senior Process Engineer from Jul 2006; "
                          "Engineering Manager since 2008", patterns)
    assert [(post.title, post.start, post.first) for post in posts] == [
        ("Process Engineer", None, True),
        ("Senior Process Engineer", parse_point("Jul 2006"), False),
        ("Engineering Manager", parse_point("2008"), False)]


@pytest.mark.parametrize("title", [
    "Process Engineer",  # one post
    "Process Engineer; Senior Process Engineer",  # the later post has no start
    "Process Engineer; Validation and cleaning from Jul 2006",  # the later part is no title
    "Process Engineer; Senior Process Engineer from Jul 2006; Engineering Manager",
    "Quality; Senior Process Engineer from Jul 2006",  # the first part is no title
])
def test_listed_steps_reads_nothing_unless_every_part_is_a_dated_title(title: str) -> None:
    assert _listed_steps(title, patterns_for(None)) == []


# --- ResumeProfile._held_throughout ------------------------------------------------------------

HELD_CV = """## Experience

**Operations Manager**
Halden Freight Ltd, Leeds
Mar 2015 – present

- Ran the depot.

**Shift Supervisor**
Bolt Logistics Ltd, York
2010 – 2014

- Ran the night shift.
"""


def _month(year: int, month: int) -> int:
    return year * 12 + month - 1


def test_a_period_inside_a_current_role_is_held() -> None:
    profile = read_resume(HELD_CV, today=TODAY)
    assert profile._held_throughout(Period(_month(2019, 1), _month(2022, 12), "", "break"))


def test_a_period_reaching_before_the_first_role_is_not_held() -> None:
    profile = read_resume(HELD_CV, today=TODAY)
    assert not profile._held_throughout(Period(_month(2008, 6), _month(2011, 6), "", "break"))


def test_a_period_in_the_year_two_year_only_roles_share_is_not_held() -> None:
    # "2010 – 2014" surely ends only in January 2014: a break over 2014's months lies in its
    # widest reading but not mostly in its narrowest
    profile = read_resume(HELD_CV, today=TODAY)
    assert not profile._held_throughout(Period(_month(2014, 3), _month(2014, 12), "", "break"))


def test_an_untitled_role_holds_nothing() -> None:
    text = HELD_CV.replace("**Operations Manager**\n", "")
    profile = read_resume(text, today=TODAY)
    # the dated line read as a post without a title covers no break
    assert [role.title for role in profile.roles] == ["", "Shift Supervisor"]
    assert not profile._held_throughout(Period(_month(2019, 1), _month(2019, 6), "", "break"))


def test_a_volunteer_seat_beside_the_job_is_no_break_but_a_gap_still_is() -> None:
    text = HELD_CV.replace("2010 – 2014", "2010 – 2013") + (
        "\n## Volunteering\n\nTrustee, Leeds Food Bank (volunteer, 2017 – 2020)\n")
    profile = read_resume(text, today=TODAY)
    assert [period.kind for period in profile.breaks] == ["gap"]
    assert profile.breaks[0].to_dict()["start"].startswith("2014")


# --- posts stacked under a date line, each dated in brackets, over their employer -------------

STACKED_CV = """## Professional Experience

**2016 – 2019**
**General Manager**
Kerapu Bay Hotel, Penang, Malaysia

- Led a 220-key hotel

**2010 – 2016**
**Resident Manager (2013 – 2016)**
**Director of Rooms (2010 – 2013)**
Grand Tembusu Kuala Lumpur, Malaysia – independent city hotel, 510 keys

- As Resident Manager, ran daily operations

**2003 – 2010**
**Front Office Manager**
Teluk Indah Resort, Kuantan, Malaysia

- Ran reservations
"""


def test_posts_stacked_under_a_date_line_take_the_employer_below_them() -> None:
    assert roles_of(STACKED_CV) == [
        ("General Manager", "Kerapu Bay Hotel", "2016", "2019"),
        ("Director of Rooms", "Grand Tembusu Kuala Lumpur", "2010", "2013"),
        ("Resident Manager", "Grand Tembusu Kuala Lumpur", "2013", "2016"),
        ("Front Office Manager", "Teluk Indah Resort", "2003", "2010")]


def test_a_single_post_dated_in_brackets_under_a_date_line_is_one_role() -> None:
    text = STACKED_CV.replace("**Director of Rooms (2010 – 2013)**\n", "").replace(
        "(2013 – 2016)", "(2010 – 2016)")
    roles = roles_of(text)
    assert ("Resident Manager", "Grand Tembusu Kuala Lumpur", "2010", "2016") in roles
    assert len(roles) == 3


def test_a_dated_post_in_a_bullet_is_not_stacked_into_the_header() -> None:
    text = STACKED_CV.replace("- As Resident Manager, ran daily operations",
                              "- Chaired the Wellbeing Committee (2012 – 2014)")
    roles = roles_of(text)
    assert ("Resident Manager", "Grand Tembusu Kuala Lumpur", "2013", "2016") in roles
    assert not any("Committee" in role[0] for role in roles)


# --- a level after a bracket listing languages ------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Chinese (Cantonese, Mandarin) – Conversational",
     [("Chinese", "B1"), ("Cantonese", "B1"), ("Mandarin", "B1")]),
    ("English (C1), Chinese (Cantonese, Mandarin) – basic",
     [("English", "C1"), ("Chinese", "A2"), ("Cantonese", "A2"), ("Mandarin", "A2")]),
    # each language in the bracket with a level of its own keeps it
    ("Chinese (Cantonese native, Mandarin) – basic",
     [("Chinese", "A2"), ("Cantonese", "native"), ("Mandarin", "A2")]),
    # a bracket that names no language passes no level on
    ("Chinese (Cantonese, Mandarin)", [("Chinese", ""), ("Cantonese", ""), ("Mandarin", "")]),
    ("German (C1), French (B2)", [("German", "C1"), ("French", "B2")]),
])
def test_a_level_after_a_bracket_of_languages_is_each_one_s(
        text: str, expected: list[tuple[str, str]]) -> None:
    from poise.fit.ladders import languages_in

    assert languages_in(text, patterns_for(None)) == expected


# --- a blurb under the employer's dated line, then the title ----------------------------------

BLURB_CV = """## Professional Experience

### Straits Quay Logistics Pte Ltd (2017 – 2021)
*Container depot operator with three depots.*

**Logistics Manager**
- Ran two depots.

### Harbourline Bulk Terminal Pte Ltd (2012 – 2016)
*Multi-purpose terminal handling steel, project cargo and bulk fertiliser; 2.8 million tonnes a year.*

**Terminal Operations Superintendent**
- Supervised vessel and yard operations.
"""


def test_a_title_under_the_blurb_of_the_dated_employer_line_is_the_post() -> None:
    assert roles_of(BLURB_CV) == [
        ("Logistics Manager", "Straits Quay Logistics Pte Ltd", "2017", "2021"),
        ("Terminal Operations Superintendent", "Harbourline Bulk Terminal Pte Ltd", "2012", "2016")]


def test_a_blurb_with_no_title_under_it_gives_no_title() -> None:
    text = BLURB_CV.replace("**Terminal Operations Superintendent**\n", "")
    roles = roles_of(text)
    assert roles[1][1:] == ("Harbourline Bulk Terminal Pte Ltd", "2012", "2016")
    assert "terminal handling" not in roles[1][0]
