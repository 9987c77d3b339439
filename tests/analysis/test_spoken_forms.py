"""Spellings of speech and dialect read as standard English (analysis/spoken_forms.py,
content/spoken_forms.yaml): the speaker's words kept for every quote, the grammar read from the
standard word. Sentences written for these tests, with the near misses that must stay as they
are: a capitalised name, a word of another language, an ordinary English word."""

from __future__ import annotations

from pathlib import Path

import pytest

from poise.analysis import analyse
from poise.analysis.text import parse
from poise.content.spoken_forms import load_spoken_forms
from poise.errors import ContentError


def _tokens(text: str) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.lower, t.lemma, t.tag) for sent in parse(text).sentences for t in sent.tokens]


def test_a_negated_auxiliary_keeps_its_spelling_and_reads_as_a_negation() -> None:
    text = "I dinnae think the rota will change."
    tokens = _tokens(text)
    assert [t[0] for t in tokens[:3]] == ["I", "din", "nae"]
    assert [t[1] for t in tokens[1:3]] == ["do", "not"]
    sent = parse(text).sentences[0]
    assert sent.text == text  # the quote is the speaker's own words
    negation = next(t for t in sent.tokens if t.text == "nae")
    assert negation.dep == "neg"


def test_a_past_tense_and_a_going_to_are_read_from_the_standard_word() -> None:
    tokens = {t[0]: t for t in _tokens("Back then I wis gaun tae leave the depot.")}
    assert tokens["wis"][2] == "be" and tokens["wis"][3] == "VBD"
    assert tokens["gaun"][1] == "going" and tokens["tae"][1] == "to"


def test_a_capitalised_negative_opening_a_sentence_is_read_too() -> None:
    tokens = _tokens("Cannae say I liked it.")
    assert [t[1] for t in tokens[:2]] == ["can", "not"]


def test_english_contractions_keep_their_own_words() -> None:
    tokens = _tokens("I didn't know, and I can't say we couldn't have.")
    assert [t[1] for t in tokens if t[0] in {"did", "ca", "could"}] == ["did", "ca", "could"]


@pytest.mark.parametrize(("text", "word"), [
    ("Our auditor, Mr Dey, signed the accounts.", "Dey"),  # a name keeps its capital and reading
    ("Maria da Silva ran the Lisbon office.", "da"),  # a particle of a Portuguese name
    ("He was hale and hearty at seventy.", "hale"),  # an ordinary English word
])
def test_names_other_languages_and_english_words_are_left_alone(text: str, word: str) -> None:
    token = next(t for t in _tokens(text) if t[0] == word)
    assert token[1] == word.lower()


def test_offsets_stay_the_speakers_so_a_finding_quotes_the_dialect_words() -> None:
    answer = ("Ach, I'm a bit o a perfectionist. I'll just dae things mesel an' stay late. That's "
              "just the wye I'm made, I've been like that since I wis wee, an' I dinnae think "
              "it's gaun tae change noo.")
    report = analyse("What would you say is your biggest weakness?", answer)
    # read as "since I was little": a past time, not a practice kept up since, so no step is
    # told; the finding quotes the speaker's spelling
    steps = next(f for f in report.findings if f.rule == "weaknesses.no_steps")
    assert any("I dinnae think it's gaun tae change noo" in e.quote for e in steps.evidence)
    assert all(e.quote in answer for f in report.findings for e in f.evidence if e.quote)


def test_a_dropped_g_is_read_as_the_verb_and_quoted_as_spoken() -> None:
    text = "The checks started gettin' missed, so I was fixin' the rota. The word 'margin' stays."
    sentences = parse(text).sentences
    tokens = {t.text: t for sent in sentences for t in sent.tokens}
    assert tokens["gettin'"].lemma == "get" and tokens["gettin'"].tag == "VBG"
    assert tokens["fixin'"].lower == "fixing"
    assert "margin" in tokens and tokens["margin"].tag.startswith("NN")  # not a verb: left alone
    for sent in sentences:
        assert sent.text == text[sent.start:sent.end]
        assert all(text[t.start:t.end] == t.text for t in sent.tokens)


def test_a_split_spelling_must_give_one_standard_word_per_piece(tmp_path: Path) -> None:
    path = tmp_path / "spoken_forms.yaml"
    path.write_text('about: spellings for a test of the schema\nforms:\n  "can|nae": "cannot"\n')
    with pytest.raises(ContentError, match="piece"):
        load_spoken_forms(path)


def test_the_shipped_table_loads() -> None:
    forms = load_spoken_forms().forms
    assert forms["din|nae"] == "do not" and forms["wis"] == "was"
