"""The quicker readings of a parse give exactly what the long way gives: the tokens read from a
spaCy Doc (heads before and after their word, spaces left out, tags mapped once per word and
tag), a pattern's literal text read once, the qualifiers of a sentence counted once, and a
word's children handed out as the sentence keeps them (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import hedging, meaning, nlp
from poise.analysis.matching import CompiledPattern
from poise.analysis.required_text import needs
from poise.analysis.tags import coarse_pos, lemma
from poise.analysis.text import Sentence, Token, from_doc, parse
from poise.content.patterns import MATCH_FLAGS, phrase_regex

TEXTS = [
    "The warehouse manager, who had run the site for years, quietly rebuilt the rota.",
    "We met the board.  Then,\n\nafter two weeks, I rewrote the plan that had failed twice.",
    "Honestly, I think it could possibly work, sort of, if the supplier ships on time.",
    "Um, we - we had the, uh, the numbers wrong.",
]


def _long_way(text: str) -> list[list[tuple[str, str, str, str, str, int, str, int]]]:
    """Each sentence's tokens read one attribute at a time from the Doc, as spaCy gives them."""
    doc = nlp.spacy_pipeline(parse=True)(text)
    found = []
    for span in doc.sents:
        if not span.text.strip():
            continue
        kept = [tok for tok in span if not tok.is_space]
        position = {tok.i: index for index, tok in enumerate(kept)}
        found.append([(tok.text, tok.lower_, tok.tag_, coarse_pos(tok.tag_, tok.lower_),
                       lemma(tok.tag_, tok.lower_), tok.idx, tok.dep_,
                       position.get(tok.head.i, -1)) for tok in kept])
    return found


def _fields(token: Token) -> tuple[str, str, str, str, str, int, str, int]:
    return (token.text, token.lower, token.tag, token.pos, token.lemma, token.start, token.dep,
            token.head)


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_read_from_the_doc_are_the_long_way_tokens(text: str) -> None:
    parsed = parse(text)
    assert [[_fields(token) for token in sent.tokens] for sent in parsed.sentences] == _long_way(text)


def test_a_head_before_its_word_is_found_as_well_as_one_after_it() -> None:
    # spaCy hands a head's offset out as an unsigned number: a head before its word must not
    # read as no head at all
    sent = parse("The manager who hired me left in March.").sentences[0]
    after = [index for index, token in enumerate(sent.tokens) if token.head > index]
    before = [index for index, token in enumerate(sent.tokens) if 0 <= token.head < index]
    assert after and before
    assert all(token.head >= 0 for token in sent.tokens)


def test_spaces_between_sentences_are_no_tokens_and_offsets_stay_the_text_s() -> None:
    text = TEXTS[1]
    parsed = from_doc(text, nlp.spacy_pipeline(parse=True)(text))
    for sent in parsed.sentences:
        assert sent.text == text[sent.start:sent.end]
        for token in sent.tokens:
            assert token.text.strip() and text[token.start:token.end] == token.text
            assert -1 <= token.head < len(sent.tokens)


def test_a_pattern_reads_its_literal_text_once_and_as_required_text_reads_it() -> None:
    pattern = CompiledPattern(phrase_regex("think outside the box"), MATCH_FLAGS)
    first = pattern.needs
    assert first == needs(pattern.source, pattern.flags) == (
        ("think",), ("outside",), ("the",), ("box",))
    assert pattern.needs is first
    # a pattern with nothing certain is still run over every text
    assert CompiledPattern(r"\b\w+\b", MATCH_FLAGS).needs == ()
    # the kept reading is no part of what makes two patterns equal
    assert pattern == CompiledPattern(phrase_regex("think outside the box"), MATCH_FLAGS)


def test_qualifiers_are_counted_once_per_sentence_and_as_before(monkeypatch) -> None:
    sent = parse(TEXTS[2]).sentences[0]
    expected = sum(1 for position in range(len(sent.tokens)) if hedging._qualifier(sent, position))
    assert expected >= 2  # "think", "possibly", "sort of"
    calls: list[int] = []
    original = hedging._qualifier

    def counting(sentence: Sentence, position: int) -> bool:
        calls.append(position)
        return original(sentence, position)

    monkeypatch.setattr(hedging, "_qualifier", counting)
    assert hedging.markers(sent) == expected
    assert hedging.markers(sent) == expected
    assert len(calls) == len(sent.tokens)
    # another sentence is counted on its own, not given the first one's count
    plain = parse("The supplier shipped the parts on Monday.").sentences[0]
    assert hedging.markers(plain) == 0


def test_a_sentence_never_parsed_has_no_qualifiers() -> None:
    token = Token("possibly", "possibly", "RB", "ADV", "possibly", 0)
    assert hedging.markers(Sentence(0, 0, 8, "possibly", (token,))) == 0


def test_children_are_the_sentence_s_own_and_cannot_be_changed() -> None:
    sent = parse(TEXTS[0]).sentences[0]
    for position in range(len(sent.tokens)):
        kids = meaning.children(sent, position)
        assert kids == sent.child_map[position]
        assert list(kids) == [index for index, token in enumerate(sent.tokens)
                              if token.head == position and index != position]
        assert not hasattr(kids, "append")
