"""The shipped family model and its neighbours' vote are data rebuilt by scripts/train_models.py
family: the vote is written with the same bytes for the same arrays, and a rebuild is the shipped
files byte for byte (the full rebuild reads every measured round of paraphrases: set
POISE_FAMILY_REBUILD=1 to run it: it embeds and parses every question and fits the model once)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import train_models

from poise.analysis import family_neighbours


def test_the_neighbours_vote_is_written_with_the_same_bytes_each_time(tmp_path: Path) -> None:
    vectors = np.random.default_rng(3).standard_normal((6, 4)).astype(np.float32)
    vote = family_neighbours.Neighbours(("a", "b"), vectors, np.array([0, 1, 0, 1, 0, 1]), "fp",
                                        k=3, temperature=20.0, blend=0.5, threshold=0.4)
    vote.save(tmp_path / "one.npz")
    vote.save(tmp_path / "two.npz")
    assert (tmp_path / "one.npz").read_bytes() == (tmp_path / "two.npz").read_bytes()


def test_the_training_split_reads_the_questions_written_for_training_and_rounds_1_to_42() -> None:
    assert train_models.FAMILY_FOCUS.exists() and train_models.FAMILY_PAIRS.exists()
    assert list(train_models.FAMILY_ROUNDS) == ["1", "2", "4", "6", "7", "8", "9", "10", "11", "12",
                                                "13", "14", "15", "16", "17", "18", "19", "20", "21", "22",
                                                "23", "24", "25", "26", "27", "28", "29", "30", "31", "32",
                                                "33", "34", "35", "36", "37", "38", "39", "40", "41", "42"]


def test_the_questions_written_for_training_copy_no_question_of_a_round() -> None:
    rounds = set()
    for path in train_models.FAMILY_ROUNDS.values():
        for record in train_models._records(path):
            rounds.add(" ".join(record["question"].lower().split()))
    for path in (train_models.FAMILY_FOCUS, train_models.FAMILY_PAIRS):
        for record in train_models._records(path):
            assert " ".join(record["question"].lower().split()) not in rounds, record["id"]


def test_elliptic_variants_keep_their_family_and_drop_a_variant_two_families_share() -> None:
    texts = ["What is your biggest regret at work?", "Which biggest regret would your team name?",
             "How do you keep a supplier honest?", "Which supplier did you drop last?",
             "Why do you want this post?"]
    names = ["failures", "weaknesses", "external_resources", "external_resources", "role_understanding"]
    variants, families, origins = train_models.elliptic_variants(texts, names)
    assert "Biggest regret?" not in variants
    assert variants.count("Supplier?") == 2 and families[variants.index("Supplier?")] == "external_resources"
    assert ("Why this post?", "role_understanding", 4) in set(zip(variants, families, origins, strict=True))


@pytest.mark.skipif(not os.environ.get("POISE_FAMILY_REBUILD"), reason="set POISE_FAMILY_REBUILD=1")
def test_the_shipped_family_model_rebuilds_byte_for_byte() -> None:
    train_models.check_family()
