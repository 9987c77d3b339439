"""Fixtures for the mock-interview tests: the app and client, scripted answers, and a stub analyser."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from fastapi.testclient import TestClient

from poise.analysis import AnalysisContext, Report
from poise.analysis.report import DIMENSIONS, DimensionScore, Evidence, Finding
from poise.content.loader import KnowledgeBase, knowledge_base
from poise.interview import Tools
from poise.settings import Settings
from poise.web.app import create_app

STORY = (
    "In 2022 I took over the Leeds distribution centre, where 18% of orders shipped late. "
    "I met every shift lead in my first week, I rebuilt the pick routes with our planners and I "
    "introduced a daily fifteen-minute review of the backlog. By March my team had cut late "
    "orders to 4% and saved 1.2 million pounds a year."
)
CASE = (
    "First I would find out why: I would meet the client's operations director within 48 hours "
    "and look at the service data. My goal is to keep the account on profitable terms. I would "
    "use a recovery plan with service fixes, bring in the account team and my own boss, track "
    "progress on a dashboard every Friday, and by mid-quarter decide whether to offer new terms."
)
PROJECTIVE = "Mostly a better salary and more money, in my experience."
WE_ONLY = (
    "We had a big project in our logistics network last year. We reorganised the whole flow of "
    "goods between the sites and we worked very hard on it as a team. We changed a lot of the "
    "processes and we got everyone aligned, and the team was really proud of it in the end."
)
PAUSE = "Is there anything about me or my experience that gives you pause?"
CONCERN_REPLY = (
    "That's a fair point: I haven't owned a full P&L. I did run a 14 million budget at Halden and "
    "hit it three years running. In my first 30 days I would work through the P&L line by line "
    "with your finance team. Does that address your concern?"
)
DONE = "No more questions, thank you."
JOB_TEXT = (
    "Head of Operations, Northern Europe. The role reports to the Chief Operating Officer. "
    "You will lead 120 people across four warehouses and own a budget of 14 million euros. "
    "Experience leading change programmes across several sites is essential."
)
FIT = {
    "version": 1,
    "level": "director",
    "requirements": [
        {"id": "r1", "text": "Experience leading change programmes across several sites",
         "kind": "experience", "must": True, "numbers": []},
        {"id": "r2", "text": "Owns a budget of 14 million euros", "kind": "scope", "must": True,
         "numbers": [14]},
        {"id": "r3", "text": "Fluent German", "kind": "languages", "must": False, "numbers": []},
    ],
    "concerns": [
        {"id": "c1", "kind": "missing_must_have", "title": "No change-management track record",
         "why": "The job asks for change programmes across several sites; the résumé shows none.",
         "severity": "high", "score": 78, "evidence": ["Experience leading change programmes"],
         "answer_plan": {"acknowledge": "a", "evidence": "b", "plan": "c", "check_back": "d"},
         "draft": "That's fair..."},
        {"id": "c2", "kind": "short_tenures", "title": "Short tenures", "why": "Three moves.",
         "severity": "medium", "score": 52, "evidence": [], "answer_plan": {}, "draft": ""},
    ],
    "resume": {},
}
FORMATS = ("biographical", "competency", "panel", "stress", "projective")


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The bundled knowledge base."""
    return knowledge_base()


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    """A started app on a fresh SQLite database in tmp_path."""
    app = create_app(Settings(data_dir=tmp_path / "data", database_url=""), warm_up=False)
    with TestClient(app) as test_client:
        yield test_client


def answer_for(prompt: dict[str, Any], fmt: str) -> str:
    """A plausible answer to any interviewer prompt in the question phase."""
    text = prompt["text"].lower()
    if fmt == "projective":
        return PROJECTIVE
    if "what do you do" in text or "where do you start" in text or "what do you do first" in text:
        return CASE
    return STORY


def run_questions(client: TestClient, session_id: int, prompt: dict[str, Any], fmt: str,
                  *, seconds: float = 30.0) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Answer until the interviewer opens the closing phase; returns that prompt and every result."""
    results = []
    for _ in range(60):
        if prompt["kind"] == "closing":
            return prompt, results
        response = client.post(f"/api/v1/sessions/{session_id}/answers",
                               json={"text": answer_for(prompt, fmt), "seconds": seconds})
        assert response.status_code == 200, response.text
        results.append(response.json())
        prompt = response.json()["prompt"]
    raise AssertionError("the interviewer never reached the closing phase")


def post(client: TestClient, session_id: int, text: str, seconds: float | None = None) -> dict[str, Any]:
    """Send one answer and return the JSON (asserting success)."""
    body: dict[str, Any] = {"text": text}
    if seconds is not None:
        body["seconds"] = seconds
    response = client.post(f"/api/v1/sessions/{session_id}/answers", json=body)
    assert response.status_code == 200, response.text
    return dict(response.json())


# --- a stub analyser, so engine rules can be tested without the language models -----------------


def fake_report(rules: set[str] | frozenset[str] = frozenset(), *, overall: int = 60,
                insufficient: bool = False, answer: str = "An answer.") -> Report:
    """A Report whose findings are exactly ``rules`` (each quoting the whole answer)."""
    findings = tuple(
        Finding(rule=rule, severity="high" if rule.startswith("tone.") else "medium",
                dimension="tone" if rule.startswith("tone.") else "structure", message=f"msg {rule}",
                why="why", fix="fix", source="test", evidence=(Evidence(0, len(answer), answer),))
        for rule in sorted(rules)
    )
    dimensions = tuple(DimensionScore(name, name.title(), 3, "anchor") for name in DIMENSIONS)
    return Report(question="q", answer=answer, family=None, family_source="given",
                  interview_format=None, phase="answer", words=len(answer.split()),
                  state="insufficient_evidence" if insufficient else "ok", overall=overall,
                  dimensions=dimensions, structure=(), findings=findings, strengths=(), top_fixes=())


def stub_tools(rules_for: Callable[[str, str, AnalysisContext], set[str]],
               *, overall: int = 60) -> Tools:
    """Tools whose analyser fires the rules ``rules_for(question, answer, context)`` returns."""

    def analyse(question: str, answer: str, context: AnalysisContext) -> Report:
        return fake_report(rules_for(question, answer, context), overall=overall, answer=answer)

    def similarity(first: Any, second: Any) -> np.ndarray:
        return np.zeros((len(first), len(second)), dtype=np.float32)

    return Tools(analyse=analyse, similarity=similarity)
