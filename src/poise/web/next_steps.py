"""The link that carries out each next step the core names (``poise.errors.NextStep``)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from poise.errors import NextStep


@dataclass(frozen=True)
class StepLink:
    """Where to go, and what the link says."""

    href: str
    label: str


def link_for(
    step: NextStep | None, subject: str = "", *, application_id: int | None = None
) -> StepLink | None:
    """The link for ``step`` (``subject`` is an id or a name it needs); None when the web has none
    or it needs an application the page does not know."""
    base = f"/applications/{application_id}" if application_id is not None else ""
    links: dict[NextStep, StepLink | None] = {
        NextStep.LIST_APPLICATIONS: StepLink("/pipeline", "Your applications"),
        NextStep.LIST_STORIES: StepLink("/stories", "Your stories"),
        NextStep.LIST_SESSIONS: StepLink("/", "Recent practice"),
        NextStep.SHOW_SESSION: StepLink(f"/practice/{subject}/report", "The session report")
        if subject else None,
        NextStep.LIST_DEBRIEFS: StepLink(f"{base}/debrief", "The debriefs") if base else None,
        NextStep.PRACTICE_QUEUE: StepLink("/pipeline", "Questions to practise again"),
        NextStep.RECORD_DEBRIEF: StepLink(f"/applications/{subject}/debrief", "Write the debrief")
        if subject else None,
        NextStep.SIGN_LETTER: None,  # the letter page's "Sign as" field is right beside it
        NextStep.LETTER_TO: StepLink(f"{base}/letter?interviewer={quote(subject)}",
                                     f"Write to {subject}") if base and subject else None,
        NextStep.CHECK_CONTENT: None,
    }
    return links.get(step) if step is not None else None
