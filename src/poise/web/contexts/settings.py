"""Page context of the settings page: where the data lives, export and delete."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from poise.web.contexts.base import PageContext

# --- Settings -----------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class SettingsContext(PageContext):
    """Where the data lives, the export and the delete-everything step."""

    url: str
    backend: str
    data_dir: str
    counts: tuple[tuple[str, int], ...]
    empty: bool
    confirm: str = ""
    confirm_error: str = ""
    deleted: bool = False
    confirm_word: str = "DELETE"
    keep_audio: bool = False
    recordings: int = 0
    recordings_dir: str = ""
    voice_saved: bool = False
    keep_allowed: bool = True


def settings_context(
    location: Any, *, confirm: str = "", confirm_error: str = "", deleted: bool = False,
    keep_audio: bool = False, recordings: int = 0, recordings_dir: str = "", voice_saved: bool = False,
    keep_allowed: bool = True,
) -> SettingsContext:
    """The settings page from ``services.data.data_location``."""
    backend = "SQLite (a file on this computer)" if location.backend == "sqlite" else "PostgreSQL"
    counts = (
        ("application" if location.applications == 1 else "applications", location.applications),
        ("story" if location.stories == 1 else "stories", location.stories),
        ("practice session" if location.sessions == 1 else "practice sessions", location.sessions),
        ("debrief" if location.debriefs == 1 else "debriefs", location.debriefs),
    )
    return SettingsContext(
        title="Settings and your data",
        active="settings",
        url=location.url,
        backend=backend,
        data_dir=location.data_dir or "",
        counts=counts,
        empty=location.empty,
        confirm=confirm,
        confirm_error=confirm_error,
        deleted=deleted,
        keep_audio=keep_audio,
        recordings=recordings,
        recordings_dir=recordings_dir,
        voice_saved=voice_saved,
        keep_allowed=keep_allowed,
    )
