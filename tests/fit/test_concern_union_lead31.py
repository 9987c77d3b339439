"""A line asking to lead the negotiations with unions, against a record that shows union work
only from a seat on the team or in consultation: said as part shown, never when the record
tells negotiations led, nor when the line asks only for work with unions."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.lexicon import any_match, patterns_for
from poise.fit.result import assess

ROLES = """### Operations Manager — Harbour Foods, Leeds, UK
Mar 2015 – present
- Lead a team of 45 across two depots.
- Managed a £4M operating budget.
"""
LEAD_ASKED = "- A track record of leading formal pay negotiations with recognised trade unions."
WORK_ASKED = "- Experience of working constructively with recognised trade unions."
SEAT = "- Sat on the company's negotiating team in the 2023 pay talks with the recognised union.\n"


def _concerns(asked: str, extra: str):
    job = f"# Head of Operations\n\n## Requirements\n{asked}\n- Ten years in food logistics.\n"
    resume = f"# Sam Reid\nLeeds, UK · sam@example.com\n\n## Experience\n{ROLES}{extra}"
    return [concern for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns
            if concern.kind == "missing_must_have" and "union" in concern.why]


def test_a_seat_at_the_table_is_part_of_leading_the_negotiations() -> None:
    [concern] = _concerns(LEAD_ASKED, SEAT)
    assert "not as the one leading the negotiations" in concern.answer_plan.acknowledge
    assert "negotiating team" in concern.why  # the union line shown is the one quoted
    assert "union's representatives" in concern.answer_plan.plan


def test_negotiations_led_answer_the_line() -> None:
    # near miss: the record tells a negotiation the candidate concluded
    led = "- Negotiated a three-year pay deal with the recognised trade union, with no strike days.\n"
    assert _concerns(LEAD_ASKED, led) == []


def test_work_with_unions_asked_is_answered_by_a_seat_at_the_table() -> None:
    # near miss: the line asks for work with unions, not to lead the talks
    assert _concerns(WORK_ASKED, SEAT) == []


def test_the_lead_asked_and_led_cues() -> None:
    evidence = patterns_for(None).evidence
    assert any_match(evidence["union_lead_asked"], "Direct experience leading collective bargaining")
    assert not any_match(evidence["union_lead_asked"], "Work closely with the union on rosters")
    assert any_match(evidence["union_led"], "Negotiated the annual pay settlement with the union")
    assert not any_match(evidence["union_led"], "Member of the negotiating team in pay talks")
    assert not any_match(evidence["union_led"], "Consultation with trade union representatives")


def test_pay_agreements_negotiated_are_negotiations_led() -> None:
    # a union named by its own name, not by the word "union", still shows bargaining led
    evidence = patterns_for(None).evidence
    assert any_match(evidence["union_led"],
                     "Negotiated four multi-year pay and conditions agreements with two unions")
    assert any_match(evidence["union_led"], "Negotiated four multi-year pay agreements")
    assert not any_match(evidence["union_led"], "Negotiated a new freight contract with carriers")
