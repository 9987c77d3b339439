"""The words a report's point is shown with: a quote of one or two words ("I used") says nothing
on its own, so it is shown as the whole sentence it stands in; a long one is cut at a word and
marked "…". Presentation only: the evidence's offsets are left as the analyser gave them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from poise.analysis.report import Evidence, Report
from poise.analysis.text import clip

MIN_QUOTE_WORDS = 3
"""Fewer words than this are widened to their sentence."""


SHORT_QUOTE_WORDS = 5
"""A quote shorter than this that stops mid-clause ("I also trained", then "45 engineers") is
widened to its sentence too: the words it leaves out are what it is about."""

_CLAUSE_GOES_ON = re.compile(r"[ \t]+[\w(“\"'$€£]")


def _stops_mid_clause(report: Report, item: Evidence) -> bool:
    """True when the answer goes straight on after the quote, with no punctuation between."""
    if not 0 < item.end <= len(report.answer) or report.answer[item.start:item.end] != item.quote:
        return False
    return _CLAUSE_GOES_ON.match(report.answer, item.end) is not None


SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)")
"""Where a sentence ends, for an answer the report gives no sentences of (a reply to a concern)."""


def _sentence_span(report: Report, item: Evidence) -> tuple[int, int] | None:
    """The start and end of the sentence holding ``item``: the report's own sentence, or, when the
    report labels none (a reply to a concern), the text between the full stops around it."""
    if not report.answer[item.start:item.end].strip():
        return None
    for sentence in report.structure:
        if sentence.start <= item.start and item.end <= sentence.end:
            return sentence.start, sentence.end
    if report.structure:
        return None
    before = [found.end() for found in SENTENCE_END_RE.finditer(report.answer, 0, item.start)]
    after = SENTENCE_END_RE.search(report.answer, item.end)
    return (before[-1] if before else 0), (after.end() if after else len(report.answer))


def shown_quote(report: Report, item: Evidence, limit: int = 160) -> str:
    """The quote as a reader sees it: widened to its sentence when too short to mean anything
    (under three words, or under five that stop mid-clause; the sentence is the answer's own
    words, from the report's sentence spans), then cut at a word under ``limit`` characters with
    "…"."""
    text = " ".join(item.quote.split())
    if len(text.split()) < MIN_QUOTE_WORDS or (len(text.split()) < SHORT_QUOTE_WORDS
                                              and _stops_mid_clause(report, item)):
        span = _sentence_span(report, item)
        if span is not None:
            whole = " ".join(report.answer[span[0]:span[1]].split())
            if len(whole.split()) > len(text.split()):
                text = whole
    return clip(text, limit)


def shown_quotes(report: Report, items: Iterable[Evidence], limit: int = 160,
                 count: int = 3) -> tuple[str, ...]:
    """Up to ``count`` quotes as shown, each once: two short quotes of one sentence ("76%",
    "3 million") widen to the same sentence, which is shown a single time, and a quote already
    inside one shown is not repeated."""
    shown: list[str] = []
    for item in items:
        if not item.quote.strip():
            continue
        text = shown_quote(report, item, limit)
        bare = text.rstrip("…")
        if any(bare in other.rstrip("…") or other.rstrip("…") in bare for other in shown):
            continue
        shown.append(text)
        if len(shown) == count:
            break
    return tuple(shown)
