"""The letter's fit paragraph when few needs are shown strongly: no claim of a close match, one
result of the candidate's told as what they bring (never as proof of a need), no line from a
career break argued from, and no "is mandatory" left in a need."""

from __future__ import annotations

import copy

from poise.content.loader import KnowledgeBase
from poise.followup.application import ApplicationView
from poise.followup.debrief import Debrief
from poise.followup.letter import draft_letter, need_phrase

from .conftest import FIT, TODAY

INTRO = "Our conversation confirmed how closely the role matches work I have already done."


def _view(fit: dict[str, object]) -> ApplicationView:
    return ApplicationView(id=7, company="Northwind Logistics", title="Head of Operations",
                           level="director", stage="applied", fit=fit, candidate="Alex Morgan")


def _one_strong_need() -> dict[str, object]:
    fit = copy.deepcopy(FIT)
    fit["matches"][3]["strength"] = "partial"  # Spanish: only r1 stays strong
    return fit


def test_with_one_strong_need_the_letter_adds_a_result_and_claims_no_close_match(
    kb: KnowledgeBase, debrief: Debrief
) -> None:
    letter = draft_letter(_view(_one_strong_need()), debrief, kb.followup.letter, today=TODAY)
    assert [need.requirement_id for need in letter.needs] == ["r1"]
    assert INTRO not in letter.body
    # The partial match's line is told as what the candidate brings, not as meeting r2.
    assert ("From my recent work, I would bring this: I cut fulfilment cost per order by 18% in "
            "two years through a lean programme.") in letter.body
    assert "You also need" not in letter.body
    assert any("adds one of your results" in warning.text for warning in letter.warnings)


def test_with_two_strong_needs_the_letter_adds_no_result(
    kb: KnowledgeBase, view: ApplicationView, debrief: Debrief
) -> None:
    letter = draft_letter(view, debrief, kb.followup.letter, today=TODAY)
    assert INTRO in letter.body and "I would bring this" not in letter.body


def test_a_line_from_a_career_break_is_never_argued_from(
    kb: KnowledgeBase, debrief: Debrief
) -> None:
    fit = copy.deepcopy(FIT)
    quote = "Cared full-time for a parent; completed a governance certificate online."
    fit["matches"][0]["quote"] = quote
    fit["resume"]["breaks"] = [{"start": "2021-01", "end": "2022-06", "explained": True,
                                "quote": quote}]
    letter = draft_letter(_view(fit), debrief, kb.followup.letter, today=TODAY)
    assert "r1" not in [need.requirement_id for need in letter.needs]
    assert "Cared" not in letter.body and "cared" not in letter.body


def test_a_need_is_named_without_the_adverts_rule_about_it() -> None:
    assert need_phrase("PMP or SAFe certification is mandatory") == "PMP or SAFe certification"
    assert need_phrase("A Black Belt is highly desirable.") == "a Black Belt"
    assert need_phrase("Fluent Spanish is an added advantage") == "fluent Spanish"


def _debrief_naming(kb: KnowledgeBase, *texts: str) -> Debrief:
    from poise.followup.debrief import validate_debrief

    from .conftest import debrief_data

    bank = {question.id: question.text for question in kb.questions.values()}
    data = debrief_data(concerns=[{"text": text, "handled": "open", "raised_by": "Maria"}
                                  for text in texts])
    result, problems = validate_debrief(data, bank=bank, today=TODAY)
    assert result is not None, problems
    return result


def test_a_concern_named_by_the_fit_maps_title_is_said_in_words(
    kb: KnowledgeBase, view: ApplicationView
) -> None:
    debrief = _debrief_naming(kb, "Missing must-have: change management certification",
                              "Industry switch: retail → third-party logistics")
    body = draft_letter(view, debrief, kb.followup.letter, today=TODAY).body
    assert "Missing must-have:" not in body and "→" not in body
    assert ("Thank you for being open about your concern that my record does not yet show change "
            "management certification.") in body
    # The second concern opens differently (after its colon, "I" keeps its capital).
    assert "On your concern about my move into a new sector: I will sit in on ten client" in body


def test_two_concerns_that_read_alike_are_answered_once(
    kb: KnowledgeBase, debrief: Debrief
) -> None:
    fit = copy.deepcopy(FIT)
    twin = copy.deepcopy(fit["concerns"][0])
    twin.update(id="c3", title="Missing must-have: a Prosci practitioner licence")
    fit["concerns"].append(twin)
    texts = ("Missing must-have: change management certification",
             "Missing must-have: a Prosci practitioner licence")
    body = draft_letter(_view(fit), _debrief_naming(kb, *texts), kb.followup.letter,
                        today=TODAY).body
    assert body.count("does not yet show") == 1  # one plan answers both: said once


