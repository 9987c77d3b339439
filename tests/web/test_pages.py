"""HTML pages: home, question bank with filters, and the analyse page with and without htmx."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

from poise.content.loader import KnowledgeBase

QUESTION_CARD = re.compile(r'<li class="question card" id="([a-z_]+\.[a-z0-9_]+)">')


def _ids(page: str) -> list[str]:
    return QUESTION_CARD.findall(page)


def _typed_answer(page: str) -> str:
    """The answer textarea's content, as the browser shows it."""
    found = re.search(r'<textarea id="answer"[^>]*>(.*?)</textarea>', page, re.S)
    assert found, "no answer textarea"
    text = found.group(1)
    # HTML drops one newline right after <textarea>; the template writes one for that reason.
    if text.startswith("\n"):
        text = text[1:]
    return html.unescape(text)


def test_home_shows_nav_skip_link_and_counts(client: TestClient, kb: KnowledgeBase) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = response.text
    assert 'class="skip-link" href="#main"' in page
    assert '<main id="main"' in page
    assert '<nav aria-label="Main">' in page
    for href, label in (
        ("/", "Home"),
        ("/questions", "Question bank"),
        ("/analyse", "Analyse an answer"),
    ):
        assert f'<a href="{href}"' in page and label in page
    assert '<a href="/" aria-current="page">Home</a>' in page
    assert f'<span class="stat-number">{len(kb.questions)}</span> interview questions' in page
    assert "How to prepare" in page


def test_pages_load_only_local_assets(client: TestClient) -> None:
    for path in ("/", "/questions?family=failures", "/analyse"):
        page = client.get(path).text
        sources = re.findall(r'(?:src|href)="([^"]+)"', page)
        assert sources
        for source in sources:
            assert not source.startswith(("http:", "https:", "//")), source
    htmx = client.get("/static/vendor/htmx.min.js")
    assert htmx.status_code == 200
    assert htmx.text.startswith("/*! htmx 2.")
    assert "Zero-Clause BSD" in client.get("/static/vendor/htmx.LICENSE.txt").text


def test_questions_lists_the_whole_bank(client: TestClient, kb: KnowledgeBase) -> None:
    response = client.get("/questions")
    assert response.status_code == 200
    ids = _ids(response.text)
    assert len(ids) >= 200
    assert sorted(ids) == sorted(kb.questions)


def test_questions_show_details_for_each_question(client: TestClient, kb: KnowledgeBase) -> None:
    page = client.get("/questions?family=weaknesses").text
    question = kb.questions_in("weaknesses")[0]
    assert html.escape(question.text, quote=False) in page
    assert html.escape(question.really_asking) in page
    assert html.escape(question.good_shape) in page
    assert html.escape(question.pitfalls[0]) in page
    for summary in ("What they are really asking", "A strong answer", "Pitfalls"):
        assert f"<summary>{summary}</summary>" in page
    assert f'href="/analyse?question={question.id}"' in page


@pytest.mark.parametrize(
    ("param", "value"),
    [("family", "failures"), ("competency", "time_management"), ("format", "stress")],
)
def test_questions_filter_by_one_field(
    client: TestClient, kb: KnowledgeBase, param: str, value: str
) -> None:
    response = client.get("/questions", params={param: value})
    assert response.status_code == 200
    ids = _ids(response.text)
    expected = kb.find_questions(
        family=value if param == "family" else None,
        competency=value if param == "competency" else None,
        interview_format=value if param == "format" else None,
    )
    assert ids == [question.id for question in expected]
    assert 0 < len(ids) < len(kb.questions)
    assert f'<option value="{value}" selected>' in response.text


def test_questions_filters_combine_and_empty_values_mean_any(
    client: TestClient, kb: KnowledgeBase
) -> None:
    page = client.get("/questions?family=achievements&competency=&format=panel").text
    ids = _ids(page)
    assert ids
    for question_id in ids:
        question = kb.questions[question_id]
        assert question.family == "achievements" and "panel" in question.formats
    assert "Clear filters" in page


