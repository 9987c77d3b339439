"""The board ladder's top rung: a post answering to a listed company's board, for a candidate
whose board work is all for unlisted companies, raises the board concern as "not listed"; any
listed company on the résumé answers it, and an employer not said to be listed raises nothing."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.lexicon import any_match, patterns_for
from poise.fit.result import assess

ROLES = """### Operations Director — Corrie Mills Ltd, Leeds, UK
Mar 2016 – present
- Lead a team of 45 across two depots.
- Present the annual operating plan to the Board of Directors of this family-owned company.
"""


def _board(about: str, roles: str = ROLES) -> list[tuple[str, str]]:
    job = (f"# Chief Operating Officer\n\n{about}\n\n## Responsibilities\n"
           "- Run the group's depots and present operating performance to the Board.\n"
           "## Requirements\n- Ten years in operations leadership.\n")
    resume = f"# Ailsa Ross\nLeeds, UK · ailsa@example.com\n\n## Experience\n{roles}\n"
    return [(concern.kind, concern.variant) for concern in
            assess(job, resume, embed=hash_embed, today=TODAY).concerns
            if concern.kind == "no_board_exposure"]


def test_listing_words_are_read_and_a_listed_building_is_not() -> None:
    cues = patterns_for().evidence["listed_employer"]
    assert any_match(cues, "Harlow Freight is a TSX-listed carrier with 40 depots.")
    assert any_match(cues, "The group has been listed on the Frankfurt Börse since 2009.")
    assert any_match(cues, "We are listed on the Stock Exchange of Kenya.")
    assert not any_match(cues, "Our head office is a Grade II-listed mill on the canal.")
    assert not any_match(cues, "All vacancies are listed on our careers page.")


def test_a_listed_employer_against_private_board_work_is_raised() -> None:
    found = _board("Harlow Freight is a TSX-listed carrier with 40 depots.")
    assert found == [("no_board_exposure", "not_listed")]


def test_a_listed_company_on_the_resume_answers_it() -> None:
    roles = ROLES + ("\n### Depot Manager — Fenwick plc, York, UK\nJan 2010 – Feb 2016\n"
                     "- Ran the York depot of this LSE-listed retailer.\n")
    assert _board("Harlow Freight is a TSX-listed carrier with 40 depots.", roles) == []


def test_an_employer_not_said_to_be_listed_raises_no_listed_board() -> None:
    found = _board("Harlow Freight is a family-owned carrier with 40 depots.")
    assert ("no_board_exposure", "not_listed") not in found


def test_a_public_limited_company_on_the_resume_answers_it() -> None:
    roles = ROLES + ("\n### Depot Manager — Fenwick Stores plc, York, UK\nJan 2010 – Feb 2016\n"
                     "- Ran the York depot.\n")
    assert _board("Harlow Freight is a TSX-listed carrier with 40 depots.", roles) == []
