"""The terminal view of an answer past the analysed length: what was analysed, and a word on the rest."""

from __future__ import annotations

from rich.console import Console

from poise.analysis import analyse
from poise.analysis.text import MAX_ANALYSED_WORDS
from poise.cli.render import report_view

SENTENCE = "In 2021 I led the ramp-up of Line 2 and we reached rated output four months after start. "


def test_a_pasted_wall_of_text_shows_the_analysed_part_and_says_what_was_left_out() -> None:
    answer = SENTENCE * 300  # 5,100 words: past the 3,000 Poise analyses
    report = analyse("Why should we hire you?", answer)
    console = Console(record=True, width=100)
    console.print(report_view(report))
    shown = console.export_text()
    assert shown.count("rated output") <= MAX_ANALYSED_WORDS // 16 + 2  # not all 300 copies
    left = len(answer.split()) - MAX_ANALYSED_WORDS
    assert f"the last {left:,} words are not analysed" in " ".join(shown.split())


def test_an_answer_within_the_limit_is_shown_whole() -> None:
    report = analyse("Why should we hire you?", SENTENCE * 3)
    console = Console(record=True, width=100)
    console.print(report_view(report))
    assert console.export_text().count("rated output") >= 3
    assert "not analysed" not in console.export_text()


def test_a_drafted_answer_with_no_finding_still_says_why_its_score_is_not_higher() -> None:
    from poise.analysis import AnalysisContext
    from poise.cli.render import point_lines

    answer = ("I take on too much of the technical problem-solving myself. Since 2023 I let shift "
              "leaders run the daily yield meeting and I only join on Fridays. Two of them now lead "
              "root-cause reviews without me.")
    report = analyse("What is your greatest weakness?", answer, context=AnalysisContext(family="weaknesses"))
    assert not report.findings and report.overall is not None and report.overall < 100
    lines = " ".join(point_lines(report))
    assert any(f"{dimension.label} {dimension.score}/5" in lines
               for dimension in report.dimensions if dimension.score < 5)