def test_questions_unknown_filter_is_a_friendly_400_page(client: TestClient) -> None:
    response = client.get("/questions?family=astrology")
    assert response.status_code == 400
    assert "text/html" in response.headers["content-type"]
    assert "Unknown family" in response.text and "What to do:" in response.text
    assert '<nav aria-label="Main">' in response.text


def test_unknown_page_is_a_friendly_404(client: TestClient) -> None:
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert "Page not found" in response.text and "/no-such-page" in response.text


def test_analyse_page_labels_every_field_and_wires_htmx(client: TestClient) -> None:
    page = client.get("/analyse").text
    field_ids = re.findall(r'<(?:input|select|textarea)[^>]* id="([^"]+)"', page)
    # The answer box and, beside it, speaking: the silence that stops a recording, a recording file.
    assert set(field_ids) == {"question", "own-question", "answer",
                              "speak-silence-answer", "speak-file-answer"}
    for field_id in field_ids:
        assert f'<label for="{field_id}">' in page
    assert 'hx-post="/analyse/report"' in page
    assert "keyup changed delay:300ms" in page
    assert 'method="post" action="/analyse"' in page
    assert 'id="report"' in page and "Your report appears here" in page


def test_analyse_page_preselects_a_bank_question(client: TestClient, kb: KnowledgeBase) -> None:
    question_id = kb.questions_in("failures")[0].id
    page = client.get(f"/analyse?question={question_id}").text
    assert f'<option value="{question_id}" selected>' in page


def test_analyse_form_post_without_js_renders_the_full_report(
    client: TestClient, weak_question: str, weak_answer: str
) -> None:
    response = client.post(
        "/analyse", data={"question_id": "", "own_question": weak_question, "answer": weak_answer}
    )
    assert response.status_code == 200
    page = response.text
    assert "<html" in page
    assert re.search(r'<mark class="sev-(high|medium|low)" title="[^"]+">', page)
    assert "Fix these first" in page
    assert '<table class="dimensions">' in page and "/5</td>" in page
    assert 'class="role role-' in page
    assert "Why it matters:" in page and "What to do:" in page
    # A finding's rule id is for tools (data-rule), never a line the reader sees.
    assert re.search(r'<article class="finding [^"]*" data-rule="[a-z_]+\.[a-z_.]+">', page)
    assert "Check: <code>" not in page
    # What was typed stays in the form.
    assert _typed_answer(page) == weak_answer
    assert f'value="{weak_question}"' in page


def test_analyse_form_post_with_empty_answer_keeps_what_was_typed(
    client: TestClient, kb: KnowledgeBase
) -> None:
    question_id = kb.questions_in("failures")[0].id
    response = client.post(
        "/analyse",
        data={"question_id": question_id, "own_question": "My own question?", "answer": "   "},
    )
    assert response.status_code == 400
    page = response.text
    error = re.search(r'<p id="answer-error" class="field-error"[^>]*>(.*?)</p>', page, re.S)
    assert error and "The answer is empty." in error.group(1)
    assert 'aria-invalid="true"' in page
    assert f'<option value="{question_id}" selected>' in page
    assert 'value="My own question?"' in page
    assert _typed_answer(page) == "   "
    assert re.search(r'<textarea id="answer"[^>]*>\n   </textarea>', page)


def test_analyse_form_post_with_non_english_answer_keeps_the_answer(client: TestClient) -> None:
    answer = "Ceci n'est pas une réponse en anglais, c'est une réponse <en> français du tout."
    response = client.post("/analyse", data={"answer": answer})
    assert response.status_code == 400
    assert "does not look like English" in response.text
    assert _typed_answer(response.text) == answer


def test_analyse_fragment_returns_only_the_report_and_clears_field_errors(
    client: TestClient,
    weak_question: str,
    weak_answer: str,
) -> None:
    response = client.post(
        "/analyse/report", data={"own_question": weak_question, "answer": weak_answer}
    )
    assert response.status_code == 200
    fragment = response.text
    assert "<html" not in fragment and "<nav" not in fragment
    assert 'class="score-number"' in fragment
    assert re.search(r'<mark class="sev-(high|medium)"', fragment)
    assert '<p id="answer-error" hx-swap-oob="innerHTML"></p>' in fragment
    assert re.search(
        r'<p id="report-status" hx-swap-oob="innerHTML">Score \d+ out of 100', fragment
    )


