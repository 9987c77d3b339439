"""Practice pages: start a mock interview, answer it through the HTML forms, read the session report."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from poise.content.loader import KnowledgeBase
from poise.settings import Settings
from poise.web.app import create_app
from poise.web.contexts.practice import first_sentence
from poise.web.contexts.practice_report import bar_chart
from poise.web.routes.pages_practice import AnswerFormIn, elapsed

ANSWER = (
    "In 2022 I took over a warehouse where 18% of orders shipped late. I mapped the flow with my "
    "two shift leads, moved picking to waves and set a daily review of the backlog. Within four "
    "months late orders fell to 3% and my team cut overtime by a third."
)
PAUSE = "Is there anything about me or my experience that gives you pause?"
CONCERN_REPLY = (
    "That is fair: I have not yet led a unit of that size. At Brightline I grew my site from 120 to "
    "310 people and ran a budget of 14 million pounds while on-time dispatch rose to 98.5%. In my "
    "first 30 days I will agree a plan with you and report back on it. Does that address your concern?"
)
DONE = "I have no more questions, thank you."
SESSION_URL = re.compile(r"^/practice/(\d+)$")


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    """A started app on a fresh SQLite database, without the background model warm-up."""
    app = create_app(Settings(data_dir=tmp_path / "data", database_url=""), warm_up=False)
    with TestClient(app) as test_client:
        yield test_client


def start(client: TestClient, **fields: str) -> str:
    """Post the start form; the URL of the new session."""
    data = {"format": "panel", "mode": "practice", "application_id": ""}
    data.update(fields)
    response = client.post("/practice", data=data, follow_redirects=False)
    assert response.status_code == 303, response.text
    location = response.headers["location"]
    assert SESSION_URL.match(location), location
    return location


def box_label(page: str) -> str:
    """The label of the answer box, which says what the interviewer waits for."""
    found = re.search(r'<label for="answer">([^<]+)</label>', page)
    return found.group(1) if found else ""


def typed(page: str) -> str:
    """The answer box's content as the browser shows it."""
    found = re.search(r'<textarea id="answer"[^>]*>(.*?)</textarea>', page, re.S)
    assert found, "no answer box"
    return html.unescape(found.group(1).removeprefix("\n"))


def run_to_end(client: TestClient, url: str, *, ask_pause: bool = True) -> list[str]:
    """Answer every prompt through the forms until the interview ends; the pages seen."""
    pages = []
    asked = False
    for _ in range(40):
        page = client.get(url).text
        pages.append(page)
        if "Read your report" in page:
            return pages
        label = box_label(page)
        if label == "Your question to the interviewer":
            text = PAUSE if ask_pause and not asked else DONE
            asked = True
        elif label == "Your reply to the concern":
            text = CONCERN_REPLY
        else:
            assert label == "Your answer", label
            text = ANSWER
        response = client.post(url, data={"text": text, "seconds": "41.5"}, follow_redirects=False)
        assert response.status_code == 303, response.text
        assert response.headers["location"] == url
    raise AssertionError("the interview did not end")


@pytest.fixture(scope="module")
def panel_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, str, list[str]]]:
    """One panel interview in practice mode, run through the forms to its end (pause asked)."""
    folder = tmp_path_factory.mktemp("panel")
    app = create_app(Settings(data_dir=folder / "data", database_url=""), warm_up=False)
    with TestClient(app) as test_client:
        url = start(test_client, format="panel", mode="practice")
        pages = run_to_end(test_client, url)
        yield test_client, url, pages


# --- the start page ---------------------------------------------------------------------------


def test_practice_page_offers_every_format_with_its_description(
    client: TestClient, kb: KnowledgeBase
) -> None:
    response = client.get("/practice")
    assert response.status_code == 200
    page = response.text
    shown = html.unescape(page)
    assert '<a href="/practice" aria-current="page">' in page
    for key, fmt in kb.formats.items():
        assert f'id="format-{key}" name="format" value="{key}"' in page
        assert fmt.name in shown
        assert first_sentence(fmt.description) in shown
    assert 'name="mode" value="practice"' in page and 'name="mode" value="real"' in page
    assert 'href="/applications/new"' in page


