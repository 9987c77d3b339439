"""`poise users`: add, list, disable, enable and reset the password of organisation accounts."""

from __future__ import annotations

import sys
from contextlib import closing
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from poise.cli.common import err, open_system_db, out, print_json

if TYPE_CHECKING:
    from poise.services.accounts import Account

# The accounts service (and the store under it) is imported by each command, not here: every
# `poise` command loads this module, and `poise analyze` should not pay for the database.

app = typer.Typer(name="users", no_args_is_help=True,
                  help="Organisation accounts (POISE_MODE=organisation): admins, coaches, candidates.")


def _read_password(*, from_stdin: bool) -> str:
    """The new password: the first line of standard input, or typed twice at a hidden prompt."""
    if from_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    password: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return password


def _show(account: Account, verb: str) -> None:
    state = "disabled" if account.disabled else ("can sign in" if account.can_sign_in else "no password yet")
    out.print(f"{verb} [bold]{account.email}[/] ({account.role}, {state}).")


@app.command("add")
def add(
    email: Annotated[str, typer.Argument(help="The person's e-mail address (their sign-in name).")],
    role: Annotated[str, typer.Option(help="admin, coach or candidate.")] = "candidate",
    name: Annotated[str, typer.Option(help="The name shown to others.")] = "",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
) -> None:
    """Add an account with a password (Argon2-hashed). The first admin receives the data already stored."""
    from poise.services.accounts import add_user
    with closing(open_system_db()) as db:
        password = _read_password(from_stdin=password_stdin)
        account = add_user(db, email, role=role, password=password, name=name)
    _show(account, "Added")


@app.command("list")
def list_accounts(
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
) -> None:
    """Every account: e-mail, role, whether it can sign in."""
    from poise.services.accounts import list_users
    with closing(open_system_db()) as db:
        accounts = list_users(db)
    if as_json:
        print_json([{"id": a.id, "email": a.email, "name": a.name, "role": a.role,
                     "disabled": a.disabled, "can_sign_in": a.can_sign_in} for a in accounts])
        return
    if not accounts:
        err.print("No accounts yet. Add the first admin: "
                  "`poise users add you@example.org --role admin`.")
        return
    table = Table("id", "e-mail", "name", "role", "state")
    for account in accounts:
        state = "disabled" if account.disabled else ("active" if account.can_sign_in else "no password")
        table.add_row(str(account.id), account.email, account.name, account.role, state)
    out.print(table)


@app.command("disable")
def disable(email: Annotated[str, typer.Argument(help="The account's e-mail.")]) -> None:
    """Disable an account: signed out at once, cannot sign in again (its data stays)."""
    from poise.services.accounts import disable_user
    with closing(open_system_db()) as db:
        account = disable_user(db, email)
    _show(account, "Disabled")


@app.command("enable")
def enable(email: Annotated[str, typer.Argument(help="The account's e-mail.")]) -> None:
    """Let a disabled account sign in again."""
    from poise.services.accounts import enable_user
    with closing(open_system_db()) as db:
        account = enable_user(db, email)
    _show(account, "Enabled")


@app.command("reset-password")
def reset(
    email: Annotated[str, typer.Argument(help="The account's e-mail.")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
) -> None:
    """Set a new password; every session of the account ends."""
    from poise.services.accounts import reset_password
    with closing(open_system_db()) as db:
        password = _read_password(from_stdin=password_stdin)
        account = reset_password(db, email, password)
    _show(account, "New password for")
