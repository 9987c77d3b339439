"""Rich rendering of a spoken answer: the transcript with unsure words marked, and the delivery report."""

from __future__ import annotations

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from poise.cli.render import SEVERITY_STYLE
from poise.voice import DeliveryReport, Recording
from poise.voice.model import clock

MARK_STYLE = {"filled_pause": "bold magenta", "filler": "magenta", "hedge": "magenta",
              "stall": "red", "pause": "dim", "thinking": "dim"}


def transcript_view(recording: Recording, delivery: DeliveryReport) -> Panel:
    """The transcript; words the recogniser was unsure of are underlined and followed by '?'."""
    unsure = set(delivery.low_confidence)
    text = Text()
    for index, word in enumerate(recording.words):
        token = word.text.strip()
        if not token:
            continue
        if text:
            text.append(" ")
        if index in unsure:
            text.append(token, style="yellow underline")
            text.append("?", style="yellow")
        else:
            text.append(token)
    note = " (underlined?: the recogniser was unsure; check those words)" if unsure else ""
    return Panel(text, title=f"Transcript{note}", title_align="left")


def delivery_view(delivery: DeliveryReport) -> Group:
    """Pace, filled pauses, silences and the delivery findings, each with its time and quote."""
    low, high = delivery.pace_band
    summary = Table(title="Delivery", show_header=False)
    summary.add_column("measure")
    summary.add_column("value")
    summary.add_row("Length", f"{clock(delivery.duration)} (limit {clock(delivery.time_limit)})")
    summary.add_row("Pace", f"{delivery.wpm} words a minute (comfortable: {low} to {high})")
    windows = ", ".join(f"{clock(window.start)} {window.wpm}" + ("" if window.state in {"ok", "unjudged"}
                                                                  else f" ({window.state})")
                        for window in delivery.windows)
    summary.add_row("Pace by 15 s", windows or "-")
    summary.add_row("Filled pauses", f"{delivery.filled_pauses} ({delivery.filled_per_minute} a minute)")
    summary.add_row("Verbal fillers and hedges", str(delivery.verbal_fillers))
    stalls = [mark for mark in delivery.marks if mark.kind in {"stall", "pause", "thinking"}]
    summary.add_row("Silences", ", ".join(
        f"{clock(mark.start)} {mark.end - mark.start:.1f} s {mark.kind}" for mark in stalls) or "none")
    parts: list = [summary]
    if not delivery.findings:
        parts.append(Text("Delivery: nothing to work on in pace, pauses or fillers.", style="green"))
    for finding in delivery.findings:
        body = Text()
        body.append(f"{finding.message}\n", style=SEVERITY_STYLE[finding.severity])
        if finding.quote:
            body.append(f"Heard: “{finding.quote[:160]}”\n", style="italic")
        body.append(f"Why: {finding.why}\n")
        body.append(f"Do: {finding.fix}")
        when = f" at {clock(finding.at)}" if finding.at is not None else ""
        title = f"delivery.{finding.id}{when} ({finding.severity})"
        parts.append(Panel(body, title=title, title_align="left"))
    return Group(*parts)
