"""A grant of the interviewer's point is read from the parse: judged fair, taken in, or shared."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, grant
from poise.analysis.text import parse

FAIR = frozenset({"fair", "reasonable", "valid", "right"})


def _grants(sentence: str) -> bool:
    [sent] = parse(sentence).sentences
    return grant.grants(sent, FAIR)


@pytest.mark.parametrize("sentence", [
    "That's fair.",
    "It's a reasonable worry.",
    "No, I get why it sounds that way.",
    "Yeah, no, I get that.",
    "I see where you're coming from.",
    "I take your point about the budget.",
    "I understand the worry.",
    "I hear you.",
    "I'd probably think the same looking at my CV.",
    "I would ask the same thing in your place.",
])
def test_a_point_judged_fair_taken_in_or_shared_is_a_grant(sentence: str) -> None:
    assert _grants(sentence)


@pytest.mark.parametrize("sentence", [
    "Ha, yeah, I get asked that a lot.",  # being asked, reported
    "I don't see why that matters.",  # the point denied
    "I'm not sure that's fair.",  # the fair word inside a denied view
    "I've heard that before.",  # a report, not a grant made now
    "If I understand the question, you want a number.",  # a condition
    "I saw the figures every morning.",  # past, and not the point
    "They'd think the same about any newcomer.",  # someone else's view
    "I don't think the same applies here.",  # denied
    "I got the plant through two audits.",  # another "get"
    "I hear that a lot, and to be honest it's a lazy read.",  # heard often, not granted
    "I get that all the time.",
])
def test_a_report_a_denial_or_someone_else_is_no_grant(sentence: str) -> None:
    assert not _grants(sentence)


CONCERN = ("Is there anything about me or my experience that gives you pause? — Fifteen years at "
           "one university. I worry you only know one way of running admissions.")


def _rules(answer: str) -> set[str]:
    report = analyse(CONCERN, answer, context=AnalysisContext(phase="concern"))
    return {finding.rule for finding in report.findings}


def test_a_concern_taken_in_by_the_parse_is_acknowledged_and_not_pushback() -> None:
    answer = (
        "Yeah, no, I get that, and I'd probably think the same looking at my CV. It has been one "
        "employer but three jobs: I ran undergraduate, then international, then clearing. At "
        "international I cut our average decision time from twenty-one days to eight by copying "
        "how two other universities made conditional offers. In my first sixty days I would sit "
        "in on every stage of your cycle before I propose a change. Would that settle it?"
    )
    rules = _rules(answer)
    assert "concern.no_acknowledgement" not in rules
    assert "meaning.defensive" not in rules


def test_a_shared_view_opens_well_but_does_not_vouch_for_a_complaint_that_follows() -> None:
    [opening] = parse("Ja, I'd wonder the same, looking at the CV.").sentences
    assert grant.grants(opening, FAIR)
    assert not grant.grants_before_but(opening, FAIR)


def test_being_asked_a_lot_is_no_acknowledgement() -> None:
    answer = (
        "Ha, yeah, I get asked that a lot. Admissions is admissions, the cycle is the same "
        "everywhere. I've seen it through fifteen times, so I'd say it's a strength really."
    )
    assert "concern.no_acknowledgement" in _rules(answer)
