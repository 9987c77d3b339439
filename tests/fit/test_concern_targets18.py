"""A cost cut in per cent against the deepest cut on the record (fit/concerns/savings.py), an
outsourced service several times the size of any run (outsourcing.py), and board committees and
advisory boards as exposure to a board (requirements.board_at_work, board.board_seat_asked).
Lines written for these tests."""

from __future__ import annotations

import re

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.concerns.board import board_seat_asked, post_reports_to_board
from poise.fit.concerns.model import Context
from poise.fit.concerns.outsourcing import counted, outsourcing_scale_draft
from poise.fit.concerns.requirements import board_at_work, exposure_only, share_of_budget
from poise.fit.concerns.savings import (
    cut_on_record,
    cut_percent,
    deepest_cut,
    percent_target_draft,
)
from poise.fit.job_reader import Requirement, read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import STRONG, Match, Similarity
from poise.fit.resume_reader import read_resume

HEAD = ("# Ines Moreau\nNantes, France\n\n## Experience\n"
        "### Service Delivery Lead — Arlon Mutual, Nantes, France\nMarch 2017 – present\n")
JOB = "# Head of Service Operations\n\n## Responsibilities\n- Run service operations for the group.\n"


def _context(resume_lines: str, job: str = JOB) -> Context:
    resume = read_resume(HEAD + resume_lines, today=TODAY)
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    return Context(read_job(job), resume, empty, patterns_for(None))


def _line(text: str, *, kinds: tuple[str, ...] = ("savings",),
          numbers: dict[str, float] | None = None,
          section: str = "duties") -> Requirement:
    return Requirement(id="r1", text=text, kind=kinds[0], must=True, section=section, kinds=kinds,
                       numbers=numbers or {})


def _match() -> Match:
    return Match(requirement_id="r1", strength=STRONG, quote="", reason="", score=1.0)


def test_a_cut_of_a_cost_is_read_in_either_order_and_an_improvement_is_not() -> None:
    cuts = patterns_for(None).evidence["cost_cut"]
    assert cut_percent("Bring down handling costs per parcel by 18 % by 2029", cuts) == 18
    assert cut_percent("Delivered a 6% reduction in average repair spend", cuts) == 6
    assert cut_percent("Lowered overheads across the depots by 9 per cent", cuts) == 9
    assert cut_percent("Achieved a 14% fleet cost reduction in 2022", cuts) == 14
    assert cut_percent("Reduced fuel spend per route 11% with telematics", cuts) == 11
    assert cut_percent("Raised first-contact resolution by 25%", cuts) is None
    assert cut_percent("Cut onboarding time by 40%", cuts) is None


def test_a_target_well_beyond_the_deepest_cut_is_a_savings_concern_in_per_cent() -> None:
    # 7% over the same span as the target's three years: 15% is about twice the pace
    context = _context("- Cut contact-centre operating costs by 7% in three years through self-service.\n"
                       "- Raised digital adoption by 45%.\n")
    record = deepest_cut(context)
    assert record is not None and record[0] == 7  # the 45% rise is no cost cut
    line = _line("Deliver a 15% reduction in cost per policy serviced over three years")
    draft = percent_target_draft(line, _match(), context, [])
    assert draft is not None and draft.kind == "savings_target" and draft.variant == "percent"
    assert (draft.values["saving_asked"], draft.values["saving_have"]) == ("15%", "7%")
    assert draft.resume_line is not None and "7%" in draft.resume_line.text


def test_a_target_near_the_record_or_with_no_record_in_per_cent_raises_none() -> None:
    near = _context("- Reduced claims handling expenses by 11% year on year.\n")
    assert percent_target_draft(_line("Cut claims handling costs by 14% by 2028"), _match(), near,
                                []) is None
    none_shown = _context("- Saved £2.4m a year by consolidating two service desks.\n")
    assert percent_target_draft(_line("Cut claims handling costs by 14% by 2028"), _match(),
                                none_shown, []) is None
    nice = _line("Cut claims handling costs by 30% by 2028", section="nice")
    assert percent_target_draft(nice, _match(), near, []) is None


