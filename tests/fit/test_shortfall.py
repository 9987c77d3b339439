"""Shortfalls and the verdict head's features: a quantity or a rung shown short is never strong and
says what is short; each feature means what its name says."""

from __future__ import annotations

import numpy as np
import pytest
from tests.fit.conftest import TODAY, hash_embed

from poise.analysis.learned import LinearModel
from poise.fit import evaluation_view
from poise.fit.extract import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import PARTIAL, STRONG, Match, Verdict, match_requirements, similarity
from poise.fit.result import assess
from poise.fit.resume_reader import read_resume
from poise.fit.shortfall import cap, check_shortfalls, shortfalls
from poise.fit.verdict_features import (
    FEATURES,
    RATIO_CLIP,
    features,
    ladder_standing,
    log_ratio,
    resume_context,
    scale_ratios,
    years_ratio,
)
from poise.fit.verdict_head import LABELS

RESUME = """# Alex Marsh
Bristol, UK · alex@example.org

## Experience
Site Manager, Corvale Packaging Ltd, Bristol, 2017 – present
- Run a site of 120 people through four shift managers.
- Accountable for a £7m operating budget.
- Cut scrap costs, saving £400k a year.
Production Supervisor, Corvale Packaging Ltd, Bristol, 2012 – 2017
- Supervised 25 operators on two lines.

## Qualifications
Lean Six Sigma Green Belt (2019)
"""


def _job(*requirements: str) -> str:
    return "# Operations Director\n\n## Requirements\n" + "".join(f"- {r}\n" for r in requirements)


def _requirement(text: str):
    return read_job(_job(text)).requirements[0]


def _resume():
    return read_resume(RESUME, today=TODAY)


@pytest.mark.parametrize(
    ("text", "short"),
    [("Lead a site of 300 people", "a team of 120 shown; 300 asked"),
     ("Own an operating budget of £10m", "a budget of £7m shown; £10m asked"),
     ("Lean Six Sigma Black Belt", "Green Belt shown; Black Belt asked")],
)
def test_a_quantity_or_rung_below_the_one_asked_is_a_shortfall(text: str, short: str) -> None:
    found = shortfalls(_requirement(text), _resume(), patterns_for())
    assert [item.replace("M", "m") for item in found] == [short]


@pytest.mark.parametrize("text", ["Lead a site of 100 people", "Own an operating budget of £5m",
                                  "Lean Six Sigma Yellow Belt", "Lead a site of about 130 people",
                                  "PRINCE2 Practitioner or a Lean Six Sigma Green Belt"])
def test_a_quantity_or_rung_met_is_no_shortfall(text: str) -> None:
    assert shortfalls(_requirement(text), _resume(), patterns_for()) == []


def test_a_strong_verdict_with_a_shortfall_becomes_partial_and_says_why() -> None:
    requirement = _requirement("Lead a site of 300 people")
    match = Match(requirement.id, STRONG, "Run a site of 120 people", "Close in meaning.", 0.9)
    (capped,) = cap((requirement,), (match,), _resume(), patterns_for())
    assert capped.strength == PARTIAL
    assert capped.missing == "a team of 120 shown; 300 asked"
    assert "Shown short" in capped.reason


def test_a_quantity_check_below_strong_keeps_the_requirement_below_strong() -> None:
    requirement = _requirement("Deliver cost savings across the site")
    years = Verdict("years_experience", PARTIAL, "About 9 years.", missing="9 years shown; 10 asked")
    match = Match(requirement.id, STRONG, "q", "r", 0.9, verdicts=(years,))
    assert check_shortfalls(match) == ["9 years shown; 10 asked"]
    (capped,) = cap((requirement,), (match,), _resume(), patterns_for())
    assert capped.strength == PARTIAL


def test_a_strong_head_cannot_override_a_lower_rung_end_to_end() -> None:
    always_strong = LinearModel(LABELS, np.zeros((3, len(FEATURES)), dtype=np.float32),
                                np.asarray([-9.0, -9.0, 9.0], dtype=np.float32), "test")
    fit = assess(_job("Lean Six Sigma Black Belt", "Lead a site of 300 people"), RESUME,
                 embed=hash_embed, today=TODAY, verdict_head=always_strong)
    read = evaluation_view(fit)["requirements"]
    assert [item["verdict"] for item in read] == ["partial", "partial"]
    assert read[0]["missing"] == "Green Belt shown; Black Belt asked"
    assert read[1]["missing"] == "a team of 120 shown; 300 asked"


