"""The fit map: every requirement gets its best résumé line, a strength and a reason."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.result import assess

RESUME = """# Sam Lee
## Experience
### Operations Manager — Acme Retail, Lyon, France
Jan 2016 – present
- Led a team of 45 people in two distribution centres.
- Managed a €6M budget.
- Ran the move of all sites onto Oracle ERP.
- Introduced weekly safety walks that cut injuries by 30%.
### Supervisor — Beta Foods, Lyon
Jan 2013 – Dec 2015
- Supervised 9 packers.
## Education
CPA, 2014
"""


def _match(requirement: str, resume: str = RESUME) -> dict[str, object]:
    fit = assess(f"# Director of Operations\n\n## Requirements\n- {requirement}\n", resume,
                 embed=hash_embed, today=TODAY).to_dict()
    (match,) = fit["matches"]
    return match


def test_years_that_meet_the_requirement_are_strong() -> None:
    match = _match("At least 5 years of experience in operations.")
    assert match["strength"] == "strong"
    assert "14 years" in match["reason"] and "5" in match["reason"]


def test_too_few_years_are_none() -> None:
    assert _match("At least 20 years of experience in operations.")["strength"] == "none"


def test_team_that_meets_the_size_is_strong_and_quoted() -> None:
    match = _match("Experience leading a team of 30 people.")
    assert match["strength"] == "strong"
    assert match["quote"] == "Led a team of 45 people in two distribution centres."


def test_team_far_below_the_size_is_partial_at_a_smaller_scale() -> None:
    # People are led, only fewer of them: partial (the step up becomes a concern), not missing.
    match = _match("Experience leading a team of 200 people.")
    assert match["strength"] == "partial"
    assert "45" in match["reason"] and "200" in match["reason"]


def test_budget_below_what_is_asked_is_partial_and_within_a_tenth_of_about_is_strong() -> None:
    assert _match("Own a budget of €50M.")["strength"] == "partial"
    assert _match("Own a budget of €8M.")["strength"] == "partial"
    # A size asked exactly is a floor: €6M is short of €6.5M and says so.
    short = _match("Own a budget of €6.5M.")
    assert short["strength"] == "partial"
    assert "€6M shown; €6.5M asked" in str(short["reason"])
    assert _match("Own a budget of about €6.5M.")["strength"] == "strong"


def test_rival_tool_is_partial_with_the_reason() -> None:
    match = _match("Hands-on SAP experience required.")
    assert match["strength"] == "partial"
    assert "Oracle" in match["reason"] and "SAP" in match["reason"]
    assert "Oracle" in match["quote"]


def test_tool_on_the_resume_is_strong() -> None:
    assert _match("Experience with Oracle is essential.")["strength"] == "strong"


def test_certification_found_or_missing() -> None:
    assert _match("CPA qualification required.")["strength"] == "strong"
    match = _match("PMP certification required.")
    assert match["strength"] == "none" and "PMP" in match["reason"]


def test_no_board_on_the_resume_is_none() -> None:
    assert _match("Report to the board every quarter.")["strength"] == "none"


def test_domestic_resume_for_an_international_requirement_is_none() -> None:
    match = _match("Experience leading teams in several countries.")
    assert match["strength"] == "none"
    assert "France" in match["reason"]


def test_semantic_match_quotes_the_closest_line() -> None:
    match = _match("A strong record on safety, with injuries cut.")
    assert match["quote"].startswith("Introduced weekly safety walks")
    assert match["strength"] in ("strong", "partial")
    assert 0 <= match["score"] <= 1


def test_every_requirement_gets_exactly_one_match(job_text: str, resume_text: str) -> None:
    fit = assess(job_text, resume_text, embed=hash_embed, today=TODAY).to_dict()
    assert [m["requirement_id"] for m in fit["matches"]] == [r["id"] for r in fit["requirements"]]
    for match in fit["matches"]:
        assert match["strength"] in ("strong", "partial", "none")
        assert match["reason"]
