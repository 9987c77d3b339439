"""What the role is for against the role told as the speaker's own gain (analysis/role_gain.py,
relevance.answers_another): flagged when the role is only a step for the speaker, not when the
answer says what the role delivers, nor for a life story, a lesson drawn or a plan. Examples
written for these tests."""

from __future__ import annotations

import pytest

from poise.analysis import analyse, role_gain
from poise.analysis.text import parse


@pytest.mark.parametrize("question", [
    "In your own words, what is this job really for?",
    "What is the role for, as you see it?",
    "What do you know about us, and what do you see this role as?",
])
def test_asks_role_purpose(question: str) -> None:
    assert role_gain.asks_role_purpose(question)


@pytest.mark.parametrize("question", [
    "What is your biggest achievement?",
    "What did you do for your team last year?",  # "what" and "for", but no post asked about
    "Why do you want this job?",
])
def test_no_role_purpose(question: str) -> None:
    assert not role_gain.asks_role_purpose(question)


@pytest.mark.parametrize(("text", "gain"), [
    ("For me this role is the natural next step.", True),
    ("It's the right move at this point.", True),
    ("What I'm looking for is a bigger remit.", True),
    ("It is a place where I can grow.", True),
    ("I want to develop further as a leader.", True),
    ("This matters for my career.", True),
    ("I grew up in a family of nurses.", False),  # a life story
    ("There I learned that the job is to protect the flow.", False),  # a lesson drawn
    ("The first step is to meet every depot manager.", False),  # a step of a plan
    ("I want to cut late deliveries to four percent.", False),  # an aim for the role
    ("I developed the new rota with the planners.", False),  # a thing developed
])
def test_own_gain(text: str, gain: bool) -> None:
    assert role_gain.own_gain(parse(text).sentences[0]) is gain


def test_role_told_as_gain_is_flagged() -> None:
    answer = parse("For me this job is the natural next step. I have run two depots for six years. "
                   "This role would let me grow into the wider network.")
    assert role_gain.role_as_own_gain(answer) == [0, 2]


def test_role_told_for_the_organisation_passes() -> None:
    answer = parse("This job is there to get late deliveries down across the network. For me it is "
                   "also the natural next step. The role owns the carrier contracts, which is where "
                   "the number is won.")
    assert role_gain.role_as_own_gain(answer) == []


QUESTION = "In your own words, what is this job really for?"


def _gain_findings(answer: str) -> list[str]:
    report = analyse(QUESTION, answer)
    return [finding.message for finding in report.findings
            if finding.rule == "relevance.answers_another" and "your career" in finding.message]


def test_analyser_names_the_mismatch() -> None:
    messages = _gain_findings(
        "For me this job is the natural next step. I have run two depots for six years and I want a "
        "seat at the table where the network decisions are made. It is also a place where I can "
        "grow, with a bigger budget and a larger team than I have had so far.")
    assert messages and "asks what the role is for" in messages[0]


def test_analyser_passes_an_answer_on_the_role() -> None:
    assert not _gain_findings(
        "This job is there to get the network's late deliveries down: your annual report puts them "
        "at nine percent against a target of four. For me it is also the next step. I ran two "
        "depots for six years and cut late deliveries at mine from eleven to five percent.")
