"""The line a match quotes: a check that finds its kind on any line naming it (a sector, a team
size) quotes the evidence ranker's first line, the duty done; a check that finds a name (a
certificate) keeps its own line; without a ranker nothing moves; the verdict never changes."""

from __future__ import annotations

from dataclasses import replace

from tests.fit.conftest import TODAY, hash_embed, preferring

from poise.fit.extract import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import NONE, RANKER_QUOTES, _capped, match_one, ranked_quote, similarity
from poise.fit.resume_reader import read_resume

RESUME = """# Dana Okafor
York, UK · dana@example.org

## Summary
Plant manager with 14 years in food manufacturing.

## Experience
Plant Manager, Harrow Dairies Ltd (dairy manufacturer), York, 2015 – present
- Lead 180 staff across three production shifts through four shift managers.
- Rebuilt the hygiene regime after a failed audit; passed the next two with no findings.

Production Supervisor, Kell Bakeries Ltd, Leeds, 2010 – 2015
- Ran a night shift of 25 operators.

## Certifications
- Lean Six Sigma Green Belt, 2019
"""


def _fit(requirement: str) -> tuple:
    job = read_job(f"# Operations Director\n\n## Requirements\n- {requirement}\n")
    resume = read_resume(RESUME, today=TODAY)
    return job.requirements[0], resume, similarity(job, resume, hash_embed)


def test_a_team_check_quotes_the_ranked_line_not_the_line_it_counted_on() -> None:
    requirement, resume, sim = _fit("Lead a production workforce of 150+ staff")
    patterns = patterns_for()
    ranked = sim.with_ranking(preferring("hygiene regime", sim))
    unmoved = _capped(requirement, resume, ranked, patterns)
    quoting = [item for item in unmoved.verdicts if item.line == unmoved.line and item.quote]
    assert quoting and {item.kind for item in quoting} <= RANKER_QUOTES
    assert "hygiene regime" not in unmoved.quote
    moved = match_one(requirement, resume, ranked, patterns)
    assert "hygiene regime" in moved.quote
    assert moved.line is not None and "hygiene regime" in resume.line(moved.line).text
    # Only the quote moves: strength, reason, checks and missing words are the check's.
    assert replace(moved, quote=unmoved.quote, line=unmoved.line) == unmoved


def test_without_a_ranker_the_check_keeps_its_line() -> None:
    requirement, resume, sim = _fit("Lead a production workforce of 150+ staff")
    patterns = patterns_for()
    assert match_one(requirement, resume, sim, patterns) == _capped(requirement, resume, sim,
                                                                    patterns)


def test_a_check_that_finds_a_name_keeps_its_line() -> None:
    requirement, resume, sim = _fit("Lean Six Sigma Green Belt")
    patterns = patterns_for()
    ranked = sim.with_ranking(preferring("hygiene regime", sim))
    match = match_one(requirement, resume, ranked, patterns)
    assert any(item.kind == "certification" for item in match.verdicts)
    assert "Green Belt" in match.quote


def test_a_requirement_shown_nowhere_is_left_as_it_is() -> None:
    requirement, resume, sim = _fit("Lead a production workforce of 150+ staff")
    patterns = patterns_for()
    ranked = sim.with_ranking(preferring("hygiene regime", sim))
    match = replace(_capped(requirement, resume, ranked, patterns), strength=NONE)
    assert ranked_quote(match, ranked) is match
