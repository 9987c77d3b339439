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
