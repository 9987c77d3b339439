"""Page contexts of organisation mode: sharing, the coach's pages and the admin page."""

from __future__ import annotations

from dataclasses import dataclass, field

from poise.services.accounts import Account
from poise.services.review import (
    AuditView,
    CandidateSummary,
    ReviewedApplication,
    ReviewedSession,
    ShareView,
)
from poise.web.contexts.base import PageContext
from poise.web.contexts.dashboard import ProgressChart


@dataclass(frozen=True, kw_only=True)
class SharingContext(PageContext):
    """The candidate's sharing page: shares, what can be shared with whom, and the audit log."""

    shares: tuple[ShareView, ...] = ()
    applications: tuple[tuple[int, str], ...] = ()
    coaches: tuple[tuple[str, str], ...] = ()
    audit: tuple[AuditView, ...] = ()
    error: str = ""
    notice: str = ""


@dataclass(frozen=True, kw_only=True)
class CoachHomeContext(PageContext):
    """The coach's list of candidates."""

    candidates: tuple[CandidateSummary, ...] = ()
    charts: tuple[ProgressChart | None, ...] = ()
    """The progress chart of each candidate, in the same order (None before an ended session)."""


@dataclass(frozen=True, kw_only=True)
class CoachApplicationContext(PageContext):
    """One shared application as the coach sees it, with the form to set practice."""

    review: ReviewedApplication
    formats: tuple[tuple[str, str], ...] = ()
    error: str = ""
    notice: str = ""


@dataclass(frozen=True, kw_only=True)
class CoachSessionContext(PageContext):
    """One shared session: each turn with Poise's feedback, the comments and a comment form."""

    review: ReviewedSession
    error: str = ""


@dataclass(frozen=True, kw_only=True)
class AdminContext(PageContext):
    """The admin page: accounts, their roles, and inviting someone."""

    accounts: tuple[Account, ...] = ()
    roles: tuple[str, ...] = ()
    invited: str = ""
    invited_password: str = ""
    error: str = ""
    notices: tuple[str, ...] = field(default_factory=tuple)
