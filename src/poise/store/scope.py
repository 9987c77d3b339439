"""Whose data a database session may see: every query of an owned model is filtered by owner.

A ``Scope`` rides on the session (``session.info``). Two SQLAlchemy hooks enforce it for every
query and every write, whatever built them:

- ``do_orm_execute`` adds ``owner_id = :owner`` to every SELECT, UPDATE and DELETE that touches
  an owned model (``with_loader_criteria``, so joins, ``session.get`` and relationship loads are
  filtered too). A coach's read-only scope also narrows each model to the shared applications;
  an owned model with no rule for that (no ``application_id``) is hidden from it entirely.
- ``before_flush`` stamps the owner on new rows, refuses rows of another owner, refuses a link to
  a parent row the owner cannot see (as "not found"), and refuses any write in a read-only scope.

A session with no scope can touch only the tables that are not owned (accounts, sign-in,
shares): reading or writing a person's material without saying whose is an error, not a leak.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, event, false, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria

from poise.errors import NotFoundError
from poise.store.models import (
    Application,
    Base,
    CandidateProfile,
    KeyFact,
    Owned,
    PracticeSession,
    QuizCard,
    Turn,
)

SCOPE_KEY = "poise_scope"


class ScopeViolation(RuntimeError):
    """Code tried to read or write a person's material outside its scope (a bug, never input)."""


@dataclass(frozen=True)
class Scope:
    """The owner whose rows a session sees; ``application_ids`` (a coach's read-only view)
    narrows them to what was shared."""

    owner_id: int
    read_only: bool = False
    application_ids: frozenset[int] | None = field(default=None)

    @classmethod
    def viewer(cls, owner_id: int, application_ids: Iterable[int]) -> Scope:
        """A read-only view of ``owner_id``'s material limited to the shared applications."""
        return cls(owner_id, read_only=True, application_ids=frozenset(application_ids))


def scope_of(session: Session) -> Scope | None:
    """The scope a session carries, if any."""
    scope = session.info.get(SCOPE_KEY)
    return scope if isinstance(scope, Scope) else None


def _shared_criteria(model: type[Base], ids: frozenset[int]) -> ColumnElement[bool]:
    """What of ``model`` belongs to the shared applications ``ids``."""
    id_list = sorted(ids)
    if model is Application:
        return Application.id.in_(id_list)
    if model is CandidateProfile:
        profiles = select(Application.profile_id).where(Application.id.in_(id_list))
        return CandidateProfile.id.in_(profiles.scalar_subquery())
    if model is Turn:
        sessions = select(PracticeSession.id).where(PracticeSession.application_id.in_(id_list))
        return Turn.session_id.in_(sessions.scalar_subquery())
    if model is QuizCard:
        facts = select(KeyFact.id).where(KeyFact.application_id.in_(id_list))
        return QuizCard.key_fact_id.in_(facts.scalar_subquery())
    column = getattr(model, "application_id", None)
    if column is None:
        # An owned model with no rule for what a share covers: a shared view sees none of it.
        return false()
    criteria: ColumnElement[bool] = column.in_(id_list)
    return criteria


def _owned_models() -> list[type[Any]]:
    """Every mapped model with an owner (a new one is covered without being listed anywhere)."""
    models: list[type[Any]] = []
    for mapper in Base.registry.mappers:
        if issubclass(mapper.class_, Owned):
            models.append(mapper.class_)
    return models


def _owned_mappers(state: ORMExecuteState) -> list[type[Any]]:
    owned: list[type[Any]] = []
    for mapper in state.all_mappers:
        if issubclass(mapper.class_, Owned):
            owned.append(mapper.class_)
    return owned


def _filter_by_owner(state: ORMExecuteState) -> None:
    """``do_orm_execute`` hook: add the scope's criteria to every statement on owned models."""
    if not (state.is_select or state.is_update or state.is_delete):
        return
    if state.is_column_load:
        return
    scope = scope_of(state.session)
    if scope is None:
        owned = _owned_mappers(state)
        if owned:
            names = ", ".join(sorted(cls.__name__ for cls in owned))
            raise ScopeViolation(f"a query of {names} ran in a session with no owner")
        return
    if scope.read_only and not state.is_select:
        raise ScopeViolation("a change was attempted in a read-only (shared) view")
    owner_id = scope.owner_id
    options: list[Any] = [
        with_loader_criteria(Owned, lambda cls: cls.owner_id == owner_id, include_aliases=True)
    ]
    if scope.application_ids is not None:
        for model in _owned_models():
            options.append(with_loader_criteria(
                model, _shared_criteria(model, scope.application_ids), include_aliases=True
            ))
    state.statement = state.statement.options(*options)


def _parent_links(record: Owned) -> list[tuple[type[Any], int]]:
    """(parent model, id) for each foreign key of ``record`` that points at an owned table."""
    links: list[tuple[type[Any], int]] = []
    mapper = inspect(record).mapper
    for column in mapper.columns:
        for foreign_key in column.foreign_keys:
            parent = _owned_model_for(str(getattr(foreign_key.column.table, "name", "")))
            value = getattr(record, mapper.get_property_by_column(column).key, None)
            if parent is not None and value is not None:
                links.append((parent, int(value)))
    return links


def _owned_model_for(table_name: str) -> type[Any] | None:
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Owned) and getattr(cls, "__tablename__", None) == table_name:
            return cls
    return None


def _stamp_owner(session: Session, flush_context: object, instances: object) -> None:
    """``before_flush`` hook: new rows get the scope's owner; nothing crosses to another owner."""
    changed = [record for record in list(session.new) + list(session.dirty)
               if isinstance(record, Owned)]
    deleted = [record for record in session.deleted if isinstance(record, Owned)]
    if not changed and not deleted:
        return
    scope = scope_of(session)
    if scope is None:
        raise ScopeViolation("a person's material was written in a session with no owner")
    if scope.read_only:
        raise ScopeViolation("a change was attempted in a read-only (shared) view")
    for record in changed:
        if record.owner_id is None:
            record.owner_id = scope.owner_id
        elif record.owner_id != scope.owner_id:
            raise ScopeViolation("a row of another owner was about to be written")
    for record in changed:
        if record not in session.new and not _links_changed(record):
            continue
        for parent, parent_id in _parent_links(record):
            if session.get(parent, parent_id) is None:
                noun = parent.__tablename__.replace("_", " ")
                raise NotFoundError(f"No {noun} with id {parent_id}.",
                                    hint="Check the id: it must name one of your own records.")


def _links_changed(record: Owned) -> bool:
    state = inspect(record)
    for column in state.mapper.columns:
        if column.foreign_keys:
            key = state.mapper.get_property_by_column(column).key
            if state.attrs[key].history.has_changes():
                return True
    return False


def install_scoping(sessions: sessionmaker[Session]) -> None:
    """Attach both hooks to every session ``sessions`` makes."""
    event.listen(sessions, "do_orm_execute", _filter_by_owner)
    event.listen(sessions, "before_flush", _stamp_owner)
