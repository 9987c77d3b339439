"""The words a report's point is shown with: a quote of one or two words ("I used") says nothing
on its own, so it is shown as the whole sentence it stands in; a long one is cut at a word and
marked "…". Presentation only: the evidence's offsets are left as the analyser gave them."""

from __future__ import annotations

from poise.analysis.report import Evidence, Report

MIN_QUOTE_WORDS = 3
"""Fewer words than this are widened to their sentence."""


def shown_quote(report: Report, item: Evidence, limit: int = 160) -> str:
    """The quote as a reader sees it: widened to its sentence when too short to mean anything
    (the sentence is the answer's own words, from the report's sentence spans), then cut at a
    word under ``limit`` characters with "…"."""
    text = " ".join(item.quote.split())
    if len(text.split()) < MIN_QUOTE_WORDS:
        for sentence in report.structure:
            if sentence.start <= item.start and item.end <= sentence.end:
                whole = " ".join(report.answer[sentence.start:sentence.end].split())
                if len(whole.split()) > len(text.split()):
                    text = whole
                break
    if len(text) > limit:
        cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
        text = cut.rstrip(" ,;:") + "…"
    return text
