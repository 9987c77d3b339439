"""Conduct told as a win that the parse now reads (a person pushed out off the books, a false
document got through someone else, figures made to look better: part of tone.undermining) and
"we" stories whose only "I" is a way of speaking or a lesson (ownership.we_only). Sentences
written for these tests, each shape beside a near-miss that must not fire: a refusal, a report
through a proper line, a departure handled by the book, a "we" story with the speaker's own act
told in one clause."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, appearance, falsified, pushed_out
from poise.analysis.rules.engine import RuleConfig
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base

UNETHICAL = {"tone.undermining", "meaning.unethical"}
NO_OWN_ACTION = {"ownership.we_only", "structure.no_actions", "meaning.no_own_action"}


def _words(name: str) -> frozenset[str]:
    return frozenset(entry.phrase.lower() for entry in load_knowledge_base().lexicons[name].entries)


LEAVING = _words("leaving_words")
FORMAL = _words("formal_steps")
DOCUMENTS = _words("evidence_documents")


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def _fired(question: str, answer: str) -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(family=None, phase="answer"))
    return report.rules_fired()


RULES_ALONE = AnalysisContext(family=None, phase="answer", rules=RuleConfig(whole_answer=False))
"""The rules read without the answer-level model's floor, so a test shows what the parse found."""


# --- a person pushed out off the books ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I moved him to the weekend rota and cut his hours, so that he would decide to resign.",
    "So I gave her the hardest caseload and no leave in August, so she would quit on her own.",
])
def test_pushed_to_leave_reads_a_purpose_of_leaving(text: str) -> None:
    assert pushed_out.pushed_to_leave(_sentence(text), LEAVING)


@pytest.mark.parametrize("text", [
    # leave given, not a push
    "I found her a post in the planning team, so that she could leave the night shift on good terms.",
    # a departure prevented
    "I rebuilt the rota around his childcare, so that he would not quit.",
    # the speaker's own leaving
    "I finished the handover plan early, so that I would leave the site in good order.",
])
def test_pushed_to_leave_leaves_leave_granted_alone(text: str) -> None:
    assert not pushed_out.pushed_to_leave(_sentence(text), LEAVING)


def test_departure_beside_a_spared_hearing_is_conduct_told_as_a_win() -> None:
    answer = parse(
        "A formal case would have taken a year. So I took him off the day shift and stopped his "
        "bonus. He resigned two months later, no hearing, no severance, sorted."
    )
    assert pushed_out.pushed_out_by_speaker(answer.sentences, 2, LEAVING, FORMAL) == 1


@pytest.mark.parametrize("answer", [
    # a departure alone, nothing spared
    "I set her clear targets and met her every week. She resigned before the review.",
    # a departure after a report through a proper line
    "I reported the missing stock through the whistle-blowing line. He resigned a month later, "
    "without a hearing.",
    # a dismissal after the process was followed: no one left of their own accord
    "I followed the capability procedure with HR at every step. He was dismissed after the "
    "hearing, and there was no appeal.",
])
def test_departure_without_a_push_is_left_alone(answer: str) -> None:
    sentences = parse(answer).sentences
    assert all(pushed_out.pushed_out_by_speaker(sentences, index, LEAVING, FORMAL) is None
               for index in range(len(sentences)))


def test_pushed_out_story_is_flagged_and_its_move_quoted_by_the_rule() -> None:
    question = "Tell me about a time you dealt with a poor performer."
    answer = (
        "At the depot I had a supervisor whose shift ran twice the damage rate of the others. A "
        "formal process would have dragged on for months. So I moved him onto permanent weekends "
        "and took his overtime away. He handed in his resignation within a month, no tribunal and "
        "no payout, and damage fell by half under his deputy."
    )
    report = analyse(question, answer, context=RULES_ALONE)
    found = [finding for finding in report.findings if finding.rule == "tone.undermining"]
    assert found
    quoted = " ".join(item.quote for item in found[0].evidence)
    assert "permanent weekends" in quoted and "resignation" in quoted
    praised = [item.quote for strength in report.strengths for item in strength.evidence]
    assert not any("I moved" in quote for quote in praised)


def test_poor_performer_handled_by_the_book_is_not_flagged() -> None:
    question = "Tell me about a time you dealt with a poor performer."
    answer = (
        "At the depot I had a supervisor whose shift ran twice the damage rate of the others. I "
        "sat down with him, set three targets and paired him with our best shift lead for a month. "
        "It did not improve, so I started the capability procedure with HR. He resigned before the "
        "final hearing, and I made sure his reference was fair. Damage fell by half under his deputy."
    )
    assert not analyse(question, answer, context=RULES_ALONE).rules_fired() & UNETHICAL


# --- a false document, got through someone else -------------------------------------------------

@pytest.mark.parametrize("text", [
    "I asked a contact who runs a print shop to make me a fake quote from a rival supplier.",
    "I had our agent send me a forged invoice on the carrier's paper.",
])
def test_false_document_used_reads_a_fake_got_through_someone(text: str) -> None:
    assert falsified.false_document_used(_sentence(text), DOCUMENTS)


@pytest.mark.parametrize("text", [
    # someone else's fake, found and refused
    "The carrier sent us a forged invoice, and I rejected it the same day.",
    "I spotted a fake certificate in the tender pack and reported it to procurement.",
    # asked to fake, and the speaker is not the one asking
    "My manager asked me to send the client a fake quote, and I told him no.",
])
def test_false_document_met_or_refused_is_left_alone(text: str) -> None:
    assert not falsified.false_document_used(_sentence(text), DOCUMENTS)


