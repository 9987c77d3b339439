"""Queries on the account tables: accounts, sign-in sessions, failed sign-ins (no owned rows here)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from poise.store.models import LOCAL_USER_ID, AuthSession, LoginFailure, UserAccount

LOCAL_EMAIL = "local@poise.invalid"
"""The address of the local account (migration 0006): it can never receive mail or sign in."""


def by_email(session: Session, email: str) -> UserAccount | None:
    """The account with this (lower-cased) e-mail, if any."""
    return session.scalars(select(UserAccount).where(UserAccount.email == email)).first()


def by_id(session: Session, user_id: int) -> UserAccount | None:
    """The account with this id, if any."""
    return session.get(UserAccount, user_id)


def all_accounts(session: Session) -> list[UserAccount]:
    """Every account, oldest first."""
    return list(session.scalars(select(UserAccount).order_by(UserAccount.id)))


def unclaimed_local(session: Session) -> UserAccount | None:
    """The local account, while no admin has taken it over (it still has no password)."""
    account = session.get(UserAccount, LOCAL_USER_ID)
    if account is None or account.password_hash is not None or account.email != LOCAL_EMAIL:
        return None
    return account


def active_admins(session: Session) -> int:
    """How many admins can sign in (a password set, not disabled)."""
    query = select(func.count()).select_from(UserAccount).where(
        UserAccount.role == "admin",
        UserAccount.password_hash.is_not(None),
        UserAccount.disabled_at.is_(None),
    )
    return session.scalar(query) or 0


def add_session(session: Session, *, user_id: int, token_hash: str, expires_at: datetime) -> AuthSession:
    """Store a new sign-in session."""
    record = AuthSession(user_id=user_id, token_hash=token_hash, expires_at=expires_at)
    session.add(record)
    session.flush()
    return record


def live_session(
    session: Session, token_hash: str, *, now: datetime
) -> tuple[AuthSession, UserAccount] | None:
    """The sign-in session for this token and its account, if neither is ended or disabled."""
    query = (
        select(AuthSession, UserAccount)
        .join(UserAccount, UserAccount.id == AuthSession.user_id)
        .where(
            AuthSession.token_hash == token_hash,
            AuthSession.revoked_at.is_(None),
            AuthSession.expires_at > now,
            UserAccount.disabled_at.is_(None),
        )
    )
    row = session.execute(query).first()
    if row is None:
        return None
    return row[0], row[1]


def revoke_session(session: Session, token_hash: str, *, now: datetime) -> bool:
    """End one sign-in session; True when there was one to end."""
    result = session.execute(
        update(AuthSession)
        .where(AuthSession.token_hash == token_hash, AuthSession.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def revoke_all(session: Session, user_id: int, *, now: datetime) -> int:
    """End every sign-in session of one account; how many were live."""
    result = session.execute(
        update(AuthSession)
        .where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def record_failure(session: Session, *, account_key: str, address: str, now: datetime) -> None:
    """Remember one failed sign-in."""
    session.add(LoginFailure(account_key=account_key, address=address, at=now))
    session.flush()


def failures_since(session: Session, *, since: datetime, account_key: str | None = None,
                   address: str | None = None) -> tuple[int, datetime | None]:
    """(how many failed sign-ins since ``since``, the oldest of them) for an account or address."""
    query = select(func.count(), func.min(LoginFailure.at)).where(LoginFailure.at >= since)
    if account_key is not None:
        query = query.where(LoginFailure.account_key == account_key)
    if address is not None:
        query = query.where(LoginFailure.address == address)
    row = session.execute(query).one()
    return int(row[0] or 0), row[1]


def forget_failures(session: Session, *, before: datetime) -> None:
    """Drop failed sign-ins older than the window (they no longer count)."""
    session.execute(delete(LoginFailure).where(LoginFailure.at < before))
