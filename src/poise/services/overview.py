"""Overview services: what the home page shows across applications, practice and progress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from poise.content.loader import KnowledgeBase, knowledge_base
from poise.followup.pipeline import PipelineRow
from poise.interview.progress import Progress
from poise.services.followup import pipeline
from poise.services.practice import PracticeSummary, list_practice, practice_progress
from poise.store.db import Database
from poise.store.repositories import StoryRepository

RECENT_SESSIONS = 5


@dataclass(frozen=True)
class HomeOverview:
    """Applications with their next action, the latest practice sessions and progress so far."""

    applications: tuple[PipelineRow, ...]
    recent_sessions: tuple[PracticeSummary, ...]
    """``list_practice`` entries, newest first."""
    progress: Progress
    """``practice_progress`` over every ended session."""
    stories: int

    @property
    def empty(self) -> bool:
        """True for a first-time user: no application, no story, no practice yet."""
        return not (self.applications or self.recent_sessions or self.stories)


def home_overview(
    db: Database,
    *,
    today: date | None = None,
    recent: int = RECENT_SESSIONS,
    kb: KnowledgeBase | None = None,
) -> HomeOverview:
    """The pipeline, the ``recent`` latest practice sessions and progress across sessions."""
    base = kb or knowledge_base()
    rows = tuple(pipeline(db, today=today, kb=base))
    sessions = list_practice(db)
    latest = tuple(reversed(sessions[-recent:])) if recent > 0 else ()
    progress = practice_progress(db, kb=base)
    with db.session() as session:
        stories = StoryRepository(session).count()
    return HomeOverview(applications=rows, recent_sessions=latest, progress=progress, stories=stories)