def test_analyse_fragment_shows_the_empty_answer_error_next_to_the_field(
    client: TestClient,
    weak_question: str,
    weak_answer: str,
) -> None:
    response = client.post("/analyse/report", data={"own_question": weak_question, "answer": ""})
    assert response.status_code == 400
    assert "<html" not in response.text
    error = re.search(r'<p id="answer-error" hx-swap-oob="innerHTML">(.*?)</p>', response.text)
    assert error and "The answer is empty." in error.group(1)
    assert "Your report appears here" in response.text


def test_analyse_fragment_unknown_bank_question_is_a_question_error(client: TestClient) -> None:
    response = client.post("/analyse/report", data={"question_id": "failures.nope", "answer": "x"})
    assert response.status_code == 400
    error = re.search(r'<p id="question-error" hx-swap-oob="innerHTML">(.*?)</p>', response.text)
    assert error and "not in the bank" in error.group(1)


def test_thin_answer_shows_the_insufficient_evidence_banner(
    client: TestClient, weak_question: str, weak_answer: str
) -> None:
    response = client.post(
        "/analyse/report",
        data={"own_question": weak_question, "answer": "I led it well and we won."},
    )
    assert response.status_code == 200
    assert "Insufficient evidence." in response.text
    assert "Too thin to judge yet" in response.text


def test_live_update_before_any_answer_is_typed_shows_no_error(
    client: TestClient, kb: KnowledgeBase
) -> None:
    question_id = kb.questions_in("failures")[0].id
    response = client.post(
        "/analyse/report", data={"question_id": question_id, "answer": "", "live": "1"}
    )
    assert response.status_code == 200
    assert '<p id="answer-error" hx-swap-oob="innerHTML"></p>' in response.text
    assert "Your report appears here" in response.text


def test_analyse_fragment_says_a_concern_reply_is_judged_with_the_concern_rubric(
    client: TestClient,
) -> None:
    response = client.post("/analyse/report", data={
        "own_question": "Is there anything that gives you pause about my application?",
        "phase": "concern",
        "answer": ("That's a fair concern: the largest budget I have run is 4 million, not 12. In "
                   "2022 I took over a 4 million programme that was 20% over plan and closed the "
                   "year on budget. In my first 90 days I would review every cost line with your "
                   "finance partner. Does that address it?"),
    })
    assert response.status_code == 200
    page = html.unescape(response.text)
    assert "A reply to a concern: judged on acknowledge, evidence, plan, check back" in page
    assert "No question family recognised" not in page
    assert "first sentence does not answer the question directly" not in page
    assert "Concern handling" in page


def test_analyse_page_posted_without_javascript_keeps_the_phase_chosen(client: TestClient) -> None:
    response = client.post("/analyse", data={
        "own_question": "You have only led teams in one country. Why would a regional post suit you?",
        "phase": "concern",
        "answer": "Honestly, that worry is overblown. People are people wherever they work.",
    })
    assert response.status_code == 200
    page = html.unescape(response.text)
    assert 'value="concern" checked' in page
    assert 'value="answer" checked' not in page
    assert "Concern handling" in page


def test_analyse_fragment_says_a_closing_question_is_judged_as_one(client: TestClient) -> None:
    response = client.post("/analyse/report", data={
        "own_question": "Do you have any questions for us?", "phase": "closing",
        "answer": "What would success look like in the first six months for the person in this role?",
    })
    assert response.status_code == 200
    page = html.unescape(response.text)
    assert "Your question at the end: judged as a closing question" in page
    assert "No question family recognised" not in page


def test_analyse_page_main_element_is_well_formed(client: TestClient) -> None:
    page = client.get("/analyse").text
    assert '<main id="main" class="wrap main-wide" tabindex="-1">' in page
    assert page.count("/static/voice.js") == 1
