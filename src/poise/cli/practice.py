"""`poise practice`: rehearse a whole mock interview in the terminal."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from poise.cli.common import err, open_db, out
from poise.errors import PoiseError

if TYPE_CHECKING:
    from poise.analysis.report import Report
    from poise.content.loader import KnowledgeBase
    from poise.interview.session_report import SessionReport, TurnFeedback
    from poise.services.practice import PracticeStep

app = typer.Typer()


def clock(seconds: float | None) -> str:
    """Seconds as ``m:ss``, as the interview engine writes them; imported on first use, since
    importing ``poise.interview`` loads the engine and the analyser, which other commands such
    as ``poise analyze`` should not wait for."""
    from poise.interview.clock import clock as as_clock

    return as_clock(seconds)

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
        str | None,
        typer.Option("--format", help="biographical, competency, panel, stress or projective."),
    ] = None,
    application: Annotated[
        int | None,
        typer.Option("--application", help="Rehearse for this application (its requirements, "
                     "its top predicted concern, its job text)."),
    ] = None,
    mode: Annotated[str, typer.Option(help="practice: feedback after each answer; "
                                      "real: nothing until the end.")] = "practice",
    seed: Annotated[int | None, typer.Option(help="Replay the same interview.")] = None,
    resume: Annotated[
        int | None, typer.Option("--resume", help="Continue a stored session by its id.")
    ] = None,
    report_id: Annotated[
        int | None, typer.Option("--report", help="Show a stored session's report.")
    ] = None,
    voice: Annotated[
        bool, typer.Option("--voice", help="Speak your answers into the default microphone "
                           "(transcribed on this computer); without one, you type.")
    ] = False,
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
    db = open_db()
    kb = knowledge_base()
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
    _practice_intro(step, kb, resumed=resume is not None)
    microphone = _practice_microphone() if voice else None
    try:
        while not step.ended:
            _practice_prompt(step)
            answer = _practice_speak(step, microphone) if microphone else None
            if answer is None:
                answer = _practice_read(step, kb)
            if answer is None:
                out.print(f"\nInterview paused. Continue with [bold]poise practice --resume "
                          f"{step.session_id}[/].")
                raise typer.Exit(0)
            text, seconds = answer
            try:
                step = answer_practice(db, step.session_id, text, seconds=seconds, kb=kb)
            except PoiseError as exc:
                if not exc.code.startswith("E3"):
                    raise
                err.print(f"[bold red]{exc.message}[/] {exc.hint}")
                continue
            if step.feedback is not None:
                _practice_feedback(step.feedback)
    except KeyboardInterrupt:
        out.print(f"\nInterview paused. Session {step.session_id} is saved: continue with "
                  f"[bold]poise practice --resume {step.session_id}[/].")
        raise typer.Exit(130) from None
    _practice_prompt(step)
    _practice_report_view(practice_report(db, step.session_id, kb=kb))




def _practice_intro(step: PracticeStep, kb: KnowledgeBase, *, resumed: bool) -> None:
    from rich.panel import Panel
    from rich.text import Text

    fmt = kb.formats[step.format]
    body = Text()
    body.append(f"{fmt.name}", style="bold")
    body.append(f" · {step.mode} mode · session {step.session_id} · seed {step.seed}\n", style="dim")
    body.append(" ".join(fmt.how_to_behave.split()) + "\n\n")
    for persona in step.personas:
        body.append(f"{persona.name}", style="bold cyan")
        body.append(f", {persona.role}. Judges: {persona.criterion.lower()}.\n")
    body.append(f"\n{step.questions} questions, then your questions for them. ", style="dim")
    body.append("Ask “Do you mean…?” to clarify a question. Say “no more questions” to finish. "
                "Ctrl+C pauses.", style="dim")
    if step.mode == "real":
        body.append("\nReal mode: no feedback until the end.", style="dim")
    for note in step.notes:
        body.append(f"\nNote: {note}", style="yellow")
    title = "Resuming the interview" if resumed else "Mock interview"
    out.print(Panel(body, title=title, border_style="cyan"))


def _practice_prompt(step: PracticeStep) -> None:
    from rich.panel import Panel
    from rich.text import Text

    prompt = step.prompt
    labels = {"question": f"question {step.number} of {step.questions}" if step.number else "question",
              "follow_up": "follow-up", "closing": "closing", "reply": "reply",
              "concern": "the concern", "end": "end of interview"}
    subtitle = labels.get(prompt.kind, prompt.kind)
    if prompt.time_limit_s:
        subtitle += f" · {clock(prompt.time_limit_s)} to answer"
    out.print(Panel(Text(prompt.text), title=f"[bold]{prompt.speaker}[/] · {prompt.speaker_role}",
                    title_align="left", subtitle=subtitle, subtitle_align="right",
                    border_style=PRACTICE_KIND_STYLE.get(prompt.kind, "white")))


def _practice_microphone() -> Any:
    """The default microphone for --voice, or None (said why) so that the person types."""
    from poise.cli.microphone import find_microphone

    microphone, reason = find_microphone()
    if microphone is None:
        out.print(f"[yellow]Speaking is not possible here: {reason}. Type your answers instead.[/]")
        return None
    out.print(f"Speaking into [bold]{microphone.name}[/]. The audio stays on this computer and is "
              "not kept.")
    return microphone


def _practice_speak(step: PracticeStep, microphone: Any) -> tuple[str, float] | None:
    """Record one answer, show the transcript and its delivery, and let the person correct it;
    None (so that the person types) when the recording cannot be used."""
    from poise.cli.microphone import record
    from poise.cli.voice_render import delivery_view, transcript_view
    from poise.services.spoken import delivery_of, transcribe_audio

    out.print("[dim]Press Enter to start speaking; Enter again (or 4 s of silence) to stop.[/]")
    if not sys.stdin.readline():
        return None
    with out.status("Recording… (Enter to stop)"):
        audio, seconds = record(microphone)
    try:
        with out.status("Transcribing on this computer…"):
            recording = transcribe_audio(audio)
            delivery = delivery_of(recording, time_limit=step.prompt.time_limit_s)
    except PoiseError as exc:
        err.print(f"[bold red]{exc.message}[/] {exc.hint} Type your answer instead.")
        return None
    out.print(transcript_view(recording, delivery))
    out.print(delivery_view(delivery))
    out.print("[dim]Press Enter to send this transcript, or type a corrected answer and press Enter.[/]")
    corrected = sys.stdin.readline()
    text = corrected.strip() or recording.text()
    return text, round(seconds, 1)


def _practice_read(step: PracticeStep, kb: KnowledgeBase) -> tuple[str, float] | None:
    """The candidate's answer and its time; None at end of input."""
    import time

    prompt = step.prompt
    stress = step.format == "stress" and prompt.kind in ("question", "follow_up")
    if not sys.stdin.isatty():
        out.print(f"[dim]Your answer (limit {clock(prompt.time_limit_s)}):[/]")
        started = time.monotonic()
        line = sys.stdin.readline()
        if not line:
            return None
        return line.strip(), round(time.monotonic() - started, 1)
    policy = kb.interview.engine.stress if kb.interview else None
    warning = (policy.warning_at_s, f"{prompt.speaker}: {policy.warning}") if stress and policy else None
    text, seconds, cut = _practice_live_input(prompt.time_limit_s, cut_off=stress, warning=warning)
    if cut and prompt.time_limit_s:
        # Cut off at the limit: report a time past it, so rounding never makes it look in time.
        seconds = max(seconds, prompt.time_limit_s + 0.1)
    style = "dim"
    label = f"You ({clock(seconds)})"
    if cut:
        label += f", cut off at {clock(prompt.time_limit_s)}"
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
        timer = Table.grid(padding=(0, 1))
        if limit:
            left = limit - elapsed
            style = "green" if left > limit * 0.25 else ("yellow" if left > 0 else "bold red")
            when = f"{clock(left)} left" if left >= 0 else f"{clock(-left)} over the limit"
            timer.add_row(Text(f"⏱ {when}", style=style),
                          ProgressBar(total=limit, completed=min(elapsed, limit), width=30,
                                      complete_style=style))
        else:
            timer.add_row(Text(f"⏱ {clock(elapsed)}", style="dim"))
        parts: list[Any] = [answer, timer]
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


