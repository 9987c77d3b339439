"""Concerns: each kind is predicted from its gap or résumé pattern, ranked, and answered by a plan
that passes the concern-answer rubric."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY, hash_embed

from poise.content.schema import CONCERN_KINDS
from poise.fit.concerns import Concern, severity_of
from poise.fit.result import assess
from poise.services.fit import judge_concern_answer

BASE_ROLES = """### Operations Manager — Acme Retail, Lyon, France
Jan 2016 – present
- Led a team of 12 pickers in the Lyon distribution centre.
- Managed a €2M budget and cut costs by 8%.
- Introduced weekly safety walks that cut injuries by 30%.
### Supervisor — Beta Foods, Lyon
Jan 2012 – Dec 2015
- Supervised 9 packers on two shifts.
"""

CASES: dict[str, tuple[str, str]] = {
    "missing_must_have": ("- PMP certification is required.", BASE_ROLES),
    "scope_step_up": ("- You will lead an organisation of 60 people.", BASE_ROLES),
    "industry_switch": (
        "- Experience in B2B SaaS is essential.\n\nWe are a SaaS software company selling to "
        "enterprise customers; our software company serves business customers.",
        BASE_ROLES.replace("pickers", "pickers serving shoppers in 140 stores"),
    ),
    "short_tenures": (
        "- At least 5 years of experience in operations.",
        """### Operations Manager — Acme Retail, Lyon, France
