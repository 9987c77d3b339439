"""Levels a strong verdict must not skip: the kind of years stated, a person's certificate for an
organisation's certification, a licence of another place, a degree's field and knowledge last
shown long ago. Each rule is checked with a near-miss that must keep the verdict strong."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.credential_state import place_shortfall, system_shortfall
from poise.fit.degree_field import asked_fields, field_shortfall
from poise.fit.extract import read_job
from poise.fit.ladders import rungs_in
from poise.fit.lexicon import patterns_for
from poise.fit.match import PARTIAL, STRONG, Match, Verdict
from poise.fit.resume_reader import read_resume
from poise.fit.shortfall import cap
from poise.fit.stale_items import stale_shortfall
from poise.fit.years import first_span, stated_spans

HEADER = """# Robin Aldane
Leeds, UK

"""


def _requirement(text: str):
    job = "# Operations Director\n\n## Requirements\n" + f"- {text}\n"
    return read_job(job).requirements[0]


def _capped(text: str, resume: str, quote: str, verdicts: tuple[Verdict, ...] = ()) -> Match:
    requirement = _requirement(text)
    strong = Match(requirement.id, STRONG, quote, "Shown.", 0.9, verdicts=verdicts)
    (capped,) = cap((requirement,), (strong,), read_resume(resume, today=TODAY), patterns_for())
    return capped


# --- the kind of years stated ---------------------------------------------------------------

YEARS = HEADER + """## Summary
Operations lead with 14 years in networking and nearly {kind} in cyber defence.

## Experience
Head of Cyber Defence, Norland Bank, Leeds, 2012 – present
- Lead a team of 30 analysts across two sites.
"""
YEARS_ASKED = ("At least 10 years of experience in cyber defence, including at least 5 years "
               "managing teams")


def test_a_span_ends_where_the_next_span_begins() -> None:
    spans = stated_spans("Lead with 14 years in networking and nearly 8 in cyber defence.",
                         first=True)
    assert spans == [(14.0, "in networking"), (8.0, "in cyber defence")]


def test_the_first_span_of_a_requirement_and_its_words() -> None:
    assert first_span(YEARS_ASKED) == (10.0, "of experience in cyber defence")


def test_years_of_another_kind_do_not_meet_the_kind_asked() -> None:
    resume = YEARS.format(kind="8")
    capped = _capped(YEARS_ASKED, resume, "Operations lead with 14 years in networking")
    assert capped.strength == PARTIAL
    assert "8 years in cyber defence shown; 10 asked" in capped.missing


def test_enough_years_of_the_kind_asked_keep_the_verdict() -> None:
    resume = YEARS.format(kind="11")
    assert _capped(YEARS_ASKED, resume, "Operations lead").strength == STRONG


def test_a_grading_word_of_the_span_asked_ties_no_stated_span_to_it() -> None:
    # "progressively responsible" grades the years; the stated span of another kind shares it
    resume = HEADER + ("## Summary\nEngineer with 6 years of progressively responsible work in "
                       "retail.\n\n## Experience\nDirector, Ashby Roads, Leeds, 2010 – present\n"
                       "- Delivered 40 highway schemes.\n")
    text = "10 years of progressively responsible experience in highway construction"
    capped = _capped(text, resume, "Delivered 40 highway schemes.")
    assert capped.strength == STRONG, capped.missing


# --- a person's certificate for an organisation's certification --------------------------------

SYSTEM = "Keep our ISO 9001-certified quality system and lead the recertification audits"


def test_a_personal_certificate_does_not_stand_for_a_certified_system() -> None:
    found = system_shortfall(SYSTEM, ["ISO 9001 Internal Auditor (three-day course), 2019",
                                      "Ran the ISO 9001 gap review for the plant"], patterns_for())
    assert found == "ISO 9001 Internal Auditor shown (a personal certificate); a certified system asked"


def test_a_line_showing_the_organisation_certified_keeps_the_verdict() -> None:
    lines = ["ISO 9001 Internal Auditor (three-day course), 2019",
             "Took the plant through ISO 9001 certification in 2021"]
    assert system_shortfall(SYSTEM, lines, patterns_for()) == ""


def test_a_personal_certificate_asked_is_left_to_its_ladder() -> None:
    text = "ISO 27001 Lead Auditor certification"
    assert system_shortfall(text, ["ISO 27001 Internal Auditor, 2020"], patterns_for()) == ""


def test_another_standard_certified_does_not_show_the_one_asked() -> None:
    lines = ["ISO 9001 Internal Auditor, 2019", "Site certified to ISO 14001 in 2020"]
    assert system_shortfall(SYSTEM, lines, patterns_for()).startswith("ISO 9001 Internal Auditor")


# --- a licence of another place ---------------------------------------------------------------

LICENCE = "Current licence as a Professional Engineer in Texas"


def _licence_match(quote: str) -> Match:
    return Match("r1", STRONG, quote, "Shown.", 0.9)


def test_a_licence_of_another_state_is_shown_short() -> None:
    found = place_shortfall(LICENCE, _licence_match("Professional Engineer, State of Oregon"),
                            patterns_for())
    assert found == "Oregon shown; Texas asked"


def test_a_licence_naming_the_state_asked_keeps_the_verdict() -> None:
    match = _licence_match("Professional Engineer, Texas and Oregon (since 2009)")
    assert place_shortfall(LICENCE, match, patterns_for()) == ""


def test_a_country_asked_against_a_state_nobody_can_place_is_left_alone() -> None:
    match = _licence_match("Professional Engineer, State of New York (active)")
    text = "Professional Engineer with an active United States licence"
    assert place_shortfall(text, match, patterns_for()) == ""


def test_a_requirement_asking_no_credential_is_not_read_for_places() -> None:
    match = _licence_match("Ran road maintenance in Oregon")
    assert place_shortfall("Experience of road maintenance in Texas", match, patterns_for()) == ""


# --- a degree's field ------------------------------------------------------------------------

DEGREE = "Master's degree in chemistry or pharmaceutical sciences"


def test_the_fields_a_degree_is_asked_in() -> None:
    assert asked_fields(DEGREE, patterns_for()) == [frozenset({"chemistry"}),
                                                    frozenset({"pharmaceutical", "scienc"})]


def test_a_degree_of_the_level_in_another_field_is_shown_short() -> None:
    lines = ["MBA, Lakeside Business School, 2015", "BSc Chemistry, University of Leeds, 2004"]
    found = field_shortfall(DEGREE, lines, patterns_for())
    assert found.startswith("MBA shown; a master's degree in chemistry")


def test_a_degree_of_the_level_in_a_field_asked_keeps_the_verdict() -> None:
    lines = ["MBA, Lakeside Business School, 2015", "MSc Analytical Chemistry, Leeds, 2006"]
    assert field_shortfall(DEGREE, lines, patterns_for()) == ""


def test_a_short_degree_name_reads_its_subject_on_the_next_line() -> None:
    lines = ["Master of Science", "Pharmaceutical Sciences, University of Leeds, 2006"]
    assert field_shortfall(DEGREE, lines, patterns_for()) == ""


def test_a_field_named_loosely_asks_no_field() -> None:
    text = "Master's degree in a relevant scientific discipline"
    assert field_shortfall(text, ["MBA, Lakeside Business School, 2015"], patterns_for()) == ""


def test_a_magister_is_a_masters_and_a_magistrate_is_not() -> None:
    patterns = patterns_for()
    assert [rung.name for rung in rungs_in("Magister Artium, University of Vienna", patterns)] == [
        "Master's degree"]
    assert rungs_in("Sat as a magistrate for six years", patterns) == []


# --- knowledge last shown long ago -----------------------------------------------------------

STALE = HEADER + """## Experience
Finance Director, Harbour Care, Leeds, 2015 – present
- Closed the books monthly under local rules.

