"""What every page context shares: the page frame, the navigation, labels and the error page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

ROLE_LABELS = {
    "circumstances": "Context",
    "actions": "Action",
    "results": "Result",
    "lesson": "Lesson",
    "other": "Off-story",
}
FAMILY_SOURCES = {
    "given": "as chosen",
    "bank": "from the bank question",
    "detected": "detected from the question",
}
SEVERITY_LABELS = {"high": "High", "medium": "Medium", "low": "Low"}


@dataclass(frozen=True)
class NavLink:
    """One entry of the main navigation."""

    key: str
    href: str
    label: str


NAV = (
    NavLink("home", "/", "Home"),
    NavLink("applications", "/pipeline", "Applications"),
    NavLink("stories", "/stories", "Stories"),
    NavLink("practice", "/practice", "Practice"),
    NavLink("questions", "/questions", "Question bank"),
    NavLink("analyse", "/analyse", "Analyse"),
    NavLink("settings", "/settings", "Settings"),
)


@dataclass(frozen=True, kw_only=True)
class PageContext:
    """What every page needs: its title and which navigation entry is current."""

    title: str
    active: str = ""
    nav: tuple[NavLink, ...] = NAV


# --- Errors -----------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ErrorContext(PageContext):
    """A friendly error page: what happened and what to do."""

    status: int
    code: str
    message: str
    hint: str = ""
    next_href: str = ""
    next_label: str = ""


LEVEL_NAMES = {"manager": "Manager", "director": "Director", "executive": "VP / C-level"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def score_band(score: float | None) -> str:
    """The colour band of a 0-100 score (the report's verdict bands)."""
    if score is None:
        return "thin"
    if score >= 80:
        return "strong"
    if score >= 60:
        return "good"
    if score >= 40:
        return "fair"
    return "weak"


def short_date(value: str | date | datetime | None, *, year: bool = False) -> str:
    """``3 Nov`` (or ``3 Nov 2026``) from an ISO string, a date or a datetime; "" for None."""
    if value is None or value == "":
        return ""
    when: date
    if isinstance(value, str):
        try:
            when = datetime.fromisoformat(value)
        except ValueError:
            return value
    else:
        when = value
    text = f"{when.day} {MONTHS[when.month - 1]}"
    return f"{text} {when.year}" if year else text


def level_name(level: str) -> str:
    """The level as people say it."""
    return LEVEL_NAMES.get(level, level.capitalize())
