"""The time a question bounds its story to against the dates the answer tells
(analysis/timeframe.py, relevance.answers_another): an old story told for "the last 18 months"
is raised with the window and the date named; a recent story, a date given as background to a
recent one, a comparison with last year and a question with no window are not. Examples written
for these tests."""

from __future__ import annotations

import pytest

from poise.analysis import analyse, timeframe

YEAR = 2026


@pytest.mark.parametrize(("question", "years"), [
    ("Tell me about a change you have led in the last 18 months.", 1.5),
    ("What have you done over the past two years to grow as a manager?", 2.0),
    ("What have you learned in the last year or two?", 2.0),
    ("Give me an example from the past few years of a hard decision.", 3.0),
    ("What have you changed this year in how you run the team?", 1.0),
    ("Tell me about a conflict you handled recently.", 2.0),
    ("Give me a recent example of a decision you reversed.", 2.0),
])
def test_window_asked(question: str, years: float) -> None:
    window = timeframe.asked_window(question)
    assert window is not None and window.years == years


@pytest.mark.parametrize("question", [
    "Sales are down 8% on last year. What do you do first?",  # a comparison, not a window
    "Tell me about a time you changed a process.",
    "In your most recent role, what was your biggest achievement?",  # names a job
    "What will you focus on in the next two years?",  # a time ahead
])
def test_no_window(question: str) -> None:
    assert timeframe.asked_window(question) is None


def _old(answer: list[str], question: str = "What change have you led in the last 18 months?") -> bool:
    window = timeframe.asked_window(question)
    assert window is not None
    return timeframe.old_story(list(enumerate(answer)), window, YEAR) is not None


def test_old_story_found() -> None:
    assert _old(["In 2012 I merged the two shifts.", "Output rose by a fifth by 2013."])
    assert _old(["About ten years ago I rebuilt the rota.", "Absence halved."])


@pytest.mark.parametrize("answer", [
    ["In 2012 I merged the two shifts.", "Last year I did the same at our second plant."],  # recent too
    ["I merged the two shifts and retrained the fitters.", "Output rose by a fifth."],  # no date
    ["In 2025 I merged the two shifts.", "Output rose by a fifth."],  # inside the window
    ["In 2023 I merged the two shifts.", "Output rose by a fifth."],  # near it: the writing lag
    ["Since 2012 I have run the plant, and I am currently merging the shifts.", "It is going well."],
    ["In 2012 I merged the shifts.", "By 2030 I want every plant to run that way."],  # a year ahead
    ["We employ 2015 people across the sites.", "I merged the shifts."],  # a count, not a year
])
def test_not_old(answer: list[str]) -> None:
    assert not _old(answer)


FLAGGED = (
    "The change I am proudest of was at the brewery in 2009. I merged the two bottling shifts "
    "into one and I retrained the fitters on the new filler. We cut changeover time from ninety "
    "minutes to forty, and the plant kept that rota until it closed in 2013."
)
RECENT = (
    "Last spring I merged the two bottling shifts at our brewery into one. I retrained the fitters "
    "on the new filler and moved the cleaning to the night. Changeover time fell from ninety "
    "minutes to forty, and we have held that since. I first tried this at a smaller plant in 2009, "
    "so I knew where the fitters would struggle."
)
QUESTION = "What is one change you have led in the last eighteen months?"


def _time_findings(question: str, answer: str) -> list[str]:
    report = analyse(question, answer)
    return [finding.message for finding in report.findings
            if finding.rule == "relevance.answers_another" and "the question asks about" in finding.message]


def test_analyser_raises_old_story_with_its_mismatch() -> None:
    messages = _time_findings(QUESTION, FLAGGED)
    assert messages and '"the last eighteen months"' in messages[0] and "2013" in messages[0]


def test_analyser_passes_recent_story_with_old_background() -> None:
    assert not _time_findings(QUESTION, RECENT)


def test_analyser_passes_old_story_when_no_window_asked() -> None:
    assert not _time_findings("Tell me about a change you have led.", FLAGGED)


# --- the interviewer as the one spoken to is not the organisation --------------------------

ASKED_ABOUT_US = "Why this job, and what do you actually know about us?"
RECORD = (
    "So, let me tell you where I come from, because I think that explains it. I started as an "
    "engineer at a tram company, and in 2016 I took over the worst depot in the fleet. I rewrote "
    "the maintenance plan around the routes and I opened the parts store at night. Availability "
    "went from 70 to 88 percent in a year. After that I ran the western region, I can show you "
    "the figures, and I cut fuel use by six percent."
)
ABOUT_THEM = (
    "Let me tell you what I have read. You run about 400 trams on four lines, and your last annual "
    "report puts availability near 80 percent. I think this job is there to lift that number. In "
    "2016 I took over the worst depot in my current fleet and I rewrote the maintenance plan "
    "around the routes. Availability went from 70 to 88 percent in a year."
)


def _record_findings(question: str, answer: str) -> list[str]:
    report = analyse(question, answer)
    return [finding.message for finding in report.findings
            if finding.rule == "relevance.answers_another" and "organisation or the role" in finding.message]


def test_told_you_is_not_the_organisation() -> None:
    assert _record_findings(ASKED_ABOUT_US, RECORD)


def test_answer_that_speaks_of_them_passes() -> None:
    assert not _record_findings(ASKED_ABOUT_US, ABOUT_THEM)
