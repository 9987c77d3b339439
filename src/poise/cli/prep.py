"""Prep commands: the story bank, coverage, salary and weakness answers, the brief and the quiz."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path
from typing import Annotated, Any

import typer

from poise.cli.common import err, fail, open_db, out, print_json
from poise.errors import PoiseError

app = typer.Typer()

story_app = typer.Typer(help="The story bank: stories in Circumstances → Actions → Results form.",
                        no_args_is_help=True)
app.add_typer(story_app, name="story")




def _story_line(story: Any) -> str:
    """A story in one line: its id, title, the competencies it proves by name (not by their
    internal ids, "results_achievements") and its score."""
    from poise.content.loader import knowledge_base

    competencies = knowledge_base().competencies
    names = ", ".join(competencies[item].name if item in competencies else item
                      for item in story.competencies)
    score = "—" if story.overall is None else f"{story.overall}/100"
    return f"[bold]{story.id}[/]  {story.title}  [dim]{names}[/]  {score}"


@story_app.command("add")
def story_add(
    title: Annotated[str, typer.Option(help="A short name for the story.")],
    competency: Annotated[list[str], typer.Option(help="Competency id it proves (repeat; first is main).")],
    circumstances: Annotated[str, typer.Option(help="The situation, briefly.")] = "",
    actions: Annotated[str, typer.Option(help="What you did.")] = "",
    results: Annotated[str, typer.Option(help="What came of it, with numbers.")] = "",
    lesson: Annotated[str, typer.Option(help="What you learned (optional).")] = "",
    application: Annotated[int | None, typer.Option(help="Link it to this application.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Add a story; Poise judges it and stores the report."""
    from poise.prep.stories import StoryDraft
    from poise.services.stories import calibrate_story, create_story

    draft = StoryDraft(title, circumstances, actions, results, lesson or None, tuple(competency))
    with open_db() as db:
        story = create_story(db, draft, application_id=application)
    if as_json:
        print_json(story.to_dict())
        return
    out.print(f"Saved story {story.id}: {story.title} — {story.overall}/100")
    if story.question:
        out.print(f"[dim]Judged as an answer to: {story.question}[/]")
    with open_db() as db:
        calibration = calibrate_story(db, story.id)
    out.print(f"[bold]Level:[/] {calibration.summary} (`poise story show {story.id}` for the detail)")
    for fix in story.report.top_fixes if story.report else ():
        out.print(f"  • {fix.message}: {fix.fix}")


