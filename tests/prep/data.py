"""Small fixtures for the prep tests: a fit dict in the agreed shape, stories at three levels, facts."""

from __future__ import annotations

from typing import Any

from poise.prep.stories import StoryDraft
from poise.store.db import Database
from poise.store.models import Application
from poise.store.repositories import ApplicationRepository

# A typical application's fit, in the shape services/fit.py stores in Application.fit.
FIT: dict[str, Any] = {
    "version": 1,
    "level": "director",
    "requirements": [
        {"id": "r1", "text": "Lead a multi-site logistics operation of 40+ people through team leads",
         "kind": "scope", "must": True, "numbers": [40]},
        {"id": "r2", "text": "Own an operating budget of EUR 5m or more", "kind": "scope",
         "must": True, "numbers": [5000000]},
        {"id": "r3", "text": "Drive change management and continuous improvement across sites",
         "kind": "domain", "must": True, "numbers": []},
        {"id": "r4", "text": "10+ years of experience in operations", "kind": "years",
         "must": True, "numbers": [10]},
        {"id": "r5", "text": "Negotiate contracts with carriers and suppliers", "kind": "stakeholders",
         "must": False, "numbers": []},
        {"id": "r6", "text": "Experience with SAP EWM", "kind": "tools", "must": False, "numbers": []},
    ],
    "matches": [
        {"requirement": "r1", "strength": "strong", "evidence": ["Led 45 people across 3 sites"]},
    ],
    "concerns": [
        {
            "id": "c1",
            "kind": "scope_step_up",
            "title": "A step up in budget: from 2 million to 5 million",
            "why": "The job asks for a 5m budget; the résumé shows 2m.",
            "severity": "high",
            "score": 0.9,
            "evidence": ["Own an operating budget of EUR 5m or more", "managed a 2m budget"],
            "answer_plan": {
                "acknowledge": "My largest budget so far was 2 million.",
                "evidence": "I ran it line by line and cut costs by 12% while volume grew.",
                "plan": "In my first 60 days I would rebuild the budget with finance.",
                "check_back": "Does that answer your concern about scale?",
            },
            "draft": (
                "You are right that my largest budget so far was 2 million euros. I ran it line by "
                "line and cut costs by 12% while volume grew 20%, and the same discipline scales. In "
                "my first 60 days I would rebuild the budget with your finance team. Does that "
                "address your concern?"
            ),
        },
        {
            "id": "c2",
            "kind": "tool_mismatch",
            "title": "No SAP EWM experience",
            "why": "The job names SAP EWM; the résumé shows Manhattan WMS.",
            "severity": "medium",
            "score": 0.6,
            "evidence": ["Experience with SAP EWM"],
            "answer_plan": {
                "acknowledge": "I have not used SAP EWM.",
                "evidence": "I led the roll-out of Manhattan WMS at three sites.",
                "plan": "I will finish the SAP EWM fundamentals course within my first 30 days.",
                "check_back": "Would that work for you?",
            },
            "draft": "",
        },
        {
            "id": "c3",
            "kind": "short_tenure",
            "title": "A short stay at Northwind",
            "why": "Eleven months at Northwind.",
            "severity": "low",
            "score": 0.3,
            "evidence": ["Northwind 2017-2018"],
            "answer_plan": {"acknowledge": "The site closed after a merger.", "evidence": "",
                            "plan": "", "check_back": ""},
            "draft": "Northwind closed the site after a merger; I stayed to hand it over.",
        },
        {
            "id": "c4",
            "kind": "industry_switch",
            "title": "Retail to manufacturing",
            "why": "The company makes machines.",
            "severity": "low",
            "score": 0.2,
            "evidence": [],
            "answer_plan": {"acknowledge": "", "evidence": "", "plan": "", "check_back": ""},
            "draft": "",
        },
    ],
    "resume": {
        "roles": [
            {"title": "Head of Operations", "employer": "Acme Logistics", "start": "2019-03",
             "end": "present", "months": 70},
            {"title": "Operations Manager", "employer": "Northwind", "start": "2017-04",
             "end": "2018-03", "months": 11},
            {"title": "Shift Manager", "employer": "Globex", "start": "2012-09", "end": "2017-03",
             "months": 55},
        ],
        "team_sizes": [{"size": 45, "text": "Led 45 people across 3 sites"}],
        "budgets": [{"amount": 2000000, "text": "Managed a 2m budget"}],
        "industries": ["logistics", "retail"],
        "countries": ["Germany"],
        "tools": ["Manhattan WMS", "Excel"],
        "achievements": [
            {"text": "Cut late deliveries from 30% to 6% in 18 months", "numbers": [30, 6, 18]},
            "Saved EUR 1.4m in overtime a year",
            {"text": "Raised order accuracy to 99.6% across 3 warehouses", "numbers": [99.6, 3]},
        ],
    },
}

COMPANY_FACTS = [
    {"fact": "Founded", "answer": "1962"},
    {"fact": "CEO", "answer": "Maria Keller"},
    {"fact": "Revenue 2024", "answer": "EUR 1.2bn"},
    {"fact": "Employees", "answer": "4,800"},
    {"fact": "Headquarters", "answer": "Hamburg"},
    {"fact": "Largest customer segment", "answer": "Automotive suppliers"},
]

MANAGER_STORY = StoryDraft(
    title="Support backlog",
    circumstances="Our support team of eight agents was missing its response targets every week.",
    actions=(
        "I hired two specialists, rebuilt the rota with the team and coached each agent on the "
        "ten most common cases over six months."
    ),
    results="Response times fell from 20 hours to 4, and my team kept them there all year.",
    competencies=("organising", "team_relationships"),
)

DIRECTOR_STORY = StoryDraft(
    title="Warehouse turnaround",
    circumstances=(
        "In 2021 I took over a logistics department of 40 people across 3 warehouses that missed "
        "30% of delivery deadlines."
    ),
    actions=(
        "I led the change through three team leads, rebuilt the shift plan with them and owned a "
        "budget of EUR 4m for new scanners. I restructured the night shift and hired two planners."
    ),
    results=(
        "Within 18 months my team cut late deliveries to 6% and saved 1.4 million euros in "
        "overtime."
    ),
    lesson="I learned to fix the measurement before the process.",
    competencies=("results_achievements", "organising"),
)

EXECUTIVE_STORY = StoryDraft(
    title="Group reorganisation",
    circumstances=(
        "As COO I ran a 1,200-person organisation through six directors in 9 countries, with a "
        "EUR 300m P&L under price pressure."
    ),
    actions=(
        "I set the five-year strategy with my directors, presented it to the board and led the "
        "acquisition of a regional rival."
    ),
    results="Over three years our margin rose from 8% to 12% and revenue grew by a third.",
    competencies=("strategic_vision", "judgement"),
)

WEAK_STORY = StoryDraft(
    title="Quality problem",
    circumstances="We had a problem with quality.",
    actions="We worked hard on it.",
    results="It went well.",
    competencies=("thoroughness",),
)


def add_application(db: Database, fit: dict[str, Any] | None, *, level: str = "director") -> int:
    """Store an application (Hanse Maschinenbau, Director of Logistics) and return its id."""
    with db.session() as session:
        application = ApplicationRepository(session).add(Application(
            company="Hanse Maschinenbau", title="Director of Logistics", level=level, fit=fit,
        ))
        return application.id
