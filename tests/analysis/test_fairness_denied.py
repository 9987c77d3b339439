"""The question's fairness denied now ("I don't think that comment is fair") is defensive under
challenge; a fair point granted in passing ("fair point, I haven't seen...") and a past verdict
told in a story are not (examples written for these tests)."""

from __future__ import annotations

from poise.analysis import AnalysisContext, analyse

DEFENSIVE_RULES = frozenset({"tone.defensive", "tone.curt", "concern.defensive",
                             "concern.dismissive", "meaning.defensive", "tone.curt_in_stress",
                             "tone.heard_pushback"})
RECORD = (" In 2023 I rebuilt the depot's routes with the drivers myself, and missed deliveries "
          "fell from 9% to 2% within the year.")


def _defensive(question: str, answer: str, **context: str) -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(**context))  # type: ignore[arg-type]
    return report.rules_fired() & DEFENSIVE_RULES


def test_a_pointed_remark_denied_fair_now_is_defensive() -> None:
    answer = "I don't think that remark is fair, to be honest." + RECORD
    assert _defensive("Your references say you're hard to work for. Explain that.", answer,
                      interview_format="stress")


def test_a_past_verdict_of_unfairness_in_a_story_is_not() -> None:
    answer = ("I didn't think that rota was fair at the time, so I asked my director to review it "
              "with me." + RECORD)
    assert not _defensive("Your references say you're hard to work for. Explain that.", answer,
                          interview_format="stress")


def test_a_fair_point_granted_in_passing_is_not_dismissive() -> None:
    answer = ("I ran four quite different jobs under one badge, including the merger of 340 stores "
              "in 2019. But, fair point, I haven't seen how another carrier does things. In my first "
              "sixty days I'd spend time in your stores before I change anything. Does that help?")
    assert not _defensive("Is there anything that gives you pause? — Fourteen years at one carrier.",
                          answer, phase="concern_reply")
