"""What an advert says of its own sector: an employer described by name ("UMC Domstad is one of
the … medical centres") or by what "we" do ("we combine patient care with research") is in that
sector, and a sector word qualifying a piece of work ("client for construction or real-estate
projects") asks for that work, not for a career in the sector."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns.sector import sector_only_as_project, self_described
from poise.fit.lexicon import patterns_for
from poise.fit.result import assess


def test_an_employer_named_as_one_of_a_kind_or_by_what_we_do_describes_itself() -> None:
    patterns = patterns_for()
    assert self_described("Rivierland is one of the largest medical centres in the region. We "
                          "also run two clinics.", {"healthcare", "construction"},
                          patterns) == {"healthcare"}
    assert self_described("With 9,000 staff, we provide patient care across the county.",
                          {"healthcare"}, patterns) == {"healthcare"}


def test_whom_we_serve_or_a_client_named_is_no_self_description() -> None:
    patterns = patterns_for()
    assert self_described("We serve hospitals across Europe with our software.",
                          {"healthcare"}, patterns) == set()
    assert self_described("Our clients include a hospital group.", {"healthcare"}, patterns) == set()


def test_a_sector_word_qualifying_a_piece_of_work_names_the_work() -> None:
    patterns = patterns_for()
    assert sector_only_as_project("Experience as client for construction or real-estate projects "
                                  "of EUR 50 million or more.", "construction", patterns)
    assert sector_only_as_project("Lead construction projects worth EUR 40m", "construction",
                                  patterns)


def test_a_career_in_the_sector_stays_a_sector() -> None:
    patterns = patterns_for()
    assert not sector_only_as_project("Ten years in construction", "construction", patterns)
    assert not sector_only_as_project("Experience in the construction industry on major projects",
                                      "construction", patterns)


def test_a_hospital_asking_for_construction_projects_raises_no_switch_into_construction() -> None:
    job = ("# Director of Operations\n\nLocation: Utrecht, the Netherlands\n\n"
           "Rivierland is one of the Dutch university medical centres. We provide patient care, "
           "research and teaching.\n\n## Requirements\n"
           "- Experience as client for construction or real-estate projects of EUR 50 million or "
           "more.\n- Solid experience in hospital operations.\n")
    resume = ("# Pieter Claes\nGent, Belgium · pieter@example.com\n\n## Experience\n"
              "### Operations Manager — AZ Schelde, Gent\nSep 2015 – now\n"
              "- Run operations of a general hospital of 2,400 staff.\n"
              "- Cut theatre cancellations from 9% to 4%.\n")
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    assert not any("construction" in concern.title.lower() and concern.kind == "industry_switch"
                   for concern in concerns)
