"""Millions and billions written in other languages and less common currencies read as money;
a relocation or a leave worked on in a job explains no gap between jobs; work with elected
members answers board exposure for a post that does not answer to the board. Lines written for
these tests."""

from __future__ import annotations

import numpy as np
import pytest
from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns.model import Context
from poise.fit.concerns.requirements import elected_body_at_work
from poise.fit.concerns.time_out import cue_is_work
from poise.fit.job_reader import read_job
from poise.fit.lexicon import any_match, patterns_for
from poise.fit.match import Similarity
from poise.fit.quantities import amounts_in
from poise.fit.result import assess
from poise.fit.resume_reader import read_resume

# --- money in other languages' scale words and other currencies ---------------------------------


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("cut running costs by € 12 miljoen before 2027", 12e6, "EUR"),
    ("a group turnover of € 2,4 miljard", 2.4e9, "EUR"),
    ("a budget of 40 Millionen EUR", 40e6, "EUR"),
    ("ahorros de 15 millones EUR", 15e6, "EUR"),
    ("a 3 mld PLN programme", 3e9, "PLN"),
    ("TND 25 million of savings", 25e6, "TND"),
    ("MAD 140 million in cost reductions", 140e6, "MAD"),
])
def test_scale_words_and_currencies_of_other_languages_are_read_as_money(
        text: str, value: float, currency: str) -> None:
    found = amounts_in(text)
    assert found and found[0][0] == pytest.approx(value) and found[0][1] == currency


@pytest.mark.parametrize("text", [
    "Mentored 3 m high jumpers",  # a measure, not money
    "MAD about process discipline",  # capitals that are no currency before a number
    "Ran 4 mld depots",  # no currency on either side
])
def test_a_scale_word_without_a_currency_is_no_money(text: str) -> None:
    assert amounts_in(text) == []


def test_a_savings_target_in_dutch_millions_is_weighed_against_the_record() -> None:
    job = ("# Finance Director\n\n## Responsibilities\n"
           "- Deliver structural savings of € 30 miljoen by 2029\n")
    resume = ("# Joost Bakker\nUtrecht, Netherlands\n\n## Experience\n"
              "### Finance Manager — Polder Care, Utrecht, Netherlands\nMarch 2016 – present\n"
              "- Delivered € 5 million of structural savings over three years\n")
    found = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    assert "savings_target" in [concern.kind for concern in found]


def test_a_dutch_target_the_record_already_matches_raises_no_savings_concern() -> None:
    job = ("# Finance Director\n\n## Responsibilities\n"
           "- Deliver structural savings of € 6 miljoen by 2029\n")
    resume = ("# Joost Bakker\nUtrecht, Netherlands\n\n## Experience\n"
              "### Finance Manager — Polder Care, Utrecht, Netherlands\nMarch 2016 – present\n"
              "- Delivered € 5 million of structural savings over three years\n")
    found = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    assert "savings_target" not in [concern.kind for concern in found]


# --- a cue of time out that names work done --------------------------------------------------


def _cue(text: str) -> bool:
    patterns = patterns_for(None)
    cue = any_match(patterns.evidence["gap_explained"], text)
    assert cue is not None, text
    return cue_is_work(text, cue, patterns.evidence["time_out_owner"])


@pytest.mark.parametrize("text", [
    "Business cases for a new theatre block and clinic relocation",
    "Led the relocation of the records centre to Dundee",
    "Relocated the pharmacy store to a new site within budget",
    "Ran the depot relocation programme",
    "Drafted the parental leave policy for 2,000 staff",
])
def test_a_relocation_or_a_leave_worked_on_is_work_not_time_out(text: str) -> None:
    assert _cue(text)


@pytest.mark.parametrize("text", [
    "Relocated to Aberdeen with my family in 2019",
    "Family relocation to Singapore",
    "International relocation with my wife's posting",
    "Took a career break in 2018 to care for a parent",
    "Returned from parental leave in 2022",
    "Sabbatical: travelled through South America",
])
def test_the_candidates_own_time_out_is_time_out(text: str) -> None:
    assert not _cue(text)


