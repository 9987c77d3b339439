"""Praise and dimension levels only with the words that earn them (issue 11).

A number on the outcome is never a year, a duration, a head-count told in the set-up, a figure
in a clause only imagined ("if I said we cut it to zero") nor an opinion of what might have
been; a dimension quotes the words that earn its level: the tone the result a figure backs, not
a bare number; the evidence a date or a figure, not "last year" or the modal "may"; the
relevance nothing above the middle anchor once a finding shows the answer is about something
else; the structure of a concern reply a grant of the point, not the interviewer heard ("I hear
you.") nor a grant taken back in the same breath. Every case is written in the project's own
words.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, grant
from poise.analysis.analyse import analyser_for
from poise.analysis.praise_gates import outcome_shown
from poise.analysis.report import Evidence, Finding, Report
from poise.analysis.scoring import OUTCOME_NUMBER, Assessment, score_dimensions
from poise.analysis.text import parse
from poise.content.loader import knowledge_base

QUESTION = "Tell me about a time you improved how your team worked."
CONCERN = "What gives us pause is that you have never managed a team this size."


def _report(answer: str, question: str = QUESTION, phase: str = "answer") -> Report:
    return analyse(question, answer, context=AnalysisContext(phase=phase))


def _praised_figures(report: Report) -> list[str]:
    return [item.quote for strength in report.strengths if strength.what == OUTCOME_NUMBER
            for item in strength.evidence]


def _dimension(report: Report, name: str) -> tuple[int, list[str]]:
    found = next(item for item in report.dimensions if item.name == name)
    return found.score, [item.quote for item in found.evidence]


# --- a number on the outcome ----------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "If I said we cut the backlog to zero, I would be lying.",
    "If I had stayed another year, I would have cut costs by 20%.",
])
def test_a_figure_in_a_clause_only_imagined_is_no_outcome(sentence: str) -> None:
    sent = parse(sentence).sentences[0]
    assert not any(outcome_shown(sent, start, end) for start, end, _quote in sent.numbers)


@pytest.mark.parametrize("sentence", [
    "We cut the backlog from 300 tickets to 20 by March.",
    "If I remember rightly, we cut costs by 20% that year.",
])
def test_a_figure_told_as_what_happened_still_shows_an_outcome(sentence: str) -> None:
    sent = parse(sentence).sentences[0]
    assert any(outcome_shown(sent, start, end) for start, end, _quote in sent.numbers)


@pytest.mark.parametrize("answer", [
    # a conditional "if I said"
    "We had a queue of tickets nobody owned. I sorted the queue with the two leads and set a "
    "daily review. If I said we cut it to zero, I would be lying. It got calmer after that.",
    # an opinion of what might have been
    "I think I am a strong leader. If I said I had cut costs by 20%, they would believe me. I "
    "would have rebuilt the rota in two weeks.",
    # a year, a duration and a head-count in the set-up
    "In 2019 I took on a team of 40 planners who had worked for five years without a review. I "
    "set up a weekly review with the leads and rewrote the handover sheet. The team was calmer "
    "afterwards and the complaints stopped.",
])
def test_a_year_a_duration_a_head_count_or_an_imagined_figure_is_not_praised(answer: str) -> None:
    assert _praised_figures(_report(answer)) == []


def test_a_result_measured_after_the_act_is_still_praised() -> None:
    report = _report("In 2019 I took on a team of 40 planners. I set up a weekly review with the "
                     "leads and rewrote the handover sheet. Late orders fell by 40% within the "
                     "quarter.")
    assert any("40%" in quote for quote in _praised_figures(report))


# --- each dimension quotes the words that earn it -------------------------------------------


def test_tone_quotes_the_result_a_figure_backs_not_a_bare_number() -> None:
    report = _report("In 2019 I took on a team of 40 planners. I set up a weekly review with the "
                     "leads and rewrote the handover sheet. Late orders fell by 40% within the "
                     "quarter.")
    _score, quotes = _dimension(report, "tone")
    assert "40" not in quotes and "2019" not in quotes
    assert any("fell by 40%" in quote for quote in quotes)


def test_tone_quotes_the_clause_a_figure_of_the_set_up_sits_in_not_the_bare_figure() -> None:
    report = _report("In 2019 I took on a team of 40 planners who had worked for five years "
                     "without a review. I set up a weekly review with the leads and rewrote the "
                     "handover sheet. The team was calmer afterwards and the complaints stopped.")
    _score, quotes = _dimension(report, "tone")
    assert not any(quote in {"40", "2019", "five"} for quote in quotes)
    assert all(len(quote.split()) > 1 for quote in quotes)


def test_evidence_quotes_no_time_told_against_the_story_nor_the_modal_may() -> None:
    report = _report("Last year our planners were missing deadlines and some may have given up. "
                     "I set up a weekly review with the leads at the Leeds depot. Within a month "
                     "the misses had stopped.")
    _score, quotes = _dimension(report, "evidence")
    assert not {quote.lower() for quote in quotes} & {"last year", "may", "within"}
    assert "Leeds" in quotes


def test_a_date_is_still_a_concrete_detail() -> None:
    report = _report("In March 2021 I set up a weekly review with the leads. Late orders stopped "
                     "by May.")
    _score, quotes = _dimension(report, "evidence")
    assert "2021" in quotes or "March" in quotes


def _relevance(findings: tuple[Finding, ...]) -> tuple[int, tuple[str, ...]]:
    anchors = analyser_for(knowledge_base()).anchors["answer"]
    close = Assessment(5.0, [Evidence(0, 4, "Mine")], [])
    assessed = {name: Assessment(3.0, [], []) for name in anchors}
    assessed["relevance"] = close
    [scored] = score_dimensions(assessed, findings, anchors, family_label="Q", insufficient=False,
                                names=("relevance",))
    return scored.score, tuple(item.quote for item in scored.evidence)


def _finding(severity: str) -> Finding:
    return Finding("relevance.answers_another", severity, "relevance", "Answers another question",
                   "why", "fix", "source", ())


def test_relevance_earns_nothing_from_closeness_beside_a_finding_that_it_is_off_the_question() -> None:
    score, quotes = _relevance((_finding("medium"),))
    assert score == 2 and quotes == ()


def test_relevance_keeps_its_level_beside_a_small_aside() -> None:
    assert _relevance((_finding("low"),)) == (4, ("Mine",))
    assert _relevance(()) == (5, ("Mine",))


# --- a concern granted ----------------------------------------------------------------------


def _opening(sentence: str) -> bool:
    [sent] = parse(sentence).sentences
    return grant.grants(sent, frozenset(), holder=False) and not grant.taken_back(sent)


@pytest.mark.parametrize("sentence", [
    "I hear you.",  # the interviewer heard, the point not granted
    "I hear you, but honestly I think that's a technicality.",
    "I understand why you might see it that way, but I'd suggest the gap is overstated.",
    "I get why it looks that way, but I don't think it's a big deal.",
])
def test_an_acknowledgement_or_a_grant_taken_back_does_not_grant_the_concern(sentence: str) -> None:
    assert not _opening(sentence)


@pytest.mark.parametrize("sentence", [
    "I get that.",
    "I understand the worry.",
    "I get why it sounds that way, but here is what I did at the depot.",
])
def test_a_point_taken_in_grants_the_concern(sentence: str) -> None:
    assert _opening(sentence)


def test_the_concern_rule_still_hears_an_acknowledgement() -> None:
    [sent] = parse("I hear you.").sentences
    assert grant.grants(sent, frozenset())


REST = (" At Ferrybank I ran a crew of forty and cut overtime by a third in a year. In my first "
        "60 days I would meet every lead one to one. Does that answer the concern?")


def test_a_concern_reply_opened_by_an_acknowledgement_earns_no_structure_for_it() -> None:
    heard = _report("I hear you." + REST, CONCERN, "concern_reply")
    granted = _report("That's a fair concern." + REST, CONCERN, "concern_reply")
    heard_score, heard_quotes = _dimension(heard, "structure")
    granted_score, granted_quotes = _dimension(granted, "structure")
    assert "I hear you." not in heard_quotes
    assert "That's a fair concern." in granted_quotes
    assert heard_score < granted_score
