"""The follow-up JSON API: debriefs, letter (+ .eml), follow-ups (+ .ics), pipeline, stage changes."""

from __future__ import annotations

from collections.abc import Iterator
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from icalendar import Calendar

from poise.settings import Settings
from poise.store.db import Database
from poise.web.app import create_app

from .conftest import CHANGE_PLAN, add_application, debrief_data


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for a private SQLite database."""
    return Settings(data_dir=tmp_path)


@pytest.fixture
def app_id(settings: Settings) -> int:
    """The sample application, stored before the app starts."""
    with Database.open(settings) as db:
        return add_application(db)


@pytest.fixture
def client(settings: Settings, app_id: int) -> Iterator[TestClient]:
    """A started app without the model warm-up."""
    with TestClient(create_app(settings, warm_up=False)) as test_client:
        yield test_client


def test_post_debrief_then_list(client: TestClient, app_id: int) -> None:
    response = client.post(f"/api/v1/applications/{app_id}/debriefs", json=debrief_data())
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["application"] == {"id": app_id, "company": "Northwind Logistics",
                                   "title": "Head of Operations", "stage": "interviewing", "round": 1,
                                   "stage_label": "interviewing (round 1)"}
    assert len(body["queued"]) == 2 and body["debrief"]["held_on"] == "2024-05-07"
    listed = client.get(f"/api/v1/applications/{app_id}/debriefs").json()
    assert [item["id"] for item in listed] == [body["debrief"]["id"]]
    assert listed[0]["questions"][0]["asked_by"] == "Maria Lopez"


def test_post_debrief_errors(client: TestClient, app_id: int) -> None:
    bad_shape = debrief_data()
    bad_shape["questions"][0]["rating"] = 9
    response = client.post(f"/api/v1/applications/{app_id}/debriefs", json=bad_shape)
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "questions.0.rating"
    assert "9" not in response.json()["error"]["message"]  # the input is never echoed

    nobody = debrief_data()
    nobody["concerns"][0]["raised_by"] = "Bob"
    response = client.post(f"/api/v1/applications/{app_id}/debriefs", json=nobody)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "E300" and "concerns.0.raised_by" in error["message"]

    missing = client.post("/api/v1/applications/999/debriefs", json=debrief_data())
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "E202"


def test_letter_json_and_eml(client: TestClient, app_id: int) -> None:
    assert client.get(f"/api/v1/applications/{app_id}/letter").status_code == 400  # no debrief yet
    client.post(f"/api/v1/applications/{app_id}/debriefs", json=debrief_data())
    letter = client.get(f"/api/v1/applications/{app_id}/letter", params={"sender": "Alex Morgan"}).json()
    assert letter["to"] == {"name": "Maria Lopez", "role": "COO", "email": "maria.lopez@northwind.example"}
    assert CHANGE_PLAN in letter["body"] and letter["tone"] == []
    assert [need["requirement_id"] for need in letter["needs"]] == ["r1", "r4"]  # strong matches only

    response = client.get(f"/api/v1/applications/{app_id}/letter.eml", params={"interviewer": "Sam Reed"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("message/rfc822")
    assert "attachment" in response.headers["content-disposition"]
    message = BytesParser(policy=policy.default).parsebytes(response.content)
    assert "Sam Reed" in str(message["To"]) and message.get_body().get_content().startswith("Dear Sam,")

    unknown = client.get(f"/api/v1/applications/{app_id}/letter", params={"interviewer": "Bob"})
    assert unknown.status_code == 400 and "Maria Lopez, Sam Reed" in unknown.json()["error"]["hint"]


def test_followups_json_and_ics(client: TestClient, app_id: int) -> None:
    empty = client.get(f"/api/v1/applications/{app_id}/followups").json()
    assert empty["steps"] == [] and "record the interview" in empty["stopped"]
    client.post(f"/api/v1/applications/{app_id}/debriefs", json=debrief_data())
    schedule = client.get(f"/api/v1/applications/{app_id}/followups").json()
    assert [step["key"] for step in schedule["steps"]] == ["thank_you", "check_in", "keep_in_touch",
                                                           "last_note"]
    response = client.get(f"/api/v1/applications/{app_id}/followups.ics")
    assert response.headers["content-type"].startswith("text/calendar")
    events = list(Calendar.from_ical(response.content).walk("VEVENT"))
    # only the steps still ahead: a calendar alarm in the past helps nobody
    assert [event.decoded("dtstart").isoformat() for event in events] == [
        s["due"] for s in schedule["steps"] if s["due"] >= schedule["made_on"]]


def test_patch_stage_and_pipeline(client: TestClient, app_id: int) -> None:
    client.post(f"/api/v1/applications/{app_id}/debriefs", json=debrief_data())
    pipeline = client.get("/api/v1/pipeline").json()
    row = pipeline["applications"][0]
    assert row["stage_label"] == "interviewing (round 1)" and row["key_points"]
    assert row["last_debrief"]["next_step"] == {"what": "a panel with the CEO", "by": "2024-05-17"}
    assert len(pipeline["practice_queue"]) == 2

    changed = client.patch(f"/api/v1/applications/{app_id}", json={"round": 2})
    assert changed.status_code == 200 and changed.json()["stage_label"] == "interviewing (round 2)"
    closed = client.patch(f"/api/v1/applications/{app_id}", json={"stage": "declined"}).json()
    assert closed["stage"] == "declined"
    assert client.get(f"/api/v1/applications/{app_id}/followups").json()["steps"] == []
    assert client.get("/api/v1/pipeline").json()["applications"][0]["next_action"] is None

    unknown = client.patch(f"/api/v1/applications/{app_id}", json={"stage": "hired"})
    assert unknown.status_code == 400
    assert "Unknown stage 'hired'" in unknown.json()["error"]["message"]
    assert "researching" in unknown.json()["error"]["hint"]
    empty = client.patch(f"/api/v1/applications/{app_id}", json={})
    assert empty.status_code == 400 and empty.json()["error"]["code"] == "E300"


def test_followup_routes_are_documented(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    base = "/api/v1/applications/{application_id}"
    for path in (f"{base}/debriefs", f"{base}/letter", f"{base}/letter.eml", f"{base}/followups",
                 f"{base}/followups.ics", "/api/v1/pipeline"):
        assert path in paths
    assert "patch" in paths["/api/v1/applications/{application_id}"]