def test_practice_page_preselects_the_application_in_the_query(client: TestClient) -> None:
    created = client.post("/api/v1/applications", json={
        "company": "Northwind Logistics", "title": "Director of Operations",
        "job_text": "Director of Operations. Lead four sites and 120 people. Proven change "
                    "management experience is required.",
        "resume_text": "Senior Operations Manager. Led a site of 310 people. Raised on-time "
                       "dispatch from 91% to 98.5%.",
    })
    assert created.status_code == 201, created.text
    application_id = created.json()["id"]
    page = client.get(f"/practice?application={application_id}").text
    assert f'<option value="{application_id}" selected>Director of Operations at Northwind Logistics' in page


def test_start_with_an_unknown_format_shows_the_error_and_keeps_the_choices(client: TestClient) -> None:
    response = client.post("/practice", data={"format": "interrogation", "mode": "real"})
    assert response.status_code == 400
    page = response.text
    assert "Choose one of the interview formats." in page
    assert 'id="mode-real" name="mode" value="real" checked' in page


def test_start_with_an_unknown_application_shows_the_error_next_to_the_field(client: TestClient) -> None:
    response = client.post("/practice", data={"format": "stress", "mode": "practice",
                                              "application_id": "999"})
    assert response.status_code == 400
    page = response.text
    assert re.search(r'id="application-error" class="field-error"><strong>No application with id 999',
                     page)
    assert 'name="format" value="stress" aria-describedby="format-stress-about" checked' in page


# --- a session through the forms ---------------------------------------------------------------


def test_turn_page_shows_the_persona_the_panel_and_a_countdown(client: TestClient) -> None:
    url = start(client, format="panel")
    page = client.get(url).text
    assert "Question 1 of" in page
    assert re.search(r'<li class="panellist speaking" aria-current="true">\s*<span class="panellist-name">'
                     r"Leila Haddad</span>", page)
    assert page.count('<li class="panellist') == 3
    assert re.search(r'data-countdown data-limit="150" data-elapsed="0.0"', page)
    assert 'name="shown_at"' in page and 'data-seconds' in page
    assert '<script src="/static/practice.js' in page
    assert 'aria-live="polite"' in page and 'data-focus-on-load' in page
    assert client.get("/static/practice.js").status_code == 200


def test_panel_session_in_practice_mode_reaches_the_end_with_feedback_each_turn(
    panel_session: tuple[TestClient, str, list[str]],
) -> None:
    _, url, pages = panel_session
    # After the first answer every page shows feedback on the last turn, with evidence marked.
    answered = pages[1]
    assert "Feedback on your last turn" in answered
    assert '<div class="report"' in answered and "Your answer, evidence marked" in answered
    labels = [box_label(page) for page in pages]
    assert "Your question to the interviewer" in labels
    assert "Your reply to the concern" in labels
    concern_page = pages[labels.index("Your reply to the concern")]
    assert "Since you ask" in concern_page
    assert "The concern" in concern_page
    last = pages[-1]
    assert "<h1>The interview is over</h1>" in last
    assert f'href="{url}/report"' in last
    assert "<textarea" not in last


def test_practice_mode_shows_the_closing_tip_and_a_finish_button(client: TestClient) -> None:
    url = start(client, format="projective")
    for _ in range(30):
        page = client.get(url).text
        if box_label(page) == "Your question to the interviewer":
            break
        client.post(url, data={"text": "Because they were not given a reason to stay."})
    assert "I have no more questions: finish the interview" in page
    assert f'<input type="hidden" name="text" value="{DONE}">' in page
    assert "gives them pause" in " ".join(page.split())


def test_real_mode_gives_no_feedback_until_the_end(client: TestClient) -> None:
    url = start(client, format="biographical", mode="real")
    client.post(url, data={"text": ANSWER})
    page = client.get(url).text
    assert "Feedback on your last turn" not in page
    assert "Real mode: no feedback until the end" in page
    early = client.get(f"{url}/report")
    assert early.status_code == 400
    assert "has not ended yet" in early.text
    pages = run_to_end(client, url)
    assert not any('<div class="report"' in page for page in pages)
    report = client.get(f"{url}/report")
    assert report.status_code == 200
    assert "Real: feedback only at the end" in report.text
    assert 'class="bar-chart"' in report.text


