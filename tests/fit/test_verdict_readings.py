"""Readings behind the verdicts: heads of units counted as leaders, a master's degree offered
beside a doctorate, a regulator's rules that are no credential, partners abroad managed as an
outside supplier, and the checks quoting the line the evidence ranker prefers among those they
find, and the ranker telling a list of skills from a sentence of deeds."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed, preferring

from poise.fit.evidence_rank import FEATURES as RANK_FEATURES
from poise.fit.evidence_rank import line_facts, list_like, pair_features
from poise.fit.extract import read_job
from poise.fit.ladders import asked_rungs, leadership_rank, reports_rank
from poise.fit.lexicon import any_match, patterns_for
from poise.fit.match import match_one, ranked_lines, similarity
from poise.fit.resume_reader import read_resume

RESUME = """# Robin Osei
Bristol, UK · robin@example.org

## Summary
Plant leader; holds a PRINCE2 Practitioner certificate and speaks fluent German.

## Experience
Plant Director, Corven Components Ltd, Bristol, 2017 – present
- Lead six department heads (assembly, paint, stores, quality, planning, maintenance).
- Managed a 30-person offshore design partner under a fixed-price contract.
- Delivered the new press line on time; PRINCE2 Practitioner used on every capital project.

## Certifications
- PRINCE2 Practitioner, 2016

## Languages
- German (fluent), English (native)
"""


def _read(requirement: str):
    job = read_job(f"# Plant Manager\n\n## Requirements\n- {requirement}\n")
    resume = read_resume(RESUME, today=TODAY)
    return job.requirements[0], resume, similarity(job, resume, hash_embed)



def test_heads_of_units_named_after_the_unit_are_leaders_led() -> None:
    patterns = patterns_for()
    head = leadership_rank("head_or_director", patterns)
    assert reports_rank("Lead six department heads (assembly, paint, stores)", patterns,
                        counted=True) == head
    assert reports_rank("Manage 4 division heads and their teams", patterns) == head
    # A verb, not a group of people: nobody is counted as led.
    assert reports_rank("She heads the paint shop", patterns, counted=True) < head


def test_a_masters_offered_beside_a_doctorate_asks_for_the_masters() -> None:
    patterns = patterns_for()
    assert asked_rungs("A degree (Master or PhD) in a natural science", patterns)[
        "degree"].name == "Master's degree"
    assert asked_rungs("Masters/doctorate in statistics", patterns)["degree"].name == (
        "Master's degree")
    assert "degree" not in asked_rungs("Scrum Master or equivalent", patterns)


def test_a_regulators_rules_are_not_a_credential_to_hold() -> None:
    requirement, resume, sim = _read("Keep the site within HSE requirements and hold PRINCE2")
    match = match_one(requirement, resume, sim, patterns_for())
    asked = " ".join(verdict.detail for verdict in match.verdicts)
    assert "HSE" not in asked


def test_partners_offshore_are_an_outside_supplier_not_a_region() -> None:
    requirement, resume, sim = _read("Experience managing nearshore or offshore engineering partners")
    assert "outsourcing" in requirement.kinds and "geography" not in requirement.kinds
    match = match_one(requirement, resume, sim, patterns_for())
    check = next(verdict for verdict in match.verdicts if verdict.kind == "outsourcing")
    assert check.strength == "strong" and "offshore design partner" in check.quote
    # Offshore work alone still reads as work abroad.
    job = read_job("# Plant Manager\n\n## Requirements\n- Experience of offshore operations\n")
    assert "geography" in job.requirements[0].kinds


def test_a_supplier_audit_programme_is_supplier_management() -> None:
    evidence = patterns_for().evidence["outsourcing"]
    assert any_match(evidence, "Ran the supplier audit programme for 40 suppliers")
    assert any_match(evidence, "Set up vendor scorecards for the two logistics providers")
    assert not any_match(evidence, "Presented the audit results to the board")


def test_checks_quote_the_ranked_line_among_the_lines_naming_what_they_read() -> None:
    patterns = patterns_for()
    requirement, resume, sim = _read("PRINCE2 Practitioner")
    for preferred in ("PRINCE2 Practitioner, 2016", "capital project"):
        ranked = sim.with_ranking(preferring(preferred, sim))
        match = match_one(requirement, resume, ranked, patterns)
        check = next(verdict for verdict in match.verdicts if verdict.kind == "certification")
        assert check.strength == "strong" and preferred in check.quote
    lines = ranked_lines(resume, sim.with_ranking(preferring("capital project", sim)),
                         requirement.id)
    assert "capital project" in lines[0].text and len(lines) == len(resume.lines)
    assert ranked_lines(resume) == list(resume.lines)


def test_a_language_check_quotes_a_line_naming_the_language() -> None:
    requirement, resume, sim = _read("Excellent written and spoken English")
    match = match_one(requirement, resume, sim, patterns_for())
    check = next(verdict for verdict in match.verdicts if verdict.kind == "languages")
    assert "English" in check.quote


def test_a_list_of_short_items_is_not_a_sentence_of_deeds() -> None:
    assert list_like("Tools: Jira, Confluence, Power BI, MS Project")
    assert list_like("Budgeting · Hiring · Vendor contracts · Kanban")
    assert not list_like("Rolled out Jira to 12 teams, cutting cycle time by a third, and trained "
                         "the leads")


def test_the_ranker_weighs_a_duty_against_a_list_line_and_the_side_lists() -> None:
    job = read_job("# Plant Manager\n\n## Requirements\n"
                   "- Lead capital projects from approval to handover\n- PRINCE2 Practitioner\n")
    resume = read_resume(RESUME + "\n## Skills\nCapital projects, budgeting, lean, PRINCE2\n",
                         today=TODAY)
    sim = similarity(job, resume, hash_embed)
    patterns = patterns_for()
    facts = line_facts(resume, sim.lines, patterns)
    strip = next(position for position, line in enumerate(sim.lines)
                 if line.text.startswith("Capital projects,"))
    column = {name: index for index, name in enumerate(RANK_FEATURES)}
    duty, qualification = (pair_features(requirement, sim, facts, patterns)
                           for requirement in job.requirements)
    assert duty[strip, column["deed_asked_list"]] == 1.0
    assert qualification[strip, column["deed_asked_list"]] == 0.0