def _practice_findings(analysis: Report, limit: int = 3) -> list[Any]:
    from rich.text import Text

    lines: list[Any] = []
    for finding in analysis.findings[:limit]:
        line = Text("✗ ", style=PRACTICE_SEVERITY_STYLE[finding.severity])
        line.append(finding.message, style=PRACTICE_SEVERITY_STYLE[finding.severity])
        if finding.evidence:
            quote = " ".join(finding.evidence[0].quote.split())
            line.append(f"  “{quote[:110]}{'…' if len(quote) > 110 else ''}”", style="italic")
        line.append(f"\n  → {finding.fix}")
        lines.append(line)
    return lines


def _practice_analysis(kind: str, analysis: Report) -> list[Any]:
    """The analysed answer's score line, findings and strengths."""
    from rich.text import Text

    from poise.cli.render import short_of_full_marks
    from poise.services.quotes import shown_quotes

    parts: list[Any] = []
    head = Text(f"{analysis.overall}/100", style="bold")
    if kind == "concern_reply":
        family = analysis.dimension("family")
        head.append(f" · {family.label} {family.score}/5 · tone "
                    f"{analysis.dimension('tone').score}/5", style="dim")
    else:
        for dimension in analysis.dimensions:
            head.append(f" · {dimension.label} {dimension.score}", style="dim")
    parts.append(head)
    if analysis.insufficient:
        parts.append(Text("Too thin to judge: give one real example with what you did and how "
                          "it ended.", style="bold red"))
    parts.extend(_practice_findings(analysis))
    if not analysis.findings and analysis.state == "ok":
        short = short_of_full_marks(analysis)
        if short:
            parts.append(Text("No mistake flagged. What keeps the score down:", style="bold"))
            parts.extend(Text(f"  {line}") for line in short)
        else:
            parts.append(Text("✓ Nothing to fix in this answer.", style="green"))
    for strength in analysis.strengths[:2]:
        quotes = shown_quotes(analysis, strength.evidence, 80, 1)
        parts.append(Text(f"✓ {strength.what}" + (f": “{quotes[0]}”" if quotes else ""),
                          style="green"))
    return parts


