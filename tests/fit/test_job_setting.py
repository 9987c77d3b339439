"""Sentences of an advert that tell of the employer, the post's standing or the hiring itself,
told apart by their parse from the duties and asks they sit among. Each keeps its look-alike
that does ask something."""

from __future__ import annotations

from poise.fit.job_reader import read_job
from poise.fit.job_setting import ANNOUNCEMENT, EMPLOYER_FACT, STANDING, setting_of
from poise.fit.lexicon import patterns_for


def _setting(text: str) -> str:
    patterns = patterns_for(None)
    return setting_of(text, patterns.content.cues.not_asking, patterns.level_of)


def test_a_statement_about_the_employer_and_its_figures_is_its_setting() -> None:
    assert _setting("The harbour board runs four terminals and turned over £210m last year.") == EMPLOYER_FACT
    assert _setting("Our engineering group has 320 people and a capital plan of £45m.") == EMPLOYER_FACT
    assert _setting("Cargo volumes have doubled since 2019 and the new berth opens in 2027.") == EMPLOYER_FACT
    assert _setting("Brackenford Rail Services carries 40,000 passengers a day.") == EMPLOYER_FACT
    # an abbreviation's stop does not cut a statement in two
    assert _setting("The capital budget is around EUR 60m (approx. USD 65m).") == EMPLOYER_FACT


def test_the_same_figures_asked_of_the_candidate_are_no_setting() -> None:
    assert _setting("You will manage a capital plan of £45m across four terminals.") == ""
    assert _setting("The Harbour Director will lead 320 people and a £45m plan.") == ""
    assert _setting("Run four terminals with a combined budget of £210m.") == ""
    assert _setting("Oversees four terminals and a budget of £210m.") == ""
    assert _setting("The successful applicant will have run a port of similar size.") == ""
    assert _setting("We are seeking a leader who has run a port of similar size.") == ""
    assert _setting("Candidates should have led an organisation of 300 people.") == ""
    assert _setting("The team you inherit has 40 engineers.") == ""
    assert _setting("A chartered engineering qualification is essential.") == ""
    # a list item opening on its noun is no statement of the employer
    assert _setting("Knowledge of port regulation applied to terminal operations") == ""


def test_the_post_as_a_rank_beside_its_line_of_report_is_its_standing() -> None:
    assert _setting("The Harbour Director is the board's senior officer and reports to the chair.") == (
        STANDING)
    assert _setting("The post is one of six seats on the executive committee.") == STANDING
    # what the holder does beside the rank is a duty
    assert _setting("The Harbour Director is the board's senior officer and runs the terminals.") == ""
    assert _setting("The Harbour Director is responsible for the safety of every berth.") == ""
    assert _setting("The post holder must be a member of a chartered institute.") == ""


def test_the_employer_announcing_the_hiring_is_no_ask() -> None:
    assert _setting("The Harbour Board invites applications from experienced port leaders.") == ANNOUNCEMENT
    assert _setting("Local residents are warmly encouraged to apply.") == ANNOUNCEMENT
    assert _setting("The trustees have opened a selection procedure for the post of Harbour Director.") == (
        ANNOUNCEMENT)
    assert _setting("You are encouraged to hold a recognised safety qualification.") == ""


def test_the_job_reader_drops_the_setting_and_keeps_the_duties() -> None:
    advert = """# Harbour Director

## The role
The harbour board runs four terminals and turned over £210m last year.
The Harbour Director is the board's senior officer and reports to the chair.
You will lead 320 people and manage a capital plan of £45m.

## What you need
- Ten years of port operations leadership
- Our ideal candidate has run a terminal of 200 staff or more.
"""
    texts = [requirement.text for requirement in read_job(advert).requirements]
    assert "You will lead 320 people and manage a capital plan of £45m." in texts
    assert "Ten years of port operations leadership" in texts
    assert any("ideal candidate" in text for text in texts)
    assert not any("turned over" in text or "senior officer" in text for text in texts)


def test_a_list_item_opening_on_a_noun_is_no_statement_about_the_employer() -> None:
    patterns = patterns_for(None)
    words = patterns.content.cues.not_asking
    item = "Safety first: drive the zero-harm programme across every depot"
    assert setting_of(item, words, patterns.level_of, prose=False) == ""
    # an announcement is one in a list too
    assert setting_of("Local residents are warmly encouraged to apply.", words, patterns.level_of,
                      prose=False) == ANNOUNCEMENT


def test_a_post_named_by_its_initials_or_its_line_of_report_is_the_post() -> None:
    assert _setting("The CISO reports to the board and leads a team of 30 analysts.") == ""
    assert _setting("Our lead engineer reports to the plant manager and runs the night shift.") == ""
    # a duty given as an order before a colon stays a duty
    assert _setting("Coach our supervisors: most of our twelve shift leads are new in post") == ""
