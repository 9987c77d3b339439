"""The gate of the rule that quotes the tone model's criticism of others (rules/heard.py): a
sentence is quoted only where someone else is in it (a subject, judged, denied an act). The near
misses must stay silent: a fair account of a hard situation, the speaker's own mistake, a market
fact, a boss described in plain terms; and nothing of the model's pushback is quoted (held out it
did not reach precision 0.9, even read only in stress interviews and concern replies)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from poise.analysis import AnalysisContext, analyse, sentence_features, tone_model, tone_targets
from poise.analysis.rules import heard
from poise.content.loader import knowledge_base
from poise.content.schema import CodeRule

ROOT = Path(__file__).resolve().parents[2]


def _rule(rule_id: str) -> CodeRule:
    rule = knowledge_base().rules[rule_id]
    assert isinstance(rule, CodeRule) and rule.function == "heard_tone"
    return rule


def test_the_criticism_rule_names_only_facts_of_someone_else() -> None:
    rule = _rule("tone.heard_criticism")
    needs = rule.params["needs"]
    assert isinstance(needs, list) and needs
    assert all(name in sentence_features.NAMES for name in needs)
    assert all(name.startswith("third_party") for name in needs)
    assert heard._fact_columns(rule) == [sentence_features.NAMES.index(name) for name in needs]


def test_pushback_and_job_complaints_are_quoted_only_where_the_parse_confirms_the_target() -> None:
    rules = [rule for rule in knowledge_base().rules.values()
             if isinstance(rule, CodeRule) and rule.function == "heard_tone"]
    assert sorted(str(rule.params["flaw"]) for rule in rules) == [
        "badmouthing", "blame", "defensive", "job_complaint"]
    model = tone_model.model()
    for rule in rules:
        if rule.params["flaw"] not in {"defensive", "job_complaint"}:
            continue
        # the model alone never quotes these flaws; the confirmed tier names its targets
        assert "threshold" not in rule.params
        if model is not None:
            assert model.threshold_of(str(rule.params["flaw"])) > 1.0
        wanted = rule.params["confirm_by"]
        assert isinstance(wanted, list) and wanted
        assert all(name in (*sentence_features.NAMES, *tone_targets.NAMES) for name in wanted)
    pushback = _rule("tone.heard_pushback")
    assert pushback.params["unless"] == ["unchallenged", "granted"]


def test_the_benchmark_reads_the_same_gates_as_the_rules() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(ROOT / "scripts"))
    import tone_loro

    gates = tone_loro.rule_gates()
    assert gates["badmouthing"] == list(_rule("tone.heard_criticism").params["needs"])
    assert gates["blame"] == []
    width = sentence_features.DIMS + len(tone_model.FORMATS)

    class _Rows:
        def __init__(self) -> None:
            self.texts = ["a", "b", "c"]
            self.features = np.zeros((3, 10 + width), dtype=np.float32)

    rows = _Rows()
    third = sentence_features.NAMES.index("third_party_subject")
    rows.features[0, 10 + third] = 1.0          # someone else is a subject
    rows.features[1, -2] = 1.0                  # said in a stress interview, no one else named
    passed = tone_loro.gate_rows(rows, ["third_party_subject"])  # type: ignore[arg-type]
    assert passed.tolist() == [True, False, False]


def _fired(question: str, answer: str, family: str | None,
           interview_format: str | None = None, phase: str = "answer") -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(
        family=family, interview_format=interview_format, phase=phase))
    return {rule for rule in report.rules_fired() if rule.startswith("tone.heard_")}


@pytest.mark.parametrize(("question", "answer", "family"), [
    # a capacity denied with kind words around it and an aside of understatement
    ("Tell me about the team you inherited.",
     "My predecessor was a kind man whose grip on the budget was, to put it gently, loose.",
     "people_management"),
    ("Why are you thinking of leaving?",
     "The owners are lovely people, but running a business is not, let us say, where their gifts "
     "lie.", "stress_resistance"),
])
def test_criticism_in_polite_words_is_heard(question: str, answer: str, family: str) -> None:
    if tone_model.model() is None:
        pytest.skip("the tone model is not built for this embedding model")
    fired = {rule for rule in analyse(question, answer, context=AnalysisContext(
        family=family)).rules_fired() if rule.startswith("tone.")}
    # the parse rules may hear it first (they supersede the model's rule); either way it is heard
    assert fired & {"tone.heard_criticism", "tone.judges_others", "tone.badmouthing"}


@pytest.mark.parametrize(("question", "answer", "family"), [
    # a fair, factual account of a hard situation the speaker then dealt with
    ("Tell me about a team you took over.",
     "The warehouse had been through four managers in three years and nobody had set the pickers "
     "any targets, so I started by agreeing two numbers with each shift.", "people_management"),
    # the speaker's own mistake, with the other party named
    ("Tell me about a project that went badly.",
     "I accepted the contractor's estimate without testing it, which was my mistake, and I now "
     "ask for a costed plan before signing.", "failures"),
    # a market fact
    ("Tell me about a project that went badly.",
     "Steel prices rose by a third in six months, so I renegotiated the two contracts we could "
     "reopen and held the margin on the rest.", "failures"),
    # a boss described warmly, differences stated as facts
    ("How do you get on with the person you report to?",
     "He likes the detail and I like the summary, so I send him both, and we settle "
     "disagreements in our Monday meeting.", "management_style"),
])
def test_near_misses_of_criticism_stay_silent(question: str, answer: str, family: str) -> None:
    if tone_model.model() is None:
        pytest.skip("the tone model is not built for this embedding model")
    assert "tone.heard_criticism" not in _fired(question, answer, family)


@pytest.mark.parametrize(("question", "answer", "context", "fires"), [
    # the interviewer's point called unfair, in a stress interview
    ("Your team missed its targets two years running. Why should we trust you with a bigger one?",
     "With respect, that is not a fair reading of two very different years. The first year the "
     "whole sector shrank, and the second we grew faster than any rival.",
     AnalysisContext(family="stress_resistance", interview_format="stress"), True),
    # a concern reframed rather than granted
    ("What gives me pause is that you have never worked outside retail.",
     "I'd frame that rather differently. Retail is the hardest school there is, and everything "
     "else is easier after it.", AnalysisContext(phase="concern_reply"), True),
    # near misses: the point granted, then answered with a fact
    ("Your team missed its targets two years running. Why should we trust you with a bigger one?",
     "That is a fair question. We missed by four and two percent; I rebuilt the forecast with the "
     "area managers and this year we are three percent ahead.",
     AnalysisContext(family="stress_resistance", interview_format="stress"), False),
    # the speaker's own mistake owned, a "that" with a negative word about the speaker's plan
    ("What gives me pause is that your last launch slipped.",
     "It did slip, by six weeks, and that was my plan's fault: I had left no time for the "
     "safety tests. I now book them at kick-off.", AnalysisContext(phase="concern_reply"), False),
    # the same words of disagreement in a plain account, where nothing was put to the speaker
    ("Tell me about a negotiation you led.",
     "I did not accept the supplier's first price, so I put the contract out to tender and we "
     "saved eleven percent.", AnalysisContext(family="past_behaviour"), False),
])
def test_pushback_is_heard_where_it_aims_at_the_point(question: str, answer: str,
                                                      context: AnalysisContext,
                                                      fires: bool) -> None:
    if tone_model.model() is None:
        pytest.skip("the tone model is not built for this embedding model")
    fired = set(analyse(question, answer, context=context).rules_fired())
    if fires:
        # the parse rules may hear it first (they supersede the model's rule); either way it is
        # heard
        assert fired & {"tone.heard_pushback", "tone.defensive", "meaning.defensive", "tone.curt"}
    else:
        assert "tone.heard_pushback" not in fired


@pytest.mark.parametrize(("question", "answer", "fires"), [
    ("Why are you looking to move?",
     "I have led the contact centre for six years. Frankly I spend more time on reports for the "
     "group than with my own agents, and I am tired of my current job.", True),
    ("Why are you looking to move?",
     "I have led the contact centre for six years and cut waiting times by half. My role has "
     "grown every year; now I want a multi-site remit, which this job offers.", False),
])
def test_a_job_complaint_aimed_at_the_own_job_is_heard(question: str, answer: str,
                                                       fires: bool) -> None:
    if tone_model.model() is None:
        pytest.skip("the tone model is not built for this embedding model")
    fired = set(analyse(question, answer, context=AnalysisContext()).rules_fired())
    heard = fired & {"tone.heard_job_complaint", "tone.job_complaint", "meaning.job_complaint",
                     "tone.negativity"}
    assert bool(heard) is fires