# --- figures made to look better ----------------------------------------------------------------

def test_figures_made_to_look_better_are_read() -> None:
    sent = _sentence("I asked the analyst to count each repeat visit twice, so the numbers looked "
                     "stronger.")
    assert appearance.looks_other_than_it_was(sent)


@pytest.mark.parametrize("text", [
    "I fixed the tracking code, so the numbers were more accurate.",
    "I redesigned the chart, so the trend looked clearer to the board.",
    "I explained the method to the board, so the numbers looked familiar to them.",
])
def test_figures_made_better_or_clearer_are_left_alone(text: str) -> None:
    assert not appearance.looks_other_than_it_was(_sentence(text))


# --- "we" stories whose only "I" is a way of speaking or a lesson -------------------------------

QUESTION = "What is the achievement you're proudest of?"


def test_we_story_with_a_figure_hedged_by_i_is_still_all_we() -> None:
    answer = (
        "The one I'm proudest of is the card-payment rollout at the vending firm in 2021. The team "
        "just went after it. Our drivers fitted readers on every machine in nine months. The "
        "warehouse crew rebuilt the pick lists. Sales went up, I wanna say, twenty percent, and "
        "everybody pulled together."
    )
    assert "ownership.we_only" in _fired(QUESTION, answer)


def test_we_story_ending_on_a_lesson_drawn_is_still_all_we() -> None:
    answer = (
        "The reopening of the harbour museum after the flood in 2023. Our staff dried and "
        "catalogued four thousand objects within a month. The volunteers raised the money for new "
        "cases, and the council lent us a crew. We reopened in March with most of the collection "
        "on show. What it showed me is that a small community can recover quickly, and I carry "
        "that belief into every plan I make."
    )
    assert "ownership.we_only" in _fired(QUESTION, answer)


def test_we_story_told_as_a_way_of_putting_it_is_still_all_we() -> None:
    answer = (
        "The yield recovery on the old line in 2019. The team just really rallied, is how I'd put "
        "it. The process engineers rebuilt the etch recipes, and the defect group set up daily "
        "reviews. We brought in a consultant for the statistics. Yield went from 81 to 93 percent "
        "in a year."
    )
    assert "ownership.we_only" in _fired(QUESTION, answer)


def test_we_story_with_the_speakers_act_in_one_clause_is_left_alone() -> None:
    answer = (
        "The reopening of the harbour museum after the flood in 2023. Our staff dried and "
        "catalogued four thousand objects within a month. The volunteers raised the money for new "
        "cases, and I negotiated the loan of a council crew myself. We reopened in March with most "
        "of the collection on show."
    )
    assert not _fired(QUESTION, answer) & NO_OWN_ACTION


# --- what the speaker only says they would do is no conduct told as done ------------------------

def test_only_imagined_reads_a_speaker_who_acts_only_in_would() -> None:
    from poise.analysis import conduct

    assert conduct.only_imagined(_sentence(
        "I would make sure the officer had had clear warnings and a fair chance to improve."))


@pytest.mark.parametrize("text", [
    "I made sure the officer had clear warnings and a fair chance to improve.",
    "I quietly moved the late cases into next month, so they dropped out of the figures.",
])
def test_only_imagined_leaves_told_acts_alone(text: str) -> None:
    from poise.analysis import conduct

    assert not conduct.only_imagined(_sentence(text))


# --- refusing and reporting are not conduct told as a win ---------------------------------------

CONDUCT_QUESTION = "Tell me about a time you were under pressure to hit a target."


@pytest.mark.parametrize("answer", [
    # an unethical request refused
    "In 2022 my regional director wanted the quarter to show every store converted to the new "
    "tills. He asked me to have three branches badged as converted while they still ran the old "
    "system. I refused, and told him I would report the real count. I moved two engineers onto "
    "the last branches, and we finished the conversions three weeks late but with true figures.",
    # escalated properly through a whistle-blowing line
    "In 2021 I found that a supervisor had been logging repeat calls as new enquiries, so they "
    "fell out of our resolution figures. I reported it through the company's whistle-blowing line "
    "the same day, and I restated our figures for the quarter. Resolution looked worse for two "
    "months, then rose from 61 to 70 percent once we fixed the real causes.",
])
def test_refusing_or_reporting_misconduct_is_not_flagged(answer: str) -> None:
    assert not _fired(CONDUCT_QUESTION, answer) & UNETHICAL


def test_a_measure_left_by_someone_else_the_speaker_found_is_not_the_speakers_act() -> None:
    assert not appearance.kept_out_of_measure(_sentence(
        "In 2021 I found that a supervisor had been logging repeat calls as new enquiries, so they "
        "fell out of our resolution figures."))


def test_a_measure_left_after_the_speaker_found_and_acted_is_still_read() -> None:
    assert appearance.kept_out_of_measure(_sentence(
        "I found the gap and quietly moved the late cases, so they dropped out of the monthly "
        "figures."))


def test_a_way_of_speaking_in_will_is_no_act_imagined() -> None:
    from poise.analysis import conduct

    assert not conduct.only_imagined(_sentence(
        "And the thing that worked, I'll be honest, was I had the clerks tick the consent box "
        "before handing the form over, so if the customer just signed, they'd agreed."))
