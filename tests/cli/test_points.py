"""A point's words as the reader sees them: a one- or two-word quote widened to its sentence, a
long one cut at a word; a drafted answer's score shown with the points behind it."""

from __future__ import annotations

from typer.testing import CliRunner

from poise.analysis.report import Evidence, Report
from poise.cli.app import app
from poise.services.quotes import shown_quote

ANSWER = "I used to take on too much myself. I now delegate the weekly review to my managers."


def _report(answer: str = ANSWER) -> Report:
    first = answer.index(".") + 1
    return Report.from_dict({
        "schema_version": 1, "question": "What is a weakness of yours?", "answer": answer,
        "family": None, "family_source": "none", "format": None, "phase": "answer",
        "words": len(answer.split()), "state": "judged", "overall": 70, "dimensions": [],
        "structure": [
            {"index": 0, "start": 0, "end": first, "role": "circumstances",
             "quote": answer[:first]},
            {"index": 1, "start": first + 1, "end": len(answer), "role": "actions",
             "quote": answer[first + 1:]}],
        "findings": [], "strengths": [], "top_fixes": []})


def test_a_two_word_quote_is_shown_as_its_sentence() -> None:
    report = _report()
    assert shown_quote(report, Evidence(0, 6, "I used")) == "I used to take on too much myself."


def test_a_quote_of_three_words_or_more_is_shown_as_given() -> None:
    report = _report()
    start = ANSWER.index("to my managers")
    item = Evidence(start, start + len("to my managers"), "to my managers")
    assert shown_quote(report, item) == "to my managers"  # it ends where its clause ends


def test_a_short_quote_that_stops_mid_clause_is_shown_as_its_sentence() -> None:
    answer = "I have not led a greenfield plant. In 2018 I also trained 45 engineers for the Poland start-up."
    report = _report(answer)
    start = answer.index("I also trained")
    shown = shown_quote(report, Evidence(start, start + len("I also trained"), "I also trained"))
    assert shown == "In 2018 I also trained 45 engineers for the Poland start-up."
    five = answer.index("I also trained 45 engineers")
    quote = "I also trained 45 engineers"
    assert shown_quote(report, Evidence(five, five + len(quote), quote)) == quote  # long enough to say


def test_a_short_quote_outside_every_sentence_span_is_left_alone() -> None:
    report = _report()
    assert shown_quote(report, Evidence(30, 60, "myself. I")) == "myself. I"


def test_a_long_quote_is_cut_at_a_word_and_marked() -> None:
    answer = "I " + "rebuilt the plan " * 20 + "and shipped it."
    report = _report(answer)
    shown = shown_quote(report, Evidence(0, len(answer), answer), limit=40)
    assert shown.endswith("…") and len(shown) <= 40
    assert shown[:-1] == answer[: len(shown) - 1].rstrip() and not shown[:-1].endswith(" ")


def test_the_weakness_answer_shows_what_earned_its_score() -> None:
    result = CliRunner().invoke(app, [
        "weakness", "--shortcoming", "I used to take on too much of the detail myself",
        "--steps", "I now delegate the weekly KPI review to my production managers",
        "--progress", "In 2024 they ran it alone for 10 months"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "/100" in result.stdout
    shown = [line for line in result.stdout.splitlines() if line.strip().startswith("+ ")]
    assert shown, result.stdout
    assert all("“" in line for line in shown)


def test_two_short_quotes_of_one_sentence_are_shown_once() -> None:
    from poise.services.quotes import shown_quotes

    report = _report()
    start = ANSWER.index("weekly")
    items = [Evidence(start, start + 6, "weekly"), Evidence(start + 7, start + 13, "review"),
             Evidence(0, 6, "I used")]
    assert shown_quotes(report, items) == (
        "I now delegate the weekly review to my managers.", "I used to take on too much myself.")


def test_a_short_quote_of_a_reply_without_labelled_sentences_is_shown_as_its_sentence() -> None:
    """A reply to a concern has no labelled sentences: the full stops around the quote bound it."""
    answer = "That is fair. At NordTec I negotiated with the union twice. I have booked lessons."
    report = Report.from_dict({**_report(answer).to_dict(), "structure": []})
    start = answer.index("I negotiated")
    shown = shown_quote(report, Evidence(start, start + 12, "I negotiated"))
    assert shown == "At NordTec I negotiated with the union twice."


def test_practice_feedback_never_says_nothing_to_fix_beside_a_lower_score() -> None:
    """A turn with no finding but a dimension under 5 says what is short of full marks (the
    anchor's reason), not "Nothing to fix"; its strength quotes a sentence, not "I took"."""
    from rich.console import Console

    from poise.cli.practice import _practice_analysis

    data = _report().to_dict()
    data["state"] = "ok"
    data["dimensions"] = {
        "ownership": {"label": "Ownership", "score": 3, "anchor": "Your part is thin. Short of "
                      "5: only one thing you did yourself is named."},
        "structure": {"label": "Structure", "score": 5, "anchor": "Brief context."}}
    data["strengths"] = [{"what": "Says what you did yourself",
                          "evidence": [{"start": 0, "end": 6, "quote": "I used"}]}]
    console = Console(width=200, record=True)
    for part in _practice_analysis("question", Report.from_dict(data)):
        console.print(part)
    shown = console.export_text()
    assert "Nothing to fix" not in shown
    assert "Ownership 3/5: only one thing you did yourself is named." in shown
    assert "“I used to take on too much myself.”" in shown
    data["dimensions"]["ownership"]["score"] = 5
    console = Console(width=200, record=True)
    for part in _practice_analysis("question", Report.from_dict(data)):
        console.print(part)
    assert "Nothing to fix" in console.export_text()
