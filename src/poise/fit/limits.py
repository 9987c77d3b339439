"""Bounds on what the fit reads: one place for the size limit of a job or résumé text."""

from __future__ import annotations

from poise.errors import InputError

MAX_DOCUMENT_CHARS = 30_000
"""Most characters of a job description or résumé, counted after extraction from its file.

A two-page advert or CV is about 6,000 to 12,000 characters; the limit leaves room for long ones and
bounds the work (and the time a request can hold a worker) before any parsing starts."""


def check_length(text: str, *, what: str) -> str:
    """``text`` unchanged, or an ``InputError`` naming the limit when it is longer."""
    if len(text) > MAX_DOCUMENT_CHARS:
        raise InputError(
            f"The {what} is {len(text):,} characters long; Poise reads at most "
            f"{MAX_DOCUMENT_CHARS:,} characters (MAX_DOCUMENT_CHARS) of a job description or résumé.",
            hint=f"Keep only the {what} itself (no appendices, repeated pages or attachments) "
            "and try again.",
            field=what,
        )
    return text
