"""Pages for applications, stories, the brief, the quiz, salary and weakness prep, settings and home."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import make_url
from tests.fit.conftest import JOB, RESUME
from tests.interview.conftest import CONCERN_REPLY, DONE, PAUSE, STORY, stub_tools

from poise.content.loader import KnowledgeBase
from poise.interview.progress import Progress
from poise.services.practice import answer_practice, start_practice
from poise.settings import Settings
from poise.store.db import Database, mask_database_url
from poise.web.app import create_app
from poise.web.contexts.dashboard import progress_chart

STORY_FIELDS = {
    "title": "Leeds turnaround",
    "competencies": ["results_achievements", "organising"],
    "circumstances": "In 2021 our Leeds warehouse shipped 18% of orders late and lost two clients.",
    "actions": (
        "I met each of the four shift managers, rebuilt the pick routes with the planners and set "
        "a daily fifteen-minute backlog review. I negotiated a 1.2 million budget for scanners."
    ),
    "results": "By June my team had cut late orders to 3% and won back one client worth 4 million.",
    "lesson": "Fix the flow before adding people.",
}
CONCERN_ANSWER = (
    "That's a fair point: I have not led a team of 45 yet. At Maison Verte I lead 12 people and "
    "own a 2 million budget. In my first 30 days I would meet every site manager one to one. "
    "Does that address your concern?"
)
FIELD = re.compile(r'<(input|select|textarea)\b([^>]*)>')


@pytest.fixture
def app(tmp_path: Path) -> FastAPI:
    """A fresh app on the test's own SQLite database, without warming the models up."""
    return create_app(Settings(data_dir=tmp_path / "data", database_url=""), warm_up=False)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    """A started client."""
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def db(client: TestClient) -> Database:
    """The database the started app opened."""
    database: Database = client.app.state.db  # type: ignore[attr-defined]
    return database