GAPPED = """### Head of Theatres — Lochside Hospital, Perth, UK
Mar 2021 – present
- Lead a team of 45 across two theatre suites.

### Theatre Manager — Glen Clinic, Stirling, UK
Jan 2015 – Jul 2020
- Ran six theatres.
"""


def _gap_kinds(line: str) -> list[str]:
    job = "# Head of Theatres\n\n## Responsibilities\n- Lead the theatre team.\n"
    resume = ("# Ailsa Ross\nPerth, UK · ailsa@example.com\n\n## Experience\n"
              + GAPPED.replace("- Ran six theatres.\n", f"- Ran six theatres.\n- {line}\n"))
    return [concern.kind for concern in assess(job, resume, embed=hash_embed,
                                               today=TODAY).concerns]


def test_a_ward_relocation_worked_on_leaves_the_gap_unexplained() -> None:
    assert "employment_gap" in _gap_kinds("Business case for the day clinic relocation")


def test_a_move_of_the_candidates_own_still_explains_the_gap() -> None:
    assert "employment_gap" not in _gap_kinds("Relocated to Perth with my family in 2020")


# --- elected members as a public body's board --------------------------------------------------

HEAD = ("# Rewi Tane\nHamilton, New Zealand\n\n## Experience\n"
        "### Group Manager Infrastructure — Kauri Regional Council, Hamilton\nMay 2017 – present\n")


def _context(resume_lines: str, job: str) -> Context:
    resume = read_resume(HEAD + resume_lines, today=TODAY)
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    return Context(read_job(job), resume, empty, patterns_for(None))


UNDER_CEO = ("# General Manager Assets\nReports to: Chief Executive\n\n## Responsibilities\n"
             "- Explain the asset plan to our Board and our regulator.\n")
UNDER_BOARD = ("# Chief Executive\nReports to: Board of Directors\n\n## Responsibilities\n"
               "- Explain the asset plan to our Board and our regulator.\n")
ELECTED = "- Present quarterly to the infrastructure committee of elected members.\n"


def test_elected_members_answer_board_exposure_for_a_post_under_a_chief_executive() -> None:
    assert elected_body_at_work(_context(ELECTED, UNDER_CEO))


def test_elected_members_do_not_answer_a_post_that_reports_to_the_board() -> None:
    assert not elected_body_at_work(_context(ELECTED, UNDER_BOARD))


def test_no_elected_body_on_the_record_answers_nothing() -> None:
    context = _context("- Present quarterly to the executive leadership team.\n", UNDER_CEO)
    assert not elected_body_at_work(context)


# --- hotel property management systems as one kind of tool --------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    ("Front office on Oracle OPERA Cloud and HotSOS", ["OPERA"]),
    ("Moved the group from protel to Cloudbeds", ["protel", "Cloudbeds"]),
    ("Oracle Fusion for finance and Oracle OPERA at the front desk", ["Oracle", "OPERA"]),
])
def test_hotel_systems_are_read_as_their_own_products(text: str, names: list[str]) -> None:
    assert [tool.name for tool in patterns_for(None).tools_in(text)] == names


def test_an_opera_house_is_no_hotel_system() -> None:
    assert patterns_for(None).tools_in("Hosted donors at the Royal Opera House") == []


def _hotel_kinds(shown: str) -> list[str]:
    job = ("# Director of Rooms\n\n## Requirements\n"
           "- Essential: strong working knowledge of Agilysys LMS.\n")
    resume = ("# Ana Reyes\nLas Vegas, NV\n\n## Experience\n"
              "### Front Office Director — Mesa Grand Resort, Las Vegas, NV\nMay 2016 – present\n"
              f"- Ran 1,200 rooms on {shown}.\n")
    return [concern.kind for concern in assess(job, resume, embed=hash_embed,
                                               today=TODAY).concerns]


def test_a_rival_hotel_system_shown_is_a_tool_mismatch() -> None:
    assert "tool_mismatch" in _hotel_kinds("Oracle OPERA Cloud")


def test_the_hotel_system_asked_shown_is_no_tool_mismatch() -> None:
    assert "tool_mismatch" not in _hotel_kinds("Agilysys LMS")
