"""Before ``poise serve`` starts: is this mode allowed on this address, and is there an admin."""

from __future__ import annotations

from poise.errors import InputError
from poise.services.accounts import has_admin
from poise.settings import Settings
from poise.store.db import Database

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


def check_serving(settings: Settings, *, host: str, workers: int) -> str:
    """Refuse what cannot be served safely; return a notice to print (empty when none).

    Personal mode has no sign-in, so it listens on this computer only and in one process.
    Organisation mode needs an admin who can sign in; without one it says how to add one.
    """
    if not settings.organisation:
        if host.strip().lower() not in LOOPBACK_HOSTS:
            raise InputError(
                f"Personal mode has no sign-in, so it serves this computer only, not {host}.",
                hint="Leave --host out (127.0.0.1), or run an organisation's server with "
                "POISE_MODE=organisation and accounts (see docs/deploy.md).",
                field="host",
            )
        if workers != 1:
            raise InputError(
                "Several workers are for organisation mode on PostgreSQL.",
                hint="Leave --workers out in personal mode.", field="workers",
            )
        return ""
    db = Database.open(settings)
    try:
        admin = has_admin(db)
    finally:
        db.close()
    if not admin:
        raise InputError(
            "Organisation mode has no admin yet, so nobody could sign in.",
            hint="Add the first admin, then start again: "
            "`poise users add you@example.org --role admin` (it asks for a password; "
            "--password-stdin reads it from standard input).",
        )
    if workers > 1 and settings.resolved_database_url().startswith("sqlite"):
        return ("SQLite with several workers works for trying things out; use PostgreSQL "
                "for an organisation (docs/deploy.md).")
    return ""
