"""A question the speaker asks aloud claims nothing: it is never quoted as self-praise."""

from __future__ import annotations

from poise.analysis import AnalysisContext, analyse

QUESTION = "What makes somebody a good leader, in your view, and are you one?"
ANSWER = (
    "For me, a good leader is someone whose team can tell them bad news early. When I became head "
    "of highways maintenance, our winter gritting reached only 81 percent of priority routes in "
    "three hours, and nobody told the office why. I went to all four depots on night shifts and "
    "told the supervisors that any problem they raised would not come back on them. They gave me "
    "forty-one issues; I redesigned nine routes with them and got two spare lorries funded. The "
    "next winter we were at 97 percent. Am I a good leader? On that, yes. On other things I am "
    "still learning: I was slow to delegate the budget, so this year my deputy owns it."
)


def test_a_question_asked_aloud_is_not_quoted_as_self_praise() -> None:
    report = analyse(QUESTION, ANSWER, context=AnalysisContext(family="leadership_qualities"))
    quoted = [item.quote for finding in report.findings
              if finding.rule in {"meaning.self_praise", "tone.self_praise"}
              for item in finding.evidence]
    assert not any(quote.rstrip().endswith("?") for quote in quoted)
