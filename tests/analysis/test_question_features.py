"""The family model's reading of a question, and the safety rule around a detected family."""

from __future__ import annotations

import numpy as np
import pytest

from poise.analysis import AnalysisContext, analyse, question_features
from poise.analysis.analyse import Analyser, analyser_for
from poise.analysis.text import parse
from poise.content.loader import knowledge_base

WEAK_WEAKNESS = "I'm a perfectionist and I care too much about my work, honestly. That's it really."


def test_the_asking_sentence_is_read_apart_from_the_scene_it_sets() -> None:
    question = "We rely on contractors a great deal here. How have you managed an outsourced team?"
    parsed = parse(question)
    assert question_features.asking_text(parsed, question) == (
        "How have you managed an outsourced team?")
    single = "Which animal would you be?"
    assert question_features.asking_text(parse(single), single) == single


def test_parse_items_name_what_the_question_asks() -> None:
    items = question_features.parse_items(parse("If you were an animal, which one would you be?"))
    assert {"wh=which", "if", "modal_cond", "you_subj"} <= set(items)
    assert any(item.startswith("root=") for item in items)
    assert "imperative" in question_features.parse_items(parse("Describe your management style."))


def test_focus_items_say_whose_development_and_which_object_is_asked_about() -> None:
    own = set(question_features.parse_items(parse("Which skill are you building in yourself this year?")))
    team = set(question_features.parse_items(parse("How do you develop the people in your team?")))
    assert "vo=develop_people" in team and "poss=your_team" in team
    assert "vo=develop_people" not in own and "sv=you_build" in own
    role = set(question_features.parse_items(parse("What drew you to this role?")))
    assert {"this=role", "vo=draw_you", "tense=VBD"} <= role


def test_word_items_are_lemmas_and_their_pairs() -> None:
    items = question_features.word_items(parse("Which vendor did you choose?"))
    assert {"do", "choose", "which_vendor", "vendor_do"} <= set(items)


def test_features_have_the_documented_width_and_weights() -> None:
    parsed = parse("What do you know about our company?")
    vector = np.ones(8, dtype=np.float32) / np.sqrt(8)
    row = question_features.features(parsed, vector, vector)
    assert row.shape == (question_features.width(8),)
    words = row[16 : 16 + question_features.WORD_DIMS]
    assert np.linalg.norm(words) == pytest.approx(question_features.WORD_WEIGHT, rel=1e-5)
    assert question_features.hashed([], 4).tolist() == [0.0, 0.0, 0.0, 0.0]


def test_the_shipped_family_model_reads_the_question_features() -> None:
    analyser = analyser_for(knowledge_base())
    family, sure, _, _ = analyser.detect_family(
        "Our suppliers keep slipping. Tell me about a vendor contract you renegotiated.")
    assert family == "external_resources" and sure


def _family_specific(report) -> list:
    kb = knowledge_base()
    return [finding for finding in report.findings
            if finding.rule in kb.rules and "*" not in kb.rules[finding.rule].applies_to]


def test_a_given_family_may_raise_a_high_family_specific_finding() -> None:
    report = analyse("What is your greatest weakness?", WEAK_WEAKNESS,
                     context=AnalysisContext(family="weaknesses"))
    assert any(finding.severity == "high" for finding in _family_specific(report))


