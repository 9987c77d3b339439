"""What a score's text quotes and counts reads as a person would write it: a long quote ends on a
whole word, and a long answer's word count has its thousands separated."""

from __future__ import annotations

import re

from poise.analysis import AnalysisContext, analyse

STORY = ("In 2021 I took over a depot that was missing a third of its delivery windows across the "
         "northern region because the rota had been built around the old contract volumes, so "
         "I rebuilt the rota with the two shift leads and the planning team over two weeks. ")


def test_a_long_quote_in_a_score_ends_on_a_whole_word() -> None:
    report = analyse("Tell me about a time you fixed a failing operation.",
                     STORY + "On-time delivery rose from 64 to 93 percent within four months.",
                     context=AnalysisContext(family="past_behaviour"))
    cut = [quote for item in report.dimensions
           for quote in re.findall(r"“([^”]*?)(?:…|\.\.\.)”", item.anchor)]
    assert cut
    words = set(STORY.replace(",", " ").split())
    assert all(quote.split()[-1].rstrip(",;:") in words for quote in cut), cut


def test_a_long_answer_counts_its_words_with_separators() -> None:
    report = analyse("Tell me about a time you fixed a failing operation.", STORY * 120,
                     context=AnalysisContext(family="past_behaviour"))
    counted = [item.message for item in report.findings if "words" in item.message]
    assert counted and all(not re.search(r"\d{4,} words", message) for message in counted)
