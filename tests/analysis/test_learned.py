"""The small linear models: they learn separable data, and a model trained on another embedding
model is never used."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from poise.analysis import learned


def test_fit_separates_two_clusters_and_saves_what_it_learned(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(1)
    x = np.vstack([rng.normal(1.0, 0.2, (30, 4)), rng.normal(-1.0, 0.2, (30, 4))])
    y = np.array([0] * 30 + [1] * 30)
    model = learned.fit(x, y, ("up", "down"), fingerprint="model-a")
    assert (model.probabilities(x).argmax(axis=1) == y).all()
    monkeypatch.setattr(learned, "shipped_path", lambda name: tmp_path / name)
    model.save(tmp_path / "toy.npz")
    loaded = learned.load("toy.npz", "model-a")
    assert loaded is not None and loaded.labels == ("up", "down")
    assert learned.load("toy.npz", "model-b") is None  # trained on another embedding model
    assert learned.load("missing.npz", "model-a") is None


def test_the_shipped_family_model_matches_the_bundled_embedder() -> None:
    from poise.analysis import nlp

    model = learned.load("family_model.npz", nlp.embedding_fingerprint())
    assert model is not None and len(model.labels) == 20 and 0.0 < model.threshold < 0.5


def test_the_sparse_block_and_adam_reach_what_plain_descent_reaches() -> None:
    rng = np.random.default_rng(2)
    dense = rng.normal(0.0, 1.0, (60, 3))
    words = (rng.random((60, 20)) < 0.15).astype(np.float32)
    x = np.hstack([dense, words])
    y = (dense[:, 0] + words[:, 4] * 3 > 0.5).astype(int)
    plain = learned.fit(x, y, ("no", "yes"), fingerprint="", steps=50, rate=1.0)
    sparse = learned.fit(x, y, ("no", "yes"), fingerprint="", steps=50, rate=1.0, sparse=(3, 23))
    assert np.allclose(plain.weights, sparse.weights, atol=1e-5)
    assert np.allclose(plain.bias, sparse.bias, atol=1e-5)
    adam = learned.fit(x, y, ("no", "yes"), fingerprint="", steps=300, rate=0.05, adam=True,
                       sparse=(3, 23), decay=1e-4)
    assert (adam.probabilities(x).argmax(axis=1) == y).mean() >= 0.95


def test_per_label_thresholds_and_parse_facts_are_saved_and_read_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = learned.LinearModel(("none", "blame"), np.zeros((2, 4), dtype=np.float32),
                                np.zeros(2, dtype=np.float32), "fp", 0.7, bow_dims=0, parse_dims=2,
                                thresholds=(0.7, 0.45))
    monkeypatch.setattr(learned, "shipped_path", lambda name: tmp_path / name)
    model.save(tmp_path / "flaws.npz")
    loaded = learned.load("flaws.npz", "fp")
    assert loaded is not None and loaded.parse_dims == 2
    assert loaded.threshold_of("blame") == pytest.approx(0.45)
    assert loaded.threshold_of("unknown") == pytest.approx(0.7)
    features = loaded.features(["a", "b"], np.ones((2, 2)), np.zeros((2, 2)))
    assert features.shape == (2, 4)
    with pytest.raises(ValueError, match="reads 2 parse facts"):
        loaded.features(["a"], np.ones((1, 2)))
