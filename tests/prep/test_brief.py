"""The one-page brief: every section in the HTML, one A4 page as PDF, the right stories picked."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pypdf
import pytest

from poise.content.loader import KnowledgeBase
from poise.prep.brief import (
    Brief,
    build_brief,
    fit_to_page,
    pick_stories,
    render_html,
    render_pdf,
)
from poise.prep.quiz import clean_fact
from poise.prep.stories import StorySummary, judge, summary_from

from .data import COMPANY_FACTS, DIRECTOR_STORY, EXECUTIVE_STORY, MANAGER_STORY, WEAK_STORY

SECTIONS = ("company-facts", "your-record", "stories", "concerns", "questions", "checklist")
PAUSE = "Is there anything about me or my experience that gives you pause?"


@pytest.fixture(scope="module")
def stories(kb: KnowledgeBase) -> list[StorySummary]:
    """The four fixture stories, judged by the analyser."""
    summaries = []
    for story_id, draft in enumerate([MANAGER_STORY, DIRECTOR_STORY, EXECUTIVE_STORY, WEAK_STORY],
                                     start=1):
        _question, report = judge(draft, kb)
        summaries.append(summary_from(story_id, draft, report.to_dict()))
    return summaries


def _brief(kb: KnowledgeBase, fit: dict[str, Any] | None, stories: list[StorySummary],
           facts: list[dict[str, str]] = COMPANY_FACTS) -> Brief:
    return build_brief(
        company="Hanse Maschinenbau", title="Director of Logistics", level="director", fit=fit,
        facts=[clean_fact(item["fact"], item["answer"]) for item in facts], stories=stories,
        kb=kb, today=date(2026, 3, 2),
    )


def _pages(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_brief_html_has_every_section(
    kb: KnowledgeBase, fit: dict[str, Any], stories: list[StorySummary]
) -> None:
    html = render_html(_brief(kb, fit, stories))
    for section in SECTIONS:
        assert f'id="{section}"' in html, section
    for text in ("Founded", "1962", "Maria Keller", "Head of Operations", "March 2019 – present",
                 "Cut late deliveries from 30% to 6% in 18 months", "Warehouse turnaround",
                 "A step up in budget", "No SAP EWM experience", "Leave time for the first one",
                 "Arrive at least 15 minutes", "@page { size: A4"):
        assert text in html, text
    assert html.index(PAUSE) < html.index("How will performance in this role be measured")


def test_brief_pdf_is_one_a4_page_for_a_typical_application(
    kb: KnowledgeBase, fit: dict[str, Any], stories: list[StorySummary]
) -> None:
    pdf = render_pdf(render_html(_brief(kb, fit, stories)))
    assert pdf.startswith(b"%PDF")
    assert _pages(pdf) == 1
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width), round(height)) == (595, 842)
    text = page.extract_text()
    for words in ("Hanse Maschinenbau", "Three stories", "Questions to ask", "On the day"):
        assert words.lower() in text.lower(), words


def test_brief_pdf_stays_one_page_with_ten_facts_and_long_drafts(
    kb: KnowledgeBase, fit: dict[str, Any], stories: list[StorySummary]
) -> None:
    facts = [*COMPANY_FACTS, *[{"fact": f"Fact {n}", "answer": f"Answer {n}"} for n in range(4)]]
    long_draft = " ".join(["I ran it line by line and cut costs by twelve percent."] * 12)
    for concern in fit["concerns"]:
        concern["draft"] = long_draft
    brief = _brief(kb, fit, stories, facts)
    assert _pages(render_pdf(render_html(brief))) == 2
    html, pdf = fit_to_page(brief)
    assert _pages(pdf) == 1
    assert 'class="compact"' in html or 'class="tight"' in html


def test_fit_to_page_keeps_normal_type_when_the_brief_fits(
    kb: KnowledgeBase, fit: dict[str, Any], stories: list[StorySummary]
) -> None:
    html, pdf = fit_to_page(_brief(kb, fit, stories))
    assert 'class="normal"' in html and _pages(pdf) == 1


def test_brief_picks_three_good_stories_covering_the_requirements_first(
    kb: KnowledgeBase, fit: dict[str, Any], stories: list[StorySummary]
) -> None:
    brief = _brief(kb, fit, stories)
    titles = [story.title for story in brief.stories]
    assert len(titles) == 3
    assert titles[0] == "Warehouse turnaround"
    assert "Quality problem" not in titles
    assert brief.stories[0].covers
    assert [part for part, _text in brief.stories[0].outline] == ["C", "A", "R"]


def test_pick_stories_without_requirements_spreads_competencies(
    kb: KnowledgeBase, stories: list[StorySummary]
) -> None:
    picked = pick_stories(stories, [], kb)
    assert len(picked) == 3
    assert len({story.competencies[0] for story, _covers in picked}) == 3


def test_brief_concerns_are_the_top_three_by_severity_with_answers(
    kb: KnowledgeBase, fit: dict[str, Any], stories: list[StorySummary]
) -> None:
    concerns = _brief(kb, fit, stories).concerns
    assert [concern.severity for concern in concerns] == ["high", "medium", "low"]
    assert concerns[0].answer.startswith("You are right that my largest budget")
    assert concerns[1].answer.startswith("I have not used SAP EWM. I led the roll-out")
    assert concerns[1].answer.endswith("Would that work for you?")


def test_brief_questions_lead_with_the_pause_question_and_a_reminder(
    kb: KnowledgeBase, fit: dict[str, Any], stories: list[StorySummary]
) -> None:
    brief = _brief(kb, fit, stories)
    always = [question.text for question in kb.questions_to_ask.good if question.always]
    assert brief.questions[0] == PAUSE
    assert set(brief.questions) == set(always)
    assert "several minutes left" in brief.pause_reminder


def test_brief_checklist_covers_the_day_itself(
    kb: KnowledgeBase, fit: dict[str, Any], stories: list[StorySummary]
) -> None:
    checklist = _brief(kb, fit, stories).checklist
    moments = {item.when for item in checklist}
    assert moments == {"On arrival", "In the room", "Closing", "Afterwards"}
    assert any("15 minutes" in item.text for item in checklist)


def test_brief_without_fit_facts_or_stories_says_what_is_missing(kb: KnowledgeBase) -> None:
    brief = _brief(kb, None, [], facts=[])
    assert brief.stories == () and brief.concerns == () and brief.roles == ()
    assert len(brief.missing) == 3
    html = render_html(brief)
    for section in SECTIONS:
        assert f'id="{section}"' in html
    assert "No stories yet" in html
    assert _pages(render_pdf(html)) == 1


def test_brief_html_escapes_what_the_user_typed(
    kb: KnowledgeBase, fit: dict[str, Any], stories: list[StorySummary]
) -> None:
    html = render_html(_brief(kb, fit, stories, [{"fact": "<script>x</script>", "answer": "a&b"}]))
    assert "<script>x</script>" not in html
    assert "&lt;script&gt;" in html and "a&amp;b" in html


def test_brief_to_dict_is_json_ready(
    kb: KnowledgeBase, fit: dict[str, Any], stories: list[StorySummary]
) -> None:
    import json

    data = _brief(kb, fit, stories).to_dict()
    assert json.loads(json.dumps(data))["company_facts"][0] == {"fact": "Founded", "answer": "1962"}


def test_long_drafted_answers_keep_whole_sentences_and_the_check_back() -> None:
    from poise.prep.brief import _clip_answer

    draft = " ".join([f"Sentence number {n} has exactly seven words." for n in range(20)])
    draft += " Does that answer your concern?"
    clipped = _clip_answer(draft, 40)
    assert clipped.endswith("Does that answer your concern?")
    assert len(clipped.split()) <= 40
    assert "…" not in clipped
    assert _clip_answer("Short and sweet.", 40) == "Short and sweet."


def test_a_brief_with_fewer_than_three_stories_does_not_promise_three(
    kb: KnowledgeBase, fit: dict[str, Any], stories: list[StorySummary]
) -> None:
    brief = _brief(kb, fit, stories[:1])
    assert len(brief.stories) == 1
    assert any("Only one story" in line and "two more" in line for line in brief.missing)
    html = render_html(brief)
    assert "Three stories to tell" not in html and "Stories to tell" in html
    assert not [line for line in _brief(kb, fit, stories).missing if "story" in line.lower()]
