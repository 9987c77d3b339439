"""The shipped lesson reader is data rebuilt by scripts/train_praise.py: the same rows give the
same bytes, and a rebuild from the script is the shipped file byte for byte (the full rebuild
analyses every blind round of the training split: set POISE_PRAISE_REBUILD=1 to run it, and
POISE_PRAISE_CACHE=DIR to keep the captured rows)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import train_praise

from poise.analysis import learned, nlp, praise_model, sentence_features


def _rows(tmp_path: Path) -> Path:
    generator = np.random.default_rng(3)
    width = nlp.embedder().dimension + sentence_features.DIMS + len(praise_model.LESSON_FACTS)
    labels = np.array([True, False, False, False] * 6)
    answers = [{"offset": 4 * index, "size": 4, "candidates": [{"sentences": [0], "right": True}],
                "quotes": [[0]]} for index in range(6)]
    for number in train_praise.ROUNDS:
        np.savez_compressed(tmp_path / f"round{number}.npz",
                            rows=generator.normal(size=(len(labels), width)).astype(np.float32),
                            labels=labels, answers=np.array(json.dumps(answers)))
    return tmp_path


def test_the_same_rows_train_the_same_bytes(tmp_path: Path) -> None:
    cache = _rows(tmp_path)
    first = train_praise.train(cache, tmp_path / "first.npz", 0.4)
    second = train_praise.train(cache, tmp_path / "second.npz", 0.4)
    assert first.read_bytes() == second.read_bytes()
    model = learned.read(first, nlp.embedding_fingerprint())
    assert model is not None and model.labels == ("other", "lesson")
    assert model.threshold == pytest.approx(0.4)


def test_a_kept_lesson_is_judged_right_when_the_writer_quoted_it() -> None:
    answers = [{"offset": 0, "candidates": [{"sentences": [1], "right": False},
                                            {"sentences": [2], "right": True}],
                "quotes": [[2]]}]
    chances = np.array([0.1, 0.2, 0.9])
    assert train_praise.judge(answers, chances, 0.5) == (1, 1, 1, 1)
    assert train_praise.judge(answers, chances, 0.0) == (1, 1, 1, 1)
    assert train_praise.judge(answers, chances, 0.95) == (0, 0, 0, 1)


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("POISE_PRAISE_REBUILD"),
                    reason="rebuilds the lesson reader from every blind round (minutes)")
def test_the_script_rebuilds_the_shipped_model_byte_for_byte(tmp_path: Path) -> None:
    cache = Path(os.environ.get("POISE_PRAISE_CACHE") or tmp_path)
    train_praise.capture(cache)
    rebuilt = train_praise.train(cache, tmp_path / praise_model.LESSON_MODEL, train_praise.THRESHOLD)
    assert rebuilt.read_bytes() == learned.shipped_path(praise_model.LESSON_MODEL).read_bytes()
