"""The command that carries out each next step the core names (``poise.errors.NextStep``)."""

from __future__ import annotations

from poise.errors import NextStep

COMMANDS: dict[NextStep, str] = {
    NextStep.LIST_APPLICATIONS: "poise pipeline",
    NextStep.LIST_STORIES: "poise story list",
    NextStep.LIST_SESSIONS: "poise pipeline",
    NextStep.SHOW_SESSION: "poise practice --report {subject}",
    NextStep.LIST_DEBRIEFS: "poise debrief APPLICATION --list",
    NextStep.PRACTICE_QUEUE: "poise pipeline --json",
    NextStep.RECORD_DEBRIEF: "poise debrief {subject}",
    NextStep.SIGN_LETTER: 'poise letter APPLICATION --sender "Your Name"',
    NextStep.LETTER_TO: 'poise letter APPLICATION --interviewer "{subject}"',
    NextStep.CHECK_CONTENT: "poise content check",
}
"""Steps with no command (a profile is edited on the web only) are left out."""


def command_for(step: NextStep | None, subject: str = "") -> str:
    """The command for ``step``, completed with ``subject``; "" when the CLI has none."""
    if step is None or step not in COMMANDS:
        return ""
    return COMMANDS[step].format(subject=subject or "ID")
