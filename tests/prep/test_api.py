"""The prep API under /api/v1: stories, calibration, coverage, salary, weakness, facts, brief, quiz."""

from __future__ import annotations

import io
from typing import Any

import pypdf
from fastapi.testclient import TestClient

from poise.store.db import Database

from .data import DIRECTOR_STORY, MANAGER_STORY, add_application

STORY = {
    "title": DIRECTOR_STORY.title,
    "circumstances": DIRECTOR_STORY.circumstances,
    "actions": DIRECTOR_STORY.actions,
    "results": DIRECTOR_STORY.results,
    "competencies": list(DIRECTOR_STORY.competencies),
}


def test_stories_crud(client: TestClient) -> None:
    created = client.post("/api/v1/stories", json=STORY)
    assert created.status_code == 201, created.text
    story = created.json()
    assert story["overall"] >= 60 and story["report"]["schema_version"]
    assert client.get("/api/v1/stories").json()[0]["id"] == story["id"]
    assert client.get(f"/api/v1/stories/{story['id']}").json()["title"] == STORY["title"]
    changed = client.patch(f"/api/v1/stories/{story['id']}", json={
        "title": "Small team", "circumstances": MANAGER_STORY.circumstances,
        "actions": MANAGER_STORY.actions, "results": MANAGER_STORY.results,
    })
    assert changed.status_code == 200 and changed.json()["title"] == "Small team"
    assert changed.json()["report"]["answer"] != story["report"]["answer"]
    assert client.delete(f"/api/v1/stories/{story['id']}").status_code == 204
    missing = client.get(f"/api/v1/stories/{story['id']}")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "E202"


def test_story_errors_are_coded(client: TestClient) -> None:
    unknown = client.post("/api/v1/stories", json={**STORY, "competencies": ["charisma"]})
    assert unknown.status_code == 400 and unknown.json()["error"]["code"] == "E300"
    typo = client.post("/api/v1/stories", json={**STORY, "titel": "x"})
    assert typo.status_code == 422
    filtered = client.get("/api/v1/stories", params={"competency": "charisma"})
    assert filtered.status_code == 400


def test_calibration_endpoint(client: TestClient) -> None:
    story = client.post("/api/v1/stories", json=STORY).json()
    result = client.get(f"/api/v1/stories/{story['id']}/calibration",
                        params={"target": "executive"})
    assert result.status_code == 200
    data = result.json()
    assert (data["reads_as"], data["verdict"]) == ("director", "below")
    assert {signal["name"] for signal in data["signals"]} == {
        "people", "layers", "budget", "decisions", "span", "horizon"
    }
    assert data["lifts"][0]["signal"] == "people"
    bad = client.get(f"/api/v1/stories/{story['id']}/calibration", params={"target": "emperor"})
    assert bad.status_code == 422


def test_coverage_endpoint_with_application_and_ratings(
    client: TestClient, web_db: Database, fit: dict[str, Any]
) -> None:
    application = add_application(web_db, fit)
    client.post("/api/v1/stories", json={**STORY, "application_id": application})
    data = client.get("/api/v1/coverage", params={"application_id": application,
                                                  "ratings": "time_management:5"}).json()
    assert data["rows"][0]["kind"] == "requirement"
    assert len(data["stories"]) == 1 and len(data["checklist"]) == 9
    assert any(gap["row_id"] == "time_management" for gap in data["gaps"])
    bad = client.get("/api/v1/coverage", params={"ratings": "time_management=5"})
    assert bad.status_code == 400 and "id:number" in bad.json()["error"]["hint"]


def test_salary_and_weakness_endpoints(client: TestClient) -> None:
    salary = client.post("/api/v1/prep/salary", json={
        "low": 95000, "high": 115000, "currency": "EUR", "source": "Hays 2026 salary guide",
        "role": "Director of Logistics",
    })
    assert salary.status_code == 200, salary.text
    data = salary.json()
    for key in ("deflect", "pressed"):
        rules = [finding["rule"] for finding in data[key]["report"]["findings"]]
        assert not [rule for rule in rules if rule.startswith("salary.")]
    bad = client.post("/api/v1/prep/salary", json={"low": 9, "high": 2, "currency": "EUR",
                                                   "source": "x"})
    assert bad.status_code == 400
    weakness = client.post("/api/v1/prep/weakness", json={"shortcoming": "I delay decisions"})
    assert weakness.status_code == 200
    assert [item["part"] for item in weakness.json()["guidance"]] == ["steps", "progress"]


def test_facts_quiz_and_brief_endpoints(
    client: TestClient, web_db: Database, fit: dict[str, Any]
) -> None:
    application = add_application(web_db, fit)
    base = f"/api/v1/applications/{application}"
    one = client.post(f"{base}/facts", json={"fact": "Founded", "answer": "1962"})
    assert one.status_code == 201 and one.json()[0]["box"] == 1
    many = client.post(f"{base}/facts", json={"facts": [{"fact": "CEO", "answer": "Maria Keller"}]})
    assert many.status_code == 201
    assert [fact["prompt"] for fact in client.get(f"{base}/facts").json()] == ["Founded", "CEO"]
    extra = client.post(f"{base}/facts", json={"fact": "Motto", "answer": "Move well"}).json()[0]
    assert client.delete(f"{base}/facts/{extra['id']}").status_code == 204
    assert client.delete(f"{base}/facts/{extra['id']}").status_code == 404
    empty = client.post(f"{base}/facts", json={"fact": "Founded", "answer": " "})
    assert empty.status_code == 400 and "has no answer" in empty.json()["error"]["message"]

    card = client.get(f"{base}/quiz/next").json()
    assert card["question"] == "Hanse Maschinenbau: Founded?" and card["total"] > 2
    answer = client.post(f"{base}/quiz/answer", json={"card_id": card["card_id"],
                                                      "answer": "nineteen sixty-two"})
    assert answer.status_code == 200 and answer.json()["correct"] and answer.json()["box"] == 2
    second = client.get(f"{base}/quiz/next").json()
    wrong = client.post(f"{base}/quiz/answer", json={"card_id": second["card_id"],
                                                     "answer": "nobody"}).json()
    assert not wrong["correct"] and wrong["expected"] == "Maria Keller"
    assert wrong["due_at"] < answer.json()["due_at"]
    stranger = client.post(f"{base}/quiz/answer", json={"card_id": 9999, "answer": "x"})
    assert stranger.status_code == 400 and stranger.json()["error"]["code"] == "E330"

    html = client.get(f"{base}/brief.html")
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert 'id="questions"' in html.text and "Maria Keller" in html.text
    pdf = client.get(f"{base}/brief.pdf")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert len(pypdf.PdfReader(io.BytesIO(pdf.content)).pages) == 1


def test_unknown_application_is_a_404_everywhere(client: TestClient) -> None:
    for path in ("facts", "brief.html", "brief.pdf", "quiz/next"):
        response = client.get(f"/api/v1/applications/404/{path}")
        assert response.status_code == 404, path
        assert response.json()["error"]["code"] == "E202"


def test_prep_routes_are_in_the_openapi_document(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/v1/stories", "/api/v1/stories/{story_id}",
                 "/api/v1/stories/{story_id}/calibration", "/api/v1/coverage",
                 "/api/v1/prep/salary", "/api/v1/prep/weakness",
                 "/api/v1/applications/{application_id}/facts",
                 "/api/v1/applications/{application_id}/brief.pdf",
                 "/api/v1/applications/{application_id}/brief.html",
                 "/api/v1/applications/{application_id}/quiz/next",
                 "/api/v1/applications/{application_id}/quiz/answer"):
        assert path in paths, path
