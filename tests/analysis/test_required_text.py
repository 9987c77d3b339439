"""A pattern is skipped only when it could not have matched: the literal text every match of a
content pattern contains, folded as ``re.IGNORECASE`` compares letters; and the per-answer and
per-sentence memories give what the long way gives (examples written for these tests)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from poise.analysis import claims, conduct, tone_targets
from poise.analysis.matching import CompiledPattern, compile_matcher, find, matches_any
from poise.analysis.required_text import fold, may_match, needs
from poise.analysis.rules import heard
from poise.analysis.text import parse
from poise.content.loader import load_knowledge_base
from poise.content.patterns import MATCH_FLAGS, phrase_regex, sources
from poise.content.schema import Matcher


def _all_matches(patterns: tuple[CompiledPattern, ...], text: str) -> list[tuple[int, int]]:
    """``find`` the long way: every pattern run over the text, none skipped."""
    found = [(hit.start(), hit.end()) for pattern in patterns
             for hit in pattern.regex.finditer(text) if hit.end() > hit.start()]
    found.sort(key=lambda span: (span[0], -(span[1] - span[0])))
    kept: list[tuple[int, int]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def test_a_phrase_needs_its_words_and_a_choice_needs_one_of_its_branches() -> None:
    assert needs(phrase_regex("think outside the box"), MATCH_FLAGS) == (
        ("think",), ("outside",), ("the",), ("box",))
    assert needs(r"\b(?:idiots|morons)\b", MATCH_FLAGS) == (("idiots", "morons"),)
    assert needs(r"\bor something(?: like that)?\b", MATCH_FLAGS) == (("or something",),)
    # a branch that may match nothing, a character class, an optional part: nothing certain
    assert needs(r"\b(?:we|)\s", MATCH_FLAGS) == ()
    assert needs(r"[a-z]+ly\b", MATCH_FLAGS) == (("ly",),)
    assert needs(r"(?:very )?good", MATCH_FLAGS) == (("good",),)
    assert needs("(unclosed", MATCH_FLAGS) == ()


def test_folding_agrees_with_the_regex_engine_on_odd_letters() -> None:
    # the long s and the Kelvin sign match "s" and "k" under IGNORECASE: the text folds so that
    # the words they spell are still found, and the pattern is not skipped
    for text in ("Thank you, ſo much", "a 5 \u212a run", "THE TEAM", "İstanbul office"):
        for source in (phrase_regex("so much"), phrase_regex("5 k run"), r"\bthe team\b",
                       r"istanbul"):
            if re.search(source, text, MATCH_FLAGS):
                assert may_match(needs(source, MATCH_FLAGS), fold(text)), (source, text)
    assert not may_match(needs(phrase_regex("the board"), MATCH_FLAGS), fold("The team met."))


@given(st.text(alphabet="abkstiKSIſı ’'.,\u212a\u0130-", max_size=40))
@settings(max_examples=300, deadline=None)
def test_no_pattern_is_skipped_that_would_have_matched(text: str) -> None:
    for source in (phrase_regex("it's a k"), phrase_regex("is"), r"\bs(?:ik|ak)+\b", r"\bk\b(?! s)",
                   r"(?i:it)\W+sat", r"a{2,}bk|tt"):
        if re.search(source, text, MATCH_FLAGS):
            assert may_match(needs(source, MATCH_FLAGS), fold(text)), (source, text)


@pytest.mark.parametrize("text", [
    "Honestly, my manager never understood the numbers and the team deserves the credit, "
    "or something like that, I guess.",
    "I rebuilt the forecast with finance and cut late deliveries from 18% to 4% in two quarters.",
    "Um, so, you know, we kind of, like, sorted it — the whole team deserves credit, obviously.",
    "Nothing here matches.",
])
def test_find_over_every_lexicon_gives_what_the_long_way_gives(text: str) -> None:
    kb = load_knowledge_base()
    for lexicon_id in kb.lexicons:
        patterns = compile_matcher(Matcher(lexicon=lexicon_id), kb.lexicons)
        assert [(m.start, m.end) for m in find(patterns, text)] == _all_matches(patterns, text)
        assert matches_any(patterns, text) == bool(_all_matches(patterns, text))


def test_every_content_pattern_reads_without_error() -> None:
    kb = load_knowledge_base()
    read = [source for source in sorted(sources(kb)) if needs(source, MATCH_FLAGS)]
    # nearly every content pattern names some word it needs: the shortcut has work to do
    assert len(read) >= 0.9 * len(sources(kb))


def test_a_sentence_reading_is_kept_and_unchanged() -> None:
    sentence = parse("That one is on me, and I should have checked the rota myself.").sentences[0]
    other = parse("The rota was on the wall.").sentences[0]
    assert conduct.owns_fault(sentence) and conduct.owns_fault.__wrapped__(sentence)
    assert conduct.owns_fault.__wrapped__ in sentence.memo
    assert not conduct.owns_fault(other)  # a near miss: "on" with no one owning anything
    praised = parse("I'm honest, I'm inspirational, and I'm the best motivator you'll meet.").sentences[0]
    assert claims.praise_string(praised) == claims.praise_string.__wrapped__(praised)
    assert claims.praise_string(praised) is claims.praise_string(praised)


def test_target_facts_read_only_where_asked_are_the_same_facts() -> None:
    kb = load_knowledge_base()
    rules = [rule for rule in kb.rules.values() if getattr(rule, "function", None) == "heard_tone"
             and isinstance(rule.params.get("confirm_by"), list)]
    if not rules:
        pytest.skip("no tone rule confirms by target")
    from poise.analysis.rules.base import RuleInput

    answer = parse("My role here is draining me. That's not a fair question, and my old boss "
                   "was useless. The team did well.")
    data = RuleInput(answer=answer, question="Why are you leaving?", family=None, behavioural=False,
                     interview_format=None, phase="answer", role=(), job_text="", shape=None,
                     question_sims=None, answer_sim=None, kb=kb, compile=lambda matcher: ())
    shown = 0.0
    for rule in rules:
        whole = heard.target_facts(rule, data)
        shown += float(whole.sum())
        for name in tone_targets.NAMES:
            column = tone_targets.NAMES.index(name)
            for row in range(len(answer.sentences)):
                part = heard.target_facts(rule, data, rows=[row], names=frozenset({name}))
                assert part[row, column] == whole[row, column]
                # nothing outside the asked fact and sentence is read: left at 0
                assert part.sum() == part[row, column]
    assert shown > 0  # the example shows targets: the comparison is not of zeros alone