@story_app.command("list")
def story_list(
    application: Annotated[int | None, typer.Option(help="Only this application's.")] = None,
    competency: Annotated[str | None, typer.Option(help="Only stories proving this.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the stories with their scores."""
    from poise.services.stories import list_stories

    with open_db() as db:
        stories = list_stories(db, application_id=application, competency=competency)
    if as_json:
        print_json([story.to_dict() for story in stories])
        return
    if not stories:
        out.print("No stories yet. Add one with `poise story add`.")
    for story in stories:
        out.print(_story_line(story))


@story_app.command("show")
def story_show(
    story_id: Annotated[int, typer.Argument(help="The story's id.")],
    target: Annotated[str | None, typer.Option(help="Calibrate against this level.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show a story, its score and how its scope reads against the target level."""
    from poise.services.stories import calibrate_story, get_story

    with open_db() as db:
        story = get_story(db, story_id)
        calibration = calibrate_story(db, story_id, target=target)
    if as_json:
        print_json({"story": story.to_dict(), "calibration": calibration.to_dict()})
        return
    out.print(_story_line(story))
    for label, text in (("Circumstances", story.circumstances), ("Actions", story.actions),
                        ("Results", story.results), ("Lesson", story.lesson or "")):
        if text:
            out.print(f"[bold]{label}:[/] {text}")
    out.print(f"\n[bold]Level:[/] {calibration.summary}")
    for signal in calibration.signals:
        reading = signal.detail if signal.found else "[dim]not shown[/]"
        level = f" → {signal.level}" if signal.level else ""
        out.print(f"  {signal.name:<10} {reading}{level}")
    for lift in calibration.lifts:
        out.print(f"  [yellow]lift {lift.signal}:[/] {lift.advice}")


@story_app.command("delete")
def story_delete(story_id: Annotated[int, typer.Argument(help="The story's id.")]) -> None:
    """Delete a story."""
    from poise.services.stories import delete_story

    with open_db() as db:
        delete_story(db, story_id)
    out.print(f"Deleted story {story_id}.")


@app.command("coverage")
def coverage(
    application: Annotated[int | None, typer.Option(help="Add its top requirements.")] = None,
    rate: Annotated[list[str] | None, typer.Option(help="Self-rating, e.g. organising=4.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Which competencies and requirements have a good story, and which have none yet."""
    from rich.table import Table

    from poise.services.stories import story_coverage

    ratings: dict[str, int] = {}
    for item in rate or []:
        key, _separator, value = item.partition("=")
        if not value.strip().isdigit():
            err.print(f"[bold red]Error:[/] cannot read --rate {item!r}; write it as id=number.")
            raise typer.Exit(2)
        ratings[key.strip()] = int(value)
    with open_db() as db:
        result = story_coverage(db, application_id=application, ratings=ratings)
    if as_json:
        print_json(result.to_dict())
        return
    table = Table(title="Story coverage", show_lines=False)
    table.add_column("competency / requirement")
    for story_id, _title in result.stories:
        table.add_column(f"#{story_id}", justify="right")
    table.add_column("best", justify="right")
    for row in result.rows:
        cells = []
        for cell in row.cells:
            cells.append("" if not cell.linked else "·" if cell.quality is None else str(cell.quality))
        style = {"good": "green", "weak": "yellow", "none": "red"}[row.status]
        best = "no story" if row.status == "none" else str(row.best if row.best is not None else "·")
        label = row.label if len(row.label) <= 48 else row.label[:47] + "…"
        table.add_row(label, *cells, f"[{style}]{best}[/]")
    out.print(table)
    if result.gaps:
        out.print(f"[bold]No good story yet ({len(result.gaps)}):[/]")
        for gap in result.gaps:
            out.print(f"  • [bold]{gap.label}[/]: {gap.advice}")


@app.command("salary")
def salary(
    source: Annotated[str, typer.Option(
        help="Where the range comes from. With --application and the advert's range, the advert.")] = "",
    low: Annotated[str | None, typer.Option(
        help="Low end of the market range (yearly base): 95000 or 95k. "
             "With --application, the advert's range when it states one.")] = None,
    high: Annotated[str | None, typer.Option(help="High end of the market range.")] = None,
    currency: Annotated[str | None, typer.Option(help="Currency code, e.g. EUR.")] = None,
    role: Annotated[str, typer.Option(help="The role's title.")] = "",
    application: Annotated[int | None, typer.Option(help="Take the role from this application.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Prepare the salary answer: turn it back first, and a range with its basis when pressed."""
    from poise.cli.render import point_lines
    from poise.prep.salary import parse_amount
    from poise.services.prep import advert_salary, advert_source, prepare_salary

    with open_db() if application is not None else nullcontext() as db:
        advert = advert_salary(db, application) if db is not None and application is not None else None
        if advert is not None and None in (low, high, currency):
            err.print(f"[dim]The advert states: {advert.quote}[/]")
            if low is None and high is None:  # the figures are the advert's: the answer says so
                if source.strip():
                    err.print(f"[dim]The range is the advert's, so the answer names the advert; give "
                              f"--low and --high to answer with the range from {source.strip()}.[/]")
                source = advert_source()
            low, high = low or str(advert.low), high or str(advert.high)
            currency = currency or advert.currency
        missing = [name for name, value in (("--low", low), ("--high", high), ("--currency", currency))
                   if value is None]
        if missing:
            where = "the advert states no range" if application is not None else "or --application N"
            err.print(f"[bold red]Error:[/] give {', '.join(missing)} ({where}).")
            raise typer.Exit(2)
        result = prepare_salary(db, low=parse_amount(str(low), field="low"),
                                high=parse_amount(str(high), field="high"), currency=str(currency),
                                source=source, role=role, application_id=application)
    if as_json:
        print_json(result.to_dict())
        return
    for draft, label in ((result.deflect, "First, turn it back"), (result.pressed, "When pressed")):
        out.print(f"[bold]{label}[/] [dim](“{draft.question}” — {draft.report.overall}/100)[/]")
        out.print(f"  {draft.answer}")
        for line in point_lines(draft.report):
            out.print(f"  {line}")
    for tip in result.tips:
        out.print(f"  • {tip}")


@app.command("weakness")
def weakness(
    shortcoming: Annotated[str, typer.Option(help="One real shortcoming.")] = "",
    steps: Annotated[str, typer.Option(help="The steps you are taking.")] = "",
    progress: Annotated[str, typer.Option(help="Evidence of progress.")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Draft the weakness answer from the worksheet and judge it."""
    from poise.cli.render import point_lines
    from poise.services.prep import prepare_weakness

    result = prepare_weakness(shortcoming=shortcoming, steps=steps, progress=progress)
    if as_json:
        print_json(result.to_dict())
        return
    if result.draft is not None:
        out.print(f"[bold]Your answer[/] [dim]({result.draft.report.overall}/100)[/]")
        out.print(f"  {result.draft.answer}")
        for line in point_lines(result.draft.report):
            out.print(f"  {line}")
    for item in result.guidance:
        out.print(f"[bold]Missing: {item.label}.[/] {item.advice}")


@app.command("brief")
def brief(
    application_id: Annotated[int, typer.Argument(help="The application's id.")],
    pdf: Annotated[Path | None, typer.Option("--pdf", help="Write the one-page PDF here.")] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Write the HTML page here.")] = None,
) -> None:
    """The one-page prep brief of an application: print it, or write it as PDF and/or HTML."""
    from poise.prep.brief import fit_to_page
    from poise.services.prep import application_brief

    with open_db() as db:
        result = application_brief(db, application_id)
    try:
        if html is not None or pdf is not None:
            page, document = fit_to_page(result)
            if html is not None:
                html.write_text(page, encoding="utf-8")
                out.print(f"wrote {html}")
            if pdf is not None:
                pdf.write_bytes(document)
                out.print(f"wrote {pdf}")
    except OSError as exc:
        err.print(f"[bold red]Error:[/] cannot write the brief: {exc}.")
        raise typer.Exit(1) from exc
    except PoiseError as exc:
        raise fail(exc) from exc
    if pdf is None and html is None:
        _print_brief(result)


def _print_brief(result: Any) -> None:
    out.print(f"[bold]{result.company}[/] — {result.title} ({result.level})")
    out.print("[bold]Key facts[/]")
    for fact, answer in result.company_facts:
        out.print(f"  {fact}: [bold]{answer}[/]")
    for role in result.roles:
        out.print(f"  {role.dates}: {role.title}, {role.employer}")
    for item in result.achievements:
        out.print(f"  • {item}")
    out.print("[bold]Three stories[/]" if len(result.stories) == 3 else "[bold]Stories to tell[/]")
    for number, story in enumerate(result.stories, start=1):
        score = "" if story.overall is None else f" ({story.overall}/100)"
        out.print(f"  {number}. {story.title}{score}")
    out.print("[bold]Concerns and answers[/]")
    for concern in result.concerns:
        out.print(f"  • {concern.title}: {concern.answer}")
    out.print("[bold]Questions to ask[/]")
    for question in result.questions:
        out.print(f"  • {question}")
    if result.pause_reminder:
        out.print(f"  [yellow]{result.pause_reminder}[/]")
    out.print("[bold]On the day[/]")
    for item in result.checklist:
        out.print(f"  • {item.when}: {item.text}")
    for line in result.missing:
        out.print(f"[yellow]{line}[/]")


@app.command("quiz")
def quiz(
    application_id: Annotated[int, typer.Argument(help="The application's id.")],
    facts: Annotated[Path | None, typer.Option("--facts", help="YAML facts to import.")] = None,
    limit: Annotated[int, typer.Option(help="Ask at most this many cards.")] = 20,
) -> None:
    """Drill the key facts: type each answer; missed cards come back sooner."""
    import yaml

    from poise.prep.quiz import parse_facts
    from poise.services.prep import add_facts, quiz_answer, quiz_next

    with open_db() as db:
        if facts is not None:
            try:
                data = yaml.safe_load(facts.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
                err.print(f"[bold red]Error:[/] cannot read {facts}: {exc}")
                raise typer.Exit(2) from exc
            imported = add_facts(db, application_id, parse_facts(data))
            out.print(f"Imported {len(imported)} facts.")
        status = quiz_next(db, application_id)
        if status.total == 0:
            out.print("No facts to drill yet. Import some with --facts FILE.yaml "
                      "(a list of {fact, answer}).")
            return
        asked = right = 0
        missed: list[tuple[int, str]] = []
        while status.card_id is not None and status.question and asked < limit:
            asked += 1
            out.print(f"\n[bold]{asked}.[/] {status.question}")
            try:
                answer = typer.prompt("Your answer", default="", show_default=False)
            except typer.Abort:
                out.print("\nStopped.")
                break
            result = quiz_answer(db, application_id, status.card_id, answer)
            if result.check.correct:
                right += 1
                extra = "" if result.check.exact else f" ({result.check.expected})"
                out.print(f"[green]Right.[/]{extra}")
            else:
                out.print(f"[red]Wrong.[/] The answer is: [bold]{result.check.expected}[/]")
                missed.append((status.card_id, status.question))
            status = quiz_next(db, application_id, sync=False)
        if missed:
            out.print("\n[bold]Once more, the ones you missed[/] (practice, not scored):")
            for card_id, question_text in missed:
                out.print(f"[bold]•[/] {question_text}")
                try:
                    answer = typer.prompt("Your answer", default="", show_default=False)
                except typer.Abort:
                    break
                again = quiz_answer(db, application_id, card_id, answer, record=False)
                verdict = "[green]Right.[/]" if again.check.correct else "[red]Still wrong.[/]"
                out.print(f"{verdict} {again.check.expected}")
        summary = f"\n{right} of {asked} right."
        if status.due:
            summary += f" {status.due} more card{'s' if status.due != 1 else ''} due now."
        elif status.next_due_at is not None:
            summary += f" Next card due {status.next_due_at:%Y-%m-%d %H:%M} UTC."
        out.print(summary)

