"""JSON API: POST /fit, applications with their fit, and judging an answer to a stored concern."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from poise.settings import Settings
from poise.web.app import create_app


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    """A started app on a fresh SQLite database."""
    app = create_app(Settings(data_dir=tmp_path / "data", database_url=""), warm_up=False)
    with TestClient(app) as test_client:
        yield test_client


def test_post_fit_returns_the_fit_dict(client: TestClient, job_text: str, resume_text: str) -> None:
    response = client.post("/api/v1/fit", json={"job_text": job_text, "resume_text": resume_text})
    assert response.status_code == 200
    fit = response.json()
    assert fit["version"] == 1 and fit["level"] == "director"
    assert len(fit["matches"]) == len(fit["requirements"])
    assert fit["concerns"][0]["answer_plan"]["check_back"].endswith("?")
    assert fit["resume"]["roles"][0]["employer"] == "Maison Verte Retail"


def test_post_fit_with_an_empty_resume_is_a_coded_400(client: TestClient, job_text: str) -> None:
    response = client.post("/api/v1/fit", json={"job_text": job_text, "resume_text": "  "})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "E302"


def test_application_is_created_read_and_its_concern_answered(
    client: TestClient, job_text: str, resume_text: str
) -> None:
    created = client.post("/api/v1/applications", json={
        "company": "Halden Freight", "title": "", "job_text": job_text, "resume_text": resume_text})
    assert created.status_code == 201
    body = created.json()
    application_id, fit = body["id"], body["fit"]
    read = client.get(f"/api/v1/applications/{application_id}")
    assert read.status_code == 200
    stored = read.json()
    assert stored["company"] == "Halden Freight" and stored["title"] == "Director of Operations"
    assert stored["fit"] == fit
    concern = fit["concerns"][0]
    answer = client.post(
        f"/api/v1/applications/{application_id}/concerns/{concern['id']}/answer",
        json={"text": concern["draft"]},
    )
    assert answer.status_code == 200
    report = answer.json()
    assert report["phase"] == "concern_reply"
    assert not [f for f in report["findings"] if f["rule"].startswith("concern.")]
    weak = client.post(
        f"/api/v1/applications/{application_id}/concerns/{concern['id']}/answer",
        json={"text": "Honestly I think I would be fine, I always learn fast and work hard."},
    ).json()
    assert "concern.no_plan" in {finding["rule"] for finding in weak["findings"]}


def test_unknown_application_and_concern_are_404(
    client: TestClient, job_text: str, resume_text: str
) -> None:
    assert client.get("/api/v1/applications/999").status_code == 404
    created = client.post("/api/v1/applications", json={
        "company": "Halden", "job_text": job_text, "resume_text": resume_text}).json()
    response = client.post(f"/api/v1/applications/{created['id']}/concerns/nope/answer",
                           json={"text": "That's fair."})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "E202"


def test_fit_routes_are_in_the_openapi_document(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/v1/fit" in paths
    assert "/api/v1/applications/{application_id}/concerns/{concern_id}/answer" in paths


def test_post_fit_returns_the_resume_facts(client: TestClient, job_text: str, resume_text: str) -> None:
    response = client.post("/api/v1/fit", json={"job_text": job_text, "resume_text": resume_text})
    resume = response.json()["resume"]
    assert {"language": "French", "level": "native"} in resume["languages"]
    assert resume["education"] and resume["location"]
