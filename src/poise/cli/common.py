"""What every CLI command shares: the consoles, coded error exits, the database, JSON output."""

from __future__ import annotations

import json
import sys
from typing import Any

import typer
from rich.console import Console
from typer.core import TyperGroup

from poise.cli.next_steps import command_for
from poise.errors import PoiseError

out = Console()
err = Console(stderr=True, soft_wrap=True)


def fail(exc: PoiseError, code: int = 1) -> typer.Exit:
    """Print a coded error with what to do, and return the Exit to raise."""
    err.print(f"[bold red]Error {exc.code}:[/] {exc.message}")
    command = command_for(exc.next_step, exc.subject)
    if exc.hint or command:
        todo = f"{exc.hint} Run `{command}`." if command else exc.hint
        err.print(f"[yellow]What to do:[/] {todo.strip()}")
    return typer.Exit(code)


class PoiseGroup(TyperGroup):
    """The root command group: a PoiseError from any command is printed with its code and what
    to do, and the command exits with status 1 (the one error handler of the CLI)."""

    def invoke(self, ctx: Any) -> Any:  # typer.Context; its base is vendored click
        try:
            return super().invoke(ctx)
        except PoiseError as exc:
            raise fail(exc) from exc


def open_db() -> Any:
    """Open the database from the settings as the local person's, or exit with the coded error.

    In organisation mode the data belongs to accounts that sign in on the web or the API, so
    the commands that read or change it refuse (``poise users`` and ``poise serve`` work).
    """
    from poise.errors import SignInRequiredError
    from poise.settings import get_settings
    from poise.store.db import Database

    settings = get_settings()
    if settings.organisation:
        raise fail(SignInRequiredError(
            "In organisation mode a person's data is reached by signing in, not from the server's "
            "command line.",
            hint="Use the web pages, or the JSON API with a token from POST /api/v1/auth/login; "
            "manage accounts with `poise users`.",
        ))
    try:
        return Database.open(settings)
    except PoiseError as exc:
        raise fail(exc) from exc


def open_system_db() -> Any:
    """Open the database for account work only (no one's data), or exit with the coded error."""
    from poise.settings import get_settings
    from poise.store.db import Database

    try:
        return Database.open(get_settings()).system()
    except PoiseError as exc:
        raise fail(exc) from exc


def print_json(data: Any) -> None:
    """Write indented JSON (UTF-8, not escaped) to standard output."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
