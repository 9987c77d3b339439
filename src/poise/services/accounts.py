"""Accounts and sign-in for organisation mode: Argon2 passwords, expiring revocable sessions,
failed sign-ins slowed per account and per address."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from poise.errors import AccountError, NotFoundError, SignInError, TooManyAttemptsError
from poise.store import accounts as store
from poise.store.db import Database
from poise.store.models import LOCAL_USER_ID, ROLES, UserAccount

MIN_PASSWORD_CHARS = 10
MAX_PASSWORD_CHARS = 1024
MAX_EMAIL_CHARS = 320

FAILURE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT = 5
"""Failed sign-ins for one e-mail within the window before it must wait."""
MAX_FAILURES_PER_ADDRESS = 20
"""Failed sign-ins from one network address within the window before it must wait."""

SIGN_IN_FAILED = "The e-mail or the password is not right."
SIGN_IN_HINT = "Check both and try again; an admin can reset a forgotten password."


@dataclass(frozen=True)
class Account:
    """An account as the edges show it (never the password hash)."""

    id: int
    email: str
    name: str
    role: str
    disabled: bool
    can_sign_in: bool
    created_at: datetime

    @property
    def is_admin(self) -> bool:
        """True for admins."""
        return self.role == "admin"

    @property
    def is_coach(self) -> bool:
        """True for coaches (admins review too)."""
        return self.role in ("coach", "admin")


@dataclass(frozen=True)
class SignedIn:
    """A fresh sign-in: the token (cookie or bearer), when it expires, and whose it is."""

    token: str
    expires_at: datetime
    account: Account


def _account(record: UserAccount) -> Account:
    return Account(
        id=record.id, email=record.email, name=record.name, role=record.role,
        disabled=record.disabled_at is not None,
        can_sign_in=record.password_hash is not None and record.disabled_at is None,
        created_at=record.created_at,
    )


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher()


@lru_cache(maxsize=1)
def _decoy_hash() -> str:
    """A hash checked when the e-mail names no account, so both failures take the same time."""
    return _hasher().hash(secrets.token_urlsafe(24))


def hash_password(password: str) -> str:
    """The Argon2id hash of a password that passed ``check_password``."""
    return _hasher().hash(check_password(password))


def check_password(password: str) -> str:
    """The password, if long enough and not too long; else AccountError saying what is wrong."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise AccountError(
            f"The password has {len(password)} characters; it needs at least {MIN_PASSWORD_CHARS}.",
            hint="Choose a longer one: a few unrelated words make a strong password.",
            field="password",
        )
    if len(password) > MAX_PASSWORD_CHARS:
        raise AccountError(f"The password is longer than {MAX_PASSWORD_CHARS} characters.",
                           hint="Choose a shorter one.", field="password")
    return password


def normalise_email(email: str) -> str:
    """The e-mail trimmed and lower-cased; AccountError when it cannot be an address."""
    value = email.strip().lower()
    local, at, domain = value.partition("@")
    if not at or not local or "." not in domain or len(value) > MAX_EMAIL_CHARS or " " in value:
        raise AccountError(f"{email.strip()[:80]!r} is not an e-mail address.",
                           hint="Give an address such as coach@example.org.", field="email")
    return value


def check_role(role: str) -> str:
    """The role, if it is one Poise knows."""
    if role not in ROLES:
        raise AccountError(f"{role!r} is not a role.", hint=f"Choose one of: {', '.join(ROLES)}.",
                           field="role")
    return role


def _now() -> datetime:
    return datetime.now(UTC)


def add_user(db: Database, email: str, *, role: str, password: str | None, name: str = "") -> Account:
    """Add an account. The first admin takes over the local account and the data it holds.

    Without a password the account exists but cannot sign in until one is set
    (``reset_password``), which is how an admin invites someone.
    """
    address = normalise_email(email)
    check_role(role)
    hashed = hash_password(password) if password is not None else None
    with db.system().session() as session:
        if store.by_email(session, address) is not None:
            raise AccountError(f"There is already an account for {address}.",
                               hint="Use `poise users reset-password` to change its password.",
                               field="email")
        local = store.unclaimed_local(session)
        if role == "admin" and local is not None:
            record = local
            record.email = address
            record.name = name
        else:
            record = UserAccount(email=address, name=name, role=role)
            session.add(record)
        record.role = role
        record.password_hash = hashed
        record.password_changed_at = _now() if hashed else None
        session.flush()
        return _account(record)


def list_users(db: Database) -> list[Account]:
    """Every account that is a person (the local account only once an admin took it over)."""
    with db.system().session() as session:
        accounts: list[Account] = []
        for record in store.all_accounts(session):
            if record.id == LOCAL_USER_ID and record.email == store.LOCAL_EMAIL:
                continue
            accounts.append(_account(record))
        return accounts


def get_user(db: Database, user_id: int) -> Account:
    """One account by id; NotFoundError when there is none."""
    with db.system().session() as session:
        record = store.by_id(session, user_id)
        if record is None or record.email == store.LOCAL_EMAIL:
            raise NotFoundError(f"No account with id {user_id}.", hint="See the list of accounts.")
        return _account(record)


def _find(session: Session, email: str) -> UserAccount:
    record = store.by_email(session, normalise_email(email))
    if record is None:
        raise NotFoundError(f"No account for {email.strip()[:80]}.",
                            hint="See `poise users list` for the accounts.")
    return record


