"""Quantities both sides state (issue 12, strong rated partial): years of the kind asked counted
from the roles that show that kind, a close line that states its own span, figures met in other
words, and the level errors these must not make (a smaller scale, a kind not shown, a quantity the
résumé never states)."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY, hash_embed

from poise.fit.extract import read_resume
from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import match_one, similarity
from poise.fit.quantity_met import kind_years, kind_years_ratio, stated_met, stated_span
from poise.fit.verdict_features import FEATURES, features, resume_context

RESUME = """# Ada Lenz
Leeds, UK · ada@example.org

## Experience
Warehouse Director, Halden Freight, Leeds, 2016 – present
- Run contract logistics warehousing for retail clients across three sites.

Warehouse Manager, Tollard Logistics, Leeds, 2012 – 2015
- Ran a contract logistics warehouse of 60 staff.

Retail Store Manager, Fenwick Stores, York, 2004 – 2011
- Managed a department store of 90 staff with a budget of £4m.
- Cut stock losses by 22% in two years.
"""


def _row(requirement: str, resume_text: str = RESUME) -> dict[str, float]:
    patterns = patterns_for()
    job = read_job(f"# Head of Operations\n\n## Requirements\n- {requirement}\n")
    resume = read_resume(resume_text, today=TODAY)
    sim = similarity(job, resume, hash_embed)
    match = match_one(job.requirements[0], resume, sim, patterns)
    values = features(job.requirements[0], match, resume, sim,
                      context=resume_context(resume, patterns), patterns=patterns)
    return dict(zip(FEATURES, (float(value) for value in values), strict=True))


def _kind(requirement: str, close_roles: set[int]) -> float | None:
    """Years of the kind with the lines of ``close_roles`` (positions) scored close, the rest far."""
    job = read_job(f"# Head of Operations\n\n## Requirements\n- {requirement}\n")
    resume = read_resume(RESUME, today=TODAY)
    lines = [line for line in resume.lines if line.role is not None]
    scores = [0.8 if line.role in close_roles else 0.2 for line in lines]
    return kind_years_ratio(job.requirements[0], resume, scores, [line.text for line in lines],
                            [line.role for line in lines])


def test_years_of_the_kind_count_only_the_roles_that_show_it() -> None:
    # The two warehouse roles (2012 – present) show the kind: nearly 15 years of it.
    met = _kind("At least 10 years of experience in contract logistics or warehousing.", {0, 1})
    assert met is not None and met >= 1.0
    # The retail role alone shows another kind: the whole career does not make it met.
    short = _kind("At least 10 years of experience in contract logistics or warehousing.", {2})
    assert short is not None and short < 1.0
    # No role shows the kind: nothing counted, however long the career.
    assert _kind("At least 10 years of experience in medical devices.", set()) == 0.0


def test_no_years_asked_is_no_reading() -> None:
    assert _kind("Experience of contract logistics.", {0, 1}) is None
    # A time window is not years of experience asked.
    assert _kind("Reduce stock losses by 10% over three years.", {2}) is None


def test_a_close_line_stating_its_own_span_counts() -> None:
    assert stated_span("Business services leader with 15 years in shared services") == 15.0
    # A later span alone ("including 5 years") is a part of a career, not the span asked.
    assert stated_span("Ran the centre, including 5 years as its head") is None
    assert stated_span("Cut stock losses by 22%") is None
    job = read_job("# Director\n\n## Requirements\n- At least 12 years in shared services.\n")
    resume = read_resume(RESUME, today=TODAY)
    texts = ["Business services leader with 15 years in shared services", "Ran the payroll team"]
    assert kind_years(job.requirements[0], resume, [0.7, 0.1], texts, [None, None]) == 15.0
    # The same statement on a line far from the kind is not read.
    assert kind_years(job.requirements[0], resume, [0.2, 0.1], texts, [None, None]) == 0.0


def test_stated_quantities_compare_only_what_both_sides_state() -> None:
    assert stated_met([None, None]) == (0.0, 0.0)
    assert stated_met([1.2, None, 1.0]) == (1.0, 1.0)
    assert stated_met([1.5, 0.5]) == (1.0, 0.0)


def test_the_head_reads_years_of_the_kind_met_and_not_met() -> None:
    met = _row("At least 10 years of experience in contract logistics warehousing.")
    assert met["kind_years_met"] == 1.0 and met["kind_years_log_ratio"] > 0.0
    short = _row("At least 20 years of experience in contract logistics warehousing.")
    assert short["kind_years_met"] == 0.0 and short["kind_years_log_ratio"] < 0.0
    assert short["stated_met"] == 0.0


def test_a_figure_met_in_other_words_is_stated_met_and_a_smaller_one_is_not() -> None:
    assert _row("Reduce stock losses by 15%.")["stated_met"] == 1.0
    smaller = _row("Reduce stock losses by 40%.")
    assert smaller["stated_compared"] == 1.0 and smaller["stated_met"] == 0.0


def test_a_smaller_scale_is_short_and_never_stated_met() -> None:
    row = _row("Experience managing a team of 500 staff.")
    assert row["scale_short"] == 1.0
    assert row["stated_met"] == 0.0


def test_a_quantity_the_resume_never_states_is_not_read_as_short() -> None:
    unstated = RESUME.replace(" with a budget of £4m", "")
    row = _row("Experience managing a budget of £50m.", unstated)
    assert row["scale_asked"] == 1.0
    # Unstated, not shown smaller: no ratio, the "unshown" reading says it.
    assert row["scale_log_ratio"] == 0.0 and row["scale_short"] == 0.0
    assert row["scale_unshown"] == 1.0
    # Stated smaller: short, with its ratio.
    stated = _row("Experience managing a budget of £50m.")
    assert stated["scale_short"] == 1.0 and stated["scale_log_ratio"] < 0.0
    assert stated["stated_met"] == 0.0
    assert not np.isnan(list(row.values())).any()
