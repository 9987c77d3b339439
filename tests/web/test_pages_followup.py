"""Follow-up pages: the pipeline and its stage form, the debrief form, the letter and the schedule."""

from __future__ import annotations

import email
import html
import re
from collections.abc import Iterator
from datetime import date, timedelta
from email import policy
from pathlib import Path
from typing import Any

import icalendar
import pytest
from fastapi.testclient import TestClient

from poise.content.loader import KnowledgeBase
from poise.settings import Settings
from poise.web.app import create_app

JOB = (
    "Director of Operations, Northwind Logistics. Lead the four site general managers and an "
    "operations team of 120 people. Own the operations budget of £38M. Proven change management "
    "experience: you have led an organisation-wide transformation, including consultation."
)
RESUME = (
    "Daniel Hartley, Senior Operations Manager at Brightline Distribution since 2017. Lead a site "
    "of 310 people through four shift managers. Raised on-time dispatch from 91% to 98.5% in two "
    "years. Manage a site budget of £14M."
)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    """A started app on a fresh SQLite database, without the background model warm-up."""
    app = create_app(Settings(data_dir=tmp_path / "data", database_url=""), warm_up=False)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def application_id(client: TestClient) -> int:
    """A stored application with its fit map."""
    response = client.post("/api/v1/applications", json={
        "company": "Northwind Logistics", "title": "Director of Operations",
        "job_text": JOB, "resume_text": RESUME,
    })
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def debrief_fields(**changes: str) -> dict[str, str]:
    """A complete debrief as the form posts it, with ``changes`` applied."""
    today = date.today()
    fields = {
        "date": today.isoformat(),
        "round": "1",
        "interviewers-0-name": "Maria Reed",
        "interviewers-0-role": "Chief Operating Officer",
        "interviewers-0-email": "maria.reed@example.com",
        "interviewers-1-name": "Tom Ellis",
        "interviewers-1-role": "HR Director",
        "interviewers-1-email": "",
        "questions-0-text": "Tell me about a time you led a major change.",
        "questions-0-rating": "2",
        "questions-0-said": "I talked about wave picking at Brightline.",
        "questions-1-text": "What would you do in your first 90 days?",
        "questions-1-rating": "4",
        "questions-1-said": "",
        "questions-2-text": "",
        "questions-2-rating": "",
        "questions-2-said": "",
        "concerns-0-text": "no change-management experience",
        "concerns-0-handled": "partly",
        "concerns-0-plan": "Complete a Prosci change-management certification within my first 30 days.",
        "promises-0-what": "the Brightline wave-picking case study",
        "promises-0-by": (today + timedelta(days=2)).isoformat(),
        "next_step": "final round with the CEO",
        "next_step_by": (today + timedelta(days=10)).isoformat(),
        "notes": "",
    }
    fields.update(changes)
    return fields


def file_debrief(client: TestClient, application_id: int, **changes: str) -> str:
    """Post a valid debrief; the page that confirms it."""
    response = client.post(f"/applications/{application_id}/debrief", data=debrief_fields(**changes))
    assert response.status_code == 200, response.text
    assert "Debrief saved" in response.text
    return response.text


def field_value(page: str, name: str) -> str:
    """The value an input shows."""
    found = re.search(rf'name="{re.escape(name)}" type="[a-z]+" value="([^"]*)"', page)
    assert found, f"no input {name}"
    return html.unescape(found.group(1))


def field_error(page: str, name: str) -> str:
    """The error shown next to a field ("" when none)."""
    found = re.search(rf'id="f-{re.escape(name)}-error" class="field-error">(.*?)</p>', page, re.S)
    assert found, f"no error slot for {name}"
    return html.unescape(re.sub(r"<[^>]+>", "", found.group(1)))


# --- pipeline ---------------------------------------------------------------------------------


def test_pipeline_without_applications_points_to_adding_one(client: TestClient) -> None:
    response = client.get("/pipeline")
    assert response.status_code == 200
    assert '<a href="/pipeline" aria-current="page">' in response.text
    assert "No applications yet" in response.text
    assert 'href="/applications/new"' in response.text