def test_empty_answer_shows_the_error_next_to_the_box_and_keeps_the_text(client: TestClient) -> None:
    url = start(client, format="competency")
    response = client.post(url, data={"text": "   \n  ", "seconds": "3"})
    assert response.status_code == 400
    page = response.text
    assert re.search(r'id="answer-error" class="field-error" role="alert"><strong>The answer is empty.',
                     page)
    assert 'aria-invalid="true"' in page
    assert typed(page) == "   \n  "
    assert "Question 1 of" in page


def test_an_answer_too_long_is_refused_and_kept_word_for_word(client: TestClient) -> None:
    url = start(client, format="competency")
    long_answer = "We cut costs <by> 5% & more. " * 800
    response = client.post(url, data={"text": long_answer})
    assert response.status_code == 400
    assert "longer than" in response.text
    assert typed(response.text) == long_answer


def test_answer_time_comes_from_the_page_or_from_when_it_was_served(client: TestClient) -> None:
    url = start(client, format="biographical")
    client.post(url, data={"text": ANSWER, "seconds": "75.4"})
    served = time.time() - 95
    client.post(url, data={"text": ANSWER, "shown_at": f"{served:.3f}"})
    page = client.get(url).text
    assert "(answer, 1:15)" in page
    assert re.search(r"\(answer to a follow-up, 1:3[45]\)|\(answer, 1:3[45]\)", page)


def test_elapsed_prefers_the_measured_seconds_and_ignores_nonsense() -> None:
    now = 1_000_000.0
    assert elapsed(AnswerFormIn(seconds="12.34", shown_at="999000"), now=now) == 12.3
    assert elapsed(AnswerFormIn(seconds="", shown_at="999940"), now=now) == 60.0
    assert elapsed(AnswerFormIn(seconds="-4", shown_at="soon"), now=now) is None
    assert elapsed(AnswerFormIn(seconds="nan"), now=now) is None
    assert elapsed(AnswerFormIn(shown_at="1"), now=now) is None


