"""Drafts read the night before on new pairs (round 11): each fix, with invented examples in the
shape of what was found."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from poise.content.loader import KnowledgeBase
from poise.fit.concerns.wording import (
    _evidence_sentence,
    _first_person,
    _fitting_evidence,
    _moves_others,
    _shares_the_point,
    first_person_clause,
)
from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import ResumeLine
from poise.followup.draft_check import check_text, repeated_statements
from poise.followup.letter import _language
from poise.followup.voice import spoken_name

# --- a company is said without its legal form ----------------------------------------------------


@pytest.mark.parametrize(("written", "said"), [
    ("Brenner Gusswerk Components s.r.o.", "Brenner Gusswerk Components"),
    ("NORDLICHT ANLAGEN GMBH & CO. KG", "Nordlicht Anlagen"),
    ("Kestrel Analytics Pvt. Ltd.", "Kestrel Analytics"),
    ("Meridian Hospitality SAL", "Meridian Hospitality"),
    ("Harbour Lines, S.A.", "Harbour Lines"),
    ("Qingshan Valve Co., Ltd.", "Qingshan Valve"),
    ("Fenwick & Co.", "Fenwick & Co."),  # "Co." alone is part of the name people say
    ("Lakeside Community Trust", "Lakeside Community Trust"),
    ("GmbH", "GmbH"),  # nothing but a form: kept rather than emptied
])
def test_a_company_is_said_without_its_legal_form(kb: KnowledgeBase, written: str, said: str) -> None:
    assert spoken_name(written, patterns_for(kb).legal_forms) == said


def _context(kb: KnowledgeBase, bullets: list[str], employer: str = "Harbour Foods") -> Any:
    lines = [ResumeLine(index, text, "experience", True, 0) for index, text in enumerate(bullets)]
    role = SimpleNamespace(employer=employer, current=True, lines=list(range(len(bullets))),
                           start_min=2019 * 12)
    resume = SimpleNamespace(roles=[role], lines=lines, line=lambda index: lines[index])
    patterns = patterns_for(kb)
    return SimpleNamespace(resume=resume, patterns=patterns,
                           template=lambda kind: patterns.content.template(kind))


def test_a_concern_answer_names_the_employer_without_its_legal_form(kb: KnowledgeBase) -> None:
    context = _context(kb, ["Negotiated prices with 80 suppliers"], employer="Brenner Gusswerk GmbH")
    told = _first_person(context.resume.lines[0], context)
    assert told == "at Brenner Gusswerk, I negotiated prices with 80 suppliers."


def test_the_checker_finds_a_legal_form_said_aloud(kb: KnowledgeBase) -> None:
    kinds = [problem.kind for _, problems in check_text(
        "At Brenner Gusswerk GmbH, I negotiated prices with 80 suppliers.", kb=kb)
        for problem in problems]
    assert "legal form" in kinds
    clean = check_text("At Brenner Gusswerk, I led the AG team of 12 analysts.", kb=kb)
    assert not [problem for _, problems in clean for problem in problems if problem.kind == "legal form"]


# --- the letter argues a language only from that language --------------------------------------


def test_the_letter_never_argues_one_language_from_another() -> None:
    resume: Any = SimpleNamespace(languages=[SimpleNamespace(language="Portuguese", level="Native"),
                                             SimpleNamespace(language="English", level="Fluent")])
    assert _language("Portuguese – Native", resume, "excellent written and spoken English") == ""
    assert _language("English – Fluent", resume, "excellent written and spoken English") == \
        "fluent English"


# --- no stock claim in place of evidence ----------------------------------------------------------


def test_with_no_line_to_tell_an_answer_claims_nothing(kb: KnowledgeBase) -> None:
    context = _context(kb, [])
    context.resume.roles = []
    assert _evidence_sentence(None, context) == ""


def test_a_missing_requirement_is_close_only_to_a_line_about_it() -> None:
    requirement = SimpleNamespace(text="Proven experience of PRINCE2 project management")
    draft: Any = SimpleNamespace(requirement=requirement, job_line=requirement.text)
    assert not _shares_the_point(draft, "at Harbour Foods, I rolled out a WMS across 4 sites.")
    assert _shares_the_point(draft, "at Harbour Foods, I ran a project of 14 months.")
    assert not _shares_the_point(draft, "")


def test_a_relocation_of_others_is_no_evidence_of_moving_home(kb: KnowledgeBase) -> None:
    assert _moves_others("Ran the security plan, including a relocation of staff during the floods")
    assert _moves_others("Relocated the warehouse to a new site")
    assert not _moves_others("Relocated to Singapore with my family to open the office")
    context = _context(kb, ["Led the site evacuation plan, including a relocation of staff in 2020",
                            "Relocated to Lisbon in 2018 to set up the shared-service centre"])
    draft: Any = SimpleNamespace(support=None, resume_line=None, kind="location")
    cues = kb.fit.template("location").evidence_cues
    sentence, fits = _fitting_evidence(draft, context, cues)
    assert fits and "Lisbon" in sentence


# --- lines told in the first person -----------------------------------------------------------------


@pytest.mark.parametrize(("line", "told"), [
    # a profile's opening is who the candidate is, not an action ("I headed a service with …")
    ("Head of service with 19 years in local government", ""),
    ("Finance leader with over 15 years of experience", ""),
    ("Led a team with 12 engineers", "I led a team with 12 engineers"),
    # a federal-style paragraph: its capital label is a heading, the post held a preface
    ("FLEET OPERATIONS: As Chief of the Vehicle Branch, serve as supervisor for 7 mechanics",
     "I serve as supervisor for 7 mechanics"),
    ("DATA CENTRES: Led the move of 30 systems to a new site", "I led the move of 30 systems to a new site"),
])
def test_lines_told_in_the_first_person(line: str, told: str) -> None:
    assert first_person_clause(line, current=True) == told


# --- the checker reads a set of answers for one statement said twice ------------------------------


def test_one_statement_said_in_two_answers_is_found_but_a_question_may_repeat() -> None:
    answers = ["That's fair: my record shows part of this yet. I would shadow the best person here. "
               "Does that address your concern?",
               "That's fair: my record shows part of this yet. I would book the course in May. "
               "Does that address your concern?"]
    found = repeated_statements(answers)
    assert [(number, problem.kind) for number, problem in found] == [(1, "statement said again")]
    assert repeated_statements([answers[0], "I would book the course in May. Does that address "
                                            "your concern?"]) == []


def test_the_letter_keeps_a_level_worded_as_excellent() -> None:
    resume: Any = SimpleNamespace(languages=[SimpleNamespace(language="English", level="C2")])
    assert _language("English: Excellent (spoken and written)", resume, "excellent English") == \
        "excellent English"


def test_a_step_already_said_is_said_another_way(kb: KnowledgeBase) -> None:
    from poise.fit.concerns.model import Draft
    from poise.fit.concerns.wording import word_drafts

    context = _context(kb, [])
    context.resume.roles = []
    context.template = kb.fit.template
    drafts = [Draft(kind="missing_must_have", key=f"gap-{number}", score=60.0,
                    values={"topic": topic}, job_line=topic)
              for number, topic in enumerate(["a rostering system", "a fleet of vans"])]
    plans = [concern.answer_plan.plan for concern in word_drafts(drafts, context)]
    assert plans[0] != plans[1]
    assert plans[1] == kb.fit.concerns.plans_again[0]


def test_a_paragraph_of_duties_is_argued_from_one_sentence_at_a_time(kb: KnowledgeBase) -> None:
    from poise.fit.concerns.wording import _by_sentence

    paragraph = ResumeLine(0, "FIELD SERVICES: Supervise 9 engineers across 3 depots. Cut call-out "
                              "times by 20% in 2022. Approve overtime and leave.", "experience", False, 0)
    pieces = [line.text for line in _by_sentence([paragraph])]
    assert pieces == ["Supervise 9 engineers across 3 depots", "Cut call-out times by 20% in 2022",
                      "Approve overtime and leave"]
    short = ResumeLine(1, "Led 3 depots. Cut costs by 4%.", "experience", True, 0)
    assert _by_sentence([short, short]) == [short]


def test_an_answer_with_no_line_for_its_point_never_takes_the_line_another_needs(
        kb: KnowledgeBase) -> None:
    from poise.fit.concerns.model import Draft
    from poise.fit.concerns.wording import word_drafts

    context = _context(kb, ["Lead the purchasing team of 13 buyers and 2 planners",
                            "Negotiated prices with 120 suppliers across 9 countries"])
    context.template = kb.fit.template
    team = context.resume.lines[0]
    step_up = Draft(kind="scope_step_up", key="scope", score=55.0,
                    values={"scope_from": "a team of 15"}, support=team, resume_line=team)
    board = Draft(kind="no_board_exposure", key="board", score=70.0, values={}, support=team,
                  resume_line=team)
    worded = {concern.kind: concern.answer_plan.evidence for concern in word_drafts([board, step_up],
                                                                                    context)}
    assert "13 buyers" in worded["scope_step_up"]
    assert "13 buyers" not in worded["no_board_exposure"]


def test_a_language_is_argued_for_the_need_as_the_letter_says_it() -> None:
    from poise.followup.letter import need_phrase

    # "English; Portuguese is an advantage" is said as the English need: a Portuguese line
    # does not show it
    said = need_phrase("Excellent written and spoken English; Portuguese is a strong advantage")
    assert "Portuguese" not in said
    resume: Any = SimpleNamespace(languages=[SimpleNamespace(language="Portuguese", level="native")])
    assert _language("Portuguese – Native", resume, said) == ""
