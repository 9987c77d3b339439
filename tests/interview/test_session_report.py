"""The typed session report: every key the engine writes is declared, and a stored report reads
back to exactly the document it was."""

from __future__ import annotations

import json

import pytest
from tests.interview.conftest import (
    CASE,
    CONCERN_REPLY,
    DONE,
    FIT,
    FORMATS,
    JOB_TEXT,
    PAUSE,
    PROJECTIVE,
    STORY,
    stub_tools,
)

from poise.content.loader import KnowledgeBase
from poise.interview import build_session_report, progress, respond, start_interview
from poise.interview.progress import Progress
from poise.interview.role import role_from_application
from poise.interview.session_report import SessionReport, TurnFeedback, undeclared

TOOLS = stub_tools(lambda q, a, c: {"evidence.no_numbers"} if "warehouse" in a else set(), overall=64)


def _played(kb: KnowledgeBase, fmt: str) -> dict[str, object]:
    role = role_from_application(application_id=7, company="Nordlys", title="Head of Operations",
                                 level="director", job_text=JOB_TEXT, fit=FIT)
    step = start_interview(kb, interview_format=fmt, seed=11, role=role, tools=TOOLS)
    state = step.state
    for _ in range(60):
        if state.pending.kind == "closing":
            break
        text = PROJECTIVE if fmt == "projective" else (CASE if "?" in state.pending.text[-1:] and
                                                         "do you" in state.pending.text else STORY)
        # A long answer past the limit: a stress round cuts it off.
        seconds = 400.0 if fmt == "stress" and len(state.turns) == 0 else 40.0
        state = respond(kb, state, text, seconds=seconds, tools=TOOLS).state
    for line in ("What would my first 90 days look like?", PAUSE, CONCERN_REPLY, DONE):
        if state.ended:
            break
        state = respond(kb, state, line, tools=TOOLS).state
    assert state.ended
    meta = {"id": 3, "started_at": "2026-11-02T09:00:00", "ended_at": "2026-11-02T09:40:00"}
    report = build_session_report(kb, state, meta=meta)
    return json.loads(json.dumps(report))


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_key_of_the_report_is_declared_and_reads_back_exactly(kb: KnowledgeBase, fmt: str) -> None:
    document = _played(kb, fmt)
    report = SessionReport.from_dict(document)
    assert undeclared(report) == []
    assert report.to_dict() == document
    assert report.session.format == fmt and report.session.application is not None
    assert report.closing.asked_pause is report.pause_question.asked
    for turn in report.turns:
        if turn.feedback is not None and turn.feedback.analysis is not None:
            assert turn.feedback.report is not None
            assert turn.feedback.report.to_dict() == turn.feedback.analysis


def test_progress_reads_back_exactly(kb: KnowledgeBase) -> None:
    entries = [{"id": index, "format": fmt, "ended_at": f"2026-11-0{index}T10:00:00",
                "report": _played(kb, fmt)} for index, fmt in enumerate(("panel", "competency"), 1)]
    document = json.loads(json.dumps(progress(kb, entries)))
    result = Progress.from_dict(document)
    assert undeclared(result) == []
    assert result.to_dict() == document
    assert result.sessions == 2 and result.overall is not None and len(result.overall.points) == 2


def test_an_older_report_without_newer_fields_reads_with_defaults() -> None:
    old = {"headline": ["Done."], "version": 1, "overall": 61,
           "session": {"id": 4, "format": "panel", "status": "ended"},
           "closing": {"asked_pause": False, "result": "Not asked."}, "turns": [
               {"turn": 0, "prompt": {"speaker": "Ana", "text": "Why us?"}, "kind": "answer",
                "answer": "Because.", "feedback": {"kind": "answer", "retired_key": 1}}]}
    report = SessionReport.from_dict(old)
    assert report.panel is None and report.timing.answers == () and report.fix_first == ()
    assert report.turns[0].asked == "Why us?" and report.turns[0].speaker == "Ana"
    feedback = report.turns[0].feedback
    assert isinstance(feedback, TurnFeedback) and feedback.report is None
    assert report.to_dict() == old


def test_a_null_where_text_is_expected_reads_as_empty_and_is_written_back_as_null() -> None:
    stored = {"panel": {"recommendation": "Hire", "average": None, "panellists": [
        {"name": "Ana", "score": 4, "reason": None, "evidence": {"quote": "I led", "why": None}}]}}
    report = SessionReport.from_dict(stored)
    assert report.panel is not None and report.panel.average is None
    panellist = report.panel.panellists[0]
    assert panellist.reason == "" and panellist.evidence is not None and panellist.evidence.why == ""
    assert report.to_dict() == stored and report.panel.to_dict() == stored["panel"]