def test_a_language_is_argued_only_for_a_need_about_languages(kb: KnowledgeBase) -> None:
    from poise.followup.application import FitLanguage, FitResume
    from poise.followup.letter import evidence_sentence

    resume = FitResume(languages=(FitLanguage(language="Irish", level="fluent"),))
    line = "Leadership programme – Irish Management Institute, 2022"
    assert evidence_sentence(line, kb.followup.letter, "other", resume=resume,
                             need="Experience at senior level in Ireland") == ""
    assert evidence_sentence("Irish (fluent)", kb.followup.letter, "other", resume=resume,
                             need="Fluent Irish") == "I speak fluent Irish."


def test_the_lines_under_a_dated_break_are_stored_with_it_and_never_argued_from(
    kb: KnowledgeBase, debrief: Debrief
) -> None:
    from datetime import date

    from poise.fit.resume_reader import read_resume

    resume = read_resume(
        "# Sam Reid\n\n## Experience\n"
        "**Career Break – Family Carer** | Leeds | Oct 2022 – Oct 2024\n"
        "Cared full-time for a parent; completed a governance certificate online.\n\n"
        "**Head of Fundraising** – Harbour Trust, Leeds | Jan 2015 – Sep 2022\n"
        "- Grew annual income from £2M to £3.5M.\n", today=date(2026, 1, 1))
    [stored] = resume.to_dict()["breaks"]
    assert stored["lines"][1:] == [
        "Cared full-time for a parent; completed a governance certificate online."]
    fit = copy.deepcopy(FIT)
    fit["matches"][0]["quote"] = stored["lines"][1]
    fit["resume"]["breaks"] = [stored]
    letter = draft_letter(_view(fit), debrief, kb.followup.letter, today=TODAY)
    assert "Cared" not in letter.body and "cared" not in letter.body


def test_the_warning_counts_strong_matches_the_letter_cannot_tell_as_done(
    kb: KnowledgeBase, debrief: Debrief
) -> None:
    fit = copy.deepcopy(FIT)
    fit["matches"][3]["quote"] = "Operations leader with 14 years in logistics and distribution."
    letter = draft_letter(_view(fit), debrief, kb.followup.letter, today=TODAY)
    assert [need.requirement_id for need in letter.needs] == ["r1"]
    # the map shows two strong matches: the warning does not say it shows only one
    assert any(warning.text.startswith("Of the 2 requirements the fit map matches strongly, the "
                                       "letter can tell 1 in your own words")
               for warning in letter.warnings)


def test_a_concern_said_in_a_variant_is_said_in_that_variants_words(kb: KnowledgeBase) -> None:
    fit = copy.deepcopy(FIT)
    listed = copy.deepcopy(fit["concerns"][0])
    listed.update(id="c9", kind="no_board_exposure", variant="not_listed",
                  title="No public-company or IPO experience")
    fit["concerns"].append(listed)
    body = draft_letter(_view(fit), _debrief_naming(kb, "No public-company or IPO experience"),
                        kb.followup.letter, today=TODAY).body
    assert "your concern that I have not yet worked in a listed company" in body
    assert "not reported to a board" not in body  # the plain kind's words would deny board work


def test_a_second_plan_that_would_repeat_the_first_plans_words_is_not_said_again(
    kb: KnowledgeBase, view: ApplicationView
) -> None:
    from poise.followup.debrief import validate_debrief

    from .conftest import debrief_data

    lead = ("Before my start date I will go through the regulator's rules for this work with your "
            "compliance lead")
    bank = {question.id: question.text for question in kb.questions.values()}
    data = debrief_data(concerns=[
        {"text": "No experience of a regulated water utility", "handled": "open",
         "raised_by": "Maria", "plan": f"{lead}, and in my first month I will read the last audit."},
        {"text": "Never managed a licence renewal", "handled": "open", "raised_by": "Maria",
         "plan": f"{lead}, and in my first month I will meet the licensing team."},
    ])
    debrief, problems = validate_debrief(data, bank=bank, today=TODAY)
    assert debrief is not None, problems
    body = draft_letter(view, debrief, kb.followup.letter, today=TODAY).body
    assert body.count("go through the regulator's rules") == 1
    assert "The same steps would answer your concern" in body
    # two plans that share no words are both said
    data["concerns"][1]["plan"] = "I will shadow the licensing manager for two weeks in my first month."
    debrief, problems = validate_debrief(data, bank=bank, today=TODAY)
    assert debrief is not None, problems
    body = draft_letter(view, debrief, kb.followup.letter, today=TODAY).body
    assert "The same steps" not in body and "shadow the licensing manager" in body