def test_posting_to_an_ended_session_goes_back_to_its_page(
    panel_session: tuple[TestClient, str, list[str]],
) -> None:
    test_client, url, _ = panel_session
    response = test_client.post(url, data={"text": "One more thing?"}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == url


def test_unknown_session_is_a_friendly_404(client: TestClient) -> None:
    for path in ("/practice/424242", "/practice/424242/report"):
        response = client.get(path)
        assert response.status_code == 404
        assert "No practice session with id 424242" in response.text


# --- the session report -----------------------------------------------------------------------


def test_report_has_the_svg_chart_its_table_and_the_panel_verdicts(
    panel_session: tuple[TestClient, str, list[str]],
) -> None:
    test_client, url, _ = panel_session
    response = test_client.get(f"{url}/report")
    assert response.status_code == 200
    page = response.text
    assert page.count('<svg class="bar-chart"') == 2
    assert 'role="img" aria-labelledby="dimension-chart-title dimension-chart-desc"' in page
    assert page.count('<rect class="chart-bar"') >= 7
    assert "The same scores as a table" in page
    for label in ("Structure", "Evidence", "Ownership", "Relevance", "Concision", "Tone"):
        assert f'<th scope="row">{label}</th>' in page
    assert "The panel's verdict" in page
    for name in ("Leila Haddad", "Martin Okafor", "Catherine Brandt"):
        assert f"<h3>{name} <span" in page
    assert page.count('<p class="criterion">') == 3
    assert "The three things to fix first" in page or "Fix first" not in page
    assert "Time per answer" in page and "0:42" in page
    assert "The closing phase" in page and "the pause question" in page
    assert "Your reply:" in page
    assert "You never asked what gives them pause" not in page
    assert "Every turn" in page and page.count('<li class="turn">') >= 8


def test_report_warns_first_when_the_pause_question_was_never_asked(client: TestClient) -> None:
    url = start(client, format="projective")
    run_to_end(client, url, ask_pause=False)
    page = client.get(f"{url}/report").text
    warning = page.index("You never asked what gives them pause")
    assert warning < page.index("In short")
    assert "Projective reading" in page
    assert 'class="card area' in page


# --- pure helpers -----------------------------------------------------------------------------


def test_bar_chart_places_bars_in_proportion() -> None:
    chart = bar_chart(chart_id="c", title="T", description="D",
                      items=[("A", "Alpha", 5.0), ("B", "Beta", 2.5), ("C", "Gamma", None)],
                      max_value=5, ticks=(0, 5), unit="/5")
    full, half, missing = chart.bars
    assert full.width == chart.plot_width
    assert half.width == pytest.approx(chart.plot_width / 2, abs=0.1)
    assert missing.width == 0 and missing.value_label == "not scored"
    assert half.y > full.y
    assert chart.ticks[-1].x == chart.label_width + chart.plot_width
    assert chart.height > chart.axis_y


def test_first_sentence_keeps_quoted_questions_whole() -> None:
    text = 'Cases such as ("sales must rise: where do you start?"). Each answer is scored.'
    assert first_sentence(text) == 'Cases such as ("sales must rise: where do you start?").'


def test_a_stress_answer_past_its_limit_is_shown_cut_off(client: TestClient) -> None:
    url = start(client, format="stress")
    response = client.post(url, data={"text": ANSWER, "seconds": "120"}, follow_redirects=False)
    assert response.status_code == 303
    page = client.get(url).text
    assert "Cut off at 1:00" in page and "Not heard, and not judged" in page
    assert "over time" in page
    assert "Stop there." in page


def test_silence_to_the_limit_is_shown_as_no_answer_and_the_interview_moves_on(client: TestClient) -> None:
    url = start(client, format="competency")
    response = client.post(url, data={"text": "", "seconds": "200"}, follow_redirects=False)
    assert response.status_code == 303
    page = client.get(url).text
    assert "No answer in time" in page and "Question 2 of" in page


def test_the_pause_tip_is_gone_once_the_pause_question_was_asked(client: TestClient) -> None:
    url = start(client, format="projective")
    for _ in range(40):
        page = client.get(url).text
        if box_label(page) == "Your question to the interviewer":
            break
        client.post(url, data={"text": ANSWER, "seconds": "10"}, follow_redirects=False)
    assert "<strong>Tip:</strong>" in page
    client.post(url, data={"text": PAUSE, "seconds": "5"}, follow_redirects=False)
    client.post(url, data={"text": CONCERN_REPLY, "seconds": "40"}, follow_redirects=False)
    page = client.get(url).text
    assert box_label(page) == "Your question to the interviewer"
    assert "<strong>Tip:</strong>" not in page
    assert "(as chosen)" not in page


def test_only_stress_answers_are_cut_off_by_the_page_at_the_limit(client: TestClient) -> None:
    stress = client.get(start(client, format="stress")).text
    assert "data-cut-off" in stress
    panel = client.get(start(client, format="panel")).text
    assert "data-cut-off" not in panel



def test_the_feedback_on_a_follow_up_answer_lists_what_it_resolved() -> None:
    from jinja2 import Environment, FileSystemLoader

    from poise.content.loader import knowledge_base
    from poise.interview.session_report import TurnFeedback
    from poise.web.contexts.practice import feedback_view

    stored = {"turn": 2, "kind": "follow_up_answer", "question": "What was your own part?",
              "speaker": "Dana", "notes": ["Judged together with your earlier answer."],
              "resolved": [{"rule": "ownership.we_only", "message": "Only 'we': your part is missing",
                            "quote": "We mapped the flow"}]}
    view = feedback_view(TurnFeedback.model_validate(stored), knowledge_base())
    assert view.resolved == (("Only 'we': your part is missing", "We mapped the flow"),)
    templates = Path(__file__).resolve().parents[2] / "src" / "poise" / "web" / "templates"
    source = (templates / "practice" / "turn.html").read_text(encoding="utf-8")
    block = source[source.index("{% if fb.resolved %}"):source.index("{% if fb.follow_up %}")]
    shown = Environment(loader=FileSystemLoader(str(templates)), autoescape=True).from_string(
        "{% set fb = view %}" + block).render(view=view)
    assert "Resolved by your follow-up answer" in shown
    assert "(first said: <q>We mapped the flow</q>)" in shown
