"""The `poise` command: every sub-command parses its options, calls one service and renders the result."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from poise import __version__
from poise.errors import PoiseError

app = typer.Typer(
    name="poise",
    help="Poise, a leadership interview coach: prepare, rehearse, perform and follow up, offline.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["--help", "-h"]},
)
content_app = typer.Typer(help="Work with the knowledge base (questions, rules, lexicons).",
                          no_args_is_help=True)
app.add_typer(content_app, name="content")

out = Console()
err = Console(stderr=True, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        out.print(f"poise {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        Optional[bool],  # noqa: UP045 - Typer needs Optional here
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """Poise, a leadership interview coach."""


def _fail(exc: PoiseError, code: int = 1) -> typer.Exit:
    err.print(f"[bold red]Error {exc.code}:[/] {exc.message}")
    if exc.hint:
        err.print(f"[yellow]What to do:[/] {exc.hint}")
    return typer.Exit(code)


@content_app.command("check")
def content_check(
    path: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(help="Content folder to check (default: the bundled one)."),
    ] = None,
) -> None:
    """Validate every content file; print file:line for each problem and exit non-zero if any."""
    from poise.services.content import check_content

    problems = check_content(path)
    if not problems:
        out.print("[green]Content OK[/]: every file is valid and every reference resolves.")
        return
    for problem in problems:
        err.print(str(problem), markup=False, highlight=False)
    err.print(f"[bold red]{len(problems)} problem(s).[/]")
    raise typer.Exit(1)


@content_app.command("docs")
def content_docs(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the generated pages.")] = Path("docs"),
) -> None:
    """Regenerate docs/questions.md, docs/rules.md and the bank's embedding index from the content."""
    from poise.services.catalogue import write_catalogues

    try:
        written = write_catalogues(out_dir)
    except PoiseError as exc:
        raise _fail(exc) from exc
    for path in written:
        out.print(f"wrote {path}")


@app.command("questions")
def questions(
    family: Annotated[Optional[str], typer.Option(help="Only this family, e.g. failures.")] = None,  # noqa: UP045
    interview_format: Annotated[
        Optional[str], typer.Option("--format", help="Only questions suited to this format.")  # noqa: UP045
    ] = None,
    competency: Annotated[Optional[str], typer.Option(help="Only questions probing this competency.")] = None,  # noqa: UP045
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
) -> None:
    """List bank questions, filtered by family, format or competency."""
    from poise.cli.render import questions_table
    from poise.services.content import list_questions, question_to_dict

    try:
        found = list_questions(family=family, interview_format=interview_format, competency=competency)
    except PoiseError as exc:
        raise _fail(exc) from exc
    if as_json:
        sys.stdout.write(json.dumps([question_to_dict(q) for q in found], ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
        return
    out.print(questions_table(found))


@app.command("analyze")
def analyze(
    question: Annotated[Optional[str], typer.Option(help="The interviewer's question.")] = None,  # noqa: UP045
    answer: Annotated[Optional[str], typer.Option(help="Your answer, as text.")] = None,  # noqa: UP045
    answer_file: Annotated[Optional[Path], typer.Option(help="Read the answer from a file.")] = None,  # noqa: UP045
    stdin: Annotated[
        Optional[str], typer.Argument(help="Pass - to read the answer from standard input.")  # noqa: UP045
    ] = None,
    family: Annotated[Optional[str], typer.Option(help="Question family (detected if omitted).")] = None,  # noqa: UP045
    batch: Annotated[
        Optional[Path], typer.Option(help='JSON Lines file of {"id","question","answer","family"?}.')  # noqa: UP045
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a report.")] = False,
    disable: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(help="Turn off a rule or a group by prefix, e.g. delivery or tone.hackneyed."),
    ] = None,
    enable: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(help="Turn a rule back on inside a disabled group (most specific wins)."),
    ] = None,
    floor: Annotated[str, typer.Option(help="Lowest severity to report: low, medium or high.")] = "low",
) -> None:
    """Analyse an answer (or a batch of answers) and explain every finding."""
    from poise.analysis.rules.engine import RuleConfig
    from poise.services.analysis import analyse_answer

    if batch is not None:
        _analyze_batch(batch)
        return
    if question is None:
        err.print("[bold red]Error:[/] --question is required (or use --batch FILE).")
        raise typer.Exit(2)
    sources = [answer is not None, answer_file is not None, stdin == "-"]
    if sum(sources) != 1:
        err.print("[bold red]Error:[/] give the answer once: --answer TEXT, --answer-file PATH or -.")
        raise typer.Exit(2)
    if answer_file is not None:
        try:
            text = answer_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            err.print(f"[bold red]Error:[/] cannot read {answer_file}: {exc}. "
                      "Give a UTF-8 text file.")
            raise typer.Exit(2) from exc
    elif stdin == "-":
        text = sys.stdin.read()
    else:
        text = answer or ""
    try:
        rules = RuleConfig.parse(disable=disable or [], enable=enable or [], floor=floor)
        report = analyse_answer(question, text, family=family, rules=rules)
    except PoiseError as exc:
        raise _fail(exc, 2) from exc
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    from poise.cli.render import report_view

    out.print(report_view(report))


def _analyze_batch(path: Path) -> None:
    from poise.services.analysis import analyse_batch, read_batch

    try:
        with path.open(encoding="utf-8") as handle:
            items = read_batch(handle)
    except OSError as exc:
        err.print(f"[bold red]Error:[/] cannot read {path}: {exc}.")
        raise typer.Exit(2) from exc
    except PoiseError as exc:
        raise _fail(exc, 2) from exc
    progress = Progress(
        TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=False,
    )
    with progress:
        task = progress.add_task("batch", total=len(items))
        for result in analyse_batch(items, on_done=lambda: progress.advance(task)):
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            sys.stdout.flush()


@app.command("serve")
def serve(
    host: Annotated[Optional[str], typer.Option(help="Address to listen on (default 127.0.0.1).")] = None,  # noqa: UP045
    port: Annotated[Optional[int], typer.Option(help="Port (default 8000).")] = None,  # noqa: UP045
) -> None:
    """Start the web app on this computer."""
    import uvicorn

    from poise.settings import get_settings
    from poise.web.app import create_app

    settings = get_settings()
    try:
        application = create_app(settings)
    except PoiseError as exc:
        raise _fail(exc) from exc
    chosen_host = host or settings.host
    chosen_port = port or settings.port
    out.print(f"Poise is running at [bold]http://{chosen_host}:{chosen_port}[/] (Ctrl+C to stop)")
    uvicorn.run(application, host=chosen_host, port=chosen_port, log_level="warning")


# --- poise fit (issue 4: fit map and concerns) -------------------------------------------------

FIT_STRENGTH_STYLE = {"strong": "green", "partial": "yellow", "none": "bold red"}
FIT_SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}