Audit Manager, Whitby & Co, Leeds, 2002 – 2009
- Audited listed clients reporting under IFRS.
"""


def test_knowledge_shown_only_in_a_role_ended_long_ago_is_shown_short() -> None:
    resume = read_resume(STALE, today=TODAY)
    assert stale_shortfall("Proven knowledge of IFRS", resume) == "IFRS last shown in 2009"


def test_a_skills_line_naming_it_keeps_the_verdict() -> None:
    resume = read_resume(STALE + "\n## Skills\n- IFRS, consolidation, treasury\n", today=TODAY)
    assert stale_shortfall("Proven knowledge of IFRS", resume) == ""


def test_a_recent_role_naming_it_keeps_the_verdict() -> None:
    text = STALE.replace("- Closed the books monthly under local rules.",
                         "- Moved the group's reporting onto IFRS.")
    assert stale_shortfall("Proven knowledge of IFRS", read_resume(text, today=TODAY)) == ""


def test_a_credential_held_long_ago_does_not_go_stale() -> None:
    text = STALE.replace("- Audited listed clients reporting under IFRS.",
                         "- Chartered through the ICE training scheme in 2008.")
    check = Verdict("certification", STRONG, "Shown.", quote="Chartered through the ICE")
    capped = _capped("Chartered status with the ICE", text, "Chartered through the ICE training "
                     "scheme in 2008.", (check,))
    assert capped.strength == STRONG, capped.missing


def test_knowledge_last_shown_long_ago_is_capped_in_the_verdict() -> None:
    capped = _capped("Proven knowledge of IFRS", STALE, "Audited listed clients reporting under "
                     "IFRS.")
    assert capped.strength == PARTIAL
    assert "IFRS last shown in 2009" in capped.missing


def test_one_named_thing_still_current_keeps_a_requirement_naming_several() -> None:
    text = STALE.replace("- Closed the books monthly under local rules.",
                         "- Closed the books monthly under HGB.")
    resume = read_resume(text, today=TODAY)
    assert stale_shortfall("Proven knowledge of HGB and IFRS", resume) == ""
    assert stale_shortfall("Proven knowledge of IFRS", resume) == "IFRS last shown in 2009"


def test_a_line_running_the_system_to_the_standard_keeps_the_verdict() -> None:
    lines = ["ISO 9001 Lead Auditor (certified course), 2018",
             "Responsible for the ISO 9001 quality management system across two sites"]
    assert system_shortfall(SYSTEM, lines, patterns_for()) == ""


def test_a_sentence_saying_certification_was_never_sought_is_not_the_standards_item() -> None:
    lines = ["ISO 9001 Internal Auditor, 2019",
             "Led the ISO 9001 gap review in 2021. The plant has not sought certification."]
    assert system_shortfall(SYSTEM, lines, patterns_for()).startswith("ISO 9001 Internal Auditor")
