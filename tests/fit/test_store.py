"""Applications with their fit are stored and read back on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY

from poise.errors import InputError, NotFoundError
from poise.services.fit import (
    application_to_dict,
    build_fit,
    create_application,
    get_application,
    stored_concern,
)
from poise.store.db import Database


def test_application_fit_round_trips(database: Database, job_text: str, resume_text: str) -> None:
    fit = build_fit(job_text, resume_text, today=TODAY)
    record = create_application(database, company="Halden Freight", title="Ops Director",
                                job_text=job_text, resume_text=resume_text, fit=fit)
    stored = get_application(database, record.id)
    assert stored.level == "director"
    assert stored.fit == fit.to_dict()
    data = application_to_dict(stored)
    assert data["fit"]["concerns"][0]["id"] == fit.concerns[0].id
    concern = stored_concern(stored, fit.concerns[0].id)
    assert concern == fit.concerns[0]


def test_missing_application_and_concern(database: Database, job_text: str, resume_text: str) -> None:
    with pytest.raises(NotFoundError):
        get_application(database, 4242)
    record = create_application(database, company="Halden", title="", job_text=job_text,
                                resume_text=resume_text)
    with pytest.raises(NotFoundError) as caught:
        stored_concern(record, "no_such_concern")
    assert record.fit is not None
    assert record.fit["concerns"][0]["id"] in caught.value.hint


def test_company_is_required(database: Database, job_text: str, resume_text: str) -> None:
    with pytest.raises(InputError):
        create_application(database, company=" ", title="", job_text=job_text,
                           resume_text=resume_text)
