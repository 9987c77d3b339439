"""Cut an answer into display segments, each naming the findings whose evidence covers it (pure)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from poise.analysis.report import SEVERITY_ORDER, Report
from poise.analysis.text import MAX_ANALYSED_WORDS, offset_of_word


@dataclass(frozen=True)
class Mark:
    """One finding as shown on the words it covers: rule id, severity and its message."""

    rule: str
    severity: str
    message: str

    def sort_key(self) -> tuple[int, str, str]:
        """Most severe first, then by rule id, so marks always come out in the same order."""
        return (SEVERITY_ORDER.get(self.severity, len(SEVERITY_ORDER)), self.rule, self.message)


@dataclass(frozen=True)
class Span:
    """Half-open character range ``[start, end)`` of the answer covered by one mark."""

    start: int
    end: int
    mark: Mark


class Segment(NamedTuple):
    """A piece of the answer and the marks covering all of it (empty: plain text)."""

    text: str
    marks: tuple[Mark, ...]

    @property
    def severity(self) -> str | None:
        """The most serious severity among the marks, or None for plain text."""
        if not self.marks:
            return None
        return self.marks[0].severity

    @property
    def title(self) -> str:
        """A tooltip naming every finding on this piece."""
        parts = []
        for mark in self.marks:
            parts.append(f"{mark.message} ({mark.rule}, {mark.severity})")
        return "; ".join(parts)


@dataclass(frozen=True)
class SentenceView:
    """A sentence with its story role, or a stretch between sentences (role None)."""

    role: str | None
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        """The words of this piece, unchanged."""
        return "".join(segment.text for segment in self.segments)


def report_spans(report: Report) -> list[Span]:
    """Every evidence span of every finding in the report."""
    spans = []
    for finding in report.findings:
        mark = Mark(finding.rule, finding.severity, finding.message)
        for item in finding.evidence:
            spans.append(Span(item.start, item.end, mark))
    return spans


def split(text: str, spans: Iterable[Span], *, cuts: Iterable[int] = ()) -> list[Segment]:
    """Cut ``text`` at every span edge (and at ``cuts``); join the pieces back to get ``text``.

    Spans may overlap, touch, or reach outside the text (they are clipped); empty spans are
    ignored. Neighbouring pieces with the same marks are merged unless a cut separates them.
    """
    length = len(text)
    kept: list[Span] = []
    for span in spans:
        start = min(max(span.start, 0), length)
        end = min(max(span.end, 0), length)
        if start < end:
            kept.append(Span(start, end, span.mark))
    hard_cuts = {min(max(cut, 0), length) for cut in cuts}
    points = {0, length} | hard_cuts
    for span in kept:
        points.add(span.start)
        points.add(span.end)
    ordered = sorted(points)

    segments: list[Segment] = []
    for left, right in pairwise(ordered):
        covering: set[Mark] = set()
        for span in kept:
            if span.start <= left and right <= span.end:
                covering.add(span.mark)
        marks = tuple(sorted(covering, key=Mark.sort_key))
        piece = text[left:right]
        if segments and segments[-1].marks == marks and left not in hard_cuts:
            segments[-1] = Segment(segments[-1].text + piece, marks)
        else:
            segments.append(Segment(piece, marks))
    return segments


def highlight(report: Report) -> list[Segment]:
    """The answer of ``report`` as segments marked with the findings whose evidence covers them."""
    return split(report.answer, report_spans(report))


def shown_length(report: Report) -> int:
    """How much of the answer the page shows: the words Poise analyses, not pages past them."""
    return offset_of_word(report.answer, MAX_ANALYSED_WORDS)


def words_left_out(report: Report) -> int:
    """How many words of the answer lie past the part analysed and shown."""
    return len(report.answer[shown_length(report):].split())


def sentence_views(report: Report) -> list[SentenceView]:
    """The highlighted answer grouped by sentence, each with its story role when known.

    Text between or around labelled sentences comes as pieces with role None, so joining
    every piece gives back the answer exactly, up to the words Poise analyses
    (``shown_length``).
    """
    cuts = []
    for sent in report.structure:
        cuts.append(sent.start)
        cuts.append(sent.end)
    segments = split(report.answer[:shown_length(report)], report_spans(report), cuts=cuts)

    views: list[SentenceView] = []
    current_role: str | None = None
    current_index: int | None = None
    pending: list[Segment] = []
    offset = 0
    for segment in segments:
        index, role = _sentence_at(report, offset)
        if pending and index != current_index:
            views.append(SentenceView(current_role, tuple(pending)))
            pending = []
        current_index, current_role = index, role
        pending.append(segment)
        offset += len(segment.text)
    if pending:
        views.append(SentenceView(current_role, tuple(pending)))
    return views


def _sentence_at(report: Report, offset: int) -> tuple[int | None, str | None]:
    for sent in report.structure:
        if sent.start <= offset < sent.end:
            return sent.index, sent.role
    return None, None
