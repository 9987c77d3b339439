"""Words the web report shows: a quoted line cut at a word, and no "0 points to fix" beside a score."""

from __future__ import annotations

from poise.web.contexts.catalogue import MAX_QUOTE_CHARS, _quote


def test_a_quoted_job_line_is_cut_at_a_word_never_inside_one() -> None:
    line = ("Build the organization to approximately 3,000 employees across cell production, quality, "
            "maintenance, EHS and supply chain, including hiring the site leadership team")
    shown = _quote(line)
    assert len(shown) <= MAX_QUOTE_CHARS
    assert shown.endswith("…")
    assert shown[:-1].split()[-1] in line.split()  # the last word shown is a whole word of the line
    assert _quote("A short line.") == "A short line."


def test_a_report_with_no_finding_never_says_zero_points_to_fix_or_a_few_fixes() -> None:
    from poise.analysis.report import Report
    from poise.web.contexts.catalogue import NO_FINDING, report_view

    answer = "I set up a daily yield review. Yield rose from 89% to 95% in two years."
    report = Report.from_dict({
        "schema_version": 1, "question": "Tell me about a result.", "answer": answer,
        "family": None, "family_source": "none", "format": None, "phase": "answer",
        "words": len(answer.split()), "state": "judged", "overall": 65, "dimensions": [],
        "structure": [], "findings": [], "strengths": [], "top_fixes": []})
    view = report_view(report)
    assert view.verdict.detail == NO_FINDING
    assert "0 points" not in view.summary and NO_FINDING in view.summary
