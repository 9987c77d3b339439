"""Rich rendering of reports and tables for the terminal (no logic beyond presentation)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from poise.analysis.report import Report, judged_as
from poise.analysis.text import MAX_ANALYSED_WORDS, offset_of_word
from poise.content.schema import Question
from poise.services.quotes import shown_quotes

SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}
ROLE_STYLE = {
    "circumstances": "dim",
    "actions": "green",
    "results": "bold blue",
    "lesson": "magenta",
    "other": "red",
}


def highlighted_answer(report: Report) -> Text:
    """The answer with every evidence span underlined in its finding's colour; past the words
    Poise analyses, a line saying how many were left out instead of pages of them."""
    cut = offset_of_word(report.answer, MAX_ANALYSED_WORDS)
    text = Text(report.answer[:cut].rstrip())
    for finding in report.findings:
        for item in finding.evidence:
            if item.start < cut:
                text.stylize(f"{SEVERITY_STYLE[finding.severity]} underline", item.start, min(item.end, cut))
    left = len(report.answer[cut:].split())
    if left:
        text.append(f"\n\n[… the last {left:,} words are not analysed, and not shown here]", style="dim")
    return text


def report_view(report: Report) -> Group:
    """A full terminal view of one report."""
    parts: list = []
    header = Text()
    header.append(f"Overall {report.overall}/100", style="bold")
    header.append(f"   {judged_as(report)}", style="dim")
    header.append(f"   {report.words} words", style="dim")
    parts.append(header)
    if report.insufficient:
        parts.append(Text(
            "Insufficient evidence: this answer is too thin to judge. Give one real example with "
            "what you did and how it ended.", style="bold red"))
    parts.append(Panel(highlighted_answer(report), title="Your answer (evidence underlined)"))
    if report.structure:
        line = Text("Structure: ")
        for item in report.structure:
            line.append(f"[{item.index + 1}:{item.role}] ", style=ROLE_STYLE[item.role])
        parts.append(line)
    table = Table(title="Dimensions", show_lines=False)
    table.add_column("Dimension")
    table.add_column("Score", justify="center")
    table.add_column("What this level means")
    for dimension in report.dimensions:
        table.add_row(dimension.label, f"{dimension.score}/5", dimension.anchor)
    parts.append(table)
    for finding in report.findings:
        quotes = "; ".join(f"“{quote}”" for quote in shown_quotes(report, finding.evidence, 120))
        body = Text()
        body.append(f"{finding.message}\n", style=SEVERITY_STYLE[finding.severity])
        body.append(f"Evidence: {quotes}\n", style="italic")
        body.append(f"Why: {finding.why}\n")
        body.append(f"Do: {finding.fix}\n")
        body.append(f"Rule {finding.rule} (turn off with --disable {finding.rule})", style="dim")
        parts.append(Panel(body, title=f"{finding.severity.capitalize()} severity",
                           title_align="left"))
    for strength in report.strengths:
        quotes = "; ".join(f"“{quote}”" for quote in shown_quotes(report, strength.evidence, 80))
        parts.append(Text(f"+ {strength.what}: {quotes}", style="green"))
    if report.top_fixes:
        fixes = Text("Fix first:\n", style="bold")
        for number, fix in enumerate(report.top_fixes, start=1):
            fixes.append(f"{number}. {fix.message}: {fix.fix}\n")
        parts.append(fixes)
    return Group(*parts)


def point_lines(report: Report) -> list[str]:
    """A drafted answer's points in one line each, as Rich markup: what to fix with the words it
    is about, then what already works with its words, so a score never stands unexplained."""
    lines = []
    for finding in report.findings:
        quotes = "; ".join(f"“{quote}”" for quote in shown_quotes(report, finding.evidence, 100, 2))
        lines.append(f"[yellow]{escape(finding.message)}[/]" + (f" ({escape(quotes)})" if quotes else "")
                     + f": {escape(finding.fix)}")
    for strength in report.strengths:
        quotes = "; ".join(f"“{quote}”" for quote in shown_quotes(report, strength.evidence, 100, 2))
        lines.append(f"[green]+ {escape(strength.what)}[/]" + (f": {escape(quotes)}" if quotes else ""))
    if not report.findings and report.state == "ok" and report.overall is not None \
            and report.overall < 100:
        # no finding to point at: each dimension short of 5 says why the score is not higher
        lines.extend(f"[dim]{escape(line)}[/]" for line in short_of_full_marks(report))
    return lines


def short_of_full_marks(analysis: Report) -> list[str]:
    """Each dimension under 5 with the reason its anchor gives ("Ownership 3/5: only one thing
    you did yourself is named"), so a lower score never stands unexplained under "no mistake"."""
    lines = []
    for dimension in analysis.dimensions:
        if dimension.score >= 5:
            continue
        reason = dimension.anchor.split("Short of 5:", 1)[1].strip() if (
            "Short of 5:" in dimension.anchor) else dimension.anchor
        lines.append(f"{dimension.label} {dimension.score}/5: {reason}")
    return lines


def questions_table(questions: list[Question]) -> Table:
    """A table of bank questions."""
    table = Table(title=f"{len(questions)} questions")
    table.add_column("id", style="cyan", no_wrap=True)
    table.add_column("question")
    table.add_column("formats", style="dim")
    table.add_column("competencies", style="dim")
    for question in questions:
        table.add_row(question.id, question.text, ", ".join(question.formats),
                      ", ".join(question.competencies))
    return table


def print_error(console: Console, message: str) -> None:
    """An error line on stderr, in red."""
    console.print(Text(message, style="bold red"))