def disable_user(db: Database, email: str) -> Account:
    """Disable an account: it is signed out at once and cannot sign in again."""
    with db.system().session() as session:
        record = _find(session, email)
        if record.disabled_at is None:
            record.disabled_at = _now()
        store.revoke_all(session, record.id, now=_now())
        session.flush()
        return _account(record)


def enable_user(db: Database, email: str) -> Account:
    """Let a disabled account sign in again."""
    with db.system().session() as session:
        record = _find(session, email)
        record.disabled_at = None
        session.flush()
        return _account(record)


def reset_password(db: Database, email: str, password: str) -> Account:
    """Set a new password; every session of the account ends."""
    hashed = hash_password(password)
    with db.system().session() as session:
        record = _find(session, email)
        record.password_hash = hashed
        record.password_changed_at = _now()
        store.revoke_all(session, record.id, now=_now())
        session.flush()
        return _account(record)


def set_role(db: Database, user_id: int, role: str) -> Account:
    """Change an account's role; the last admin who can sign in keeps theirs."""
    check_role(role)
    with db.system().session() as session:
        record = store.by_id(session, user_id)
        if record is None or record.email == store.LOCAL_EMAIL:
            raise NotFoundError(f"No account with id {user_id}.", hint="See the list of accounts.")
        if record.role == "admin" and role != "admin" and store.active_admins(session) <= 1:
            raise AccountError("This is the only admin; the organisation needs one.",
                               hint="Make someone else an admin first.", field="role")
        record.role = role
        session.flush()
        return _account(record)


def has_admin(db: Database) -> bool:
    """True when at least one admin can sign in."""
    with db.system().session() as session:
        return store.active_admins(session) > 0


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def _account_key(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode("utf-8", "replace")).hexdigest()


def _wait_seconds(oldest: datetime | None, now: datetime) -> int:
    if oldest is None:
        return int(FAILURE_WINDOW.total_seconds())
    return max(1, int((oldest + FAILURE_WINDOW - now).total_seconds()) + 1)


def _check_rate(session: Session, *, account_key: str, address: str, now: datetime) -> None:
    since = now - FAILURE_WINDOW
    by_account, oldest_account = store.failures_since(session, since=since, account_key=account_key)
    by_address, oldest_address = store.failures_since(session, since=since, address=address)
    wait = 0
    if by_account >= MAX_FAILURES_PER_ACCOUNT:
        wait = _wait_seconds(oldest_account, now)
    if by_address >= MAX_FAILURES_PER_ADDRESS:
        wait = max(wait, _wait_seconds(oldest_address, now))
    if wait:
        minutes = max(1, round(wait / 60))
        raise TooManyAttemptsError(
            "Too many failed sign-ins: signing in is paused for a while.",
            retry_after=wait,
            hint=f"Try again in about {minutes} minute{'s' if minutes != 1 else ''}; "
            "an admin can reset the password.",
        )


def sign_in(db: Database, email: str, password: str, *, address: str, hours: int) -> SignedIn:
    """Check an e-mail and password and start a session of ``hours``.

    A wrong password, an unknown e-mail, a disabled account and one with no password all fail
    with the same message after the same Argon2 check. Failures are counted per account and per
    address; past the limits every attempt waits, right or wrong.
    """
    now = _now()
    key = _account_key(email)
    address = address[:64] or "unknown"
    with db.system().session() as session:
        _check_rate(session, account_key=key, address=address, now=now)
        record = store.by_email(session, email.strip().lower()[:MAX_EMAIL_CHARS])
        stored = record.password_hash if record is not None else None
        usable = record is not None and stored is not None and record.disabled_at is None
        verified = False
        try:
            verified = _hasher().verify(stored if usable and stored else _decoy_hash(),
                                        password[:MAX_PASSWORD_CHARS])
        except (VerificationError, InvalidHashError):
            verified = False
        if not (usable and verified) or record is None:
            store.record_failure(session, account_key=key, address=address, now=now)
            store.forget_failures(session, before=now - FAILURE_WINDOW)
            failed = True
        else:
            failed = False
            token = secrets.token_urlsafe(32)
            expires = now + timedelta(hours=hours)
            store.add_session(session, user_id=record.id, token_hash=_token_hash(token),
                              expires_at=expires)
            if stored is not None and _hasher().check_needs_rehash(stored):
                record.password_hash = _hasher().hash(password)
            signed = SignedIn(token=token, expires_at=expires, account=_account(record))
    if failed:
        raise SignInError(SIGN_IN_FAILED, hint=SIGN_IN_HINT)
    return signed


def session_account(db: Database, token: str) -> Account | None:
    """The account a live session token belongs to; None when unknown, ended or disabled."""
    if not token or len(token) > 200:
        return None
    with db.system().session() as session:
        found = store.live_session(session, _token_hash(token), now=_now())
        return _account(found[1]) if found is not None else None


def sign_out(db: Database, token: str) -> bool:
    """End the session of this token; True when it was live."""
    with db.system().session() as session:
        return store.revoke_session(session, _token_hash(token), now=_now())


LOCAL_ACCOUNT = Account(
    id=LOCAL_USER_ID, email=store.LOCAL_EMAIL, name="", role="admin", disabled=False,
    can_sign_in=False, created_at=datetime(2026, 12, 1, tzinfo=UTC),
)
"""The one person of personal mode (account 1, made by migration 0006): no sign-in, no lookup."""
