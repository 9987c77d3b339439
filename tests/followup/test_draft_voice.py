"""Drafts in the candidate's voice: each fix made after reading the drafts as a candidate would
(invented examples, in the shape of what was found)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from poise.content.loader import KnowledgeBase
from poise.fit.concerns.model import Values
from poise.fit.concerns.wording import SPOKEN_TOPIC, _spoken_values, first_person_clause
from poise.fit.lexicon import patterns_for
from poise.followup.application import ApplicationView, read_fit
from poise.followup.debrief import Debrief, Interviewer, merge_concerns, validate_debrief
from poise.followup.letter import choose_needs, draft_letter, need_phrase, with_article
from poise.followup.voice import commitment, name_case, undouble
from poise.prep.brief import _concerns

from .conftest import FIT, TODAY, debrief_data


def _bank(kb: KnowledgeBase) -> dict[str, str]:
    return {question.id: question.text for question in kb.questions.values()}


# --- the greeting ------------------------------------------------------------------------------


@pytest.mark.parametrize(("person", "expected"), [
    ({"name": "Maria Lopez"}, "Maria"),                               # the first name by default
    ({"name": "Dr Priya Raman"}, "Dr Raman"),                         # a title in the name
    ({"name": "Priya Raman", "greet": "title_surname", "title": "Dr"}, "Dr Raman"),
    ({"name": "Priya Raman", "greet": "title_surname"}, "Priya Raman"),  # no title: full name
    ({"name": "Dr Priya Raman", "greet": "first_name"}, "Priya"),
    ({"name": "Maria Lopez", "address_as": "Ms Lopez"}, "Ms Lopez"),  # the user's own words win
    ({"name": "Cher"}, "Cher"),
])
def test_a_letter_greets_as_the_user_chose(person: dict[str, str], expected: str) -> None:
    assert Interviewer(**person).greeting_name == expected


def test_a_formal_greeting_without_a_title_is_flagged(kb: KnowledgeBase, view: ApplicationView) -> None:
    data = {"date": TODAY.isoformat(), "interviewers": [{"name": "Sam Reed", "greet": "title_surname"}],
            "topics": ["the depot network"]}
    debrief, problems = validate_debrief(data, bank={}, today=TODAY)
    assert debrief is not None, problems
    assert kb.followup is not None
    letter = draft_letter(view, debrief, kb.followup.letter, today=TODAY)
    assert letter.body.startswith("Dear Sam Reed,\n")
    assert any("title and surname" in warning.text for warning in letter.warnings)


# --- what the letter argues from ---------------------------------------------------------------


def _fit_with(requirements: list[dict[str, Any]], matches: list[dict[str, Any]],
              education: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"version": 1, "requirements": requirements, "matches": matches, "concerns": [],
            "resume": {"roles": [], "education": list(education)}}


def test_one_degree_is_not_argued_for_two_needs(kb: KnowledgeBase) -> None:
    assert kb.followup is not None
    degree = "Bachelor of Applied Science (Honours), Harbour City University"
    fit = _fit_with(
        [{"id": "r1", "text": "A degree in engineering", "kind": "education", "must": True},
         {"id": "r2", "text": "A postgraduate qualification or equivalent", "kind": "education",
          "must": True},
         {"id": "r3", "text": "Experience running a depot", "kind": "experience", "must": True}],
        [{"requirement_id": "r1", "strength": "strong", "quote": degree, "score": 0.9},
         {"requirement_id": "r2", "strength": "strong", "quote": degree, "score": 0.8},
         {"requirement_id": "r3", "strength": "strong", "quote": "Ran a depot of 120 drivers",
          "score": 0.7}],
        education=(degree,))
    needs = choose_needs(read_fit(fit), kb.followup.letter)
    assert [need.requirement_id for need in needs] == ["r3", "r1"]
    assert sum("Bachelor of Applied Science" in need.sentence for need in needs) == 1
    assert "a Bachelor of Applied Science (Honours)" in needs[1].sentence  # with its article


@pytest.mark.parametrize(("requirement", "expected"), [
    # the need before its list, and one need of two
    ("Own clinical risk for the directorate: incidents, audits, complaints and inquests",
     "someone to own clinical risk for the directorate"),
    ("Ensure every audit is closed on time; chair the quality board",
     "someone to ensure every audit is closed on time"),
    # the advert's aside about what counts
    ("Degree in Chemistry or a related science (a doctorate an advantage)",
     "a degree in Chemistry or a related science"),
    ("Experience of planning systems (e.g. Kinaxis, o9)", "experience of planning systems"),
    # an -ing duty, and "as required"
    ("Representing the trust at regional forums as required",
     "someone to represent the trust at regional forums"),
    ("Training budget management", "training budget management"),
    ("CPIM or CSCP certification appreciated", "CPIM or CSCP certification"),
    # the need, not the list it includes
    ("Lead the site's safety agenda, including quarterly audits and toolbox talks",
     "someone to lead the site's safety agenda"),
])
def test_a_need_is_named_not_pasted(requirement: str, expected: str) -> None:
    assert need_phrase(requirement) == expected


@pytest.mark.parametrize(("held", "expected"), [
    ("MSc Spatial Planning", "an MSc Spatial Planning"),
    ("Bachelor of Nursing", "a Bachelor of Nursing"),
    ("MBA", "an MBA"),
    ("BSc Economics", "a BSc Economics"),
    ("Executive MBA", "an Executive MBA"),
    ("PRINCE2 Practitioner", "PRINCE2 Practitioner"),   # a certificate's name takes none
    ("an MA in History", "an MA in History"),
])
def test_a_degree_takes_its_article(held: str, expected: str) -> None:
    assert with_article(held) == expected


# --- concerns in the letter ----------------------------------------------------------------------


def test_two_missing_must_haves_read_apart_in_the_letter(kb: KnowledgeBase, view: ApplicationView) -> None:
    fit = copy.deepcopy(FIT)
    extra = copy.deepcopy(fit["concerns"][0])
    extra.update(id="c3", title="Missing must-have: NEBOSH diploma",
                 answer_plan={**extra["answer_plan"], "plan": "Book the NEBOSH diploma by June."})
    fit["concerns"].append(extra)
    data = debrief_data(concerns=[
        {"text": fit["concerns"][0]["title"], "handled": "open"},
        {"text": "Missing must-have: NEBOSH diploma", "handled": "open"},
    ])
    debrief, problems = validate_debrief(data, bank=_bank(kb), today=TODAY)
    assert debrief is not None, problems
    assert kb.followup is not None
    letter = draft_letter(ApplicationView(**{**view.__dict__, "fit": fit}), debrief,
                          kb.followup.letter, today=TODAY)
    assert "that my record does not yet show change management certification" in letter.body
    assert "that my record does not yet show NEBOSH diploma" in letter.body
    assert "I will book the NEBOSH diploma by June." in letter.body  # the plan as a commitment


def test_the_same_generic_concern_twice_is_named_apart(kb: KnowledgeBase, view: ApplicationView) -> None:
    fit = copy.deepcopy(FIT)
    for concern in fit["concerns"]:
        concern["kind"] = "scope_step_up"
    fit["concerns"][1]["title"] = "Step up in scope: budget of £4m → £30m"
    fit["concerns"][0]["title"] = "Step up in scope: team of 9 → 40"
    data = debrief_data(concerns=[{"text": concern["title"], "handled": "open",
                                   "plan": f"Meet the finance team in week {number}."}
                                  for number, concern in enumerate(fit["concerns"], start=1)])
    debrief, problems = validate_debrief(data, bank=_bank(kb), today=TODAY)
    assert debrief is not None, problems
    assert kb.followup is not None
    letter = draft_letter(ApplicationView(**{**view.__dict__, "fit": fit}), debrief,
                          kb.followup.letter, today=TODAY)
    assert letter.body.count("the role is larger than anything I have run so far") == 1
    assert "about the other point you raised" in letter.body


# --- the brief and the debrief keep a plan as a commitment -------------------------------------


def test_a_plan_noted_as_an_order_is_said_as_a_commitment_in_the_brief() -> None:
    debrief = Debrief.model_validate(debrief_data(concerns=[
        {"text": "Has never run a unionised site", "handled": "partly",
         "plan": "Meet the union convenors in the first week"}]))
    merged, _ = merge_concerns(copy.deepcopy(FIT), debrief)
    raised = [item for item in merged["concerns"] if item["kind"] == "raised_in_interview"]
    assert raised[0]["draft"] == "I will meet the union convenors in the first week."
    # a fit stored before the merge said it so: the brief says it in the first person too
    raised[0]["draft"] = "Meet the union convenors in the first week"
    raised[0]["severity"] = "high"
    raised[0]["score"] = 99
    answers = {concern.title: concern.answer for concern in _concerns(merged, {})}
    assert answers["Has never run a unionised site"].startswith("I will meet the union convenors")
    assert commitment("I'll meet them on Monday") == "I'll meet them on Monday."


# --- concern answers in spoken words -------------------------------------------------------------


@pytest.mark.parametrize(("name", "expected"), [
    ("NORTHGATE COMMUNITY HOSPITAL", "Northgate Community Hospital"),
    ("BRAMLEY FOUNDRIES CO.", "Bramley Foundries Co."),
    ("U.S. COAST GUARD", "U.S. Coast Guard"),
    ("NHS SCOTLAND", "NHS Scotland"),
    ("BANK OF THE NORTH", "Bank of the North"),
    ("Harbourside Bank Limited", "Harbourside Bank Limited"),  # mixed case: as written
    ("IBM", "IBM"),
])
def test_an_employer_in_capitals_is_said_as_a_name(name: str, expected: str) -> None:
    assert name_case(name) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Experienced finance leader with a record of turnarounds", ""),  # a profile, not an action
    ("Lead assessor for the regional quality award", ""),              # a title held
    ("Mentored junior engineers through chartership", "I mentored junior engineers through chartership"),
    ("Hired a new finance manager", "I hired a new finance manager"),
    # two clauses at most, and the one with the figure kept
    ("Owner of the risk register; chaired the weekly review; ran two audits; cut claims by 30%",
     "I was the owner of the risk register, and I cut claims by 30%"),
])
def test_a_resume_line_is_told_as_an_action_or_not_at_all(line: str, expected: str) -> None:
    assert first_person_clause(line, current=False) == expected


def test_an_answer_never_reads_a_quoted_advert_line_back() -> None:
    values = Values(topic='"Run the fleet and depots; maintain a…"', job_line="Run the fleet")
    spoken = _spoken_values(values)
    assert spoken["topic"] == SPOKEN_TOPIC and spoken["job_line"] == "Run the fleet"
    assert values["topic"].startswith('"')  # the card keeps the quote
    plain = Values(topic="a NEBOSH diploma")
    assert _spoken_values(plain)["topic"] == "a NEBOSH diploma"


def test_a_word_doubled_where_a_template_meets_a_value_is_said_once() -> None:
    assert undouble("I would book the Directors Course course first.") == \
        "I would book the Directors Course first."
    assert undouble("What it had had was time.") == "What it had had was time."


@pytest.mark.parametrize(("kind", "values", "said", "never"), [
    # a certificate's name takes no article after "is"; the evidence is not claimed as the method
    ("certification_level", {"cert_have": "Yellow Belt", "cert": "Green Belt"},
     "my certification is Yellow Belt, below the Green Belt you ask for", "I use the method"),
    # a leadership line is not told as proof of the language
    ("language_level", {"language": "Spanish", "language_have": "B1", "language_wanted": "B2"},
     "The rest of the role is work I already do", "I already work in it"),
    ("savings_target", {"saving_asked": "£20M"}, "a target of £20M is larger", "I used here"),
])
def test_concern_answers_claim_only_what_the_line_shows(
    kind: str, values: dict[str, str], said: str, never: str
) -> None:
    texts = patterns_for().content.template(kind).wording()
    spoken = " ".join(texts[part].format_map(Values({**values, "evidence_sentence": "I led 40 staff."}))
                      for part in ("acknowledge", "evidence"))
    assert said in spoken and never not in spoken


@pytest.mark.parametrize(("line", "expected"), [
    ("Accountable for $30M operating budget", "I was accountable for a $30M operating budget"),
    ("Managed depot operating budget of £12m", "I managed a depot operating budget of £12m"),
    ("Designed new rostering model with the unions", "I designed a new rostering model with the unions"),
    ("Lead 85-person service organisation", "I led an 85-person service organisation"),
    ("Implemented online banking upgrade for 4 banks", "I implemented an online banking upgrade for 4 banks"),
    ("Led 4 managers and 31 staff", "I led 4 managers and 31 staff"),           # a count
    ("Promoted 5 team leads to managers", "I promoted 5 team leads to managers"),
    ("Owned the $14M budget", "I owned the $14M budget"),                       # its own article
    ("Led warehousing, transport and inventory", "I led warehousing, transport and inventory"),
])
def test_a_counted_object_gets_the_article_a_resume_leaves_out(line: str, expected: str) -> None:
    assert first_person_clause(line, current=False) == expected


def test_a_second_concern_of_one_kind_told_generically_is_named_apart(
    kb: KnowledgeBase, view: ApplicationView
) -> None:
    fit = copy.deepcopy(FIT)
    extra = copy.deepcopy(fit["concerns"][0])
    extra.update(id="c3", title='Missing must-have: "Run the depots and the fleet; maintain a…"',
                 answer_plan={**extra["answer_plan"], "plan": "Shadow the fleet manager in week one."})
    fit["concerns"].append(extra)
    data = debrief_data(concerns=[{"text": fit["concerns"][0]["title"], "handled": "open"},
                                  {"text": extra["title"], "handled": "open"}])
    debrief, problems = validate_debrief(data, bank=_bank(kb), today=TODAY)
    assert debrief is not None, problems
    assert kb.followup is not None
    letter = draft_letter(ApplicationView(**{**view.__dict__, "fit": fit}), debrief,
                          kb.followup.letter, today=TODAY)
    assert letter.body.count("your concern that my record does not yet show") == 1
    assert "about the other point you raised: I will shadow the fleet manager in week one." in letter.body
