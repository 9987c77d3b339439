"""The `poise` command: every sub-command parses its options, calls one service and renders the result."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from poise import __version__
from poise.cli import collector
from poise.cli.common import PoiseGroup, err, fail, out, print_json
from poise.errors import PoiseError

app = typer.Typer(
    name="poise",
    cls=PoiseGroup,
    help="Poise, a leadership interview coach: prepare, rehearse, perform and follow up, offline.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["--help", "-h"]},
)
content_app = typer.Typer(help="Work with the knowledge base (questions, rules, lexicons).",
                          no_args_is_help=True)
app.add_typer(content_app, name="content")

from poise.cli import (  # noqa: E402 - after the root app exists
    fit,
    followup,
    practice,
    prep,
    users,
)

for area in (fit.app, prep.app, followup.app, practice.app, users.app):
    app.add_typer(area)


def _version(value: bool) -> None:
    if value:
        out.print(f"poise {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    ctx: typer.Context,
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """Poise, a leadership interview coach."""
    # a damaged document is reported once, by Poise, with what to do; the PDF library's own
    # warnings ("invalid pdf header", "EOF marker not found") only repeat it in its words
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    if ctx.invoked_subcommand != "analyze":  # which resumes once its models are loaded
        collector.resume()




@content_app.command("check")
def content_check(
    path: Annotated[
        Path | None,
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
        raise fail(exc) from exc
    for path in written:
        out.print(f"wrote {path}")


@app.command("questions")
def questions(
    family: Annotated[str | None, typer.Option(help="Only this family, e.g. failures.")] = None,
    interview_format: Annotated[
        str | None, typer.Option("--format", help="Only questions suited to this format.")
    ] = None,
    competency: Annotated[str | None, typer.Option(help="Only questions probing this competency.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
) -> None:
    """List bank questions, filtered by family, format or competency."""
    from poise.cli.render import questions_table
    from poise.services.content import list_questions, question_to_dict

    try:
        found = list_questions(family=family, interview_format=interview_format, competency=competency)
    except PoiseError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json([question_to_dict(q) for q in found])
        return
    out.print(questions_table(found))


@app.command("analyze")
def analyze(
    question: Annotated[str | None, typer.Option(help="The interviewer's question.")] = None,
    answer: Annotated[str | None, typer.Option(help="Your answer, as text.")] = None,
    answer_file: Annotated[Path | None, typer.Option(help="Read the answer from a file.")] = None,
    stdin: Annotated[
        str | None, typer.Argument(help="Pass - to read the answer from standard input.")
    ] = None,
    family: Annotated[str | None, typer.Option(help="Question family (detected if omitted).")] = None,
    batch: Annotated[
        Path | None,
        typer.Option(help='JSON Lines file of {"id","question","answer","family"?,"phase"?}.'),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a report.")] = False,
    disable: Annotated[
        list[str] | None,
        typer.Option(help="Turn off a rule or a group by prefix, e.g. delivery or tone.hackneyed."),
    ] = None,
    enable: Annotated[
        list[str] | None,
        typer.Option(help="Turn a rule back on inside a disabled group (most specific wins)."),
    ] = None,
    floor: Annotated[str, typer.Option(help="Lowest severity to report: low, medium or high.")] = "low",
    phase: Annotated[
        str,
        typer.Option(help="answer (default), concern (a reply to what gives the interviewer "
                     "pause) or closing (a question you ask at the end)."),
    ] = "answer",
    audio: Annotated[
        Path | None,
        typer.Option(help="A spoken answer (wav, mp3, m4a, ogg or webm, up to 10 minutes): "
                     "transcribed on this computer, judged for delivery and content."),
    ] = None,
    interview_format: Annotated[
        str | None,
        typer.Option("--format", help="With --audio: the interview format whose time limit applies."),
    ] = None,
) -> None:
    """Analyse an answer (or a batch of answers, or a recording) and explain every finding."""
    from poise.analysis.rules.engine import RuleConfig
    from poise.services.analysis import analyse_answer

    if batch is not None or audio is not None:
        collector.resume()
    if batch is not None:
        _analyze_batch(batch)
        return
    if audio is not None:
        if answer is not None or answer_file is not None or stdin == "-":
            err.print("[bold red]Error:[/] give the answer once: --audio FILE or a text answer, not both.")
            raise typer.Exit(2)
        _analyze_audio(audio, question or "", family=family, interview_format=interview_format,
                       phase=phase, as_json=as_json)
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
        report = analyse_answer(question, text, family=family, rules=rules, phase=phase)
    except PoiseError as exc:
        raise fail(exc, 2) from exc
    finally:
        collector.resume()  # the models are loaded now
    if as_json:
        print_json(report.to_dict())
        return
    from poise.cli.render import report_view

    out.print(report_view(report))


def _analyze_audio(path: Path, question: str, *, family: str | None, interview_format: str | None,
                   phase: str, as_json: bool) -> None:
    """Transcribe a recording, then print the transcript, the delivery report and the content report."""
    from poise.services.spoken import analyse_spoken

    with err.status("Transcribing on this computer..."):
        try:
            spoken = analyse_spoken(path, question, family=family, interview_format=interview_format,
                                    phase=phase)
        except PoiseError as exc:
            raise fail(exc, 2) from exc
    if as_json:
        print_json(spoken.to_dict())
        return
    from poise.cli.render import report_view
    from poise.cli.voice_render import delivery_view, transcript_view

    out.print(transcript_view(spoken.recording, spoken.delivery))
    out.print(delivery_view(spoken.delivery))
    if spoken.report is not None:
        out.print(report_view(spoken.report))


def _analyze_batch(path: Path) -> None:
    from poise.services.analysis import analyse_batch, read_batch

    try:
        with path.open(encoding="utf-8") as handle:
            items = read_batch(handle)
    except OSError as exc:
        err.print(f"[bold red]Error:[/] cannot read {path}: {exc}.")
        raise typer.Exit(2) from exc
    except PoiseError as exc:
        raise fail(exc, 2) from exc
    progress = Progress(
        TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=False,
    )
    with progress:
        task = progress.add_task("batch", total=len(items))
        for result in analyse_batch(items, on_done=lambda: progress.advance(task)):
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()


SHUTDOWN_GRACE_SECONDS = 5
"""Seconds a stopping server gives requests in flight; with the warm-up's wait, under 10 s."""


