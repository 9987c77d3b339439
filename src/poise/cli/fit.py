"""`poise fit`: map a résumé against a job and predict what may give the interviewer pause."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from poise.cli.common import err, fail, open_db, out, print_json
from poise.errors import PoiseError

if TYPE_CHECKING:
    from poise.fit.concerns.model import AnswerPlan
    from poise.services.fit import FitReport

app = typer.Typer()

FIT_STRENGTH_STYLE = {"strong": "green", "partial": "yellow", "none": "bold red"}
FIT_SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}


@app.command("fit")
def fit(
    job: Annotated[Path, typer.Option("--job", help="The job description (.txt, .md, .pdf, .docx).")],
    resume: Annotated[Path, typer.Option("--resume", help="Your résumé (.txt, .md, .pdf, .docx).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
    save: Annotated[bool, typer.Option("--save", help="Store it as an application.")] = False,
    company: Annotated[str | None, typer.Option(help="Company name (with --save).")] = None,
    title: Annotated[str | None, typer.Option(help="Job title (with --save).")] = None,
) -> None:
    """Map your résumé against a job and predict what may give the interviewer pause."""
    from poise.fit.intake import read_document
    from poise.services.fit import build_fit, create_application, fit_report

    if save and not company:
        err.print("[bold red]Error:[/] --save needs --company NAME.")
        raise typer.Exit(2)
    try:
        job_text = read_document(job, what="job description")
        resume_text = read_document(resume, what="résumé")
        result = build_fit(job_text, resume_text)
        report = fit_report(result)
        if save:
            with open_db() as db:
                record = create_application(db, company=company or "", title=title or "",
                                            job_text=job_text, resume_text=resume_text, fit=result)
            report = replace(report, application_id=record.id)
    except PoiseError as exc:
        raise fail(exc, 2) from exc
    if as_json:
        print_json(report.to_dict())
        return
    _print_fit(report)


def _print_resume_read(report: FitReport) -> None:
    """What Poise read from the résumé, so a misread role or date can be spotted and fixed."""
    from rich.table import Table

    resume = report.fit.resume
    table = Table(title="What Poise read from your résumé", expand=True)
    table.add_column("Dates", width=19)
    table.add_column("Title", ratio=2)
    table.add_column("Employer", ratio=2)
    rows: list[tuple[str, str, str, str]] = []
    for role in resume.roles:
        data = role.to_dict()
        rows.append((str(data["start"] or ""), f"{data['start'] or '?'} – {data['end'] or '?'}",
                     role.title or "[dim]?[/]", role.employer or "[dim]?[/]"))
    for period in resume.breaks:
        data = period.to_dict()
        kind = "career break" if data["explained"] else (
            "[yellow]no role since[/]" if data["end"] == "present" else "[yellow]gap between roles[/]")
        rows.append((data["start"], f"{data['start']} – {data['end']}", kind, ""))
    rows.sort(key=lambda row: row[0], reverse=True)  # the most recent first, as résumés list them
    for _start, dates, title, employer in rows:
        table.add_row(dates, title, employer)
    out.print(table)
    facts = [("Location", resume.location), ("Education", "; ".join(resume.education)),
             ("Certifications", "; ".join(resume.certifications)),
             ("Languages", ", ".join(f"{name} ({level})" if level else name
                                     for name, level in resume.languages)),
             ("Language certificates", "; ".join(resume.language_certificates)),
             ("Other roles", "; ".join(
                 f"{', '.join(part for part in (role.title, role.employer) if part)} "
                 f"({role.to_dict()['start']} – {role.to_dict()['end']})"
                 for role in resume.side_roles))]
    for label, value in facts:
        if value:
            out.print(f"[bold]{label}:[/] {value}")


def _print_fit(report: FitReport) -> None:
    from rich.panel import Panel
    from rich.table import Table

    fit = report.fit
    out.print(f"[bold]{fit.job.title}[/]  (level: {fit.level})")
    place = " · ".join(part for part in (fit.job.location, fit.job.work_mode) if part)
    if place:
        out.print(f"[bold]Where the job is:[/] {place}")
    if fit.job.set_aside:
        out.print(f"[bold]Advert read:[/] {fit.job.set_aside}.")
    table = Table(title="Fit map", show_lines=True, expand=True)
    table.add_column("Requirement", ratio=3)
    table.add_column("Must", justify="center", width=5)
    table.add_column("Fit", width=8)
    table.add_column("Evidence from your résumé", ratio=3)
    matches = {item.requirement_id: item for item in fit.matches}
    for requirement in fit.job.requirements:
        match = matches[requirement.id]
        style = FIT_STRENGTH_STYLE[match.strength]
        table.add_row(
            requirement.text,
            "yes" if requirement.must else "[dim]nice[/]",
            f"[{style}]{match.strength}[/]",
            f"{match.quote}\n[dim]{match.reason}[/]",
        )
    out.print(table)
    _print_resume_read(report)
    if not fit.concerns:
        out.print("[green]No concern stands out.[/] Still ask: is there anything that gives you pause?")
    for number, concern in enumerate(fit.concerns, start=1):
        style = FIT_SEVERITY_STYLE[concern.severity]
        plan = concern.answer_plan
        # The title goes in the body, where it wraps: a panel's own title is cut at the border,
        # and the concern's id is an internal name, not words for the reader.
        body = (f"[bold]{concern.title}[/]\n\n[bold]Why they may worry:[/] {concern.why}\n\n"
                + plan_steps(plan))
        heading = f"{number}. [{style}]{concern.severity.upper()}[/]"
        out.print(Panel(body, title=heading, title_align="left"))
    if report.questions.questions_to_ask:
        out.print("[bold]Questions to ask at the end[/]")
        for question in report.questions.questions_to_ask:
            line = f"  • {question.text}"
            if question.warning:
                line += f"\n    [yellow]{question.warning}[/]"
            out.print(line)
    if report.application_id:
        out.print(f"[green]Saved as application {report.application_id}.[/]")


def plan_steps(plan: AnswerPlan) -> str:
    """The answer plan's steps, numbered; a step with nothing to say is left out, not printed
    as an empty label."""
    return "\n".join(f"[bold]{number}. {label}:[/] {text}"
                     for number, (label, text) in enumerate(plan.steps(), start=1))