def _practice_feedback(feedback: TurnFeedback) -> None:
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    kind = feedback.kind
    notes = feedback.notes
    if kind in ("clarification", "concern_clarification", "statement", "closing_done"):
        for note in notes:
            out.print(f"[dim]{note}[/]")
        return
    parts: list[Any] = []
    analysis = feedback.report
    flags = feedback.closing.flags if feedback.closing else ()
    if analysis is not None and kind in ("candidate_question", "pause_question"):
        if not flags and not analysis.findings:
            parts.append(Text("✓ A question only they can answer.", style="green"))
        parts.extend(_practice_findings(analysis))
    elif analysis is not None:
        parts.extend(_practice_analysis(kind, analysis))
    case = feedback.case
    if case:
        line = Text(f"Case {case.score}/5: ")
        for criterion in case.criteria:
            mark, style = ("✓", "green") if criterion.met else ("✗", "red")
            line.append(f"{criterion.name.lower()} {mark}  ", style=style)
        parts.append(line)
    for resolved in feedback.resolved:
        parts.append(Text(f"✓ Resolved by your follow-up: {resolved.message}", style="green"))
    composure = feedback.composure
    if composure:
        line = Text(f"Composure {composure.score}/5", style="green" if composure.kept else "red")
        for lapse in composure.lapses:
            line.append(f"  {lapse.message}: “{lapse.quote}”", style="red")
        parts.append(line)
    vacancy = feedback.vacancy
    if vacancy:
        line = Text(f"Vacancy focus {vacancy.relevance}/5 · {vacancy.words} words, "
                    f"{vacancy.brevity}")
        if vacancy.touched:
            line.append(f" · speaks to: {'; '.join(t.requirement[:50] for t in vacancy.touched)}")
        parts.append(line)
    cut = feedback.cut
    if cut:
        line = Text(f"✂ Cut off at {clock(cut.at_s)}: heard up to “{cut.last}”", style="yellow")
        if cut.unsaid:
            line.append(f"; not heard: “{cut.unsaid[:120]}”", style="dim")
        parts.append(line)
    said = {finding.message for finding in analysis.findings} if analysis is not None else set()
    for flag in flags:
        if flag.message not in said:  # a finding shown above is not flagged a second time
            parts.append(Text(f"⚑ {flag.message}: {flag.fix}", style="yellow"))
    for note in notes:
        parts.append(Text(note, style="dim"))
    if parts:
        title = {"concern_reply": "How you handled the concern",
                 "candidate_question": "Your question", "pause_question": "Your question"}
        out.print(Panel(Group(*parts), title=title.get(kind, "Feedback"), title_align="left",
                        border_style="dim"))