def test_a_detected_family_never_raises_a_high_family_specific_finding(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = Analyser.detect_family

    def surely_weaknesses(self, question):  # the detector sure of a family, right or wrong
        _, _, nearest, similarity = real(self, question)
        return "weaknesses", True, nearest, similarity

    monkeypatch.setattr(Analyser, "detect_family", surely_weaknesses)
    report = analyse("Which part of this vacancy excites you most?", WEAK_WEAKNESS)
    assert report.family == "weaknesses" and report.family_source == "detected"
    assert _family_specific(report)
    assert all(finding.severity != "high" for finding in _family_specific(report))


def test_an_unsure_family_applies_the_general_rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    real = Analyser.detect_family

    def unsure(self, question):
        _, _, nearest, similarity = real(self, question)
        return "weaknesses", False, nearest, similarity

    monkeypatch.setattr(Analyser, "detect_family", unsure)
    report = analyse("Which part of this vacancy excites you most?", WEAK_WEAKNESS)
    assert report.family is None and report.family_source == "unsure"
    assert not _family_specific(report)


def test_a_leading_aside_is_left_out_of_the_asking_text() -> None:
    question = "Thinking about the plants you ran, what would you automate first?"
    assert question_features.asking_text(parse(question), question) == "what would you automate first?"
    scene = "We sell through distributors. Honestly, which brand of theirs would you drop?"
    assert question_features.asking_text(parse(scene), scene) == "which brand of theirs would you drop?"
    # "them" points back to the sentence before, which is read with it (leans_back)
    pointing = "We sell through distributors. Honestly, which of them would you drop?"
    assert question_features.asking_text(parse(pointing), pointing) == (
        "We sell through distributors. which of them would you drop?")


def test_a_condition_that_sets_the_case_stays_in_the_asking_text() -> None:
    question = "If you ran this depot alone, what would you change?"
    assert question_features.asking_text(parse(question), question) == question
    aside_with_wh = "Where you work now, is the budget yours?"
    assert question_features.asking_text(parse(aside_with_wh), aside_with_wh) == aside_with_wh


def test_elliptic_variants_keep_the_noun_asked_about() -> None:
    assert question_features.elliptic(parse("What is your biggest regret at work?")) == "Biggest regret?"
    assert question_features.elliptic(parse("Why do you want this post?")) == "Why this post?"
    assert question_features.elliptic(parse("Tell me about a time you failed.")) is None
    assert question_features.elliptic(parse("Budget?")) is None


def test_an_asking_sentence_that_points_back_is_read_with_the_sentence_before_it() -> None:
    question = "Lean, kaizen, call it what you like. How do you drive it?"
    assert question_features.asking_text(parse(question), question) == question
    curt = "A supplier misses the launch date by a month. Your move?"
    assert question_features.asking_text(parse(curt), curt) == curt
    full = "We sell through agents. How do you keep a network of agents motivated?"
    assert question_features.asking_text(parse(full), full) == (
        "How do you keep a network of agents motivated?")


def test_a_linking_word_after_the_aside_is_left_out_with_it() -> None:
    question = "The board meets on Friday, so where do you stand on notice periods?"
    assert question_features.asking_text(parse(question), question) == (
        "where do you stand on notice periods?")
    told = "We are a small firm and the owner likes detail, so walk me through your last project."
    assert question_features.asking_text(parse(told), told) == "walk me through your last project."


def test_an_elliptic_asking_sentence_reads_the_focus_of_the_sentence_it_leans_on() -> None:
    question = "Your colleagues call you impatient. Fair?"
    items = set(question_features.parse_items(parse(question)))
    assert "back" in items and "vo=call_you" in items
    assert any(item.startswith("sv=colleague") for item in items)
    leaned = question_features.leaned_on_items(parse(question), question_features.interrogative(
        parse(question)))
    # the tense of the asking sentence is its own, never the one of the sentence before
    assert leaned[0] == "back" and not any(item.startswith(("tense=", "aux=")) for item in leaned)


def test_an_asking_sentence_that_says_what_it_asks_reads_only_its_own_focus() -> None:
    # near miss: a scene before a question that names its own object is not leaned on
    question = "Your colleagues call you impatient. How do you develop the people in your team?"
    items = set(question_features.parse_items(parse(question)))
    assert "back" not in items and not any(item.startswith("sv=colleague") for item in items)
    assert "vo=develop_people" in items
    assert question_features.leaned_on_items(parse("Fair?"), question_features.interrogative(
        parse("Fair?"))) == []


def test_whose_weaknesses_are_asked_about_is_read_from_the_parse() -> None:
    # a team's weaknesses are a question about managing people, one's own a question of weakness:
    # the two differ in whose they are, not in the word "weakness"
    team = set(question_features.parse_items(parse("What are the weaknesses of your team?")))
    own = set(question_features.parse_items(parse("What are your weaknesses?")))
    assert "poss=your_team" in team and not any(item.startswith("poss=your_weakness") for item in team)
    assert any(item.startswith("poss=your_weakness") for item in own) and "poss=your_team" not in own
