"""The evidence ranker: the line a requirement quotes and the head reads is the ranker's first,
the meaning check's strength still reads the best similarity, the pattern checks quote the
ranker's line among the lines they find, and the conditional logit learns which line is quoted."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY, hash_embed, preferring

from poise.analysis.learned import LinearModel
from poise.fit.evidence_rank import (
    FEATURES,
    LINE_FACTS,
    fit_ranker,
    line_facts,
    pair_features,
    rank_evidence,
    shipped_ranker,
)
from poise.fit.extract import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import match_one, similarity
from poise.fit.result import assess
from poise.fit.resume_reader import read_resume

RESUME = """# Sam Reyes
Leeds, UK · sam@example.org

## Summary
Operations leader who owns budgets and leads large teams across food manufacturing sites.

## Experience
Operations Manager, Pellow Foods Ltd, Leeds, 2016 – present
- Own an operating budget of £12m across two sites and 240 staff.
- Chair the weekly safety review with the shift leaders.
"""
JOB = "# Head of Operations\n\n## Requirements\n- Own an operating budget of at least £10m\n"


def _read() -> tuple:
    job = read_job(JOB)
    resume = read_resume(RESUME, today=TODAY)
    return job, resume, similarity(job, resume, hash_embed)



def test_without_a_ranker_lines_are_ordered_by_similarity() -> None:
    job, _, sim = _read()
    requirement = job.requirements[0].id
    combined = sim.combined(requirement)
    assert int(sim.order(requirement)[0]) == int(np.argmax(combined))


def test_the_ranker_orders_the_lines_and_the_meaning_check_quotes_its_first() -> None:
    job, resume, sim = _read()
    requirement = job.requirements[0]
    ranked = sim.with_ranking(preferring("safety review", sim))
    line, score = ranked.evidence(requirement.id)
    assert line is not None and "safety review" in line.text
    # The strength still reads the best similarity of any line.
    assert score == max(float(sim.combined(requirement.id).max()), 0.0)
    match = match_one(requirement, resume, ranked, patterns_for())
    assert "safety review" in match.quote or match.verdicts[0].kind != "other"


def test_a_pattern_check_quotes_the_ranked_line_among_those_it_finds() -> None:
    job = read_job("# Head of Operations\n\n## Requirements\n"
                   "- Experience of leading organisational change\n")
    resume = read_resume(RESUME.replace(
        "- Chair the weekly safety review", "- Led the change programme that merged two sites\n"
        "- Led a restructuring and change of the shift pattern; chair the weekly safety review"),
        today=TODAY)
    sim = similarity(job, resume, hash_embed)
    requirement = job.requirements[0]
    for preferred in ("merged two sites", "shift pattern"):
        ranked = sim.with_ranking(preferring(preferred, sim))
        match = match_one(requirement, resume, ranked, patterns_for())
        assert match.verdicts[0].kind == "change_management"
        assert preferred in match.quote


def test_rank_evidence_needs_a_model_of_these_features() -> None:
    job, resume, sim = _read()
    patterns = patterns_for()
    assert rank_evidence(None, job.requirements, resume, sim, patterns) is sim
    other = LinearModel(("evidence",), np.zeros((1, 3), dtype=np.float32),
                        np.zeros(1, dtype=np.float32), "test")
    assert rank_evidence(other, job.requirements, resume, sim, patterns) is sim
    # A model that weighs only "the line states money" puts the budget bullet first.
    weights = np.zeros((1, len(FEATURES)), dtype=np.float32)
    weights[0, FEATURES.index("money_asked_shown")] = 3.0
    weights[0, FEATURES.index("combined")] = 1.0
    model = LinearModel(("evidence",), weights, np.zeros(1, dtype=np.float32), "test")
    ranked = rank_evidence(model, job.requirements, resume, sim, patterns)
    line, _ = ranked.evidence(job.requirements[0].id)
    assert line is not None and "£12m" in line.text


def test_line_facts_say_where_a_line_sits_and_what_it_states() -> None:
    _, resume, sim = _read()
    facts = line_facts(resume, sim.lines, patterns_for())
    column = {name: index for index, name in enumerate(LINE_FACTS)}
    by_text = {line.text: facts[position] for position, line in enumerate(sim.lines)}
    budget = next(row for text, row in by_text.items() if "£12m" in text)
    summary = next(row for text, row in by_text.items() if text.startswith("Operations leader"))
    assert budget[column["has_money"]] == 1.0 and budget[column["section_experience"]] == 1.0
    assert summary[column["section_summary"]] == 1.0 and summary[column["has_money"]] == 0.0


def test_pair_features_have_one_row_per_line() -> None:
    job, resume, sim = _read()
    patterns = patterns_for()
    rows = pair_features(job.requirements[0], sim, line_facts(resume, sim.lines, patterns),
                         patterns)
    assert rows.shape == (len(sim.lines), len(FEATURES))


def test_the_conditional_logit_learns_which_line_is_quoted() -> None:
    generator = np.random.default_rng(3)
    groups, targets = [], []
    for _ in range(60):
        group = generator.normal(size=(6, 4)).astype(np.float32)
        groups.append(group)
        targets.append(int(np.argmax(group[:, 2] - group[:, 0])))  # column 2 up, column 0 down
    model = fit_ranker(groups, targets, steps=300)
    assert model.weights[0, 2] > 0 > model.weights[0, 0]
    right = sum(int(np.argmax(group @ model.weights[0])) == target
                for group, target in zip(groups, targets, strict=True))
    assert right >= 55


def test_the_shipped_ranker_reads_the_features_it_was_trained_on() -> None:
    ranker = shipped_ranker()
    assert ranker is not None
    assert ranker.weights.shape == (1, len(FEATURES))


def test_assess_uses_the_ranker_it_is_given() -> None:
    weights = np.zeros((1, len(FEATURES)), dtype=np.float32)
    weights[0, FEATURES.index("has_money")] = 5.0
    model = LinearModel(("evidence",), weights, np.zeros(1, dtype=np.float32), "test")
    job = "# Head of Operations\n\n## Requirements\n- Leading teams in food manufacturing\n"
    plain = assess(job, RESUME, embed=hash_embed, today=TODAY)
    assert "£12m" not in plain.matches[0].quote
    fit = assess(job, RESUME, embed=hash_embed, today=TODAY, evidence_ranker=model)
    assert "£12m" in fit.matches[0].quote
