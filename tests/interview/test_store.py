"""Sessions are stored turn by turn and survive a restart, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from tests.interview.conftest import CONCERN_REPLY, DONE, FIT, JOB_TEXT, PAUSE, STORY, stub_tools

from poise.content.loader import KnowledgeBase
from poise.errors import InputError
from poise.services.practice import (
    answer_practice,
    current_step,
    list_practice,
    practice_progress,
    practice_report,
    start_practice,
)
from poise.settings import Settings
from poise.store import Application, ApplicationRepository, Database, PracticeSession, Turn

TOOLS = stub_tools(lambda q, a, c: set(), overall=70)


def test_a_session_is_stored_and_resumed_after_a_restart(
    database: Database, database_settings: Settings, kb: KnowledgeBase
) -> None:
    with database.session() as session:
        application_id = ApplicationRepository(session).add(Application(
            company="Nordlys", title="Head of Operations", level="director", job_text=JOB_TEXT,
            fit=FIT)).id
    step = start_practice(database, interview_format="panel", application_id=application_id,
                          seed=21, kb=kb)
    first_prompt = step.prompt
    step = answer_practice(database, step.session_id, STORY, seconds=30, kb=kb, tools=TOOLS)
    database.close()

    reopened = Database.open(database_settings)
    try:
        resumed = current_step(reopened, step.session_id)
        assert resumed.prompt == step.prompt and resumed.prompt != first_prompt
        while resumed.prompt.kind != "closing":
            resumed = answer_practice(reopened, step.session_id, STORY, seconds=25, kb=kb, tools=TOOLS)
        for line in (PAUSE, CONCERN_REPLY, DONE):
            resumed = answer_practice(reopened, step.session_id, line, kb=kb, tools=TOOLS)
        assert resumed.ended

        with reopened.session() as session:
            record = session.get(PracticeSession, step.session_id)
            assert record is not None and record.ended_at is not None
            assert record.report is not None and record.report["session"]["id"] == step.session_id
            assert record.state["phase"] == "ended" and record.seed == 21
            assert record.application_id == application_id
            turns = session.scalar(select(func.count()).select_from(Turn)
                                   .where(Turn.session_id == step.session_id))
            assert turns == len(record.state["turns"])
            kinds = list(session.scalars(select(Turn.kind).where(Turn.session_id == step.session_id)
                                         .order_by(Turn.position)))
            assert kinds[0] == "question" and "concern" in kinds and "closing" in kinds

        report = practice_report(reopened, step.session_id, kb=kb)
        assert report.closing.concern is not None
        assert report.closing.concern.title == FIT["concerns"][0]["title"]
        listed = list_practice(reopened)
        assert listed[0].status == "ended" and listed[0].asked_pause is True
        assert list_practice(reopened, application_id=application_id)[0].id == step.session_id
        assert list_practice(reopened, interview_format="stress") == []
        result = practice_progress(reopened, kb=kb)
        assert result.sessions == 1 and result.by_family
    finally:
        reopened.close()


def test_a_failed_answer_leaves_the_stored_session_unchanged(
    database: Database, kb: KnowledgeBase
) -> None:
    step = start_practice(database, interview_format="competency", seed=3, kb=kb)
    with pytest.raises(InputError, match="empty"):
        answer_practice(database, step.session_id, "   ", kb=kb, tools=TOOLS)
    with database.session() as session:
        record = session.get(PracticeSession, step.session_id)
        assert record is not None and record.state["turns"] == []
        assert session.scalar(select(func.count()).select_from(Turn)) == 0
