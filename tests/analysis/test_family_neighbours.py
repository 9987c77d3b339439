"""The nearest labelled questions vote on a question's family, blended with the family model."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from poise.analysis import family_neighbours, learned, nlp
from poise.analysis.analyse import _family_model, _family_neighbours, analyser_for
from poise.content.loader import knowledge_base


def _unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_the_vote_goes_to_the_nearest_questions_class() -> None:
    vectors = np.stack([_unit(1, 0), _unit(0.9, 0.1), _unit(0, 1), _unit(0.1, 0.9)])
    targets = np.array([0, 0, 1, 1])
    probs = family_neighbours.vote(np.atleast_2d(vectors @ _unit(1, 0.05)), targets, 2, k=3,
                                   temperature=10.0)
    assert probs.shape == (1, 2)
    assert probs[0, 0] > 0.9
    assert abs(probs.sum() - 1.0) < 1e-6


def test_k_is_never_more_than_the_questions_there_are() -> None:
    probs = family_neighbours.vote(np.array([[0.5, 0.2]]), np.array([1, 0]), 3, k=10, temperature=1.0)
    assert probs[0, 2] == 0 and probs[0].sum() > 0.999


def test_the_blend_mixes_the_model_and_the_vote(tmp_path: Path) -> None:
    neighbours = family_neighbours.Neighbours(
        ("a", "b"), np.stack([_unit(1, 0), _unit(0, 1)]), np.array([0, 1]), "fp", k=1,
        temperature=10.0, blend=0.5, threshold=0.3)
    blended = neighbours.blended(np.array([0.2, 0.8]), _unit(1, 0))
    assert np.allclose(blended, [[0.6, 0.4]])
    path = tmp_path / "n.npz"
    neighbours.save(path)
    again = family_neighbours.load("fp", path)
    assert again is not None and again.labels == ("a", "b") and again.k == 1
    assert again.threshold == 0.3
    assert family_neighbours.load("another embedding model", path) is None


def test_the_shipped_neighbours_match_the_family_model_and_the_embedder() -> None:
    kb = knowledge_base()
    neighbours = _family_neighbours(kb)
    model = _family_model(kb)
    assert neighbours is not None and model is not None
    assert neighbours.labels == model.labels
    assert neighbours.vectors.shape[1] == nlp.embedder().dimension
    assert neighbours.fingerprint == nlp.embedding_fingerprint()
    assert 0.0 <= neighbours.blend <= 1.0
    # every question of the training split is there, the bank's included
    assert len(neighbours.targets) > len(kb.questions)
    assert learned.shipped_path(family_neighbours.NEIGHBOURS_FILE).exists()


def test_a_clear_paraphrase_is_placed_and_sure() -> None:
    analyser = analyser_for(knowledge_base())
    family, sure, nearest, _ = analyser.detect_family(
        "How do you turn a yearly target into goals each person on your team can work towards?")
    assert family == "goal_setting" and sure and nearest is not None
    family, sure, _, _ = analyser.detect_family("How much are you hoping to earn in this role?")
    assert family == "salary" and sure
