"""The requirement's embedding as an input of the verdict head: the principal components it is
read on (fitted the same way on every run, zero when they do not fit), the embeddings the fit
keeps, the head's new threshold, and the named shortfalls that keep a verdict partial whatever
the embedding says (a smaller scale, a lower rung)."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY, hash_embed

from poise.analysis import nlp
from poise.analysis.learned import LinearModel
from poise.fit.extract import read_job, read_resume
from poise.fit.lexicon import patterns_for
from poise.fit.match import PARTIAL, STRONG, match_requirements, similarity
from poise.fit.result import assess
from poise.fit.shortfall import cap
from poise.fit.verdict_basis import COMPONENTS, Basis, fit_basis, project, shipped_basis
from poise.fit.verdict_features import FEATURES, embedding_features
from poise.fit.verdict_head import LABELS, STRONG_AT, apply_head, judge, shipped_verdict_head

RESUME = """# Sam Reyes
Leeds, UK · sam@example.org

## Experience
Operations Manager, Pellow Foods Ltd, Leeds, 2016 – present
- Lead 40 operators through four shift leaders.
- Cut waste by 12% across two lines.

## Education
- BSc Food Science, University of Leeds, 2009
"""

FIRST = FEATURES.index("asked_pc0")


def _vectors(seed: int = 3, rows: int = 200, width: int = 12) -> np.ndarray:
    generator = np.random.default_rng(seed)
    data = generator.normal(size=(rows, width)) * np.r_[5.0, 2.0, np.full(width - 2, 0.5)]
    return data.astype(np.float32)


def test_the_basis_is_the_same_on_every_run_and_for_data_of_either_sign() -> None:
    data = _vectors()
    first, again = fit_basis(data, count=4), fit_basis(data.copy(), count=4)
    assert np.array_equal(first.directions, again.directions)
    flipped = fit_basis(-data, count=4)
    # Principal directions are only defined up to sign: each is signed by its largest entry.
    assert np.allclose(flipped.directions, first.directions, atol=1e-5)
    assert np.allclose(first.directions @ first.directions.T, np.eye(4), atol=1e-5)


def test_the_first_component_follows_the_widest_spread() -> None:
    data = _vectors()
    basis = fit_basis(data, count=2)
    # The data spread most along the first axis (scale 5 against 2 and 0.5 on the others).
    assert basis.directions[0, 0] > 0.95
    along = basis.mean + 5.0 * basis.directions[0]
    assert project(basis, along)[0] > 4.9
    assert np.allclose(project(basis, basis.mean), 0.0)


def test_no_basis_a_missing_vector_or_another_width_reads_as_zeros() -> None:
    basis = fit_basis(_vectors(), count=4)
    assert not project(None, np.ones(12, dtype=np.float32)).any()
    assert not project(basis, None).any()
    assert not project(basis, np.ones(7, dtype=np.float32)).any()
    assert len(project(basis, np.ones(12, dtype=np.float32))) == COMPONENTS


def test_the_fit_keeps_each_requirements_embedding() -> None:
    job = read_job("# Head of Operations\n\n## Requirements\n- Lead a team of 200 operators\n"
                   "- A master's degree in engineering\n")
    resume = read_resume(RESUME, today=TODAY)
    sim = similarity(job, resume, hash_embed)
    texts = [requirement.text for requirement in job.requirements]
    assert np.allclose(sim.asked_vectors, hash_embed(texts))
    basis = Basis(np.zeros(256, dtype=np.float32), hash_embed(texts), "test")
    first, second = (embedding_features(requirement.id, sim, basis)
                     for requirement in job.requirements)
    # Each requirement lies along its own direction: the head tells the two kinds apart.
    assert first[0] > 0.99 > first[1]
    assert second[1] > 0.99 > second[0]


def _eager_head(basis_size: int = 2) -> LinearModel:
    """A head that calls strong whatever the first embedding coordinate is large."""
    weights = np.zeros((3, len(FEATURES)), dtype=np.float32)
    weights[LABELS.index(STRONG), FIRST:FIRST + basis_size] = 20.0
    return LinearModel(LABELS, weights, np.zeros(3, dtype=np.float32), "test")


def _judged(requirement: str) -> tuple[str, str]:
    """The head's verdict, then the verdict once the shortfall cap has read the résumé."""
    job = read_job(f"# Head of Operations\n\n## Requirements\n- {requirement}\n")
    resume = read_resume(RESUME, today=TODAY)
    patterns = patterns_for()
    sim = similarity(job, resume, hash_embed)
    basis = Basis(np.zeros(256, dtype=np.float32), hash_embed([requirement, "unused"]), "test")
    matches = apply_head(_eager_head(), job.requirements,
                         match_requirements(job, resume, sim, patterns), resume, sim, patterns,
                         basis)
    capped = cap(job.requirements, matches, resume, patterns)
    return matches[0].strength, capped[0].strength


def test_an_eager_embedding_cannot_make_a_smaller_team_strong() -> None:
    _, final = _judged("Lead a team of 200 operators")
    assert final == PARTIAL


def test_an_eager_embedding_cannot_make_a_lower_degree_strong() -> None:
    _, final = _judged("A master's degree in food science")
    # A bachelor's is a lower rung of the degree ladder: shown short, so never strong.
    assert final == PARTIAL


def test_an_eager_embedding_makes_a_met_requirement_strong() -> None:
    head, final = _judged("Reduce waste on the production lines")
    assert (head, final) == (STRONG, STRONG)


def test_strong_needs_the_chosen_threshold() -> None:
    assert STRONG_AT == 0.80  # chosen again on rounds 1-23 (verdict_head.STRONG_AT)
    rows = np.zeros((1, len(FEATURES)), dtype=np.float32)

    def head(strong: float) -> LinearModel:
        # Probabilities none 0, partial 1 - strong, strong: log-odds on a zero row.
        bias = np.log(np.asarray([1e-6, 1.0 - strong, strong], dtype=np.float64))
        return LinearModel(LABELS, np.zeros((3, len(FEATURES)), dtype=np.float32),
                           bias.astype(np.float32), "test")

    assert judge(head(0.79), rows)[0].strength == PARTIAL
    assert judge(head(0.81), rows)[0].strength == STRONG


def test_the_shipped_basis_belongs_to_the_shipped_head() -> None:
    basis = shipped_basis()
    head = shipped_verdict_head()
    assert basis is not None and head is not None
    assert basis.fingerprint == head.fingerprint == nlp.embedding_fingerprint()
    assert basis.directions.shape[0] == COMPONENTS
    # The head weighs the embedding's coordinates (they were not left at zero when it was fitted).
    assert np.abs(head.weights[:, FIRST:]).sum() > 0


def test_a_fit_on_another_embedding_model_reads_no_embedding_coordinates() -> None:
    job = "# Head of Operations\n\n## Requirements\n- Running a food factory\n"
    fit = assess(job, RESUME, embed=hash_embed, today=TODAY)
    basis = shipped_basis()
    assert basis is not None
    sim = similarity(fit.job, fit.resume, hash_embed)
    # hash_embed's vectors have another width than the shipped basis: zeros, not garbage.
    assert not embedding_features(fit.job.requirements[0].id, sim, basis).any()