def test_pipeline_lists_each_application_with_its_stage_next_action_and_links(
    client: TestClient, application_id: int
) -> None:
    page = client.get("/pipeline").text
    assert f'id="application-{application_id}"' in page
    assert "Director of Operations" in page and "Northwind Logistics" in page
    assert "researching" in page
    assert "<strong>Next:</strong> Finish your research and send the application" in page
    for path in ("", "/debrief", "/letter", "/followups"):
        assert f'href="/applications/{application_id}{path}"' in page
    assert f'href="/practice?application={application_id}"' in page
    assert f'action="/pipeline/{application_id}/stage"' in page


def test_changing_the_stage_redirects_and_shows_the_new_stage(
    client: TestClient, application_id: int
) -> None:
    response = client.post(f"/pipeline/{application_id}/stage",
                           data={"stage": "interviewing", "round": "2"}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/pipeline?changed={application_id}#application-{application_id}"
    page = client.get(response.headers["location"]).text
    assert "is now interviewing (round 2)" in page
    assert '<option value="interviewing" selected>' in page
    assert re.search(rf'id="round-{application_id}" name="round" type="text" inputmode="numeric" value="2"',
                     page)


def test_a_bad_round_shows_the_error_next_to_it_and_keeps_the_input(
    client: TestClient, application_id: int
) -> None:
    response = client.post(f"/pipeline/{application_id}/stage", data={"stage": "offer", "round": "two"})
    assert response.status_code == 400
    page = response.text
    error = f'id="round-{application_id}-error" class="field-error"><strong>Give the round as a whole number'
    assert error in page
    assert 'value="two" aria-describedby' in page
    assert '<option value="offer" selected>' in page
    out_of_range = client.post(f"/pipeline/{application_id}/stage",
                               data={"stage": "interviewing", "round": "40"})
    assert out_of_range.status_code == 400
    assert "Round 40 is out of range." in out_of_range.text
    unknown = client.post(f"/pipeline/{application_id}/stage", data={"stage": "hired", "round": "1"})
    assert unknown.status_code == 400
    assert "Choose one of the stages." in unknown.text


# --- debrief ----------------------------------------------------------------------------------


def test_debrief_form_starts_today_at_the_next_round_with_the_bank_to_pick_from(
    client: TestClient, application_id: int, kb: KnowledgeBase
) -> None:
    response = client.get(f"/applications/{application_id}/debrief")
    assert response.status_code == 200
    page = response.text
    assert field_value(page, "date") == date.today().isoformat()
    assert field_value(page, "round") == "1"
    assert '<datalist id="bank-questions">' in page
    assert page.count("<option value=") >= len(kb.questions)
    for name in ("interviewers-0-name", "interviewers-0-role", "questions-0-text", "questions-0-rating",
                 "questions-0-said", "concerns-0-text", "concerns-0-handled", "promises-0-what",
                 "promises-0-by", "next_step", "next_step_by"):
        assert f'name="{name}"' in page
        assert f'<label for="f-{name}">' in page


def test_debrief_errors_show_next_to_their_fields_and_keep_what_was_typed(
    client: TestClient, application_id: int
) -> None:
    fields = debrief_fields(**{
        "interviewers-0-name": "",
        "interviewers-0-role": "Chief Operating Officer",
        "questions-0-rating": "",
    })
    response = client.post(f"/applications/{application_id}/debrief", data=fields)
    assert response.status_code == 400
    page = response.text
    assert "The debrief was not saved" in page
    assert field_error(page, "interviewers-0-name") == "Give the interviewer's name."
    assert field_error(page, "questions-0-rating") == "Rate how your answer went, from 1 to 5."
    assert field_error(page, "questions-1-text") == ""
    assert ('id="f-questions-0-rating" name="questions-0-rating" '
            'aria-describedby="f-questions-0-rating-error" aria-invalid="true"') in page
    assert '<a href="#f-questions-0-rating">' in page
    # Everything typed is still there.
    assert field_value(page, "interviewers-0-role") == "Chief Operating Officer"
    assert field_value(page, "interviewers-1-name") == "Tom Ellis"
    assert field_value(page, "questions-0-text") == "Tell me about a time you led a major change."
    assert "I talked about wave picking at Brightline.</textarea>" in page
    assert field_value(page, "concerns-0-text") == "no change-management experience"
    assert '<option value="partly" selected>' in page
    assert client.get(f"/api/v1/applications/{application_id}/debriefs").json() == []


def test_debrief_dates_in_the_future_or_before_the_interview_are_refused(
    client: TestClient, application_id: int
) -> None:
    fields = debrief_fields(date=(date.today() + timedelta(days=3)).isoformat(),
                            **{"promises-0-by": "2001-01-01"})
    response = client.post(f"/applications/{application_id}/debrief", data=fields)
    assert response.status_code == 400
    assert "is in the future" in field_error(response.text, "date")
    assert field_error(response.text, "promises-0-by") == "Is before the interview date"
    assert field_value(response.text, "promises-0-by") == "2001-01-01"


def test_a_debrief_needs_an_interviewer(client: TestClient, application_id: int) -> None:
    fields = {"date": date.today().isoformat(), "round": "1", "interviewers-0-name": ""}
    response = client.post(f"/applications/{application_id}/debrief", data=fields)
    assert response.status_code == 400
    assert "Add at least one interviewer" in response.text


def test_add_row_buttons_add_a_focused_row_and_save_nothing(
    client: TestClient, application_id: int
) -> None:
    fields = debrief_fields(action="add-interviewer")
    response = client.post(f"/applications/{application_id}/debrief", data=fields)
    assert response.status_code == 200
    page = response.text
    assert re.search(r'name="interviewers-2-name" type="text" value=""[^>]*autofocus', page)
    assert field_value(page, "interviewers-1-name") == "Tom Ellis"
    response = client.post(f"/applications/{application_id}/debrief",
                           data=debrief_fields(action="add-question"))
    assert 'name="questions-3-text"' in response.text
    assert client.get(f"/api/v1/applications/{application_id}/debriefs").json() == []


def test_debrief_round_trip_saves_queues_weak_answers_and_moves_the_stage(
    client: TestClient, application_id: int, kb: KnowledgeBase
) -> None:
    bank_question = next(iter(kb.questions.values()))
    page = file_debrief(client, application_id, **{"questions-1-text": bank_question.text})
    assert "interviewing (round 1)" in page
    weak = "To practise again (you rated it 2 or lower): “Tell me about a time you led a major change.”"
    assert weak in page
    assert f'href="/applications/{application_id}/letter"' in page
    stored: list[dict[str, Any]] = client.get(f"/api/v1/applications/{application_id}/debriefs").json()
    assert len(stored) == 1
    saved = stored[0]
    assert [person["name"] for person in saved["interviewers"]] == ["Maria Reed", "Tom Ellis"]
    assert saved["interviewers"][0]["email"] == "maria.reed@example.com"
    assert [question["rating"] for question in saved["questions"]] == [2, 4]
    assert saved["questions"][1]["question_id"] == bank_question.id
    assert saved["concerns"][0]["handled"] == "partly"
    assert saved["promises"][0]["delivery"] == "to_follow"
    assert saved["next_step"]["what"] == "final round with the CEO"
    form = client.get(f"/applications/{application_id}/debrief").text
    assert "Earlier debriefs" in form and "Maria Reed (Chief Operating Officer)" in form
    assert field_value(form, "round") == "2"
    pipeline = client.get("/pipeline").text
    assert "Last debrief: Round 1" in pipeline
    assert "Concern raised, partly: no change-management experience" in pipeline
    assert "1 answer you rated weak" in pipeline


# --- letter -----------------------------------------------------------------------------------


def test_letter_before_any_debrief_points_to_the_debrief_form(
    client: TestClient, application_id: int
) -> None:
    response = client.get(f"/applications/{application_id}/letter")
    assert response.status_code == 200
    assert "There is no debrief" in response.text
    assert f'href="/applications/{application_id}/debrief"' in response.text
    assert "<textarea" not in response.text


def test_letter_is_editable_and_downloads_as_eml(client: TestClient, application_id: int) -> None:
    file_debrief(client, application_id)
    page = client.get(f"/applications/{application_id}/letter").text
    assert '<label for="body">Letter</label>' in page
    body = re.search(r'<textarea id="body"[^>]*>\n(.*?)</textarea>', page, re.S)
    assert body and "Dear Maria" in body.group(1)
    assert "no change-management experience" in html.unescape(body.group(1))
    assert "Download .eml" in page
    assert "Sign the letter: type your name" in page
    assert f'href="/applications/{application_id}/letter?interviewer=Tom+Ellis"' in page
    to_tom = client.get(f"/applications/{application_id}/letter?interviewer=Tom+Ellis").text
    assert "Dear Tom" in to_tom
    assert '<input type="hidden" name="interviewer" value="Tom Ellis">' in to_tom

    draft = client.get(f"/applications/{application_id}/letter.eml")
    assert draft.status_code == 200
    assert draft.headers["content-type"].startswith("message/rfc822")
    assert draft.headers["content-disposition"] == f'attachment; filename="thank-you-{application_id}.eml"'
    message = email.message_from_bytes(draft.content, policy=policy.default)
    assert message["To"] == "Maria Reed <maria.reed@example.com>"
    assert "Director of Operations" in message["Subject"]

    edited = client.post(f"/applications/{application_id}/letter.eml", data={
        "subject": "Thank you, Maria", "body": "Dear Maria,\r\n\r\nThank you for today.\r\n",
        "interviewer": "Maria Reed", "sender": "Daniel Hartley",
    })
    assert edited.status_code == 200
    assert edited.headers["content-disposition"].startswith("attachment;")
    message = email.message_from_bytes(edited.content, policy=policy.default)
    assert message["Subject"] == "Thank you, Maria"
    content = message.get_body(preferencelist=("plain",))
    assert content is not None
    assert content.get_content() == "Dear Maria,\n\nThank you for today.\n"


def test_letter_signed_by_the_sender_and_an_empty_edit_keeps_the_subject(
    client: TestClient, application_id: int
) -> None:
    file_debrief(client, application_id)
    signed = client.get(f"/applications/{application_id}/letter?sender=Daniel+Hartley").text
    assert "Kind regards,\nDaniel Hartley\n</textarea>" in signed
    assert "Sign the letter" not in signed
    assert 'href="/applications/1/letter.eml?sender=Daniel+Hartley"' in signed
    response = client.post(f"/applications/{application_id}/letter.eml",
                           data={"subject": "My own subject", "body": "   "})
    assert response.status_code == 400
    assert "The letter is empty." in response.text
    assert 'value="My own subject"' in response.text


def test_a_letter_signed_on_the_page_signs_the_follow_up_calendar_too(
    client: TestClient, application_id: int
) -> None:
    file_debrief(client, application_id, **{"interviewers-0-address_as": "Dr Reed"})
    unsigned = client.get(f"/applications/{application_id}/followups.ics").content.decode()
    assert "[your name]" in unsigned.replace("\r\n ", "")
    signed = client.get(f"/applications/{application_id}/letter?sender=Daniel+Hartley").text
    assert "Dear Dr Reed," in signed  # greeted as the debrief form said
    calendar = client.get(f"/applications/{application_id}/followups.ics").content.decode()
    unfolded = calendar.replace("\r\n ", "")
    assert "[your name]" not in unfolded and "Daniel Hartley" in unfolded


# --- follow-ups -------------------------------------------------------------------------------


def test_followups_before_any_debrief_point_to_the_debrief_form(
    client: TestClient, application_id: int
) -> None:
    page = client.get(f"/applications/{application_id}/followups").text
    assert "There is no debrief for this application yet." in page
    assert f'href="/applications/{application_id}/debrief"' in page
    assert "Download .ics" not in page


def test_followups_show_each_step_and_download_as_ics(client: TestClient, application_id: int) -> None:
    file_debrief(client, application_id)
    page = client.get(f"/applications/{application_id}/followups").text
    steps = re.findall(r'<li class="card step', page)
    assert len(steps) >= 2
    assert "Send your thank-you letter to Maria Reed and Tom Ellis" in html.unescape(page)
    assert f'<time datetime="{date.today().isoformat()}">' in page
    assert '<pre class="draft">' in page
    assert f'href="/applications/{application_id}/followups.ics" download' in page

    response = client.get(f"/applications/{application_id}/followups.ics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    assert response.headers["content-disposition"] == f'attachment; filename="followups-{application_id}.ics"'
    calendar = icalendar.Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(steps)
    assert events[0].decoded("dtstart") == date.today()


def test_closed_application_has_no_follow_ups(client: TestClient, application_id: int) -> None:
    file_debrief(client, application_id)
    client.post(f"/pipeline/{application_id}/stage", data={"stage": "declined", "round": "1"})
    page = client.get(f"/applications/{application_id}/followups").text
    assert "no more follow-ups" in page
    assert "Download .ics" not in page


def test_unknown_application_pages_are_friendly_404s(client: TestClient) -> None:
    for path in ("/applications/999/debrief", "/applications/999/letter", "/applications/999/followups",
                 "/applications/999/letter.eml", "/applications/999/followups.ics"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "No application with id 999" in response.text
