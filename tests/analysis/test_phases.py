"""Phases: a reply to a stated concern is judged with the concern rubric, by name or by the question."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.analyse import phase_of
from poise.errors import InputError
from poise.services.analysis import read_batch

REPLY = (
    "That's fair: my largest budget was twelve million. I ran it within 1% for three years, and "
    "in my first 60 days I would go through every cost line with your finance lead. Does that "
    "address the concern?"
)


@pytest.mark.parametrize(("name", "phase"), [("concern", "concern_reply"), ("closing", "candidate_question"),
                                             ("answer", "answer"), ("concern_reply", "concern_reply")])
def test_phase_names_map_to_phases(name: str, phase: str) -> None:
    assert phase_of(name) == phase


def test_unknown_phase_is_refused_with_the_list() -> None:
    with pytest.raises(InputError) as caught:
        phase_of("rebuttal")
    assert "answer" in caught.value.hint and "concern" in caught.value.hint


@pytest.mark.parametrize(
    "question",
    [
        "Is there anything that gives you pause? Yes: you have not run a budget of this size.",
        "My main concern is that you have only worked in small companies.",
        "I'm a little worried that you have never managed managers.",
        "Is there anything about me that makes you hesitate? Well, one thing: you have never "
        "managed a budget anywhere near the size of ours.",
        "Any reservations about my background? Frankly, yes - every team you led was under ten people.",
        "What would stop you from offering me the job? \u2014 Honestly, the gap in regulated markets.",
    ],
)
def test_pause_question_with_its_concern_is_a_concern_reply(question: str) -> None:
    report = analyse(question, REPLY)
    assert report.phase == "concern_reply"
    assert not {f.rule for f in report.findings if f.rule.startswith("salary.")}


def test_a_pause_question_without_a_stated_concern_stays_an_answer() -> None:
    for question in ("Is there anything about me that makes you hesitate?",
                     "Is there anything about me that makes you hesitate? And what would you ask next?",
                     "Tell me about a time a budget you owned ran over. What did you do?"):
        assert analyse(question, REPLY).phase == "answer", question


def test_concern_phase_by_name_judges_with_the_concern_rubric() -> None:
    report = analyse("You have not run a budget this size.", "Budgets are budgets. I'll manage.",
                     context=AnalysisContext(phase="concern"))
    assert report.phase == "concern_reply"
    assert {"concern.no_evidence", "concern.no_plan"} <= report.rules_fired()


def test_batch_lines_carry_a_phase_and_unknown_ones_name_the_line() -> None:
    items = read_batch(['{"id": "1", "question": "q", "answer": "a", "phase": "concern"}'])
    assert items[0].phase == "concern"
    with pytest.raises(InputError) as caught:
        read_batch(['{"id": "1", "question": "q", "answer": "a"}',
                    '{"id": "2", "question": "q", "answer": "a", "phase": "nope"}'])
    assert "Line 2" in caught.value.message


def test_family_is_unsure_when_no_family_is_clearly_meant() -> None:
    report = analyse("And then what happened with the people and the money?",
                     "I would start with the accounts closest to renewal and price the rest later.")
    assert report.family is None and report.family_source == "unsure"


def test_an_on_the_spot_case_is_detected_as_a_competency_case() -> None:
    report = analyse("Revenue has to grow by ten percent next quarter. How do you get there?",
                     "I would start with the accounts closest to renewal and price the rest later.")
    assert report.family == "competency_cases" and report.family_source == "detected"


def test_detected_family_never_raises_a_family_specific_high_finding() -> None:
    report = analyse("Which flaw of yours gets in the way at work most often?",
                     "I'm a perfectionist and I care too much about my work, honestly.")
    assert report.family_source in {"detected", "unsure", "bank"}
    if report.family_source == "detected":
        kb_specific = [f for f in report.findings if f.rule.startswith("weaknesses.")]
        assert all(f.severity != "high" for f in kb_specific)


def test_a_dismissive_concern_reply_is_not_praised_for_what_it_dismisses() -> None:
    report = analyse("You have only ever worked in family-owned firms. Why would a listed company suit you?",
                     "Honestly, I think that worry is overblown. A company is a company, and I have "
                     "never had trouble fitting in anywhere.", context=AnalysisContext(phase="concern"))
    faulted = {item.quote for finding in report.findings if finding.severity in {"medium", "high"}
               for item in finding.evidence}
    praised = {item.quote for strength in report.strengths for item in strength.evidence}
    assert faulted and not praised & faulted
    tone_faulted = {item.quote for finding in report.findings if finding.dimension == "tone"
                    for item in finding.evidence}
    handling = next(item for item in report.dimensions if item.name == "family")
    assert tone_faulted and not {item.quote for item in handling.evidence} & tone_faulted
    assert handling.score <= 2


def test_a_concern_waved_away_is_no_acknowledgement_of_it() -> None:
    report = analyse("Anything that gives you pause? Yes: you have never worked in the public sector.",
                     "Honestly, that concern is overblown. Sector does not matter much. I would learn "
                     "the rules within a month.", context=AnalysisContext(phase="concern"))
    handling = next(item for item in report.dimensions if item.name == "family")
    assert "Honestly, that concern is overblown." not in {item.quote for item in handling.evidence}


def test_an_unsure_family_applies_the_general_rules_only() -> None:
    from poise.content.loader import knowledge_base

    kb = knowledge_base()
    report = analyse("And then what happened with the people and the money?",
                     "I am a perfectionist and I care too much, honestly. I would not change a thing "
                     "about how I work, and my old boss never understood the numbers anyway.")
    assert report.family_source == "unsure"
    for finding in report.findings:
        assert "*" in kb.rules[finding.rule].applies_to, finding.rule