Jan 2023 – present
- Led a team of 12 pickers.
### Operations Manager — Gamma Stores, Lyon
Feb 2022 – Nov 2022
- Led a team of 10 pickers.
### Supervisor — Delta Foods, Lyon
Jan 2021 – Dec 2021
- Supervised 9 packers.
### Supervisor — Beta Foods, Lyon
Jan 2012 – Dec 2020
- Supervised 9 packers on two shifts.
""",
    ),
    "employment_gap": (
        "- At least 5 years of experience in operations.",
        BASE_ROLES.replace("Jan 2016 – present", "Jan 2017 – present"),
    ),
    "no_leading_leaders": ("- You will lead the operation through five site managers.", BASE_ROLES),
    "no_board_exposure": ("- Report to the board every quarter.", BASE_ROLES),
    "domestic_only": ("- Lead teams in France, Germany and Spain.", BASE_ROLES),
    "tool_mismatch": (
        "- Hands-on SAP experience is essential.",
        BASE_ROLES.replace("Managed a €2M budget", "Ran Oracle ERP and managed a €2M budget"),
    ),
    "certification_level": (
        "- Lean Six Sigma Black Belt is required.",
        BASE_ROLES + "\n## Certifications\nLean Six Sigma Green Belt, 2019\n",
    ),
    "language_level": (
        "- Fluent German (C1) is essential.",
        BASE_ROLES + "\n## Languages\nFrench (native), German (B1)\n",
    ),
    "location": ("- You must be based in Hamburg or willing to relocate.", BASE_ROLES),
    "outsourcing_vendor": ("- Manage our outsourced warehousing partner and its service levels.",
                           BASE_ROLES),
    "savings_target": ("- Deliver €6M of cost savings within two years.", BASE_ROLES),
}


def _fit(kind: str) -> list[Concern]:
    requirement, roles = CASES[kind]
    job = f"# Director of Operations\n\n## Requirements\n{requirement}\n"
    resume = f"# Sam Lee\nLyon, France · sam.lee@example.com\n\n## Experience\n{roles}"
    return list(assess(job, resume, embed=hash_embed, today=TODAY).concerns)


def _concern(kind: str) -> Concern:
    for concern in _fit(kind):
        if concern.kind == kind:
            return concern
    raise AssertionError(f"no {kind} concern in {[c.kind for c in _fit(kind)]}")


def test_every_concern_kind_has_a_case() -> None:
    assert set(CASES) == set(CONCERN_KINDS)


@pytest.mark.parametrize("kind", sorted(CASES))
def test_each_kind_is_predicted_with_quotes_and_a_plan(kind: str) -> None:
    concern = _concern(kind)
    assert concern.title and concern.why and concern.question
    assert concern.evidence, "a concern quotes the job and the résumé"
    plan = concern.answer_plan
    assert plan.acknowledge and plan.evidence and plan.plan and plan.check_back.endswith("?")
    assert concern.draft == " ".join([plan.acknowledge, plan.evidence, plan.plan, plan.check_back])
    assert concern.severity == severity_of(concern.score)


@pytest.mark.parametrize("kind", sorted(CASES))
def test_drafted_answer_passes_the_concern_rubric(kind: str) -> None:
    concern = _concern(kind)
    report = judge_concern_answer(concern, concern.draft)
    fired = sorted(rule for rule in report.rules_fired() if rule.startswith("concern."))
    assert fired == [], f"{kind}: {fired} on: {concern.draft}"


def test_a_bare_promise_fails_the_rubric() -> None:
    concern = _concern("no_board_exposure")
    report = judge_concern_answer(concern.to_dict(), "I am a fast learner and I will pick it up quickly.")
    assert {"concern.no_acknowledgement", "concern.no_plan"} <= report.rules_fired()


def test_why_quotes_the_job_line_and_the_resume_line() -> None:
    concern = _concern("tool_mismatch")
    assert '"Hands-on SAP experience is essential."' in concern.why
    assert "Oracle" in concern.why
    assert "SAP" in concern.title and "Oracle" in concern.title


def test_scope_step_up_names_the_sizes() -> None:
    concern = _concern("scope_step_up")
    assert "12" in concern.title and "60" in concern.title


def test_short_tenures_needs_two_short_stints_and_ignores_promotions() -> None:
    concern = _concern("short_tenures")
    assert concern.title.startswith("Short tenures: 2 roles")
    one_short = CASES["short_tenures"][1].replace("Feb 2022 – Nov 2022", "Feb 2020 – Nov 2022")
    resume = f"# Sam\n\n## Experience\n{one_short}"
    fit = assess("# Director\n\n## Requirements\n- 5 years in operations.\n", resume,
                 embed=hash_embed, today=TODAY)
    assert "short_tenures" not in [c.kind for c in fit.concerns]


def test_interim_roles_are_not_short_tenures() -> None:
    roles = CASES["short_tenures"][1].replace("Operations Manager — Gamma",
                                              "Interim Operations Manager — Gamma")
    roles = roles.replace("Supervisor — Delta", "Interim Supervisor — Delta")
    fit = assess("# Director\n\n## Requirements\n- 5 years in operations.\n",
                 f"# Sam\n\n## Experience\n{roles}", embed=hash_embed, today=TODAY)
    assert "short_tenures" not in [c.kind for c in fit.concerns]


def test_employment_gap_names_the_months() -> None:
    concern = _concern("employment_gap")
    assert "12 months" in concern.title
    # the title spans the months with no role; the text says between which roles it fell
    assert "(Jan 2016 – Dec 2016)" in concern.title
    assert "between Dec 2015 and Jan 2017" in concern.why


def test_explained_break_is_a_gentle_career_break_not_a_gap() -> None:
    # A recent break (one that ended years ago, with steady work since, is no concern at all).
    roles = (BASE_ROLES.replace("Jan 2016 – present", "Jan 2024 – present")
             .replace("Jan 2012 – Dec 2015", "Jan 2012 – Dec 2022")
             + "\n## Career break\n2023 – 2023: career break, caring for a parent\n")
    fit = assess("# Director\n\n## Requirements\n- 5 years in operations.\n",
                 f"# Sam\n\n## Experience\n{roles}", embed=hash_embed, today=TODAY)
    gaps = [c for c in fit.concerns if c.kind == "employment_gap"]
    assert len(gaps) == 1
    concern = gaps[0]
    assert concern.title.startswith("Career break") and "Unexplained" not in concern.why
    assert concern.severity == "low"
    assert "ready" in concern.answer_plan.acknowledge  # positive, and no guess at why (never "planned")
    assert "planned" not in concern.answer_plan.acknowledge


def test_a_lower_rung_is_partial_and_says_what_is_missing() -> None:
    concern = _concern("certification_level")
    assert concern.title == "Certification level: Green Belt shown, Black Belt asked"


def test_language_level_names_both_levels() -> None:
    concern = _concern("language_level")
    assert "German B1" in concern.title and "C1" in concern.title


def test_no_location_concern_when_the_candidate_lives_there() -> None:
    requirement = "- You must be based in Lyon."
    job = f"# Director of Operations\n\n## Requirements\n{requirement}\n"
    resume = f"# Sam Lee\nLyon, France · sam.lee@example.com\n\n## Experience\n{BASE_ROLES}"
    kinds = [c.kind for c in assess(job, resume, embed=hash_embed, today=TODAY).concerns]
    assert "location" not in kinds and "missing_must_have" not in kinds


def test_nice_to_have_gaps_raise_no_concern() -> None:
    job = "# Director\n\n## Nice to have\n- PMP certification.\n- An analytics tool such as Power BI.\n"
    fit = assess(job, f"# Sam\n\n## Experience\n{BASE_ROLES}", embed=hash_embed, today=TODAY)
    assert fit.concerns == ()


def test_a_wished_product_never_named_is_the_one_mild_concern_of_a_wish_list() -> None:
    # a product the job would like and the résumé never names is asked about, mildly and
    # last (``requirements.unnamed_product``); the certificate it lacks outright is not
    job = "# Director\n\n## Nice to have\n- PMP certification.\n- Power BI is a plus.\n"
    fit = assess(job, f"# Sam\n\n## Experience\n{BASE_ROLES}", embed=hash_embed, today=TODAY)
    assert [(concern.kind, concern.variant) for concern in fit.concerns] == [("tool_mismatch", "wished")]
    assert fit.concerns[0].severity == "low"


def test_concerns_are_sorted_most_severe_first(job_text: str, resume_text: str) -> None:
    concerns = assess(job_text, resume_text, embed=hash_embed, today=TODAY).concerns
    assert len(concerns) >= 4
    scores = [concern.score for concern in concerns]
    assert scores == sorted(scores, reverse=True)
    assert len({concern.id for concern in concerns}) == len(concerns)


def test_concern_round_trips_through_its_dict() -> None:
    concern = _concern("domestic_only")
    again = Concern.from_dict(concern.to_dict())
    assert again == concern


@pytest.mark.parametrize(("score", "severity"), [(85, "high"), (70, "high"), (69.9, "medium"),
                                                 (50, "medium"), (49, "low")])
def test_severity_bands(score: float, severity: str) -> None:
    assert severity_of(score) == severity


def test_a_nice_to_have_the_resume_lacks_raises_no_concern() -> None:
    job = ("# Director\n\n## Nice to have\n- Experience leading teams in France, Germany and Spain.\n"
           "- Experience reporting to a board.\n- Lean Six Sigma Black Belt.\n")
    resume = f"# Sam\n\n## Experience\n{BASE_ROLES}\n"
    assert assess(job, resume, embed=hash_embed, today=TODAY).concerns == ()


def test_a_nice_to_have_shown_at_a_lower_level_is_a_milder_concern() -> None:
    job = ("# Director\n\n## Requirements\n- Lean Six Sigma Black Belt.\n\n## Nice to have\n"
           "- PRINCE2 Practitioner.\n")
    resume = (f"# Sam\n\n## Experience\n{BASE_ROLES}\n## Certifications\nLean Six Sigma Green Belt\n"
              "PRINCE2 Foundation\n")
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    # Two certificates below their rung are one concern (as a recruiter lists them): the
    # must-have's gap leads it, and the nice-to-have's line is quoted with it.
    assert [concern.kind for concern in concerns] == ["certification_level"]
    assert "Black Belt" in concerns[0].title
    assert any("PRINCE2 Practitioner" in quote for quote in concerns[0].evidence)


def test_a_way_of_working_is_not_a_place_to_move_to() -> None:
    job = ("# Regional Director\n\nLocation: Field-based\n\n## Requirements\n"
           "- Ten years leading multi-site retail operations.\n")
    resume = f"# Sam Lee\nYork, UK · sam.lee@example.com\n\n## Experience\n{BASE_ROLES}"
    kinds = [c.kind for c in assess(job, resume, embed=hash_embed, today=TODAY).concerns]
    assert "location" not in kinds


def test_a_move_with_no_past_move_on_the_resume_borrows_no_unrelated_result() -> None:
    job = ("# Director of Operations\n\n## Requirements\n"
           "- You must be based in Hamburg or willing to relocate.\n")
    resume = f"# Sam Lee\nLyon, France · sam.lee@example.com\n\n## Experience\n{BASE_ROLES}"
    concern = next(c for c in assess(job, resume, embed=hash_embed, today=TODAY).concerns
                   if c.kind == "location")
    assert "planned moves" not in concern.answer_plan.evidence
    assert "Hamburg" in concern.answer_plan.plan


@pytest.mark.parametrize("kind", sorted(CASES))
def test_the_question_an_interviewer_asks_is_spoken_words_not_a_label(kind: str) -> None:
    # the title may say "team of 12 → 60; first budget"; said aloud, an arrow or a list of
    # labels joined by ";" is no question anyone asks
    question = _concern(kind).question
    assert "→" not in question and ";" not in question, question


def test_a_gap_that_ended_years_ago_promises_no_catching_up_on_the_market() -> None:
    concern = _concern("employment_gap")  # Dec 2015 – Jan 2017, with work every year since
    assert "up-to-date picture" not in concern.answer_plan.plan
    assert "years ago" in concern.why and "first results" in concern.answer_plan.plan