def _practice_report_view(report: SessionReport) -> None:
    from rich.panel import Panel
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    from poise.analysis.text import clip

    session = report.session
    out.print(Rule(f"Session report · {session.format_name} · session {session.id}"))
    for index, line in enumerate(report.headline):
        style = "bold red" if index == 0 and not report.pause_question.asked else ""
        out.print(Text(f"• {line}", style=style))
    table = Table(title="Dimensions across the session", title_justify="left")
    table.add_column("Dimension")
    table.add_column("Average", justify="center")
    table.add_column("Weakest answer")
    for item in report.dimensions.values():
        lowest = item.lowest
        weakest = f"{lowest.score}/5 · {clip(lowest.question, 60)}" if lowest else "—"
        table.add_row(item.label, f"{item.average}/5" if item.average is not None else "-", weakest)
    out.print(table)
    if report.fix_first:
        fixes = Text("Fix first\n", style="bold")
        for number, fix in enumerate(report.fix_first, start=1):
            times = f" (×{fix.count})" if fix.count > 1 else ""
            fixes.append(f"{number}. {fix.message}{times}. ", style="bold")
            fixes.append(f"{fix.fix}\n")
        out.print(fixes)
    timing = Table(title="Time per answer", title_justify="left")
    timing.add_column("Prompt")
    timing.add_column("Time", justify="right")
    timing.add_column("Limit", justify="right")
    for timed in report.timing.answers:
        over = "[red]" if timed.over_time else ""
        note = " no answer" if timed.no_answer else (" cut off" if timed.cut_off else "")
        timing.add_row(clip(timed.question, 70), f"{over}{clock(timed.seconds)}{note}",
                       clock(timed.time_limit_s))
    out.print(timing)
    if report.panel:
        out.print(Panel(Text(report.panel.memo), title="Panel verdict", border_style="cyan"))
    if report.stress:
        stress = report.stress
        out.print(Text(f"Composure {stress.average}/5. {stress.verdict}", style="bold"))
        for lapse in stress.lapses:
            out.print(f"  [red]✗[/] {lapse.message}: “{lapse.quote}”")
    if report.cases:
        out.print(Text(report.cases.summary, style="bold"))
    if report.projective:
        for area in report.projective.areas:
            style = "yellow" if area.cautions else "green"
            out.print(Text(f"{area.name}: ", style=f"bold {style}") + Text(area.summary))
    if report.biographical:
        out.print(Text(f"Vacancy focus: {report.biographical.summary}", style="bold"))
    closing = report.closing
    if not (report.panel and closing.result in report.panel.memo):  # the memo has just said it
        out.print(Text(f"Closing: {closing.result}", style="bold"))
    concern = closing.concern
    if concern is not None and concern.model_reply:
        out.print(Text("A model reply to adapt: ", style="bold") + Text(concern.model_reply))
    if closing.questions:
        out.print(Text("Your questions at the end:", style="bold"))
    for question in closing.questions:
        flags = "; ".join(flag.message for flag in question.flags)
        out.print(f"  • {question.text}" + (f"  [yellow]⚑ {flags}[/]" if flags else ""),
                  highlight=False)
    for note in closing.notes:
        out.print(f"  [yellow]{note}[/]")
    out.print(f"[dim]Stored as session {session.id}: `poise practice --report {session.id}` "
              f"shows this again; GET /api/v1/sessions/{session.id}/report has every turn.[/]")
