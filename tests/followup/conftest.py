"""Fixtures for the follow-up tests: an application with a fit map (the contract shape) and a debrief."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from poise.content.loader import KnowledgeBase, knowledge_base
from poise.followup.application import ApplicationView
from poise.followup.debrief import Debrief, validate_debrief
from poise.store.db import Database
from poise.store.models import Application

INTERVIEW_DAY = date(2024, 5, 7)  # a Tuesday
TODAY = date(2024, 5, 7)
CHANGE_PLAN = (
    "Within my first 30 days I will complete the Prosci change management certification, and I "
    "will bring a change plan for the Lisbon site to our first monthly review."
)
UNION_PLAN = (
    "Before my start date I will meet the works council chair, and within 60 days we will agree "
    "a joint plan for the peak season."
)

# Application.fit as the fit engineer stores it (version 1); only the shape is relied on.
FIT: dict[str, Any] = {
    "version": 1,
    "level": "director",
    "requirements": [
        {"id": "r1", "text": "Proven experience leading multi-site operations (5+ sites)",
         "kind": "experience", "must": True, "numbers": {"sites": 5}},
        {"id": "r2", "text": "Lean or continuous-improvement programmes with measurable savings.",
         "kind": "achievement", "must": True, "numbers": {}},
        {"id": "r3", "text": "Change management certification (Prosci or equivalent)",
         "kind": "certification", "must": True, "numbers": {}},
        {"id": "r4", "text": "Fluent Spanish", "kind": "language", "must": False, "numbers": {}},
    ],
    "matches": [
        {"requirement_id": "r1", "strength": "strong",
         "quote": "• Led 9 warehouses and 420 people across Spain and Portugal.",
         "reason": "9 sites against 5+", "score": 0.82},
        {"requirement_id": "r2", "strength": "partial",
         "quote": "Cut fulfilment cost per order by 18% in two years through a lean programme",
         "reason": "savings shown, programme named", "score": 0.66},
        {"requirement_id": "r3", "strength": "none", "quote": "", "reason": "not found",
         "score": 0.05},
        {"requirement_id": "r4", "strength": "strong", "quote": "Spanish (fluent)",
         "reason": "language listed", "score": 0.9},
    ],
    "concerns": [
        {"id": "c1", "kind": "missing_must_have",
         "title": "Missing must-have: change management certification",
         "why": "The job asks for it and the résumé does not show it.", "severity": "high",
         "score": 78, "evidence": [],
         "answer_plan": {"acknowledge": "That's a fair point.", "evidence": "I led the Zaragoza move.",
                         "plan": CHANGE_PLAN, "check_back": "Does that address your concern?"},
         "draft": "That's a fair point. ...", "question": "How would you cover change management?",
         "requirement_id": "r3", "requirement_kind": "certification"},
        {"id": "c2", "kind": "industry_switch", "title": "Industry switch: retail → third-party logistics",
         "why": "Retail background, 3PL role.", "severity": "medium", "score": 55, "evidence": [],
         "answer_plan": {"acknowledge": "", "evidence": "", "plan": "I will sit in on ten client "
                         "reviews in my first 60 days.", "check_back": ""},
         "draft": "", "question": "How quickly could you be effective here?",
         "requirement_id": None, "requirement_kind": None},
    ],
    # What the résumé reader stores with the fit: the letter tells a language with this level.
    "resume": {"roles": [], "languages": [{"language": "Spanish", "level": "C1"}]},
}

DEBRIEF: dict[str, Any] = {
    "date": "2024-05-07",
    "round": 1,
    "interviewers": [
        {"name": "Maria Lopez", "role": "COO", "email": "maria.lopez@northwind.example"},
        {"name": "Sam Reed", "role": "CFO"},
    ],
    "questions": [
        {"question_id": "stress_resistance.why_hire_you", "rating": 4, "asked_by": "Maria",
         "topic": "how the Lisbon hub could absorb the Porto volumes"},
        {"text": "Walk me through the budget of your last site.", "rating": 2, "asked_by": "Sam Reed",
         "said": "I gave the total but could not break down the labour cost."},
        {"question_id": "failures.biggest_failure", "rating": 1, "asked_by": "sam"},
        {"text": "How do you run a peak season?", "rating": 5, "asked_by": "Sam Reed"},
    ],
    "concerns": [
        {"text": "No formal change management certification", "handled": "open", "raised_by": "Maria"},
        {"text": "Has never worked with unionised warehouse staff", "handled": "partly",
         "raised_by": "Sam", "plan": UNION_PLAN},
    ],
    "promises": [{"what": "I'll send the deck from the Zaragoza consolidation", "delivery": "attached"}],
    "next_step": {"what": "a panel with the CEO", "by": "2024-05-17", "said_by": "Maria"},
}


def debrief_data(**changes: Any) -> dict[str, Any]:
    """A deep copy of the sample debrief with top-level fields changed."""
    data = copy.deepcopy(DEBRIEF)
    data.update(changes)
    return data


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The bundled knowledge base."""
    return knowledge_base()


@pytest.fixture
def debrief(kb: KnowledgeBase) -> Debrief:
    """The sample debrief, validated against the bank."""
    bank = {question.id: question.text for question in kb.questions.values()}
    result, problems = validate_debrief(debrief_data(), bank=bank, today=TODAY)
    assert result is not None, problems
    return result


@pytest.fixture
def view() -> ApplicationView:
    """The sample application as the pure code sees it."""
    return ApplicationView(id=7, company="Northwind Logistics", title="Head of Operations",
                           level="director", stage="applied", round=0, fit=copy.deepcopy(FIT),
                           candidate="Alex Morgan")


def add_application(db: Database, *, fit: dict[str, Any] | None = None, company: str = "Northwind Logistics",
                    title: str = "Head of Operations", stage: str = "applied") -> int:
    """Store an application (with the sample fit unless told otherwise) and return its id."""
    with db.session() as session:
        record = Application(company=company, title=title, level="director", job_text="...",
                             resume_text="...", stage=stage,
                             fit=copy.deepcopy(FIT) if fit is None else fit)
        session.add(record)
        session.flush()
        return record.id
