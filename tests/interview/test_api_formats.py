"""A scripted run of every format through the JSON API, from the first question to ``end``."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from tests.interview.conftest import CONCERN_REPLY, DONE, FORMATS, PAUSE, post, run_questions

PROMPT_KEYS = {"kind", "speaker", "text", "time_limit_s"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_scripted_session_reaches_end_with_concern_raised_and_judged(
    client: TestClient, fmt: str
) -> None:
    created = client.post("/api/v1/sessions", json={"format": fmt, "seed": 42})
    assert created.status_code == 201, created.text
    body = created.json()
    session_id = body["id"]
    assert set(body) >= {"id", "prompt"}
    assert set(body["prompt"]) >= PROMPT_KEYS and body["prompt"]["kind"] == "question"
    assert body["prompt"]["time_limit_s"] > 0

    closing, results = run_questions(client, session_id, body["prompt"], fmt)
    assert closing["speaker"] == body["personas"][0]["name"]
    for result in results:
        assert set(result["prompt"]) >= PROMPT_KEYS
        assert result["report"] is not None  # practice mode: feedback after every answer

    asked = post(client, session_id, "How will performance in this role be measured, and by whom?")
    assert asked["prompt"]["kind"] == "reply"
    assert asked["report"]["kind"] == "candidate_question"
    assert asked["report"]["analysis"]["phase"] == "candidate_question"

    raised = post(client, session_id, PAUSE)
    assert raised["prompt"]["kind"] == "concern"
    assert raised["report"]["kind"] == "pause_question"

    judged = post(client, session_id, CONCERN_REPLY, seconds=50)
    assert judged["report"]["kind"] == "concern_reply"
    assert judged["report"]["analysis"]["phase"] == "concern_reply"
    assert judged["prompt"]["kind"] == "reply"

    ended = post(client, session_id, DONE)
    assert ended["prompt"]["kind"] == "end" and ended["ended"] is True
    assert ended["prompt"]["time_limit_s"] is None

    report = client.get(f"/api/v1/sessions/{session_id}/report").json()
    assert report["session"]["status"] == "ended"
    assert report["pause_question"]["asked"] is True
    assert report["closing"]["concern"]["title"]
    assert report["closing"]["reply"]["answer"] == CONCERN_REPLY
    assert report["closing"]["reply"]["overall"] == judged["report"]["analysis"]["overall"]
    assert len(report["turns"]) == len(results) + 4
    assert set(report["dimensions"]) == {"structure", "evidence", "ownership", "relevance",
                                         "concision", "tone", "family"}
    assert len(report["fix_first"]) <= 3
    assert report["timing"]["measured"] == len(results) + 1  # closing questions sent untimed


def test_openapi_documents_the_practice_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/v1/sessions", "/api/v1/sessions/{session_id}/answers",
                 "/api/v1/sessions/{session_id}/report", "/api/v1/progress"):
        assert path in paths
    answer = paths["/api/v1/sessions/{session_id}/answers"]["post"]
    assert "AnswerCreate" in str(answer["requestBody"]) and "AnswerResult" in str(answer["responses"])


def test_unknown_format_is_a_coded_400_and_unknown_session_a_404(client: TestClient) -> None:
    wrong = client.post("/api/v1/sessions", json={"format": "karaoke"})
    assert wrong.status_code == 422
    missing = client.post("/api/v1/sessions/999/answers", json={"text": "Hello there"})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "E202"
    no_app = client.post("/api/v1/sessions", json={"format": "panel", "application_id": 77})
    assert no_app.status_code == 404


def test_empty_answer_is_refused_and_the_prompt_stays(client: TestClient) -> None:
    created = client.post("/api/v1/sessions", json={"format": "competency", "seed": 1}).json()
    empty = client.post(f"/api/v1/sessions/{created['id']}/answers", json={"text": "   "})
    assert empty.status_code == 400 and empty.json()["error"]["code"] == "E300"
    listed = client.get("/api/v1/sessions").json()
    assert listed[0]["turns"] == 0 and listed[0]["status"] == "in_progress"


def test_answering_an_ended_session_is_refused(client: TestClient) -> None:
    created = client.post("/api/v1/sessions", json={"format": "projective", "seed": 3}).json()
    closing, _ = run_questions(client, created["id"], created["prompt"], "projective")
    assert closing["kind"] == "closing"
    assert post(client, created["id"], DONE)["prompt"]["kind"] == "end"
    again = client.post(f"/api/v1/sessions/{created['id']}/answers", json={"text": "One more thing?"})
    assert again.status_code == 400 and again.json()["error"]["code"] == "E340"
