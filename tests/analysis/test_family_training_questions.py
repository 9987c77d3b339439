"""The questions written for training the family model: each names a family of the bank, and
none is a round's question copied or lightly edited (the rounds measure the model)."""

from __future__ import annotations

import difflib
import functools
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import train_models

from poise.content.loader import knowledge_base

COPY_RATIO = 0.75
"""Two questions this alike (difflib ratio, lower case) read as one question edited."""


def _questions(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@functools.cache
def _round_questions() -> tuple[str, ...]:
    return tuple(record["question"].lower() for path in train_models.FAMILY_ROUNDS.values()
                 for record in _questions(path))


def _alike(one: str, other: str) -> bool:
    """Whether two questions are this alike (the cheap upper bounds first)."""
    matcher = difflib.SequenceMatcher(None, one, other)
    return (matcher.real_quick_ratio() >= COPY_RATIO and matcher.quick_ratio() >= COPY_RATIO
            and matcher.ratio() >= COPY_RATIO)


def test_every_written_question_names_a_family_of_the_bank() -> None:
    families = set(knowledge_base().families)
    records = _questions(train_models.FAMILY_NEIGHBOURS_WRITTEN)
    assert records
    assert {record["family"] for record in records} <= families
    assert len({record["id"] for record in records}) == len(records)


@pytest.mark.parametrize("record", _questions(train_models.FAMILY_NEIGHBOURS_WRITTEN),
                         ids=lambda record: record["id"])
def test_no_written_question_copies_a_round_question(record: dict) -> None:
    question = record["question"].lower()
    for measured in _round_questions():
        assert not _alike(question, measured), measured


def test_the_copy_check_catches_a_lightly_edited_round_question() -> None:
    measured = _round_questions()[0]
    assert _alike(measured.replace("?", " then?"), measured)
    assert not _alike("what is your greatest weakness?", "how do you keep your best people?")