def test_a_cut_of_a_budget_near_a_cut_on_the_record_is_answered_by_the_record() -> None:
    # 10% of a €60M budget is €6M, but the résumé already cuts a cost by 8%: the same depth.
    shown = _context("- Cut unit processing costs by 8% across three service centres.\n")
    assert cut_on_record(10.0, shown)
    assert not cut_on_record(25.0, shown)
    assert not cut_on_record(10.0, _context("- Saved €900k a year on print and post.\n"))
    share = _line("Own the €60M service budget and deliver a 10% reduction in total spend",
                  kinds=("scope_budget", "savings"), numbers={"budget": 60e6, "percent": 10.0})
    shared = share_of_budget(share)
    assert shared is not None and round(shared[0]) == 6_000_000


def test_an_outsourced_service_is_counted_after_its_cue_in_the_same_sentence() -> None:
    evidence = patterns_for(None).evidence
    cues, nouns = evidence["outsourcing"], evidence["counted_work"]
    assert counted("Oversee our outsourced contact-centre partner (c. 450 agents) and its SLAs",
                   cues, nouns) == {"agent": (450.0, "agents")}
    # the in-house team before the cue is not the partner's size; own staff are never counted
    assert counted("We employ 300 staff and use an outsourced payroll provider.", cues, nouns) == {}


def test_a_partner_several_times_the_size_run_is_an_outsourcing_step_up() -> None:
    job = ("# Head of Service Operations\n\n## Responsibilities\n"
           "- Govern our outsourced contact-centre partners in Cebu and Pune (about 1,400 agents), "
           "including quarterly service reviews.\n")
    context = _context("- Managed the outsourced overflow contact-centre vendor (roughly 160 agents), "
                       "with monthly SLA reviews.\n", job)
    draft = outsourcing_scale_draft(context)
    assert draft is not None and draft.kind == "outsourcing_vendor" and draft.variant == "scale"
    assert (draft.values["outsourcing_have"], draft.values["outsourcing_asked"]) == (
        "160 agents", "1,400 agents")
    near = _context("- Managed the outsourced contact-centre vendor (roughly 1,100 agents).\n", job)
    assert outsourcing_scale_draft(near) is None


def test_a_post_that_answers_to_the_board_or_sits_on_it_is_read_from_the_advert() -> None:
    assert post_reports_to_board("Reporting to the Board of Trustees through its Chair, the "
                                 "Director leads the charity.")
    seated = _context("- Led service delivery.\n", "# Finance Director\n\n## The role\n- The "
                      "Finance Director is a voting member of the Board and leads finance.\n")
    assert board_seat_asked(seated)
    assert not board_seat_asked(_context("- Led service delivery.\n"))


def test_a_board_committee_is_exposure_for_a_post_that_answers_to_the_board() -> None:
    text = "Presented the annual service plan to the Group Board's Audit & Risk Committee."
    hit = re.search(r"the Group Board", text)
    assert hit is not None
    assert exposure_only(text, hit, seat=True)
    assert not exposure_only(text, hit, seat=False)
    approved = "Wrote the outsourcing business case approved by the group board in 2023."
    approved_hit = re.search(r"the group board", approved)
    assert approved_hit is not None and exposure_only(approved, approved_hit, seat=True)
    both = "Presented quarterly service reports to the Board and the Tenant Committee."
    both_hit = re.search(r"the Board", both)
    assert both_hit is not None and not exposure_only(both, both_hit, seat=True)


def test_an_advisory_board_of_customers_is_never_board_work() -> None:
    lines = "- Ran twice-yearly Customer Advisory Boards with ten key accounts.\n"
    assert not board_at_work(_context(lines))
    assert board_at_work(_context("- Presented quarterly service reports to the Board.\n"))