@app.command("fit")
def fit(
    job: Annotated[Path, typer.Option("--job", help="The job description (.txt, .md, .pdf, .docx).")],
    resume: Annotated[Path, typer.Option("--resume", help="Your résumé (.txt, .md, .pdf, .docx).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
    save: Annotated[bool, typer.Option("--save", help="Store it as an application.")] = False,
    company: Annotated[Optional[str], typer.Option(help="Company name (with --save).")] = None,  # noqa: UP045
    title: Annotated[Optional[str], typer.Option(help="Job title (with --save).")] = None,  # noqa: UP045
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
            from poise.settings import get_settings
            from poise.store.db import Database

            db = Database.open(get_settings())
            try:
                record = create_application(db, company=company or "", title=title or "",
                                            job_text=job_text, resume_text=resume_text, fit=result)
            finally:
                db.close()
            report["application_id"] = record.id
    except PoiseError as exc:
        raise _fail(exc, 2) from exc
    if as_json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
        return
    _print_fit(report)


def _print_fit(report: dict) -> None:
    from rich.panel import Panel
    from rich.table import Table

    out.print(f"[bold]{report['title']}[/]  (level: {report['level']})")
    table = Table(title="Fit map", show_lines=True, expand=True)
    table.add_column("Requirement", ratio=3)
    table.add_column("Must", justify="center", width=5)
    table.add_column("Fit", width=8)
    table.add_column("Evidence from your résumé", ratio=3)
    matches = {item["requirement_id"]: item for item in report["matches"]}
    for requirement in report["requirements"]:
        match = matches[requirement["id"]]
        style = FIT_STRENGTH_STYLE[match["strength"]]
        table.add_row(
            f"{requirement['text']}\n[dim]{requirement['kind']}[/]",
            "yes" if requirement["must"] else "[dim]nice[/]",
            f"[{style}]{match['strength']}[/]",
            f"{match['quote']}\n[dim]{match['reason']}[/]",
        )
    out.print(table)
    if not report["concerns"]:
        out.print("[green]No concern stands out.[/] Still ask: is there anything that gives you pause?")
    for number, concern in enumerate(report["concerns"], start=1):
        style = FIT_SEVERITY_STYLE[concern["severity"]]
        plan = concern["answer_plan"]
        body = (
            f"[bold]Why they may worry:[/] {concern['why']}\n\n"
            f"[bold]1. Acknowledge:[/] {plan['acknowledge']}\n"
            f"[bold]2. Evidence:[/] {plan['evidence']}\n"
            f"[bold]3. Plan:[/] {plan['plan']}\n"
            f"[bold]4. Check back:[/] {plan['check_back']}"
        )
        heading = f"{number}. [{style}]{concern['severity'].upper()}[/] {concern['title']}"
        out.print(Panel(body, title=f"{heading}  [dim]({concern['id']})[/]", title_align="left"))
    if report.get("questions_to_ask"):
        out.print("[bold]Questions to ask at the end[/]")
        for question in report["questions_to_ask"]:
            line = f"  • {question['text']}"
            if question.get("warning"):
                line += f"\n    [yellow]{question['warning']}[/]"
            out.print(line)
    if report.get("application_id"):
        out.print(f"[green]Saved as application {report['application_id']}.[/]")

# --- end of poise fit ----------------------------------------------------------------------------


# --- poise story / coverage / salary / weakness / brief / quiz (prep) -------------------------

story_app = typer.Typer(help="The story bank: stories in Circumstances → Actions → Results form.",
                        no_args_is_help=True)
app.add_typer(story_app, name="story")


def _prep_db() -> Any:
    """Open the database for a prep command, or exit with the coded error."""
    from poise.settings import get_settings
    from poise.store.db import Database

    try:
        return Database.open(get_settings())
    except PoiseError as exc:
        raise _fail(exc) from exc


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _story_line(story: Any) -> str:
    score = "—" if story.overall is None else f"{story.overall}/100"
    return f"[bold]{story.id}[/]  {story.title}  [dim]{', '.join(story.competencies)}[/]  {score}"


@story_app.command("add")
def story_add(
    title: Annotated[str, typer.Option(help="A short name for the story.")],
    competency: Annotated[list[str], typer.Option(help="Competency id it proves (repeat; first is main).")],
    circumstances: Annotated[str, typer.Option(help="The situation, briefly.")] = "",
    actions: Annotated[str, typer.Option(help="What you did.")] = "",
    results: Annotated[str, typer.Option(help="What came of it, with numbers.")] = "",
    lesson: Annotated[str, typer.Option(help="What you learned (optional).")] = "",
    application: Annotated[Optional[int], typer.Option(help="Link it to this application.")] = None,  # noqa: UP045
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Add a story; Poise judges it and stores the report."""
    from poise.prep.stories import StoryDraft
    from poise.services.stories import create_story

    draft = StoryDraft(title, circumstances, actions, results, lesson or None, tuple(competency))
    with _prep_db() as db:
        try:
            story = create_story(db, draft, application_id=application)
        except PoiseError as exc:
            raise _fail(exc) from exc
    if as_json:
        _print_json(story.to_dict())
        return
    out.print(f"Saved story {story.id}: {story.title} — {story.overall}/100")
    if story.question:
        out.print(f"[dim]Judged as an answer to: {story.question}[/]")
    fixes = (story.report or {}).get("top_fixes") or []
    for fix in fixes:
        out.print(f"  • {fix['message']}: {fix['fix']}")


@story_app.command("list")
def story_list(
    application: Annotated[Optional[int], typer.Option(help="Only this application's.")] = None,  # noqa: UP045
    competency: Annotated[Optional[str], typer.Option(help="Only stories proving this.")] = None,  # noqa: UP045
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the stories with their scores."""
    from poise.services.stories import list_stories

    with _prep_db() as db:
        try:
            stories = list_stories(db, application_id=application, competency=competency)
        except PoiseError as exc:
            raise _fail(exc) from exc
    if as_json:
        _print_json([story.to_dict() for story in stories])
        return
    if not stories:
        out.print("No stories yet. Add one with `poise story add`.")
    for story in stories:
        out.print(_story_line(story))


@story_app.command("show")
def story_show(
    story_id: Annotated[int, typer.Argument(help="The story's id.")],
    target: Annotated[Optional[str], typer.Option(help="Calibrate against this level.")] = None,  # noqa: UP045
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show a story, its score and how its scope reads against the target level."""
    from poise.services.stories import calibrate_story, get_story

    with _prep_db() as db:
        try:
            story = get_story(db, story_id)
            calibration = calibrate_story(db, story_id, target=target)
        except PoiseError as exc:
            raise _fail(exc) from exc
    if as_json:
        _print_json({"story": story.to_dict(), "calibration": calibration.to_dict()})
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

    with _prep_db() as db:
        try:
            delete_story(db, story_id)
        except PoiseError as exc:
            raise _fail(exc) from exc
    out.print(f"Deleted story {story_id}.")


@app.command("coverage")
def coverage(
    application: Annotated[Optional[int], typer.Option(help="Add its top requirements.")] = None,  # noqa: UP045
    rate: Annotated[Optional[list[str]], typer.Option(help="Self-rating, e.g. organising=4.")] = None,  # noqa: UP045
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
    with _prep_db() as db:
        try:
            result = story_coverage(db, application_id=application, ratings=ratings)
        except PoiseError as exc:
            raise _fail(exc) from exc
    if as_json:
        _print_json(result.to_dict())
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
    low: Annotated[float, typer.Option(help="Low end of the market range (yearly base).")],
    high: Annotated[float, typer.Option(help="High end of the market range.")],
    currency: Annotated[str, typer.Option(help="Currency code, e.g. EUR.")],
    source: Annotated[str, typer.Option(help="Where the range comes from.")],
    role: Annotated[str, typer.Option(help="The role's title.")] = "",
    application: Annotated[Optional[int], typer.Option(help="Take the role from this application.")] = None,  # noqa: UP045
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Prepare the salary answer: turn it back first, and a range with its basis when pressed."""
    from poise.services.prep import prepare_salary

    try:
        if application is not None:
            with _prep_db() as db:
                result = prepare_salary(db, low=low, high=high, currency=currency, source=source,
                                        role=role, application_id=application)
        else:
            result = prepare_salary(None, low=low, high=high, currency=currency, source=source,
                                    role=role)
    except PoiseError as exc:
        raise _fail(exc) from exc
    if as_json:
        _print_json(result.to_dict())
        return
    for draft, label in ((result.deflect, "First, turn it back"), (result.pressed, "When pressed")):
        out.print(f"[bold]{label}[/] [dim](“{draft.question}” — {draft.report.overall}/100)[/]")
        out.print(f"  {draft.answer}")
        for finding in draft.report.findings:
            out.print(f"  [yellow]{finding.message}[/]: {finding.fix}")
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
    from poise.services.prep import prepare_weakness

    try:
        result = prepare_weakness(shortcoming=shortcoming, steps=steps, progress=progress)
    except PoiseError as exc:
        raise _fail(exc) from exc
    if as_json:
        _print_json(result.to_dict())
        return
    if result.draft is not None:
        out.print(f"[bold]Your answer[/] [dim]({result.draft.report.overall}/100)[/]")
        out.print(f"  {result.draft.answer}")
        for finding in result.draft.report.findings:
            out.print(f"  [yellow]{finding.message}[/]: {finding.fix}")
    for item in result.guidance:
        out.print(f"[bold]Missing: {item.label}.[/] {item.advice}")


@app.command("brief")
def brief(
    application_id: Annotated[int, typer.Argument(help="The application's id.")],
    pdf: Annotated[Optional[Path], typer.Option("--pdf", help="Write the one-page PDF here.")] = None,  # noqa: UP045
    html: Annotated[Optional[Path], typer.Option("--html", help="Write the HTML page here.")] = None,  # noqa: UP045
) -> None:
    """The one-page prep brief of an application: print it, or write it as PDF and/or HTML."""
    from poise.prep.brief import fit_to_page
    from poise.services.prep import application_brief

    with _prep_db() as db:
        try:
            result = application_brief(db, application_id)
        except PoiseError as exc:
            raise _fail(exc) from exc
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
        raise _fail(exc) from exc
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
    out.print("[bold]Three stories[/]")
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
    facts: Annotated[Optional[Path], typer.Option("--facts", help="YAML facts to import.")] = None,  # noqa: UP045
    limit: Annotated[int, typer.Option(help="Ask at most this many cards.")] = 20,
) -> None:
    """Drill the key facts: type each answer; missed cards come back sooner."""
    import yaml

    from poise.prep.quiz import parse_facts
    from poise.services.prep import add_facts, quiz_answer, quiz_next

    with _prep_db() as db:
        try:
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
        except PoiseError as exc:
            raise _fail(exc) from exc

# --- end of prep commands ------------------------------------------------------------------------


# --- poise debrief / letter / followups / pipeline / application (issue 6: follow-up) ----------

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


def _followup_db() -> Any:
    """Open the database for a follow-up command, or exit with the coded error."""
    from poise.settings import get_settings
    from poise.store.db import Database

    try:
        return Database.open(get_settings())
    except PoiseError as exc:
        raise _fail(exc) from exc


def _followup_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _followup_fail(exc: PoiseError) -> typer.Exit:
    """A coded error; a debrief file's problems each on their own line."""
    from poise.errors import DebriefFileError

    if isinstance(exc, DebriefFileError):
        err.print(f"[bold red]Error {exc.code}:[/] {len(exc.problems)} problem(s) in the debrief:")
        for problem in exc.problems:
            err.print(f"  {problem}", markup=False, highlight=False)
        err.print(f"[yellow]What to do:[/] {exc.hint}")
        return typer.Exit(2)
    from poise.errors import InputError

    return _fail(exc, 2 if isinstance(exc, InputError) else 1)


def _day(value: date) -> str:
    return f"{value:%a} {value.day} {value:%b} {value.year}"


def _ask_date(console: Console, label: str, *, default: date | None) -> date | None:
    """A YYYY-MM-DD answer (Enter for the default, or nothing when there is none)."""
    from rich.prompt import Prompt

    while True:
        answer = Prompt.ask(label, console=console, default=default.isoformat() if default else "",
                            show_default=default is not None).strip()
        if not answer:
            return default
        try:
            return date.fromisoformat(answer)
        except ValueError:
            console.print("[red]Write the date as YYYY-MM-DD, for example 2024-05-17.[/]")


def _ask_person(console: Console, label: str, names: list[str]) -> str | None:
    """One of the interviewers (Enter for the first; a first name is enough)."""
    from rich.prompt import Prompt

    if len(names) <= 1:
        return names[0] if names else None
    indent = label[: len(label) - len(label.lstrip())]
    choices = ", ".join(names[:-1]) + f" or {names[-1]}"
    while True:
        answer = Prompt.ask(f"{label}? {choices}; Enter for {names[0]}", console=console, default=names[0],
                            show_default=False).strip()
        for name in names:
            if answer.casefold() in (name.casefold(), name.split()[0].casefold()):
                return name
        console.print(f"{indent}[red]Pick one of: {choices}.[/]")


def _ask_rating(console: Console, label: str) -> int:
    """A rating from 1 to 5."""
    from rich.prompt import Prompt

    indent = label[: len(label) - len(label.lstrip())]
    while True:
        answer = Prompt.ask(label, console=console).strip()
        if answer in ("1", "2", "3", "4", "5"):
            return int(answer)
        console.print(f"{indent}[red]Give a number from 1 (went badly) to 5 (strong).[/]")


def _ask_debrief(console: Console, record: Any, kb: Any, today: date) -> dict[str, Any]:
    """Walk through the debrief one question at a time; return it as data to validate."""
    import re as _re

    from rich.prompt import Confirm, IntPrompt, Prompt

    from poise.followup.application import read_fit
    from poise.followup.debrief import RATINGS, match_predicted

    console.print(f"\n[bold]Debrief: {record.title} at {record.company}[/] (application {record.id})")
    console.print("Write it down now, while it is fresh. Press Enter to skip anything optional.\n")
    data: dict[str, Any] = {}
    held_on = _ask_date(console, "Day of the interview (YYYY-MM-DD)", default=today) or today
    data["date"] = held_on.isoformat()
    next_round = record.round + 1 if record.stage == "interviewing" else record.round
    data["round"] = IntPrompt.ask("Round", console=console, default=max(next_round, 1))

    console.print("\n[bold]Who interviewed you?[/] One person at a time; Enter on an empty name when done.")
    people: list[dict[str, Any]] = []
    while True:
        name = Prompt.ask(f"  Name of interviewer {len(people) + 1}", console=console, default="",
                          show_default=False).strip()
        if not name:
            if people:
                break
            console.print("  [red]Name at least one interviewer: the letter is addressed to them.[/]")
            continue
        if name.casefold() in [person["name"].casefold() for person in people]:
            console.print(f"  [red]{name} is already listed.[/]")
            continue
        person: dict[str, Any] = {"name": name}
        person["role"] = Prompt.ask("    Their role (optional)", console=console, default="",
                                    show_default=False).strip()
        while True:
            email = Prompt.ask("    Email (optional)", console=console, default="",
                               show_default=False).strip()
            if not email or _re.match(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$", email):
                break
            console.print("    [red]That is not an email address (name@example.com).[/]")
        person["email"] = email or None
        greet = Prompt.ask("    In a letter, greet them as", console=console, default=name).strip()
        if greet and greet != name:
            person["address_as"] = greet
        people.append(person)
    names = [person["name"] for person in people]

    console.print("\n[bold]Which questions did they ask?[/] A bank id (like failures.biggest_failure) "
                  "or the words; Enter when done.")
    scale = "  ".join(f"{number} {label}" for number, label in RATINGS.items())
    questions: list[dict[str, Any]] = []
    while True:
        asked = Prompt.ask(f"  Question {len(questions) + 1}", console=console, default="",
                           show_default=False).strip()
        if not asked:
            break
        item: dict[str, Any] = {}
        if asked in kb.questions:
            item["question_id"] = asked
            console.print(f"    [dim]{kb.questions[asked].text}[/]")
        elif _re.fullmatch(r"[a-z_]+\.[a-z0-9_]+", asked):
            console.print(f"    [red]No bank question has the id {asked!r}.[/] Type the question's words "
                          "instead, or find the id with `poise questions`.")
            continue
        else:
            item["text"] = asked
        console.print(f"    [dim]{scale}[/]")
        item["rating"] = _ask_rating(console, "    How did your answer go (1-5)")
        who = _ask_person(console, "    Who asked it", names)
        if who:
            item["asked_by"] = who
        item["said"] = Prompt.ask("    What you said, in a line (optional)", console=console, default="",
                                  show_default=False).strip()
        if item["rating"] <= 2:
            addition = Prompt.ask("    What would you add now? Your letter can add it (optional)",
                                  console=console, default="", show_default=False).strip()
            if addition:
                item["add_now"] = addition
        topic = Prompt.ask("    A topic from it worth naming in your thank-you (optional)",
                           console=console, default="", show_default=False).strip()
        if topic:
            item["topic"] = topic
        questions.append(item)
    data["questions"] = questions

    predicted = read_fit(record.fit).concerns
    console.print("\n[bold]Did they raise any concern about you?[/] In their words; Enter when none.")
    if predicted:
        titles = "; ".join(item.title for item in predicted if item.title)
        console.print(f"  [dim]Predicted: {titles}[/]")
    concerns: list[dict[str, Any]] = []
    while True:
        text = Prompt.ask(f"  Concern {len(concerns) + 1}", console=console, default="",
                          show_default=False).strip()
        if not text:
            break
        if len(text) < 3:
            console.print("  [red]Say a little more: what worried them?[/]")
            continue
        concern: dict[str, Any] = {"text": text}
        guess = match_predicted(text, record.fit)
        prepared = ""
        if guess is not None and Confirm.ask(f"    Is this the predicted concern “{guess.title}”?",
                                             console=console, default=True):
            concern["concern_id"] = guess.id
            prepared = guess.answer_plan.plan if guess.answer_plan else ""
        concern["handled"] = Prompt.ask("    How did you handle it", console=console,
                                        choices=["answered", "partly", "open"], default="open")
        who = _ask_person(console, "    Who raised it", names)
        if who:
            concern["raised_by"] = who
        if concern["handled"] != "answered":
            if prepared:
                from rich.padding import Padding

                console.print(Padding(f"[dim]Prepared plan: {prepared}[/]", (0, 0, 0, 4)))
                label = "    Your plan to settle it (Enter keeps the prepared one)"
            else:
                label = "    Your plan to settle it: a concrete step and when (optional)"
            plan = Prompt.ask(label, console=console, default="", show_default=False).strip()
            if plan:
                concern["plan"] = plan
        concerns.append(concern)
    data["concerns"] = concerns

    console.print("\n[bold]Did you promise anything?[/] (\"I'll send the deck\"); Enter when none.")
    promises: list[dict[str, Any]] = []
    while True:
        what = Prompt.ask(f"  Promise {len(promises) + 1}", console=console, default="",
                          show_default=False).strip()
        if not what:
            break
        promise: dict[str, Any] = {"what": what}
        if Confirm.ask("    Will you attach it to the thank-you letter?", console=console, default=True):
            promise["delivery"] = "attached"
        else:
            promise["delivery"] = "to_follow"
            by = _ask_date(console, "    By when (YYYY-MM-DD, optional)", default=None)
            if by is not None:
                promise["by"] = by.isoformat()
        promises.append(promise)
    data["promises"] = promises

    console.print("\n[bold]What did they say happens next?[/] A short phrase, e.g. “a panel with the CEO”; "
                  "Enter if they did not say.")
    step = Prompt.ask("  Next step", console=console, default="", show_default=False).strip()
    if step:
        next_step: dict[str, Any] = {"what": step}
        by = _ask_date(console, "  By when (YYYY-MM-DD, optional)", default=None)
        if by is not None:
            next_step["by"] = by.isoformat()
        who = _ask_person(console, "  Who said it", names)
        if who:
            next_step["said_by"] = who
        data["next_step"] = next_step
    notes = Prompt.ask("\nAnything else to remember (optional)", console=console, default="",
                       show_default=False).strip()
    if notes:
        data["notes"] = notes
    data["interviewers"] = people
    return data


def _save_debrief_draft(data: dict[str, Any], application_id: int) -> Path:
    """Keep interactive answers that failed validation as YAML, so nothing typed is lost."""
    import yaml

    from poise.settings import get_settings

    folder = get_settings().data_dir / "drafts"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"debrief-{application_id}-{data.get('date', 'undated')}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


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
        Optional[Path],  # noqa: UP045
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
        check_debrief,
        find_application,
        list_debriefs,
        load_debrief_file,
        record_debrief,
    )

    console = err if as_json else out
    with _followup_db() as db:
        try:
            if list_all:
                stored = list_debriefs(db, application)
                if as_json:
                    _followup_json([item.to_dict() for item in stored])
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
                with db.session() as session:
                    record = find_application(session, application)
                raw = _ask_debrief(console, record, kb, today)
                try:
                    data = check_debrief(raw, kb=kb, today=today)
                except InputError as exc:
                    draft = _save_debrief_draft(raw, record.id)
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
            raise _followup_fail(exc) from exc
    if as_json:
        _followup_json(outcome.to_dict())
        return
    _debrief_outcome(out, outcome)


@app.command("letter")
def letter(
    application: Annotated[str, typer.Argument(help="The application: its id, or its company.")],
    interviewer: Annotated[
        Optional[str], typer.Option(help="Write to this interviewer (default: the first).")  # noqa: UP045
    ] = None,
    sender: Annotated[Optional[str], typer.Option(help="Sign with this name.")] = None,  # noqa: UP045
    eml: Annotated[
        Optional[Path], typer.Option("--eml", help="Also save it as an unsent email (.eml).")  # noqa: UP045
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Draft the thank-you letter from the latest debrief: specific thanks, the fit, open concerns."""
    from poise.followup.letter import letter_text
    from poise.services.followup import draft_thank_you, letter_as_eml

    with _followup_db() as db:
        try:
            drafted = draft_thank_you(db, application, interviewer=interviewer, sender=sender)
        except PoiseError as exc:
            raise _followup_fail(exc) from exc
    if eml is not None:
        try:
            eml.write_bytes(letter_as_eml(drafted))
        except OSError as exc:
            err.print(f"[bold red]Error:[/] cannot write {eml}: {exc.strerror or exc}.")
            raise typer.Exit(1) from exc
    if as_json:
        data = drafted.to_dict()
        data["eml"] = str(eml) if eml is not None else None
        _followup_json(data)
        return
    # Soft wrap: the letter is copied from the terminal, so no hard line breaks inside paragraphs.
    out.print(letter_text(drafted), markup=False, highlight=False, soft_wrap=True)
    for warning in drafted.warnings:
        err.print(f"[yellow]Check:[/] {warning}", highlight=False)
    if eml is not None:
        out.print(f"[green]Saved[/] {eml}: open it in your mail program, check it and send it.")


@app.command("followups")
def followups(
    application: Annotated[str, typer.Argument(help="The application: its id, or its company.")],
    ics: Annotated[
        Optional[Path], typer.Option("--ics", help="Save the reminders as a calendar file (.ics).")  # noqa: UP045
    ] = None,
    drafts: Annotated[bool, typer.Option("--drafts", help="Print each step's draft message.")] = False,
    sender: Annotated[Optional[str], typer.Option(help="Sign the drafts with this name.")] = None,  # noqa: UP045
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The follow-up schedule: thank-you within 24 hours, one check-in, at most two more notes."""
    from rich.panel import Panel
    from rich.table import Table

    from poise.services import followup as service

    with _followup_db() as db:
        try:
            schedule = service.followups(db, application, sender=sender)
        except PoiseError as exc:
            raise _followup_fail(exc) from exc
    if ics is not None:
        try:
            ics.write_bytes(service.followups_ics(schedule))
        except OSError as exc:
            err.print(f"[bold red]Error:[/] cannot write {ics}: {exc.strerror or exc}.")
            raise typer.Exit(1) from exc
    if as_json:
        data = schedule.to_dict()
        data["ics"] = str(ics) if ics is not None else None
        _followup_json(data)
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
    if ics is not None:
        out.print(f"[green]Saved[/] {ics}: import it into your calendar.")
    elif schedule.steps and not drafts:
        out.print("[dim]Add --drafts to see each message, --ics FILE to put them in your calendar.[/]")


@app.command("pipeline")
def pipeline(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Every application: its stage, the next action and its date, and the last debrief."""
    from rich.table import Table

    from poise.services import followup as service

    with _followup_db() as db:
        try:
            rows = service.pipeline(db)
            queue = service.queued_questions(db)
        except PoiseError as exc:
            raise _followup_fail(exc) from exc
    if as_json:
        _followup_json({"applications": [row.to_dict() for row in rows],
                        "practice_queue": [item.to_dict() for item in queue]})
        return
    if not rows:
        out.print("No applications yet. Add one with "
                  "`poise fit --job FILE --resume FILE --save --company NAME`.")
        return
    table = Table(title=f"Pipeline: {len(rows)} application(s)", title_justify="left", show_lines=True)
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
        Optional[int], typer.Option("--round", help="The interview round (with interviewing).")  # noqa: UP045
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Move an application to another stage; follow-ups stop at offer, accepted, declined or closed."""
    from poise.services.followup import set_stage

    with _followup_db() as db:
        try:
            summary = set_stage(db, application, stage, round_number=round_number)
        except PoiseError as exc:
            raise _followup_fail(exc) from exc
    if as_json:
        _followup_json(summary.to_dict())
        return
    out.print(f"{summary.title} at {summary.company}: [bold]{summary.to_dict()['stage_label']}[/]")


# --- end of follow-up commands -------------------------------------------------------------------


# --- poise practice (issue 5: mock interviews) -------------------------------------------------

PRACTICE_KIND_STYLE = {"question": "cyan", "follow_up": "yellow", "closing": "magenta",
                       "reply": "blue", "concern": "bold red", "end": "green"}
PRACTICE_SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}


PRACTICE_HELP = (
    "Rehearse a whole interview: questions, follow-ups, the closing phase and a session report.\n\n"
    "Type each answer and press Enter; a timer shows the time left (the stress format cuts you "
    "off at the limit). Ask \"Do you mean...?\" to clarify a question. In the closing phase ask "
    "your questions, including whether anything about you gives them pause, and say \"no more "
    "questions\" to finish. Ctrl+C pauses; --resume continues."
)


@app.command("practice", help=PRACTICE_HELP)
def practice(
    interview_format: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--format", help="biographical, competency, panel, stress or projective."),
    ] = None,
    application: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--application", help="Rehearse for this application (its requirements, "
                     "its top predicted concern, its job text)."),
    ] = None,
    mode: Annotated[str, typer.Option(help="practice: feedback after each answer; "
                                      "real: nothing until the end.")] = "practice",
    seed: Annotated[Optional[int], typer.Option(help="Replay the same interview.")] = None,  # noqa: UP045
    resume: Annotated[
        Optional[int], typer.Option("--resume", help="Continue a stored session by its id.")  # noqa: UP045
    ] = None,
    report_id: Annotated[
        Optional[int], typer.Option("--report", help="Show a stored session's report.")  # noqa: UP045
    ] = None,
) -> None:
    """Rehearse a whole interview (see PRACTICE_HELP)."""
    from poise.content.loader import knowledge_base
    from poise.services.practice import (
        answer_practice,
        current_step,
        practice_report,
        start_practice,
    )

    chosen = [interview_format is not None, resume is not None, report_id is not None]
    if sum(chosen) != 1:
        err.print("[bold red]Error:[/] give one of --format FORMAT, --resume ID or --report ID.")
        raise typer.Exit(2)
    db = _prep_db()
    kb = knowledge_base()
    try:
        if report_id is not None:
            _practice_report_view(practice_report(db, report_id, kb=kb))
            return
        with out.status("Setting up the interview room (loading the language models)…"):
            from poise.analysis import nlp

            nlp.warm_up()
            if resume is not None:
                step = current_step(db, resume)
            else:
                step = start_practice(db, interview_format=interview_format or "",
                                      application_id=application, mode=mode, seed=seed, kb=kb)
    except PoiseError as exc:
        raise _fail(exc) from exc
    _practice_intro(step, kb, resumed=resume is not None)
    try:
        while not step.ended:
            _practice_prompt(step)
            answer = _practice_read(step, kb)
            if answer is None:
                out.print(f"\nInterview paused. Continue with [bold]poise practice --resume "
                          f"{step.session_id}[/].")
                raise typer.Exit(0)
            text, seconds = answer
            try:
                step = answer_practice(db, step.session_id, text, seconds=seconds, kb=kb)
            except PoiseError as exc:
                if exc.code.startswith("E3"):
                    err.print(f"[bold red]{exc.message}[/] {exc.hint}")
                    continue
                raise _fail(exc) from exc
            if step.feedback is not None:
                _practice_feedback(step.feedback)
    except KeyboardInterrupt:
        out.print(f"\nInterview paused. Session {step.session_id} is saved: continue with "
                  f"[bold]poise practice --resume {step.session_id}[/].")
        raise typer.Exit(130) from None
    _practice_prompt(step)
    try:
        _practice_report_view(practice_report(db, step.session_id, kb=kb))
    except PoiseError as exc:
        raise _fail(exc) from exc


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "-:--"
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def _practice_intro(step: Any, kb: Any, *, resumed: bool) -> None:
    from rich.panel import Panel
    from rich.text import Text

    fmt = kb.formats[step.format]
    body = Text()
    body.append(f"{fmt.name}", style="bold")
    body.append(f" · {step.mode} mode · session {step.session_id} · seed {step.seed}\n", style="dim")
    body.append(" ".join(fmt.how_to_behave.split()) + "\n\n")
    for persona in step.personas:
        body.append(f"{persona['name']}", style="bold cyan")
        body.append(f", {persona['role']}. Judges: {persona['criterion'].lower()}.\n")
    body.append(f"\n{step.questions} questions, then your questions for them. ", style="dim")
    body.append("Ask “Do you mean…?” to clarify a question. Say “no more questions” to finish. "
                "Ctrl+C pauses.", style="dim")
    if step.mode == "real":
        body.append("\nReal mode: no feedback until the end.", style="dim")
    for note in step.notes:
        body.append(f"\nNote: {note}", style="yellow")
    title = "Resuming the interview" if resumed else "Mock interview"
    out.print(Panel(body, title=title, border_style="cyan"))


def _practice_prompt(step: Any) -> None:
    from rich.panel import Panel
    from rich.text import Text

    prompt = step.prompt
    labels = {"question": f"question {step.number} of {step.questions}" if step.number else "question",
              "follow_up": "follow-up", "closing": "closing", "reply": "reply",
              "concern": "the concern", "end": "end of interview"}
    subtitle = labels.get(prompt.kind, prompt.kind)
    if prompt.time_limit_s:
        subtitle += f" · {_clock(prompt.time_limit_s)} to answer"
    out.print(Panel(Text(prompt.text), title=f"[bold]{prompt.speaker}[/] · {prompt.speaker_role}",
                    title_align="left", subtitle=subtitle, subtitle_align="right",
                    border_style=PRACTICE_KIND_STYLE.get(prompt.kind, "white")))


def _practice_read(step: Any, kb: Any) -> tuple[str, float] | None:
    """The candidate's answer and its time; None at end of input."""
    import time

    prompt = step.prompt
    stress = step.format == "stress" and prompt.kind in ("question", "follow_up")
    if not sys.stdin.isatty():
        out.print(f"[dim]Your answer (limit {_clock(prompt.time_limit_s)}):[/]")
        started = time.monotonic()
        line = sys.stdin.readline()
        if not line:
            return None
        return line.strip(), round(time.monotonic() - started, 1)
    policy = kb.interview.engine.stress if kb.interview else None
    warning = (policy.warning_at_s, f"{prompt.speaker}: {policy.warning}") if stress and policy else None
    text, seconds, cut = _practice_live_input(prompt.time_limit_s, cut_off=stress, warning=warning)
    style = "dim"
    label = f"You ({_clock(seconds)})"
    if cut:
        label += f", cut off at {_clock(prompt.time_limit_s)}"
        style = "yellow"
    out.print(f"[{style}]{label}:[/] {text}" if text else f"[{style}]{label}: (silence)[/]",
              highlight=False)
    return text, round(seconds, 1)


def _practice_live_input(
    limit: int | None, *, cut_off: bool, warning: tuple[int, str] | None
) -> tuple[str, float, bool]:
    """Read one answer key by key under a live countdown (Enter sends, Ctrl+U clears)."""
    import codecs
    import os
    import select
    import termios
    import time
    import tty

    from rich.console import Group
    from rich.live import Live
    from rich.progress_bar import ProgressBar
    from rich.table import Table
    from rich.text import Text

    chars: list[str] = []
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    started = time.monotonic()

    def view(elapsed: float) -> Group:
        typed = "".join(chars)
        if len(typed) > 900:
            typed = "…" + typed[-900:]
        answer = Text("> ", style="bold")
        answer.append(typed)
        answer.append("▌", style="blink")
        clock = Table.grid(padding=(0, 1))
        if limit:
            left = limit - elapsed
            style = "green" if left > limit * 0.25 else ("yellow" if left > 0 else "bold red")
            when = f"{_clock(left)} left" if left >= 0 else f"{_clock(-left)} over the limit"
            clock.add_row(Text(f"⏱ {when}", style=style),
                          ProgressBar(total=limit, completed=min(elapsed, limit), width=30,
                                      complete_style=style))
        else:
            clock.add_row(Text(f"⏱ {_clock(elapsed)}", style="dim"))
        parts: list[Any] = [answer, clock]
        if warning and limit and 0 < limit - elapsed <= warning[0]:
            parts.append(Text(warning[1], style="bold red"))
        parts.append(Text("Enter sends · Ctrl+U clears · Ctrl+C pauses", style="dim"))
        return Group(*parts)

    fd = sys.stdin.fileno()
    saved = termios.tcgetattr(fd)
    termios.tcflush(fd, termios.TCIFLUSH)  # keys typed before the question appeared
    cut = False
    escape = False
    done = False
    tty.setcbreak(fd)
    try:
        with Live(view(0.0), console=out, refresh_per_second=8, transient=True) as live:
            while not done:
                elapsed = time.monotonic() - started
                if cut_off and limit and elapsed >= limit:
                    cut = True
                    break
                ready, _, _ = select.select([fd], [], [], 0.12)
                if ready:
                    data = os.read(fd, 1024)
                    if not data:
                        break
                    for char in decoder.decode(data):
                        if escape:
                            escape = not (char.isalpha() or char == "~")
                        elif char == "\x1b":
                            escape = True
                        elif char in "\r\n":
                            if "".join(chars).strip():
                                done = True
                                break
                        elif char in "\x7f\x08":
                            if chars:
                                chars.pop()
                        elif char == "\x15":
                            chars.clear()
                        elif char == "\x17":
                            while chars and chars[-1] == " ":
                                chars.pop()
                            while chars and chars[-1] != " ":
                                chars.pop()
                        elif char.isprintable():
                            chars.append(char)
                live.update(view(time.monotonic() - started))
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)
    return "".join(chars).strip(), time.monotonic() - started, cut


def _practice_findings(analysis: dict[str, Any], limit: int = 3) -> list[Any]:
    from rich.text import Text

    lines: list[Any] = []
    for finding in analysis["findings"][:limit]:
        line = Text("✗ ", style=PRACTICE_SEVERITY_STYLE[finding["severity"]])
        line.append(finding["message"], style=PRACTICE_SEVERITY_STYLE[finding["severity"]])
        if finding["evidence"]:
            quote = " ".join(finding["evidence"][0]["quote"].split())
            line.append(f"  “{quote[:110]}{'…' if len(quote) > 110 else ''}”", style="italic")
        line.append(f"\n  → {finding['fix']}")
        lines.append(line)
    return lines


def _practice_feedback(feedback: dict[str, Any]) -> None:
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    kind = feedback["kind"]
    notes = feedback.get("notes") or []
    if kind in ("clarification", "concern_clarification", "statement", "closing_done"):
        for note in notes:
            out.print(f"[dim]{note}[/]")
        return
    parts: list[Any] = []
    analysis = feedback.get("analysis")
    closing_kinds = ("candidate_question", "pause_question")
    if analysis and kind in closing_kinds:
        flags = (feedback.get("closing") or {}).get("flags", [])
        if not flags and not analysis["findings"]:
            parts.append(Text("✓ A question only they can answer.", style="green"))
        parts.extend(_practice_findings(analysis))
    elif analysis:
        head = Text(f"{analysis['overall']}/100", style="bold")
        if kind == "concern_reply":
            family = analysis["dimensions"]["family"]
            head.append(f" · {family['label']} {family['score']}/5 · tone "
                        f"{analysis['dimensions']['tone']['score']}/5", style="dim")
        else:
            for dimension in analysis["dimensions"].values():
                head.append(f" · {dimension['label']} {dimension['score']}", style="dim")
        parts.append(head)
        if analysis["state"] == "insufficient_evidence":
            parts.append(Text("Too thin to judge: give one real example with what you did and how "
                              "it ended.", style="bold red"))
        parts.extend(_practice_findings(analysis))
        if not analysis["findings"] and analysis["state"] == "ok":
            parts.append(Text("✓ Nothing to fix in this answer.", style="green"))
        for strength in analysis["strengths"][:2]:
            evidence = strength["evidence"][0] if strength["evidence"] else None
            quote = analysis["answer"][evidence["start"]:evidence["end"]] if evidence else ""
            parts.append(Text(f"✓ {strength['what']}: “{' '.join(quote.split())[:80]}”", style="green"))
    case = feedback.get("case")
    if case:
        line = Text(f"Case {case['score']}/5: ")
        for criterion in case["criteria"]:
            mark, style = ("✓", "green") if criterion["met"] else ("✗", "red")
            line.append(f"{criterion['name'].lower()} {mark}  ", style=style)
        parts.append(line)
    composure = feedback.get("composure")
    if composure:
        line = Text(f"Composure {composure['score']}/5", style="green" if composure["kept"] else "red")
        for lapse in composure["lapses"]:
            line.append(f"  {lapse['message']}: “{lapse['quote']}”", style="red")
        parts.append(line)
    vacancy = feedback.get("vacancy")
    if vacancy:
        line = Text(f"Vacancy focus {vacancy['relevance']}/5 · {vacancy['words']} words, "
                    f"{vacancy['brevity']}")
        if vacancy.get("touched"):
            line.append(f" · speaks to: {'; '.join(t['requirement'][:50] for t in vacancy['touched'])}")
        parts.append(line)
    closing = feedback.get("closing") or {}
    for flag in closing.get("flags", []):
        parts.append(Text(f"⚑ {flag['message']}: {flag['fix']}", style="yellow"))
    for note in notes:
        parts.append(Text(note, style="dim"))
    if parts:
        title = {"concern_reply": "How you handled the concern",
                 "candidate_question": "Your question", "pause_question": "Your question"}
        out.print(Panel(Group(*parts), title=title.get(kind, "Feedback"), title_align="left",
                        border_style="dim"))


def _practice_report_view(report: dict[str, Any]) -> None:
    from rich.panel import Panel
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    session = report["session"]
    out.print(Rule(f"Session report · {session['format_name']} · session {session['id']}"))
    for index, line in enumerate(report["headline"]):
        style = "bold red" if index == 0 and not report["pause_question"]["asked"] else ""
        out.print(Text(f"• {line}", style=style))
    table = Table(title="Dimensions across the session", title_justify="left")
    table.add_column("Dimension")
    table.add_column("Average", justify="center")
    table.add_column("Weakest answer")
    for item in report["dimensions"].values():
        lowest = item.get("lowest") or {}
        weakest = f"{lowest['score']}/5 · {str(lowest['question'])[:60]}" if lowest else "—"
        table.add_row(item["label"], f"{item['average']}/5" if item["average"] is not None else "-",
                      weakest)
    out.print(table)
    if report["fix_first"]:
        fixes = Text("Fix first\n", style="bold")
        for number, fix in enumerate(report["fix_first"], start=1):
            times = f" (×{fix['count']})" if fix["count"] > 1 else ""
            fixes.append(f"{number}. {fix['message']}{times}. ", style="bold")
            fixes.append(f"{fix['fix']}\n")
        out.print(fixes)
    timing = Table(title="Time per answer", title_justify="left")
    timing.add_column("Prompt")
    timing.add_column("Time", justify="right")
    timing.add_column("Limit", justify="right")
    for item in report["timing"]["answers"]:
        over = "[red]" if item["over_time"] else ""
        timing.add_row(item["question"][:70], f"{over}{_clock(item['seconds'])}",
                       _clock(item["time_limit_s"]))
    out.print(timing)
    if report.get("panel"):
        out.print(Panel(Text(report["panel"]["memo"]), title="Panel verdict", border_style="cyan"))
    if report.get("stress"):
        stress = report["stress"]
        out.print(Text(f"Composure {stress['average']}/5. {stress['verdict']}", style="bold"))
        for lapse in stress["lapses"]:
            out.print(f"  [red]✗[/] {lapse['message']}: “{lapse['quote']}”")
    if report.get("cases"):
        cases = report["cases"]
        out.print(Text(cases["summary"], style="bold"))
    if report.get("projective"):
        for area in report["projective"]["areas"]:
            style = "yellow" if area["cautions"] else "green"
            out.print(Text(f"{area['name']}: ", style=f"bold {style}") + Text(area["summary"]))
    if report.get("biographical"):
        out.print(Text(f"Vacancy focus: {report['biographical']['summary']}", style="bold"))
    closing = report["closing"]
    out.print(Text(f"Closing: {closing['result']}", style="bold"))
    for question in closing["questions"]:
        flags = "; ".join(flag["message"] for flag in question["flags"])
        out.print(f"  • {question['text']}" + (f"  [yellow]⚑ {flags}[/]" if flags else ""),
                  highlight=False)
    for note in closing.get("notes", []):
        out.print(f"  [yellow]{note}[/]")
    out.print(f"[dim]Stored as session {session['id']}: `poise practice --report {session['id']}` "
              f"shows this again; GET /api/v1/sessions/{session['id']}/report has every turn.[/]")

# --- end of poise practice -----------------------------------------------------------------------


def main() -> None:
    """Console-script entry point."""
    app()
