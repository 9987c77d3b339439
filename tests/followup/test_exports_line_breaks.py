"""Line breaks typed into names, companies and titles never break the .eml or .ics exports."""

from __future__ import annotations

from email import message_from_bytes, policy

from fastapi.testclient import TestClient
from tests.followup.conftest import debrief_data

from poise.followup.one_line import one_line, plain_newlines


def test_one_line_folds_every_kind_of_line_break() -> None:
    assert one_line("Maria\r\nReed") == "Maria Reed"
    assert one_line("Acme\rBcc: x@y.z") == "Acme Bcc: x@y.z"
    assert one_line("a\u2028b\n\n c") == "a b  c"
    assert plain_newlines("one\r\ntwo\rthree") == "one\ntwo\nthree"


def test_exports_survive_line_breaks_in_header_fields(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from poise.settings import Settings
    from poise.web.app import create_app

    job = "Operations Director\nResponsibilities\n- Lead four regional managers and 300 staff.\n"
    resume = "Jane Doe\nExperience\n2018 - present  Head of Operations, Halden Freight\n- Led 120 staff.\n"
    settings = Settings(data_dir=tmp_path / "data", database_url="")
    with TestClient(create_app(settings, warm_up=False)) as client:
        created = client.post("/api/v1/applications", json={
            "company": "Acme\r\nBcc: victim@example.com", "title": "Ops\rDirector",
            "job_text": job, "resume_text": resume})
        assert created.status_code == 201, created.text
        app_id = created.json()["id"]
        interviewer = "Dana\r\nBcc: victim@example.com"
        debrief = debrief_data()
        debrief["interviewers"][1]["role"] = "CFO\r\nX-Evil: 1"
        debrief["interviewers"].append({"name": interviewer, "role": "HR"})
        recorded = client.post(f"/api/v1/applications/{app_id}/debriefs", json=debrief)
        assert recorded.status_code in (200, 201), recorded.text
        stored = client.get(f"/api/v1/applications/{app_id}").json()
        assert stored["company"] == "Acme\r\nBcc: victim@example.com"  # stored as typed
        eml = client.get(f"/applications/{app_id}/letter.eml",
                         params={"interviewer": interviewer, "sender": "Jane\nDoe"})
        assert eml.status_code == 200, eml.text
        ics = client.get(f"/applications/{app_id}/followups.ics")
        assert ics.status_code == 200, ics.text
        assert b"\r\nBcc" not in ics.content
        for line in ics.content.split(b"\r\n"):
            assert b"\r" not in line and b"\n" not in line
        message = message_from_bytes(eml.content, policy=policy.default)
        assert message["Bcc"] is None
        assert "\n" not in str(message["To"]) and "Dana Bcc" in str(message["To"])
        assert "\r" not in str(message["Subject"])