@app.command("serve")
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000).")] = None,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Worker processes (organisation mode on PostgreSQL).")
    ] = 1,
    proxy_headers: Annotated[
        bool,
        typer.Option("--proxy-headers",
                     help="Behind a TLS-terminating reverse proxy on this machine: trust its "
                     "X-Forwarded-For and X-Forwarded-Proto (the client's address, https)."),
    ] = False,
) -> None:
    """Start the web app (personal mode: on this computer only)."""
    import uvicorn

    from poise.services.serving import check_serving
    from poise.settings import get_settings
    from poise.web.app import create_app

    settings = get_settings()
    chosen_host = host or settings.host
    chosen_port = port or settings.port
    try:
        notice = check_serving(settings, host=chosen_host, workers=workers)
        application = create_app(settings) if workers == 1 else None
    except PoiseError as exc:
        raise fail(exc) from exc
    if notice:
        err.print(f"[yellow]{notice}[/]")
    shown = f"[{chosen_host}]" if ":" in chosen_host else chosen_host
    out.print(f"Poise is running at [bold]http://{shown}:{chosen_port}[/] (Ctrl+C to stop)")
    options: dict[str, object] = {
        "host": chosen_host, "port": chosen_port, "log_level": "warning",
        # On SIGTERM or Ctrl+C, requests still running get SHUTDOWN_GRACE_SECONDS to finish.
        "timeout_graceful_shutdown": SHUTDOWN_GRACE_SECONDS,
        "proxy_headers": proxy_headers,
        "forwarded_allow_ips": "127.0.0.1,::1" if proxy_headers else "",
    }
    if application is not None:
        uvicorn.run(application, **options)  # type: ignore[arg-type]
        return
    # Each worker process builds its own app from the same POISE_* environment.
    uvicorn.run("poise.web.app:app_from_environment", factory=True, workers=workers,
                **options)  # type: ignore[arg-type]


def readable_arguments(arguments: list[str]) -> list[str]:
    """Command-line arguments as text every part of Poise can handle: bytes that were not UTF-8
    (Python keeps them as lone surrogates) become U+FFFD instead of failing deep in the analyser."""
    return [argument.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            for argument in arguments]


def main() -> None:
    """Console-script entry point: the models configured from the settings, then the command."""
    collector.pause()  # until the command is known (already paused from ``poise.__main__``)
    from poise.services.models import configure_models
    from poise.settings import Settings

    sys.argv[1:] = readable_arguments(sys.argv[1:])
    try:
        settings = Settings()
    except ValueError as exc:  # a POISE_* variable that cannot be read
        err.print(f"[bold red]Error:[/] a POISE_ setting cannot be used: {exc}")
        raise SystemExit(2) from exc
    configure_models(settings)
    app()
