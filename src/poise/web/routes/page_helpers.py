"""What the HTML page routes share: form fields, the redirect after a POST, notices."""

from __future__ import annotations

from typing import Annotated

from fastapi import Form, Request
from fastapi.responses import RedirectResponse

Text = Annotated[str, Form()]
"""A text field of an HTML form."""

NOTICES = {
    "renamed": "Saved the company and title.",
    "removed": "Removed the concern. Recompute the fit to bring it back.",
    "refit": "Computed the fit again from the job and résumé.",
    "saved": "Story saved.",
    "deleted": "Deleted.",
    "added": "Fact added: it is due in the quiz now.",
    "fact-deleted": "Fact deleted.",
}
"""The banner shown after a redirect, by the ``done`` query value."""


def see_other(url: str) -> RedirectResponse:
    """See Other: the browser loads ``url`` with GET after a POST (no resubmission on reload)."""
    return RedirectResponse(url, status_code=303)


def is_htmx(request: Request) -> bool:
    """True for a request htmx sent (it swaps part of the page)."""
    return request.headers.get("HX-Request") == "true"


def optional_id(value: str) -> int | None:
    """A form or query value naming a record: an int, or None when empty or not a number."""
    cleaned = value.strip()
    return int(cleaned) if cleaned.isdigit() else None
