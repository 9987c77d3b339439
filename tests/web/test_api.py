"""JSON API under /api/v1: questions with filters, answer analysis, errors and OpenAPI."""

from __future__ import annotations

from fastapi.testclient import TestClient

from poise.content.loader import KnowledgeBase
from poise.services.analysis import analyse_answer

QUESTION_KEYS = {"id", "text", "family", "formats", "competencies", "really_asking"}


def test_api_questions_lists_the_whole_bank(client: TestClient, kb: KnowledgeBase) -> None:
    response = client.get("/api/v1/questions")
    assert response.status_code == 200
    questions = response.json()
    assert len(questions) == len(kb.questions) >= 200
    for question in questions:
        assert set(question) >= QUESTION_KEYS
    first = kb.questions[questions[0]["id"]]
    assert questions[0]["really_asking"] == first.really_asking


def test_api_questions_filters_by_family_competency_and_format(
    client: TestClient, kb: KnowledgeBase
) -> None:
    response = client.get("/api/v1/questions", params={"family": "achievements", "format": "panel"})
    ids = [item["id"] for item in response.json()]
    expected = kb.find_questions(family="achievements", interview_format="panel")
    assert ids == [question.id for question in expected] and ids
    by_competency = client.get("/api/v1/questions", params={"competency": "time_management"}).json()
    assert by_competency
    for item in by_competency:
        assert "time_management" in item["competencies"]


def test_api_questions_unknown_filter_is_a_coded_400(client: TestClient) -> None:
    response = client.get("/api/v1/questions", params={"format": "karaoke"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "E300"
    assert "karaoke" in error["message"]
    assert "panel" in error["hint"]


def test_api_analyse_weak_answer_returns_findings_with_evidence(
    client: TestClient, weak_question: str, weak_answer: str
) -> None:
    response = client.post(
        "/api/v1/analyse", json={"question": weak_question, "answer": weak_answer}
    )
    assert response.status_code == 200
    report = response.json()
    assert report["schema_version"] == "1.0"
    assert report["state"] == "ok"
    assert report["findings"]
    for finding in report["findings"]:
        assert finding["message"] and finding["why"] and finding["fix"]
        assert finding["evidence"]
        for item in finding["evidence"]:
            assert weak_answer[item["start"] : item["end"]] == item["quote"]
    assert 1 <= len(report["top_fixes"]) <= 3
    assert set(report["dimensions"]) >= {"structure", "evidence", "ownership"}


def test_api_analyse_returns_the_report_to_dict_unchanged(
    client: TestClient, weak_question: str, weak_answer: str
) -> None:
    body = {
        "question": weak_question,
        "answer": weak_answer,
        "family": "management_style",
        "format": "panel",
        "role": ["Lead a team of 40 engineers"],
        "job_text": "We need a director who grows teams.",
        "phase": "answer",
    }
    response = client.post("/api/v1/analyse", json=body)
    assert response.status_code == 200
    expected = analyse_answer(
        weak_question,
        weak_answer,
        family="management_style",
        interview_format="panel",
        role=("Lead a team of 40 engineers",),
        job_text="We need a director who grows teams.",
    ).to_dict()
    assert response.json() == expected


def test_api_analyse_empty_answer_is_a_400_with_a_message(
    client: TestClient, weak_question: str, weak_answer: str
) -> None:
    response = client.post("/api/v1/analyse", json={"question": weak_question, "answer": "  "})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error == {
        "code": "E300",
        "message": "The answer is empty.",
        "hint": "Type or paste what you would say, then analyse it again.",
    }


def test_api_analyse_unknown_family_is_a_400(
    client: TestClient, weak_question: str, weak_answer: str
) -> None:
    response = client.post("/api/v1/analyse", json={"answer": weak_answer, "family": "astrology"})
    assert response.status_code == 400
    assert "astrology" in response.json()["error"]["message"]


def test_api_analyse_rejects_misspelt_keys(
    client: TestClient, weak_question: str, weak_answer: str
) -> None:
    response = client.post("/api/v1/analyse", json={"answer": weak_answer, "familly": "failures"})
    assert response.status_code == 422


def test_openapi_lists_the_api_paths_and_models(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert "get" in schema["paths"]["/api/v1/questions"]
    assert "post" in schema["paths"]["/api/v1/analyse"]
    assert "get" in schema["paths"]["/healthz"]
    for page in ("/", "/questions", "/analyse", "/analyse/report"):
        assert page not in schema["paths"]
    models = schema["components"]["schemas"]
    assert {"AnalyseRequest", "QuestionPublic", "ReportPublic", "ErrorResponse"} <= set(models)
    assert "answer" in models["AnalyseRequest"]["required"]
    responses = schema["paths"]["/api/v1/analyse"]["post"]["responses"]
    assert {"200", "400", "503"} <= set(responses)


def test_docs_page_is_served_without_a_cdn(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in response.text
    assert "cdn." not in response.text
    asset = client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js")
    assert asset.status_code == 200
