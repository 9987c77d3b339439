"""The parts of a requirement, the figures compared with the closest lines, and a language asked
in words about speaking it."""

from __future__ import annotations

import numpy as np
import pytest
from tests.fit.conftest import TODAY, hash_embed

from poise.fit.extract import read_job, read_resume
from poise.fit.lexicon import patterns_for
from poise.fit.match import asks_language, match_requirements, similarity
from poise.fit.parts import requirement_parts
from poise.fit.quantities import amounts_in, figure_ratio, percents_in
from poise.fit.verdict_features import FEATURES, features, resume_context


@pytest.mark.parametrize(
    ("text", "parts"),
    [("Experience of food safety audits, allergen control and supplier approval",
      ["Experience of food safety audits", "allergen control", "supplier approval"]),
     # A verb alone joins the piece after it, so every part names something.
     ("Hire, coach and retain a team of field engineers",
      ["Hire, coach", "retain a team of field engineers"]),
     # a short last item joins the part before it with its "and", so the part reads as asked
     ("Improve service and cost with data, lean methods and clear aims",
      ["Improve service", "cost with data", "lean methods and clear aims"]),
     ("Run a regional warehouse network; report to the operations board",
      ["Run a regional warehouse network", "report to the operations board"]),
     ("Knowledge of payroll software or rota planning tools",
      ["Knowledge of payroll software", "rota planning tools"])],
)
def test_a_requirement_is_cut_into_the_things_it_asks_for(text: str, parts: list[str]) -> None:
    assert requirement_parts(text) == parts


@pytest.mark.parametrize("text", ["Manage a budget of £12,500,000", "Fleet management",
                                  "Lead the Leeds depot"])
def test_a_requirement_asking_one_thing_has_no_parts(text: str) -> None:
    assert requirement_parts(text) == []


def test_figures_are_compared_by_kind_and_currency() -> None:
    assert figure_ratio("Deliver savings of £5m a year", ["Saved £4m in 2023"]) == pytest.approx(0.8)
    # Another currency is not compared; a percentage is compared with a percentage.
    assert figure_ratio("Deliver savings of £5m a year", ["Saved €6m in 2023"]) is None
    assert figure_ratio("Raise first-pass yield by 4%", ["Raised yield 6% in a year"]) == 1.5
    assert figure_ratio("Lead the night shift", ["Raised yield 6%"]) is None
    assert percents_in("from 91% to 96.5 per cent") == [91.0, 96.5]


@pytest.mark.parametrize(
    ("text", "asked"),
    [("Bilingual in Dutch and English", True),
     ("Conversational Italian is a plus", True),
     ("Serve our Spanish and Portuguese retail customers", False)],
)
def test_a_language_is_asked_only_in_words_about_speaking_it(text: str, asked: bool) -> None:
    assert asks_language(text, patterns_for()) is asked


def test_a_language_named_in_another_kind_of_line_is_checked_by_its_level() -> None:
    job = read_job("# Role\n\n## Requirements\n- Bilingual in Dutch and English, for our Benelux "
                   "customers\n")
    resume = read_resume("# Kim Lee\nLeeds, UK\n\n## Experience\nBuyer, Orrin Ltd, Leeds, 2019 – "
                         "present\n- Ran supplier reviews.\n\n## Languages\nEnglish (native), "
                         "Dutch (basic)\n", today=TODAY)
    sim = similarity(job, resume, hash_embed)
    match = match_requirements(job, resume, sim, patterns_for())[0]
    assert any(verdict.kind == "languages" and verdict.strength == "partial"
               for verdict in match.verdicts)


def test_the_head_reads_how_many_parts_are_shown() -> None:
    job = read_job("# Role\n\n## Requirements\n- Warehouse slotting, pallet racking inspections "
                   "and forklift licences\n")
    resume = read_resume("# Kim Lee\nLeeds, UK\n\n## Experience\nShift Lead, Orrin Ltd, Leeds, "
                         "2019 – present\n- Redesigned warehouse slotting for 4,000 lines.\n",
                         today=TODAY)
    sim = similarity(job, resume, hash_embed)
    requirement = job.requirements[0]
    assert len(sim.part_scores(requirement.id)) == 3
    match = match_requirements(job, resume, sim, patterns_for())[0]
    patterns = patterns_for()
    row = features(requirement, match, resume, sim, context=resume_context(resume, patterns),
                   patterns=patterns)
    named = dict(zip(FEATURES, row.tolist(), strict=True))
    assert named["has_parts"] == 1.0
    # One part of three is on the résumé in the same words: the worst part is far below the best.
    scores = sim.part_scores(requirement.id).max(axis=1)
    assert named["part_min"] == pytest.approx(float(scores.min()))
    assert float(scores.max()) > float(scores.min())
    assert 0.0 < named["parts_shown"] < 1.0 or np.isclose(named["parts_shown"], 0.0)


def test_pounds_of_goods_are_a_weight_not_money() -> None:
    assert amounts_in("Shipped 12 million pounds of grain a year") == []
    assert amounts_in("Ran a budget of 12 million pounds") == [(12e6, "GBP", "budget")]
