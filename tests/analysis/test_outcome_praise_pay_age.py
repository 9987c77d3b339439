"""No outcome praise for a figure that is the speaker's pay ("I currently earn £68,000 base") or
someone's age ("sixteen years older than me"); a figure that is the story's result is still
praised."""

from __future__ import annotations

from poise.analysis import AnalysisContext, analyse

CONTEXT = AnalysisContext(family=None, phase="answer", interview_format=None)
OUTCOME = "Puts a number on the outcome"


def _outcome_quotes(question: str, answer: str) -> list[str]:
    report = analyse(question, answer, context=CONTEXT)
    return [item.quote for strength in report.strengths if strength.what == OUTCOME
            for item in strength.evidence]


def test_the_speakers_pay_is_no_outcome() -> None:
    quotes = _outcome_quotes("What are your salary expectations for this role?",
                             "I currently earn £68,000 base at Northwold Satellite Services, plus a "
                             "10% bonus and a car allowance. For this role I am looking for "
                             "£78,000 to £84,000 base.")
    assert quotes == []


def test_an_age_gap_is_no_outcome() -> None:
    context = AnalysisContext(family=None, phase="concern", interview_format=None)
    report = analyse(
        "Is there anything about me that gives you pause? — You have led supervisors, not "
        "managers, and some of these managers are older than you.",
        "That is fair. Last year I was acting site manager for six months while our manager was "
        "on leave, and the engineering manager and the stores manager reported to me. The "
        "engineering manager, Mrs Okoro, is twelve years older than me and she was not pleased "
        "at first. What I did was to meet each of them weekly and agree which decisions are "
        "theirs. By the end the three of us worked well together.", context=context)
    quotes = [item.quote for strength in report.strengths if strength.what == OUTCOME
              for item in strength.evidence]
    assert not any("older" in quote for quote in quotes)


def test_money_won_in_a_story_is_still_an_outcome() -> None:
    quotes = _outcome_quotes(
        "Tell me about a negotiation you led.",
        "Our main supplier wanted a 9% rise. I went through their cost sheet line by line and "
        "offered a three-year volume commitment. We settled at 2%, which saved £68,000 a year.")
    assert any("68,000" in quote for quote in quotes)
