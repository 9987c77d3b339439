"""After the interview: debrief, thank-you letter, follow-up schedule, pipeline and stages."""

from __future__ import annotations

import shlex
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from poise.cli.common import err, fail, open_db, out, print_json
from poise.cli.debrief_wizard import ask_debrief, save_debrief_draft
from poise.cli.next_steps import command_for
from poise.errors import PoiseError

app = typer.Typer()

application_app = typer.Typer(help="Saved applications (add one with `poise fit --save`).",
                              no_args_is_help=True)
app.add_typer(application_app, name="application")

DEBRIEF_EXAMPLE = """\b
Example debrief file (YAML):
  date: 2024-05-07
  round: 1
  interviewers:
    - {name: Maria Lopez, role: COO, email: maria@example.com, address_as: Maria}
  questions:
    - {question_id: stress_resistance.why_hire_you, rating: 4, asked_by: Maria,
       topic: the Lisbon hub}
    - {text: Walk me through your last budget., rating: 2, said: I gave only the total.}
  concerns:
    - {text: no change management certification, handled: open, raised_by: Maria,
       plan: I will be certified within my first 30 days.}
  promises:
    - {what: the Zaragoza deck, delivery: attached}
  next_step: {what: a panel with the CEO, by: 2024-05-17}
"""


def _followupfail(exc: PoiseError) -> typer.Exit:
    """A coded error; a debrief file's problems each on their own line."""
    from poise.errors import DebriefFileError

    if isinstance(exc, DebriefFileError):
        err.print(f"[bold red]Error {exc.code}:[/] {len(exc.problems)} problem(s) in the debrief:")
        for problem in exc.problems:
            err.print(f"  {problem}", markup=False, highlight=False)
        err.print(f"[yellow]What to do:[/] {exc.hint}")
        return typer.Exit(2)
    from poise.errors import InputError

    return fail(exc, 2 if isinstance(exc, InputError) else 1)


def _day(value: date) -> str:
    return f"{value:%a} {value.day} {value:%b} {value.year}"


def _debrief_summary(console: Console, debrief: Any) -> None:
    """The whole debrief on one screen, to check before saving."""
    from rich.table import Table

    from poise.followup.debrief import RATINGS
    from poise.followup.letter import long_date

    table = Table(title=f"Round {debrief.round} on {long_date(debrief.held_on)}", title_justify="left",
                  show_header=False, show_lines=False)
    table.add_column("what", style="bold", no_wrap=True)
    table.add_column("details")
    for person in debrief.interviewers:
        extra = ", ".join(part for part in (person.role, person.email or "") if part)
        table.add_row("Interviewer", person.name + (f" [dim]({extra})[/]" if extra else ""))
    for question in debrief.questions:
        style = "red" if question.weak else "green" if question.rating >= 4 else "default"
        rating = f"[{style}]{question.rating}/5 {RATINGS[question.rating]}[/]"
        who = f" · asked by {question.asked_by}" if question.asked_by else ""
        table.add_row("Question", f"{question.text or question.question_id}\n{rating}[dim]{who}[/]")
    for concern in debrief.concerns:
        who = f" · raised by {concern.raised_by}" if concern.raised_by else ""
        table.add_row("Concern", f"{concern.text}\n{concern.handled}[dim]{who}[/]")
    for promise in debrief.promises:
        when = "attached to the letter" if promise.delivery == "attached" else "to send separately"
        if promise.by is not None:
            when += f" by {long_date(promise.by)}"
        table.add_row("Promise", f"{promise.what} [dim]({when})[/]")
    if debrief.next_step is not None:
        when = f" by {long_date(debrief.next_step.by)}" if debrief.next_step.by else ""
        table.add_row("Next step", f"{debrief.next_step.what}{when}")
    if debrief.notes:
        table.add_row("Notes", debrief.notes)
    console.print(table)


def _debrief_outcome(console: Console, outcome: Any) -> None:
    stored = outcome.stored
    verb = "Replaced" if outcome.replaced else "Saved"
    application = outcome.application
    console.print(f"\n[green]{verb} debrief {stored.id}[/] (round {stored.debrief.round}, "
                  f"{_day(stored.debrief.held_on)}).")
    console.print(f"Stage: [bold]{application.to_dict()['stage_label']}[/]")
    for item in outcome.queued:
        console.print(f"Added to your practice queue: “{item.question_text}”")
    for text in outcome.already_queued:
        console.print(f"Already in your practice queue: “{text}”")
    for merge in outcome.concerns:
        if merge.status == "added":
            console.print(f"New concern on your list: “{merge.text}” ({merge.handled})")
        else:
            console.print(f"Concern “{merge.text}” ({merge.handled}) is your predicted “{merge.title}”; "
                          "marked as raised.")
    for note in outcome.notes:
        console.print(f"[yellow]{note}[/]")
    console.print(f"\nNext: draft the thank-you letter with [bold]poise letter {application.id}[/], then "
                  f"add the reminders with [bold]poise followups {application.id} --ics followups.ics[/].")


