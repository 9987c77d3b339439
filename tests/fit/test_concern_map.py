"""Concerns that agree with the fit map: no missing must-have on a line the map rates strong; on a
line it rates partial, the concern says what is shown and what is not instead of "could not find
it"; and a line asking for work with trade unions is judged by what the résumé shows of that work."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from tests.fit.conftest import TODAY, hash_embed

from poise.content.loader import knowledge_base
from poise.fit.concerns.evidence import shown_gap
from poise.fit.concerns.model import Context, Draft, Values
from poise.fit.concerns.requirements import as_the_map_shows
from poise.fit.match import NONE, PARTIAL, STRONG, Match
from poise.fit.result import assess
from poise.fit.resume_reader import ResumeLine


def test_what_a_partial_match_lacks_is_said_in_words() -> None:
    assert shown_gap("not clearly shown: recruitment in a rural setting") == \
        "but not recruitment in a rural setting"
    assert shown_gap("Green Belt shown; Black Belt asked") == "but not Black Belt"
    assert shown_gap("a budget of £5M not shown") == "but not a budget of £5M"
    assert shown_gap("no health and care regulation shown") == "but not health and care regulation"
    assert shown_gap("CAPEX not shown") == "but not CAPEX"
    # Bare words, or a sentence of its own, name no one part.
    assert shown_gap("serve, senior, trustees not shown") == "but not all of it"
    assert shown_gap("loyalty not shown") == "but not all of it"
    assert shown_gap("The job asks for SMF24; the résumé does not show it.") == "but not all of it"


SHOWN = ResumeLine(3, "Led two depot start-ups in Yorkshire.", "experience", True, 0)


def _context() -> Context:
    resume = SimpleNamespace(line=lambda index: SHOWN)
    return cast(Context, SimpleNamespace(resume=resume))


def _draft(kind: str = "missing_must_have") -> Draft:
    return Draft(kind=kind, key=kind, score=70.0, values=Values(topic='"depot start-ups"'))


def _match(strength: str, missing: str = "") -> Match:
    return Match(requirement_id="r1", strength=strength, quote=SHOWN.text, reason="",
                 score=0.5, line=SHOWN.index, missing=missing)


def test_no_missing_must_have_on_a_line_the_map_rates_strong() -> None:
    kept = as_the_map_shows([_draft(), _draft("tool_mismatch")], _match(STRONG), _context())
    assert [draft.kind for draft in kept] == ["tool_mismatch"]


def test_a_partial_line_raises_the_partial_wording_quoting_what_is_shown() -> None:
    match = _match(PARTIAL, "not clearly shown: an automated site")
    [draft] = as_the_map_shows([_draft()], match, _context())
    assert draft.variant == "partial"
    assert draft.values["shown_gap"] == "but not an automated site"
    assert draft.resume_line == SHOWN and draft.support == SHOWN


def test_a_line_with_nothing_shown_keeps_the_plain_wording() -> None:
    [draft] = as_the_map_shows([_draft()], _match(NONE), _context())
    assert draft.variant == ""


def test_the_partial_wording_never_says_nothing_was_found() -> None:
    template = knowledge_base().fit.template("missing_must_have")
    plain, partial = template.wording(""), template.wording("partial")
    assert "could not find" in plain["question"]
    values: dict[str, Any] = {"topic": '"depot start-ups"', "shown_gap": "but not an automated site",
                              "job_line": "x", "resume_line": "y", "evidence_sentence": "z"}
    question = partial["question"].format(**values)
    assert "could not find" not in question and "but not an automated site" in question
    assert "does not show" not in partial["acknowledge"]


ROLES = """### Operations Manager — Harbour Foods, Leeds, UK
Mar 2015 – present
- Lead a team of 45 across two depots.
- Managed a £4M operating budget.
"""
UNION_DUTY = "- You will lead collective bargaining and labour relations with the recognised union."


def _kinds(roles: str) -> list[str]:
    # A duty, not a listed requirement: without the union check a duty the résumé does not echo
    # raises no missing must-have.
    job = f"# Head of Operations\n\n## Responsibilities\n{UNION_DUTY}\n"
    resume = f"# Sam Reid\nLeeds, UK · sam@example.com\n\n## Experience\n{roles}"
    return [concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


def test_union_work_asked_and_not_shown_is_a_missing_must_have() -> None:
    assert "missing_must_have" in _kinds(ROLES)


def test_staff_outside_any_union_show_no_union_work() -> None:
    roles = ROLES + "- Member of the labour relations group for a non-represented workforce.\n"
    assert "missing_must_have" in _kinds(roles)


def test_union_work_on_the_resume_answers_the_line() -> None:
    roles = ROLES + "- Negotiated the annual pay settlement with the recognised trade union.\n"
    assert "missing_must_have" not in _kinds(roles)


def test_a_bank_or_a_credit_union_is_no_union_work() -> None:
    from poise.fit.lexicon import any_match, patterns_for

    evidence = patterns_for(knowledge_base()).evidence
    assert any_match(evidence["union_work"], "Joined Raffles Union Bank as an analyst") is None
    assert any_match(evidence["union_work"], "Worked with Front Range Credit Union on loans") is None
    assert any_match(evidence["union_asked"], "Experience in a credit union is a plus") is None
    assert any_match(evidence["union_work"], "RNs represented by SEIU Healthcare") is not None


def test_a_line_is_told_in_the_first_person_only_when_it_tells_an_action() -> None:
    from poise.fit.concerns.wording import first_person_clause

    def told(text: str) -> str:
        return first_person_clause(text, current=False)

    # What was done to the candidate reads "I was …", never "I promoted to …".
    assert told("Promoted to Senior Director in 2021") == "I was promoted to Senior Director in 2021"
    assert told("Named QP on the site licence") == "I was named QP on the site licence"
    assert told("Promoted 5 team leads to managers") == "I promoted 5 team leads to managers"
    # A credential, a course's name and an employer's size are no action of the candidate's.
    assert told("Registered Nurse turned health manager with 20 years") == ""
    assert told("Certified PMP and SAFe Agilist") == ""
    assert told("Leading Senior Managers – Institute of Management, 2022") == ""
    assert told("Leadership for Senior Managers – Institute of Management, 2022") == ""
    assert told("268-bed community hospital, part of a regional group") == ""
    # Actions still read as before.
    assert told("Leading 4 cluster managers") == "I led 4 cluster managers"
    assert told("Co-led the merger of two depots") == "I co-led the merger of two depots"


def test_self_employment_is_never_written_as_an_employer() -> None:
    from poise.fit.concerns.wording import _plausible_employer

    assert not _plausible_employer("Self-employed")
    assert not _plausible_employer("Freelance")
    assert _plausible_employer("Harbour Foods Ltd")


def test_the_union_gap_has_its_own_step() -> None:
    job = f"# Head of Operations\n\n## Responsibilities\n{UNION_DUTY}\n"
    resume = f"# Sam Reid\nLeeds, UK · sam@example.com\n\n## Experience\n{ROLES}"
    [concern] = [concern for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns
                 if concern.kind == "missing_must_have"]
    assert "union's representatives" in concern.answer_plan.plan
    assert "who does this best" not in concern.draft
