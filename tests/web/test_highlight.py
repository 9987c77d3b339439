"""highlight.py: answer segments naming the findings that cover them, joined back exactly."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from poise.analysis.report import Evidence, Finding, LabelledSentence, Report
from poise.web.highlight import Mark, Segment, Span, highlight, sentence_views, split

HIGH = Mark("ownership.blame", "high", "Blames others")
MEDIUM = Mark("evidence.vague", "medium", "No concrete detail")
LOW = Mark("delivery.filler", "low", "Filler words")


def _joined(segments: list[Segment]) -> str:
    return "".join(segment.text for segment in segments)


def _finding(rule: str, severity: str, answer: str, *ranges: tuple[int, int]) -> Finding:
    evidence = tuple(Evidence(start, end, answer[start:end]) for start, end in ranges)
    return Finding(
        rule, severity, "evidence", f"message of {rule}", "why", "fix", "source", evidence
    )


def _report(
    answer: str, findings: tuple[Finding, ...], structure: tuple[LabelledSentence, ...] = ()
) -> Report:
    return Report(
        question="Tell me about a time you failed.",
        answer=answer,
        family=None,
        family_source="none",
        interview_format=None,
        phase="answer",
        words=len(answer.split()),
        state="ok",
        overall=50,
        dimensions=(),
        structure=structure,
        findings=findings,
        strengths=(),
        top_fixes=(),
    )


def test_split_without_spans_returns_one_plain_segment() -> None:
    assert split("I led the team.", []) == [Segment("I led the team.", ())]


def test_split_of_empty_text_is_empty() -> None:
    assert split("", [Span(0, 3, HIGH)]) == []


def test_split_marks_a_span_in_the_middle() -> None:
    text = "I think we won."
    segments = split(text, [Span(2, 7, MEDIUM)])
    assert segments == [Segment("I ", ()), Segment("think", (MEDIUM,)), Segment(" we won.", ())]


def test_split_handles_spans_at_the_very_start_and_end() -> None:
    text = "Honestly it was fine"
    segments = split(text, [Span(0, 8, LOW), Span(16, 20, HIGH)])
    assert segments[0] == Segment("Honestly", (LOW,))
    assert segments[-1] == Segment("fine", (HIGH,))
    assert _joined(segments) == text


def test_split_keeps_adjacent_spans_of_different_findings_apart() -> None:
    text = "stuffthings rest"
    segments = split(text, [Span(0, 5, MEDIUM), Span(5, 11, HIGH)])
    assert segments == [
        Segment("stuff", (MEDIUM,)),
        Segment("things", (HIGH,)),
        Segment(" rest", ()),
    ]


def test_split_merges_touching_spans_of_the_same_finding() -> None:
    text = "we did we won"
    segments = split(text, [Span(0, 6, MEDIUM), Span(6, 13, MEDIUM)])
    assert segments == [Segment("we did we won", (MEDIUM,))]


def test_split_overlapping_spans_mark_the_overlap_with_both_most_severe_first() -> None:
    text = "0123456789abcde"
    segments = split(text, [Span(5, 15, LOW), Span(0, 10, HIGH)])
    assert segments == [
        Segment("01234", (HIGH,)),
        Segment("56789", (HIGH, LOW)),
        Segment("abcde", (LOW,)),
    ]
    assert segments[1].severity == "high"
    assert "Blames others" in segments[1].title and "Filler words" in segments[1].title


def test_split_nested_spans_split_the_outer_one() -> None:
    text = "aaa bbb ccc"
    segments = split(text, [Span(0, 11, MEDIUM), Span(4, 7, HIGH)])
    assert segments == [
        Segment("aaa ", (MEDIUM,)),
        Segment("bbb", (HIGH, MEDIUM)),
        Segment(" ccc", (MEDIUM,)),
    ]


def test_split_counts_emoji_as_the_characters_python_slices() -> None:
    text = "I led 👩‍💻 devs 🚀 to launch"
    start = text.index("👩")
    end = text.index("🚀") + 1
    segments = split(text, [Span(start, end, LOW)])
    assert _joined(segments) == text
    assert segments[1] == Segment(text[start:end], (LOW,))
    assert segments[1].text.endswith("🚀")


def test_split_clips_spans_outside_the_text_and_ignores_empty_ones() -> None:
    text = "short"
    segments = split(text, [Span(-4, 2, LOW), Span(3, 99, HIGH), Span(1, 1, MEDIUM)])
    assert segments == [Segment("sh", (LOW,)), Segment("o", ()), Segment("rt", (HIGH,))]


def test_split_cuts_separate_pieces_with_the_same_marks() -> None:
    segments = split("one two", [Span(0, 7, LOW)], cuts=[3])
    assert segments == [Segment("one", (LOW,)), Segment(" two", (LOW,))]


def test_segment_without_marks_has_no_severity() -> None:
    assert Segment("plain", ()).severity is None
    assert Segment("plain", ()).title == ""


def test_highlight_marks_each_finding_evidence_in_a_report() -> None:
    answer = "It was not my fault. We basically did stuff."
    blame = _finding("ownership.blame", "high", answer, (0, 19))
    vague = _finding("evidence.vague", "medium", answer, (38, 43), (24, 33))
    segments = highlight(_report(answer, (blame, vague)))
    assert _joined(segments) == answer
    marked = {segment.text: segment.marks[0].rule for segment in segments if segment.marks}
    assert marked == {
        "It was not my fault": "ownership.blame",
        "basically": "evidence.vague",
        "stuff": "evidence.vague",
    }


def test_sentence_views_label_sentences_and_keep_the_gaps() -> None:
    answer = "  In 2020 I took over. I cut costs by 12%.\n"
    structure = (
        LabelledSentence(0, 2, 22, "circumstances", answer[2:22]),
        LabelledSentence(1, 23, 42, "results", answer[23:42]),
    )
    finding = _finding("evidence.vague", "low", answer, (17, 30))
    views = sentence_views(_report(answer, (finding,), structure))
    assert "".join(view.text for view in views) == answer
    assert [(view.role, view.text) for view in views] == [
        (None, "  "),
        ("circumstances", "In 2020 I took over."),
        (None, " "),
        ("results", "I cut costs by 12%."),
        (None, "\n"),
    ]
    # The finding crosses the sentence edge: it is cut there, and marked on both sides.
    assert views[1].segments[-1] == Segment("over.", (finding_mark(finding),))
    assert views[3].segments[0] == Segment("I cut c", (finding_mark(finding),))


def finding_mark(finding: Finding) -> Mark:
    return Mark(finding.rule, finding.severity, finding.message)


MARKS = st.sampled_from([HIGH, MEDIUM, LOW])


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[Span]]:
    text = draw(st.text(alphabet=st.sampled_from("ab \n.é👩‍💻🚀"), max_size=40))
    spans = draw(
        st.lists(
            st.builds(Span, st.integers(-3, 45), st.integers(-3, 45), MARKS),
            max_size=6,
        )
    )
    return text, spans


@given(text_and_spans())
def test_split_joins_back_exactly_and_marks_exactly_the_covering_spans(
    case: tuple[str, list[Span]],
) -> None:
    text, spans = case
    segments = split(text, spans)
    assert _joined(segments) == text
    offset = 0
    for number, segment in enumerate(segments):
        assert segment.text
        for index in range(offset, offset + len(segment.text)):
            covering = {span.mark for span in spans if span.start <= index < span.end}
            assert set(segment.marks) == covering
        if number:
            assert segments[number - 1].marks != segment.marks
        offset += len(segment.text)


def test_a_pasted_wall_of_text_is_shown_up_to_the_words_analysed() -> None:
    from poise.analysis import analyse
    from poise.analysis.text import MAX_ANALYSED_WORDS
    from poise.web.highlight import words_left_out

    sentence = "In 2021 I led the ramp-up of Line 2 and we reached rated output early. "
    report = analyse("Why should we hire you?", sentence * 400)
    shown = "".join(view.text for view in sentence_views(report))
    assert len(shown.split()) <= MAX_ANALYSED_WORDS + 1
    assert words_left_out(report) == len(report.answer.split()) - len(shown.split())
    short = analyse("Why should we hire you?", sentence * 3)
    assert "".join(view.text for view in sentence_views(short)) == short.answer
    assert words_left_out(short) == 0
