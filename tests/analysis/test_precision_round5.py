# ruff: noqa: E501
"""Precision gates written for these tests: a plan to close a gap may be a step already arranged
for the start of the role or a named need; a negative word said of an object, or of a failure the
speaker denies, is no verdict on the people in the sentence."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.meaning import WordClasses, judged_targets
from poise.analysis.text import parse

PAUSE = ("Is there anything about my experience that gives you pause? Interviewer: \"You have "
         "never led a finance team in a listed company.\"")
GAP_OPENING = ("That's fair. My finance teams have all been in private firms, though I prepared "
               "quarterly packs for a listed parent from 2019 to 2022. ")


def _rules(question: str, answer: str) -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(phase="concern"))
    return {finding.rule for finding in report.findings}


@pytest.mark.parametrize("plan", [
    "I've asked a retired audit partner to review my disclosures during my first year if you hire me.",
    "I'd want to spend my first weeks with your company secretary and your investor relations lead.",
    "I'd want an experienced reporting accountant beside me from day one, and a review of the first quarter's pack.",
])
def test_a_step_arranged_for_the_start_is_a_plan(plan: str) -> None:
    assert "concern.no_plan" not in _rules(PAUSE, GAP_OPENING + plan)


@pytest.mark.parametrize("no_plan", [
    "I'm a quick learner and I'm sure I'd pick it up.",
    "I've worked with auditors for many years, so it won't be a problem.",
    "I'd like to think I would adapt.",
])
def test_no_step_is_still_no_plan(no_plan: str) -> None:
    assert "concern.no_plan" in _rules(PAUSE, GAP_OPENING + no_plan)


CLASSES = WordClasses(
    targets=frozenset({"board", "boss", "supplier", "they", "manager", "owners"}),
    negative=frozenset({"useless", "uncomfortable", "wrong", "fail", "clueless"}),
    positive=frozenset(),
)
VERBS = frozenset({"listen", "understand", "care"})


def _judged(text: str) -> list[str]:
    found = []
    for sent in parse(text).sentences:
        found += [target.lower for target, _word in judged_targets(sent, CLASSES, judgement_verbs=VERBS)]
    return found


@pytest.mark.parametrize("text", [
    "The cuts saved money, which the board found uncomfortable.",
    "My boss thought the schedule useless.",
    "I ask new hires what they have seen go wrong in other shops.",
    "I have never had a supplier fail to deliver on a contract I ran.",
])
def test_a_word_said_of_something_else_is_no_verdict(text: str) -> None:
    assert _judged(text) == []


@pytest.mark.parametrize("text", [
    "My boss was useless.",
    "The owners were clueless about the plant.",
    "Frankly, the supplier they chose was useless.",
])
def test_a_verdict_on_someone_is_still_found(text: str) -> None:
    assert _judged(text)


DOUBT = "Your last two jobs were short. Why should we believe you will stay?"


def test_a_gerund_of_matter_is_no_dismissal() -> None:
    answer = ("In 2021 I ran a charity shop team of 30 volunteers. When people drifted off, they told "
              "me about a sense of not mattering, so I set up a thank-you rota and kept 25 of them.")
    report = analyse(DOUBT, answer)
    assert "tone.defensive" not in {finding.rule for finding in report.findings}


def test_it_does_not_matter_is_still_a_dismissal() -> None:
    report = analyse(DOUBT, "Honestly, it doesn't matter how long I stayed. The results were there.")
    assert "tone.defensive" in {finding.rule for finding in report.findings}


def test_a_covered_quote_is_dropped_and_the_rest_kept() -> None:
    from poise.analysis.report import Evidence, Finding
    from poise.analysis.rules.engine import _uncovered
    from poise.content.loader import load_knowledge_base

    kb = load_knowledge_base()
    rules = [rule for rule in kb.rules.values() if rule.id in {"tone.oversharing", "relevance.digression"}]
    assert "relevance.digression" in next(r for r in rules if r.id == "tone.oversharing").covers

    def finding(rule: str, *spans: tuple[int, int]) -> Finding:
        return Finding(rule, "low", "tone", "m", "w", "f", "s",
                       tuple(Evidence(start, end, "x" * (end - start)) for start, end in spans))

    private = finding("tone.oversharing", (40, 80))
    both = finding("relevance.digression", (0, 30), (45, 70))
    only_covered = finding("relevance.digression", (50, 60))
    kept = _uncovered([private, both], rules)
    assert [f.rule for f in kept] == ["tone.oversharing", "relevance.digression"]
    assert [(e.start, e.end) for e in kept[1].evidence] == [(0, 30)]
    assert [f.rule for f in _uncovered([private, only_covered], rules)] == ["tone.oversharing"]


@pytest.mark.parametrize(("answer", "private"), [
    ("In 2020 I took over the region's cancer surgery lists and cut waiting times by a third.", False),
    ("That year I was also going through my own cancer treatment, which was hard on all of us.", True),
])
def test_a_health_word_naming_a_service_is_not_oversharing(answer: str, private: bool) -> None:
    report = analyse("Tell me about a turnaround you led.", answer)
    assert ("tone.oversharing" in {finding.rule for finding in report.findings}) is private


def test_a_private_word_owned_by_someone_else_is_not_oversharing() -> None:
    answer = "In 2019 I took on a share of the county clinic's surgery and cleared 600 cases in a year."
    report = analyse("Tell me about a turnaround you led.", answer)
    assert "tone.oversharing" not in {finding.rule for finding in report.findings}


@pytest.mark.parametrize(("answer", "praised"), [
    ("I'm keen on the team and the city more than the money, and I'm not sure a figure is useful "
     "or helpful or wise this early.", False),
    ("I am honest, loyal, creative and extremely reliable, and I am a superb communicator.", True),
])
def test_self_praise_counts_only_words_said_of_oneself(answer: str, praised: bool) -> None:
    report = analyse("What salary are you looking for?", answer)
    assert ("tone.self_praise" in {finding.rule for finding in report.findings}) is praised