@app.command("debrief", epilog=DEBRIEF_EXAMPLE)
def debrief(
    application: Annotated[str, typer.Argument(help="The application: its id, or its company.")],
    from_file: Annotated[
        Path | None,
        typer.Option("--from", help="Read the debrief from a YAML file instead of asking."),
    ] = None,
    list_all: Annotated[bool, typer.Option("--list", help="Show the saved debriefs instead.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Write down a real interview right after it: who, what was asked, concerns, promises, what next.

    Answers you rate 2 or lower go to the practice queue; concerns they raised join the
    application's concern list; the application moves to "interviewing" at this round.
    """
    from poise.content.loader import knowledge_base
    from poise.errors import InputError
    from poise.services.followup import (
        application_view,
        check_debrief,
        list_debriefs,
        load_debrief_file,
        record_debrief,
    )

    console = err if as_json else out
    with open_db() as db:
        try:
            if list_all:
                stored = list_debriefs(db, application)
                if as_json:
                    print_json([item.to_dict() for item in stored])
                    return
                if not stored:
                    out.print("No debriefs yet for this application.")
                for item in stored:
                    _debrief_summary(out, item.debrief)
                return
            kb = knowledge_base()
            today = date.today()
            if from_file is not None:
                data: Any = load_debrief_file(from_file, kb=kb, today=today)
            else:
                record = application_view(db, application)
                raw = ask_debrief(console, record, kb, today)
                try:
                    data = check_debrief(raw, kb=kb, today=today)
                except InputError as exc:
                    draft = save_debrief_draft(raw, record.id)
                    raise InputError(exc.message, hint=f"Your answers are saved in {draft}: correct them "
                                     f"there and run `poise debrief {record.id} --from {draft}`.") from exc
                console.print()
                _debrief_summary(console, data)
                from rich.prompt import Confirm

                if not Confirm.ask("Save this debrief?", console=console, default=True):
                    console.print("Nothing saved.")
                    raise typer.Exit(1)
            outcome = record_debrief(db, application, data, kb=kb, today=today)
        except PoiseError as exc:
            raise _followupfail(exc) from exc
    if as_json:
        print_json(outcome.to_dict())
        return
    _debrief_outcome(out, outcome)


@app.command("letter")
def letter(
    application: Annotated[str, typer.Argument(help="The application: its id, or its company.")],
    interviewer: Annotated[
        str | None, typer.Option(help="Write to this interviewer (default: the first).")
    ] = None,
    sender: Annotated[str | None, typer.Option(help="Sign with this name.")] = None,
    eml: Annotated[
        Path | None, typer.Option("--eml", help="Also save it as an unsent email (.eml).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Draft the thank-you letter from the latest debrief: specific thanks, the fit, open concerns."""
    from poise.followup.letter import letter_text
    from poise.services.followup import draft_thank_you, letter_as_eml, remember_sender

    with open_db() as db:
        try:
            drafted = draft_thank_you(db, application, interviewer=interviewer, sender=sender)
            if sender:  # signed once, signed everywhere: later letters and the schedule
                remember_sender(db, application, sender)
        except PoiseError as exc:
            raise _followupfail(exc) from exc
    if eml is not None:
        try:
            eml.write_bytes(letter_as_eml(drafted))
        except OSError as exc:
            err.print(f"[bold red]Error:[/] cannot write {eml}: {exc.strerror or exc}.")
            raise typer.Exit(1) from exc
    if as_json:
        data = drafted.to_dict()
        data["eml"] = str(eml) if eml is not None else None
        print_json(data)
        return
    # Soft wrap: the letter is copied from the terminal, so no hard line breaks inside paragraphs.
    out.print(letter_text(drafted), markup=False, highlight=False, soft_wrap=True)
    for warning in drafted.warnings:
        command = command_for(warning.step, warning.subject).replace("APPLICATION", shlex.quote(application))
        more = f" Run `{command}`." if command else ""
        err.print(f"[yellow]Check:[/] {warning.text}{more}", highlight=False)
    if eml is not None:
        out.print(f"[green]Saved[/] {eml}: open it in your mail program, check it and send it.")


@app.command("followups")
def followups(
    application: Annotated[str, typer.Argument(help="The application: its id, or its company.")],
    ics: Annotated[
        Path | None, typer.Option("--ics", help="Save the reminders as a calendar file (.ics).")
    ] = None,
    drafts: Annotated[bool, typer.Option("--drafts", help="Print each step's draft message.")] = False,
    sender: Annotated[str | None, typer.Option(help="Sign the drafts with this name.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The follow-up schedule: thank-you within 24 hours, one check-in, at most two more notes."""
    from rich.panel import Panel
    from rich.table import Table

    from poise.services import followup as service

    with open_db() as db:
        try:
            schedule = service.followups(db, application, sender=sender)
        except PoiseError as exc:
            raise _followupfail(exc) from exc
    if ics is not None:
        try:
            ics.write_bytes(service.followups_ics(schedule))
        except OSError as exc:
            err.print(f"[bold red]Error:[/] cannot write {ics}: {exc.strerror or exc}.")
            raise typer.Exit(1) from exc
    if as_json:
        data = schedule.to_dict()
        data["ics"] = str(ics) if ics is not None else None
        print_json(data)
        return
    if schedule.steps:
        table = Table(title=f"Follow-ups: {schedule.title} at {schedule.company} (round {schedule.round})",
                      title_justify="left")
        table.add_column("#", justify="right")
        table.add_column("when", no_wrap=True)
        table.add_column("what")
        table.add_column("why", style="dim")
        for step in schedule.steps:
            when = _day(step.due)
            if step.window_end is not None:
                when += f"\nup to {_day(step.window_end)}"
            table.add_row(str(step.number), when, step.title, step.why)
        out.print(table)
    if schedule.stopped:
        out.print(f"[yellow]{schedule.stopped}[/]")
    if drafts:
        for step in schedule.steps:
            out.print(Panel(f"Subject: {step.subject}\n\n{step.body}", title=f"{step.number}. {step.title}",
                            title_align="left"), markup=False, highlight=False)
    if ics is not None and schedule.made_on is not None and not schedule.upcoming(schedule.made_on):
        out.print(f"[green]Saved[/] {ics}, with no reminder in it: every step is past.")
    elif ics is not None:
        out.print(f"[green]Saved[/] {ics}: import it into your calendar.")
    elif schedule.steps and not drafts:
        out.print("[dim]Add --drafts to see each message, --ics FILE to put them in your calendar.[/]")


@app.command("pipeline")
def pipeline(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Every application: its stage, the next action and its date, and the last debrief."""
    from rich.table import Table

    from poise.services import followup as service

    with open_db() as db:
        try:
            rows = service.pipeline(db)
            queue = service.queued_questions(db)
        except PoiseError as exc:
            raise _followupfail(exc) from exc
    if as_json:
        print_json({"applications": [row.to_dict() for row in rows],
                        "practice_queue": [item.to_dict() for item in queue]})
        return
    if not rows:
        out.print("No applications yet. Add one with "
                  "`poise fit --job FILE --resume FILE --save --company NAME`.")
        return
    noun = "application" if len(rows) == 1 else "applications"
    table = Table(title=f"Pipeline: {len(rows)} {noun}", title_justify="left", show_lines=True)
    table.add_column("id", justify="right", style="cyan")
    table.add_column("role")
    table.add_column("stage", no_wrap=True)
    table.add_column("next action")
    table.add_column("last debrief", style="dim")
    for row in rows:
        action = "—"
        if row.next_action is not None:
            action = row.next_action.what
            if row.next_action.due is not None:
                action = f"[bold]{_day(row.next_action.due)}[/]\n{action}"
        points = "\n".join(row.key_points[:4]) or "—"
        table.add_row(str(row.application_id), f"{row.title}\n[dim]{row.company}[/]", row.stage_label,
                      action, points)
    out.print(table)
    if queue:
        out.print(f"{len(queue)} question(s) waiting in the practice queue; the next mock interview "
                  "starts with them.")


@application_app.command("stage")
def application_stage(
    application: Annotated[str, typer.Argument(help="The application: its id, or its company.")],
    stage: Annotated[str, typer.Argument(help="researching, applied, interviewing, offer, accepted, "
                                              "declined or closed.")],
    round_number: Annotated[
        int | None, typer.Option("--round", help="The interview round (with interviewing).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Move an application to another stage; follow-ups stop at offer, accepted, declined or closed."""
    from poise.services.followup import set_stage

    with open_db() as db:
        try:
            summary = set_stage(db, application, stage, round_number=round_number)
        except PoiseError as exc:
            raise _followupfail(exc) from exc
    if as_json:
        print_json(summary.to_dict())
        return
    out.print(f"{summary.title} at {summary.company}: [bold]{summary.to_dict()['stage_label']}[/]")


