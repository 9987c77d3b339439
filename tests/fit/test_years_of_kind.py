"""Years of a kind (issue 12): a requirement asking two spans of years ("15+ years …, including
5+ years at director level") counts the second only from the roles at the level it names; a
résumé's statement of its years counts as leading only the span that says so."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.extract import read_resume
from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import match_one, similarity
from poise.fit.verdict_features import years_ratio
from poise.fit.years import later_span, span_level, stated_leading_years, years_of_kind

RESUME = """# Ada Lenz
Leeds, UK · ada@example.org

## Experience
Director of Operations, Halden Freight, Leeds, 2023 – present
- Lead 4 site managers and 240 staff across three warehouses.

Operations Manager, Tollard Logistics, Leeds, 2016 – 2022
- Ran a warehouse of 60 staff through three shift leaders.

Warehouse Analyst, Tollard Logistics, Leeds, 2010 – 2015
- Built the stock-accuracy reports.
"""


def _years_verdict(requirement: str, resume_text: str = RESUME) -> tuple[str, str]:
    patterns = patterns_for()
    job = read_job(f"# Head of Operations\n\n## Requirements\n- {requirement}\n")
    resume = read_resume(resume_text, today=TODAY)
    match = match_one(job.requirements[0], resume, similarity(job, resume, hash_embed), patterns)
    years = next(verdict for verdict in match.verdicts if verdict.kind == "years_experience")
    return years.strength, years.reason + " " + years.missing


def test_the_later_span_and_its_words() -> None:
    assert later_span("15+ years in supply chain, including 5+ years at director level") == (
        5.0, "at director level")
    assert later_span("12+ years in data with 5+ as director") == (5.0, "as director")
    assert later_span("10 years of experience in logistics") is None


def test_the_level_a_span_asks() -> None:
    patterns = patterns_for()
    assert span_level("at director level", patterns) == "head_or_director"
    assert span_level("leading managers", patterns) == "manager_of_managers"
    assert span_level("leading leaders", patterns) == "manager_of_managers"
    assert span_level("at VP level or above", patterns) == "executive"
    # Alternatives: the lowest title named is enough.
    assert span_level("as Plant Head / Works Manager", patterns) == "manager"
    # A singular title names the level of the role itself, not people led.
    assert span_level("as director", patterns) == "head_or_director"
    assert span_level("leading teams", patterns) == ""


def test_director_years_count_only_the_director_roles() -> None:
    patterns = patterns_for()
    resume = read_resume(RESUME, today=TODAY)
    kind = years_of_kind("15+ years in operations, including 5+ years at director level",
                         resume, patterns)
    assert kind is not None
    assert 3 <= kind.years < 4.5  # 2023 – present, not the whole career
    assert kind.asked == 5.0


def test_a_director_span_short_is_partial_and_says_what_is_missing() -> None:
    strength, words = _years_verdict(
        "10+ years in operations, including 5+ years at director level")
    assert strength == "partial"
    assert "head or director level" in words
    assert "5 asked" in words


def test_a_director_span_met_is_strong() -> None:
    strength, _ = _years_verdict("12+ years in operations, including 3+ years at director level")
    assert strength == "strong"


def test_the_head_reads_the_years_of_the_level_asked() -> None:
    patterns = patterns_for()
    job = read_job("# Head\n\n## Requirements\n"
                   "- 15+ years in operations, including 5+ years at director level\n")
    resume = read_resume(RESUME, today=TODAY)
    ratio = years_ratio(job.requirements[0], resume, patterns)
    assert ratio is not None and ratio < 1.0


def test_a_statement_counts_as_leading_only_the_span_that_leads() -> None:
    assert stated_leading_years("16 years of B2B sales, including 6 years leading sales teams") == 6
    assert stated_leading_years("15 years leading operations teams") == 15
    assert stated_leading_years("18 years in software engineering and data platforms") is None


SELLER = """# Kai Moss
Leeds, UK · kai@example.org

## Profile
Sales professional with 16 years of experience in B2B sales, including 6 years leading sales
teams.

## Experience
Senior Account Executive, Halden Freight, Leeds, 2010 – present
- Closed the three largest contracts in the company's history.
"""


def test_a_summary_with_two_spans_does_not_make_the_career_management() -> None:
    strength, words = _years_verdict("10+ years of B2B sales, with at least 8 years leading "
                                     "sales teams", SELLER)
    assert strength != "strong", words
    assert "about 6 years in management roles" in words
