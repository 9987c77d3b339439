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
