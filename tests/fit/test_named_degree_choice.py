"""A choice among named qualifications the résumé holds none of is still unmet; a choice the
résumé meets, or one left open, is not held against it."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.result import assess

RESUME = """# Rana Haddad
## Experience
### Chief Operating Officer — Cedar Hospital, Beirut
2014 – 2020
- Ran operations, nursing administration and supply chain for a 180-bed hospital.
## Education
2004 – Master in Health Services Management, Université Saint-Joseph, Beirut
2001 – ACCA affiliate
"""


def _match(requirement: str) -> dict[str, object]:
    fit = assess(f"# Chief Executive\n\n## Requirements\n- {requirement}\n", RESUME,
                 embed=hash_embed, today=TODAY).to_dict()
    (match,) = fit["matches"]
    return match


def test_a_choice_of_named_degrees_none_held_is_not_met_by_another_degree() -> None:
    match = _match("Medical degree (MD or MBBS) with some years of clinical practice.")
    assert match["strength"] != "strong"
    assert "MD" in str(match["reason"]) and "MBBS" in str(match["reason"])


def test_a_choice_the_resume_meets_is_not_held_against_it() -> None:
    match = _match("Qualified accountant (ACCA or CIMA).")
    assert "ACCA" not in str(match["reason"]) and "CIMA" not in str(match["reason"])


def test_a_named_programme_offered_beside_any_degree_is_left_open() -> None:
    match = _match("MBA or CHE certification.")
    assert "CHE" not in str(match["reason"])


def test_initials_beside_a_field_are_no_named_choice() -> None:
    match = _match("Master's degree in logistics, SCM or engineering.")
    assert "The job names" not in str(match["reason"])
