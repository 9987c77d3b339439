"""One decision per flaw from two readings: a finding of any rule that names a flaw stands only
when the answer-level model, reading the whole answer, gives the flaw at least its floor. And the models
shipped as data rebuild to the same bytes: no time stamp in the archive, floors read back as
written, and the trainer's choice of a floor counts only what the floor can change."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from poise.analysis import answer_flaws, learned
from poise.analysis.rules import sensed

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import train_models


def _model(floors: tuple[float, ...] = (0.3, 0.0)) -> learned.LinearModel:
    return learned.LinearModel(("no_result", "vague_goals"), np.zeros((2, 4), dtype=np.float32),
                               np.zeros(2, dtype=np.float32), "fp", 1.01,
                               thresholds=(1.01, 0.8), floors=floors,
                               governs=("meaning.no_result structure.no_result", "")
                               if floors else ())


def _data(chances: dict[str, float]) -> SimpleNamespace:
    """A rule input whose answer-level reading is already done (as the first rule leaves it)."""
    derived = {answer_flaws.DERIVED: frozenset(), answer_flaws.CHANCES: chances}
    return SimpleNamespace(answer=SimpleNamespace(derived=derived, sentences=("one",) * 5))


@pytest.fixture
def shipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(answer_flaws, "answer_model", lambda fingerprint: _model())


@pytest.mark.usefixtures("shipped")
@pytest.mark.parametrize("rule", ["meaning.no_result", "structure.no_result"])
def test_a_finding_in_an_answer_the_whole_reading_clears_is_dropped(rule: str) -> None:
    # the sentence model's rule and the parse rule of the same flaw: one decision for both
    assert not sensed.answer_agrees(_data({"no_result": 0.12, "vague_goals": 0.5}), rule)


@pytest.mark.usefixtures("shipped")
def test_a_finding_at_the_floor_stands() -> None:
    # near miss: exactly the floor is enough
    assert sensed.answer_agrees(_data({"no_result": 0.3, "vague_goals": 0.5}), "structure.no_result")


@pytest.mark.usefixtures("shipped")
def test_a_rule_no_floor_governs_is_left_alone() -> None:
    assert sensed.answer_agrees(_data({"no_result": 0.0, "vague_goals": 0.0}),
                                "meaning.vague_goals")  # its flaw has no floor
    assert sensed.answer_agrees(_data({"no_result": 0.0}), "delivery.hedges")  # no flaw read


def test_without_an_answer_model_the_rules_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(answer_flaws, "answer_model", lambda fingerprint: None)
    assert sensed.answer_agrees(_data({"no_result": 0.0}), "structure.no_result")


def test_floors_read_back_and_a_model_without_them_has_none(tmp_path: Path) -> None:
    with_floors = tmp_path / "with.npz"
    _model().save(with_floors)
    loaded = learned.read(with_floors, "fp")
    assert loaded is not None
    assert loaded.floors == pytest.approx((0.3, 0.0))
    assert loaded.floor_of("no_result") == pytest.approx(0.3)
    assert loaded.floor_of("unknown") == 0.0
    assert loaded.floored("structure.no_result") == ("no_result", pytest.approx(0.3))
    assert loaded.floored("structure.no_result_story") is None  # near miss: a whole id only
    without = tmp_path / "without.npz"
    _model(floors=()).save(without)
    plain = learned.read(without, "fp")
    assert plain is not None
    assert plain.floors == ()
    assert plain.floor_of("no_result") == 0.0
    assert plain.floored("structure.no_result") is None


def test_the_same_model_saved_twice_gives_the_same_bytes(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    _model().save(first)
    import time
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 3600 * 24 * 400)  # a year later
    _model().save(second)
    assert first.read_bytes() == second.read_bytes()
    _model(floors=(0.31, 0.0)).save(second)  # near miss: one value differs
    assert first.read_bytes() != second.read_bytes()


def _choice(held: list[float], labelled: list[int], fired: list[set[str]]) -> float:
    rules = frozenset({"meaning.no_result", "structure.no_result"})
    floor, _ = train_models.answer_floor(np.array(held), np.array(labelled, dtype=float),
                                         [frozenset(item) for item in fired], rules)
    return floor


def test_a_floor_is_chosen_where_it_drops_false_findings_and_keeps_true_ones() -> None:
    own = {"meaning.no_result"}
    floor = _choice([0.05, 0.08, 0.07, 0.6, 0.7, 0.9],
                    [0, 0, 0, 1, 1, 0], [own] * 6)
    assert 0.08 < floor <= 0.6


def test_no_floor_when_it_would_drop_as_many_true_findings_as_false_ones() -> None:
    own = {"meaning.no_result"}
    assert _choice([0.05, 0.06, 0.07, 0.08], [0, 1, 0, 1], [own] * 4) == 0.0


def test_answers_no_rule_of_the_flaw_names_do_not_count_towards_the_floor() -> None:
    # low probabilities on answers where no rule of the flaw fired: a floor changes nothing there
    other = {"tone.hackneyed"}
    own = {"structure.no_result"}
    assert _choice([0.05, 0.06, 0.07, 0.8], [0, 0, 0, 1], [other, other, other, own]) == 0.0


def test_the_shipped_floors_govern_rules_that_exist() -> None:
    from poise.analysis import nlp
    from poise.content.loader import knowledge_base

    model = answer_flaws.answer_model(nlp.embedding_fingerprint())
    if model is None:
        pytest.skip("no answer-level model for this embedding model")
    rules = knowledge_base().rules
    governed = [rule for text in model.governs for rule in text.split()]
    assert set(governed) <= set(rules)
    assert len(model.floors) == len(model.labels)
    for label, floor, text in zip(model.labels, model.floors, model.governs, strict=True):
        assert 0.0 <= floor < 1.0
        assert not text or floor > 0.0, label  # no floor governs no rule


@pytest.mark.usefixtures("shipped")
def test_a_reply_too_short_for_the_whole_answer_model_keeps_its_findings() -> None:
    data = _data({"no_result": 0.01, "vague_goals": 0.5})
    data.answer.sentences = ("one",) * (sensed.FLOOR_SENTENCES - 1)
    assert sensed.answer_agrees(data, "structure.no_result")
    data.answer.sentences = ("one",) * sensed.FLOOR_SENTENCES  # near miss: just long enough
    assert not sensed.answer_agrees(data, "structure.no_result")