def _create(client: TestClient, *, company: str = "Halden Freight") -> int:
    response = client.post(
        "/applications/new",
        data={"company": company, "title": "", "job_text": JOB, "resume_text": RESUME},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    found = re.fullmatch(r"/applications/(\d+)", response.headers["location"])
    assert found
    return int(found.group(1))


def _story(client: TestClient, **changes: object) -> int:
    data = {**STORY_FIELDS, **changes}
    response = client.post("/stories/new", data=data, follow_redirects=False)
    assert response.status_code == 303, response.text
    found = re.fullmatch(r"/stories/(\d+)\?done=saved", response.headers["location"])
    assert found
    return int(found.group(1))


def _field_text(page: str, field_id: str) -> str:
    """The content of a textarea as the browser shows it."""
    found = re.search(rf'<textarea id="{field_id}"[^>]*>(.*?)</textarea>', page, re.S)
    assert found, f"no textarea {field_id}"
    text = found.group(1)
    return html.unescape(text[1:] if text.startswith("\n") else text)


def _error(page: str, field_id: str) -> str:
    found = re.search(rf'<p id="{field_id}-error" class="field-error"[^>]*>(.*?)</p>', page, re.S)
    assert found, f"no error slot for {field_id}"
    return html.unescape(found.group(1))


def _unlabelled(page: str) -> list[str]:
    """Ids of visible form fields with no ``<label for>``."""
    missing = []
    for _tag, attributes in FIELD.findall(page):
        if 'type="hidden"' in attributes:
            continue
        found = re.search(r'\bid="([^"]+)"', attributes)
        if found is None:
            missing.append(attributes.strip()[:60])
        elif f'<label for="{found.group(1)}"' not in page:
            missing.append(found.group(1))
    return missing


def _practise(db: Database, kb: KnowledgeBase, application_id: int | None, *, overall: int) -> int:
    """One mock interview run to its end with a stub analyser scoring every answer ``overall``."""
    tools = stub_tools(lambda question, answer, context: set(), overall=overall)
    step = start_practice(db, interview_format="competency", application_id=application_id, seed=5,
                          kb=kb)
    for _ in range(40):
        if step.prompt.kind == "closing":
            break
        step = answer_practice(db, step.session_id, STORY, seconds=60, kb=kb, tools=tools)
    for line in (PAUSE, CONCERN_REPLY, DONE):
        step = answer_practice(db, step.session_id, line, kb=kb, tools=tools)
    assert step.ended
    return step.session_id


# --- every page -----------------------------------------------------------------------------------


def test_every_page_renders_with_labels_and_the_new_nav(client: TestClient) -> None:
    application_id = _create(client)
    story_id = _story(client, application_id=str(application_id))
    pages = [
        "/", "/applications/new", f"/applications/{application_id}",
        f"/applications/{application_id}/brief", f"/applications/{application_id}/quiz",
        f"/applications/{application_id}/prep", "/stories", f"/stories?application_id={application_id}",
        "/stories/new", f"/stories/{story_id}", f"/stories/{story_id}/delete", "/settings",
    ]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        page = response.text
        assert '<nav aria-label="Main">' in page, path
        assert _unlabelled(page) == [], path
        for href, label in (("/pipeline", "Applications"), ("/stories", "Stories"),
                            ("/practice", "Practice"), ("/questions", "Question bank"),
                            ("/analyse", "Analyse"), ("/settings", "Settings")):
            assert re.search(rf'<a href="{href}"( aria-current="page")?>{label}</a>', page), (path, href)
        sources = re.findall(r'(?:src|href|action)="([^"]+)"', page)
        for source in sources:
            assert not source.startswith(("http:", "https:", "//")), (path, source)


def test_application_pages_are_404_for_an_unknown_id(client: TestClient) -> None:
    for path in ("/applications/99", "/applications/99/brief", "/applications/99/quiz",
                 "/applications/99/prep", "/stories/99"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "text/html" in response.headers["content-type"]


def test_home_shows_first_steps_when_nothing_is_stored(client: TestClient) -> None:
    page = client.get("/").text
    assert "Start here" in page
    for href in ("/applications/new", "/stories/new", "/practice", "/analyse"):
        assert f'href="{href}"' in page
    assert "progress-chart" not in page
    assert '<a href="/" aria-current="page">Home</a>' in page


# --- new application --------------------------------------------------------------------------------


def test_create_an_application_by_paste_opens_its_fit_and_concerns(client: TestClient) -> None:
    application_id = _create(client)
    page = client.get(f"/applications/{application_id}").text
    assert "Director of Operations at Halden Freight" in page
    assert re.search(r'<p class="meta-line">Level: [^<·]+ · Stage: ', page)  # never "VP / C-level level"
    assert page.count('class="fit-row"') == 10
    assert re.search(r'<span class="strength strength-(strong|partial|none)">', page)
    assert "“Led a team of 12 pickers in a distribution centre for 140 stores.”" in page
    # Concerns ranked by severity, each with why (quotes), the plan and an editable draft.
    severities = re.findall(r'<article class="concern card finding-(\w+)"', page)
    assert severities and severities == sorted(severities, key=["high", "medium", "low"].index)
    assert "Why, an answer plan and a draft" in page and '<li class="concern-quote"' in page
    for step in ("Acknowledge", "Evidence", "Time-bound plan", "Check back"):
        assert f'<span class="plan-label">{step}</span>' in page
    draft = _field_text(page, "concern-1-answer")
    assert draft.startswith(("I understand", "That's a fair point"))
    assert 'hx-trigger="keyup changed delay:300ms"' in page
    assert "Questions likely for this role" in page and "Questions to ask at the end" in page
    for suffix in ("/brief", "/quiz", "/debrief", "/letter", "/followups", "/prep"):
        assert f'href="/applications/{application_id}{suffix}"' in page
    assert f'href="/practice?application={application_id}"' in page


def test_the_application_page_shows_what_was_read_from_the_resume(client: TestClient) -> None:
    application_id = _create(client)
    page = client.get(f"/applications/{application_id}").text
    assert "What Poise read from your résumé" in page
    rows = re.findall(r'<tr class="resume-(\w+)"><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td></tr>',
                      page)
    assert rows == [
        ("role", "Mar 2018 – present", "Operations Manager", "Maison Verte Retail"),
        ("gap", "Jul 2017 – Feb 2018", "Time between roles", ""),
        ("role", "Jan 2015 – Jun 2017", "Shift Lead", "Carrefour"),
        ("role", "2012 – 2014", "Logistics Coordinator", "DHL"),
    ]
    assert "<dt>Languages</dt><dd>French (native), English (C1)</dd>" in page
    assert "<dt>Location</dt><dd>Lyon, France</dd>" in page


def test_create_an_application_by_uploading_a_docx(client: TestClient, tmp_path: Path) -> None:
    document = Document()
    for line in RESUME.splitlines():
        document.add_paragraph(line.lstrip("#- ").strip())
    path = tmp_path / "resume.docx"
    document.save(str(path))
    files = {"resume_file": ("resume.docx", path.read_bytes(),
                             "application/vnd.openxmlformats-officedocument.wordprocessingml.document")}
    response = client.post("/applications/new", data={"company": "Halden", "job_text": JOB},
                           files=files, follow_redirects=False)
    assert response.status_code == 303, response.text
    page = client.get(response.headers["location"]).text
    assert "Maison Verte" in page


def test_a_binary_named_pdf_is_an_error_next_to_the_resume_and_keeps_the_rest(
    client: TestClient,
) -> None:
    files = {"resume_file": ("resume.pdf", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
                             "application/pdf")}
    response = client.post("/applications/new",
                           data={"company": "Halden <Freight>", "title": "Ops lead", "job_text": JOB},
                           files=files)
    assert response.status_code == 400
    page = response.text
    error = _error(page, "resume")
    assert "resume.pdf" in error and "PNG" in error
    assert _error(page, "job") == ""
    assert _field_text(page, "job-text") == JOB
    assert 'value="Halden &lt;Freight&gt;"' in page and 'value="Ops lead"' in page
    assert re.search(r'<textarea id="resume-text"[^>]*aria-invalid="true"', page)


def test_missing_company_and_resume_are_errors_next_to_their_fields(client: TestClient) -> None:
    response = client.post("/applications/new", data={"company": " ", "job_text": JOB})
    assert response.status_code == 400
    page = response.text
    assert "company name is missing" in _error(page, "company")
    assert "résumé is missing" in _error(page, "resume")
    assert _error(page, "job") == ""
    assert _field_text(page, "job-text") == JOB


def test_a_file_read_before_another_field_failed_is_kept_as_text(
    client: TestClient, tmp_path: Path
) -> None:
    files = {"job_file": ("job.md", JOB.encode(), "text/markdown")}
    response = client.post("/applications/new", data={"company": "Halden"}, files=files)
    assert response.status_code == 400
    page = response.text
    assert _field_text(page, "job-text") == JOB
    assert "Read from job.md." in page


# --- one application --------------------------------------------------------------------------------


def test_a_concern_reply_is_judged_as_a_fragment_for_htmx(client: TestClient) -> None:
    application_id = _create(client)
    page = client.get(f"/applications/{application_id}").text
    concern_id = re.search(r'action="/applications/\d+/concerns/([^/"]+)/answer', page).group(1)
    response = client.post(
        f"/applications/{application_id}/concerns/{concern_id}/answer",
        data={"answer": CONCERN_ANSWER, "index": "1", "live": "1"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    fragment = response.text
    assert "<html" not in fragment and "<nav" not in fragment
    assert 'class="score-number"' in fragment and '<table class="dimensions">' in fragment
    assert '<p id="concern-1-error" hx-swap-oob="innerHTML"></p>' in fragment


def test_a_concern_reply_without_javascript_renders_the_page_with_the_report(
    client: TestClient,
) -> None:
    application_id = _create(client)
    page = client.get(f"/applications/{application_id}").text
    concern_id = re.search(r'action="/applications/\d+/concerns/([^/"]+)/answer', page).group(1)
    response = client.post(f"/applications/{application_id}/concerns/{concern_id}/answer",
                           data={"answer": CONCERN_ANSWER, "index": "1"})
    assert response.status_code == 200
    page = response.text
    assert "<html" in page and 'class="score-number"' in page
    assert _field_text(page, "concern-1-answer") == CONCERN_ANSWER
    # The judged card opens on its answer and report; the others stay folded.
    folds = re.findall(r'<details class="concern-more"( open)?>', page)
    assert folds[0] == " open" and all(not fold for fold in folds[1:])
    # Its own answer differs from the draft, so the plan is shown step by step beside it.
    assert '<ol class="plan" aria-label="Answer plan">' in page


def test_a_judged_answer_is_kept_as_the_candidates_and_used_by_the_brief(client: TestClient) -> None:
    application_id = _create(client)
    page = client.get(f"/applications/{application_id}").text
    concern_id = re.search(r'action="/applications/\d+/concerns/([^/"]+)/answer', page).group(1)
    url = f"/applications/{application_id}/concerns/{concern_id}/answer"
    # Typing is judged live but not kept; "Judge my answer" keeps it.
    client.post(url, data={"answer": "Half a thought", "index": "1", "live": "1"},
                headers={"HX-Request": "true"})
    assert "Half a thought" not in client.get(f"/applications/{application_id}").text
    client.post(url, data={"answer": CONCERN_ANSWER, "index": "1"}, headers={"HX-Request": "true"})
    reloaded = client.get(f"/applications/{application_id}").text
    assert _field_text(reloaded, "concern-1-answer") == CONCERN_ANSWER
    assert '<span class="tag tag-mine">Yours</span>' in reloaded
    brief = client.get(f"/applications/{application_id}/brief.html").text
    assert "(your answer)" in brief
    # Computing the fit again keeps it.
    client.post(f"/applications/{application_id}/refit")
    assert _field_text(client.get(f"/applications/{application_id}").text,
                       "concern-1-answer") == CONCERN_ANSWER


def test_an_empty_concern_reply_is_an_error_only_when_submitted(client: TestClient) -> None:
    application_id = _create(client)
    page = client.get(f"/applications/{application_id}").text
    concern_id = re.search(r'action="/applications/\d+/concerns/([^/"]+)/answer', page).group(1)
    url = f"/applications/{application_id}/concerns/{concern_id}/answer"
    live = client.post(url, data={"answer": " ", "index": "1", "live": "1"},
                       headers={"HX-Request": "true"})
    assert live.status_code == 200 and "Your report appears here" in live.text
    submitted = client.post(url, data={"answer": " ", "index": "1"}, headers={"HX-Request": "true"})
    assert submitted.status_code == 400
    error = re.search(r'<p id="concern-1-error" hx-swap-oob="innerHTML">(.*?)</p>', submitted.text)
    assert error and "empty" in error.group(1)


def test_rename_an_application_and_keep_what_was_typed_on_error(client: TestClient) -> None:
    application_id = _create(client)
    response = client.post(f"/applications/{application_id}",
                           data={"company": "Halden Group", "title": "Operations Director"},
                           follow_redirects=False)
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert "Operations Director at Halden Group" in page and "Saved the company and title." in page
    response = client.post(f"/applications/{application_id}",
                           data={"company": "  ", "title": "Typed title"})
    assert response.status_code == 400
    assert "company name is empty" in _error(response.text, "edit-company")
    assert 'value="Typed title"' in response.text
    assert "<details class=\"edit-details\" open>" in response.text


def test_remove_a_concern_then_bring_it_back_by_computing_the_fit_again(client: TestClient) -> None:
    application_id = _create(client)
    page = client.get(f"/applications/{application_id}").text
    before = page.count('<article class="concern card')
    concern_id = re.search(r'action="/applications/\d+/concerns/([^/"]+)/remove', page).group(1)
    response = client.post(f"/applications/{application_id}/concerns/{concern_id}/remove",
                           follow_redirects=False)
    assert response.status_code == 303
    page = client.get(f"/applications/{application_id}").text
    assert page.count('<article class="concern card') == before - 1
    assert f"/concerns/{concern_id}/remove" not in page
    client.post(f"/applications/{application_id}/refit")
    page = client.get(f"/applications/{application_id}").text
    assert page.count('<article class="concern card') == before


# --- story bank -------------------------------------------------------------------------------------


def test_story_create_update_and_delete(client: TestClient) -> None:
    story_id = _story(client)
    page = client.get(f"/stories/{story_id}?done=saved").text
    assert "Story saved." in page and 'value="Leeds turnaround"' in page
    assert 'id="competency-organising" name="competencies" value="organising" checked' in page
    assert _field_text(page, "story-actions") == STORY_FIELDS["actions"]
    assert 'class="score-number"' in page and "Reads as" in page

    changed = {**STORY_FIELDS, "title": "Leeds warehouse turnaround", "competencies": ["organising"]}
    response = client.post(f"/stories/{story_id}", data=changed, follow_redirects=False)
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert 'value="Leeds warehouse turnaround"' in page
    assert 'value="results_achievements" checked' not in page

    listing = client.get("/stories").text
    assert f'href="/stories/{story_id}">Leeds warehouse turnaround</a>' in listing
    assert '<table class="coverage">' in listing and "status-row-none" in listing

    confirm = client.get(f"/stories/{story_id}/delete").text
    assert "cannot be undone" in confirm and f'action="/stories/{story_id}/delete"' in confirm
    response = client.post(f"/stories/{story_id}/delete", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/stories?done=deleted"
    assert client.get(f"/stories/{story_id}").status_code == 404
    assert "No stories yet" in client.get("/stories?done=deleted").text


def test_a_story_without_competency_is_not_saved_and_keeps_the_text(client: TestClient) -> None:
    data = {**STORY_FIELDS, "competencies": []}
    response = client.post("/stories/new", data=data)
    assert response.status_code == 400
    page = response.text
    assert "at least one competency" in _error(page, "competencies")
    assert _field_text(page, "story-circumstances") == STORY_FIELDS["circumstances"]
    assert 'value="Leeds turnaround"' in page


def test_the_live_story_fragment_judges_and_calibrates_the_draft(client: TestClient) -> None:
    response = client.post("/stories/feedback", data={**STORY_FIELDS, "title": "", "target": "director"})
    assert response.status_code == 200
    fragment = response.text
    assert "<html" not in fragment
    assert 'class="score-number"' in fragment
    assert re.search(r'<mark class="sev-\w+|class="role role-actions"', fragment)
    assert "Reads as" in fragment and "Director" in fragment
    assert "Judged as the answer to" in fragment


def test_the_live_story_fragment_of_a_story_linked_to_no_role_says_so(client: TestClient) -> None:
    fragment = client.post("/stories/feedback", data={**STORY_FIELDS, "title": ""}).text
    assert "Not linked to a role" in fragment and "Matches the role" not in fragment
    assert "for a Manager role" not in fragment and "not linked to a role" in fragment


def test_the_live_story_fragment_asks_for_a_competency_first(client: TestClient) -> None:
    response = client.post("/stories/feedback", data={**STORY_FIELDS, "competencies": []})
    assert response.status_code == 200
    assert "Tick the competency" in response.text and "score-number" not in response.text


def test_story_editor_wires_live_feedback(client: TestClient) -> None:
    page = client.get("/stories/new?competency=organising").text
    assert page.count('hx-trigger="keyup changed delay:300ms"') == 4
    assert 'hx-post="/stories/feedback"' in page
    assert 'value="organising" checked' in page


# --- brief and quiz ---------------------------------------------------------------------------------


def test_the_brief_page_html_and_pdf(client: TestClient) -> None:
    application_id = _create(client)
    page = client.get(f"/applications/{application_id}/brief").text
    assert f'href="/applications/{application_id}/brief.pdf"' in page and "Download PDF" in page
    assert f'<iframe class="brief-frame" src="/applications/{application_id}/brief.html"' in page
    printable = client.get(f"/applications/{application_id}/brief.html")
    assert printable.status_code == 200 and "Halden Freight" in printable.text
    assert "@page" in printable.text
    pdf = client.get(f"/applications/{application_id}/brief.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert pdf.headers["content-type"] == "application/pdf"
    assert 'filename="poise-brief-' in pdf.headers["content-disposition"]


def test_quiz_round_trip(client: TestClient) -> None:
    application_id = _create(client)
    base = f"/applications/{application_id}"
    response = client.post(f"{base}/facts", data={"prompt": "Year founded", "answer": "1987"},
                           follow_redirects=False)
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert "Fact added" in page and "Year founded" in page
    answers = {fact["card_id"]: fact["answer"]
               for fact in client.get(f"/api/v1/applications/{application_id}/facts").json()}

    card = int(re.search(r'name="card_id" value="(\d+)"', page).group(1))
    page = client.post(f"{base}/quiz", data={"card_id": str(card), "answer": answers[card]}).text
    assert '<p class="quiz-verdict">Right.</p>' in page
    assert html.escape(answers[card]) in page

    card = int(re.search(r'name="card_id" value="(\d+)"', page).group(1))
    page = client.post(f"{base}/quiz", data={"card_id": str(card), "answer": "no idea"}).text
    assert '<p class="quiz-verdict">Not quite.</p>' in page
    assert f"The answer: <strong>{html.escape(answers[card])}</strong>" in page

    empty = client.post(f"{base}/quiz", data={"card_id": str(card), "answer": " "})
    assert empty.status_code == 400 and "Type your answer" in _error(empty.text, "quiz-answer")


def test_an_empty_fact_is_an_error_next_to_its_field(client: TestClient) -> None:
    application_id = _create(client)
    response = client.post(f"/applications/{application_id}/facts",
                           data={"prompt": "Revenue 2025", "answer": " "})
    assert response.status_code == 400
    assert _error(response.text, "fact-answer") != ""
    assert 'value="Revenue 2025"' in response.text


def test_delete_a_company_fact(client: TestClient) -> None:
    application_id = _create(client)
    client.post(f"/applications/{application_id}/facts", data={"prompt": "CEO", "answer": "Ines Dahl"})
    facts = client.get(f"/api/v1/applications/{application_id}/facts").json()
    fact = next(item for item in facts if item["prompt"] == "CEO")
    response = client.post(f"/applications/{application_id}/facts/{fact['id']}/delete",
                           follow_redirects=False)
    assert response.status_code == 303
    assert "Ines Dahl" not in client.get(f"/applications/{application_id}/quiz").text


# --- salary and weakness ---------------------------------------------------------------------------


def test_salary_prep_judges_both_answers(client: TestClient) -> None:
    application_id = _create(client)
    response = client.post(f"/applications/{application_id}/prep/salary",
                           data={"low": "95k", "high": "120,000", "currency": "EUR",
                                 "source": "Hays 2026 salary guide"})
    assert response.status_code == 200
    page = response.text
    assert page.count('class="score-number"') == 2
    assert "95,000–120,000 EUR (Hays 2026 salary guide)" in page


def test_salary_errors_sit_next_to_their_fields(client: TestClient) -> None:
    application_id = _create(client)
    url = f"/applications/{application_id}/prep/salary"
    page = client.post(url, data={"low": "lots", "high": "120000", "source": "Hays"}).text
    assert "as a number" in _error(page, "salary-low") and 'value="lots"' in page
    response = client.post(url, data={"low": "90000", "high": "120000", "source": " "})
    assert response.status_code == 400
    assert "Say where the range comes from" in _error(response.text, "salary-source")


def test_weakness_prep_is_judged(client: TestClient) -> None:
    application_id = _create(client)
    response = client.post(f"/applications/{application_id}/prep/weakness", data={
        "shortcoming": "I used to take on too much detail myself instead of delegating",
        "steps": "I now agree outcomes with my leads and review them weekly",
        "progress": "Last quarter my leads ran the peak plan and I stepped in only twice",
    })
    assert response.status_code == 200
    assert 'id="weakness-result"' in response.text and 'class="score-number"' in response.text
    assert 'hx-select="#weakness-result"' in response.text


# --- settings --------------------------------------------------------------------------------------


def test_settings_show_where_the_data_lives_and_export_it(client: TestClient, tmp_path: Path) -> None:
    _create(client)
    page = client.get("/settings").text
    assert "sqlite:///" in page and str(tmp_path / "data") in page
    response = client.get("/settings/export")
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="poise-export.json"'
    data = json.loads(response.text)
    assert data["format"] == "poise-export"
    assert data["tables"]["application"][0]["company"] == "Halden Freight"


def test_settings_show_the_database_with_its_password_masked(
    database_url: str, tmp_path: Path
) -> None:
    app = create_app(Settings(data_dir=tmp_path / "data", database_url=database_url), warm_up=False)
    with TestClient(app) as client:
        page = client.get("/settings").text
    password = make_url(database_url).password
    assert html.escape(mask_database_url(database_url)) in page
    if password:
        assert str(password) not in page and "***" in page
    backend = "PostgreSQL" if database_url.startswith("postgresql") else "SQLite"
    assert backend in page


def test_delete_all_data_needs_the_word_delete(client: TestClient) -> None:
    _create(client)
    response = client.post("/settings/delete", data={"confirm": "delete"})
    assert response.status_code == 400
    assert "Type DELETE" in _error(response.text, "confirm") and 'value="delete"' in response.text
    assert client.get("/settings/export").json()["tables"]["application"]
    assert client.get("/settings/delete").status_code == 405

    response = client.post("/settings/delete", data={"confirm": "DELETE"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/settings?done=deleted"
    assert "All your data has been deleted." in client.get(response.headers["location"]).text
    assert client.get("/settings/export").json()["tables"]["application"] == []
    assert "Start here" in client.get("/").text


# --- home -------------------------------------------------------------------------------------------


def test_home_shows_applications_recent_practice_and_the_progress_chart(
    client: TestClient, db: Database, kb: KnowledgeBase
) -> None:
    application_id = _create(client)
    first = _practise(db, kb, application_id, overall=50)
    second = _practise(db, kb, application_id, overall=80)
    page = client.get("/").text
    assert "Your preparation" in page and "Start here" not in page
    assert f'href="/applications/{application_id}"' in page
    assert "Finish your research and send the application" in page
    for session_id in (first, second):
        assert f'href="/practice/{session_id}/report"' in page
    assert page.count('<svg class="progress-chart"') >= 2
    assert '<title id="progress-overall-title">Overall score: 80 out of 100 in the latest session, up 30' \
        in page
    assert re.search(r'<polyline class="progress-line" points="[\d.]+,[\d.]+ [\d.]+,[\d.]+">', page)
    table = re.search(r'<details class="progress-data">(.*?)</details>', page, re.S)
    assert table and table.group(1).count("<tr><th scope=\"row\">") == 2


def test_the_progress_chart_puts_higher_scores_higher(kb: KnowledgeBase) -> None:
    progress = {
        "overall": {"points": [
            {"session_id": 1, "ended_at": "2026-03-02T10:00:00+00:00", "format": "panel", "score": 40},
            {"session_id": 2, "ended_at": "2026-03-09T10:00:00+00:00", "format": "stress", "score": 70},
        ]},
        "by_dimension": [{"dimension": "evidence", "label": "Evidence", "points": [
            {"session_id": 1, "score": 2.0}, {"session_id": 2, "score": 4.5}]}],
    }
    chart = progress_chart(Progress.from_dict(progress), kb)
    assert chart is not None and chart.sessions == 2
    overall, evidence = chart.panels
    assert overall.points[1].y < overall.points[0].y and overall.points[1].x > overall.points[0].x
    assert evidence.trend == "up" and evidence.latest == "4.5/5"
    assert chart.rows[0] == ("1. Panel interview, 2 Mar", ("40", "2.0"))
    assert progress_chart(Progress.from_dict({"overall": None, "by_dimension": []}), kb) is None


def test_a_resume_in_another_language_is_an_error_next_to_the_resume(client: TestClient) -> None:
    german = (
        "Berufserfahrung\nseit 09/2017 Leiter Fertigung, Brenner GmbH, Ingolstadt\n"
        "- Führung von 3 Meisterbereichen mit ca. 180 Mitarbeitenden und die Einführung von TPM\n"
        "- Steigerung der OEE von 71 % auf 82 % in drei Jahren und die Schulung der Mitarbeiter\n"
        "- Verantwortlich für die Rezertifizierung und die Abstimmung mit dem Betriebsrat\n"
    )
    response = client.post("/applications/new",
                           data={"company": "Halden", "job_text": JOB, "resume_text": german})
    assert response.status_code == 400
    assert "appears to be in German" in _error(response.text, "resume")
    assert _error(response.text, "job") == ""
    assert client.get("/applications").text.count("Halden") == 0
