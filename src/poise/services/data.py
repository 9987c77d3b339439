"""Data services: where the data lives, export everything as JSON, and delete everything."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from poise.settings import Settings
from poise.store.db import Database
from poise.store.repositories import (
    ApplicationRepository,
    DebriefRepository,
    SessionRepository,
    StoryRepository,
    delete_all,
    export_all,
)

EXPORT_FILENAME = "poise-export.json"


@dataclass(frozen=True)
class DataLocation:
    """Where Poise keeps the data (password masked) and how much of it there is."""

    url: str
    backend: str
    data_dir: str | None
    """The folder of the SQLite database; None on PostgreSQL."""
    applications: int
    stories: int
    sessions: int
    debriefs: int

    @property
    def empty(self) -> bool:
        """True when nothing the person made is stored."""
        return not (self.applications or self.stories or self.sessions or self.debriefs)


def data_location(db: Database, settings: Settings) -> DataLocation:
    """The masked database URL, the backend, the data folder and the number of records."""
    with db.session() as session:
        counts = (
            ApplicationRepository(session).count(),
            StoryRepository(session).count(),
            SessionRepository(session).count(),
            DebriefRepository(session).count(),
        )
    folder = str(settings.data_dir) if db.backend == "sqlite" else None
    return DataLocation(db.url, db.backend, folder, *counts)


def export_data(db: Database) -> str:
    """Every table as one JSON document (the ``poise-export`` format), ready to save."""
    with db.session() as session:
        document = export_all(session)
    return json.dumps(document, ensure_ascii=False, indent=2)


def delete_data(db: Database) -> Mapping[str, int]:
    """Delete every record; returns how many went from each table. Deleted text leaves the
    database files too (see ``Database.forget_deleted``)."""
    with db.session() as session:
        deleted = delete_all(session)
    db.forget_deleted()
    return deleted
