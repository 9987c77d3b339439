"""A rule supersedes another only while it stands itself (rules/engine.py ``_superseded``): when
blame supersedes "the story is all we", the meaning reading of a missing own part that "all we"
would have superseded is kept, so the missing part is still reported."""

from __future__ import annotations

from dataclasses import dataclass

from poise.analysis.rules.engine import _superseded


@dataclass(frozen=True)
class _Fired:
    id: str
    supersedes: tuple[str, ...] = ()


def test_a_superseded_rule_supersedes_nothing() -> None:
    fired = [_Fired("meaning.blame", ("ownership.we_only",)),
             _Fired("ownership.we_only", ("meaning.no_own_action",)),
             _Fired("meaning.no_own_action")]
    assert _superseded(fired) == {"ownership.we_only"}  # type: ignore[arg-type]


def test_a_standing_rule_still_supersedes() -> None:
    fired = [_Fired("ownership.we_only", ("meaning.no_own_action",)),
             _Fired("meaning.no_own_action")]
    assert _superseded(fired) == {"meaning.no_own_action"}  # type: ignore[arg-type]


def test_rules_that_supersede_each_other_do_not_loop() -> None:
    fired = [_Fired("a", ("b",)), _Fired("b", ("a",))]
    assert _superseded(fired) <= {"a", "b"}  # type: ignore[arg-type]
