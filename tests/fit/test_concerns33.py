"""A cost ratio brought down from one share to another as a savings target
(fit/concerns/savings.py), a grid that rates language skills high, medium or low (the language
ladder), and the post's own terms kept out of the requirements (a contract type, a package).
Lines written for these tests."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.concerns.model import Context
from poise.fit.concerns.requirements import raises_concerns
from poise.fit.concerns.savings import deepest_cut, percent_target_draft, ratio_cut_percent
from poise.fit.job_reader import Requirement, read_job
from poise.fit.ladders import languages_in
from poise.fit.lexicon import patterns_for
from poise.fit.match import PARTIAL, STRONG, Match, Similarity
from poise.fit.resume_reader import read_resume

HEAD = ("# Tomas Lindqvist\nGothenburg, Sweden\n\n## Experience\n"
        "### Operations Director — Vestra Foods, Gothenburg, Sweden\nMay 2016 – present\n")
JOB = "# Head of Operations\n\n## Responsibilities\n- Run operations for the group.\n"


def _context(resume_lines: str, job: str = JOB) -> Context:
    resume = read_resume(HEAD + resume_lines, today=TODAY)
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    return Context(read_job(job), resume, empty, patterns_for(None))


def _line(text: str, *, section: str = "duties") -> Requirement:
    return Requirement(id="r1", text=text, kind="other", must=True, section=section,
                       kinds=("other",))


def _match(strength: str = PARTIAL) -> Match:
    return Match(requirement_id="r1", strength=strength, quote="", reason="", score=0.5)


RATIOS = patterns_for(None).evidence["cost_ratio_cut"]


def test_a_cost_ratio_brought_down_is_read_as_its_fall_against_where_it_starts() -> None:
    assert ratio_cut_percent("Bring warehousing cost down from 5% to 4% of revenue", RATIOS) == 20
    assert ratio_cut_percent("Improve the cost-to-income ratio from 64% to 56% by 2028",
                             RATIOS) == 12.5
    # a ratio that rises is no cut; a share of something other than cost is no saving
    assert ratio_cut_percent("Lift line efficiency from 58% to 66% by 2028", RATIOS) is None
    assert ratio_cut_percent("Bring staff turnover down from 30% to 20%", RATIOS) is None
    assert ratio_cut_percent("Reduce agency costs and bring vacancies down from 12% to 8%",
                             RATIOS) is None


def test_a_ratio_target_well_beyond_the_deepest_cut_on_record_is_a_savings_concern() -> None:
    context = _context("- Cut distribution costs per pallet by 6% over two years.\n")
    line = _line("Deliver the reduction of distribution cost from 4.5% to 3.6% of sales by 2028")
    draft = percent_target_draft(line, _match(), context, [])
    assert draft is not None and draft.kind == "savings_target" and draft.variant == "percent"
    assert (draft.values["saving_asked"], draft.values["saving_have"]) == ("20%", "6%")


def test_a_ratio_target_near_the_deepest_cut_on_record_raises_none() -> None:
    context = _context("- Cut distribution costs per pallet by 16% over two years.\n")
    line = _line("Deliver the reduction of distribution cost from 4.5% to 3.6% of sales by 2028")
    assert percent_target_draft(line, _match(), context, []) is None


def test_a_ratio_target_with_no_cut_in_per_cent_on_record_is_unshown_unless_the_map_shows_it() -> None:
    context = _context("- Closed four depots, saving SEK 30M a year in rent and staffing.\n")
    line = _line("Improve the cost-to-income ratio from 64% to 56% by the end of 2028")
    draft = percent_target_draft(line, _match(), context, [])
    assert draft is not None and draft.variant == "percent_unshown"
    assert draft.values["saving_asked"] == "12%"
    assert percent_target_draft(line, _match(STRONG), context, []) is None
    # a plain cut in per cent with nothing in per cent on record still leaves the map's verdict
    assert percent_target_draft(_line("Cut depot costs by 12% by 2028"), _match(), context,
                                []) is None


def test_a_ratio_brought_down_on_the_resume_is_a_cut_on_record() -> None:
    context = _context("- Took freight cost from 6% to 4.5% of net sales in three years.\n")
    record = deepest_cut(context)
    assert record is not None and record[0] == 25


def test_a_grid_rating_language_skills_high_medium_or_low_reads_as_levels() -> None:
    patterns = patterns_for()
    assert languages_in("| Urdu | Low | Low | Low |", patterns) == [("Urdu", "A2")]
    assert languages_in("| Urdu | Medium | Medium | Medium |", patterns) == [("Urdu", "B1")]
    assert languages_in("| English | High | High | High |", patterns) == [("English", "C1")]
    # a word of size or rank before another word is no level
    assert languages_in("English for high-level reporting", patterns) == [("English", "")]
    assert languages_in("Spanish with medium sized suppliers", patterns) == [("Spanish", "")]


def test_the_contract_offered_is_no_requirement_but_a_contract_to_manage_is() -> None:
    context = _context("- Led operations.\n")
    assert not raises_concerns(_line("Contract of employment, indefinite period"), context)
    assert not raises_concerns(_line("Permanent contract, full-time"), context)
    assert raises_concerns(_line("Experience negotiating fixed-term contracts with hauliers"),
                           context)


def test_a_package_section_asks_nothing_of_the_holder() -> None:
    job = read_job("# Site Director\n\n## Requirements\n- 10 years in food manufacturing.\n\n"
                   "## Package\n- Annual return flights home for the family.\n"
                   "- Schooling allowance for two children.\n")
    texts = [requirement.text for requirement in job.requirements]
    assert any("food manufacturing" in text for text in texts)
    assert not any("flights" in text or "Schooling" in text for text in texts)