def test_log_ratios_are_clipped_and_signed() -> None:
    assert log_ratio(200, 100) == pytest.approx(1.0)
    assert log_ratio(50, 100) == pytest.approx(-1.0)
    assert log_ratio(0, 100) == -RATIO_CLIP
    assert log_ratio(10_000, 1) == RATIO_CLIP


def test_scale_and_years_ratios_compare_shown_with_asked() -> None:
    resume = _resume()
    context = resume_context(resume, patterns_for())
    ratios = scale_ratios(_requirement("Lead a site of 240 people"), resume, context.saving_max)
    assert ratios["team"] == pytest.approx(0.5)
    assert years_ratio(_requirement("At least 7 years of operations experience"), resume) > 1.0
    assert years_ratio(_requirement("Lead a site of 240 people"), resume) is None


def test_ladder_standing_tells_met_short_and_unshown_apart() -> None:
    patterns = patterns_for()
    context = resume_context(_resume(), patterns)
    assert ladder_standing(_requirement("Lean Six Sigma Green Belt"), context, patterns) == (
        1.0, 1.0, 0.0, 0.0)
    assert ladder_standing(_requirement("Lean Six Sigma Black Belt"), context, patterns) == (
        1.0, 0.0, 1.0, 0.0)
    assert ladder_standing(_requirement("PRINCE2 Practitioner"), context, patterns) == (
        1.0, 0.0, 0.0, 1.0)
    assert ladder_standing(_requirement("Lead a site"), context, patterns) == (0.0, 0.0, 0.0, 0.0)


def test_features_name_the_scale_the_kind_and_the_role_of_the_evidence() -> None:
    patterns = patterns_for()
    job = read_job(_job("Lead a site of 300 people"))
    resume = _resume()
    sim = similarity(job, resume, hash_embed)
    (match,) = match_requirements(job, resume, sim, patterns)
    row = features(job.requirements[0], match, resume, sim, context=resume_context(resume, patterns),
                   patterns=patterns)
    named = dict(zip(FEATURES, row.tolist(), strict=True))
    assert len(row) == len(FEATURES)
    assert named["scale_asked"] == 1.0 and named["scale_short"] == 1.0
    assert named["scale_log_ratio"] == pytest.approx(np.log2(120 / 300), abs=1e-5)
    assert named["kind_scope_team"] == 1.0 and named["kind_certification"] == 0.0
    assert named["best_gap"] == pytest.approx(named["similarity"] - named["runner_up"], abs=1e-5)
    assert 0.0 <= named["cover_top_lines"] <= 1.0


def test_too_few_years_say_how_many_are_shown_and_asked() -> None:
    fit = assess(_job("At least 20 years of operations experience"), RESUME, embed=hash_embed,
                 today=TODAY)
    (read,) = evaluation_view(fit)["requirements"]
    assert read["verdict"] != "strong"
    assert read["missing"].endswith("years shown; 20 asked")


def test_a_strong_head_cannot_call_another_module_of_a_suite_a_match() -> None:
    always_strong = LinearModel(LABELS, np.zeros((3, len(FEATURES)), dtype=np.float32),
                                np.asarray([-9.0, -9.0, 9.0], dtype=np.float32), "test")
    resume = RESUME + "\n## Systems\nSalesforce Service Cloud (case routing, five years)\n"
    fit = assess(_job("Hands-on Salesforce Sales Cloud experience"), resume, embed=hash_embed,
                 today=TODAY, verdict_head=always_strong)
    (read,) = evaluation_view(fit)["requirements"]
    assert read["verdict"] == "partial"
    assert "Sales Cloud" in read["missing"]


@pytest.mark.parametrize("text", ["Own an operating budget of approx. £7.5m",
                                  "Own an operating budget of approx. GBP 7.5m"])
def test_a_quantity_asked_approximately_is_met_within_a_tenth(text: str) -> None:
    assert shortfalls(_requirement(text), _resume(), patterns_for()) == []


def test_a_quantity_asked_approximately_is_still_short_beyond_a_tenth() -> None:
    found = shortfalls(_requirement("Own an operating budget of approx. £9m"), _resume(),
                       patterns_for())
    assert [item.replace("M", "m") for item in found] == ["a budget of £7m shown; £9m asked"]
