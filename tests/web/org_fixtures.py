"""An organisation-mode app with accounts and one candidate's material, for the separation tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from fastapi.testclient import TestClient

from poise.services.accounts import add_user
from poise.settings import Settings
from poise.store.db import Database
from poise.web.app import create_app

PASSWORD = "a long enough password"
SECRET_COMPANY = "Zanzibar Quayside Freight"
SECRET_STORY = "Kestrel depot rescue"
SECRET_ANSWER = "In 2022 I rebuilt the Kestrel night shift rota"

JOB_TEXT = (
    "Head of Operations, Zanzibar Quayside Freight. You will lead a team of 40 across two "
    "warehouses, own the operating budget and deliver a change programme. Requirements: 8+ years "
    "in logistics operations, experience leading managers, Lean Six Sigma Green Belt."
)
RESUME_TEXT = (
    "Operations Manager, Northwind Retail, 2016-2024. Led a team of 25 in the Leeds warehouse. "
    "Cut picking errors from 7.8% to 3.1% in one year. Ran the move to a new WMS on time and "
    "under budget. Managed two shift managers."
)
DEBRIEF = {
    "date": "2024-05-07",
    "round": 1,
    "interviewers": [{"name": "Maria Lopez", "role": "COO"}],
    "questions": [{"text": "Walk me through the budget of your last site.", "rating": 2}],
}


@dataclass
class Org:
    """The running app, a client, and each account's token; ``ids`` are the first candidate's."""

    client: TestClient
    settings: Settings
    tokens: dict[str, str]
    ids: dict[str, Any] = field(default_factory=dict)

    def auth(self, who: str) -> dict[str, str]:
        """The bearer header of one account ("admin", "alice", "bob", "carol")."""
        return {"Authorization": f"Bearer {self.tokens[who]}"}


ACCOUNTS = {
    "admin": ("admin@example.org", "admin"),
    "alice": ("alice@example.org", "candidate"),
    "bob": ("bob@example.org", "candidate"),
    "carol": ("carol@example.org", "coach"),
}


def sign_in(client: TestClient, email: str, password: str = PASSWORD) -> str:
    """The bearer token from the sign-in API."""
    response = client.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    token: str = response.json()["token"]
    return token


def start_org(settings: Settings) -> Iterator[Org]:
    """Accounts added from the CLI's service, the app started, everyone signed in."""
    org_settings = settings.model_copy(update={"mode": "organisation"})
    with Database.open(org_settings) as db:
        for email, role in ACCOUNTS.values():
            add_user(db, email, role=role, password=PASSWORD)
    app = create_app(org_settings, warm_up=False)
    with TestClient(app) as client:
        tokens = {who: sign_in(client, email) for who, (email, _) in ACCOUNTS.items()}
        # Signing in sets a cookie: the tests choose their credentials per request.
        client.cookies.clear()
        yield Org(client=client, settings=org_settings, tokens=tokens)


def fill_alice(org: Org) -> None:
    """Alice's application (with its fit), a story, a session with an answer, a fact, a debrief."""
    client, headers = org.client, org.auth("alice")
    created = client.post("/api/v1/applications", headers=headers, json={
        "company": SECRET_COMPANY, "title": "Head of Operations",
        "job_text": JOB_TEXT, "resume_text": RESUME_TEXT,
    })
    assert created.status_code in (200, 201), created.text
    application = created.json()
    application_id = application["id"]
    concerns = (application.get("fit") or {}).get("concerns") or []
    story = client.post("/api/v1/stories", headers=headers, json={
        "title": SECRET_STORY, "competencies": ["results_achievements"],
        "application_id": application_id,
        "circumstances": "The depot missed 30% of its slots.",
        "actions": "I rebuilt the rota with the shift leads.", "results": "On-time rose to 96%.",
    })
    assert story.status_code in (200, 201), story.text
    session = client.post("/api/v1/sessions", headers=headers,
                          json={"format": "biographical", "application_id": application_id})
    assert session.status_code in (200, 201), session.text
    session_id = session.json()["id"]
    answered = client.post(f"/api/v1/sessions/{session_id}/answers", headers=headers,
                           json={"text": SECRET_ANSWER + " and on-time delivery rose to 96%."})
    assert answered.status_code in (200, 201), answered.text
    fact = client.post(f"/api/v1/applications/{application_id}/facts", headers=headers,
                       json={"fact": "Founded", "answer": "1987"})
    assert fact.status_code in (200, 201), fact.text
    facts = client.get(f"/api/v1/applications/{application_id}/facts", headers=headers).json()
    debrief = client.post(f"/api/v1/applications/{application_id}/debriefs", headers=headers,
                          json=DEBRIEF)
    assert debrief.status_code in (200, 201), debrief.text
    quiz = client.get(f"/api/v1/applications/{application_id}/quiz/next", headers=headers)
    shared = client.post("/sharing", headers=headers, follow_redirects=False,
                         data={"application_id": str(application_id), "coach": "carol@example.org"})
    assert shared.status_code == 303, shared.text
    me = client.get("/api/v1/auth/me", headers=headers).json()
    assigned = client.post("/coach/shares/1/assign", headers=org.auth("carol"),
                           follow_redirects=False, data={"format": "competency", "note": "Cases."})
    assert assigned.status_code == 303, assigned.text
    org.ids.update(
        application_id=application_id,
        concern_id=concerns[0]["id"] if concerns else "c1",
        story_id=story.json()["id"],
        session_id=session_id,
        fact_id=_first_id(facts),
        card_id=quiz.json().get("card_id") or _first_card(facts),
        share_id=1,
        assignment_id=1,
        user_id=me["id"],
    )


def _first_id(facts: list[dict[str, Any]]) -> int:
    return int(facts[0]["id"])


def _first_card(facts: list[dict[str, Any]]) -> int:
    for fact in facts:
        if fact.get("card_id"):
            return int(fact["card_id"])
    raise AssertionError("the facts have no quiz card")
