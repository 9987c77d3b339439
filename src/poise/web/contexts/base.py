"""What every page context shares: the page frame, the navigation, labels and the error page."""

from __future__ import annotations

from dataclasses import dataclass

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
