"""A story that closes on a verdict told of nothing named ends on a feeling or an opinion.

"Things calmed down and the atmosphere was better", as the story's close (after its last step,
with at most a lesson after it), is reported as a result claimed, not told, even where the answer
read whole sounds otherwise; the same verdict with more steps after it, or a close that names
what changed, is not. Every example is written afresh in
the project's own words.
"""

from __future__ import annotations

import pytest

QUESTION = "Tell me about a time you dealt with a conflict between two of your supervisors."
STEPS = ("Two of my shift supervisors at the Hull depot had stopped speaking to each other after "
         "an argument about overtime. I met each of them on their own to hear their side. Then I "
         "sat them down together, set out who owned which decisions, and agreed a weekly "
         "handover they would both attend. ")


def _fired(answer: str) -> set[str]:
    from poise.analysis import AnalysisContext, analyse

    return analyse(QUESTION, answer, context=AnalysisContext()).rules_fired()


def test_a_story_closing_on_a_vague_verdict_is_reported() -> None:
    fired = _fired(STEPS + "After that things calmed down and the atmosphere was much better.")
    assert "structure.claimed_result" in fired


def _vetoed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The answer-level model reads every answer as showing no flaw: only grounded finds stand."""
    from poise.analysis.rules import engine

    monkeypatch.setattr(engine.sensed, "answer_agrees", lambda data, rule: False)


def test_a_closing_vague_verdict_stands_past_the_answer_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    _vetoed(monkeypatch)
    fired = _fired(STEPS + "After that things calmed down and the atmosphere was much better.")
    assert "structure.claimed_result" in fired


def test_a_vague_verdict_before_a_lesson_still_closes_the_story(monkeypatch: pytest.MonkeyPatch) -> None:
    _vetoed(monkeypatch)
    fired = _fired(STEPS + "The working relationship is in a good place now. What I take from it "
                   "is that people argue less once they know who decides what.")
    assert "structure.claimed_result" in fired


def test_a_vague_verdict_before_more_story_keeps_the_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    _vetoed(monkeypatch)
    fired = _fired(STEPS + "After that things calmed down and the atmosphere was much better. I "
                   "checked in with each of them every Friday for a month. I also asked the "
                   "site manager to sit in on the first two handovers.")
    assert "structure.claimed_result" not in fired


def test_a_story_closing_on_a_change_named_is_not() -> None:
    fired = _fired(STEPS + "After that the missed handovers stopped and the atmosphere was much "
                   "better.")
    assert not fired & {"structure.claimed_result", "structure.no_result", "meaning.no_result"}


def test_a_close_that_rues_how_it_went_claims_no_result(monkeypatch: pytest.MonkeyPatch) -> None:
    _vetoed(monkeypatch)
    fired = _fired(STEPS + "It was quite awkward for everyone.")
    assert "structure.claimed_result" not in fired


OTHERS = ("Our depot switched its delivery notes from paper to handhelds last year. The head office "
          "chose the devices and the supplier ran the training for every driver. The shift "
          "leads kept the paper notes going in parallel for the first month while the drivers "
          "got used to the screens. ")


def test_a_story_where_others_act_and_a_change_is_told_claims_no_result(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from poise.analysis.rules import engine

    # the answer-level model agrees with every finding: only the rule's own reading decides
    monkeypatch.setattr(engine.sensed, "answer_agrees", lambda data, rule: True)
    fired = _fired(OTHERS + "By the summer disputed deliveries had fallen sharply. Everybody "
                            "was happy with it.")
    assert "structure.claimed_result" not in fired


def test_a_story_where_others_act_and_only_a_verdict_closes_it_is_reported() -> None:
    fired = _fired(OTHERS + "In the end everybody was happy and it went really well.")
    assert "structure.claimed_result" in fired


HOW_QUESTION = "How do you set goals for your team, and how do you follow them up?"


def test_an_example_told_unasked_that_closes_on_a_verdict_is_reported(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from poise.analysis import AnalysisContext, analyse

    _vetoed(monkeypatch)
    answer = ("At the start of each season I sit down with the four team leads and we agree what "
              "the packhouse has to deliver. Last season we agreed three goals for the grading "
              "line and I walked the floor with the leads every Monday to see where we stood. "
              "At the end of the season the results were good, I think, and the growers were "
              "happy with the team.")
    fired = analyse(HOW_QUESTION, answer, context=AnalysisContext()).rules_fired()
    assert "structure.claimed_result" in fired


def test_a_way_of_working_with_no_example_is_not_read_for_a_result(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from poise.analysis import AnalysisContext, analyse

    _vetoed(monkeypatch)
    answer = ("I sit down with the four team leads at the start of each season and we agree what "
              "the packhouse has to deliver. I walk the floor with the leads every Monday to see "
              "where we stand. It works well and the growers are happy with the team.")
    fired = analyse(HOW_QUESTION, answer, context=AnalysisContext()).rules_fired()
    assert "structure.claimed_result" not in fired
