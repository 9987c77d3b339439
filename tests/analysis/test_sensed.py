"""Flaws heard by the shipped flaw model, and the answer-level facts that silence some of them."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.rules.sensed import gates_of
from poise.content.loader import knowledge_base
from poise.content.schema import CodeRule

DODGE = ("I'd honestly rather not put a number on it yet; once we both know the role better I'm "
         "sure you'll make me a fair offer.")


def _fired(question: str, answer: str, family: str | None = None) -> set[str]:
    return analyse(question, answer, context=AnalysisContext(family=family)).rules_fired()


def test_a_dodged_figure_is_heard_only_when_no_sum_is_named() -> None:
    question = "What salary are you after? I need a number."
    assert {"salary.evasive", "meaning.salary_evasive"} & _fired(question, DODGE, "salary")
    named = "I'm looking for £95,000 to £105,000. " + DODGE
    assert "meaning.salary_evasive" not in _fired(question, named, "salary")


def test_a_story_in_the_team_s_name_is_silenced_by_one_thing_the_speaker_did() -> None:
    question = "Tell me about a turnaround you were part of."
    team_only = ("The operations team redesigned every delivery route in 2022, the planners rebuilt "
                 "the shift pattern, and the drivers took it from there. Late deliveries fell "
                 "from 14% to 5%.")
    with_me = team_only + " I chaired the weekly review and I chose the two pilot depots myself."
    assert "meaning.no_own_action" in _fired(question, team_only, "achievements")
    assert "meaning.no_own_action" not in _fired(question, with_me, "achievements")


def test_a_goal_with_a_measure_is_never_called_vague() -> None:
    question = "What would you aim to achieve in your first year?"
    vague = "I'd want to take the whole service up a level and make it somewhere people are proud of."
    measured = "I'd want to cut the repair backlog from 900 jobs to 300 by next September."
    assert "meaning.vague_goals" in _fired(question, vague, "success_in_role")
    assert "meaning.vague_goals" not in _fired(question, measured, "success_in_role")


def test_an_unknown_gate_is_a_clear_error() -> None:
    rule = next(r for r in knowledge_base().rules.values() if r.id == "meaning.salary_evasive")
    assert isinstance(rule, CodeRule)
    broken = rule.model_copy(update={"params": {**rule.params, "unless": ["nothing_like_this"]}})
    with pytest.raises(ValueError, match=r"unknown 'unless'.*known: \['figure'"):
        gates_of(broken)


def test_a_setback_put_on_others_and_then_handled_is_not_heard_as_blame() -> None:
    question = "Tell me about a project that went wrong."
    blamed = ("The rollout slipped a month, and frankly that was down to the integrator, who kept "
              "missing their own dates.")
    handled = blamed + " I moved the data load in-house and I ran the cut-over myself in April."
    rule = knowledge_base().rules["meaning.blame"]
    assert isinstance(rule, CodeRule) and rule.params.get("dealt_with") == 1
    assert "meaning.blame" not in _fired(question, handled, "failures")


def test_a_flaw_the_parse_must_confirm_quotes_only_the_sentences_that_confirm_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    from poise.analysis import learned, nlp
    from poise.analysis.rules import sensed

    dims = nlp.embedder().dimension
    # A model that proposes "hedging" for every sentence; the parse must show a modal verb.
    eager = learned.LinearModel(("none", "hedging"), np.zeros((2, dims), dtype=np.float32),
                                np.array([0.0, 5.0], dtype=np.float32), "toy", 0.7,
                                thresholds=(0.7, 0.7), confirm=("", "modal"))
    monkeypatch.setattr(sensed, "flaw_model", lambda fingerprint: eager)
    # every sentence carries two qualifiers (meaning.hedging quotes no sentence with fewer), and
    # only the second carries a modal verb
    answer = ("The launch probably slipped by a quarter, I think. I could perhaps have pressed the "
              "contractor sooner. It was maybe a hard year for everyone, I suppose.")

    def quoted() -> list[str]:
        report = analyse("Tell me about a project that failed.", answer,
                         context=AnalysisContext(family="failures"))
        return [item.quote for finding in report.findings if finding.rule == "meaning.hedging"
                for item in finding.evidence]

    assert quoted() == ["I could perhaps have pressed the contractor sooner."]
    unconfirmed = learned.LinearModel(("none", "hedging"), eager.weights, eager.bias, "toy", 0.7,
                                      thresholds=(0.7, 0.7))
    monkeypatch.setattr(sensed, "flaw_model", lambda fingerprint: unconfirmed)
    assert len(quoted()) == 3
