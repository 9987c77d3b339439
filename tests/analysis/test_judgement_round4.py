"""The general mechanisms behind round 4's judgement fixes, each with small examples written for
these tests: concealment and misrepresentation told as a win, passive subjects and predictions
that are no verdict, a denial of the speaker's share that must sit on the denied verb, a concern
word inside a set phrase, care for a department rather than a relative, spelled-out set-up
counts, acts ranked before the set-up, and sensed blame dropped once the speaker acts."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.grammar import outcome_number, reported_action
from poise.analysis.rules.flaws import _conceals, _denies_own_part, _misrepresents
from poise.analysis.text import parse

PUSHED = "Tell me about a time you pushed a change through."


def _sentence(text: str):  # type: ignore[no-untyped-def]
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "I told the landlord another tenant had offered more rent, which wasn't really true.",
    "I said the pilot was already signed off, which was not accurate at the time.",
])
def test_own_claim_called_untrue_is_misrepresentation(text: str) -> None:
    assert _misrepresents(_sentence(text))


@pytest.mark.parametrize("text", [
    "I told the board that the forecast wasn't accurate.",
    "I said the old figures were wrong and showed them the corrected ones.",
])
def test_reporting_that_something_was_untrue_is_honesty(text: str) -> None:
    assert not _misrepresents(_sentence(text))


@pytest.mark.parametrize("text", [
    "I paid the agency from two cost centres so that neither budget holder ever saw it.",
    "I moved the cost to another budget line so finance never saw it.",
    "I chose not to mention the delay to the client until the contract was signed.",
])
def test_arranged_so_nobody_sees_or_approves_is_concealment(text: str) -> None:
    assert _conceals(_sentence(text))


@pytest.mark.parametrize("text", [
    "I rebuilt the rota so the nurses didn't need overtime.",
    "We phased the launch so customers wouldn't notice any downtime.",
    "I rebuilt the plan so we didn't need extra staff.",
    "I decided not to raise it with the team, and fixed the process myself.",
])
def test_a_smooth_result_is_not_concealment(text: str) -> None:
    assert not _conceals(_sentence(text))


def test_concealment_told_as_a_win_is_a_finding_that_quotes_it() -> None:
    report = analyse(PUSHED, "In 2023 the new scanners cost more than my limit. I booked them "
                     "over three months so the finance committee never needed to approve them, "
                     "and the depot had them running by the summer.",
                     context=AnalysisContext(family="past_behaviour"))
    found = [finding for finding in report.findings if finding.rule == "tone.undermining"]
    assert found and "booked them" in found[0].evidence[0].quote


def test_a_denied_share_must_sit_on_the_denied_verb() -> None:
    assert _denies_own_part(_sentence("Honestly, that delay was never down to me."))
    assert not _denies_own_part(_sentence(
        "I was never fluent, but within a year I could chair a meeting, and that changed how "
        "the crews spoke to me."))


def test_a_passive_target_or_a_prediction_is_no_verdict() -> None:
    question = "Tell me about a time you developed someone."
    for answer in (
        "In 2021 a new analyst told me she had never been allowed to present her own work, so I "
        "gave her the monthly review to run and she led it from March.",
        "I warned the suppliers early because I knew they'd panic about the new volumes, and we "
        "agreed a phased ramp-up that held the price.",
    ):
        report = analyse(question, answer, context=AnalysisContext(family="people_management"))
        assert "tone.judges_others" not in report.rules_fired(), answer


def test_a_concern_word_in_a_set_phrase_is_not_the_concern() -> None:
    report = analyse("What's a weakness of yours?", "I over-prepare. At this point in a project I "
                     "still check every figure myself, and I don't think that serves the team.",
                     context=AnalysisContext(family="weaknesses"))
    assert "tone.defensive" not in report.rules_fired()


def test_a_department_looked_after_is_not_a_private_matter() -> None:
    report = analyse("Tell me about your current role.", "I look after surgery and outpatients, "
                     "about 400 staff, and theatre use rose from 74% to 83% last year.",
                     context=AnalysisContext(family="introduction"))
    assert "tone.oversharing" not in report.rules_fired()


def test_a_projective_view_of_people_is_not_badmouthing() -> None:
    report = analyse("Why do you think some employees cut corners?", "Mostly because the process "
                     "makes the right way slow; a few people are simply careless. In 2022 I "
                     "shortened our sign-off steps from six to three and shortcuts fell by half.",
                     context=AnalysisContext(family="projective"))
    assert not report.rules_fired() & {"tone.judges_others", "tone.job_complaint",
                                       "meaning.badmouthing", "meaning.job_complaint"}


@pytest.mark.parametrize(("text", "expected"), [
    ("We added two new checks to the process.", []),
    ("I brought three planners over from the old site.", []),
    ("We won nine new accounts that spring.", ["nine"]),
])
def test_a_small_count_in_words_measures_only_what_was_won(text: str, expected: list[str]) -> None:
    sent = _sentence(text)
    found = [quote for start, end, quote in sent.numbers if outcome_number(sent, start, end, quote)]
    assert found == expected


def test_a_place_or_a_way_is_not_an_action() -> None:
    sent = _sentence("From where I sat, the plan was late.")
    verb = next(token for token in sent.tokens if token.lower == "sat")
    assert not reported_action(sent, verb)


def test_acts_are_quoted_before_the_set_up() -> None:
    report = analyse("Tell me about a turnaround you led.", "In 2021 I led the northern region. I "
                     "made two decisions early. I rewrote the pricing model and I retrained the "
                     "sales leads myself. Margin rose from 8% to 11% within a year.",
                     context=AnalysisContext(family="achievements"))
    own = next(item for item in report.strengths if item.what == "Says what you did yourself")
    assert [item.quote for item in own.evidence][:2] == ["I rewrote", "I retrained"]


def test_no_story_told_means_no_missing_result_on_top() -> None:
    report = analyse("Tell me about a time you handled a poor performer.", "I would always start "
                     "with a private conversation. I'd set out the facts and I'd agree a plan with "
                     "dates. I'd make sure it's written down so nobody is surprised later.",
                     context=AnalysisContext(family="past_behaviour"))
    fired = report.rules_fired()
    assert "structure.no_past_example" in fired
    assert not fired & {"structure.no_result", "meaning.no_result"}


def test_a_career_claim_is_an_action_only_when_its_sentence_measures_a_result() -> None:
    size = _sentence("I've run 400 people across three depots.")
    measured = _sentence("I've cut overtime by 15% since the spring.")
    assert not reported_action(size, next(t for t in size.tokens if t.lower == "run"))
    assert reported_action(measured, next(t for t in measured.tokens if t.lower == "cut"))


@pytest.mark.parametrize(("text", "expected"), [
    ("I had the team re-code a batch of falls from Category 2 to Category 3.", []),  # names, not counts
    ("The spiral freezer on Line 2 stopped twice that night.", []),
    ("We cut waiting from 68 minutes to 39 minutes.", ["68", "39"]),  # a before and after still counts
])
def test_a_number_that_names_a_category_or_a_line_is_no_outcome(text: str, expected: list[str]) -> None:
    # the reading praise rests on; the learned models' sentence facts keep the narrower one
    sent = _sentence(text)
    found = [quote for start, end, quote in sent.numbers
             if outcome_number(sent, start, end, quote, wider=True)]
    assert found == expected
