"""``GET /healthz``: is the server up, can it reach its database, how many questions it knows."""

from __future__ import annotations

import sqlite3

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError

from poise.errors import PoiseError, StoreUnavailableError
from poise.store.db import Database, store_error
from poise.web.deps import DbDep, KbDep
from poise.web.schemas import ErrorDetail, HealthProblem, HealthPublic

router = APIRouter(tags=["health"])


def database_problem(db: Database) -> PoiseError | None:
    """None when a trivial query (the migration revision) succeeds, else the error to report."""
    try:
        revision = db.revision()
    except (SQLAlchemyError, sqlite3.Error) as exc:
        translated = store_error(exc, url=db.url, opening=True)
        if translated is not None:
            return translated
        return StoreUnavailableError(
            f"The database {db.url} does not answer: {type(exc).__name__}.",
            hint="Check that the database still exists, then restart `poise serve`.",
        )
    if revision is None:
        return StoreUnavailableError(
            f"The database {db.url} has no Poise tables (it was deleted or replaced).",
            hint="Restart `poise serve` to create it again, or restore it from a backup.",
        )
    return None


@router.get(
    "/healthz",
    summary="Health check",
    response_model=HealthPublic,
    responses={503: {"model": HealthProblem, "description": "The database cannot be used."}},
)
def healthz(db: DbDep, kb: KbDep) -> HealthPublic | JSONResponse:
    """``ok`` with the database backend and the number of questions, or 503 and why."""
    problem = database_problem(db)
    if problem is not None:
        body = HealthProblem(
            status="unavailable",
            database=db.backend,
            error=ErrorDetail(code=problem.code, message=problem.message, hint=problem.hint),
        )
        return JSONResponse(body.model_dump(), status_code=503)
    return HealthPublic(status="ok", database=db.backend, questions=len(kb.questions))
