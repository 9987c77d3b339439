"""Concerns judged against the record as read: a savings target only for a cut of money beyond the
record (per year when both lines give their years; a cost-out programme sized in money is a saving
on record), a domestic record for a regulated post abroad the résumé reaches only from home, a
language level stated at a later mention, and change management with no kind of it shown still
a missing must-have."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns.model import Context
from poise.fit.concerns.requirements import from_requirement, stated_level
from poise.fit.concerns.savings import depth_ratio, programme_savings, years_stated
from poise.fit.lexicon import patterns_for
from poise.fit.match import NONE, Match, Similarity, Verdict
from poise.fit.result import assess


def test_a_cost_out_programme_sized_in_money_is_a_saving_on_record() -> None:
    assert programme_savings("Ran a €18m two-year cost-reduction programme across 9 depots.") == [
        (18_000_000.0, "EUR")]
    assert programme_savings("Led the $7.5M savings plan for the clinics.") == [(7_500_000.0, "USD")]
    assert programme_savings("Managed a £120m capital programme for the new hospital wing.") == []
    assert programme_savings("Oversaw a £3m IT programme budget.") == []


def test_cuts_compare_per_year_when_both_lines_give_their_years() -> None:
    assert years_stated("bring unit cost down 12% over four years") == 4
    assert years_stated("a 3-year productivity plan") == 3
    assert years_stated("cut cost per claim by 12%") is None
    # 12% over four years is the pace of 6% over two: no step up
    assert depth_ratio(12, "down 12% over four years", 6, "6% in two years") < 1.5
    # without the years on both sides, the shares are compared as stated
    assert depth_ratio(12, "down 12% over four years", 6, "cut costs by 6%") == 2.0


def kinds_raised(job: str, resume: str) -> set[str]:
    """The kinds of the concerns a job and a résumé raise."""
    return {concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns}


def test_a_cut_of_emissions_is_no_savings_target() -> None:
    job = ("# Depot Director\nLocation: Leeds, UK\n\n## Responsibilities\n"
           "- You lead our fleet programme to reduce diesel emissions by 40% by 2031.\n")
    resume = ("# Kim Patel\nLeeds, UK\n\n## Experience\n### Depot Manager — Norland Freight, Leeds, UK\n"
              "Jan 2016 – present\n- Cut fuel cost per mile by 7% with route planning.\n")
    assert "savings_target" not in kinds_raised(job, resume)


def test_a_savings_target_within_the_record_as_read_is_no_concern() -> None:
    job = ("# Finance Director\nLocation: Leeds, UK\n\n## Responsibilities\n"
           "- Deliver a £12m cost reduction programme over three years.\n")
    resume = ("# Jo Brandt\nLeeds, UK\n\n## Experience\n### Head of Finance — Pellow Brands, Leeds, UK\n"
              "Jan 2016 – present\n- Designed and delivered a £20m three-year cost-out programme "
              "across 6 plants, ahead of plan by £2m.\n")
    assert "savings_target" not in kinds_raised(job, resume)


REGULATED_JOB = ("# Head of Retail Banking Operations\nLocation: Auckland, New Zealand\n\n"
                 "Harbourline Bank is a registered bank serving 400,000 retail banking customers.\n\n"
                 "## Responsibilities\n- Lead retail banking operations for the bank's branches.\n"
                 "- Ensure compliance with Reserve Bank regulations and the banking conduct rules.\n")


def test_a_regulated_post_abroad_reached_only_from_home_is_a_domestic_record() -> None:
    resume = ("# Lee Tan\nSydney, Australia\n\n## Experience\n"
              "### Head of Operations — Coral Bank, Sydney, Australia\nJan 2015 – present\n"
              "- Ran retail banking operations for 120 branches.\n"
              "- Served business clients in New Zealand from the Sydney hub.\n")
    concerns = assess(REGULATED_JOB, resume, embed=hash_embed, today=TODAY).concerns
    found = [concern for concern in concerns if concern.kind == "domestic_only"]
    assert found and "New Zealand" in found[0].title
    assert "Australia" in found[0].why and "Reserve Bank regulations" in found[0].why
    assert "first 60 days" in found[0].draft


def test_a_career_that_never_names_the_posts_country_is_no_domestic_record() -> None:
    resume = ("# Lee Tan\nSydney, Australia\n\n## Experience\n"
              "### Head of Operations — Coral Bank, Sydney, Australia\nJan 2015 – present\n"
              "- Ran retail banking operations for 120 branches.\n")
    assert "domestic_only" not in kinds_raised(REGULATED_JOB, resume)


def test_a_level_stated_at_a_later_mention_counts() -> None:
    patterns = patterns_for()
    assert stated_level("Danish", "You speak Danish, or will reach professional Danish (B2) "
                        "within a year", patterns) == "B2"
    assert stated_level("Danish", "Danish at C1 level", patterns) == "C1"
    assert stated_level("Danish", "Danish is an asset", patterns) == ""


def test_unshown_change_management_is_a_missing_must_have() -> None:
    job = ("# Regional Director\nLocation: Leeds, UK\n\n## Essential criteria\n"
           "- Demonstrated success leading major change or service redesign in a complex network\n")
    resume = ("# Ana Ruiz\nLeeds, UK\n\n## Experience\n### Area Manager — Harbour Foods, Leeds, UK\n"
              "Mar 2015 – present\n- Redesigned the service network of 14 depots, moving 300 staff "
              "to new shift patterns.\n")
    fit = assess(job, resume, embed=hash_embed, today=TODAY)
    requirement = next(item for item in fit.job.requirements if "major change" in item.text)
    context = Context(fit.job, fit.resume, Similarity((), np.zeros((0, 0)), np.zeros((0, 0)), {}),
                      patterns_for())
    unshown = Verdict(kind="change_management", strength=NONE, reason="")

    def drafts(strength: str) -> list[str]:
        match = Match(requirement_id=requirement.id, strength=strength, quote="", reason="",
                      score=0.5, verdicts=(unshown,))
        return [draft.kind for draft in from_requirement(requirement, match, context)]

    assert "missing_must_have" in drafts(NONE)  # nothing shown: still a missing must-have
