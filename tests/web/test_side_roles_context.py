"""The application page lists the unpaid and board roles read from the résumé among its facts."""

from __future__ import annotations

from poise.followup.application import FitResume, FitRole, read_fit
from poise.web.contexts.application import resume_facts


def test_side_roles_are_a_fact_line_with_their_dates() -> None:
    resume = FitResume(side_roles=(FitRole(title="Trustee", employer="Moorside Hospice",
                                           start="2012-04", end="present"),))
    assert ("Other roles", "Trustee, Moorside Hospice (Apr 2012 – present)") in \
        resume_facts(resume)
    assert all(label != "Other roles" for label, _ in resume_facts(FitResume()))


def test_a_stored_fit_keeps_its_side_roles() -> None:
    stored = {"resume": {"side_roles": [{"title": "Governor", "employer": "Elm Primary",
                                         "start": "2019", "end": "2023"}, "not a role"]}}
    assert read_fit(stored).resume.side_roles == (
        FitRole(title="Governor", employer="Elm Primary", start="2019", end="2023"),)
