"""The thank-you letter: specific, argues the fit, answers the open concern, passes the tone rules."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime
from email import policy
from email.parser import BytesParser

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from poise.content.loader import KnowledgeBase, knowledge_base
from poise.errors import Advice, InputError, NextStep
from poise.followup.application import ApplicationView, FitLanguage, FitResume, read_fit
from poise.followup.debrief import HONORIFICS, Debrief, Interviewer, validate_debrief
from poise.followup.letter import (
    choose_needs,
    commitment,
    draft_letter,
    evidence_sentence,
    filler_in,
    letter_eml,
    letter_text,
    need_phrase,
    tone_findings,
)

from .conftest import CHANGE_PLAN, FIT, TODAY, UNION_PLAN, debrief_data

_FOLLOWUP = knowledge_base().followup
assert _FOLLOWUP is not None
_LETTER = _FOLLOWUP.letter


def _letter(kb: KnowledgeBase, view: ApplicationView, debrief: Debrief, **options: object):
    assert kb.followup is not None
    return draft_letter(view, debrief, kb.followup.letter, today=TODAY, **options)  # type: ignore[arg-type]


def test_letter_names_the_interviewer_a_topic_and_the_open_concerns_plan(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    letter = _letter(kb, view, debrief)
    assert letter.body.startswith("Dear Maria,\n")  # the first name by default
    assert "how the Lisbon hub could absorb the Porto volumes" in letter.body
    assert CHANGE_PLAN in letter.body
    assert "your concern that I have no formal change management certification." in letter.body
    assert "As promised, I have attached the deck from the Zaragoza consolidation." in letter.body
    assert "I look forward to the next step, a panel with the CEO, planned for Friday 17 May." \
        in letter.body
    assert letter.body.rstrip().endswith("Kind regards,\nAlex Morgan")
    assert letter.subject == "Thank you: Head of Operations at Northwind Logistics"


def test_letter_restates_the_fit_against_two_must_haves_with_the_candidates_evidence(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    letter = _letter(kb, view, debrief)
    # Must-haves first, strong matches only: r2 is partial, so the letter argues Spanish instead.
    assert [need.requirement_id for need in letter.needs] == ["r1", "r4"]
    assert "You are looking for proven experience leading multi-site operations (5+ sites): " \
           "I led 9 warehouses and 420 people across Spain and Portugal." in letter.body
    assert "fulfilment cost" not in letter.body
    assert letter.warnings == (
        Advice("Sam Reed raised 'Has never worked with unionised warehouse staff': answer it in "
               "your letter to them.", NextStep.LETTER_TO, "Sam Reed"),
    )


def test_letter_to_another_interviewer_answers_their_own_concern(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    letter = _letter(kb, view, debrief, interviewer="sam")
    assert letter.body.startswith("Dear Sam,")
    assert UNION_PLAN in letter.body
    assert CHANGE_PLAN not in letter.body
    # Sam's own question that went best, quoted, since his questions carry no topic.
    assert '"How do you run a peak season?"' in letter.body
    assert letter.interviewer_email is None


def test_letter_uses_address_as_and_sends_promises_only_to_whom_they_were_made(
    kb: KnowledgeBase, view: ApplicationView
) -> None:
    data = debrief_data()
    data["interviewers"][0]["address_as"] = "Maria"
    data["promises"] = [{"what": "the org chart", "to": "Sam"},
                        {"what": "two references", "delivery": "to_follow", "by": "2024-05-10"}]
    bank = {question.id: question.text for question in kb.questions.values()}
    debrief, problems = validate_debrief(data, bank=bank, today=TODAY)
    assert debrief is not None, problems
    to_maria = _letter(kb, view, debrief)
    assert to_maria.body.startswith("Dear Maria,")
    assert "org chart" not in to_maria.body
    assert "As promised, I will send two references by Friday 10 May." in to_maria.body
    assert "the org chart" in _letter(kb, view, debrief, interviewer="Sam Reed").body


def test_letter_unknown_interviewer_is_a_clear_error(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    with pytest.raises(InputError) as caught:
        _letter(kb, view, debrief, interviewer="Bob")
    assert "Maria Lopez, Sam Reed" in caught.value.hint


def test_letter_without_fit_map_says_what_is_missing(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    bare = ApplicationView(id=1, company="Acme", title="COO", fit=None)
    letter = _letter(kb, bare, debrief)
    assert letter.needs == ()
    joined = " ".join(warning.text for warning in letter.warnings)
    assert "no requirement" in joined and "Sign the letter" in joined
    assert "[your name]" in letter.body
    # The open concern has no plan without a fit map: the letter says so instead of inventing one.
    assert "has no plan" in joined
    assert "Dear Maria," in letter.body


def test_letter_when_depends_on_how_long_ago_the_interview_was(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    assert kb.followup is not None
    templates = kb.followup.letter
    cases = ((date(2024, 5, 7), "meeting me today"), (date(2024, 5, 8), "meeting me yesterday"),
             (date(2024, 5, 10), "meeting me on Tuesday"), (date(2024, 5, 20), "meeting me on 7 May"))
    for today, phrase in cases:
        assert phrase in draft_letter(view, debrief, templates, today=today).body


@pytest.mark.parametrize(("quote", "expected"), [
    ("• Led 9 warehouses.", "I led 9 warehouses."),
    ("Managed a €40m P&L", "I managed a €40m P&L."),
    ("I rebuilt the S&OP process", "I rebuilt the S&OP process."),
    ("Leading 4 cluster managers", "I led 4 cluster managers."),
    ("Responsibility for 3 plants and 640 staff", "I was responsible for 3 plants and 640 staff."),
    ("Budgeting, forecasting, Power BI, SAP FI", ""),
])
def test_evidence_sentence_puts_resume_lines_in_the_first_person(
    kb: KnowledgeBase, quote: str, expected: str
) -> None:
    assert kb.followup is not None
    assert evidence_sentence(quote, kb.followup.letter) == expected


@pytest.mark.parametrize(("requirement", "expected"), [
    ("Proven experience leading teams.", "proven experience leading teams"),
    ("You have 10+ years in logistics", "10+ years in logistics"),
    ("P&L ownership of €50m+", "P&L ownership of €50m+"),
    ("Bachelor's degree required", "a bachelor's degree"),
    ("CFRE credential (preferred)", "CFRE credential"),
    ("Degree-level education or equivalent", "degree-level education or equivalent"),
    ("Required: 8+ years in fundraising", "8+ years in fundraising"),
    ("Master of Science in Finance preferred", "a Master of Science in Finance"),
    ("Lean Six Sigma Black Belt", "a Lean Six Sigma Black Belt"),  # a belt is counted
    ("Working Arabic would be an advantage when dealing with Gulf partners", "working Arabic"),
])
def test_need_phrase(requirement: str, expected: str) -> None:
    assert need_phrase(requirement) == expected


def _variants(kb: KnowledgeBase, view: ApplicationView) -> list[str]:
    """Letters from several debriefs: both interviewers, no topic, no next step, no fit, partly."""
    assert kb.followup is not None
    bank = {question.id: question.text for question in kb.questions.values()}
    bodies = []
    plain = debrief_data(next_step=None, promises=[])
    for question in plain["questions"]:
        question.pop("topic", None)
    undated = debrief_data(next_step={"what": "a call with HR"}, topics=["the Porto site"])
    promised = debrief_data(promises=[{"what": "the plan", "delivery": "to_follow"}])
    promised["questions"][1]["add_now"] = "labour is 61% of the site budget"
    for data in (debrief_data(), plain, undated, promised):
        debrief, problems = validate_debrief(data, bank=bank, today=TODAY)
        assert debrief is not None, problems
        for who in ("Maria Lopez", "Sam Reed"):
            bodies.append(draft_letter(view, debrief, kb.followup.letter, today=TODAY, interviewer=who).body)
        bare = ApplicationView(id=2, company="Acme", title="COO", fit=copy.deepcopy(FIT))
        bodies.append(draft_letter(bare, debrief, kb.followup.letter, today=TODAY, sender="Alex").body)
    return bodies


def test_generated_letters_pass_the_tone_rules_and_use_no_filler(
    kb: KnowledgeBase, view: ApplicationView
) -> None:
    assert kb.followup is not None
    for body in _variants(kb, view):
        assert tone_findings(body, kb=kb) == [], body
        assert filler_in(body, kb.followup.letter) == [], body


def test_tone_findings_do_fire_on_a_letter_with_a_cliche_and_blame(kb: KnowledgeBase) -> None:
    body = ("Dear Maria,\n\nThank you for the interview. I am a hard-working team player and I can "
            "solve any problem. The last project failed, but it wasn't really my fault.\n\n"
            "Kind regards,\nAlex")
    rules = {finding.rule for finding in tone_findings(body, kb=kb)}
    assert {"tone.hackneyed", "tone.pompous", "tone.blame"} <= rules


def test_letter_exports_as_text_and_as_eml_that_parses_back(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    letter = _letter(kb, view, debrief)
    text = letter_text(letter)
    assert text.startswith("To: Maria Lopez <maria.lopez@northwind.example>\nSubject: Thank you:")
    written = datetime(2024, 5, 7, 17, 30, tzinfo=UTC)
    parsed = BytesParser(policy=policy.default).parsebytes(letter_eml(letter, written_at=written))
    address = parsed["To"].addresses[0]
    assert (address.display_name, address.addr_spec) == ("Maria Lopez", "maria.lopez@northwind.example")
    assert parsed["Subject"] == letter.subject
    assert parsed["Date"].datetime == written
    assert parsed["X-Unsent"] == "1"
    assert parsed.get_body().get_content().strip() == letter.body.strip()


def test_eml_without_an_address_keeps_the_name_in_a_valid_header(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    letter = _letter(kb, view, debrief, interviewer="Sam Reed")
    raw = letter_eml(letter, written_at=datetime(2024, 5, 7, tzinfo=UTC))
    parsed = BytesParser(policy=policy.default).parsebytes(raw)
    assert "Sam Reed" in str(parsed["To"])
    assert parsed["To"].defects == ()


def test_letter_adds_a_point_to_the_addressees_weakest_answer(
    kb: KnowledgeBase, view: ApplicationView
) -> None:
    data = debrief_data()
    data["questions"][1]["add_now"] = "labour is 61% of the site budget, and I cut overtime by a third"
    data["questions"][2]["add_now"] = "the failed launch taught me to run a pre-mortem"
    bank = {question.id: question.text for question in kb.questions.values()}
    debrief, problems = validate_debrief(data, bank=bank, today=TODAY)
    assert debrief is not None, problems
    to_sam = _letter(kb, view, debrief, interviewer="Sam Reed")
    assert ('On your question "Tell me about the biggest professional failure you have had", I would like '
            "to add one point: the failed launch taught me to run a pre-mortem.") in to_sam.body
    assert "61%" not in to_sam.body  # one addition only: the weakest answer
    assert "pre-mortem" not in _letter(kb, view, debrief).body  # Maria did not ask it
    assert tone_findings(to_sam.body, kb=kb) == []


def test_letter_quotes_a_question_only_if_it_went_well(kb: KnowledgeBase, view: ApplicationView) -> None:
    data = debrief_data()
    for question in data["questions"]:
        question.pop("topic", None)
    data["questions"][3]["asked_by"] = "Maria"  # Sam now asked only the two weak ones
    bank = {question.id: question.text for question in kb.questions.values()}
    debrief, problems = validate_debrief(data, bank=bank, today=TODAY)
    assert debrief is not None, problems
    to_sam = _letter(kb, view, debrief, interviewer="Sam Reed")
    assert 'your question "How do you run a peak season?"' in to_sam.body  # the best one, not his weak ones
    assert "budget of your last site" not in to_sam.body


def test_promises_share_one_opening(kb: KnowledgeBase, view: ApplicationView) -> None:
    data = debrief_data(promises=[{"what": "the deck"}, {"what": "the org chart", "delivery": "to_follow"}])
    bank = {question.id: question.text for question in kb.questions.values()}
    debrief, problems = validate_debrief(data, bank=bank, today=TODAY)
    assert debrief is not None, problems
    body = _letter(kb, view, debrief).body
    assert "As promised, I have attached the deck. The org chart will follow in a separate email." in body
    assert body.count("As promised") == 1


_names = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=2, max_size=12)


@settings(max_examples=60, deadline=None)
@given(
    first=_names, last=_names, ratings=st.lists(st.integers(1, 5), min_size=0, max_size=5),
    topic=st.sampled_from(["", "the Porto site", "{braces} in a topic"]),
    handled=st.sampled_from(["answered", "partly", "open"]),
)
def test_any_debrief_gives_a_complete_letter_to_the_named_interviewer(
    first: str, last: str, ratings: list[int], topic: str, handled: str
) -> None:
    assume(first.casefold() != "sam")
    name = f"{first} {last}"
    debrief = Debrief.model_validate({
        "date": "2024-05-07",
        "interviewers": [{"name": name}, {"name": "Sam Reed"}],
        "questions": [{"text": f"Question {index}?", "rating": rating, "topic": topic if index else ""}
                      for index, rating in enumerate(ratings)],
        "concerns": [{"text": "no P&L ownership", "handled": handled, "plan": "I will run the P&L review."}],
    })
    app = ApplicationView(id=1, company="Acme", title="COO", fit=copy.deepcopy(FIT), candidate="Alex")
    letter = draft_letter(app, debrief, _LETTER, today=TODAY, interviewer=name)
    titled = first.rstrip(".").casefold() in HONORIFICS  # "Dr Reed": title and surname
    assert Interviewer(name=name).greeting_name == (name if titled else first)
    assert letter.body.startswith(f"Dear {name if titled else first},\n")  # the first name by default
    assert letter.body.rstrip().endswith("Kind regards,\nAlex")
    assert ("I will run the P&L review." in letter.body) == (handled != "answered")
    assert "I led 9 warehouses" in letter.body
    for template_name in ("{what}", "{topic}", "{need}", "{plan}", "{question}"):
        assert template_name not in letter.body


@pytest.mark.parametrize(("plan", "promise"), [
    ("Complete the SAP EWM course by March.", "I will complete the SAP EWM course by March."),
    ("complete the Black Belt by June 2027", "I will complete the Black Belt by June 2027."),
    ("To finish the PRINCE2 Practitioner by April", "I will finish the PRINCE2 Practitioner by April."),
    ("I will shadow the key users for 30 days", "I will shadow the key users for 30 days."),
    ("Training on SAP in May", "Training on SAP in May."),
])
def test_a_plan_becomes_the_candidates_own_commitment(plan: str, promise: str) -> None:
    assert commitment(plan) == promise


@pytest.mark.parametrize(("concern", "expected"), [
    ("Has not run a budget above £5m", "that I have not run a budget above £5m"),
    ("lacks experience with elected members", "that I lack experience with elected members"),
    ("No Black Belt", "that I have no Black Belt"),
    ("is new to regulated healthcare", "that I am new to regulated healthcare"),
    ("the size of the estate", "about the size of the estate"),
])
def test_a_concern_is_said_back_in_the_first_person(concern: str, expected: str) -> None:
    from poise.followup.letter import concern_clause

    assert concern_clause(concern) == expected


def test_a_qualification_is_told_in_the_first_person_and_a_skills_list_is_never_pasted(
    kb: KnowledgeBase,
) -> None:
    assert kb.followup is not None
    templates = kb.followup.letter
    # What the résumé reader stored with the fit: the degree (dates dropped) and a certificate.
    resume = FitResume(education=("MSc Supply Chain Management, 2:1 – Cranfield University",),
                       certifications=("APM Project Management Qualification",))
    degree = "MSc Supply Chain Management, 2:1 – Cranfield University (2011)"
    assert evidence_sentence(degree, templates, "education", resume=resume) == \
        "My qualifications include an MSc Supply Chain Management."
    assert evidence_sentence(degree, templates, "other", resume=resume) == ""
    assert evidence_sentence("- APM Project Management Qualification", templates, "certification",
                             resume=resume) == (
        "My qualifications include APM Project Management Qualification.")
    assert evidence_sentence("Contract management (NEC3/NEC4 TSC, JCT)", templates,
                             "certification", resume=resume) == ""
    assert evidence_sentence("Stakeholder management", templates, "education", resume=resume) == ""
    # A line the reader did not store as a qualification is not told as one, whatever its words.
    assert evidence_sentence(degree, templates, "education") == ""


def test_a_language_is_told_with_the_level_the_resume_reader_stored(kb: KnowledgeBase) -> None:
    assert kb.followup is not None
    templates = kb.followup.letter
    resume = FitResume(languages=(FitLanguage(language="English", level="native"),
                                  FitLanguage(language="Portuguese", level="C1")))
    line = "English (mother tongue), Portuguese (fluent)"
    assert evidence_sentence(line, templates, "languages", resume=resume,
                             need="Business Portuguese") == "I speak fluent Portuguese."
    assert evidence_sentence(line, templates, "languages", resume=resume) == (
        "I speak native English.")
    # the code is said only where the candidate wrote it; a level the line does not word is left out
    coded = "Portuguese (C1), English (mother tongue)"
    assert evidence_sentence(coded, templates, "languages", resume=resume,
                             need="Portuguese") == "I speak Portuguese (C1)."
    assert evidence_sentence("Portuguese", templates, "languages", resume=resume,
                             need="Portuguese") == "I speak Portuguese."
    assert evidence_sentence(line, templates, "languages") == ""


def test_the_letter_argues_a_language_need_from_the_stored_fit(kb: KnowledgeBase) -> None:
    assert kb.followup is not None
    templates = kb.followup.letter
    sentences = " ".join(need.sentence for need in choose_needs(read_fit(FIT), templates))
    assert "I speak fluent Spanish" in sentences  # the résumé says "Spanish (fluent)"
    fit = copy.deepcopy(FIT)
    fit["resume"]["languages"] = []  # a fit stored before languages were read
    assert all(need.requirement_id != "r4" for need in choose_needs(read_fit(fit), templates))


def test_a_school_line_gives_the_award_kept_after_it_and_a_bare_membership_none(
        kb: KnowledgeBase) -> None:
    assert kb.followup is not None
    resume = FitResume(education=("Harbour City University", "Bachelor of Commerce (Honours), Accounting"),
                       certifications=("Member, Institute of Transport",))
    told = evidence_sentence("2001 – 2005 Harbour City University", kb.followup.letter, "education",
                             resume=resume)
    assert "Bachelor of Commerce (Honours)" in told and "University" not in told
    assert evidence_sentence("Member, Institute of Transport", kb.followup.letter, "certification",
                             resume=resume) == ""


def test_a_letter_written_after_the_next_steps_date_does_not_look_forward_to_a_past_day(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    assert kb.followup is not None
    late = draft_letter(view, debrief, kb.followup.letter, today=date(2024, 5, 20))  # after 17 May
    assert "planned for Friday 17 May" not in late.body
    assert "I look forward to the next step, a panel with the CEO." in late.body


def test_a_topic_typed_as_a_number_is_not_thanked_for(kb: KnowledgeBase, view: ApplicationView) -> None:
    data = debrief_data()
    data["questions"][0]["topic"] = "4"
    bank = {question.id: question.text for question in kb.questions.values()}
    debrief, problems = validate_debrief(data, bank=bank, today=TODAY)
    assert debrief is not None, problems
    letter = _letter(kb, view, debrief)
    assert "discussion of 4" not in letter.body
    assert "Dear Maria," in letter.body


def test_a_request_typed_as_the_topic_is_named_by_its_object_and_a_deadline_is_not_attached(
    kb: KnowledgeBase, view: ApplicationView
) -> None:
    data = debrief_data(promises=[{"what": "I will send the ramp curve by Friday"}],
                        next_step={"what": "They will decide on a second round within two weeks",
                                   "by": "2024-05-17"})
    data["questions"][0]["topic"] = "Tell me about the Porto peak"
    bank = {question.id: question.text for question in kb.questions.values()}
    debrief, problems = validate_debrief(data, bank=bank, today=TODAY)
    assert debrief is not None, problems
    body = _letter(kb, view, debrief).body
    assert "our discussion of the Porto peak." in body
    assert "Tell me about" not in body
    assert "I have attached the ramp curve." in body
    assert "ramp curve by Friday" not in body
    assert "the next step, they will" not in body  # a clause is never named as a noun
    assert "as I understand it, they will decide on a second round within two weeks, by Friday 17 May." \
        in body


def test_a_question_typed_as_the_topic_is_quoted_as_their_question(
    kb: KnowledgeBase, view: ApplicationView
) -> None:
    data = debrief_data()
    for question in data["questions"]:
        question["topic"] = ""
    data["topics"] = ["How would you run the Porto peak?"]
    bank = {question.id: question.text for question in kb.questions.values()}
    debrief, problems = validate_debrief(data, bank=bank, today=TODAY)
    assert debrief is not None, problems
    body = _letter(kb, view, debrief).body
    assert "discussion of How would" not in body


def test_a_point_to_add_with_a_colon_of_its_own_follows_as_a_sentence(
    kb: KnowledgeBase, view: ApplicationView
) -> None:
    data = debrief_data()
    data["questions"][2]["add_now"] = "a 90-day plan: safety rules first, then daily tier meetings"
    bank = {question.id: question.text for question in kb.questions.values()}
    debrief, problems = validate_debrief(data, bank=bank, today=TODAY)
    assert debrief is not None, problems
    body = _letter(kb, view, debrief, interviewer="Sam Reed").body
    assert "one point: a 90-day plan:" not in body  # two colons stacked in one sentence
    assert ("I would like to add one point. A 90-day plan: safety rules first, then daily tier "
            "meetings.") in body
